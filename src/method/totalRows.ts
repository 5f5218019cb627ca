import { normalizeWord } from "./normalize";
import type { Cell } from "./types";

/** The labels of a total row, lower case; the workbook's formulas leave rows so named out with the same list. */
const TOTAL_LABELS: readonly string[] = [
  "totaal",
  "totalen",
  "subtotaal",
  "sub-totaal",
  "eindtotaal",
  "som",
  "gemiddelde",
  "total",
  "totals",
  "subtotal",
  "sub-total",
  "grand total",
  "grandtotal",
  "sum",
  "average",
];

/** Every spelling the formulas compare with: each label as it is and with a closing colon ("Totaal:"). */
export const TOTAL_SPELLINGS: readonly string[] = TOTAL_LABELS.flatMap((label) => [label, `${label}:`]);

const SPELLINGS = new Set(TOTAL_SPELLINGS);

/** The first letters of the spellings, lower case, so most names are told apart without building a word. */
const FIRST_LETTERS = new Set(TOTAL_SPELLINGS.map((word) => word.charCodeAt(0)));

/** True when a name cell reads like the label of a total row ("Totaal", " GRAND TOTAL ", "Som:"), as the sheet's formulas see it. */
export function isTotalLabel(cell: Cell): boolean {
  if (typeof cell !== "string") return false;
  let i = 0;
  while (cell.charCodeAt(i) === 32) i++;
  const first = cell.charCodeAt(i);
  const lower = first >= 65 && first <= 90 ? first + 32 : first;
  return FIRST_LETTERS.has(lower) && SPELLINGS.has(normalizeWord(cell));
}
