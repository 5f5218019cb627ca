import fc from "fast-check";
import { formatDecimal } from "../../src/method/decimalText";
import { ProblemLog } from "../../src/method/problems";
import { segmentTable } from "../../src/method/segmentTable";
import { resolveSettings } from "../../src/method/settings";
import { CRITERIA, type Cell, type Language, type Settings } from "../../src/method/types";
import { readForm } from "../../src/taskpane/readForm";
import { formFromStored, type SettingsForm } from "../../src/taskpane/settingsForm";
import { readSettingsSheet } from "../../src/workbook/readSettingsSheet";
import { SETTINGS_READ_AREA } from "../../src/workbook/settingsSheet";
import type { ExcelDouble } from "../double";
import { segment, workbookWith } from "../support/workbook";
import { expectedLetters, HEADER, sheetLetters } from "./helpers";

/*
 * A colleague types an edge value into a yellow cell of ABC-instellingen. The sheet's own formulas (in
 * the test double), the method (resolveSettings, then segmentTable) and the pane's form (readForm, the
 * value typed as text) must give the same verdict and, when they accept it, apply the same value and
 * compute the same threshold; the letters on the sheet are the method's.
 */

/** 20 clients whose totals are far apart at both ends (a tiny smallest, a huge biggest) and equal in the middle. */
const CLIENTS: Cell[][] = [
  HEADER,
  ...Array.from({ length: 20 }, (_, i): Cell[] => [
    `Klant ${i + 1}`,
    i === 0 ? 1 : i === 19 ? 5e6 : i >= 8 && i <= 10 ? 60000 : 10000 * (i + 1),
    i % 3 === 0 ? 2500 : 0,
    i % 2 ? "Ja" : "Nee",
    i % 3 ? "Ja" : "Nee",
    i % 4 ? "Ja" : "Nee",
    i > 12 ? "Ja" : "Nee",
  ]),
];
const LAST_ROW = CLIENTS.length;

/** The settings a case varies and the cell each sits in. */
type Edited = "topPercent" | "amount" | "scoreThreshold" | "weight" | "topN";
const CELL: Record<Edited, string> = {
  topPercent: "B7",
  amount: "B8",
  scoreThreshold: "B15",
  weight: "B16",
  topN: "B10",
};
const METHOD_WORD: Partial<Record<Edited, string>> = { topPercent: "top %", amount: "vast bedrag" };

/** Puts the settings sheet back to the article's defaults. */
function resetInputs(double: ExcelDouble): void {
  const inputs: Array<[string, Cell]> = [
    ["B6", "mediaan"],
    ["B7", 20],
    ["B8", ""],
    ["B10", ""],
    ["B15", 3],
    ["B16", 1],
    ["B17", 1],
    ["B18", 1],
    ["B19", 1],
  ];
  for (const [cell, value] of inputs) double.edit("ABC-instellingen", cell, value);
}

/** The settings a value stands for, as the method gets them (the other settings at their defaults). */
function settingsWith(edited: Edited, value: number, language: Language): Settings {
  switch (edited) {
    case "topPercent":
      return { revenueThreshold: { kind: "topPercent", topPercent: value }, language };
    case "amount":
      return { revenueThreshold: { kind: "amount", amount: value }, language };
    case "scoreThreshold":
      return { scoreThreshold: value, language };
    case "weight":
      return {
        weights: { marge: value, snelheid: 1, innovatie: 1, netwerk: 1 },
        scoreThreshold: 1,
        language,
      };
    case "topN":
      return { topN: value, language };
  }
}

/** The form with the value typed in its field (the other fields at their defaults). */
function formWith(edited: Edited, value: number, language: Language): SettingsForm {
  const form = formFromStored(null, language);
  const typed = formatDecimal(value, language);
  switch (edited) {
    case "topPercent":
      return { ...form, method: "topPercent", topPercent: typed };
    case "amount":
      return { ...form, method: "amount", amount: typed };
    case "scoreThreshold":
      return { ...form, scoreThreshold: typed };
    case "weight":
      return { ...form, scoreThreshold: "1", weights: { ...form.weights, marge: typed } };
    case "topN":
      return { ...form, topNOn: true, topN: typed };
  }
}

/** What the method makes of the value: accepted or not, the settings it applies and the thresholds it computes. */
function byMethod(edited: Edited, value: number, language: Language) {
  const log = new ProblemLog(language);
  const settings = settingsWith(edited, value, language);
  const resolved = resolveSettings(settings, log);
  const accepted = log.finish().length === 0;
  const result = segmentTable(CLIENTS, settings);
  return { accepted, resolved, thresholds: result.thresholds };
}

