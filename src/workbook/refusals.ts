import { type Language, type Problem, problemMessage, rangeAddress, splitAddress } from "../method";
import type { ClientTable } from "./clientTable";
import { SETTINGS_ROWS, VALUE_COLUMN } from "./settingsSheet";
import type { SheetSnapshot } from "./snapshot";
import { NAMES, SETTINGS_SHEET } from "./workbookNames";

const problem = (code: Problem["code"], address: string, message: string): Problem => ({
  row: -1,
  column: -1,
  severity: "error",
  code,
  message,
  address,
});

/** An error when the clients are in an Excel Table whose header row is switched off. */
export function headerlessTable(client: ClientTable, language: Language): Problem[] {
  const t = client.table;
  if (!t || t.showHeaders) return [];
  const address = rangeAddress(
    { sheet: client.origin.sheet, row: 0, column: 0 },
    t.row,
    t.column,
    t.row + t.rows - 1,
    t.column + t.columns - 1,
  );
  return [
    problem(
      "table-headers-off",
      address,
      problemMessage(language, "table-headers-off", { address, other: t.name }),
    ),
  ];
}

/** The sheet a name's formula points at (="'Klanten 2025'!$A$4:$I$4" → Klanten 2025), or null. */
function sheetOfReference(formula: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!'#]+))!/.exec(formula);
  if (!m || formula.includes("#REF!")) return null;
  return (m[1] ?? m[2]).replace(/''/g, "'");
}

/** The list a workbook segments: its sheet and its whole range as the user reads it (Klanten!A3:I23). */
export interface SegmentedList {
  sheet: string;
  address: string;
}

/**
 * The list this workbook segments, or null when it segments none (or the list's sheet is gone): the range
 * the settings sheet records for the last run (header to last client) when it lies on the sheet the name
 * ABC_Tabel points at, else ABC_Tabel's own cells (the header row) without the $ signs.
 */
export function segmentedList(
  names: ReadonlyMap<string, string>,
  settings: SheetSnapshot["settings"],
): SegmentedList | null {
  const reference = names.get(NAMES.table);
  const sheet = reference ? sheetOfReference(reference) : null;
  if (!reference || !sheet) return null;
  const recorded = settings?.[SETTINGS_ROWS.table]?.[VALUE_COLUMN];
  if (typeof recorded === "string" && recorded.includes("!")) {
    try {
      if (splitAddress(recorded).sheet.toLowerCase() === sheet.toLowerCase())
        return { sheet, address: recorded };
    } catch {
      // A recorded text that is no address (a colleague typed over it): ABC_Tabel names the list instead.
    }
  }
  return { sheet, address: reference.replace(/^=/, "").replace(/\$/g, "") };
}

/** An error when this workbook already segments a list on another sheet (one segmentation per workbook), naming that list's whole range. */
export function otherAnalysis(
  segmented: SegmentedList | null,
  sheet: string,
  address: string,
  language: Language,
): Problem[] {
  if (!segmented || segmented.sheet.toLowerCase() === sheet.toLowerCase()) return [];
  const message = problemMessage(language, "other-analysis", { address, other: segmented.address });
  return [problem("other-analysis", address, message)];
}

/** True for the sheet the add-in made to hold the settings, where no client list can be. */
export function isSettingsSheet(sheet: string): boolean {
  return sheet.toLowerCase() === SETTINGS_SHEET.toLowerCase();
}

/** The one error of a run started on the settings sheet: it names the list the settings belong to (none when it is gone). */
export function settingsSheetRefusal(segmented: SegmentedList | null, language: Language): Problem {
  const other = segmented?.address ?? "";
  return problem("settings-sheet", other, problemMessage(language, "settings-sheet", { address: "", other }));
}

/** An error when the sheet with the clients is protected, so nothing is written halfway. */
export function protectedSheet(sheet: string, isProtected: boolean, language: Language): Problem[] {
  if (!isProtected) return [];
  return [
    problem(
      "sheet-protected",
      "",
      problemMessage(language, "sheet-protected", { address: "", other: sheet }),
    ),
  ];
}
