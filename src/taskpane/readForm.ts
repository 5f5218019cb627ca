import { CRITERIA, type Criterion, type Language, type RevenueThreshold, type Settings } from "../method";
import { parseDecimal } from "./numberInput";
import type { SettingsForm } from "./settingsForm";

/** A form field that can hold an invalid value. */
export type FieldId = "amount" | "topPercent" | "scoreThreshold" | Criterion | "topN" | "labels";

/** The fields whose value is invalid. */
export type FormErrors = Partial<Record<FieldId, true>>;

/** What the form asks for: the engine's settings and the number of labelled clients, or what is wrong. */
export type FormReading =
  { valid: true; settings: Settings; labels: number } | { valid: false; errors: FormErrors };

/** Slack for sums of decimal weights such as 0.1 + 0.2. */
const EPSILON = 1e-9;

/** The highest score the weights allow, or null while a weight is invalid. */
export function maxScoreOfForm(form: SettingsForm, language: Language): number | null {
  let sum = 0;
  for (const c of CRITERIA) {
    const w = parseDecimal(form.weights[c], language);
    if (w === null || w < 0) return null;
    sum += w;
  }
  return sum;
}

/** Checks every field and turns a valid form into Settings (in `language`) and the label count. */
export function readForm(form: SettingsForm, language: Language): FormReading {
  const errors: FormErrors = {};
  const read = (field: FieldId, text: string, ok: (n: number) => boolean): number => {
    const n = parseDecimal(text, language);
    if (n === null || !ok(n)) errors[field] = true;
    return n ?? NaN;
  };
  const atLeastZero = (n: number) => n >= 0;
  const wholeFromOne = (n: number) => Number.isInteger(n) && n >= 1;

  let revenueThreshold: RevenueThreshold = "median";
  if (form.method === "amount") revenueThreshold = { amount: read("amount", form.amount, atLeastZero) };
  if (form.method === "topPercent") {
    revenueThreshold = { topPercent: read("topPercent", form.topPercent, (n) => n >= 0 && n <= 100) };
  }
  const weights = Object.fromEntries(
    CRITERIA.map((c) => [c, read(c, form.weights[c], atLeastZero)]),
  ) as Record<Criterion, number>;
  const maxScore = maxScoreOfForm(form, language);
  const scoreThreshold = read(
    "scoreThreshold",
    form.scoreThreshold,
    (n) => n >= 0 && (maxScore === null || n <= maxScore + EPSILON),
  );
  const topN = form.topNOn ? read("topN", form.topN, wholeFromOne) : undefined;
  const labels = form.labelsOn ? read("labels", form.labels, wholeFromOne) : 0;

  if (Object.keys(errors).length > 0) return { valid: false, errors };
  const settings: Settings = { revenueThreshold, scoreThreshold, weights, language };
  if (topN !== undefined) settings.topN = topN;
  return { valid: true, settings, labels };
}
