import { CHART_NAME, SETTINGS_ROWS, SETTINGS_SHEET, type WorkbookPlan } from "../workbook";
import { excelDigits, type Language } from "../method";
import type { Capabilities } from "./host";
import { NOTES } from "./texts";
import { queueOutputColumns } from "./writeColumns";
import { queueChart, queueLabels } from "./writeChart";
import {
  queueSettingsCells,
  queueSettingsNames,
  queueSettingsProtect,
  queueSettingsUnprotect,
} from "./writeSettings";

/** The cell on the settings sheet that records the run; written just before the chart labels. */
function stampCell(context: Excel.RequestContext): Excel.Range {
  return context.workbook.worksheets.getItem(SETTINGS_SHEET).getRangeByIndexes(SETTINGS_ROWS.stamp, 1, 1, 1);
}

/**
 * True when the stamp of this run reached the workbook, i.e. everything queued before it was applied:
 * the cell holds this run's date serial, compared at Excel's 15 significant digits. An earlier run's
 * serial (or an earlier version's text stamp) is never this run's.
 */
async function stampLanded(context: Excel.RequestContext, stamp: number): Promise<boolean> {
  const cell = stampCell(context).load("values");
  await context.sync();
  const found: unknown = cell.values[0][0];
  return typeof found === "number" && excelDigits(found) === excelDigits(stamp);
}

/**
 * Writes a planned run in one request: settings sheet and names, the added columns, the settings cells
 * (whose formulas refer to those columns), the chart, then the run's stamp and the labels linked to the
 * name cells. If only the labels fail (the stamp landed), they are written again as text. Formula
 * chunks that did not fit follow, one request each. Returns what the user should know and the syncs.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  capabilities: Capabilities,
  language: Language,
): Promise<{ notes: string[]; syncs: number }> {
  const notes: string[] = [];
  if (capabilities.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  queueSettingsNames(context, plan);
  queueSettingsUnprotect(context, plan.settingsSheet);
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const deferred = queueOutputColumns(sheet, plan.columns, capabilities);
  queueSettingsCells(context, plan.settingsSheet);
  const chart = queueChart(context, sheet, plan.chart, plan.existingChart);
  stampCell(context).values = [[plan.stamp]];
  queueSettingsProtect(context, plan.settingsSheet);
  queueLabels(chart, plan.chart, "linked");
  let syncs = 1;
  try {
    await context.sync();
  } catch (error) {
    syncs += 1;
    if (!(await stampLanded(context, plan.stamp))) throw error;
    const written = sheet.charts.getItem(CHART_NAME);
    const series = plan.chart.series.map((_, i) => written.series.getItemAt(i));
    queueLabels({ chart: written, series }, plan.chart, "text");
    await context.sync();
    syncs += 1;
    notes.push(NOTES[language].textLabels);
  }
  for (const write of deferred) {
    write();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- without Range.copyFrom, formulas of a big table exceed one request's 5 MB limit and go in 4 MB chunks
    await context.sync();
    syncs += 1;
  }
  if (!capabilities.copyFrom) notes.push(NOTES[language].noCopyFrom);
  return { notes, syncs };
}
