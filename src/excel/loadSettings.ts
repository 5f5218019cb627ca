import { readSettingsSheet, SETTINGS_READ_AREA, SETTINGS_SHEET } from "../workbook";
import { type Cell, type Language, type Settings } from "../method";
import { runInExcel } from "./host";

/** The settings stored on the workbook's settings sheet, or null when the workbook has none yet. */
export function loadSettings(language: Language): Promise<{ settings: Settings; labels: number } | null> {
  return runInExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    await context.sync();
    if (sheet.isNullObject) return null;
    const area = sheet.getRange(SETTINGS_READ_AREA).load("values");
    await context.sync();
    const read = readSettingsSheet(area.values as Cell[][], language);
    return { settings: read.settings, labels: read.labels };
  });
}
