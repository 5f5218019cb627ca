import { segmentTable } from "../../src/method/segmentTable";
import type { Cell, Settings } from "../../src/method/types";
import { OUTSIDE_MARK } from "../../src/workbook/formulas";
import type { ExcelDouble } from "../double";
import { segment, workbookWith } from "../support/workbook";

/**
 * What a colleague without the add-in does to the shared workbook, one failure of issue 9 per block:
 * each edit either keeps every letter right or marks the row with ? and the offending cell, and no
 * formula the add-in wrote ever shows an Excel error value.
 */

const HEADER: Cell[] = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];
const FOUR: Cell[][] = [
  HEADER,
  ["Groot NV", 300000, 0, "Ja", "Ja", "Ja", "Nee"],
  ["Klein BV", 9000, 0, "Nee", "Nee", "Ja", "Nee"],
  ["Midden", 60000, 0, "Ja", "Nee", "Nee", "Nee"],
  ["Belofte", 35000, 0, "Ja", "Ja", "Ja", "Nee"],
];
const ERROR = /^#/;

/** Every value in the add-in's columns (H:P) and on its settings sheet that is an Excel error value. */
function errorValues(double: ExcelDouble, lastRow = 60): string[] {
  const found: string[] = [];
  const scan = (sheet: string, address: string) =>
    double
      .values(sheet, address)
      .flat()
      .forEach((v) => {
        if (typeof v === "string" && ERROR.test(v)) found.push(`${sheet}!${address}: ${v}`);
      });
  scan("Klanten", `H1:P${lastRow}`);
  scan("ABC-instellingen", "A1:H80");
  return found;
}

/** The letters the engine gives the sheet's rows (by 1-based row), with rows it rejects shown as ?. */
function expectedLetters(values: Cell[][], settings: Settings = {}): Record<number, Cell> {
  const first = segmentTable(values, settings);
  const rejected = new Set(first.problems.filter((p) => p.severity === "error").map((p) => p.row));
  const kept = values.map((row, r) => (rejected.has(r) ? row.map(() => "") : row));
  const result = segmentTable(kept, settings);
  const letters: Record<number, Cell> = {};
  for (const c of result.clients) letters[c.row + 1] = c.segment;
  for (const c of result.outside) letters[c.row + 1] = OUTSIDE_MARK;
  for (const r of rejected) letters[r + 1] = "?";
  return letters;
}

/** The sheet's Segment letters (column J) of rows 2..last. */
function sheetLetters(double: ExcelDouble, last: number): Record<number, Cell> {
  const letters: Record<number, Cell> = {};
  double.values("Klanten", `J2:J${last}`).forEach(([v], i) => {
    if (v !== "") letters[i + 2] = v;
  });
  return letters;
}

const current = (double: ExcelDouble, rows = 5) => double.values("Klanten", `A1:G${rows}`);

async function segmented(values: Cell[][] = FOUR, settings?: Settings): Promise<ExcelDouble> {
  const double = workbookWith(values);
  const outcome = await segment(settings);
  expect(outcome.written).toBe(true);
  return double;
}

