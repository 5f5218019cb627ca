import {
  ALL_NAMES,
  type AnalysedSheet,
  CHART_NAME,
  type ColumnValidation,
  type RemovalPlan,
  removalPlan,
  ownsSettingsSheet,
  SETTINGS_SHEET,
  type SegmentedList,
  segmentedList,
  SETTINGS_READ_AREA,
  settingsSheetByNames,
  validationRanges,
} from "../workbook";
import type { Cell, Language } from "../method";
import { type Capabilities, hostCapabilities, runInExcel } from "./host";
import { REMOVAL_REFUSALS, RemovalRefused } from "./removalTexts";

/** What a removal took away from the workbook, as the pane reports it. */
export interface Removal {
  /** The list the analysis was on, e.g. Klanten!A3:I23 ("" when its sheet was deleted before). */
  list: string;
  /** The headers of the add-in's columns that went. */
  columns: string[];
  /** Cells in those columns that held the user's own data and stayed. */
  kept: string[];
  /** True when the chart went. */
  chart: boolean;
  /** True when the settings sheet went (Verwijder de analyse; not when moving). */
  settingsSheet: boolean;
  /** The name of the settings sheet that went, as a colleague may have renamed it. */
  settingsSheetName?: string;
  /** True when the list's sheet was deleted before: only the names and the settings sheet were left to remove. */
  listGone?: boolean;
}

/** The list the workbook segments, read from its names and its settings sheet (two syncs); null when there is none. */
export async function readSegmentedList(context: Excel.RequestContext): Promise<SegmentedList | null> {
  const names = context.workbook.names.load("items/name,items/formula");
  const settings = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load("name");
  await context.sync();
  const cells = settings.isNullObject ? null : settings.getRange(SETTINGS_READ_AREA).load("values");
  if (cells) await context.sync();
  const ours = new Set(ALL_NAMES);
  const found = new Map<string, string>();
  for (const item of names.items) if (ours.has(item.name)) found.set(item.name, String(item.formula));
  return segmentedList(found, cells ? (cells.values as Cell[][]) : null);
}

/**
 * Reads what removalPlan needs of the list's sheet in three syncs: whether it is protected, the cells of
 * its used range, its Tables, its custom conditional formats and the chart; then the Tables' bounds and
 * the formats' formulas; then the validation of the rows the add-in wrote. Refuses (RemovalRefused,
 * before anything changed) when the sheet is protected.
 */
