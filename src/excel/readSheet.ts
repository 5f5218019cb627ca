import {
  ALL_NAMES,
  CHART_NAME,
  SETTINGS_READ_AREA,
  SETTINGS_SHEET,
  type SheetSnapshot,
  type SheetTable,
} from "../workbook";
import type { Cell } from "../method";
import { readGridRows } from "./readGrid";

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
  chart.load("name");
  const names = wb.names;
  names.load("items/name,items/formula");
  const active = withActiveCell ? wb.getActiveCell().load("rowIndex,columnIndex") : null;
  return { sheet, used, tables, settingsSheet, chart, names, active, protection };
}

const isSelectionError = (error: unknown) => (error as { code?: string })?.code === "InvalidSelection";

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
export async function readSheet(
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
  const series = meta.chart.isNullObject ? null : meta.chart.series.load("count");
  const bounds = meta.used.isNullObject
    ? null
    : {
        row: meta.used.rowIndex,
        column: meta.used.columnIndex,
        rows: meta.used.rowCount,
        columns: meta.used.columnCount,
      };
  const read = await readGridRows(context, meta.sheet, bounds, cellsPerRead);

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
    names,
    chart: series ? { series: series.count } : null,
    protected: meta.protection.protected,
  };
  return { snapshot, syncs: syncs + read.syncs };
}
