import { columnLetters, type Segment } from "../src/method";
import { PALETTE } from "../src/workbook";
import type { ExcelDouble } from "../test/double";

const isSegment = (value: unknown): value is Segment => typeof value === "string" && value in PALETTE;

/** Renders the cells of one sheet of the double as a table, with the Segment colours and the selection. */
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
  const coloured = new Set(double.conditionalFormats(sheet).map((cf) => cf.range.split("!")[1] ?? ""));
  const inColoured = (row: number, column: number) =>
    [...coloured].some((range) => {
      const m = /^([A-Z]+)(\d+):\1(\d+)$/.exec(range);
      return (
        m !== null && m[1] === columnLetters(column) && row + 1 >= Number(m[2]) && row + 1 <= Number(m[3])
      );
    });
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
      td.textContent = typeof value === "number" ? formatNumber(value) : String(value);
      td.dataset.cell = `${columnLetters(c)}${r + 1}`;
      if (typeof value === "number") td.classList.add("number");
      if (formula.startsWith("=")) {
        td.classList.add("formula");
        td.title = formula;
      }
      if (isSegment(value) && inColoured(r, c)) {
        td.style.background = PALETTE[value].fill;
        td.style.color = PALETTE[value].font;
      }
      if (active && active.row === r && active.column === c) td.classList.add("active");
      td.addEventListener("click", () => onPick(`${columnLetters(c)}${r + 1}`, formula));
    }
  }
  container.appendChild(table);
}

function formatNumber(value: number): string {
  return Number.isInteger(value)
    ? value.toLocaleString("nl-BE")
    : value.toLocaleString("nl-BE", { maximumFractionDigits: 2 });
}
