import type { Cell } from "../../src/method/types";
import { PALETTE } from "../../src/workbook/palette";
import { segment, workbookWith } from "../support/workbook";

const TITLED: Cell[][] = [
  ["Klantenportefeuille 2025", "", "", "", "", "", "", ""],
  ["", "", "", "", "", "", "", ""],
  ["Klant", "Omzet 2023", "Omzet 2024", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Groot NV", 240000, 260000, 50000, "Ja", "Ja", "Nee", "Ja"],
  ["Klein BV", 8000, 10000, "", "Nee", "Nee", "Ja", "Nee"],
  ["Midden", 60000, "", 0, "Ja", "Nee", "Nee", "Nee"],
  ["Belofte", 20000, 20000, 15000, "Ja", "Ja", "Ja", "Nee"],
];

describe("Segmenteer writes a live workbook", () => {
  it("puts Totaal, Score and Segment right of the table, as formulas that compute the article's letters", async () => {
    const double = workbookWith(TITLED);
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(outcome.table).toBe("Klanten!A3:H7");
    expect(double.values("Klanten", "I3:K7")).toEqual([
      ["Totaal", "Score", "Segment"],
      [300000, 3, "A"],
      [9000, 1, "C"],
      [60000, 1, "B"],
      [35000, 3, "B"],
    ]);
    for (const cell of ["I4", "J5", "K7"]) expect(String(double.read("Klanten", cell).formula)).toMatch(/^=/);
    expect(double.read("Klanten", "I4").formula).toBe(
      '=IF(L4=1,IF(MAX(B4,0)+MAX(C4,0)=-(MIN(B4,0)+MIN(C4,0)),0,AVERAGE(B4:C4))+SUM(D4),"")',
    );
  });

  it("keeps the helper columns of the chart hidden and the user's cells as they were", async () => {
    const double = workbookWith(TITLED);
    await segment();
    expect(double.hiddenColumns("Klanten")).toEqual([11, 12, 13, 14, 15, 16]);
    expect(double.values("Klanten", "A1:H7")).toEqual(TITLED);
  });

  it("writes a settings sheet whose revenue threshold is a MEDIAN formula over the segmented totals", async () => {
    const double = workbookWith(TITLED);
    await segment();
    const threshold = double.read("ABC-instellingen", "B9");
    expect(threshold.value).toBe(47500);
    expect(threshold.formula).toMatch(/MEDIAN\(Klanten!\$M\$4:\$M\$57\)/);
    expect(double.names()).toMatchObject({
      ABC_OmzetDrempel: "='ABC-instellingen'!$B$9",
      ABC_ScoreDrempel: "='ABC-instellingen'!$C$15",
      ABC_JaWoorden: "='ABC-instellingen'!$B$25:$B$34",
      ABC_Tabel: "=Klanten!$A$3:$H$3",
      ABC_Kolommen: "=Klanten!$I$3:$Q$3",
    });
    expect(double.values("ABC-instellingen", "B25:B34").flat()).toEqual([
      "ja",
      "j",
      "yes",
      "y",
      "x",
      "✓",
      "✔",
      "1",
      "true",
      "waar",
    ]);
  });

  it("follows a colleague who changes the method on the settings sheet, without the add-in", async () => {
    const double = workbookWith(TITLED);
    await segment();
    double.edit("ABC-instellingen", "B6", "vast bedrag");
    double.edit("ABC-instellingen", "B8", 50000);
    expect(double.values("Klanten", "K4:K7").flat()).toEqual(["A", "C", "B", "B"]);
    double.edit("ABC-instellingen", "B8", 400000);
    expect(double.values("Klanten", "K4:K7").flat()).toEqual(["B", "C", "C", "B"]);
    double.edit("ABC-instellingen", "B10", 2);
    expect(double.values("Klanten", "K4:K7").flat()).toEqual(["B", "–", "C", "–"]);
  });

  it("stores settings passed by the pane on the settings sheet, as a fixed amount or a top %", async () => {
    const double = workbookWith(TITLED);
    await segment({
      revenueThreshold: { kind: "topPercent", topPercent: 25 },
      scoreThreshold: 2,
      weights: { marge: 2 },
    });
    expect(double.values("ABC-instellingen", "B6:B7").flat()).toEqual(["top %", 25]);
    expect(String(double.read("ABC-instellingen", "B9").formula)).toContain("PERCENTILE.INC");
    expect(double.read("ABC-instellingen", "B16").value).toBe(2);
    const again = await segment();
    expect(again.result.settings.revenueThreshold).toEqual({ kind: "topPercent", topPercent: 25 });
  });

  it("colours the letters with conditional formats and shows totals in euro", async () => {
    const double = workbookWith(TITLED);
    await segment();
    expect(double.conditionalFormats("Klanten").slice(0, 3)).toEqual(
      (["A", "B", "C"] as const).map((letter) =>
        expect.objectContaining({
          range: "Klanten!K4:K57",
          rule: { formula1: `="${letter}"`, operator: "EqualTo" },
          fill: PALETTE[letter].fill,
          fontColor: PALETTE[letter].font,
        }),
      ),
    );
    expect(double.model.cell(double.model.sheet("Klanten")!, 4, 8)?.numberFormat).toBe('"€\u00a0"#,##0');
  });

  it("adds the columns to an Excel Table, with structured references that follow the table", async () => {
    const double = workbookWith(TITLED.slice(2), {
      tables: [{ sheet: "Klanten", name: "Portefeuille", address: "A1:H5" }],
    });
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(double.tables()[0].address).toBe("Klanten!A1:Q5");
    expect(double.read("Klanten", "K2").formula).toBe(
      '=IF(Portefeuille[@[ABC controle]]="","",IF(Portefeuille[@[ABC controle]]<>1,"?",IF(Portefeuille[@[ABC selectie]]="","–",IF(Portefeuille[@[Totaal]]>=ABC_OmzetDrempel,IF(Portefeuille[@[Score]]>=ABC_ScoreDrempel,"A","B"),IF(Portefeuille[@[Score]]>=ABC_ScoreDrempel,"B","C")))))',
    );
    expect(double.values("Klanten", "K2:K5").flat()).toEqual(["A", "C", "B", "B"]);
  });

  it("uses English headers and settings texts when Office speaks English", async () => {
    const double = workbookWith(TITLED, { language: "en-US" });
    await segment();
    expect(double.values("Klanten", "I3:K3")).toEqual([["Total", "Score", "Segment"]]);
    expect(double.read("ABC-instellingen", "A1").value).toBe("ABC client segmentation: settings");
    expect(double.read("ABC-instellingen", "B6").value).toBe("median");
  });

  it("reads a client list that starts further down and right on the sheet", async () => {
    const shifted = [["", "", ""], ["", "", ""], ...TITLED.map((row) => ["", "", ...row])];
    const double = workbookWith(shifted);
    const outcome = await segment();
    expect(outcome.table).toBe("Klanten!C5:J9");
    expect(double.values("Klanten", "M6:M9").flat()).toEqual(["A", "C", "B", "B"]);
  });
});
