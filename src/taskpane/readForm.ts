import {
  acceptedText,
  ambiguousText,
  checkSetting,
  CRITERIA,
  type Criterion,
  type Language,
  type NumberSetting,
  type RevenueThreshold,
  type Settings,
  SETTING_RULES,
  settingValueOfText,
  someWeightAbove0,
  unknownRevenueThreshold,
} from "../method";
import type { SettingsForm } from "./settingsForm";
import type { Texts } from "./texts";

/** A form field that can hold an invalid value; "weights" is the four weights together (at least one above 0). */
export type FieldId = "amount" | "topPercent" | "scoreThreshold" | Criterion | "weights" | "topN" | "labels";

/** The fields whose value is invalid, each with the sentence that says what it accepts (from SETTING_RULES). */
export type FormErrors = Partial<Record<FieldId, string>>;

/** What the form asks for: the engine's settings and the number of labelled clients, or what is wrong. */
export type FormReading =
  { valid: true; settings: Settings; labels: number } | { valid: false; errors: FormErrors };

/** The four weights as the rules accept them, or null while one is invalid. */
function acceptedWeights(form: SettingsForm, language: Language): number[] | null {
  const weights: number[] = [];
  for (const c of CRITERIA) {
    const w = checkSetting("weight", settingValueOfText(form.weights[c], language), null);
    if (!w.ok || w.value === null) return null;
    weights.push(w.value);
  }
  return weights;
}

/** The highest score the weights allow, or null while a weight is invalid or none is above 0. */
export function maxScoreOfForm(form: SettingsForm, language: Language): number | null {
  const weights = acceptedWeights(form, language);
  return weights && someWeightAbove0(weights) ? weights.reduce((sum, w) => sum + w, 0) : null;
}

/**
 * Judges every field by the method's SETTING_RULES (the four weights together too: at least one above
 * 0), as the settings sheet is judged, and turns a valid form into Settings (in `language`) and the
 * label count. A switched-off top N is empty (all clients); switched-off names are 0. With `typed` (the
 * user edited the form) a number that reads two ways ("50.000" in English) is asked about instead of
 * read; values that came from the settings sheet are read as the sheet reads them.
 */
export function readForm(form: SettingsForm, language: Language, typed = false): FormReading {
  const errors: FormErrors = {};
  const maxScore = maxScoreOfForm(form, language);
  const read = (field: FieldId, setting: NumberSetting, text: string | null): number | null => {
    const twoWays = text === null || !typed ? null : ambiguousText(text, language);
    if (twoWays) {
      errors[field] = `${twoWays}.`;
      return null;
    }
    const value = text === null ? null : settingValueOfText(text, language);
    const checked = checkSetting(setting, value, maxScore);
    if (checked.ok) return checked.value;
    errors[field] = `${acceptedText(setting, language, maxScore)}.`;
    return null;
  };
  const revenueThreshold = ((): RevenueThreshold => {
    switch (form.method) {
      case "median":
        return { kind: "median" };
      case "topPercent":
        return { kind: "topPercent", topPercent: read("topPercent", "topPercent", form.topPercent) ?? NaN };
      case "amount":
        return { kind: "amount", amount: read("amount", "amount", form.amount) ?? NaN };
      default:
        return unknownRevenueThreshold(form.method);
    }
  })();
  const weights = Object.fromEntries(
    CRITERIA.map((c) => [c, read(c, "weight", form.weights[c]) ?? NaN]),
  ) as Record<Criterion, number>;
  const accepted = acceptedWeights(form, language);
  if (accepted && !someWeightAbove0(accepted))
    errors.weights = `${SETTING_RULES.weight.noneAbove0[language]}.`;
  const scoreThreshold = read("scoreThreshold", "scoreThreshold", form.scoreThreshold) ?? NaN;
  const topN = read("topN", "topN", form.topNOn ? form.topN : null);
  const labels = form.labelsOn ? read("labels", "labels", form.labels) : 0;

  if (Object.keys(errors).length > 0) return { valid: false, errors };
  const settings: Settings = { revenueThreshold, scoreThreshold, weights, language };
  if (topN !== null) settings.topN = topN;
  return { valid: true, settings, labels: labels ?? 0 };
}

/** The label of each field the reading found invalid, in form order, as the form shows it (the amount with its unit). */
export function invalidFieldLabels(reading: FormReading | null, texts: Texts, unitSymbol: string): string[] {
  if (!reading || reading.valid) return [];
  const label: Record<FieldId, string> = {
    amount: texts.amount(unitSymbol),
    topPercent: texts.topPercent,
    scoreThreshold: texts.scoreThreshold,
    ...(Object.fromEntries(CRITERIA.map((c) => [c, texts.weight(texts.criteria[c])])) as Record<
      Criterion,
      string
    >),
    weights: texts.weightsHeading,
    topN: texts.topN,
    labels: texts.labels,
  };
  return (Object.keys(label) as FieldId[])
    .filter((f) => reading.errors[f] !== undefined)
    .map((f) => label[f]);
}
