import { excelDigits } from "./compare";
import { normalizeWord } from "./normalize";
import { ambiguousDecimal, formatDecimal, parseDecimal } from "./decimalText";
import { shownCount } from "./shownValues";
import type { Language, RevenueMethod } from "./types";

/** The settings whose value is a number; `weight` is the rule of each of the four weights. */
export type NumberSetting = "topPercent" | "amount" | "scoreThreshold" | "weight" | "topN" | "labels";

/** Every setting the rule table covers: the revenue method and the number settings. */
export type SettingKey = "revenueMethod" | NumberSetting;

/** What an empty value means: not accepted, the setting switched off (null), or the rule's default. */
export type EmptyMeaning = "invalid" | "off" | "default";

/**
 * One number setting: the accepted range, how many decimals, the default and what is accepted, in
 * words. Every bound is compared at Excel's 15 significant digits, as the settings sheet compares it.
 */
export interface NumberRule {
  /** The lower bound. */
  min: number;
  /** False when the lower bound itself is refused (a value must be above it). */
  minIncluded: boolean;
  /** The upper bound; Infinity when there is none. */
  max: number;
  /** False when the upper bound itself is refused (a value must be below it). */
  maxIncluded: boolean;
  /** True for the score threshold: it may not exceed the sum of the weights. */
  upToSumOfWeights: boolean;
  /**
   * The most decimals accepted (0: whole numbers only), or null for any; an accepted value applies
   * rounded to them as Excel's ROUND rounds, so the sheet's formulas and the method use the same number.
   */
  decimals: number | null;
  /** The value when the setting is not given, and what a new settings sheet and form show; null: none. */
  default: number | null;
  /** What an empty cell or field means. */
  empty: EmptyMeaning;
  /** What is accepted, per language, without a closing full stop; `maxScore` is the sum of the weights as text, or null while unknown. */
  accepted: Readonly<Record<Language, (maxScore: string | null) => string>>;
}

/** The revenue method: the methods, their words on the settings sheet's drop-down, the default and what is accepted. */
export interface MethodRule {
  /** The methods, in the order the settings sheet's drop-down lists them. */
  choices: readonly RevenueMethod[];
  /** Each method's word on the settings sheet, per language; the sheet accepts either language's word. */
  words: Readonly<Record<Language, Readonly<Record<RevenueMethod, string>>>>;
  default: RevenueMethod;
  /** What is accepted, per language, without a closing full stop. */
  accepted: Readonly<Record<Language, string>>;
}

/** The shape of the rule table: one rule per setting. */
export interface SettingRules {
  /** The median by default, so the default needs no number. */
  revenueMethod: MethodRule & { default: "median" };
  topPercent: NumberRule & { default: number };
  amount: NumberRule;
  scoreThreshold: NumberRule & { default: number };
  /** `noneAbove0`: the rule across the four weights, in words: at least one must be above 0. */
  weight: NumberRule & { default: number; noneAbove0: Readonly<Record<Language, string>> };
  /** Off by default; `suggested` is what the form offers when it is switched on (the article's 20 biggest clients). */
  topN: NumberRule & { suggested: number };
  /** How many clients get their name in the chart, A-clients first (0 = no names). */
  labels: NumberRule & { default: number };
}

const WORDS: MethodRule["words"] = {
  nl: { median: "mediaan", topPercent: "top %", amount: "vast bedrag" },
  en: { median: "median", topPercent: "top %", amount: "fixed amount" },
};

const always = (text: string) => () => text;

/**
 * The one table of the settings: the method (resolveSettings), the settings sheet (readSettingsSheet)
 * and the pane's form (readForm) all judge values, take defaults and word their messages from it.
 */