describe("a colleague edits the shared workbook without the add-in", () => {
  it("clears the only amount of a client: that row shows ?, the cell is marked, every other letter stays right", async () => {
    const double = await segmented();
    double.edit("Klanten", "B3", "");
    expect(sheetLetters(double, 5)).toEqual(expectedLetters(current(double)));
    expect(double.read("Klanten", "J3").value).toBe("?");
    expect(double.read("Klanten", "H3").value).toBe("");
    expect(double.marked("Klanten")).toEqual(["B3"]);
    expect(errorValues(double)).toEqual([]);
    expect(double.read("ABC-instellingen", "B12").value).toBe(3);
  });

  it.each([
    ["a number stored as text", "'9000"],
    ["an amount from a CSV as text", "€ 260.000,00"],
    ["an error value", "=1/0"],
    ["a negative amount", -500],
  ])("types %s as an amount: ? and a mark, never a silently different letter", async (_, content) => {
    const double = await segmented();
    double.edit("Klanten", "B4", content as Cell);
    expect(sheetLetters(double, 5)).toEqual(expectedLetters(current(double)));
    expect(double.read("Klanten", "J4").value).toBe("?");
    expect(double.marked("Klanten")).toEqual(["B4"]);
    expect(errorValues(double)).toEqual([]);
  });

  it.each(["misschien", "jaa", "*", "?", "j*", "~"])(
    "answers %p: the row shows ?, the answer is marked, it never counts as Ja or Nee",
    async (answer) => {
      const double = await segmented();
      double.edit("Klanten", "F2", answer);
      expect(double.read("Klanten", "J2").value).toBe("?");
      expect(double.marked("Klanten")).toEqual(["F2"]);
      expect(sheetLetters(double, 5)).toEqual(expectedLetters(current(double)));
      expect(errorValues(double)).toEqual([]);
    },
  );

  it("keeps accepted spellings working: ' JA ', 'x', 1 and an empty answer", async () => {
    const double = await segmented();
    for (const [cell, answer] of [
      ["D2", " JA "],
      ["E2", "x"],
      ["F2", 1],
      ["G2", ""],
    ] as const)
      double.edit("Klanten", cell, answer);
    expect(double.marked("Klanten")).toEqual([]);
    expect(double.read("Klanten", "I2").value).toBe(3);
    expect(sheetLetters(double, 5)).toEqual(expectedLetters(current(double)));
  });

  it("types a word as a weight or an unknown method: the default applies, a message shows beside it", async () => {
    const double = await segmented();
    const before = sheetLetters(double, 5);
    double.edit("ABC-instellingen", "B16", "veel");
    expect(double.read("ABC-instellingen", "C16").value).toBe(1);
    expect(String(double.read("ABC-instellingen", "D16").value)).toMatch(
      /^⚠ .*Tot u dit verbetert, geldt 1\.$/,
    );
    expect(sheetLetters(double, 5)).toEqual(before);
    double.edit("ABC-instellingen", "B6", "gemiddeld");
    expect(double.read("ABC-instellingen", "C6").value).toBe("mediaan");
    expect(String(double.read("ABC-instellingen", "D6").value)).toContain("⚠");
    expect(sheetLetters(double, 5)).toEqual(before);
    expect(errorValues(double)).toEqual([]);
  });

  it("compares at 15 digits as Excel: weights 0.1 and 0.7 reach a score threshold of 0.8", async () => {
    const settings: Settings = {
      scoreThreshold: 0.8,
      weights: { marge: 0.1, snelheid: 0.7, innovatie: 1, netwerk: 1 },
    };
    const values: Cell[][] = [
      HEADER,
      ["Precies", 100, 0, "Ja", "Ja", "Nee", "Nee"],
      ["Ander", 50, 0, "Nee", "Nee", "Nee", "Nee"],
    ];
    const double = workbookWith(values);
    const outcome = await segment(settings);
    expect(outcome.result.clients.map((c) => c.segment)).toEqual(["A", "C"]);
    expect(double.values("Klanten", "J2:J3").flat()).toEqual(["A", "C"]);
  });

  it("types a new client directly below a plain list: it is segmented and counted in the median", async () => {
    const double = await segmented();
    const newcomer: Cell[] = ["Nieuw", 500000, 0, "Ja", "Ja", "Ja", "Ja"];
    newcomer.forEach((v, i) => double.edit("Klanten", `${"ABCDEFG"[i]}6`, v));
    expect(double.read("ABC-instellingen", "B12").value).toBe(5);
    expect(sheetLetters(double, 6)).toEqual(expectedLetters(current(double, 6)));
    expect(double.read("Klanten", "J6").value).toBe("A");
  });

  it("types a total row below the list: left out by the sheet exactly as by the add-in", async () => {
    const double = await segmented();
    ["Totaal", 404000, 0].forEach((v, i) => double.edit("Klanten", `${"ABC"[i]}6`, v));
    expect(double.read("Klanten", "J6").value).toBe("");
    expect(double.read("ABC-instellingen", "B12").value).toBe(4);
    expect(sheetLetters(double, 6)).toEqual(expectedLetters(current(double, 6)));
  });

  it("adds a client and a total row to an Excel Table: the Table grows, the client counts, the total does not", async () => {
    const double = workbookWith(FOUR, {
      tables: [{ sheet: "Klanten", name: "Portefeuille", address: "A1:G5" }],
    });
    await segment();
    ["Nieuw", 500000, 0, "Ja", "Ja", "Ja", "Ja"].forEach((v, i) =>
      double.edit("Klanten", `${"ABCDEFG"[i]}6`, v),
    );
    ["Totaal", 904000, 0].forEach((v, i) => double.edit("Klanten", `${"ABC"[i]}7`, v));
    expect(double.tables()[0].address).toBe("Klanten!A1:P7");
    expect(double.read("Klanten", "J6").value).toBe("A");
    expect(double.read("Klanten", "J7").value).toBe("");
    expect(double.read("ABC-instellingen", "B12").value).toBe(5);
    expect(sheetLetters(double, 7)).toEqual(expectedLetters(current(double, 7)));
  });
});

