import type { Cell } from "../../src/method/types";
import { segment, workbookWith } from "../support/workbook";
import { expectedLetters, sheetLetters } from "./helpers";

/** Two years of revenue, as an accounting export gives them. */
const YEARS: Cell[][] = [
  ["Klant", "Omzet 2024", "Omzet 2025", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Groot NV", 300000, 280000, 0, "Ja", "Ja", "Ja", "Nee"],
  ["Klein BV", 9000, 12000, 0, "Nee", "Nee", "Ja", "Nee"],
  ["Midden", 60000, 70000, 0, "Ja", "Nee", "Nee", "Nee"],
  ["Belofte", 35000, 45000, 0, "Ja", "Ja", "Ja", "Nee"],
];

describe("credit notes typed by a colleague", () => {
  it("a negative year that the other outweighs counts in the average, unmarked, as the engine says", async () => {
    const double = workbookWith(YEARS);
    await segment();
    double.edit("Klanten", "C4", -20000);
    expect(double.read("Klanten", "I4").value).toBe(20000);
    expect(double.marked("Klanten")).toEqual([]);
    expect(sheetLetters(double, 2, 5, "K")).toEqual(expectedLetters(double.values("Klanten", "A1:H5")));
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(outcome.result.problems.map((p) => `${p.code} ${p.address}`)).toEqual([
      "negative-revenue Klanten!C4",
    ]);
    double.uninstall();
  });

  it("a credit note that makes the average negative shows ? and marks both revenue cells; Segmenteer names them", async () => {
    const double = workbookWith(YEARS);
    await segment();
    double.edit("Klanten", "C3", -20000);
    expect(double.read("Klanten", "K3").value).toBe("?");
    expect(double.marked("Klanten")).toEqual(["B3", "C3"]);
    expect(sheetLetters(double, 2, 5, "K")).toEqual(expectedLetters(double.values("Klanten", "A1:H5")));
    const outcome = await segment();
    expect(outcome.written).toBe(false);
    expect(outcome.result.problems.map((p) => `${p.code} ${p.address}`)).toEqual([
      "negative-average Klanten!B3:C3",
    ]);
    double.uninstall();
  });

  it("a credit note that cancels the other year exactly gives a Totaal of exactly 0", async () => {
    const double = workbookWith(YEARS);
    await segment();
    double.edit("Klanten", "B3", 0.3);
    double.edit("Klanten", "C3", -0.1 - 0.2);
    expect(double.read("Klanten", "I3").value).toBe(0);
    expect(double.marked("Klanten")).toEqual([]);
    double.uninstall();
  });
});
