import { type Cell, type Columns, findHeaderRow, type Origin, rangeAddress } from "../method";
import { formulasIn, valuesIn, type Grid, type SheetTable } from "./snapshot";

/** The client table to segment: its cells' values and formulas, where they start, and the Excel Table holding them, if any. */
export interface ClientTable {
  values: Cell[][];
  /** The cells' formulas (constants where there is none), the same shape as values. */
  formulas: Cell[][];
  origin: Origin;
  table: SheetTable | null;
}

const contains = (t: SheetTable, row: number, column: number) =>
  row >= t.row && row < t.row + t.rows && column >= t.column && column < t.column + t.columns;

/**
 * Picks the client table: the Excel Table holding the active cell; else the Table whose header row is
 * the header row found on the sheet; else the block of data on the sheet itself.
 */
export function chooseClientTable(
  sheet: string,
  grid: Grid,
  tables: readonly SheetTable[],
  activeCell: { row: number; column: number } | null,
): ClientTable {
  const fromTable = (t: SheetTable): ClientTable => ({
    values: valuesIn(grid, t.row, t.column, t.rows, t.columns),
    formulas: formulasIn(grid, t.row, t.column, t.rows, t.columns),
    origin: { sheet, row: t.row, column: t.column },
    table: t,
  });
  const active = activeCell ? tables.find((t) => contains(t, activeCell.row, activeCell.column)) : undefined;
  if (active) return fromTable(active);
  const header = findHeaderRow(grid.values);
  if (header >= 0) {
    const row = grid.row + header;
    const headerCells = grid.values[header];
    const firstKnown = headerCells.findIndex((c) => c !== "");
    const holder = tables.find(
      (t) => t.row === row && contains(t, row, grid.column + Math.max(0, firstKnown)),
    );
    if (holder) return fromTable(holder);
  }
  return {
    values: grid.values,
    formulas: grid.formulas,
    origin: { sheet, row: grid.row, column: grid.column },
    table: null,
  };
}

/**
 * The analysed table's address without the add-in's own columns, always a range: the Excel Table's
 * rows; else the header (from its top row, when it spans two) to the last client of the block, or the
 * header alone when no client was read (a required column missing, no clients); the whole block when no
 * header was found.
 */
export function tableAddress(client: ClientTable, columns: Columns): string {
  const t = client.table;
  const origin = { sheet: client.origin.sheet, row: 0, column: 0 };
  if (t) {
    const last = columns.lastColumn >= 0 ? t.column + columns.lastColumn : t.column + t.columns - 1;
    return rangeAddress(origin, t.row, t.column, t.row + t.rows - 1, last);
  }
  const { row, column } = client.origin;
  const width = client.values.reduce((most, cells) => Math.max(most, cells.length), 1);
  if (columns.headerRow < 0)
    return rangeAddress(origin, row, column, row + Math.max(client.values.length, 1) - 1, column + width - 1);
  const top = columns.headerTop >= 0 ? Math.min(columns.headerTop, columns.headerRow) : columns.headerRow;
  const first = columns.firstColumn >= 0 ? columns.firstColumn : 0;
  const last = columns.lastColumn >= first ? columns.lastColumn : width - 1;
  return rangeAddress(
    origin,
    row + top,
    column + first,
    row + Math.max(columns.lastRow, columns.headerRow),
    column + last,
  );
}
