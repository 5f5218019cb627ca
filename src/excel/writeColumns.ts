import { type ColumnsPlan, UNREADABLE_MARK } from "../workbook";
import type { Capabilities } from "./host";

/** The most a request may carry: Excel on the web refuses more than 5 MB, so writes stay at 4 MB. */
const REQUEST_BUDGET = 4 * 1024 * 1024;

/** Room kept in the first request for the settings sheet, the chart and the labels. */
const OTHER_WRITES = 256 * 1024;

/** A write that did not fit in the main request and goes out in a sync of its own. */
export type DeferredWrite = () => void;

/**
 * Queues the added columns: headers, formulas, formats, the hidden helpers and the segment colours.
 * Formulas go in one small request where Excel can copy a normal row over the others (ExcelApi 1.9); otherwise they are
 * written as arrays, and what does not fit in 4 MB comes back as deferred writes, one sync each.
 */
export function queueOutputColumns(
  sheet: Excel.Worksheet,
  plan: ColumnsPlan,
  capabilities: Capabilities,
): DeferredWrite[] {
  const start = plan.firstColumn;
  const width = plan.headers.length;
  const rows = plan.lastDataRow - plan.firstDataRow + 1;
  if (plan.table) {
    const excelTable = sheet.tables.getItem(plan.table.name);
    for (const header of plan.table.add) excelTable.columns.add(undefined, undefined, header);
  }
  sheet.getRangeByIndexes(plan.headerRow, start, 1, width).values = [plan.headers];
  sheet.getRangeByIndexes(plan.headerRow, start, 1, plan.visible).format.font.bold = true;
  plan.widths.forEach((points, i) => {
    sheet.getRangeByIndexes(plan.headerRow, start + i, 1, 1).format.columnWidth = points;
  });
  sheet.getRangeByIndexes(plan.headerRow, start + plan.visible, 1, width - plan.visible).columnHidden = true;

  const deferred: DeferredWrite[] = [];
  const model = modelRow(plan);
  if (capabilities.copyFrom && model !== null) {
    const source = sheet.getRangeByIndexes(model, start, 1, width);
    source.numberFormat = [plan.formats];
    source.formulas = [plan.formulasOf(model)];
    if (model > plan.firstDataRow)
      sheet
        .getRangeByIndexes(plan.firstDataRow, start, model - plan.firstDataRow, width)
        .copyFrom(source, "All");
    if (model < plan.lastDataRow)
      sheet.getRangeByIndexes(model + 1, start, plan.lastDataRow - model, width).copyFrom(source, "All");
    for (const cell of plan.exceptions)
      sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).formulas = [[cell.formula]];
  } else {
    deferred.push(...queueRowChunks(sheet, plan));
  }

  for (const cells of plan.clear)
    sheet.getRangeByIndexes(cells.row, cells.column, cells.rows, 1).clear("Contents");
  const segment = sheet.getRangeByIndexes(plan.firstDataRow, plan.segmentColumn, rows, 1);
  segment.format.horizontalAlignment = "Center";
  segment.format.font.bold = true;
  segment.conditionalFormats.clearAll();
  const marks = [
    ...plan.segmentStyles.map((style) => ({ text: style.segment, fill: style.fill, font: style.font })),
    { text: UNREADABLE_MARK, ...plan.flagStyle },
  ];
  for (const mark of marks) {
    const rule = segment.conditionalFormats.add("CellValue");
    rule.cellValue.format.fill.color = mark.fill;
    rule.cellValue.format.font.color = mark.font;
    rule.cellValue.rule = { formula1: `="${mark.text}"`, operator: "EqualTo" };
  }
  queueFlags(sheet, plan);
  queueAnswerLists(sheet, plan);
  return deferred;
}

/**
 * The first data row without exceptions, whose formulas are copied over all the others (the exceptions are
 * written after the copy); null when every row has one, and the rows are then written as arrays.
 */
function modelRow(plan: ColumnsPlan): number | null {
  const exceptional = new Set(plan.exceptions.map((cell) => cell.row));
  for (let row = plan.firstDataRow; row <= plan.lastDataRow; row++) if (!exceptional.has(row)) return row;
  return null;
}

/** Replaces the earlier run's marks on unaccepted input cells with this run's (conditional formats with a formula). */
function queueFlags(sheet: Excel.Worksheet, plan: ColumnsPlan): void {
  for (const id of plan.staleFlags) sheet.getRange().conditionalFormats.getItem(id).delete();
  for (const flag of plan.flags) {
    const rule = sheet.getRange(flag.range).conditionalFormats.add("Custom");
    rule.custom.rule.formula = flag.formula;
    rule.custom.format.fill.color = plan.flagStyle.fill;
    rule.custom.format.font.color = plan.flagStyle.font;
    rule.custom.format.font.bold = true;
  }
}

/** Adds the Ja/Nee drop-down to answer cells without validation of their own; other accepted words still go in, with a warning. */
function queueAnswerLists(sheet: Excel.Worksheet, plan: ColumnsPlan): void {
  const lists = plan.answerLists;
  if (!lists) return;
  for (const address of lists.ranges) {
    const validation = sheet.getRange(address).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: lists.source } };
    validation.ignoreBlanks = true;
    validation.errorAlert = { showAlert: true, style: "Warning", title: lists.title, message: lists.message };
  }
}

/**
 * Splits the formula rows into requests of at most REQUEST_BUDGET bytes: the first chunk is queued now,
 * the others are returned to be written after the main request.
 */
function queueRowChunks(sheet: Excel.Worksheet, plan: ColumnsPlan): DeferredWrite[] {
  const chunks: Array<{ from: number; rows: string[][] }> = [];
  let current: string[][] = [];
  let from = plan.firstDataRow;
  let bytes = 0;
  const formatBytes = JSON.stringify(plan.formats).length;
  for (let row = plan.firstDataRow; row <= plan.lastDataRow; row++) {
    const formulas = plan.formulasOf(row);
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
    const range = sheet.getRangeByIndexes(
      chunk.from,
      plan.firstColumn,
      chunk.rows.length,
      plan.formats.length,
    );
    range.numberFormat = chunk.rows.map(() => plan.formats);
    range.formulas = chunk.rows;
  };
  const [first, ...rest] = chunks.map(write);
  first();
  return rest;
}
