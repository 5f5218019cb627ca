import { columnIndex } from "../method";

/** A rectangle of a sheet: zero-based first row and column, and its size in rows and columns. */
export interface SheetArea {
  sheet: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

const SHEET = /^(?:'((?:[^']|'')+)'|([^!'#]+))!/;
const RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

/** The sheet a name's formula or an address points at (="'Klanten 2025'!$A$4:$I$4" → Klanten 2025); null for #REF! or no sheet. */
export function sheetOfReference(formula: string): string | null {
  const m = SHEET.exec(formula.replace(/^=/, ""));
  if (!m || formula.includes("#REF!")) return null;
  return (m[1] ?? m[2]).replace(/''/g, "'");
}

/** The rectangle of a name's formula or an address (=Klanten!$A$5:$I$5, Klanten!A3:I23); null when it is no single range on a sheet. */
export function areaOfReference(formula: string): SheetArea | null {
  const text = formula.replace(/^=/, "");
  const sheet = sheetOfReference(text);
  const m = sheet === null ? null : RANGE.exec(text.slice(text.lastIndexOf("!") + 1));
  if (sheet === null || !m) return null;
  const [top, left] = [Number(m[2]) - 1, columnIndex(m[1])];
  const [bottom, right] = m[3] ? [Number(m[4]) - 1, columnIndex(m[3])] : [top, left];
  if (bottom < top || right < left) return null;
  return { sheet, row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}
