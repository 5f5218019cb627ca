import {
  ALL_NAMES,
  type AnalysedSheet,
  CHART_NAME,
  type ColumnValidation,
  type RemovalPlan,
  removalPlan,
  SETTINGS_SHEET,
  type SegmentedList,
  segmentedList,
  SETTINGS_READ_AREA,
  validationRanges,
} from "../workbook";
import type { Cell, Language } from "../method";
import { runInExcel } from "./host";

/** What a removal took away from the workbook, as the pane reports it. */
export interface Removal {
  /** The list the analysis was on, e.g. Klanten!A3:I23. */
  list: string;
  /** The headers of the add-in's columns that went. */
  columns: string[];
  /** Cells in those columns that held the user's own data and stayed. */
  kept: string[];
  /** True when the chart went. */
  chart: boolean;
  /** True when the settings sheet and the add-in's workbook names went too (Verwijder de analyse; not when moving). */
  settingsSheet: boolean;
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
 * Reads what removalPlan needs of the list's sheet in two syncs: the cells of its used range, its
 * Tables, its custom conditional formats and the chart, then the Tables' bounds, the formats' formulas
 * and the validation of the list's columns.
 */
async function readAnalysedSheet(context: Excel.RequestContext, sheetName: string): Promise<AnalysedSheet> {
  const wb = context.workbook;
  const names = wb.names.load("items/name,items/formula");
  const sheet = wb.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject().load("rowIndex,columnIndex,values,formulas");
  const tables = sheet.tables.load("items/name,items/showHeaders,items/showTotals");
  const formats = sheet.getRange().conditionalFormats.load("items/id,items/type");
  const chart = sheet.charts.getItemOrNullObject(CHART_NAME).load("name");
  await context.sync();
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
  const checked = validationRanges(sheetName, named, grid).map((range) => ({
    range,
    validation: sheet.getRange(range).dataValidation.load("type,rule,errorAlert"),
  }));
  await context.sync();
  const validations: ColumnValidation[] = checked.map(({ range, validation }) => ({
    range,
    type: validation.type,
    source: String(validation.rule?.list?.source ?? ""),
    title: validation.type === "List" ? (validation.errorAlert?.title ?? "") : "",
  }));
  return {
    sheet: sheetName,
    grid,
    tables: tables.items.map((t, i) => ({
      name: t.name,
      row: ranges[i].rowIndex,
      column: ranges[i].columnIndex,
      rows: ranges[i].rowCount - (t.showTotals ? 1 : 0),
      columns: ranges[i].columnCount,
      showHeaders: t.showHeaders,
      hiddenRows: null,
    })),
    names: named,
    conditionalFormats: custom.map((f, i) => ({ id: f.id, formula: rules[i].formula })),
    validations,
    chart: !chart.isNullObject,
  };
}

/**
 * Queues taking the analysis off the list's sheet: the Table columns the add-in added, its own cells
 * (contents and formats), its hidden helpers shown again, its marks, its Ja/Nee drop-downs and its chart.
 */
function queueRemoval(context: Excel.RequestContext, plan: RemovalPlan): void {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  if (plan.tableColumns) {
    const table = sheet.tables.getItem(plan.tableColumns.table);
    for (const header of plan.tableColumns.headers) table.columns.getItem(header).delete();
  }
  for (const cells of plan.clear)
    sheet.getRangeByIndexes(cells.row, cells.column, cells.rows, 1).clear("All");
  for (const column of plan.unhide) sheet.getRangeByIndexes(0, column, 1, 1).columnHidden = false;
  for (const id of plan.flags) sheet.getRange().conditionalFormats.getItem(id).delete();
  for (const range of plan.answerLists) sheet.getRange(range).dataValidation.clear();
  if (plan.chart) sheet.charts.getItem(CHART_NAME).delete();
}

/** What a removal reports, from its plan. */
const removalOf = (list: SegmentedList, plan: RemovalPlan, settingsSheet: boolean): Removal => ({
  list: list.address,
  columns: plan.headers,
  kept: plan.kept,
  chart: plan.chart,
  settingsSheet,
});

/**
 * Takes the analysis off the list the workbook segments, in the request context of a run (three syncs):
 * only what the add-in added, never a user's cell. The settings sheet and names stay (a run that moves
 * the analysis rewrites them).
 */
export async function removeFromList(context: Excel.RequestContext, list: SegmentedList): Promise<Removal> {
  const plan = removalPlan(await readAnalysedSheet(context, list.sheet));
  queueRemoval(context, plan);
  await context.sync();
  return removalOf(list, plan, false);
}

/** Why nothing could be removed, in the user's language. */
const NO_ANALYSIS: Readonly<Record<Language, string>> = {
  nl: "Deze werkmap segmenteert geen klantenlijst: er is geen analyse om te verwijderen.",
  en: "This workbook segments no client list: there is no analysis to remove.",
};

/**
 * Removes everything the add-in added to the workbook (Verwijder de analyse): its columns, marks,
 * drop-downs and chart on the segmented list (never a user's cell), its workbook names and the settings
 * sheet, in five syncs. Excel cannot undo this. Rejects with a readable error when the workbook segments no list.
 */
export function removeAnalysis(language: Language): Promise<Removal> {
  return runInExcel(async (context) => {
    const list = await readSegmentedList(context);
    if (!list) throw new Error(NO_ANALYSIS[language]);
    const plan = removalPlan(await readAnalysedSheet(context, list.sheet));
    queueRemoval(context, plan);
    const ours = new Set(ALL_NAMES);
    const names = context.workbook.names.load("items/name");
    const settings = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load("name");
    await context.sync();
    for (const item of names.items) if (ours.has(item.name)) item.delete();
    if (!settings.isNullObject) settings.delete();
    await context.sync();
    return removalOf(list, plan, true);
  });
}