async function readAnalysedSheet(
  context: Excel.RequestContext,
  sheetName: string,
  language: Language,
): Promise<AnalysedSheet> {
  const wb = context.workbook;
  const names = wb.names.load("items/name,items/formula");
  const sheet = wb.worksheets.getItem(sheetName);
  const protection = sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject().load("rowIndex,columnIndex,values,formulas");
  const tables = sheet.tables.load("items/name,items/showHeaders,items/showTotals");
  const formats = sheet.getRange().conditionalFormats.load("items/id,items/type");
  const chart = sheet.charts.getItemOrNullObject(CHART_NAME).load("name");
  await context.sync();
  if (protection.protected)
    throw new RemovalRefused(
      REMOVAL_REFUSALS.sheetProtected[language](sheetName),
      sheetName,
      "sheet-protected",
    );
  const ours = new Set(ALL_NAMES);
  const named = new Map<string, string>();
  for (const item of names.items) if (ours.has(item.name)) named.set(item.name, String(item.formula));
  const grid = used.isNullObject
    ? { row: 0, column: 0, values: [], formulas: [] }
    : {
        row: used.rowIndex,
        column: used.columnIndex,
        values: used.values as Cell[][],
        formulas: used.formulas as Cell[][],
      };
  const ranges = tables.items.map((t) => t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"));
  const custom = formats.items.filter((f) => f.type === "Custom");
  const rules = custom.map((f) => f.custom.rule.load("formula"));
  await context.sync();
  const sheetTables = tables.items.map((t, i) => ({
    name: t.name,
    row: ranges[i].rowIndex,
    column: ranges[i].columnIndex,
    rows: ranges[i].rowCount - (t.showTotals ? 1 : 0),
    columns: ranges[i].columnCount,
    showHeaders: t.showHeaders,
    hiddenRows: null,
  }));
  const checked = validationRanges(sheetName, named, grid, sheetTables).map((range) => ({
    range,
    validation: sheet.getRange(range).dataValidation.load("type,rule,errorAlert"),
  }));
  if (checked.length > 0) await context.sync();
  const validations: ColumnValidation[] = checked.map(({ range, validation }) => ({
    range,
    type: validation.type,
    source: String(validation.rule?.list?.source ?? ""),
    title: validation.type === "List" ? (validation.errorAlert?.title ?? "") : "",
  }));
  return {
    sheet: sheetName,
    grid,
    tables: sheetTables,
    names: named,
    conditionalFormats: custom.map((f, i) => ({ id: f.id, formula: rules[i].formula })),
    validations,
    chart: !chart.isNullObject,
  };
}

/** Clears runs of cells, contents and formats. */
function clearRuns(sheet: Excel.Worksheet, runs: RemovalPlan["clear"]): void {
  for (const cells of runs) sheet.getRangeByIndexes(cells.row, cells.column, cells.rows, 1).clear("All");
}

/**
 * Queues taking the add-in's columns out of an Excel Table without moving a user's cell: with ExcelApi
 * 1.13 the Table is resized to leave them out and their cells cleared; otherwise its columns holding
 * nothing of the user's are deleted, which Excel only does by moving the cells right of the Table on its
 * rows: refused (RemovalRefused, before anything is queued) when any of those hold something.
 */
function queueTableRemoval(
  context: Excel.RequestContext,
  plan: RemovalPlan,
  capabilities: Capabilities,
  language: Language,
): void {
  const columns = plan.tableColumns;
  if (!columns) return;
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const table = sheet.tables.getItem(columns.table);
  if (capabilities.tableResize && columns.resize) {
    table.resize(columns.resize);
    clearRuns(sheet, columns.cells);
    return;
  }
  if (columns.deletable.length > 0 && columns.blocking.length > 0) {
    const message = REMOVAL_REFUSALS.tableBlocked[language](columns.table, columns.blocking.join(", "));
    throw new RemovalRefused(message, plan.sheet, "table-blocked");
  }
  for (const header of columns.deletable) table.columns.getItem(header).delete();
  clearRuns(sheet, columns.cleared);
}

/**
 * Queues taking the analysis off the list's sheet: the add-in's columns in a Table, its own cells
 * (contents and formats), its hidden helpers shown again, its marks, its Ja/Nee drop-downs and its chart.
 * Throws RemovalRefused, with nothing queued, when its Table columns cannot go without moving a user's cell.
 */
function queueRemoval(context: Excel.RequestContext, plan: RemovalPlan, language: Language): void {
  queueTableRemoval(context, plan, hostCapabilities(), language);
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  clearRuns(sheet, plan.clear);
  for (const column of plan.unhide) sheet.getRangeByIndexes(0, column, 1, 1).columnHidden = false;
  for (const id of plan.flags) sheet.getRange().conditionalFormats.getItem(id).delete();
  for (const range of plan.answerLists) sheet.getRange(range).dataValidation.clear();
  if (plan.chart) sheet.charts.getItem(CHART_NAME).delete();
}

/** What a removal reports, from its plan. */
const removalOf = (list: SegmentedList, plan: RemovalPlan): Removal => ({
  list: list.address,
  columns: plan.headers,
  kept: plan.kept,
  chart: plan.chart,
  settingsSheet: false,
});

/** How many requests removeFromList sends: the list's sheet read in three, its removal in one. */
export const REMOVAL_SYNCS = 4;

/**
 * Takes the analysis off the list the workbook segments, in the request context of a run (at most
 * REMOVAL_SYNCS syncs): only what the add-in added, never a user's cell. The settings sheet and names
 * stay (a run that moves the analysis rewrites them). Throws RemovalRefused, having changed nothing,
 * when the list's sheet is protected or the add-in's Table columns cannot go without moving a user's cell.
 */
export async function removeFromList(
  context: Excel.RequestContext,
  list: SegmentedList,
  language: Language,
): Promise<Removal> {
  const plan = removalPlan(await readAnalysedSheet(context, list.sheet, language));
  queueRemoval(context, plan, language);
  await context.sync();
  return removalOf(list, plan);
}

/**
 * Removes everything the add-in added to the workbook (Verwijder de analyse): its columns, marks,
 * drop-downs and chart on the segmented list (never a user's cell), its workbook names and the settings
 * sheet (found through those names, also when a colleague renamed it), in at most seven syncs. When the
 * list's sheet was deleted, the names and the settings sheet are what is left, and go. Excel cannot undo
 * this. Rejects with a readable error when the workbook holds nothing of the add-in's, and with
 * RemovalRefused (nothing changed) when the list cannot be cleaned without touching a user's cell.
 */
export function removeAnalysis(language: Language): Promise<Removal> {
  return runInExcel(async (context) => {
    const names = context.workbook.names.load("items/name,items/formula");
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const ours = new Set(ALL_NAMES);
    const found = new Map<string, string>();
    for (const item of names.items) if (ours.has(item.name)) found.set(item.name, String(item.formula));
    const sheetNames = sheets.items.map((s) => s.name);
    const settingsName = settingsSheetByNames(found, sheetNames);
    const settingsCells = settingsName
      ? sheets.getItem(settingsName).getRange(SETTINGS_READ_AREA).load("values")
      : null;
    if (settingsCells) await context.sync();
    const settingsValues = settingsCells ? (settingsCells.values as Cell[][]) : null;
    // A sheet found by the names is the add-in's; one found only by its name must show it is (its title).
    const settingsOwned =
      settingsName !== null &&
      (settingsName.toLowerCase() !== SETTINGS_SHEET.toLowerCase() ||
        ownsSettingsSheet(found, settingsValues));
    const list = segmentedList(found, settingsOwned ? settingsValues : null);
    const listThere = list !== null && sheetNames.some((n) => n.toLowerCase() === list.sheet.toLowerCase());
    if (!listThere && found.size === 0 && !settingsOwned)
      throw new Error(REMOVAL_REFUSALS.noAnalysis[language]());
    const removal: Removal =
      list && listThere
        ? await removeFromList(context, list, language)
        : {
            list: list?.address ?? "",
            columns: [],
            kept: [],
            chart: false,
            settingsSheet: false,
            listGone: true,
          };
    for (const item of names.items) if (ours.has(item.name)) item.delete();
    if (settingsOwned) sheets.getItem(settingsName).delete();
    await context.sync();
    return settingsOwned ? { ...removal, settingsSheet: true, settingsSheetName: settingsName } : removal;
  });
}
