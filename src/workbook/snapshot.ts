import type { ChartSize } from "./chartGeometry";
import type { Cell } from "../method";

/** A block of a sheet as read through Office.js: where it starts, its values and its formulas. */
export interface Grid {
  row: number;
  column: number;
  values: Cell[][];
  formulas: Cell[][];
}

/** An Excel Table on the sheet: its name and zero-based bounds (header row to last data row). */
export interface SheetTable {
  name: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
  showHeaders: boolean;
  /** How many rows of its body are hidden (by a filter or by hand); null when Excel could not count them. */
  hiddenRows: number | null;
}

/** Everything the adapter reads before a run, as plain data: what planRun decides on. */
export interface SheetSnapshot {
  /** The active sheet's name. */
  sheet: string;
  /** The used range of the active sheet: values and formulas. */
  grid: Grid;
  tables: SheetTable[];
  /** Zero-based row and column of the active cell, or null when Excel gave none (a chart selected). */
  activeCell: { row: number; column: number } | null;
  /** The settings sheet's cells from A1 (SETTINGS_READ_AREA), or null when the sheet does not exist. */
  settings: Cell[][] | null;
  /** Whether the settings sheet is protected (as the add-in leaves it: only its input cells can be changed). */
  settingsProtected: boolean;
  /** The workbook names the add-in uses, with the formula each refers to ("=…"). */
  names: ReadonlyMap<string, string>;
  /** The chart drawn earlier on this sheet: how many series it has and its size in points; null when there is none. */
  chart: ({ series: number } & ChartSize) | null;
  /** Whether the sheet is protected (nothing can be added to it). */
  protected: boolean;
  /** The data validation type of each sheet column's used cells ("None", "List", "Mixed"…), for the columns read. */
  validations: ReadonlyMap<number, string>;
  /** The conditional formats with a formula on the used range: their id and formula. */
  conditionalFormats: ReadonlyArray<{ id: string; formula: string }>;
  /** The cells of the grid (zero-based sheet row and column) that hold a number shown as a date or a time. */
  dateCells: ReadonlyArray<readonly [row: number, column: number]>;
  /** How many rows of the used range are hidden (by a filter or by hand); null when Excel could not count them. */
  hiddenRows: number | null;
}

/** The value of a sheet cell inside the grid, "" outside it. */
export function valueAt(grid: Grid, row: number, column: number): Cell {
  return grid.values[row - grid.row]?.[column - grid.column] ?? "";
}

/** The formula (or constant) of a sheet cell inside the grid, "" outside it. */
export function formulaAt(grid: Grid, row: number, column: number): Cell {
  return grid.formulas[row - grid.row]?.[column - grid.column] ?? "";
}

/** The values of a rectangle of sheet cells, padded with "" where the grid has none. */
export function valuesIn(grid: Grid, row: number, column: number, rows: number, columns: number): Cell[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => valueAt(grid, row + r, column + c)),
  );
}

/** The formulas (or constants) of a rectangle of sheet cells, padded with "" where the grid has none. */
export function formulasIn(grid: Grid, row: number, column: number, rows: number, columns: number): Cell[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => formulaAt(grid, row + r, column + c)),
  );
}
