import { normalizeHeader } from "./normalize";
import type { Cell, Language } from "./types";

/** The columns the add-in adds right of the client table, in order; all but the first three are hidden helpers. */
export const OUTPUT_COLUMNS = [
  "total",
  "score",
  "segment",
  "check",
  "selected",
  "chartX",
  "chartA",
  "chartB",
  "chartC",
] as const;

/** One of the columns the add-in adds. */
export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];

/** How many of the added columns the user sees (Totaal, Score, Segment). */
export const VISIBLE_OUTPUT_COLUMNS = 3;

/** The header of each added column, per language. */
export const OUTPUT_HEADERS: Readonly<Record<Language, Record<OutputColumn, string>>> = {
  nl: {
    total: "Totaal",
    score: "Score",
    segment: "Segment",
    check: "ABC controle",
    selected: "ABC selectie",
    chartX: "ABC grafiek X",
    chartA: "ABC grafiek A",
    chartB: "ABC grafiek B",
    chartC: "ABC grafiek C",
  },
  en: {
    total: "Total",
    score: "Score",
    segment: "Segment",
    check: "ABC check",
    selected: "ABC selection",
    chartX: "ABC chart X",
    chartA: "ABC chart A",
    chartB: "ABC chart B",
    chartC: "ABC chart C",
  },
};

const KNOWN = new Map<string, OutputColumn>();
for (const language of ["nl", "en"] as const) {
  for (const column of OUTPUT_COLUMNS) KNOWN.set(normalizeHeader(OUTPUT_HEADERS[language][column]), column);
}

/** Which added column a header cell names, or null when it is not one of the add-in's. */
export function outputColumnOf(cell: Cell): OutputColumn | null {
  return typeof cell === "string" ? (KNOWN.get(normalizeHeader(cell)) ?? null) : null;
}
