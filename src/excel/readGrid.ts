import type { Cell } from "../method";
import type { Grid } from "../workbook";

/** Cells in the first read: values and formulas of this many typical cells stay well under 5 MB. */
export const CELLS_PER_READ = 150_000;

/** What a later read aims for, measured on the rows already read: Excel on the web refuses more than 5 MB. */
const RESPONSE_BUDGET = 3 * 1024 * 1024;

/** Zero-based bounds of a block of cells. */
export interface Bounds {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * Loads values and formulas of the block in row chunks. The first chunk (at most `cellsPerRead` cells)
 * rides on the sync that also carries whatever the caller queued before; on very big sheets the next
 * chunks are sized from the bytes per row seen so far, one sync each.
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
  let step = Math.max(1, Math.floor(cellsPerRead / bounds.columns));
  const values: Cell[][] = [];
  const formulas: Cell[][] = [];
  let syncs = 0;
  let bytes = 0;
  for (let start = 0; start < bounds.rows; start += step) {
    if (start > 0)
      step = Math.max(
        1,
        Math.min(
          Math.floor((cellsPerRead * 4) / bounds.columns),
          Math.floor(RESPONSE_BUDGET / (bytes / start)),
        ),
      );
    const rows = Math.min(step, bounds.rows - start);
    const chunk = sheet.getRangeByIndexes(bounds.row + start, bounds.column, rows, bounds.columns);
    chunk.load("values,formulas");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one response must stay under Excel's 5 MB limit, so a very big sheet is read in chunks
    await context.sync();
    syncs++;
    const v = chunk.values as Cell[][];
    const f = chunk.formulas as Cell[][];
    bytes += JSON.stringify(v).length + JSON.stringify(f).length;
    for (let i = 0; i < v.length; i++) {
      values.push(v[i]);
      formulas.push(f[i]);
    }
  }
  return { grid: { row: bounds.row, column: bounds.column, values, formulas }, syncs };
}
