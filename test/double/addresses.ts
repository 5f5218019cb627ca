import { CODES, OfficeErrorDouble } from "./errors";
import { index, letters } from "./formulaText";

/** Quotes a sheet name for a formula when it needs it. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Parses "A1", "$B$2:C3" or "Sheet!A1:B2" into a sheet name (or undefined) and zero-based bounds. */
export function parseAddress(address: string): {
  sheet?: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
} {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : undefined;
  const body = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").toUpperCase();
  const [from, to = from] = body.split(":");
  const cell = (ref: string) => {
    const m = /^([A-Z]+)?(\d+)?$/.exec(ref);
    if (!m || (!m[1] && !m[2])) throw new OfficeErrorDouble(CODES.invalidArgument, `Bad address ${address}`);
    return { column: m[1] ? index(m[1]) : -1, row: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const a = cell(from);
  const b = cell(to);
  const row = a.row < 0 ? 0 : a.row;
  const column = a.column < 0 ? 0 : a.column;
  const lastRow = b.row < 0 ? 1048575 : b.row;
  const lastColumn = b.column < 0 ? 16383 : b.column;
  return { sheet, row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 };
}

/** The A1 address Office.js reports: Sheet!A1:B2 (A1 alone for one cell). */
export function formatAddress(
  sheet: string,
  row: number,
  column: number,
  rows: number,
  columns: number,
): string {
  const from = `${letters(column)}${row + 1}`;
  const to = `${letters(column + columns - 1)}${row + rows}`;
  return `${quoteSheet(sheet)}!${rows === 1 && columns === 1 ? from : `${from}:${to}`}`;
}

/** A rectangle of cells on a named sheet, zero-based. */
export interface Area {
  sheet: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The area a rule's address (Sheet!A1:B2) covers. */
export function areaOf(address: string): Area {
  const a = parseAddress(address);
  return { sheet: a.sheet ?? "", row: a.row, column: a.column, rows: a.rows, columns: a.columns };
}

/** The address Office.js reports for an area. */
export const addressOfArea = (a: Area): string => formatAddress(a.sheet, a.row, a.column, a.rows, a.columns);

const sameSheet = (a: Area, b: Area) => a.sheet.toLowerCase() === b.sheet.toLowerCase();

/** True when the two areas share a cell. */
export function overlaps(a: Area, b: Area): boolean {
  return (
    sameSheet(a, b) &&
    b.row < a.row + a.rows &&
    b.row + b.rows > a.row &&
    b.column < a.column + a.columns &&
    b.column + b.columns > a.column
  );
}

/** True when `outer` holds every cell of `inner`. */
export function contains(outer: Area, inner: Area): boolean {
  return (
    sameSheet(outer, inner) &&
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

/** The cells of `a` outside `cut`, as at most four rectangles (above, below, left, right). */
export function subtract(a: Area, cut: Area): Area[] {
  if (!overlaps(a, cut)) return [a];
  const top = Math.max(a.row, cut.row);
  const bottom = Math.min(a.row + a.rows, cut.row + cut.rows);
  const parts: Area[] = [];
  const piece = (row: number, rows: number, column: number, columns: number) => {
    if (rows > 0 && columns > 0) parts.push({ sheet: a.sheet, row, column, rows, columns });
  };
  piece(a.row, top - a.row, a.column, a.columns);
  piece(bottom, a.row + a.rows - bottom, a.column, a.columns);
  piece(top, bottom - top, a.column, cut.column - a.column);
  const right = cut.column + cut.columns;
  piece(top, bottom - top, right, a.column + a.columns - right);
  return parts;
}

/** How many cells of `a` lie in `b`. */
export function sharedCells(a: Area, b: Area): number {
  if (!overlaps(a, b)) return 0;
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - Math.max(a.row, b.row);
  const columns = Math.min(a.column + a.columns, b.column + b.columns) - Math.max(a.column, b.column);
  return rows * columns;
}
