import { runInExcel } from "./host";

/** A refusal Excel can lift in one click: a protected sheet, or an Excel Table without its header row. */
export type RefusalFix =
  { kind: "unprotect-sheet"; sheet: string } | { kind: "show-table-headers"; table: string };

/**
 * Lifts a refusal in one request: unprotects the sheet (ExcelApi 1.2; Excel refuses when a password
 * protects it, and that error reaches the user) or switches the Table's header row on (ExcelApi 1.3).
 */
export function fixRefusal(fix: RefusalFix): Promise<void> {
  return runInExcel(async (context) => {
    if (fix.kind === "unprotect-sheet") context.workbook.worksheets.getItem(fix.sheet).protection.unprotect();
    else context.workbook.tables.getItem(fix.table).showHeaders = true;
    await context.sync();
  });
}
