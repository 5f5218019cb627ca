import { OUTPUT_COLUMNS, OUTPUT_HEADERS, VISIBLE_OUTPUT_COLUMNS, type OutputColumn } from "../method";
import { rowFormulas } from "./formulas";
import type { TableLayout } from "./layout";
import { SEGMENT_STYLES } from "./palette";
import type { ColumnsPlan } from "./plan";
import { EURO_FORMAT } from "./settingsSheet";
import type { SheetTable } from "./snapshot";

const FORMATS: Record<OutputColumn, string> = {
  total: EURO_FORMAT,
  score: "General",
  segment: "General",
  selected: EURO_FORMAT,
  chartX: "General",
  chartA: EURO_FORMAT,
  chartB: EURO_FORMAT,
  chartC: EURO_FORMAT,
};

/** Widths in points of Totaal, Score and Segment. */
const WIDTHS = [80, 45, 60];

/** Plans the added columns: headers, formats, formulas per row, the hidden helpers and the segment colours. */
export function columnsPlan(layout: TableLayout, table: SheetTable | null): ColumnsPlan {
  const headers = OUTPUT_COLUMNS.map((key) => OUTPUT_HEADERS[layout.language][key]);
  const lastTableColumn = table ? table.column + table.columns - 1 : -1;
  return {
    headerRow: layout.headerRow,
    firstColumn: layout.output.total,
    headers,
    formats: OUTPUT_COLUMNS.map((key) => FORMATS[key]),
    visible: VISIBLE_OUTPUT_COLUMNS,
    widths: WIDTHS,
    firstDataRow: layout.firstDataRow,
    lastDataRow: layout.lastDataRow,
    formulasOf: (row) => {
      const f = rowFormulas(layout, row);
      return OUTPUT_COLUMNS.map((key) => f[key]);
    },
    segmentColumn: layout.output.segment,
    segmentStyles: SEGMENT_STYLES,
    table: table
      ? { name: table.name, add: headers.filter((_, i) => layout.output.total + i > lastTableColumn) }
      : null,
  };
}
