import { DEFAULT_LABELS, CRITERIA, DEFAULT_SETTINGS, type Criterion, type Language } from "../method";
import type { StoredSettings } from "./addinApi";
import { formatDecimal } from "./numberInput";

/** How the revenue threshold is chosen in the form. */
export type RevenueMethod = "median" | "amount" | "topPercent";

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

/** The top % the form offers when the workbook names none, as the settings sheet does. */
export const DEFAULT_TOP_PERCENT = 20;

/** How many biggest clients the form offers for top N when it is switched on: the article's 20. */
export const DEFAULT_TOP_N = 20;

const weightsText = (weights: Partial<Record<Criterion, number>>, language: Language) =>
  Object.fromEntries(
    CRITERIA.map((c) => [c, formatDecimal(weights[c] ?? DEFAULT_SETTINGS.weights[c], language)]),
  ) as Record<Criterion, string>;

/** The form for the workbook's stored settings, or the method's defaults when there are none. */
export function formFromStored(stored: StoredSettings | null, language: Language): SettingsForm {
  const settings = stored?.settings ?? {};
  const rt = settings.revenueThreshold ?? DEFAULT_SETTINGS.revenueThreshold;
  const labels = stored?.labels ?? DEFAULT_LABELS;
  const number = (n: number) => formatDecimal(n, language);
  return {
    method: typeof rt !== "object" || rt === null ? "median" : "amount" in rt ? "amount" : "topPercent",
    amount: typeof rt === "object" && rt !== null && "amount" in rt ? number(rt.amount) : "",
    topPercent: number(
      typeof rt === "object" && rt !== null && "topPercent" in rt ? rt.topPercent : DEFAULT_TOP_PERCENT,
    ),
    scoreThreshold: number(settings.scoreThreshold ?? DEFAULT_SETTINGS.scoreThreshold),
    weights: weightsText(settings.weights ?? {}, language),
    topNOn: settings.topN !== undefined && settings.topN !== null,
    topN: number(settings.topN ?? DEFAULT_TOP_N),
    labelsOn: labels > 0,
    labels: number(labels > 0 ? labels : DEFAULT_LABELS),
  };
}
