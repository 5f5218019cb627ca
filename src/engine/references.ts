import { columnLetters, quoteSheet } from "./addresses";
import type { TableLayout } from "./layout";

/** How formulas refer to a cell in the current row and to a whole data column. */
export interface References {
  /** The cell of a column in the given sheet row, as seen from a formula in that row. */
  cell(column: number, row: number): string;
  /** All data cells of a column, from any sheet. */
  column(column: number): string;
}

/** Escapes a table column header for a structured reference: [, ], #, ' get a ' before them. */
export function escapeColumnName(header: string): string {
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
