/** @jest-environment jsdom */
import "./nodeGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import type { Cell } from "../../src/method/types";
import { RunStore } from "../../src/excel/runStore";
import { createOfficeApi } from "../../src/taskpane/officeApi";
import { SETTINGS_ROWS, VALUE_COLUMN } from "../../src/workbook/settingsSheet";
import { SETTINGS_SHEET } from "../../src/workbook/workbookNames";
import { createExcelDouble, type ExcelDouble } from "../double";
import { excelText } from "../support/numberFormat";
import { renderPane, statusText } from "./renderPane";

/*
 * Issue 11 on the real Office API against the double: a list in k€ shows Totaal, the thresholds, the
 * chart's amount axis and the pane's figures in k€, the pane's threshold reads exactly as the settings
 * sheet shows it, and the fixed amount is asked in k€; a list in euros looks as before. The add-in
 * watches sheets by name in module state, so each test segments a sheet of its own name.
 */

const NBSP = "\u00a0";
const K_FORMAT = `#,##0.0"${NBSP}k€"`;
const EURO_FORMAT = `"€${NBSP}"#,##0`;

/** A client list with these revenue and potential headers and amounts (invented names). */
function clients(revenue: string, potential: string, scale: number): Cell[][] {
  return [
    ["Klant", revenue, potential, "Marge", "Snelheid", "Innovatie", "Netwerk"],
    ["Verbeke Logistiek", 180 * scale, 20 * scale, "Ja", "Ja", "Nee", "Ja"],
    ["Atelier Maes", 45 * scale, 5 * scale, "Nee", "Ja", "Nee", "Nee"],
    ["Brouwerij De Kaai", 60 * scale, 12.5 * scale, "Ja", "Nee", "Ja", "Ja"],
    ["Dekkers Installaties", 12 * scale, 0, "Nee", "Nee", "Nee", "Ja"],
  ];
}

/** A cell's value and number format as the double holds them. */
function shownCell(double: ExcelDouble, sheet: string, row: number, column: number) {
  const target = double.model.sheet(sheet)!;
  return {
    value: double.model.value(target, row, column) as number,
    numberFormat: double.model.cell(target, row, column)?.numberFormat ?? "General",
  };
}

/** What Excel shows in a cell, no-break spaces included (rendered by numfmt). */
function sheetText(double: ExcelDouble, sheet: string, row: number, column: number): string {
  const { value, numberFormat } = shownCell(double, sheet, row, column);
  return excelText(value, numberFormat, "nl");
}