describe("the add-in's columns are its own", () => {
  it("adds Segment2 beside a Table's own Segment column, and the chart helpers read the right one", async () => {
    const values = FOUR.map((row, r) => [...row, r === 0 ? "Segment" : "Bouw"]);
    const double = workbookWith(values, {
      tables: [{ sheet: "Klanten", name: "Portefeuille", address: "A1:H5" }],
    });
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(double.values("Klanten", "I1:K1")).toEqual([["Totaal", "Score", "Segment2"]]);
    expect(double.values("Klanten", "H2:H5").flat()).toEqual(["Bouw", "Bouw", "Bouw", "Bouw"]);
    expect(double.values("Klanten", "K2:K5").flat()).toEqual(["A", "C", "B", "B"]);
    expect(errorValues(double, 5)).toEqual([]);
    const again = await segment();
    expect(again.written).toBe(true);
    expect(double.values("Klanten", "K2:K5").flat()).toEqual(["A", "C", "B", "B"]);
  });

  it("never reads a user's own Totaal or Score column as its own, and never overwrites it", async () => {
    const values = FOUR.map((row, r) => [...row, r === 0 ? "Totaal" : 1, r === 0 ? "Score" : 99]);
    const double = workbookWith(values);
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(double.values("Klanten", "H1:I3")).toEqual([
      ["Totaal", "Score"],
      [1, 99],
      [1, 99],
    ]);
    expect(double.values("Klanten", "J1:L1")).toEqual([["Totaal", "Score", "Segment"]]);
    expect(double.values("Klanten", "L2:L5").flat()).toEqual(["A", "C", "B", "B"]);
    const again = await segment();
    expect(again.written).toBe(true);
    expect(double.values("Klanten", "H2:I2")).toEqual([[1, 99]]);
  });
});

describe("Ja/Nee drop-downs", () => {
  it("go on answer cells without validation of their own, and change no value", async () => {
    const double = await segmented();
    const lists = double.validations("Klanten").filter((v) => JSON.stringify(v.rule).includes("Ja,Nee"));
    expect(lists.map((v) => v.range)).toEqual([
      "Klanten!D2:D55",
      "Klanten!E2:E55",
      "Klanten!F2:F55",
      "Klanten!G2:G55",
    ]);
    expect(current(double)).toEqual(FOUR);
    await segment();
    expect(
      double.validations("Klanten").filter((v) => JSON.stringify(v.rule).includes("Ja,Nee")),
    ).toHaveLength(4);
  });
});
