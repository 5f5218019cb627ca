import { findHeaderRow } from "./headers";
import { valuesIn, type Grid } from "./grid";
import type { Cell, Origin } from "./types";

/** An Excel Table on the sheet: its name and zero-based bounds (header row to last data row). */
export interface SheetTable {
  name: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
  showHeaders: boolean;
}

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
