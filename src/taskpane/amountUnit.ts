import { type AmountUnit, EURO } from "../method";
import type { LastRun } from "../excel";

/**
 * The unit the pane's fixed amount is in: the table's at the last run (when that run found the header),
 * else the one the settings sheet shows it in (the table's at an earlier run), else euros.
 */
export function paneAmountUnit(run: LastRun, sheetUnit: AmountUnit | null): AmountUnit {
  const columns = run?.kind === "outcome" ? run.outcome.result.columns : null;
  if (columns && columns.headerRow >= 0) return columns.unit;
  return sheetUnit ?? EURO;
}
