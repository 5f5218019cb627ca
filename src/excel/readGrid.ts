import type { Cell, Grid } from "../engine";

/** Cells per read request: values and formulas of this many cells stay far below Excel's 5 MB response limit. */
export const CELLS_PER_READ = 40_000;

/** Zero-based bounds of a block of cells. */
export interface Bounds {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * Loads values and formulas of the block in row chunks of at most `cellsPerRead` cells. The first chunk
 * rides on the sync that also carries whatever the caller queued before; more chunks (only for very
 * big sheets) each take one sync.
 */
export async function readGridRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  bounds: Bounds | null,
  cellsPerRead = CELLS_PER_READ,
): Promise<{ grid: Grid; syncs: number }> {
  if (!bounds) {
    await context.sync();
    return { grid: { row: 0, column: 0, values: [], formulas: [] }, syncs: 1 };
  }
  const step = Math.max(1, Math.floor(cellsPerRead / bounds.columns));
  const values: Cell[][] = [];
  const formulas: Cell[][] = [];
  let syncs = 0;
  for (let start = 0; start < bounds.rows; start += step) {
    const rows = Math.min(step, bounds.rows - start);
    const chunk = sheet.getRangeByIndexes(bounds.row + start, bounds.column, rows, bounds.columns);
    chunk.load("values,formulas");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one response must stay under Excel's 5 MB limit, so a very big sheet is read in chunks
    await context.sync();
    syncs++;
    values.push(...(chunk.values as Cell[][]));
    formulas.push(...(chunk.formulas as Cell[][]));
  }
  return { grid: { row: bounds.row, column: bounds.column, values, formulas }, syncs };
}
