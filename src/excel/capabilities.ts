/** What this Excel can do beyond the add-in's minimum, ExcelApi 1.8. */
export interface Capabilities {
  /** ExcelApi 1.9: Range.copyFrom fills formulas down in one small request. */
  copyFrom: boolean;
  /** ExcelApi 1.9: screen updating can pause while the add-in writes. */
  suspendScreenUpdating: boolean;
}

/** Asks Office which requirement sets this host supports. */
export function hostCapabilities(): Capabilities {
  const has = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { copyFrom: has("1.9"), suspendScreenUpdating: has("1.9") };
}
