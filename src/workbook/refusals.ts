import { cellAddress, type Language, type Problem, problemMessage, rangeAddress } from "../method";
import type { ClientTable } from "./clientTable";
import { areaOfReference } from "./nameReferences";
import { SETTINGS_ROWS, VALUE_COLUMN } from "./settingsSheet";
import { ownsSettingsSheet } from "./settingsSheetOwner";
import type { SheetSnapshot, SheetTable } from "./snapshot";
import { NAMES, SETTINGS_SHEET } from "./workbookNames";

const problem = (code: Problem["code"], address: string, message: string): Problem => ({
  row: -1,
  column: -1,
  severity: "error",
  code,
  message,
  address,
});

/** The address of an Excel Table on a sheet as the user reads it, e.g. Klanten!A3:I23. */
export function tableRange(sheet: string | undefined, t: SheetTable): string {
  const origin = { sheet, row: 0, column: 0 };
  return rangeAddress(origin, t.row, t.column, t.row + t.rows - 1, t.column + t.columns - 1);
}

/**
 * An error when the clients are in an Excel Table whose header row is switched off: the analysed Table, or
 * one inside the block read as the list (a header typed above a Table whose own header row is off).
 */
export function headerlessTable(
  client: ClientTable,
  tables: readonly SheetTable[],
  language: Language,
): Problem[] {
  const { row, column } = client.origin;
  const width = client.values.reduce((most, cells) => Math.max(most, cells.length), 0);
  const inBlock = (t: SheetTable) =>
    t.row < row + client.values.length &&
    t.row + t.rows > row &&
    t.column < column + width &&
    t.column + t.columns > column;
  const t = client.table ?? tables.find((x) => !x.showHeaders && inBlock(x));
  if (!t || t.showHeaders) return [];
  const address = tableRange(client.origin.sheet, t);
  return [
    problem(
      "table-headers-off",
      address,
      problemMessage(language, "table-headers-off", { address, other: t.name }),
    ),
  ];
}

/**
 * An error when the workbook has a sheet named ABC-instellingen that is not the add-in's (a user's own
 * sheet of that name): a run would write its settings over the user's cells, so nothing is written.
 */
export function settingsSheetTaken(
  names: ReadonlyMap<string, string>,
  settings: SheetSnapshot["settings"],
  language: Language,
): Problem[] {
  if (settings === null || ownsSettingsSheet(names, settings)) return [];
  const address = cellAddress({ sheet: SETTINGS_SHEET, row: 0, column: 0 }, 0, 0);
  const message = problemMessage(language, "settings-sheet-taken", { address, other: SETTINGS_SHEET });
  return [problem("settings-sheet-taken", address, message)];
}

/** The list a workbook segments: its sheet and its whole range as the user reads it (Klanten!A3:I23). */
export interface SegmentedList {
  sheet: string;
  address: string;
}

/**
 * The list this workbook segments, or null when it segments none or the list's sheet is gone (Excel turns
 * the name into =#REF!…, and such a list counts as none: the next run is a first run). The range is
 * anchored at the name ABC_Tabel, the list's header row, which Excel moves with inserted rows and columns:
 * its columns, and as many rows as the settings sheet records for the last run (header to last client).
 * When that record is no address on the same sheet (a colleague typed over it), the header row alone.
 */
export function segmentedList(
  names: ReadonlyMap<string, string>,
  settings: SheetSnapshot["settings"],
): SegmentedList | null {
  const reference = names.get(NAMES.table);
  const header = reference ? areaOfReference(reference) : null;
  if (!header) return null;
  const recorded = settings?.[SETTINGS_ROWS.table]?.[VALUE_COLUMN];
  const record = typeof recorded === "string" ? areaOfReference(recorded) : null;
  const sameSheet = record !== null && record.sheet.toLowerCase() === header.sheet.toLowerCase();
  const rows = sameSheet ? record.rows : header.rows;
  const origin = { sheet: header.sheet, row: 0, column: 0 };
  const last = { row: header.row + rows - 1, column: header.column + header.columns - 1 };
  return {
    sheet: header.sheet,
    address: rangeAddress(origin, header.row, header.column, last.row, last.column),
  };
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
