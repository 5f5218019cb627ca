import type { Cell } from "../method";
import { sheetOfReference } from "./nameReferences";
import { SETTINGS_TEXT } from "./texts";
import { SETTINGS_SHEET } from "./workbookNames";

const TITLES = new Set(Object.values(SETTINGS_TEXT).map((t) => t.title.toLowerCase()));

/**
 * True when the workbook's sheet ABC-instellingen is the add-in's, so a run may write on it and a removal
 * may delete it: one of the add-in's workbook names points at it, or (for a sheet copied into another
 * workbook, or whose names a colleague deleted) its A1 holds the add-in's title in Dutch or English.
 * False for a user's own sheet of that name, and when there is no such sheet (`settings` null).
 * `names` are the add-in's names with their formula ("=…"), `settings` the sheet's cells from A1.
 */
export function ownsSettingsSheet(
  names: ReadonlyMap<string, string>,
  settings: readonly Cell[][] | null,
): boolean {
  if (settings === null) return false;
  for (const formula of names.values()) {
    if (sheetOfReference(formula)?.toLowerCase() === SETTINGS_SHEET.toLowerCase()) return true;
  }
  const title = settings[0]?.[0];
  return typeof title === "string" && TITLES.has(title.trim().toLowerCase());
}
