import { a1, type Language, quoteSheet } from "../method";
import { displayLanguage, runInExcel } from "./host";
import { AddinError } from "./officeErrors";
import { REFUSAL_TEXTS } from "./refusalTexts";

/** A refusal Excel can lift in one click before the run: an Excel Table without its header row, by the Table's name. */
export type RefusalFix = { kind: "show-table-headers"; table: string };

/**
 * Switches the named Table's header row on (ExcelApi 1.3) in four requests. Excel puts the header row in
 * the row above the Table and refuses when that row holds data (or there is none): the add-in checks
 * first and fails with an AddinError that names the cell, so nothing is changed. A Table whose header
 * row is on already is left as it is.
 */
export function fixRefusal(fix: RefusalFix, language: Language = displayLanguage()): Promise<void> {
  const texts = REFUSAL_TEXTS[language];
  return runInExcel(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(fix.table).load("showHeaders");
    await context.sync();
    if (table.isNullObject) throw new AddinError(texts.noTable(fix.table));
    if (table.showHeaders) return;
    const range = table.getRange().load("rowIndex,columnIndex,columnCount");
    const sheet = table.worksheet.load("name");
    await context.sync();
    if (range.rowIndex === 0) throw new AddinError(texts.noRowAbove(fix.table));
    const above = sheet.getRangeByIndexes(range.rowIndex - 1, range.columnIndex, 1, range.columnCount);
    above.load("values");
    await context.sync();
    const cells: unknown[] = above.values[0] ?? [];
    const taken = cells.findIndex((v) => v !== "" && v !== null);
    if (taken >= 0) {
      const cell = `${quoteSheet(sheet.name)}!${a1(range.rowIndex - 1, range.columnIndex + taken)}`;
      const row = String(range.rowIndex);
      throw new AddinError(texts.rowAboveTaken(fix.table, row, cell, String(cells[taken])));
    }
    table.showHeaders = true;
    await context.sync();
  });
}
