import { cellAddress, OUTPUT_COLUMNS, type Problem, problemMessage, quoteValue } from "../method";
import { formulaAt, valueAt, type Grid } from "./snapshot";
import type { TableLayout } from "./layout";

/** How many occupied cells are named before the add-in stops looking. */
const MAX_REPORTED = 20;

/**
 * Checks that every cell the add-in is about to write is its own: empty, or in one of its own columns
 * (`own`, known by the marker name, never by header text alone) a header or a formula. Anything else is
 * user data, reported as an error naming the cell.
 */
export function occupiedOutputCells(layout: TableLayout, grid: Grid, own: ReadonlySet<number>): Problem[] {
  const problems: Problem[] = [];
  const origin = { sheet: layout.sheet, row: 0, column: 0 };
  const report = (row: number, column: number, value: unknown, header: string) => {
    if (problems.length >= MAX_REPORTED) return;
    const address = cellAddress(origin, row, column);
    const message = problemMessage(layout.language, "output-occupied", {
      address,
      value: quoteValue(value),
      other: header,
    });
    problems.push({ row, column, severity: "error", code: "output-occupied", message, address });
  };
  for (const key of OUTPUT_COLUMNS) {
    const column = layout.output[key];
    const header = layout.headers[column];
    const ours = own.has(column);
    const headerValue = valueAt(grid, layout.headerRow, column);
    if (headerValue !== "" && !ours) report(layout.headerRow, column, headerValue, header);
    for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
      const formula = formulaAt(grid, row, column);
      if (formula === "") continue;
      if (ours && typeof formula === "string" && formula.startsWith("=")) continue;
      report(row, column, valueAt(grid, row, column), header);
    }
  }
  return problems;
}

/** How many rows below a plain list get the formulas, so a client typed there is segmented and counted. */
export const RESERVE_ROWS = 50;

/**
 * The last row the formulas of a plain list go down to: RESERVE_ROWS below its last client, but never
 * onto a row where one of the added columns holds something that is not the add-in's.
 */
export function reserveEnd(
  lastClientRow: number,
  columns: readonly number[],
  grid: Grid,
  own: ReadonlySet<number>,
): number {
  const limit = Math.min(lastClientRow + RESERVE_ROWS, 1_048_575);
  for (let row = lastClientRow + 1; row <= limit; row++) {
    for (const column of columns) {
      const formula = formulaAt(grid, row, column);
      if (formula === "") continue;
      if (own.has(column) && typeof formula === "string" && formula.startsWith("=")) continue;
      return row - 1;
    }
  }
  return limit;
}

/** The last row below `from` where one of the add-in's own columns still holds a formula, or -1 when none. */
export function lastOwnFormulaRow(from: number, grid: Grid, own: ReadonlySet<number>): number {
  let last = -1;
  const end = grid.row + grid.formulas.length - 1;
  for (let row = from; row <= end; row++) {
    for (const column of own) {
      const formula = formulaAt(grid, row, column);
      if (typeof formula === "string" && formula.startsWith("=")) {
        last = row;
        break;
      }
    }
  }
  return last;
}