export const SETTING_RULES: Readonly<SettingRules> = {
  revenueMethod: {
    choices: ["median", "topPercent", "amount"],
    words: WORDS,
    default: "median",
    accepted: {
      nl: `Kies ${WORDS.nl.median}, ${WORDS.nl.topPercent} of ${WORDS.nl.amount}`,
      en: `Choose ${WORDS.en.median}, ${WORDS.en.topPercent} or ${WORDS.en.amount}`,
    },
  },
  // Above 0: top 0 % claims nobody is big, yet PERCENTILE.INC(…, 1) still makes the biggest client big.
  // Below 100: top 100 % makes the smallest client big too, so no client could be C (the article puts a
  // small client in C). At most 4 decimals (one client in a million): finer percentages only differ from
  // 100 or 0 by rounding, where Excel and the method would compute different thresholds.
  topPercent: {
    min: 0,
    minIncluded: false,
    max: 100,
    maxIncluded: false,
    upToSumOfWeights: false,
    decimals: 4,
    default: 20,
    empty: "invalid",
    accepted: {
      nl: always("Gebruik een getal groter dan 0 en kleiner dan 100, met hoogstens 4 decimalen"),
      en: always("Use a number above 0 and below 100, with at most 4 decimals"),
    },
  },
  // Above 0: every total is 0 or more, so an amount of 0 (or less) makes every client big. A high amount
  // that no client reaches is a target the article leaves to the company, so there is no upper bound.
  amount: {
    min: 0,
    minIncluded: false,
    max: Infinity,
    maxIncluded: false,
    upToSumOfWeights: false,
    decimals: null,
    default: null,
    empty: "invalid",
    accepted: { nl: always("Gebruik een bedrag groter dan 0"), en: always("Use an amount above 0") },
  },
  // Above 0: a client with four times Nee scores 0 and belongs left (C or B); at most the sum of the
  // weights, or no client could be right even with four times Ja.
  scoreThreshold: {
    min: 0,
    minIncluded: false,
    max: Infinity,
    maxIncluded: false,
    upToSumOfWeights: true,
    decimals: null,
    default: 3,
    empty: "invalid",
    accepted: {
      nl: (max) =>
        max === null
          ? "Gebruik een getal groter dan 0 en hoogstens de som van de gewichten"
          : `Gebruik een getal groter dan 0 en hoogstens ${max} (de som van de gewichten)`,
      en: (max) =>
        max === null
          ? "Use a number above 0 and at most the sum of the weights"
          : `Use a number above 0 and at most ${max} (the sum of the weights)`,
    },
  },
  // 0 switches a question off; a Ja never moves a client left, so no weight is negative; 100 at most
  // (a weight only matters against the others, and the sum stays a number Excel can add); and at least
  // one weight above 0, or every score is 0 and the questions decide nothing.
  weight: {
    min: 0,
    minIncluded: true,
    max: 100,
    maxIncluded: true,
    upToSumOfWeights: false,
    decimals: null,
    default: 1,
    empty: "invalid",
    accepted: { nl: always("Gebruik een gewicht van 0 tot 100"), en: always("Use a weight from 0 to 100") },
    noneAbove0: {
      nl: "Geef minstens één vraag een gewicht groter dan 0",
      en: "Give at least one question a weight above 0",
    },
  },
  // More than the number of clients is all clients, as the article's "20 biggest" of a shorter list.
  topN: {
    min: 1,
    minIncluded: true,
    max: Infinity,
    maxIncluded: false,
    upToSumOfWeights: false,
    decimals: 0,
    default: null,
    suggested: 20,
    empty: "off",
    accepted: {
      nl: always("Gebruik een geheel getal van 1 of meer, of laat leeg voor alle klanten"),
      en: always("Use a whole number of 1 or more, or leave empty for all clients"),
    },
  },
  labels: {
    min: 0,
    minIncluded: true,
    max: Infinity,
    maxIncluded: false,
    upToSumOfWeights: false,
    decimals: 0,
    default: 20,
    empty: "default",
    accepted: {
      nl: always("Gebruik een geheel getal van 0 of meer (0 = geen namen)"),
      en: always("Use a whole number of 0 or more (0 = no names)"),
    },
  },
};

/** A value as a reader found it: a number (NaN when it is no number at all), or null when it is empty. */
export type SettingValue = number | null;

/** The verdict on a value: accepted (null = switched off), or not. */
export type SettingCheck = { ok: true; value: number | null } | { ok: false };

