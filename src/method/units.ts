import type { AmountUnit } from "./types";

/** The unit of amounts when no header names one. */
export const EURO: AmountUnit = { factor: 1, symbol: "€" };

/** Thousands of euros, as "k€", "x1000", "(000)" or "in duizenden" name it. */
export const THOUSAND_EURO: AmountUnit = { factor: 1000, symbol: "k€" };

/** Millions of euros, as "M€", "mio" or "in miljoenen" name it. */
export const MILLION_EURO: AmountUnit = { factor: 1_000_000, symbol: "M€" };

const SEP = "[.,' ]?";
const TIMES = "(?<![a-z])[x×*]\\s?";

/** The spellings of each unit in a header or units cell, on text as `plainText` leaves it; millions first, since "x 1.000.000" starts like "x 1.000". */
const UNIT_PATTERNS: ReadonlyArray<readonly [AmountUnit, RegExp]> = [
  [
    MILLION_EURO,
    new RegExp(
      [
        "m€",
        "€\\s?m(?:ln|io)?\\b",
        "\\bm\\s?eur(?:os?)?\\b",
        "\\bmio\\b",
        "\\bmln\\b",
        "\\bmiljoen(?:en)?\\b",
        "\\bmillions?\\b",
        `${TIMES}(?:€\\s?)?1${SEP}000${SEP}000(?!\\d)`,
        `€\\s?[x×*]\\s?1${SEP}000${SEP}000(?!\\d)`,
      ].join("|"),
      "g",
    ),
  ],
  [
    THOUSAND_EURO,
    new RegExp(
      [
        "k€",
        "€\\s?k\\b",
        "\\bk\\s?eur(?:os?)?\\b",
        `${TIMES}(?:€\\s?)?1${SEP}000(?!${SEP}\\d)`,
        `€\\s?[x×*]\\s?1${SEP}000(?!${SEP}\\d)`,
        "\\(\\s?['’]?000(?:['’]?s)?\\s?(?:€|eur(?:os?)?)?\\s?\\)",
        "(?<![\\d.,'’]\\s?)000['’]?s\\b",
        "(?<![\\d.,'’]\\s?)000\\s?(?:€|eur(?:os?)?\\b)",
        `\\bin\\s(?:€\\s?)?1${SEP}000(?!${SEP}\\d)(?:\\s?(?:€|eur(?:os?)?\\b))?`,
        "['’]000\\b",
        "€\\s?000\\b",
        "\\bin\\s000\\b",
        "\\bduizend(?:en)?\\b",
        "\\bthousands?\\b",
        "\\bmilliers?\\b",
        "\\bk\\b",
      ].join("|"),
      "g",
    ),
  ],
  [EURO, /€|\beuros?\b|\beur\b/g],
];

/** Other currencies' signs and codes: an amount column in one of them is not read as euros. */
const OTHER_CURRENCY = /[$£¥]|\b(?:usd|gbp|chf|dollars?|pounds?)\b/g;

/** True when a header names a currency other than the euro ("Revenue in $000s", "Sales (USD)"). */
export function namesOtherCurrency(plain: string): boolean {
  OTHER_CURRENCY.lastIndex = 0;
  const found = OTHER_CURRENCY.test(plain);
  OTHER_CURRENCY.lastIndex = 0;
  return found;
}

/** Lower case, without accents, with every run of white space (line breaks, non-breaking spaces) or underscores one space. */
export function plainText(text: string): string {
  const letters = /[^\x20-\x7e]/.test(text) ? text.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : text;
  return letters
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2009_]+/g, " ")
    .trim();
}

/** The unit a header or units cell names and the text without it; unit null when it names none. */
export function takeUnit(plain: string): { unit: AmountUnit | null; rest: string } {
  let unit: AmountUnit | null = null;
  let rest = plain;
  for (const [candidate, pattern] of UNIT_PATTERNS) {
    pattern.lastIndex = 0;
    if (pattern.test(rest)) {
      unit ??= candidate;
      pattern.lastIndex = 0;
      rest = rest.replace(pattern, " ");
    }
  }
  return { unit, rest: rest.replace(OTHER_CURRENCY, " ") };
}
