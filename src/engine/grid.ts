import type { Cell } from "./types";

/** A block of a sheet as read through Office.js: where it starts, its values and its formulas. */
export interface Grid {
  row: number;
  column: number;
  values: Cell[][];
  formulas: Cell[][];
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
