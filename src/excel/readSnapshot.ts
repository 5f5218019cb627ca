import {
  ALL_NAMES,
  CHART_NAME,
  RESERVE_ROWS,
  type Grid,
  SETTINGS_READ_AREA,
  SETTINGS_SHEET,
  type SheetSnapshot,
  type SheetTable,
  isDateFormat,
} from "../workbook";
import { type Cell, findHeaderRow, segmentTable } from "../method";
import { officeErrorCode } from "./officeErrors";

/** Cells in the first read: values, formulas and number formats of this many typical cells stay well under 5 MB. */
const CELLS_PER_READ = 100_000;

/** What a later read aims for, measured on the rows already read: Excel on the web refuses more than 5 MB. */
const RESPONSE_BUDGET = 3 * 1024 * 1024;

/** The grid of an empty sheet. */
const EMPTY_GRID: Grid = { row: 0, column: 0, values: [], formulas: [] };

/** Zero-based bounds of a block of cells. */
interface Bounds {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The sheet columns whose number formats a chunk loads: `columns` wide from `column`; 0 wide loads none. */
interface Span {
  column: number;
  columns: number;
}

/** A chunk of rows queued for the next sync: its cells, and the range whose number formats come with them. */
interface Chunk {
  /** The chunk's first row, counted from the block's top. */
  start: number;
  cells: Excel.Range;
  formats: Excel.Range | null;
  span: Span;
}

/** What the chunks read so far: the block's values and formulas, and the cells that show a number as a date. */
interface CellsRead {
  values: Cell[][];
  formulas: Cell[][];
  dateCells: Array<[number, number]>;
}

/**
 * Queues one chunk: the values and formulas of all the block's columns, the number formats of the
 * span's columns (in the same load when the span is the whole width).
 */
function queueChunk(sheet: Excel.Worksheet, bounds: Bounds, start: number, rows: number, span: Span): Chunk {
  const cells = sheet.getRangeByIndexes(bounds.row + start, bounds.column, rows, bounds.columns);
  if (span.column === bounds.column && span.columns === bounds.columns) {
    cells.load("values,formulas,numberFormat");
    return { start, cells, formats: cells, span };
  }
  cells.load("values,formulas");
  const formats =
    span.columns > 0
      ? sheet.getRangeByIndexes(bounds.row + start, span.column, rows, span.columns).load("numberFormat")
      : null;
  return { start, cells, formats, span };
}

/**
 * The cells (sheet row and column) that hold a number shown as a date or a time; `formats` covers
 * the span's columns of the chunk, whose values start at the sheet's `row` and `column`.
 */
function dateCellsOf(
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[],
  row: number,
  column: number,
  span: Span,
): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const known = new Map<unknown, boolean>();
  const offset = span.column - column;
  for (let r = 0; r < formats.length; r++) {
    for (let c = 0; c < formats[r].length; c++) {
      if (typeof values[r]?.[offset + c] !== "number") continue;
      const format = formats[r][c];
      let date = known.get(format);
      if (date === undefined) known.set(format, (date = isDateFormat(format)));
      if (date) found.push([row + r, span.column + c]);
    }
  }
  return found;
}

/** Adds a synced chunk to what was read; returns the bytes of its response (values, formulas, formats). */
function takeChunk(chunk: Chunk, bounds: Bounds, into: CellsRead): number {
  const v = chunk.cells.values as Cell[][];
  const f = chunk.cells.formulas as Cell[][];
  const n = chunk.formats ? (chunk.formats.numberFormat as unknown[][]) : [];
  for (const cell of dateCellsOf(v, n, bounds.row + chunk.start, bounds.column, chunk.span)) {
    into.dateCells.push(cell);
  }
  for (let i = 0; i < v.length; i++) {
    into.values.push(v[i]);
    into.formulas.push(f[i]);
  }
  return JSON.stringify(v).length + JSON.stringify(f).length + (n.length > 0 ? JSON.stringify(n).length : 0);
}

