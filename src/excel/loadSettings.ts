import {
  readSettingsSheet,
  SETTINGS_READ_AREA,
  SETTINGS_ROWS,
  SETTINGS_SHEET,
  unitOfNumberFormat,
  VALUE_COLUMN,
} from "../workbook";
import { type AmountUnit, type Cell, type Language, type Problem, type Settings } from "../method";
import { runInExcel } from "./host";

/** What the workbook's settings sheet holds: the valid settings, the label count, and what is wrong on it. */
export interface StoredSettings {
  /** The settings as the sheet applies them: where a value is invalid, the default the sheet falls back to. */
  settings: Settings;
  /** How many of the biggest clients get their name in the chart (0 = labels off). */
  labels: number;
  /** The sheet's invalid values ("invalid-setting"), each naming its cell, e.g. 'ABC-instellingen'!B15. */
  problems: Problem[];
  /** The unit the sheet shows the fixed amount in (the table's at the last run), or null when its format is not the add-in's. */
  unit?: AmountUnit | null;
  /** The revenue threshold the sheet applies now (its formula's value, in `unit`), or null when it shows none. */
  revenueThreshold?: number | null;
}

/** The settings stored on the workbook's settings sheet, or null when the workbook has none yet. */
export function loadSettings(language: Language): Promise<StoredSettings | null> {
  return runInExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    await context.sync();
    if (sheet.isNullObject) return null;
    const area = sheet.getRange(SETTINGS_READ_AREA).load("values");
    const amount = sheet
      .getRangeByIndexes(SETTINGS_ROWS.fixedAmount, VALUE_COLUMN, 1, 1)
      .load("numberFormat");
    await context.sync();
    const { settings, labels, problems, revenueThreshold } = readSettingsSheet(
      area.values as Cell[][],
      language,
    );
    return {
      settings,
      labels,
      problems,
      unit: unitOfNumberFormat(amount.numberFormat[0][0]),
      revenueThreshold,
    };
  });
}
