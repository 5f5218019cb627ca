import { columnLetters } from "../../src/method/addresses";
import { segmentTable } from "../../src/method/segmentTable";
import type { Cell, Settings } from "../../src/method/types";
import { OUTSIDE_MARK } from "../../src/workbook/formulas";
import type { ExcelDouble } from "../double";

export const HEADER: Cell[] = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];
export const FOUR: Cell[][] = [
  HEADER,
  ["Groot NV", 300000, 0, "Ja", "Ja", "Ja", "Nee"],
  ["Klein BV", 9000, 0, "Nee", "Nee", "Ja", "Nee"],
  ["Midden", 60000, 0, "Ja", "Nee", "Nee", "Nee"],
  ["Belofte", 35000, 0, "Ja", "Ja", "Ja", "Nee"],
];
const ERROR = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;

/** Every cell holding a formula on the sheet (in columns >= firstColumn) or on the settings sheet whose value is an error. */
export function errorCells(double: ExcelDouble, sheet = "Klanten", firstColumn = 0): string[] {
  const found: string[] = [];
  for (const s of double.model.sheets) {
    for (const [key, cell] of s.cells) {
      const row = Math.floor(key / 16384);
      const column = key % 16384;
      if (cell.formula === undefined) continue;
      if (s.name === sheet && column < firstColumn) continue;
      if (s.name !== sheet && s.name !== "ABC-instellingen") continue;
      const v = double.model.value(s, row, column);
      if (typeof v === "string" && ERROR.test(v))
        found.push(`${s.name}!${columnLetters(column)}${row + 1}=${v}`);
    }
  }
  return found;
}

/** Letters the engine expects (1-based row → letter), rows with errors as "?" (the containment semantics). */
export function expectedLetters(
  values: Cell[][],
  settings: Settings = {},
  headerRow = 0,
): Record<number, Cell> {
  const questioned = new Set<number>();
  let result = segmentTable(values, settings);
  for (let round = 0; round < 5; round++) {
    const errors = result.problems.filter((p) => p.severity === "error" && p.row > headerRow);
    if (errors.length === 0) break;
    for (const p of errors) questioned.add(p.row);
    result = segmentTable(
      values.map((row, r) => (questioned.has(r) ? row.map(() => "") : row)),
      settings,
    );
  }
  const letters: Record<number, Cell> = {};
  for (const c of result.clients) letters[c.row + 1] = c.segment;
  for (const c of result.outside) letters[c.row + 1] = OUTSIDE_MARK;
  for (const r of questioned) letters[r + 1] = "?";
  return letters;
}

/** The column letter of a header in a header row (1-based), or throws. */
export function columnOf(double: ExcelDouble, headerRow1: number, header: string, sheet = "Klanten"): string {
  const row = double.values(sheet, `A${headerRow1}:AZ${headerRow1}`)[0];
  const at = row.findIndex((c) => c === header);
  if (at < 0) throw new Error(`no ${header} in row ${headerRow1}: ${JSON.stringify(row)}`);
  return columnLetters(at);
}

/** Non-empty Segment cells, 1-based row → value, rows first..last. */
export function sheetLetters(
  double: ExcelDouble,
  first: number,
  last: number,
  column = "J",
  sheet = "Klanten",
): Record<number, Cell> {
  const letters: Record<number, Cell> = {};
  double.values(sheet, `${column}${first}:${column}${last}`).forEach(([v], i) => {
    if (v !== "") letters[i + first] = v;
  });
  return letters;
}

export const typeRow = (
  double: ExcelDouble,
  row1: number,
  cells: Cell[],
  firstColumn = 0,
  sheet = "Klanten",
) => cells.forEach((v, i) => double.edit(sheet, `${columnLetters(firstColumn + i)}${row1}`, v));

/** Waits past the moment the pane takes changes for the add-in's own writes (RunStore's settling time). */
export const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 600));

/** Revenue in thousands and potential in euros, as an accounting summary and a sales estimate give them. */
export const MIXED_UNITS: Cell[][] = [
  [
    "Klant",
    "Omzet 2024 (k€)",
    "Omzet 2025 (k€)",
    "Potentieel (€)",
    "Marge",
    "Snelheid",
    "Innovatie",
    "Netwerk",
  ],
  ["Groot NV", 300, 280.5, 12500, "Ja", "Ja", "Ja", "Nee"],
  ["Klein BV", 9, 12.25, 0, "Nee", "Nee", "Ja", "Nee"],
  ["Midden", 60, -10, 7500, "Ja", "Nee", "Nee", "Nee"],
  ["Belofte", 35.5, 45, 40000, "Ja", "Ja", "Ja", "Nee"],
];
