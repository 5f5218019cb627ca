import type { Cell } from "../../src/method/types";
import { segment, workbookWith } from "../support/workbook";
import { errorCells, expectedLetters, FOUR, sheetLetters, typeRow } from "./helpers";

/** Issue 9, "Failures seen", items 1–6, each re-run as the issue words it (item 7 is in issueItem7.test.tsx). */

const ONE_OMZET: Cell[][] = [
  ["Klant", "Omzet", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Groot NV", 300000, "Ja", "Ja", "Ja", "Nee"],
  ["Klein BV", 9000, "Nee", "Nee", "Ja", "Nee"],
  ["Midden", 60000, "Ja", "Nee", "Nee", "Nee"],
  ["Belofte", 35000, "Ja", "Ja", "Ja", "Nee"],
];

describe("issue 9 item 1: one emptied amount, a word as a weight, an unknown method", () => {
  it("1a clear B3 of four clients with one Omzet column: no #DIV/0!, one ?, chart helpers numeric", async () => {
    const double = workbookWith(ONE_OMZET);
    expect((await segment()).written).toBe(true);
    double.edit("Klanten", "B3", "");
    expect(errorCells(double, "Klanten", 6)).toEqual([]);
    expect(sheetLetters(double, 2, 5, "I")).toEqual(expectedLetters(double.values("Klanten", "A1:F5")));
    expect(double.read("Klanten", "I3").value).toBe("?");
    // chart series still have points (A/B/C helper columns L:N hold totals for the 3 good rows)
    const helpers = double
      .values("Klanten", "K2:N5")
      .flat()
      .filter((v) => typeof v === "number" && v >= 0);
    expect(helpers.length).toBeGreaterThanOrEqual(6);
  });

  it("1b clearing every amount leaves no error value anywhere", async () => {
    const double = workbookWith(ONE_OMZET);
    await segment();
    for (const r of [2, 3, 4, 5]) double.edit("Klanten", `B${r}`, "");
    expect(errorCells(double, "Klanten", 6)).toEqual([]);
    expect(double.values("Klanten", "I2:I5").flat()).toEqual(["?", "?", "?", "?"]);
  });

  it("1c 'veel' as a weight: no #VALUE!, letters unchanged, message beside it", async () => {
    const double = workbookWith(ONE_OMZET);
    await segment();
    const before = sheetLetters(double, 2, 5, "I");
    double.edit("ABC-instellingen", "B16", "veel");
    expect(errorCells(double, "Klanten", 6)).toEqual([]);
    expect(sheetLetters(double, 2, 5, "I")).toEqual(before);
    expect(String(double.read("ABC-instellingen", "D16").value)).toMatch(/⚠/);
  });

  it("1d unknown method word: not silent (message beside it), median applies", async () => {
    const double = workbookWith(ONE_OMZET);
    await segment();
    double.edit("ABC-instellingen", "B6", "gemiddeld");
    expect(String(double.read("ABC-instellingen", "D6").value)).toMatch(/⚠/);
    expect(errorCells(double, "Klanten", 6)).toEqual([]);
  });
});

describe("issue 9 item 2: numbers stored as text", () => {
  it.each([["'9000"], ["€ 260.000,00"]])(
    "2 %s as the only revenue: ? (not a silently other letter), no #DIV/0!",
    async (text) => {
      const double = workbookWith(ONE_OMZET);
      await segment();
      double.edit("Klanten", "B2", text);
      expect(double.read("Klanten", "I2").value).toBe("?");
      expect(errorCells(double, "Klanten", 6)).toEqual([]);
      expect(sheetLetters(double, 2, 5, "I")).toEqual(expectedLetters(double.values("Klanten", "A1:F5")));
      // the pane: the engine refuses with an error (no warning after which pane and sheet disagree)
      const outcome = await segment();
      expect(outcome.written).toBe(false);
      expect(outcome.result.problems.map((p) => [p.severity, p.code])).toContainEqual([
        "error",
        "text-amount",
      ]);
    },
  );

  it("2b a text amount already present at the first run: the pane refuses (error), nothing is written", async () => {
    const values = ONE_OMZET.map((r) => [...r]);
    values[2][1] = "€ 260.000,00";
    const double = workbookWith(values);
    const outcome = await segment();
    expect(outcome.written).toBe(false);
    expect(double.sheetNames()).toEqual(["Klanten"]);
  });
});

describe("issue 9 item 3: answers", () => {
  it.each(["misschien", "jaa", "*", "?", "~*", "J?", "Ja*"])("3 %p: ? and marked", async (answer) => {
    const double = workbookWith(FOUR);
    await segment();
    double.edit("Klanten", "E2", answer);
    expect(double.read("Klanten", "J2").value).toBe("?");
    expect(double.marked("Klanten")).toEqual(["E2"]);
  });

  it("3b an existing list gets Ja/Nee drop-downs on its answer cells", async () => {
    const double = workbookWith(FOUR);
    await segment();
    const lists = double.validations("Klanten").filter((v) => JSON.stringify(v.rule).includes("Ja,Nee"));
    expect(lists.map((v) => v.range)).toEqual([
      "Klanten!D2:D55",
      "Klanten!E2:E55",
      "Klanten!F2:F55",
      "Klanten!G2:G55",
    ]);
  });
});

describe("issue 9 item 4: comparisons at 15 digits", () => {
  it("4a weights 0.1 + 0.7 vs score threshold 0.8: pane and sheet both A", async () => {
    const double = workbookWith([
      ["Klant", "Omzet", "Marge", "Snelheid", "Innovatie", "Netwerk"],
      ["Precies", 100, "Ja", "Ja", "Nee", "Nee"],
      ["Ander", 50, "Nee", "Nee", "Nee", "Nee"],
    ]);
    const outcome = await segment({
      scoreThreshold: 0.8,
      weights: { marge: 0.1, snelheid: 0.7, innovatie: 1, netwerk: 1 },
    });
    expect(outcome.result.clients.map((c) => c.segment)).toEqual(["A", "C"]);
    expect(double.values("Klanten", "I2:I3").flat()).toEqual(["A", "C"]);
  });

  it("4b cents averaged over three years against a fixed amount equal to the mathematical average", async () => {
    // 0.1, 0.2, 0.3 averaged = 0.20000000000000004 in floating point; threshold 0.2
    const values: Cell[][] = [
      ["Klant", "Omzet 2022", "Omzet 2023", "Omzet 2024", "Marge", "Snelheid", "Innovatie", "Netwerk"],
      ["Centen", 1000.1, 1000.2, 1000.3, "Ja", "Ja", "Ja", "Nee"],
      ["Ander", 5, 5, 5, "Nee", "Nee", "Nee", "Nee"],
    ];
    const avg = (1000.1 + 1000.2 + 1000.3) / 3;
    const double = workbookWith(values);
    const outcome = await segment({ revenueThreshold: { kind: "amount", amount: 1000.2 } });
    const paneLetter = outcome.result.clients[0].segment;
    expect({ avg, paneLetter }).toEqual({ avg: expect.any(Number), paneLetter: "A" });
    expect(double.read("Klanten", "K2").value).toBe(paneLetter);
  });
});

describe("issue 9 item 5: growing lists and total rows", () => {
  it("5a a client typed directly below a plain list is segmented and counted", async () => {
    const double = workbookWith(FOUR);
    await segment();
    typeRow(double, 6, ["Nieuw", 500000, 0, "Ja", "Ja", "Ja", "Ja"]);
    expect(double.read("Klanten", "J6").value).toBe("A");
    expect(double.read("ABC-instellingen", "B12").value).toBe(5);
  });

  it("5b a Totaal row typed as the last row of an Excel Table is left out by pane and sheet", async () => {
    const double = workbookWith(FOUR, { tables: [{ sheet: "Klanten", name: "Lijst", address: "A1:G5" }] });
    await segment();
    typeRow(double, 6, ["Totaal", 404000, 0]);
    expect(double.tables()[0].address).toBe("Klanten!A1:P6");
    expect(double.read("Klanten", "J6").value).toBe("");
    expect(double.read("ABC-instellingen", "B12").value).toBe(4);
    const again = await segment();
    expect(again.result.clients.length).toBe(4);
    expect(double.read("ABC-instellingen", "B9").value).toBe(again.result.thresholds.revenue);
  });
});

describe("issue 9 item 6: the user's own Segment/Totaal/Score columns", () => {
  it("6a a Table with its own Segment column: chart helpers never #N/A", async () => {
    const values = FOUR.map((row, r) => [...row, r === 0 ? "Segment" : "Bouw"]);
    const double = workbookWith(values, { tables: [{ sheet: "Klanten", name: "Lijst", address: "A1:H5" }] });
    expect((await segment()).written).toBe(true);
    expect(errorCells(double, "Klanten", 8)).toEqual([]);
    expect(double.values("Klanten", "H2:H5").flat()).toEqual(["Bouw", "Bouw", "Bouw", "Bouw"]);
  });

  it("6b a Table with its own Totaal and Score columns: never read, never overwritten", async () => {
    const values = FOUR.map((row, r) => [...row, r === 0 ? "Totaal" : 1, r === 0 ? "Score" : 99]);
    const double = workbookWith(values, { tables: [{ sheet: "Klanten", name: "Lijst", address: "A1:I5" }] });
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(double.values("Klanten", "H2:I5")).toEqual([
      [1, 99],
      [1, 99],
      [1, 99],
      [1, 99],
    ]);
    expect(double.values("Klanten", "J1:L1")).toEqual([["Totaal2", "Score2", "Segment"]]);
    expect(double.values("Klanten", "L2:L5").flat()).toEqual(["A", "C", "B", "B"]);
    expect(errorCells(double, "Klanten", 9)).toEqual([]);
    const again = await segment();
    expect(again.written).toBe(true);
    expect(double.values("Klanten", "L2:L5").flat()).toEqual(["A", "C", "B", "B"]);
  });
});