/** The bytes the values, formulas and the span's number formats of these rows take in a response. */
function bytesWithSpan(chunk: Chunk, bounds: Bounds, span: Span): number {
  const v = chunk.cells.values;
  const n = (chunk.formats?.numberFormat ?? []) as unknown[][];
  const from = span.column - bounds.column;
  const formats = span.columns > 0 ? n.map((row) => row.slice(from, from + span.columns)) : [];
  return (
    JSON.stringify(v).length +
    JSON.stringify(chunk.cells.formulas).length +
    (formats.length > 0 ? JSON.stringify(formats).length : 0)
  );
}

/** The most rows a header spans as the method reads it: texts, years under a merged cell, units. */
const HEADER_ROWS = 3;

/** The method looks for the header in the first 100 rows: a first chunk with fewer rows may not hold it. */
const HEADER_SEARCH_ROWS = 100 + HEADER_ROWS;

/** The amount columns (revenue, potential) the method finds under the header in these rows, as sheet columns. */
function amountColumnsOf(values: Cell[][], column: number, table?: string): number[] {
  const found = segmentTable(values, undefined, { row: 0, column }, table ? { table } : {}).columns;
  const amounts = found.potential >= 0 ? [...found.revenue, found.potential] : found.revenue;
  return amounts.map((c) => column + c);
}

/**
 * The sheet columns whose number formats the chunks after the first load: from the first to the last
 * amount column (revenue, potential: the only cells whose date format the method warns about) of each
 * client table planRun may choose whose header is in the first chunk, that is the header the method
 * finds on the sheet and each Excel Table's own header row (planRun picks the Table holding the active
 * cell, which may lie elsewhere on the sheet). Null, to load all columns, when no header is found in the
 * first chunk, when a Table's header rows reach below it, or when it has too few rows to hold the header.
 * Should planRun still read amount columns outside the span (it reads the header with the add-in's own
 * columns emptied, which could read differently), their date cells below the first chunk are missed and
 * get no warning; the amounts, segments and every other problem do not depend on number formats.
 */
function amountSpan(
  first: CellsRead,
  bounds: Bounds,
  tables: ReadonlyArray<{ name: string; range: Excel.Range }>,
): Span | null {
  const rows = first.values.length;
  if (rows < Math.min(bounds.rows, HEADER_SEARCH_ROWS)) return null;
  const header = findHeaderRow(first.values);
  if (header < 0) return null;
  const amounts = amountColumnsOf(first.values.slice(0, header + HEADER_ROWS), bounds.column);
  for (const { name, range } of tables) {
    const top = range.rowIndex - bounds.row;
    const headerRows = Math.min(range.rowCount, HEADER_ROWS);
    if (top < 0 || top + headerRows > rows) return null;
    const from = range.columnIndex - bounds.column;
    const cells = first.values
      .slice(top, top + headerRows)
      .map((row) => Array.from({ length: range.columnCount }, (_, c) => row[from + c] ?? ""));
    amounts.push(...amountColumnsOf(cells, range.columnIndex, name));
  }
  const inside = amounts.filter((c) => c >= bounds.column && c < bounds.column + bounds.columns);
  if (inside.length === 0) return { column: bounds.column, columns: 0 };
  const left = Math.min(...inside);
  return { column: left, columns: Math.max(...inside) - left + 1 };
}

/**
 * Reads the chunks after the first (already synced) one, one sync each, with the number formats of the
 * span `spanOf` gives once the first chunk is read. Each chunk is sized from the bytes per row of what is
 * loaded (values, formulas, the span's formats), measured on the rows read so far, so that every
 * response stays under Excel's 5 MB.
 */
