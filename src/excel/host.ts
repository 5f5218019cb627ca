import type { Language } from "../method";

/** Runs a batch against the workbook, waiting while the user is editing a cell instead of failing. */
export function runInExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

/** Dutch unless Office's display language is English. */
export function displayLanguage(): Language {
  const tag = typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? "") : "";
  return /^en\b/i.test(tag) ? "en" : "nl";
}

/** What this Excel can do beyond the add-in's minimum, ExcelApi 1.8. */
export interface Capabilities {
  /** ExcelApi 1.9: Range.copyFrom fills formulas down in one small request. */
  copyFrom: boolean;
  /** ExcelApi 1.9: screen updating can pause while the add-in writes. */
  suspendScreenUpdating: boolean;
  /** ExcelApi 1.13: Table.resize takes the add-in's columns out of a Table without moving a cell. */
  tableResize: boolean;
}

/** Asks Office which requirement sets this host supports. */
export function hostCapabilities(): Capabilities {
  const has = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { copyFrom: has("1.9"), suspendScreenUpdating: has("1.9"), tableResize: has("1.13") };
}
