import type { Origin } from "./types";

/** The column letters of a zero-based column index: 0 → A, 26 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  let n = column + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The zero-based column index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Quotes a sheet name for a reference when Excel requires it: `'ABC-instellingen'`. */
export function quoteSheet(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  const looksLikeReference = /^[A-Za-z]{1,3}\d+$/.test(sheet) || /^(R\d*C?\d*|C\d*)$/i.test(sheet);
  return plain && !looksLikeReference ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The A1 address of a cell at a zero-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The absolute reference of a cell on a sheet at a zero-based row and column, e.g. 'ABC-instellingen'!$B$6. */
export function absoluteCell(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!$${columnLetters(column)}$${row + 1}`;
}

/** The A1 address (with sheet when known) of a cell given by indices into values placed at origin. */
export function cellAddress(origin: Origin, row: number, column: number): string {
  const cell = a1(origin.row + row, origin.column + column);
  return origin.sheet ? `${quoteSheet(origin.sheet)}!${cell}` : cell;
}

/** The A1 address (with sheet when known) of a range of indices into values placed at origin. */
export function rangeAddress(
  origin: Origin,
  row: number,
  column: number,
  lastRow: number,
  lastColumn: number,
): string {
  const from = a1(origin.row + row, origin.column + column);
  const to = a1(origin.row + lastRow, origin.column + lastColumn);
  const range = from === to ? from : `${from}:${to}`;
  return origin.sheet ? `${quoteSheet(origin.sheet)}!${range}` : range;
}

/** The origin of values that start at A1 of an unnamed sheet. */
export const TOP_LEFT: Origin = { row: 0, column: 0 };

/** Splits an address such as Klanten!E7 or 'ABC-instellingen'!B15 into the sheet and the cell. */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) throw new Error(`${address} names no sheet`);
  return {
    sheet: address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"),
    cell: address.slice(bang + 1),
  };
}
