import type { ProblemLog } from "./problems";
import { CRITERIA, type Criterion, type Language, type ResolvedSettings, type Settings } from "./types";

/** The method as the article describes it: median revenue, at least 3 of 4 "Ja", equal weights. */
export const DEFAULT_SETTINGS: ResolvedSettings = {
  revenueThreshold: "median",
  scoreThreshold: 3,
  weights: { marge: 1, snelheid: 1, innovatie: 1, netwerk: 1 },
  topN: null,
  language: "nl",
};

/** How many of the biggest clients get their name in the chart when nothing else is said. */
export const DEFAULT_LABELS = 20;

/** The highest score a client can reach: the sum of the four weights. */
export function maxScoreOf(weights: Record<Criterion, number>): number {
  return CRITERIA.reduce((sum, c) => sum + weights[c], 0);
}

const isAmount = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;

const ACCEPTED: Record<Language, Record<string, string>> = {
  nl: {
    revenueThreshold: "Kies mediaan, een vast bedrag van 0 of meer, of een top-% van 0 tot 100",
    scoreThreshold: "Gebruik een getal van 0 of meer",
    weight: "Gebruik een gewicht van 0 of meer",
    topN: "Gebruik een geheel getal van 1 of meer, of laat leeg voor alle klanten",
    language: "Gebruik nl of en",
  },
  en: {
    revenueThreshold: "Choose median, a fixed amount of 0 or more, or a top % from 0 to 100",
    scoreThreshold: "Use a number of 0 or more",
    weight: "Use a weight of 0 or more",
    topN: "Use a whole number of 1 or more, or leave empty for all clients",
    language: "Use nl or en",
  },
};

/** The display language asked for, falling back to Dutch. */
export function languageOf(settings: Settings | undefined): Language {
  return settings?.language === "en" ? "en" : "nl";
}

/** Fills in defaults and reports every invalid setting as an error. */
export function resolveSettings(settings: Settings | undefined, log: ProblemLog): ResolvedSettings {
  const s = (settings ?? {}) as Record<string, unknown>;
  const language = languageOf(settings);
  const accepted = ACCEPTED[language];
  const invalid = (setting: string, value: unknown, rule: string) =>
    log.add("error", "invalid-setting", -1, -1, {
      address: "",
      setting,
      value: JSON.stringify(value) ?? String(value),
      accepted: accepted[rule],
    });

  if (s.language !== undefined && s.language !== "nl" && s.language !== "en") {
    invalid("language", s.language, "language");
  }

  let revenueThreshold = DEFAULT_SETTINGS.revenueThreshold;
  const rt = s.revenueThreshold as unknown;
  if (rt !== undefined) {
    if (rt === "median") revenueThreshold = "median";
    else if (rt && typeof rt === "object" && "amount" in rt && isAmount(rt.amount)) {
      revenueThreshold = { amount: rt.amount };
    } else if (
      rt &&
      typeof rt === "object" &&
      "topPercent" in rt &&
      isAmount(rt.topPercent) &&
      rt.topPercent <= 100
    ) {
      revenueThreshold = { topPercent: rt.topPercent };
    } else invalid("revenueThreshold", rt, "revenueThreshold");
  }

  let scoreThreshold = DEFAULT_SETTINGS.scoreThreshold;
  if (s.scoreThreshold !== undefined) {
    if (isAmount(s.scoreThreshold)) scoreThreshold = s.scoreThreshold;
    else invalid("scoreThreshold", s.scoreThreshold, "scoreThreshold");
  }

  const weights = { ...DEFAULT_SETTINGS.weights };
  const given = (s.weights ?? {}) as Partial<Record<Criterion, unknown>>;
  for (const criterion of CRITERIA) {
    const w = given[criterion];
    if (w === undefined) continue;
    if (isAmount(w)) weights[criterion] = w;
    else invalid(`weights.${criterion}`, w, "weight");
  }

  let topN: number | null = null;
  if (s.topN !== undefined && s.topN !== null) {
    if (typeof s.topN === "number" && Number.isInteger(s.topN) && s.topN >= 1) topN = s.topN;
    else invalid("topN", s.topN, "topN");
  }

  return { revenueThreshold, scoreThreshold, weights, topN, language };
}
