import fc from "fast-check";
import { segmentTable } from "../../src/method/segmentTable";
import { isTotalLabel, TOTAL_LABELS } from "../../src/method/totalRows";
import type { Cell } from "../../src/method/types";
import { CLIENT_NAMES, TOTAL_ROW_LABELS } from "../support/totalLabels";

const KLANTEN = { sheet: "Klanten", row: 0, column: 0 };
const HEADER: Cell[] = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];

/** Three clients whose totals have the median 60000; their sum, 360000, as a total row would make it 180000. */
const THREE: Cell[][] = [
  HEADER,
  ["Groot NV", 300000, 0, "Ja", "Ja", "Ja", "Nee"],
  ["Midden BV", 60000, 0, "Ja", "Nee", "Nee", "Nee"],
  ["Nieuw BV", 0, 0, "Ja", "Ja", "Ja", "Ja"],
];

describe("total rows by their label", () => {
  it.each(TOTAL_ROW_LABELS)("%p is a total row", (label) => expect(isTotalLabel(label)).toBe(true));

  it.each(CLIENT_NAMES)("%p is a client", (name) => expect(isTotalLabel(name)).toBe(false));

  it.each(["Grand Total (3 records)", "Totaal (3 klanten)", "TOTAAL 2024", "Eindtotaal", "Total général"])(
    "a last row %p is left out with a warning naming it, and the median stays 60000 (issue 11, failure 2)",
    (label) => {
      const result = segmentTable([...THREE, [label, 360000, 0, "", "", "", ""]], {}, KLANTEN);
      expect(result.clients.map((c) => c.name)).toEqual(["Groot NV", "Midden BV", "Nieuw BV"]);
      expect(result.thresholds.revenue).toBe(60000);
      expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
        "warning total-row Klanten!A5",
      ]);
      expect(result.problems[0].message).toContain(label.trim());
    },
  );

  it("leaves out the rows of Excel's Data > Subtotal between the groups (West Totaal … Eindtotaal)", () => {
    const values: Cell[][] = [
      HEADER,
      ["Aerts BV", 120000, 0, "Ja", "Ja", "Ja", "Nee"],
      ["Claes NV", 20000, 0, "Nee", "Nee", "Ja", "Nee"],
      ["West Totaal", 140000, 0, "", "", "", ""],
      ["Dubois SRL", 80000, 0, "Ja", "Ja", "Nee", "Nee"],
      ["Oost Totaal", 80000, 0, "", "", "", ""],
      ["Eindtotaal", 220000, 0, "", "", "", ""],
    ];
    const result = segmentTable(values, {}, KLANTEN);
    expect(result.clients.map((c) => c.name)).toEqual(["Aerts BV", "Claes NV", "Dubois SRL"]);
    expect(result.thresholds.revenue).toBe(80000);
    expect(result.problems.map((p) => p.address)).toEqual(["Klanten!A4", "Klanten!A6", "Klanten!A7"]);
  });

  /** Text as Excel's TRIM and `=` see it: spaces around and between words, and case, do not matter. */
  const arbSpaced = (word: string) =>
    fc
      .tuple(fc.nat({ max: 3 }), fc.nat({ max: 2 }), fc.boolean())
      .map(
        ([before, after, upper]) =>
          `${" ".repeat(before)}${(upper ? word.toUpperCase() : word).replace(/ /g, "  ")}${" ".repeat(after)}`,
      );

  it("reads every word of the rule table alone, with a year or a count after it, in any case and spacing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TOTAL_LABELS.words).chain(arbSpaced),
        fc.constantFrom("", " 2024", " (12 klanten)", " 3 records", " (k€)"),
        (label, after) => expect(isTotalLabel(label.trimEnd() + after)).toBe(true),
      ),
    );
  });

  it("reads a start followed by anything, and anything followed by an end, as a total", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TOTAL_LABELS.starts).chain(arbSpaced),
        fc.constantFrom(...TOTAL_LABELS.ends).chain(arbSpaced),
        fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,12}$/),
        (start, end, words) => {
          expect(isTotalLabel(`${start.trimEnd()} ${words}`)).toBe(true);
          expect(isTotalLabel(`${words} ${end.trimStart()}`)).toBe(true);
        },
      ),
    );
  });

  it("never reads a name glued to a total word, or a word followed by a company's name, as a total", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TOTAL_LABELS.words.filter((w) => !TOTAL_LABELS.starts.includes(w))),
        fc.stringMatching(/^[A-Z][a-z]{2,8}$/),
        fc.constantFrom("", " BV", " NV", " Ltd"),
        (word, name, form) => {
          expect(isTotalLabel(`${word} ${name}${form || " BV"}`)).toBe(false);
          expect(isTotalLabel(`${word}${name.toLowerCase()}${form}`)).toBe(false);
        },
      ),
    );
  });
});
