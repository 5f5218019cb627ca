/**
 * Letters that stand for a part of a date or a time in a number format: day, month or minute, year,
 * hour, second in Excel's codes, and the Dutch and French letters a localized format uses (jaar, jour,
 * uur, année); `[h]`, `[m]` and `[s]` (elapsed time) are kept for this test.
 */
const DATE_LETTERS = /[dmyhsjua]/i;

/** Parts of a format that print no date: quoted text, an escaped or spacing character, brackets other than elapsed time, General. */
const NOT_CODES = /"[^"]*"?|\\.|[_*].|\[(?![hms]+\])[^\]]*\]|general/gi;

/** Splits a format into its sections at the semicolons that are not inside quotes. */
function sections(format: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/**
 * True when a number format shows a number as a date or a time ("d/m/yyyy", "[$-813]d mmmm yyyy",
 * "h:mm", "yyyy-mm-dd;@", Dutch "dd-mm-jj"); false for amounts, percentages, General and text, also
 * when a "d" or "m" only appears as quoted or escaped text. Only the sections for numbers are read.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  return sections(format)
    .slice(0, 3)
    .some((section) => DATE_LETTERS.test(section.replace(NOT_CODES, "")));
}
