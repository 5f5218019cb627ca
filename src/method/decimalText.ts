import type { Language } from "./types";

/** Grouped numbers such as 12.500,50 (Dutch) or 12,500.50 (English); a leading 0 is never a group. */
const GROUPED: Record<Language, RegExp> = {
  nl: /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/,
  en: /^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/,
};

const PLAIN = /^-?(\d+(\.\d*)?|\.\d+)$/;

const EXPONENT = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/;

/**
 * Reads a number as a user types it (in a pane field or as text in a settings cell): "2,5" and "2.5"
 * both mean 2.5, "12.500" is 12500 in Dutch, and spaces, € and % are ignored. Returns null when the
 * text is empty or not a number.
 */
export function parseDecimal(text: string, language: Language): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€%]/g, "");
  if (cleaned === "") return null;
  const [group, decimal] = language === "nl" ? [".", ","] : [",", "."];
  let normalised: string;
  if (GROUPED[language].test(cleaned)) normalised = cleaned.split(group).join("").replace(decimal, ".");
  else if (cleaned.includes(",") && cleaned.includes(".")) return null;
  else normalised = cleaned.replace(",", ".");
  return PLAIN.test(normalised) ? Number(normalised) : null;
}

/**
 * The two numbers a text can mean when its only sign is the language's decimal sign before exactly three
 * digits — "50,000" in Dutch, "50.000" in English: 50 as read, or 50000 as the other language writes
 * it — as [read, other]; null when the text means one number.
 */
export function ambiguousDecimal(text: string, language: Language): [number, number] | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€%]/g, "");
  const m = /^(-?[1-9]\d{0,2})([.,])(\d{3})$/.exec(cleaned);
  if (!m || m[2] === (language === "nl" ? "." : ",")) return null;
  return [Number(`${m[1]}.${m[3]}`), Number(m[1] + m[3])];
}

/** The shortest digits of a number without an exponent, e.g. 1e21 → "1000000000000000000000". */
function plainDigits(value: number): string {
  const text = String(value);
  const m = EXPONENT.exec(text);
  if (!m) return text;
  const [, sign, whole, fraction = "", exponent] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Writes a number the way a field shows it for editing: no grouping, no exponent, the language's
 * decimal sign; parseDecimal reads every finite number back exactly.
 */
export function formatDecimal(value: number, language: Language): string {
  const text = plainDigits(value);
  return language === "nl" ? text.replace(".", ",") : text;
}
