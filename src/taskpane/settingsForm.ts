import {
  type AmountUnit,
  checkSetting,
  CRITERIA,
  type Criterion,
  DEFAULT_LABELS,
  DEFAULT_SETTINGS,
  formatDecimal,
  type Language,
  type RevenueMethod,
  type RevenueThreshold,
  SETTING_RULES,
  settingValueOfText,
  unknownRevenueThreshold,
  typedAmount,
} from "../method";
import type { LastRun } from "../excel";
import type { StoredSettings } from "./addinApi";
import { paneAmountUnit } from "./amountUnit";

/** The settings form as the user edits it: numbers are kept as typed so half-typed values survive. */
export interface SettingsForm {
  method: RevenueMethod;
  amount: string;
  topPercent: string;
  scoreThreshold: string;
  weights: Record<Criterion, string>;
  topNOn: boolean;
  topN: string;
  labelsOn: boolean;
  labels: string;
}

/** Writes a number for a field, in the pane's language. */
type Format = (n: number) => string;

const weightsText = (weights: Partial<Record<Criterion, number>>, number: Format) =>
  Object.fromEntries(CRITERIA.map((c) => [c, number(weights[c] ?? DEFAULT_SETTINGS.weights[c])])) as Record<
    Criterion,
    string
  >;

/** The revenue fields for a threshold: the method, the amount (empty unless chosen) and the top % (the rule's default unless chosen). */
function revenueFields(
  threshold: RevenueThreshold,
  number: Format,
): Pick<SettingsForm, "method" | "amount" | "topPercent"> {
  const topPercent = number(SETTING_RULES.topPercent.default);
  switch (threshold.kind) {
    case "median":
      return { method: "median", amount: "", topPercent };
    case "topPercent":
      return { method: "topPercent", amount: "", topPercent: number(threshold.topPercent) };
    case "amount":
      return { method: "amount", amount: number(threshold.amount), topPercent };
    default:
      return unknownRevenueThreshold(threshold);
  }
}

/** The form for the workbook's stored settings, or the defaults of SETTING_RULES when there are none. */
export function formFromStored(stored: StoredSettings | null, language: Language): SettingsForm {
  const settings = stored?.settings ?? {};
  const labels = stored?.labels ?? DEFAULT_LABELS;
  const number = (n: number) => formatDecimal(n, language);
  return {
    ...revenueFields(settings.revenueThreshold ?? DEFAULT_SETTINGS.revenueThreshold, number),
    scoreThreshold: number(settings.scoreThreshold ?? DEFAULT_SETTINGS.scoreThreshold),
    weights: weightsText(settings.weights ?? {}, number),
    topNOn: settings.topN !== undefined && settings.topN !== null,
    topN: number(settings.topN ?? SETTING_RULES.topN.suggested),
    labelsOn: labels > 0,
    labels: number(labels > 0 ? labels : DEFAULT_LABELS),
  };
}

/**
 * The revenue threshold that applies now, in the pane's amount unit (paneAmountUnit): the last written
 * run's, else the settings sheet's while the pane shows amounts in the sheet's unit; null when unknown.
 */
export function currentRevenueThreshold(
  run: LastRun,
  sheet: { threshold: number | null; unit: AmountUnit | null },
): number | null {
  const outcome = run?.kind === "outcome" ? run.outcome : null;
  if (outcome?.written) return outcome.result.thresholds.revenue;
  const sameUnit = paneAmountUnit(run, sheet.unit).factor === paneAmountUnit(null, sheet.unit).factor;
  return sameUnit ? sheet.threshold : null;
}

/**
 * A threshold as the fixed amount's field offers it: rounded as the pane shows amounts in `unit` (whole
 * euros, one decimal in k€) and typed the Belgian way ("69.167", "1.250,5"); "" when there is none or
 * the rule would refuse it (0 when no client was read).
 */
export function amountFieldText(threshold: number | null, unit: AmountUnit, language: Language): string {
  if (threshold === null) return "";
  const text = typedAmount(threshold, unit, language);
  return checkSetting("amount", settingValueOfText(text, language), null).ok ? text : "";
}

/**
 * What the fixed amount's field offers when the user picks it: the threshold that applies now (the last
 * run's, else the settings sheet's) in the pane's amount unit, typed the Belgian way; "" when unknown.
 */
export function offeredAmount(
  run: LastRun,
  sheet: { threshold: number | null; unit: AmountUnit | null },
  language: Language,
): string {
  return amountFieldText(currentRevenueThreshold(run, sheet), paneAmountUnit(run, sheet.unit), language);
}
