import { type Cell, type Columns, findHeaderRow, type Origin, rangeAddress } from "../method";
import { valuesIn, type Grid, type SheetTable } from "./snapshot";

/** The client table to segment: its cells, where they start, and the Excel Table holding them, if any. */
export interface ClientTable {
  values: Cell[][];
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
  return { values: grid.values, origin: { sheet, row: grid.row, column: grid.column }, table: null };
}

/**
 * The analysed table's address without the add-in's own columns: the Excel Table's rows, or header row
 * to last client of the block.
 */
export function tableAddress(client: ClientTable, columns: Columns): string {
  const t = client.table;
  const origin = { sheet: client.origin.sheet, row: 0, column: 0 };
  if (t) {
    const last = columns.lastColumn >= 0 ? t.column + columns.lastColumn : t.column + t.columns - 1;
    return rangeAddress(origin, t.row, t.column, t.row + t.rows - 1, last);
  }
  if (columns.headerRow < 0)
    return rangeAddress(
      origin,
      client.origin.row,
      client.origin.column,
      client.origin.row,
      client.origin.column,
    );
  const { row, column } = client.origin;
  return rangeAddress(
    origin,
    row + columns.headerRow,
    column + columns.firstColumn,
    row + columns.lastRow,
    column + columns.lastColumn,
  );
}
