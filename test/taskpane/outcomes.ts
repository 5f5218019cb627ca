import { hasErrors } from "../../src/method/problems";
import { segmentTable } from "../../src/method/segmentTable";
import { type Cell, type Language, type Problem, type Settings } from "../../src/method/types";
import type { SegmentOutcome } from "../../src/excel";

/**
 * The article's four clients: Grote klant NV is A, Kleine laatbetaler C, Middelgroot BV and Belofte & Co
 * are the two kinds of B. Totals 300 000, 10 000, 60 000 and 35 000; median 47 500; revenue 339 000.
 */
export const ARTICLE_CLIENTS: Cell[][] = [
  ["Klant", "Jaaromzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Grote klant NV", 250000, 50000, "Ja", "Ja", "Nee", "Ja"],
  ["Kleine laatbetaler", 9000, 1000, "Nee", "Nee", "Ja", "Nee"],
  ["Middelgroot BV", 60000, 0, "Ja", "Nee", "Nee", "Nee"],
  ["Belofte & Co", 20000, 15000, "Ja", "Ja", "Ja", "Nee"],
];

/** What Segmenteer returns for `values` on sheet Klanten, computed by the real engine. */
export function outcomeOf(
  values: Cell[][] = ARTICLE_CLIENTS,
  settings: Settings = {},
  extra: Partial<SegmentOutcome> = {},
): SegmentOutcome {
  const result = segmentTable(values, settings, { sheet: "Klanten", row: 0, column: 0 });
  return {
    result,
    written: !hasErrors(result),
    table: "Klanten!A1:G5",
    // The list of columns read is left out here (the pane's other tests count its list items); analysedTable.test.tsx shows it.
    columnsRead: [],
    notes: [],
    syncs: 3,
    replacedSettings: [],
    remedies: [],
    ...extra,
  };
}

/** A problem as the engine reports it. */
export function problem(severity: Problem["severity"], message: string, address = ""): Problem {
  return {
    row: -1,
    column: -1,
    severity,
    code: severity === "error" ? "invalid-amount" : "empty-answer",
    message,
    address,
  };
}

/** An outcome that wrote nothing because of these problems (nobody segmented). */
export function refusedOutcome(problems: Problem[], language: Language = "nl"): SegmentOutcome {
  const base = outcomeOf(ARTICLE_CLIENTS, { language });
  return { ...base, written: false, result: { ...base.result, clients: [], problems } };
}
