import { excelTrim } from "./normalize";
import type { Cell } from "./types";

/** Labels a French list writes with a space before the colon ("Total :"). */
const FRENCH = new Set(["total", "sous-total", "sous total", "total général", "somme", "moyenne", "moy."]);

/** A label with and without a closing colon ("Totaal", "Totaal:"), a French one also with "Total :". */
const withColon = (labels: readonly string[]): string[] =>
  labels.flatMap((label) => (FRENCH.has(label) ? [label, `${label}:`, `${label} :`] : [label, `${label}:`]));

/** Labels of a total that are never a company's name, so anything may follow them. */
const NEVER_NAMES: readonly string[] = [
  "totalen",
  "subtotaal",
  "sub-totaal",
  "tussentotaal",
  "eindtotaal",
  "totaal generaal",
  "totals",
  "subtotal",
  "sub-total",
  "subtotals",
  "sub-totals",
  "grand total",
  "grand totals",
  "grandtotal",
  "grand-total",
  "total général",
  "sous-total",
  "sous total",
];

/**
 * The rule table of total rows, lower case; the engine (isTotalLabel) and the sheet's formulas (see
 * totalLabel in src/workbook/formulas.ts, on these lists as workbook names) read a name cell the same way:
 * - `words`: the label alone ("Totaal", "Som:", "Total :", "Mediaan"), or followed by a space and a digit
 *   or "(" (a year or a count: "TOTAAL 2024", "Totaal (12 klanten)", "Grand Total (3 records)"), or
 *   followed by a space and anything when the row's four answers are empty, as a total row has none
 *   ("Totaal regio Oost", "Total HTVA", "Gem. per klant"; "Total Belgium NV" with answers is a client);
 * - `starts`: labels that are never a company's name, followed by a space and anything ("Subtotaal regio
 *   West", "Sous-total Bruxelles"), or alone;
 * - `ends`: the label after a space at the end, as Excel's Data > Subtotal writes it ("West Totaal",
 *   "Antwerpen Total"), or alone.
 * So "Total Logistics NV", "Sum Up Ltd", "Som Vastgoed" (with answers) and "Totaalbouw BV" stay clients.
 */
export const TOTAL_LABELS: Readonly<Record<"words" | "starts" | "ends", readonly string[]>> = {
  words: withColon([
    ...NEVER_NAMES,
    "totaal",
    "som",
    "gemiddelde",
    "total",
    "sum",
    "average",
    "somme",
    "moyenne",
    "gem.",
    "moy.",
    "avg",
    "mediaan",
    "median",
    "médiane",
    "max",
    "min",
    "maximum",
    "minimum",
  ]),
  starts: withColon(NEVER_NAMES),
  ends: ["totaal", "subtotaal", "sub-totaal", "tussentotaal", "total", "subtotal", "sub-total"],
};

/** The ASCII letters of `letters` as a table of 128 flags, in either case. */
function asciiTable(letters: readonly number[]): Uint8Array {
  const table = new Uint8Array(128);
  for (const code of letters) {
    table[code] = 1;
    if (code >= 97 && code <= 122) table[code - 32] = 1;
  }
  return table;
}

/** The distinct characters of a list, as one string. */
const distinct = (characters: readonly string[]): string => [...new Set(characters)].join("");

/**
 * The lower-case first letters of words and starts, and last letters of ends (all ASCII): a name whose
 * trimmed text neither starts nor ends with one of them is no total, so most names are told apart at
 * once, by the engine and by the sheet's formula alike.
 */
export const TOTAL_LABEL_EDGES = {
  first: distinct([...TOTAL_LABELS.words, ...TOTAL_LABELS.starts].map((word) => word[0])),
  last: distinct(TOTAL_LABELS.ends.map((word) => word[word.length - 1])),
};

const FIRST_LETTERS = asciiTable([...TOTAL_LABEL_EDGES.first].map((letter) => letter.charCodeAt(0)));
const LAST_LETTERS = asciiTable([...TOTAL_LABEL_EDGES.last].map((letter) => letter.charCodeAt(0)));

/** True when the `length` characters of `text` from `start` equal `word` ignoring case, as `=` compares text. */
const sameAt = (text: string, start: number, word: string): boolean =>
  text.slice(start, start + word.length).toLowerCase() === word;

/** True for the character after a label that makes it a year or a count: a digit or "(". */
const countsOn = (code: number): boolean => (code >= 48 && code <= 57) || code === 40;

/**
 * True when a name cell reads like the label of a total row, as the sheet's formulas read it: Excel's
 * TRIM of the text, compared without case, by the rules of TOTAL_LABELS ("Totaal", " GRAND TOTAL ",
 * "Totaal (12 klanten)", "Subtotaal regio West", "West Totaal"; "Totaal regio Oost" when `noAnswers`, see
 * noAnswers). Not for "Total Logistics NV" with answers.
 */
export function isTotalLabel(cell: Cell, noAnswers = false): boolean {
  if (typeof cell !== "string" || cell.length < 3) return false;
  let first = 0;
  while (cell.charCodeAt(first) === 32) first++;
  let last = cell.length - 1;
  while (last > first && cell.charCodeAt(last) === 32) last--;
  const head = FIRST_LETTERS[cell.charCodeAt(first)] === 1;
  const tail = LAST_LETTERS[cell.charCodeAt(last)] === 1;
  if (!head && !tail) return false;
  const text = excelTrim(cell);
  if (head) {
    for (const word of TOTAL_LABELS.words) {
      if (!sameAt(text, 0, word)) continue;
      if (text.length === word.length) return true;
      if (text.charCodeAt(word.length) === 32 && (noAnswers || countsOn(text.charCodeAt(word.length + 1))))
        return true;
    }
    for (const word of TOTAL_LABELS.starts) {
      if (sameAt(text, 0, word) && (text.length === word.length || text.charCodeAt(word.length) === 32))
        return true;
    }
  }
  if (tail) {
    for (const word of TOTAL_LABELS.ends) {
      const start = text.length - word.length;
      if (start >= 0 && sameAt(text, start, word) && (start === 0 || text.charCodeAt(start - 1) === 32))
        return true;
    }
  }
  return false;
}

/**
 * True when a row's answer cells are all empty as the sheet reads them: LEN(TRIM(a&b&c&d))=0, so a cell of
 * spaces is empty and a number, a truth value or an error value is not. A missing column is empty.
 */
export function noAnswers(row: readonly unknown[], columns: readonly number[]): boolean {
  for (const column of columns) {
    if (column < 0 || column >= row.length) continue;
    const value = row[column];
    if (value === null || value === undefined) continue;
    if (typeof value !== "string" || excelTrim(value) !== "") return false;
  }
  return true;
}
