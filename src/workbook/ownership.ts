import {
  cellAddress,
  OUTPUT_COLUMNS,
  OUTPUT_HEADERS,
  outputColumnOf,
  type Problem,
  problemMessage,
  quoteValue,
} from "../method";
import { formulaAt, valueAt, type Grid } from "./snapshot";
import type { TableLayout } from "./layout";

/** How many occupied cells are named before the add-in stops looking. */
const MAX_REPORTED = 20;

/**
 * Checks that every cell the add-in is about to write is its own: empty, one of its headers, or a
 * formula under one of its headers. Anything else is user data, reported as an error naming the cell.
 */
export function occupiedOutputCells(layout: TableLayout, grid: Grid): Problem[] {
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
    const header = OUTPUT_HEADERS[layout.language][key];
    const headerValue = valueAt(grid, layout.headerRow, column);
    const ours = outputColumnOf(headerValue) !== null;
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
