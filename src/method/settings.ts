import type { ProblemLog } from "./problems";
import {
  acceptedText,
  checkSetting,
  SETTING_RULES,
  someWeightAbove0,
  type NumberSetting,
} from "./settingRules";
import {
  CRITERIA,
  type Criterion,
  type Language,
  type ResolvedSettings,
  type RevenueThreshold,
  type Settings,
} from "./types";

/** The method as the article describes it, from SETTING_RULES: median revenue, at least 3 of 4 "Ja", equal weights. */
export const DEFAULT_SETTINGS: ResolvedSettings = {
  revenueThreshold: { kind: SETTING_RULES.revenueMethod.default },
  scoreThreshold: SETTING_RULES.scoreThreshold.default,
  weights: Object.fromEntries(CRITERIA.map((c) => [c, SETTING_RULES.weight.default])) as Record<
    Criterion,
    number
  >,
  topN: SETTING_RULES.topN.default,
  language: "nl",
};

/** How many clients (A-clients first, then the biggest others) get their name in the chart when nothing else is said (SETTING_RULES.labels). */
export const DEFAULT_LABELS = SETTING_RULES.labels.default;

/** The highest score a client can reach: the sum of the four weights. */
export function maxScoreOf(weights: Record<Criterion, number>): number {
  return CRITERIA.reduce((sum, c) => sum + weights[c], 0);
}

/** The display language asked for, falling back to Dutch. */
export function languageOf(settings: Settings | undefined): Language {
  return settings?.language === "en" ? "en" : "nl";
}

const LANGUAGES: Readonly<Record<Language, string>> = { nl: "Gebruik nl of en", en: "Use nl or en" };

/** A value as the method reads it: numbers as they are, null as empty, anything else as no number. */
const valueOf = (raw: unknown): number | null => (typeof raw === "number" ? raw : raw === null ? null : NaN);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** The kind and number of a revenue threshold, also in the old shapes "median", { amount } and { topPercent }. */
function revenueInput(raw: unknown): { kind: unknown; value?: unknown } {
  if (raw === "median") return { kind: "median" };
  if (!isObject(raw)) return { kind: undefined };
  if ("kind" in raw) return { kind: raw.kind, value: raw.kind === "amount" ? raw.amount : raw.topPercent };
  if ("amount" in raw) return { kind: "amount", value: raw.amount };
  if ("topPercent" in raw) return { kind: "topPercent", value: raw.topPercent };
  return { kind: undefined };
}

/** A setting's value as the message shows it: JSON where it has one, else its text (a BigInt, a cycle, a throwing toJSON). */
export function shownSetting(value: unknown): string {
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    try {
      return String(value);
    } catch {
      return typeof value;
    }
  }
}

/**
 * Fills in defaults and reports every invalid setting as an error, judging each by SETTING_RULES.
 * A setting left out (undefined) takes its default; null counts as empty (topN: all clients; any
 * other setting: invalid). At least one weight must be above 0. The score threshold, given or
 * default, may not exceed the sum of the weights unless a weight is invalid. `revenueThreshold` is the tagged union; for callers of the
 * earlier contract the old shapes "median", { amount } and { topPercent } are accepted too and
 * normalised to it. The resolved settings always satisfy the rules, or the log holds an error.
 */
export function resolveSettings(settings: Settings | undefined, log: ProblemLog): ResolvedSettings {
  const s = (settings ?? {}) as Record<string, unknown>;
  const language = languageOf(settings);
  const invalid = (setting: string, value: unknown, accepted: string) =>
    log.add("error", "invalid-setting", -1, -1, {
      address: "",
      setting,
      value: shownSetting(value),
      accepted,
    });
  const number = (setting: string, rule: NumberSetting, raw: unknown, maxScore: number | null = null) => {
    const checked = checkSetting(rule, valueOf(raw), maxScore);
    if (!checked.ok) invalid(setting, raw, acceptedText(rule, language, maxScore));
    return checked.ok ? checked.value : undefined;
  };

  if (s.language !== undefined && s.language !== "nl" && s.language !== "en") {
    invalid("language", s.language, LANGUAGES[language]);
  }

  let revenueThreshold: RevenueThreshold = { ...DEFAULT_SETTINGS.revenueThreshold };
  if (s.revenueThreshold !== undefined) {
    const { kind, value } = revenueInput(s.revenueThreshold);
    if (kind === "median") revenueThreshold = { kind: "median" };
    else if (kind === "topPercent" || kind === "amount") {
      const n = number(`revenueThreshold.${kind}`, kind, value ?? null);
      if (n !== undefined && n !== null) {
        revenueThreshold = kind === "amount" ? { kind, amount: n } : { kind, topPercent: n };
      }
    } else invalid("revenueThreshold", s.revenueThreshold, acceptedText("revenueMethod", language, null));
  }

  const weights = { ...DEFAULT_SETTINGS.weights };
  let weightsValid = true;
  const given = (isObject(s.weights) ? s.weights : {}) as Partial<Record<Criterion, unknown>>;
  for (const criterion of CRITERIA) {
    if (given[criterion] === undefined) continue;
    const w = number(`weights.${criterion}`, "weight", given[criterion]);
    if (w !== undefined && w !== null) weights[criterion] = w;
    else weightsValid = false;
  }
  const weightList = CRITERIA.map((c) => weights[c]);
  if (weightsValid && !someWeightAbove0(weightList)) {
    invalid("weights", weightList, SETTING_RULES.weight.noneAbove0[language]);
    weightsValid = false;
  }

  const maxScore = weightsValid ? maxScoreOf(weights) : null;
  const score = s.scoreThreshold === undefined ? DEFAULT_SETTINGS.scoreThreshold : s.scoreThreshold;
  const scoreThreshold = number("scoreThreshold", "scoreThreshold", score, maxScore);

  const topN = s.topN === undefined ? DEFAULT_SETTINGS.topN : number("topN", "topN", s.topN);

  return {
    revenueThreshold,
    scoreThreshold: scoreThreshold ?? DEFAULT_SETTINGS.scoreThreshold,
    weights,
    topN: topN ?? null,
    language,
  };
}
