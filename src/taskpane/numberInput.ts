import type { Language } from "../method";

/** Grouped numbers such as 12.500,50 (Dutch) or 12,500.50 (English); a leading 0 is never a group. */
const GROUPED: Record<Language, RegExp> = {
  nl: /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/,
  en: /^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/,
};

const PLAIN = /^-?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads a number as a user types it in a field: "2,5" and "2.5" both mean 2.5, "12.500" is 12500 in
 * Dutch, and spaces, € and % are ignored. Returns null when the text is empty or not a number.
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

/** Writes a number the way a field shows it for editing: no grouping, the language's decimal sign. */
export function formatDecimal(value: number, language: Language): string {
  const text = String(value);
  return language === "nl" ? text.replace(".", ",") : text;
}
