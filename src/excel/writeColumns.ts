import {
  EURO_FORMAT,
  OUTPUT_COLUMNS,
  OUTPUT_HEADERS,
  rowFormulas,
  SEGMENT_STYLES,
  VISIBLE_OUTPUT_COLUMNS,
  type SheetTable,
  type TableLayout,
} from "../engine";
import type { Capabilities } from "./capabilities";

/** The most a request may carry: Excel on the web refuses more than 5 MB, so writes stay at 4 MB. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

/** Room kept in the first request for the settings sheet, the chart and the labels. */
const OTHER_WRITES = 256 * 1024;

/** A write that did not fit in the main request and goes out in a sync of its own. */
export type DeferredWrite = () => void;

const FORMATS: Record<(typeof OUTPUT_COLUMNS)[number], string> = {
  total: EURO_FORMAT,
  score: "General",
  segment: "General",
  selected: EURO_FORMAT,
  chartX: "General",
  chartA: EURO_FORMAT,
  chartB: EURO_FORMAT,
  chartC: EURO_FORMAT,
};

/** The formulas of one row, in column order. */
function formulaRow(layout: TableLayout, row: number): string[] {
  const f = rowFormulas(layout, row);
  return OUTPUT_COLUMNS.map((key) => f[key]);
}

/** Adds the table columns that do not exist yet (Excel Tables only), in order, named by their headers. */
function addTableColumns(sheet: Excel.Worksheet, table: SheetTable, layout: TableLayout): void {
  const lastTableColumn = table.column + table.columns - 1;
  const excelTable = sheet.tables.getItem(table.name);
  for (const key of OUTPUT_COLUMNS) {
    if (layout.output[key] > lastTableColumn) {
      excelTable.columns.add(undefined, undefined, OUTPUT_HEADERS[layout.language][key]);
    }
  }
}

/**
 * Queues the added columns: headers, formulas, formats, the hidden helpers and the segment colours.
 * Formulas go in one small request where Excel can copy a row down (ExcelApi 1.9); otherwise they are
 * written as arrays, and what does not fit in 4 MB comes back as deferred writes, one sync each.
 */
export function queueOutputColumns(
  sheet: Excel.Worksheet,
  layout: TableLayout,
  table: SheetTable | null,
  capabilities: Capabilities,
): DeferredWrite[] {
  const start = layout.output.total;
  const width = OUTPUT_COLUMNS.length;
  const rows = layout.lastDataRow - layout.firstDataRow + 1;
  if (table) addTableColumns(sheet, table, layout);
  sheet.getRangeByIndexes(layout.headerRow, start, 1, width).values = [
    OUTPUT_COLUMNS.map((key) => OUTPUT_HEADERS[layout.language][key]),
  ];
  const header = sheet.getRangeByIndexes(layout.headerRow, start, 1, VISIBLE_OUTPUT_COLUMNS);
  header.format.font.bold = true;
  sheet.getRangeByIndexes(layout.headerRow, start, 1, 1).format.columnWidth = 80;
  sheet.getRangeByIndexes(layout.headerRow, start + 1, 1, 1).format.columnWidth = 45;
  sheet.getRangeByIndexes(layout.headerRow, start + 2, 1, 1).format.columnWidth = 60;
  sheet.getRangeByIndexes(
    layout.headerRow,
    layout.output.selected,
    1,
    width - VISIBLE_OUTPUT_COLUMNS,
  ).columnHidden = true;

  const formats = OUTPUT_COLUMNS.map((key) => FORMATS[key]);
  const deferred: DeferredWrite[] = [];
  if (capabilities.copyFrom) {
    const first = sheet.getRangeByIndexes(layout.firstDataRow, start, 1, width);
    first.numberFormat = [formats];
    first.formulas = [formulaRow(layout, layout.firstDataRow)];
    if (rows > 1)
      sheet.getRangeByIndexes(layout.firstDataRow + 1, start, rows - 1, width).copyFrom(first, "All");
  } else {
    deferred.push(...queueRowChunks(sheet, layout, formats));
  }

  const segment = sheet.getRangeByIndexes(layout.firstDataRow, layout.output.segment, rows, 1);
  segment.format.horizontalAlignment = "Center";
  segment.format.font.bold = true;
  segment.conditionalFormats.clearAll();
  for (const style of SEGMENT_STYLES) {
    const rule = segment.conditionalFormats.add("CellValue");
    rule.cellValue.format.fill.color = style.fill;
    rule.cellValue.format.font.color = style.font;
    rule.cellValue.rule = { formula1: `="${style.segment}"`, operator: "EqualTo" };
  }
  return deferred;
}

/**
 * Splits the formula rows into requests of at most REQUEST_BUDGET bytes: the first chunk is queued now,
 * the others are returned to be written after the main request.
 */
function queueRowChunks(sheet: Excel.Worksheet, layout: TableLayout, formats: string[]): DeferredWrite[] {
  const chunks: Array<{ from: number; rows: string[][] }> = [];
  let current: string[][] = [];
  let from = layout.firstDataRow;
  let bytes = 0;
  const formatBytes = JSON.stringify(formats).length;
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    const formulas = formulaRow(layout, row);
    const size = JSON.stringify(formulas).length + formatBytes + 2;
    if (bytes + size > REQUEST_BUDGET - OTHER_WRITES && current.length > 0) {
      chunks.push({ from, rows: current });
      current = [];
      from = row;
      bytes = 0;
    }
    current.push(formulas);
    bytes += size;
  }
  if (current.length > 0) chunks.push({ from, rows: current });
  const write = (chunk: { from: number; rows: string[][] }) => () => {
    const range = sheet.getRangeByIndexes(chunk.from, layout.output.total, chunk.rows.length, formats.length);
    range.numberFormat = chunk.rows.map(() => formats);
    range.formulas = chunk.rows;
  };
  const [first, ...rest] = chunks.map(write);
  first();
  return rest;
}
