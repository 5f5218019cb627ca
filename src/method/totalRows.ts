import { normalizeWord } from "./normalize";
import type { Cell } from "./types";

/** The labels of a total row, lower case; the workbook's formulas leave rows so named out with the same list. */
export const TOTAL_LABELS: readonly string[] = [
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

/** True when a name cell reads like the label of a total row ("Totaal", " GRAND TOTAL ", "Som:"), as the sheet's formulas see it. */
export function isTotalLabel(cell: Cell): boolean {
  return typeof cell === "string" && SPELLINGS.has(normalizeWord(cell));
}
