import { quoteSheet, rangeAddress } from "./addresses";
import type { TableLayout } from "./layout";
import type { OutputColumn } from "./outputHeaders";
import { referencesFor } from "./references";
import { CRITERIA, type Criterion } from "./types";

/** How the settings sheet refers to an added column's data (structured for Tables, absolute A1 otherwise). */
export function dataColumn(layout: TableLayout, key: OutputColumn): string {
  return referencesFor(layout).column(layout.output[key]);
}

/** The absolute, sheet-qualified address of the table's header cells, e.g. Klanten!$A$4:$I$4. */
export function headerReference(layout: TableLayout, firstColumn: number, lastColumn: number): string {
  const origin = { row: 0, column: 0 };
  const plain = rangeAddress(origin, layout.headerRow, firstColumn, layout.headerRow, lastColumn);
  return `${quoteSheet(layout.sheet)}!${plain.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

/** The highest score a client can reach: the sum of the four weights. */
export function maxScoreOf(weights: Record<Criterion, number>): number {
  return CRITERIA.reduce((sum, c) => sum + weights[c], 0);
}
