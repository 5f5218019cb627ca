import { type Language, type Problem, problemMessage, rangeAddress } from "../method";
import type { ClientTable } from "./clientTable";
import { NAMES } from "./workbookNames";

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

/** An error when this workbook already segments a table on another sheet (one segmentation per workbook). */
export function otherAnalysis(
  names: ReadonlyMap<string, string>,
  sheet: string,
  address: string,
  language: Language,
): Problem[] {
  const reference = names.get(NAMES.table);
  const other = reference ? sheetOfReference(reference) : null;
  if (!other || other.toLowerCase() === sheet.toLowerCase()) return [];
  const message = problemMessage(language, "other-analysis", {
    address,
    other: reference!.replace(/^=/, ""),
  });
  return [problem("other-analysis", address, message)];
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
