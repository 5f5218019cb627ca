import type { Cell } from "../../src/method/types";
import { readSettingsSheet } from "../../src/workbook/readSettingsSheet";
import { SETTINGS_READ_AREA } from "../../src/workbook/settingsSheet";
import { segment, workbookWith } from "../support/workbook";
import { errorCells, expectedLetters, FOUR, sheetLetters } from "./helpers";

const TEN: Cell[][] = [
  ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ...Array.from({ length: 10 }, (_, i): Cell[] => [
    `K${i}`,
    (i + 1) * 10000,
    i * 1000,
    i % 2 ? "Ja" : "Nee",
    i % 3 ? "Ja" : "Nee",
    i % 4 ? "Ja" : "Nee",
    i > 5 ? "Ja" : "Nee",
  ]),
];

/** The settings the pane's engine reads from the sheet, and the letters it gives vs the sheet's. */
function agreement(double: ReturnType<typeof workbookWith>) {
  const sheet = readSettingsSheet(double.values("ABC-instellingen", SETTINGS_READ_AREA) as Cell[][], "nl");
  return {
    sheet: sheetLetters(double, 2, 11),
    engine: expectedLetters(double.values("Klanten", "A1:G11"), { ...sheet.settings, language: "nl" }),
    warnings: sheet.problems.map((p) => p.address),
  };
}

describe("a colleague's settings on ABC-instellingen: the sheet and the pane's engine agree", () => {
  it.each<[string, string, Cell]>([
    ["a word as score threshold", "B15", "hoog"],
    ["a negative score threshold", "B15", -1],
    ["a blank score threshold", "B15", ""],
    ["a text number '2,5' as score threshold", "B15", "2,5"],
    ["a score threshold above the sum of weights", "B15", 4.5],
    ["a negative weight", "B17", -2],
    ["a decimal weight", "B17", 0.25],
    ["a blank weight", "B16", ""],
    ["an unknown method word", "B6", "gemiddelde"],
    ["method in English", "B6", "fixed amount"],
    ["method with odd case and spaces", "B6", "  Top  %  "],
    ["top N of 0", "B10", 0],
    ["top N of 2.5", "B10", 2.5],
    ["top N of 3", "B10", 3],
    ["top N as text '3'", "B10", "3"],
    ["labels negative", "B23", -3],
  ])("%s (%s := %p)", async (_, cell, value) => {
    const double = workbookWith(TEN);
    await segment();
    double.edit("ABC-instellingen", cell, value);
    const a = agreement(double);
    expect(a.sheet).toEqual(a.engine);
    expect(errorCells(double, "Klanten", 7)).toEqual([]);
  });

  it.each<[string, Cell, Cell]>([
    ["vast bedrag with the amount blank", "vast bedrag", ""],
    ["vast bedrag with a text amount", "vast bedrag", "€ 50.000"],
    ["vast bedrag with a negative amount", "vast bedrag", -5],
    ["vast bedrag with 55000", "vast bedrag", 55000],
    ["top % with percent 150", "top %", 150],
    ["top % with percent blank", "top %", ""],
  ])("%s", async (_, method, input) => {
    const double = workbookWith(TEN);
    await segment();
    double.edit("ABC-instellingen", "B6", method);
    double.edit("ABC-instellingen", method === "top %" ? "B7" : "B8", input);
    const a = agreement(double);
    expect(a.sheet).toEqual(a.engine);
    expect(errorCells(double, "Klanten", 7)).toEqual([]);
    // the bad input shows a message beside it, and the engine warns about the same cell
    if (input === "" || input === -5 || input === 150 || typeof input === "string") {
      const row = method === "top %" ? 7 : 8;
      expect(String(double.read("ABC-instellingen", `D${row}`).value)).toMatch(/⚠/);
      expect(a.warnings).toContain(`'ABC-instellingen'!B${row}`);
    }
  });

  it("D1: the word lists, computed cells and chart helpers are protected; only the yellow inputs can be changed", async () => {
    const double = workbookWith(FOUR);
    await segment();
    expect(double.read("ABC-instellingen", "B25").value).toBe("ja");
    for (const cell of ["B25", "B42", "B9", "C16", "F6", "A1"])
      expect(() => double.edit("ABC-instellingen", cell, "jep")).toThrow(/protected/);
    expect(double.read("ABC-instellingen", "B25").value).toBe("ja");
    const values = double.values("Klanten", "A1:G5");
    expect(sheetLetters(double, 2, 5)).toEqual(expectedLetters(values));
    double.edit("ABC-instellingen", "B16", 2);
    expect(double.read("ABC-instellingen", "C16").value).toBe(2);
  });

  it("D2: a run keeps the settings sheet protected, also when a colleague unprotected it", async () => {
    const double = workbookWith(FOUR);
    await segment();
    const words = double.values("ABC-instellingen", "B24:B200").flat();
    const at = words.indexOf("totaal");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(() => double.edit("ABC-instellingen", `B${24 + at}`, "")).toThrow(/protected/);
    ["Totaal", 404000, 0].forEach((v, i) => double.edit("Klanten", `${"ABC"[i]}6`, v));
    expect(double.read("Klanten", "J6").value).toBe("");
    expect((await segment()).written).toBe(true);
    expect(() => double.edit("ABC-instellingen", "B25", "jep")).toThrow(/protected/);
  });
});
