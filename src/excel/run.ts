/** Runs a batch against the workbook, waiting while the user is editing a cell instead of failing. */
export function runInExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}
