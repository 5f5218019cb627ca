import { goToCell, insertTemplate, loadSettings } from "../../src/excel";
import { SETTINGS_ROWS } from "../../src/workbook/settingsSheet";
import { segment, workbookWith } from "../support/workbook";

const CLIENTS = [
  ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Groot NV", 250000, 50000, "Ja", "Ja", "Nee", "Ja"],
  ["Klein BV", 9000, 1000, "Nee", "Nee", "Ja", "Nee"],
];

describe("what the task pane asks of Excel", () => {
  it("selects the cell a problem names, on its sheet", async () => {
    const double = workbookWith(CLIENTS);
    double.model.addSheet("ABC-instellingen");
    await goToCell("'ABC-instellingen'!B15");
    expect(double.selection()).toEqual({ sheet: "ABC-instellingen", cell: "B15" });
    await goToCell("Klanten!E3");
    expect(double.selection()).toEqual({ sheet: "Klanten", cell: "E3" });
  });

  it("loads no settings from a workbook without a settings sheet, and the stored ones after a run", async () => {
    workbookWith(CLIENTS);
    expect(await loadSettings("nl")).toBeNull();
    await segment(
      { revenueThreshold: { kind: "amount", amount: 40000 }, topN: 20, weights: { netwerk: 2 } },
      12,
    );
    expect(await loadSettings("nl")).toEqual({
      settings: {
        language: "nl",
        revenueThreshold: { kind: "amount", amount: 40000 },
        topN: 20,
        scoreThreshold: 3,
        weights: { marge: 1, snelheid: 1, innovatie: 1, netwerk: 2 },
      },
      labels: 12,
      problems: [],
      unit: { factor: 1, symbol: "€" },
      revenueThreshold: 40000,
    });
  });

  it("loads the settings sheet's invalid values as problems naming their cells, beside the valid settings", async () => {
    const double = workbookWith(CLIENTS);
    await segment({ topN: 20 });
    const score = `B${SETTINGS_ROWS.scoreThreshold + 1}`;
    double.edit("ABC-instellingen", score, "veel");
    const stored = await loadSettings("nl");
    expect(stored?.settings.topN).toBe(20);
    expect(stored?.problems).toEqual([
      expect.objectContaining({
        code: "invalid-setting",
        row: SETTINGS_ROWS.scoreThreshold,
        address: `'ABC-instellingen'!${score}`,
        message: expect.stringContaining("veel"),
      }),
    ]);
  });
});

describe("Sjabloon invoegen", () => {
  it("inserts the article's tool: title, questions, a table with revenue for three years and Ja/Nee drop-downs", async () => {
    const double = workbookWith(CLIENTS);
    const { sheet } = await insertTemplate(false, "nl", 2026);
    expect(sheet).toBe("ABC-sjabloon");
    expect(double.values(sheet, "A4:I4")[0]).toEqual([
      "Klant",
      "Omzet 2023",
      "Omzet 2024",
      "Omzet 2025",
      "Potentieel",
      "Marge",
      "Snelheid",
      "Innovatie",
      "Netwerk",
    ]);
    expect(double.read(sheet, "F3").value).toMatch(/genoeg op/);
    expect(double.tables().find((t) => t.sheet === sheet)).toEqual({
      name: "Klanten",
      sheet,
      address: `${sheet}!A4:I24`,
    });
    const lists = double.validations(sheet).filter((v) => JSON.stringify(v.rule).includes("Ja,Nee"));
    expect(lists.map((v) => v.range)).toEqual([
      `'${sheet}'!F5:F24`,
      `'${sheet}'!G5:G24`,
      `'${sheet}'!H5:H24`,
      `'${sheet}'!I5:I24`,
    ]);
    expect(double.selection()).toEqual({ sheet, cell: "A5" });
  });

  it("is segmented as it is once filled with the example clients, and a second template gets its own name", async () => {
    const double = workbookWith(CLIENTS);
    const { sheet } = await insertTemplate(true, "nl", 2026);
    const outcome = await segment();
    expect(outcome.result.problems).toEqual([]);
    expect(outcome.written).toBe(true);
    expect(outcome.result.clients).toHaveLength(20);
    expect(double.read(sheet, "L5").value).toBe("A");
    const second = await insertTemplate(false, "en", 2026);
    expect(second.sheet).toBe("ABC template");
    expect(double.tables().map((t) => t.name)).toEqual(["Klanten", "Clients"]);
  });
});