async function readChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  bounds: Bounds,
  first: Chunk,
  spanOf: (first: CellsRead) => Span | null,
  cellsPerRead: number,
): Promise<{ cells: CellsRead; syncs: number }> {
  const cells: CellsRead = { values: [], formulas: [], dateCells: [] };
  const whole = { column: bounds.column, columns: bounds.columns };
  let measured = takeChunk(first, bounds, cells);
  let start = cells.values.length;
  if (start >= bounds.rows) return { cells, syncs: 0 };
  const span = spanOf(cells) ?? whole;
  if (span.column !== whole.column || span.columns !== whole.columns)
    measured = bytesWithSpan(first, bounds, span);
  let syncs = 0;
  while (start < bounds.rows) {
    const step = Math.max(
      1,
      Math.min(
        Math.floor((cellsPerRead * 4) / bounds.columns),
        Math.floor(RESPONSE_BUDGET / (measured / start)),
      ),
    );
    const chunk = queueChunk(sheet, bounds, start, Math.min(step, bounds.rows - start), span);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one response must stay under Excel's 5 MB limit, so a very big sheet is read in chunks
    await context.sync();
    syncs++;
    measured += takeChunk(chunk, bounds, cells);
    start = cells.values.length;
  }
  return { cells, syncs };
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

/** The visible rows of the used range and of each Excel Table's body (ExcelApi 1.3); the hidden ones are the rest. */
interface Views {
  used: Excel.RangeView | null;
  bodies: Array<{ body: Excel.Range; view: Excel.RangeView }>;
}

/** What the second sync loads besides the first chunk: the tables' bounds, the settings sheet, the chart, validations. */
interface Second {
  tableRanges: Excel.Range[];
  settingsRange: Excel.Range | null;
  settingsProtection: Excel.WorksheetProtection | null;
  series: Excel.ChartSeriesCollection | null;
  validations: Array<{ column: number; validation: Excel.DataValidation }>;
  formats: Excel.ConditionalFormatCollection | null;
  first: Chunk | null;
  /** Null when the visible rows were not asked for (the retry after Excel failed to give them) or there is nothing to count. */
  views: Views | null;
}

/**
 * Queues the second sync: everything the first told where to find, and the first chunk of cells (at most
 * `cellsPerRead` cells, with the number formats of all its columns); with `withViews` also the visible
 * rows of the used range and of each Table's body.
 */
function queueSecond(meta: Meta, bounds: Bounds | null, cellsPerRead: number, withViews: boolean): Second {
  const tables = meta.tables.items;
  const views =
    withViews && (bounds || tables.length > 0)
      ? {
          used: bounds ? meta.used.getVisibleView().load("rowCount") : null,
          bodies: tables.map((t) => {
            const body = t.getDataBodyRange().load("rowCount");
            return { body, view: body.getVisibleView().load("rowCount") };
          }),
        }
      : null;
  const rows = bounds ? Math.min(bounds.rows, Math.max(1, Math.floor(cellsPerRead / bounds.columns))) : 0;
  return {
    tableRanges: tables.map((t) => t.getRange().load("rowIndex,columnIndex,rowCount,columnCount")),
    settingsRange: meta.settingsSheet.isNullObject
      ? null
      : meta.settingsSheet.getRange(SETTINGS_READ_AREA).load("values"),
    settingsProtection: meta.settingsSheet.isNullObject
      ? null
      : meta.settingsSheet.protection.load("protected"),
    series: meta.chart.isNullObject ? null : meta.chart.series.load("count"),
    validations: bounds ? queueValidationTypes(meta.sheet, bounds) : [],
    formats: bounds ? meta.used.conditionalFormats.load("items/id,items/type") : null,
    first: bounds
      ? queueChunk(meta.sheet, bounds, 0, rows, { column: bounds.column, columns: bounds.columns })
      : null,
    views,
  };
}

/**
 * Sync 2: what queueSecond queues. Range.getVisibleView fails now and then in Excel with InvalidArgument
 * on big or filtered ranges (OfficeDev/office-js#4263); the hidden rows are only counted for a warning,
 * so then the same sync is sent again without them (one more sync, only then) and their count is unknown.
 * Any other error, or InvalidArgument again, fails the read.
 */
async function readSecond(
  context: Excel.RequestContext,
  meta: Meta,
  bounds: Bounds | null,
  cellsPerRead: number,
): Promise<{ second: Second; syncs: number }> {
  const second = queueSecond(meta, bounds, cellsPerRead, true);
  try {
    await context.sync();
    return { second, syncs: 1 };
  } catch (error) {
    if (!second.views || officeErrorCode(error) !== "InvalidArgument") throw error;
    const retry = queueSecond(meta, bounds, cellsPerRead, false);
    await context.sync();
    return { second: retry, syncs: 2 };
  }
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
 * Reads the active sheet in two syncs: first what is there (sizes, tables, names), then the cells
 * (values, formulas, which show a date), the tables' bounds, how many rows a filter hides, the settings
 * sheet and the chart's series, all in one request; a sheet too big for one response is read on in
 * chunks, one sync each, with the number formats of the amount columns only (see amountSpan).
 */
async function readSheet(
  context: Excel.RequestContext,
  cellsPerRead = CELLS_PER_READ,
): Promise<{ snapshot: SheetSnapshot; syncs: number }> {
  const { meta, syncs } = await readMeta(context);
  const ourNames = new Set<string>(ALL_NAMES);
  const names = new Map<string, string>();
  for (const item of meta.names.items)
    if (ourNames.has(item.name)) names.set(item.name, String(item.formula));

  const bounds = meta.used.isNullObject
    ? null
    : {
        row: meta.used.rowIndex,
        column: meta.used.columnIndex,
        rows: meta.used.rowCount,
        columns: meta.used.columnCount,
      };
  const { second, syncs: secondSyncs } = await readSecond(context, meta, bounds, cellsPerRead);
  const tableRanges = second.tableRanges;
  const ranges = meta.tables.items.map((t, i) => ({ name: t.name, range: tableRanges[i] }));
  const read =
    bounds && second.first
      ? await readChunks(
          context,
          meta.sheet,
          bounds,
          second.first,
          (first) => amountSpan(first, bounds, ranges),
          cellsPerRead,
        )
      : { cells: { values: [], formulas: [], dateCells: [] }, syncs: 0 };
  const conditional = await readCustomFormats(context, second.formats);

  const views = second.views;
  const tables: SheetTable[] = meta.tables.items.map((t, i) => {
    const r = tableRanges[i];
    const body = views ? views.bodies[i] : null;
    return {
      name: t.name,
      row: r.rowIndex,
      column: r.columnIndex,
      rows: r.rowCount - (t.showTotals ? 1 : 0),
      columns: r.columnCount,
      showHeaders: t.showHeaders,
      hiddenRows: body ? body.body.rowCount - body.view.rowCount : null,
    };
  });
  const { values, formulas, dateCells } = read.cells;
  const snapshot: SheetSnapshot = {
    sheet: meta.sheet.name,
    grid: bounds ? { row: bounds.row, column: bounds.column, values, formulas } : EMPTY_GRID,
    tables,
    activeCell: meta.active ? { row: meta.active.rowIndex, column: meta.active.columnIndex } : null,
    settings: second.settingsRange ? (second.settingsRange.values as Cell[][]) : null,
    settingsProtected: second.settingsProtection?.protected ?? false,
    names,
    chart: second.series
      ? { series: second.series.count, width: meta.chart.width, height: meta.chart.height }
      : null,
    protected: meta.protection.protected,
    validations: new Map(second.validations.map((v) => [v.column, v.validation.type])),
    conditionalFormats: conditional.formats,
    dateCells,
    hiddenRows: !bounds ? 0 : views?.used ? bounds.rows - views.used.rowCount : null,
  };
  return { snapshot, syncs: syncs + secondSyncs + read.syncs + conditional.syncs };
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
