import { excelDigits } from "./compare";
import { normalizeWord } from "./normalize";
import { formatDecimal, parseDecimal } from "./decimalText";
import type { Language, RevenueMethod } from "./types";

/** The settings whose value is a number; `weight` is the rule of each of the four weights. */
export type NumberSetting = "topPercent" | "amount" | "scoreThreshold" | "weight" | "topN" | "labels";

/** Every setting the rule table covers: the revenue method and the number settings. */
export type SettingKey = "revenueMethod" | NumberSetting;

/** What an empty value means: not accepted, the setting switched off (null), or the rule's default. */
export type EmptyMeaning = "invalid" | "off" | "default";

/** One number setting: the accepted range, whole numbers only or not, the default and what is accepted, in words. */
export interface NumberRule {
  /** The lowest accepted value. */
  min: number;
  /** The highest accepted value; Infinity when there is none. */
  max: number;
  /** True for the score threshold: it may not exceed the sum of the weights (compared at 15 digits, as Excel). */
  upToSumOfWeights: boolean;
  /** True when only whole numbers are accepted. */
  whole: boolean;
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
  weight: NumberRule & { default: number };
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
  topPercent: {
    min: 0,
    max: 100,
    upToSumOfWeights: false,
    whole: false,
    default: 20,
    empty: "invalid",
    accepted: { nl: always("Gebruik een getal van 0 tot 100"), en: always("Use a number from 0 to 100") },
  },
  amount: {
    min: 0,
    max: Infinity,
    upToSumOfWeights: false,
    whole: false,
    default: null,
    empty: "invalid",
    accepted: { nl: always("Gebruik een bedrag van 0 of meer"), en: always("Use an amount of 0 or more") },
  },
  scoreThreshold: {
    min: 0,
    max: Infinity,
    upToSumOfWeights: true,
    whole: false,
    default: 3,
    empty: "invalid",
    accepted: {
      nl: (max) =>
        max === null
          ? "Gebruik een getal van 0 tot de som van de gewichten"
          : `Gebruik een getal van 0 tot ${max} (de som van de gewichten)`,
      en: (max) =>
        max === null
          ? "Use a number from 0 up to the sum of the weights"
          : `Use a number from 0 to ${max} (the sum of the weights)`,
    },
  },
  weight: {
    min: 0,
    max: Infinity,
    upToSumOfWeights: false,
    whole: false,
    default: 1,
    empty: "invalid",
    accepted: { nl: always("Gebruik een gewicht van 0 of meer"), en: always("Use a weight of 0 or more") },
  },
  topN: {
    min: 1,
    max: Infinity,
    upToSumOfWeights: false,
    whole: true,
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
    max: Infinity,
    upToSumOfWeights: false,
    whole: true,
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

/**
 * Judges a value by its setting's rule. `maxScore` is the sum of the weights, which caps the score
 * threshold; pass null while a weight is invalid (the cap is then not applied). -0 is read as 0.
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
  const fits =
    Number.isFinite(value) &&
    value >= rule.min &&
    value <= rule.max &&
    (!rule.whole || Number.isInteger(value)) &&
    (!rule.upToSumOfWeights || maxScore === null || excelDigits(value) <= excelDigits(maxScore));
  return fits ? { ok: true, value: value + 0 } : { ok: false };
}

/** What a setting accepts, in words and without a closing full stop; `maxScore` as for checkSetting. */
export function acceptedText(setting: SettingKey, language: Language, maxScore: number | null): string {
  if (setting === "revenueMethod") return SETTING_RULES.revenueMethod.accepted[language];
  const max = maxScore === null ? null : formatDecimal(excelDigits(maxScore), language);
  return SETTING_RULES[setting].accepted[language](max);
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