/** Types the value into its cell (with the method that uses it) and reads what the sheet's formulas make of it. */
function bySheet(double: ExcelDouble, edited: Edited, value: number) {
  resetInputs(double);
  const method = METHOD_WORD[edited];
  if (method) double.edit("ABC-instellingen", "B6", method);
  if (edited === "weight") double.edit("ABC-instellingen", "B15", 1);
  double.edit("ABC-instellingen", CELL[edited], value);
  const row = Number(CELL[edited].slice(1));
  const read = (cell: string) => double.read("ABC-instellingen", cell).value;
  const values = double.values("ABC-instellingen", SETTINGS_READ_AREA) as Cell[][];
  return {
    flagged: String(read(`D${row}`)).startsWith("⚠"),
    applied: read(`C${row}`),
    revenue: read("B9"),
    score: read("C15"),
    reader: readSettingsSheet(values, "nl"),
    letters: sheetLetters(double, 2, LAST_ROW),
  };
}

/** The value the method applies for the edited setting. */
function appliedByMethod(edited: Edited, resolved: ReturnType<typeof byMethod>["resolved"]): unknown {
  const rt = resolved.revenueThreshold;
  switch (edited) {
    case "topPercent":
      return rt.kind === "topPercent" ? rt.topPercent : null;
    case "amount":
      return rt.kind === "amount" ? rt.amount : null;
    case "scoreThreshold":
      return resolved.scoreThreshold;
    case "weight":
      return resolved.weights.marge;
    case "topN":
      return resolved.topN;
  }
}

/** Checks that the sheet, the method and the form agree on a value; returns whether it was accepted. */
function expectAgreement(double: ExcelDouble, edited: Edited, value: number): boolean {
  const sheet = bySheet(double, edited, value);
  const method = byMethod(edited, value, "nl");
  const form = readForm(formWith(edited, value, "nl"), "nl");
  expect({ value, sheetFlags: sheet.flagged }).toEqual({ value, sheetFlags: !method.accepted });
  expect({ value, readerWarns: sheet.reader.problems.length > 0 }).toEqual({
    value,
    readerWarns: !method.accepted,
  });
  expect({ value, formAccepts: form.valid }).toEqual({ value, formAccepts: method.accepted });
  if (method.accepted) {
    expect({ value, applied: sheet.applied }).toEqual({
      value,
      applied: appliedByMethod(edited, method.resolved),
    });
    expect({ value, revenue: sheet.revenue, score: sheet.score }).toEqual({
      value,
      revenue: method.thresholds.revenue,
      score: method.thresholds.score,
    });
    if (form.valid) {
      const fromForm = byMethod(edited, value, "nl");
      expect(resolveSettings(form.settings, new ProblemLog("nl"))).toEqual(fromForm.resolved);
    }
  }
  const engine = expectedLetters(CLIENTS, { ...sheet.reader.settings, language: "nl" });
  expect({ value, letters: sheet.letters }).toEqual({ value, letters: engine });
  return method.accepted;
}

/** Each setting's edges: [value, accepted by all three]. */
const EDGES: Record<Edited, Array<[number, boolean]>> = {
  topPercent: [
    [0, false],
    [-0.0001, false],
    [0.0001, true],
    [0.00001, false],
    [20, true],
    [99.9999, true],
    [99.99999999999993, false],
    [100, false],
    [100.00000000000001, false],
    [33.33330000000001, true],
  ],
  amount: [
    [0, false],
    [-1, false],
    [1e-300, true],
    [0.01, true],
    [60000, true],
    [1e300, true],
  ],
  scoreThreshold: [
    [0, false],
    [-0.5, false],
    [0.001, true],
    [4, true],
    [4.000000000000001, true],
    [4.00001, false],
  ],
  weight: [
    [-0.1, false],
    [0, true],
    [100, true],
    [100.5, false],
    [1e308, false],
  ],
  topN: [
    [0, false],
    [1, true],
    [2.5, false],
    [19.999999999999996, true],
    [20.000000000000004, true],
    [21, true],
    [1e6, true],
  ],
};

