import { normalizeHeader } from "./normalize";
import type { Cell } from "./types";

const TOTAL_WORDS = new Set([
  "totaal",
  "total",
  "totalen",
  "totals",
  "som",
  "sum",
  "subtotaal",
  "subtotal",
  "eindtotaal",
  "grandtotal",
  "gemiddelde",
  "average",
]);

/** True when a name cell reads like the label of a total row ("Totaal", "Grand total"). */
export function isTotalLabel(cell: Cell): boolean {
  return typeof cell === "string" && TOTAL_WORDS.has(normalizeHeader(cell));
}