/** The pane's line with the revenue threshold, exactly as it reads (no-break spaces included). */
const thresholdLine = () => screen.getByText(/^Omzetdrempel \(/).textContent;

/** The number formats of the Totaal cells under the header (column H: the list has seven columns). */
function totaalFormats(double: ExcelDouble, sheet: string): string[] {
  return [1, 2, 3, 4].map((row) => shownCell(double, sheet, row, 7).numberFormat);
}

async function segmentInPane(sheet: string, values: Cell[][]) {
  const double = createExcelDouble({ sheets: { [sheet]: values } });
  double.install();
  const view = await renderPane(createOfficeApi());
  await view.user.click(screen.getByRole("button", { name: "Segmenteer" }));
  await waitFor(() => expect(statusText()).toMatch(/Klaar: 4 klanten gesegmenteerd/));
  return { double, ...view };
}

describe("amounts in the table's unit, in the sheet, the chart and the pane", () => {
  it("a list in k€: Totaal, thresholds and axis in k€, and the pane's figures read as the sheet's", async () => {
    const { double, user } = await segmentInPane("LijstK", clients("Omzet (k€)", "Potentieel (k€)", 1));
    expect(shownCell(double, "LijstK", 0, 7).value).toBe("Totaal");
    expect(totaalFormats(double, "LijstK")).toEqual([K_FORMAT, K_FORMAT, K_FORMAT, K_FORMAT]);
    expect(double.charts("LijstK")[0].axes.value.numberFormat).toBe(K_FORMAT);

    const threshold = sheetText(double, SETTINGS_SHEET, SETTINGS_ROWS.revenueThreshold, VALUE_COLUMN);
    expect(threshold).toBe(`61,3${NBSP}k€`);
    expect(thresholdLine()).toBe(`Omzetdrempel (jaaromzet + potentieel): ${threshold} (mediaan)`);
    const results = screen.getByRole("region", { name: /^Resultaat/ });
    const revenueLines = within(results)
      .getAllByRole("article")
      .map((card) => within(card).getByText(/^Jaaromzet /).textContent);
    expect(revenueLines).toEqual([
      `Jaaromzet 240,0${NBSP}k€ (80,8% van de jaaromzet)`,
      `Jaaromzet 0,0${NBSP}k€ (0,0% van de jaaromzet)`,
      `Jaaromzet 57,0${NBSP}k€ (19,2% van de jaaromzet)`,
    ]);

    const settings = screen.getByRole("region", { name: "Instellingen" });
    await user.click(within(settings).getByRole("radio", { name: "Vast bedrag" }));
    const field = within(settings).getByRole("textbox", { name: /^Bedrag \(k€\)/ });
    expect(field.closest(".ms-TextField")?.textContent).toMatch(
      /k€.*In k€, zoals de kopteksten van de tabel/,
    );
    double.uninstall();
  });

  it("a workbook segmented in k€ earlier: a newly opened pane asks the fixed amount in k€ before any run", async () => {
    const double = createExcelDouble({ sheets: { LijstK2: clients("Omzet (k€)", "Potentieel (k€)", 1) } });
    double.install();
    const { segmentActiveSheet } = await import("../../src/excel");
    await segmentActiveSheet({ revenueThreshold: { kind: "amount", amount: 50 } }, {});
    expect(sheetText(double, SETTINGS_SHEET, SETTINGS_ROWS.fixedAmount, VALUE_COLUMN)).toBe(`50,0${NBSP}k€`);
    await renderPane({ ...createOfficeApi(), runs: new RunStore(0) });
    const field = screen.getByRole("textbox", { name: /^Bedrag \(k€\)/ });
    expect((field as HTMLInputElement).value).toBe("50");
    double.uninstall();
  });

  it("a header changed from Omzet to Omzet (k€) between runs: the next run shows k€ everywhere", async () => {
    const { double, user } = await segmentInPane("LijstWissel", clients("Omzet", "Potentieel", 1000));
    expect(totaalFormats(double, "LijstWissel")).toEqual([
      EURO_FORMAT,
      EURO_FORMAT,
      EURO_FORMAT,
      EURO_FORMAT,
    ]);
    expect(thresholdLine()).toBe(`Omzetdrempel (jaaromzet + potentieel): €${NBSP}61.250 (mediaan)`);

    for (const [cell, value] of [
      ["B1", "Omzet (k€)"],
      ["C1", "Potentieel (k€)"],
    ] as const)
      double.edit("LijstWissel", cell, value);
    const rows = clients("Omzet (k€)", "Potentieel (k€)", 1);
    rows.slice(1).forEach((row, i) => {
      double.edit("LijstWissel", `B${i + 2}`, row[1]);
      double.edit("LijstWissel", `C${i + 2}`, row[2]);
    });
    await user.click(screen.getAllByRole("button", { name: /Segmenteer/ })[0]);
    await waitFor(() =>
      expect(thresholdLine()).toBe(`Omzetdrempel (jaaromzet + potentieel): 61,3${NBSP}k€ (mediaan)`),
    );
    expect(totaalFormats(double, "LijstWissel")).toEqual([K_FORMAT, K_FORMAT, K_FORMAT, K_FORMAT]);
    expect(double.charts("LijstWissel")[0].axes.value.numberFormat).toBe(K_FORMAT);
    expect(sheetText(double, SETTINGS_SHEET, SETTINGS_ROWS.revenueThreshold, VALUE_COLUMN)).toBe(
      `61,3${NBSP}k€`,
    );
    double.uninstall();
  });

  it("a list in euros looks as before: € 61.250 in the sheet and the pane, the fixed amount in €", async () => {
    const { double, user } = await segmentInPane("LijstEuro", clients("Omzet", "Potentieel", 1000));
    expect(totaalFormats(double, "LijstEuro")).toEqual([EURO_FORMAT, EURO_FORMAT, EURO_FORMAT, EURO_FORMAT]);
    expect(double.charts("LijstEuro")[0].axes.value.numberFormat).toBe(EURO_FORMAT);
    const threshold = sheetText(double, SETTINGS_SHEET, SETTINGS_ROWS.revenueThreshold, VALUE_COLUMN);
    expect(threshold).toBe(`€${NBSP}61.250`);
    expect(thresholdLine()).toBe(`Omzetdrempel (jaaromzet + potentieel): ${threshold} (mediaan)`);
    await user.click(screen.getByRole("radio", { name: "Vast bedrag" }));
    const field = screen.getByRole("textbox", { name: /^Bedrag \(€\)/ });
    expect(field.closest(".ms-TextField")?.textContent).toMatch(
      /€.*Jaaromzet \+ potentieel vanaf dit bedrag/,
    );
    expect(field.closest(".ms-TextField")?.textContent).not.toMatch(/k€|kopteksten/);
    double.uninstall();
  });
  it("a threshold with cents (issue 12: € 69.166,67 in the pane, € 69.167 on the sheet) reads € 69.167 in both", async () => {
    const years = [
      "Klant",
      "Omzet 2023",
      "Omzet 2024",
      "Omzet 2025",
      "Marge",
      "Snelheid",
      "Innovatie",
      "Netwerk",
    ];
    const { double } = await segmentInPane("LijstCent", [
      years,
      ["Verbeke Logistiek", 70000, 80000, 85000, "Ja", "Ja", "Nee", "Ja"],
      ["Atelier Maes", 60000, 60000, 60000, "Nee", "Ja", "Nee", "Nee"],
      ["Brouwerij De Kaai", 200000, 200000, 200000, "Ja", "Nee", "Ja", "Ja"],
      ["Dekkers Installaties", 10000, 10000, 10000, "Nee", "Nee", "Nee", "Ja"],
    ]);
    const cell = shownCell(double, SETTINGS_SHEET, SETTINGS_ROWS.revenueThreshold, VALUE_COLUMN);
    expect(cell.value).toBeCloseTo(69166.67, 2);
    const threshold = sheetText(double, SETTINGS_SHEET, SETTINGS_ROWS.revenueThreshold, VALUE_COLUMN);
    expect(threshold).toBe(`€${NBSP}69.167`);
    expect(thresholdLine()).toBe(`Omzetdrempel (jaaromzet + potentieel): ${threshold} (mediaan)`);
    double.uninstall();
  });
});
