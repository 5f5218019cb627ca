import { type Cell, cellAddress, OUTPUT_COLUMNS, type Problem, problemMessage, quoteValue } from "../method";
import { formulaAt, valueAt, type Grid } from "./snapshot";
import type { TableLayout } from "./layout";
import { checkHead, ownHead, rowFormulas } from "./formulas";

/** Tells whether a cell's formula is the add-in's own: in one of its own columns, and of its shape. */
export type OwnFormulaTest = (column: number, formula: Cell) => boolean;

/** A formula with its row numbers and its absolute column ranges left out: the same for every row and list length. */
export const shapeOf = (formula: string): string =>
  formula.replace(/\$[A-Z]{1,3}\$\d+:\$[A-Z]{1,3}\$\d+/g, "…").replace(/\b([A-Z]{1,3})\d+\b/g, "$1#");

/**
 * Which formulas are the add-in's own: in one of its columns (`own`), of the same shape as the ones it
 * writes in that column; in the chart's x column also the earlier shape that spread points around
 * their score (`=IF(ISNUMBER(L2),S2+…,-1)`); in the check column also `=""` (a row left out as a
 * subtotal) and every check of an earlier version (they all start with checkHead, whatever rules of
 * total rows and amounts follow); in Totaal every earlier `=IF(K2=1,…,"")` (credit notes changed how
 * the average is taken). In a workbook segmented before the marker name existed
 * (`strict` false), any formula in its columns counts as its own, as the earlier versions wrote others.
 */
export function ownFormulaTest(
  layout: TableLayout,
  strict: boolean,
  own: ReadonlySet<number>,
): OwnFormulaTest {
  const isFormula = (formula: Cell): formula is string =>
    typeof formula === "string" && formula.startsWith("=");
  if (!strict) return (column, formula) => own.has(column) && isFormula(formula);
  const formulas = rowFormulas(layout, layout.firstDataRow);
  const shapes = new Map<number, string>();
  for (const key of OUTPUT_COLUMNS) shapes.set(layout.output[key], shapeOf(formulas[key]));
  const spreadHead = shapeOf(formulas.chartX).replace(/,-1\)$/, "+");
  const anyCheck = shapeOf(checkHead(layout, layout.firstDataRow));
  const anyTotal = shapeOf(ownHead(layout, layout.firstDataRow));
  const isOwnShape = (column: number, shape: string) =>
    shapes.get(column) === shape ||
    (column === layout.output.chartX && shape.startsWith(spreadHead) && shape.endsWith(",-1)")) ||
    (column === layout.output.check && shape.startsWith(anyCheck)) ||
    (column === layout.output.total && shape.startsWith(anyTotal) && shape.endsWith(',"")'));
  return (column, formula) => own.has(column) && isFormula(formula) && isOwnShape(column, shapeOf(formula));
}

/** How many occupied cells are named before the add-in stops looking. */
const MAX_REPORTED = 20;

/**
 * Checks that every cell the add-in is about to write is its own: empty, or in one of its own columns
 * (`own`, known by the marker name, never by header text alone) its header or one of its formulas. Anything
 * else, a colleague's own formula included, is user data, reported as an error naming the cell.
 */
export function occupiedOutputCells(
  layout: TableLayout,
  grid: Grid,
  own: ReadonlySet<number>,
  isOwn: OwnFormulaTest,
): Problem[] {
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
      if (isOwn(column, formula)) continue;
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
  isOwn: OwnFormulaTest,
): number {
  const limit = Math.min(lastClientRow + RESERVE_ROWS, 1_048_575);
  for (let row = lastClientRow + 1; row <= limit; row++) {
    for (const column of columns) {
      const formula = formulaAt(grid, row, column);
      if (formula === "" || isOwn(column, formula)) continue;
      return row - 1;
    }
  }
  return limit;
}

/**
 * The cells below `from` in the add-in's own columns that still hold its formulas from an earlier, longer
 * list: runs of rows per column, to clear. A colleague's cells there are never among them.
 */
export function staleFormulaCells(
  from: number,
  grid: Grid,
  own: ReadonlySet<number>,
  isOwn: OwnFormulaTest,
): Array<{ row: number; column: number; rows: number }> {
  const runs: Array<{ row: number; column: number; rows: number }> = [];
  const end = grid.row + grid.formulas.length - 1;
  for (const column of own) {
    let start = -1;
    for (let row = from; row <= end + 1; row++) {
      const stale = row <= end && isOwn(column, formulaAt(grid, row, column));
      if (stale && start < 0) start = row;
      if (!stale && start >= 0) {
        runs.push({ row: start, column, rows: row - start });
        start = -1;
      }
    }
  }
  return runs;
}