describe("an edge value typed on ABC-instellingen: the sheet, the method and the pane agree", () => {
  let double: ExcelDouble;
  beforeAll(async () => {
    double = workbookWith(CLIENTS);
    await segment();
  });

  for (const edited of Object.keys(EDGES) as Edited[]) {
    it.each(EDGES[edited])(`${edited} %p (accepted: %p)`, (value, accepted) => {
      expect(expectAgreement(double, edited, value)).toBe(accepted);
    });
  }

  it("flags four weights of 0 beside each weight, applies 1 to each, and the method and the pane refuse them", () => {
    resetInputs(double);
    for (const c of ["B16", "B17", "B18", "B19"]) double.edit("ABC-instellingen", c, 0);
    const read = (cell: string) => double.read("ABC-instellingen", cell).value;
    for (const row of [16, 17, 18, 19]) {
      expect(String(read(`D${row}`))).toContain("Geef minstens één vraag een gewicht groter dan 0");
      expect(read(`C${row}`)).toBe(1);
    }
    const values = double.values("ABC-instellingen", SETTINGS_READ_AREA) as Cell[][];
    const reader = readSettingsSheet(values, "nl");
    expect(reader.problems.map((p) => p.address)).toEqual(
      ["B16", "B17", "B18", "B19"].map((c) => `'ABC-instellingen'!${c}`),
    );
    expect(reader.problems[0].message).toContain(String(read("D16")).replace(/^⚠ Ongeldige waarde\. /, ""));
    expect(sheetLetters(double, 2, LAST_ROW)).toEqual(expectedLetters(CLIENTS, reader.settings));
    const zeros = Object.fromEntries(CRITERIA.map((c) => [c, 0])) as Record<
      (typeof CRITERIA)[number],
      number
    >;
    const log = new ProblemLog("nl");
    resolveSettings({ weights: zeros, scoreThreshold: 1 }, log);
    expect(log.finish().map((p) => p.message)).toEqual([
      "Instelling weights: [0,0,0,0] is ongeldig. Geef minstens één vraag een gewicht groter dan 0.",
    ]);
    const form = formFromStored(null, "nl");
    const reading = readForm(
      { ...form, weights: { marge: "0", snelheid: "0", innovatie: "0", netwerk: "0" } },
      "nl",
    );
    expect(reading.valid).toBe(false);
  });

  it("agrees on random values near and between the edges", () => {
    const near = (edited: Edited) => EDGES[edited].map(([v]) => v);
    const arb = fc.oneof(
      ...(Object.keys(EDGES) as Edited[]).map((edited) =>
        fc.tuple(
          fc.constant(edited),
          fc.oneof(
            fc.constantFrom(...near(edited)),
            fc.double({ min: -1, max: 120, noNaN: true }),
            fc.integer({ min: -2, max: 40 }),
            fc
              .constantFrom(...near(edited))
              .chain((v) =>
                fc
                  .integer({ min: -3, max: 3 })
                  .map((ulps) => v + ulps * Math.max(Math.abs(v), 1) * Number.EPSILON),
              ),
          ),
        ),
      ),
    );
    fc.assert(
      fc.property(arb, ([edited, value]) => {
        expectAgreement(double, edited, value);
      }),
      { numRuns: 150 },
    );
  });
});

describe("blanks a colleague leaves in an optional setting: the flag beside it agrees with what applies", () => {
  const BLANKS: Array<[string, Cell]> = [
    ["a space", " "],
    ["three spaces", "   "],
    ["a formula giving an empty text", '=""'],
    ["nothing", ""],
  ];
  const OPTIONAL: Array<[string, string]> = [
    ["top N", "B10"],
    ["the number of names", "B23"],
  ];
  it.each(
    OPTIONAL.flatMap(([name, cell]) => BLANKS.map(([blank, value]) => [name, cell, blank, value] as const)),
  )(
    "%s holding %s is not flagged, and the reader warns nothing (a space once got ⚠ while the default applied)",
    async (_, cell, __, value) => {
      const double = workbookWith(CLIENTS);
      await segment();
      double.edit("ABC-instellingen", cell, value);
      const row = Number(cell.slice(1));
      const reader = readSettingsSheet(
        double.values("ABC-instellingen", SETTINGS_READ_AREA) as Cell[][],
        "nl",
      );
      expect(String(double.read("ABC-instellingen", `D${row}`).value)).not.toMatch(/^⚠/);
      expect(reader.problems.filter((p) => p.address.endsWith(`!${cell}`))).toEqual([]);
      expect(sheetLetters(double, 2, LAST_ROW)).toEqual(expectedLetters(CLIENTS, reader.settings));
    },
  );
});
