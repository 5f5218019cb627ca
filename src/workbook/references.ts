import { columnLetters, quoteSheet, rangeAddress, type OutputColumn } from "../method";
import type { TableLayout } from "./layout";

/** How formulas refer to a cell in the current row and to a whole data column. */
export interface References {
  /** The cell of a column in the given sheet row, as seen from a formula in that row. */
  cell(column: number, row: number): string;
  /** All data cells of a column, from any sheet. */
  column(column: number): string;
}

/** Escapes a table column header for a structured reference: [, ], #, ' get a ' before them. */
function escapeColumnName(header: string): string {
  return header.replace(/(['#[\]])/g, "'$1");
}

/** References for a plain range: A1 for the row's cells, absolute sheet-qualified ranges for columns. */
function rangeReferences(layout: TableLayout): References {
  const sheet = quoteSheet(layout.sheet);
  return {
    cell: (column, row) => `${columnLetters(column)}${row + 1}`,
    column: (column) => {
      const letters = columnLetters(column);
      return `${sheet}!$${letters}$${layout.firstDataRow + 1}:$${letters}$${layout.lastDataRow + 1}`;
    },
  };
}

/** Structured references for an Excel Table, so the formulas follow rows the user adds. */
function tableReferences(layout: TableLayout, tableName: string): References {
  const name = (column: number) => escapeColumnName(layout.headers[column] ?? "");
  return {
    cell: (column) => `${tableName}[@[${name(column)}]]`,
    column: (column) => `${tableName}[[${name(column)}]]`,
  };
}

/** The references formulas use for this layout. */
export function referencesFor(layout: TableLayout): References {
  return layout.tableName ? tableReferences(layout, layout.tableName) : rangeReferences(layout);
}

/** How the settings sheet refers to an added column's data (structured for Tables, absolute A1 otherwise). */
export function dataColumn(layout: TableLayout, key: OutputColumn): string {
  return referencesFor(layout).column(layout.output[key]);
}

/**
 * The absolute, sheet-qualified address of the table's header cells, e.g. Klanten!$A$4:$I$4; from
 * `top` (the header's first row when it spans two, e.g. Klanten!$A$3:$I$4) down to the header row.
 */
export function headerReference(
  layout: TableLayout,
  firstColumn: number,
  lastColumn: number,
  top = layout.headerRow,
): string {
  const origin = { row: 0, column: 0 };
  const plain = rangeAddress(origin, top, firstColumn, layout.headerRow, lastColumn);
  return `${quoteSheet(layout.sheet)}!${plain.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}
