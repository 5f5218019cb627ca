import { format } from "numfmt";
import { columnLetters } from "../src/method";
import type { ExcelDouble } from "../test/double";

/** The colours a conditional format gives a cell. */
interface Look {
  fill?: string;
  fontColor?: string;
}

/** Renders the cells of one sheet of the double as a table, coloured by its conditional formats (letters, ? and marked cells), with the selection. */
export function renderSheet(
  container: HTMLElement,
  double: ExcelDouble,
  sheet: string,
  onPick: (address: string, formula: string) => void,
): void {
  const model = double.model;
  const target = model.sheet(sheet);
  container.replaceChildren();
  if (!target) return;
  const used = model.usedRange(target, false);
  const rows = used ? used.row + used.rows : 1;
  const columns = used ? used.column + used.columns : 1;
  const hidden = new Set(double.hiddenColumns(sheet));
  const formats = double.conditionalFormats(sheet);
  const inRange = (range: string, row: number, column: number) => {
    const m = /^([A-Z]+)(\d+):\1(\d+)$/.exec(range.split("!")[1] ?? "");
    return m !== null && m[1] === columnLetters(column) && row + 1 >= Number(m[2]) && row + 1 <= Number(m[3]);
  };
  const marked = new Set(double.marked(sheet));
  const markLook: Look | undefined = formats.find((cf) => cf.type === "Custom");
  /** The look the conditional formats give a cell: an equal-to rule on its value, or a formula rule that marks it. */
  const lookOf = (row: number, column: number, value: unknown): Look | undefined => {
    if (marked.has(`${columnLetters(column)}${row + 1}`)) return markLook;
    return formats.find(
      (cf) =>
        cf.rule?.operator === "EqualTo" &&
        cf.rule.formula1 === `="${String(value)}"` &&
        inRange(cf.range, row, column),
    );
  };
  const table = document.createElement("table");
  table.className = "grid";
  const head = table.createTHead().insertRow();
  head.appendChild(document.createElement("th"));
  for (let c = 0; c < columns; c++) {
    if (hidden.has(c)) continue;
    const th = document.createElement("th");
    th.textContent = columnLetters(c);
    head.appendChild(th);
  }
  const body = table.createTBody();
  const active = model.activeSheet === sheet ? model.activeCell : null;
  for (let r = 0; r < rows; r++) {
    const tr = body.insertRow();
    const rowHead = document.createElement("th");
    rowHead.textContent = String(r + 1);
    tr.appendChild(rowHead);
    for (let c = 0; c < columns; c++) {
      if (hidden.has(c)) continue;
      const td = tr.insertCell();
      const value = model.value(target, r, c);
      const formula = String(model.formula(target, r, c));
      const numberFormat = model.cell(target, r, c)?.numberFormat ?? "General";
      td.textContent = typeof value === "number" ? formatNumber(value, numberFormat) : String(value);
      td.dataset.cell = `${columnLetters(c)}${r + 1}`;
      if (typeof value === "number") td.classList.add("number");
      if (formula.startsWith("=")) {
        td.classList.add("formula");
        td.title = formula;
      }
      const look = lookOf(r, c, value);
      if (look?.fill) td.style.background = look.fill;
      if (look?.fontColor) td.style.color = look.fontColor;
      if (look && marked.has(td.dataset.cell)) td.classList.add("marked");
      if (active && active.row === r && active.column === c) td.classList.add("active");
      td.addEventListener("click", () => onPick(`${columnLetters(c)}${r + 1}`, formula));
    }
  }
  container.appendChild(table);
}

/** A number as a Belgian Excel shows it: by the cell's number format (rendered by numfmt), else as General does. */
function formatNumber(value: number, numberFormat: string): string {
  if (numberFormat !== "General") return format(numberFormat, value, { locale: "nl-BE" });
  return Number.isInteger(value)
    ? value.toLocaleString("nl-BE")
    : value.toLocaleString("nl-BE", { maximumFractionDigits: 2 });
}
