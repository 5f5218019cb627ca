import {
  CRITERIA,
  type Criterion,
  DEFAULT_LABELS,
  DEFAULT_SETTINGS,
  formatDecimal,
  type Language,
  type RevenueMethod,
  type RevenueThreshold,
  SETTING_RULES,
  unknownRevenueThreshold,
} from "../method";
import type { StoredSettings } from "./addinApi";

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