/** Excel's ROUND(value, decimals): half away from zero, on the double as it is. */
export function excelRound(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return value < 0 ? -Math.round(-value * scale) / scale : Math.round(value * scale) / scale;
}

/** `a` against `b` as Excel's comparison operators decide: -1, 0 or 1, equal when they agree to 15 digits. */
function compared(a: number, b: number): number {
  const [x, y] = [excelDigits(a), excelDigits(b)];
  return x === y ? 0 : x < y ? -1 : 1;
}

/** True when a finite number fits a rule's bounds and decimals, each compared at 15 digits as the sheet compares. */
function fitsRule(rule: NumberRule, value: number, maxScore: number | null): boolean {
  const low = compared(value, rule.min);
  const high = rule.max === Infinity ? -1 : compared(value, rule.max);
  return (
    (rule.minIncluded ? low >= 0 : low > 0) &&
    (rule.maxIncluded ? high <= 0 : high < 0) &&
    (rule.decimals === null || compared(value, excelRound(value, rule.decimals)) === 0) &&
    (!rule.upToSumOfWeights || maxScore === null || compared(value, maxScore) <= 0)
  );
}

/**
 * Judges a value by its setting's rule, at Excel's 15 digits; an accepted value comes back rounded to
 * the rule's decimals (20.000000000000004 as top N is 20). `maxScore` is the sum of the weights, which
 * caps the score threshold; pass null while a weight is invalid (the cap is then not applied). -0 is read as 0.
 */
export function checkSetting(
  setting: NumberSetting,
  value: SettingValue,
  maxScore: number | null,
): SettingCheck {
  const rule = SETTING_RULES[setting];
  if (value === null) {
    switch (rule.empty) {
      case "off":
        return { ok: true, value: null };
      case "default":
        return rule.default === null ? { ok: false } : { ok: true, value: rule.default };
      case "invalid":
        return { ok: false };
    }
  }
  if (!Number.isFinite(value) || !fitsRule(rule, value, maxScore)) return { ok: false };
  return { ok: true, value: (rule.decimals === null ? value : excelRound(value, rule.decimals)) + 0 };
}

/** False when the four accepted weights are all 0 (every score would be 0): SETTING_RULES.weight.noneAbove0. */
export function someWeightAbove0(weights: readonly number[]): boolean {
  return weights.some((w) => w !== 0);
}

/** What a setting accepts, in words and without a closing full stop; `maxScore` as for checkSetting. */
export function acceptedText(setting: SettingKey, language: Language, maxScore: number | null): string {
  if (setting === "revenueMethod") return SETTING_RULES.revenueMethod.accepted[language];
  const max = maxScore === null ? null : formatDecimal(excelDigits(maxScore), language);
  return SETTING_RULES[setting].accepted[language](max);
}

/**
 * What a pane field says when its text can mean two numbers (ambiguousDecimal), without a closing full
 * stop: "'50,000' kan 50 of 50.000 betekenen: typ 50 of 50.000"; null when it means one.
 */
export function ambiguousText(text: string, language: Language): string | null {
  const readings = ambiguousDecimal(text, language);
  if (!readings) return null;
  const [read, other] = readings;
  const a = formatDecimal(read, language);
  const b = shownCount(other, language);
  return language === "nl"
    ? `'${text.trim()}' kan ${a} of ${b} betekenen: typ ${a} of ${b}`
    : `'${text.trim()}' can mean ${a} or ${b}: type ${a} or ${b}`;
}

/** Reads a value typed as text in a pane field: null when blank, NaN when no number. */
export function settingValueOfText(text: string, language: Language): SettingValue {
  if (text.trim() === "") return null;
  return parseDecimal(text, language) ?? NaN;
}

/** The revenue method a word names, in either language and any case ("Vast bedrag", "median"); null when none. */
export function methodOfWord(word: string): RevenueMethod | null {
  const wanted = normalizeWord(word);
  for (const language of ["nl", "en"] as const) {
    const rule = SETTING_RULES.revenueMethod;
    const found = rule.choices.find((method) => rule.words[language][method] === wanted);
    if (found) return found;
  }
  return null;
}
