import {
  ALL_NAMES,
  CHART_NAME,
  RESERVE_ROWS,
  type Grid,
  SETTINGS_READ_AREA,
  SETTINGS_SHEET,
  type SheetSnapshot,
  type SheetTable,
} from "../workbook";
import type { Cell } from "../method";
import { officeErrorCode } from "./officeErrors";

/** Cells in the first read: values and formulas of this many typical cells stay well under 5 MB. */
const CELLS_PER_READ = 150_000;

/** What a later read aims for, measured on the rows already read: Excel on the web refuses more than 5 MB. */
const RESPONSE_BUDGET = 3 * 1024 * 1024;

/** Zero-based bounds of a block of cells. */
interface Bounds {
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
async function readGridRows(
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

interface Meta {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  tables: Excel.TableCollection;
  settingsSheet: Excel.Worksheet;
  chart: Excel.Chart;
  names: Excel.NamedItemCollection;
  active: Excel.Range | null;
  protection: Excel.WorksheetProtection;
}

function queueMeta(context: Excel.RequestContext, withActiveCell: boolean): Meta {
  const wb = context.workbook;
  const sheet = wb.worksheets.getActiveWorksheet();
  const tables = sheet.tables.load("items/name,items/showHeaders,items/showTotals");
  const used = sheet.getUsedRangeOrNullObject(true);
  const chart = sheet.charts.getItemOrNullObject(CHART_NAME);
  const protection = sheet.protection.load("protected");
  sheet.load("name");
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const settingsSheet = wb.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  settingsSheet.load("name");
  chart.load("name,width,height");
  const names = wb.names;
  names.load("items/name,items/formula");
  const active = withActiveCell ? wb.getActiveCell().load("rowIndex,columnIndex") : null;
  return { sheet, used, tables, settingsSheet, chart, names, active, protection };
}

/** Columns of the used range whose validation type is read (the answer columns are among the first). */
const VALIDATED_COLUMNS = 100;

/**
 * Queues the data validation type of each column's used cells and the RESERVE_ROWS below them (where the
 * formulas of a plain list reach), so a run adds Ja/Nee drop-downs only where none are.
 */
function queueValidationTypes(
  sheet: Excel.Worksheet,
  bounds: Bounds,
): Array<{ column: number; validation: Excel.DataValidation }> {
  const count = Math.min(bounds.columns, VALIDATED_COLUMNS);
  return Array.from({ length: count }, (_, i) => ({
    column: bounds.column + i,
    validation: sheet
      .getRangeByIndexes(bounds.row, bounds.column + i, bounds.rows + RESERVE_ROWS, 1)
      .dataValidation.load("type"),
  }));
}

/** The formulas of the custom conditional formats on the used range (one more sync, only when there are any). */
async function readCustomFormats(
  context: Excel.RequestContext,
  formats: Excel.ConditionalFormatCollection | null,
): Promise<{ formats: Array<{ id: string; formula: string }>; syncs: number }> {
  const custom = formats ? formats.items.filter((f) => f.type === "Custom") : [];
  if (custom.length === 0) return { formats: [], syncs: 0 };
  const rules = custom.map((f) => f.custom.rule.load("formula"));
  await context.sync();
  return { formats: custom.map((f, i) => ({ id: f.id, formula: rules[i].formula })), syncs: 1 };
}

const isSelectionError = (error: unknown) => officeErrorCode(error) === "InvalidSelection";

/** Sync 1: the sheet, its tables, the add-in's names, sheet and chart; the active cell when Excel gives it. */
async function readMeta(context: Excel.RequestContext): Promise<{ meta: Meta; syncs: number }> {
  const meta = queueMeta(context, true);
  try {
    await context.sync();
    return { meta, syncs: 1 };
  } catch (error) {
    if (!isSelectionError(error)) throw error;
    const retry = queueMeta(context, false);
    await context.sync();
    return { meta: retry, syncs: 2 };
  }
}

/**
 * Reads the active sheet in two syncs: first what is there (sizes, tables, names), then the cells,
 * the tables' bounds, the settings sheet and the chart's series, all in one request (or in chunks
 * when the sheet is too big for one response).
 */
async function readSheet(
  context: Excel.RequestContext,
  cellsPerRead?: number,
): Promise<{ snapshot: SheetSnapshot; syncs: number }> {
  const { meta, syncs } = await readMeta(context);
  const ourNames = new Set<string>(ALL_NAMES);
  const names = new Map<string, string>();
  for (const item of meta.names.items)
    if (ourNames.has(item.name)) names.set(item.name, String(item.formula));

  const tableRanges = meta.tables.items.map((t) =>
    t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  const settingsRange = meta.settingsSheet.isNullObject
    ? null
    : meta.settingsSheet.getRange(SETTINGS_READ_AREA).load("values");
  const settingsProtection = meta.settingsSheet.isNullObject
    ? null
    : meta.settingsSheet.protection.load("protected");
  const series = meta.chart.isNullObject ? null : meta.chart.series.load("count");
  const bounds = meta.used.isNullObject
    ? null
    : {
        row: meta.used.rowIndex,
        column: meta.used.columnIndex,
        rows: meta.used.rowCount,
        columns: meta.used.columnCount,
      };
  const validations = bounds ? queueValidationTypes(meta.sheet, bounds) : [];
  const formats = bounds ? meta.used.conditionalFormats.load("items/id,items/type") : null;
  const read = await readGridRows(context, meta.sheet, bounds, cellsPerRead);
  const conditional = await readCustomFormats(context, formats);

  const tables: SheetTable[] = meta.tables.items.map((t, i) => {
    const r = tableRanges[i];
    return {
      name: t.name,
      row: r.rowIndex,
      column: r.columnIndex,
      rows: r.rowCount - (t.showTotals ? 1 : 0),
      columns: r.columnCount,
      showHeaders: t.showHeaders,
    };
  });
  const snapshot: SheetSnapshot = {
    sheet: meta.sheet.name,
    grid: read.grid,
    tables,
    activeCell: meta.active ? { row: meta.active.rowIndex, column: meta.active.columnIndex } : null,
    settings: settingsRange ? (settingsRange.values as Cell[][]) : null,
    settingsProtected: settingsProtection?.protected ?? false,
    names,
    chart: series ? { series: series.count, width: meta.chart.width, height: meta.chart.height } : null,
    protected: meta.protection.protected,
    validations: new Map(validations.map((v) => [v.column, v.validation.type])),
    conditionalFormats: conditional.formats,
  };
  return { snapshot, syncs: syncs + read.syncs + conditional.syncs };
}

const tooBig = (error: unknown) => officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded";

/**
 * Reads the sheet, and when Excel on the web finds a response too big (long texts in many cells),
 * reads it again in smaller chunks, down to 2,500 cells a request.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
): Promise<{ snapshot: SheetSnapshot; syncs: number }> {
  let cells = CELLS_PER_READ;
  let failed = 0;
  for (;;) {
    try {
      const read = await readSheet(context, cells);
      return { snapshot: read.snapshot, syncs: read.syncs + failed };
    } catch (error) {
      if (!tooBig(error) || cells <= 2_500) throw error;
      failed += 1;
      cells = Math.floor(cells / 4);
    }
  }
}
