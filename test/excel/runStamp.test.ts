import type { Cell } from "../../src/method/types";
import { segmentActiveSheet } from "../../src/excel";
import { SETTINGS_ROWS, STAMP_FORMAT, VALUE_COLUMN } from "../../src/workbook/settingsSheet";
import { SETTINGS_SHEET } from "../../src/workbook/workbookNames";
import type { ExcelDouble } from "../double";
import { excelText } from "../support/numberFormat";
import { NOW, segment, workbookWith } from "../support/workbook";

/*
 * Issue 12, item 6: the settings sheet says when the list was last segmented as a Belgian reads it
 * (29/11/2026 22:51), with no run identifier in sight, while the add-in still tells whether a run's
 * writes reached the workbook from that same cell: it holds the run's moment as a date serial.
 */

const CLIENTS: Cell[][] = [
  ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Groot NV", 250000, 50000, "Ja", "Ja", "Nee", "Ja"],
  ["Klein BV", 9000, 1000, "Nee", "Nee", "Ja", "Nee"],
  ["Midden", 60000, 0, "Ja", "Nee", "Nee", "Nee"],
  ["Belofte", 20000, 15000, "Ja", "Ja", "Ja", "Nee"],
];

/** The stamp cell as the double holds it: value and number format. */
function stampCell(double: ExcelDouble) {
  const sheet = double.model.sheet(SETTINGS_SHEET)!;
  return {
    value: double.model.value(sheet, SETTINGS_ROWS.stamp, VALUE_COLUMN),
    numberFormat: double.model.cell(sheet, SETTINGS_ROWS.stamp, VALUE_COLUMN)?.numberFormat,
  };
}

/** What Excel shows in the stamp cell, in a Dutch (Belgian) Excel. */
function shownStamp(double: ExcelDouble): string {
  const { value, numberFormat } = stampCell(double);
  if (typeof value !== "number" || numberFormat === undefined) throw new Error(`No date stamp: ${value}`);
  return excelText(value, numberFormat, "nl");
}

describe("the settings sheet's stamp", () => {
  it("shows the run's local date and time as 29/11/2026 22:51, from a date serial", async () => {
    const double = workbookWith(CLIENTS);
    await segmentActiveSheet(undefined, { now: new Date(2026, 10, 29, 22, 51, 4) });
    expect(stampCell(double).numberFormat).toBe(STAMP_FORMAT);
    expect(typeof stampCell(double).value).toBe("number");
    expect(shownStamp(double)).toBe("29/11/2026 22:51");
  });

  it.each([
    [new Date(2026, 10, 29, 22, 51, 59, 600), "29/11/2026 22:51"],
    [new Date(2026, 10, 29, 23, 59, 59, 999), "29/11/2026 23:59"],
    [new Date(2026, 10, 29, 22, 51, 0, 0), "29/11/2026 22:51"],
  ])(
    "shows the minute the clock read at %s, never the next one (Excel rounds to the second first)",
    async (now, shown) => {
      const double = workbookWith(CLIENTS);
      await segmentActiveSheet(undefined, { now });
      expect(shownStamp(double)).toBe(shown);
    },
  );

  it("shows no run identifier anywhere on the settings sheet", async () => {
    const double = workbookWith(CLIENTS);
    await segment();
    const sheet = JSON.stringify(double.values(SETTINGS_SHEET, "A1:H80"));
    expect(sheet).not.toMatch(/\brun\b|\(run |[0-9a-f]{6}\)/i);
    expect(shownStamp(double)).toBe("26/11/2026 09:30");
  });

  it("replaces the text stamp of a workbook the previous version wrote, and reruns it as usual", async () => {
    const double = workbookWith(CLIENTS);
    await segment();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SETTINGS_SHEET);
      sheet.protection.unprotect();
      const cell = sheet.getRange("B4");
      cell.numberFormat = [["@"]];
      cell.values = [["2026-11-26 09:30:00 (run 4ebd6b)"]];
      await context.sync();
    });
    const outcome = await segmentActiveSheet(undefined, { now: new Date(2026, 10, 30, 8, 5) });
    expect(outcome.written).toBe(true);
    expect(stampCell(double).numberFormat).toBe(STAMP_FORMAT);
    expect(shownStamp(double)).toBe("30/11/2026 08:05");
  });
});

describe("the landing check reads the stamp back", () => {
  it("surfaces Excel's refusal when a later run's writes did not land, though an earlier run's stamp is there", async () => {
    const double = workbookWith(CLIENTS);
    await segment();
    double.refuse(/Range\.formulas=/, "GeneralException");
    const later = new Date(NOW.getTime() + 60_000);
    await expect(segmentActiveSheet(undefined, { now: later })).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(shownStamp(double)).toBe("26/11/2026 09:30");
  });

  it("surfaces the refusal when a first run's writes did not land (an earlier version's text stamp is no match either)", async () => {
    const double = workbookWith(CLIENTS);
    double.refuse(/Range\.formulas=/, "GeneralException");
    await expect(segment()).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("takes a run whose stamp landed as written when only the linked chart labels fail, and writes them as text", async () => {
    const double = workbookWith(CLIENTS, { linkedLabels: false });
    const outcome = await segmentActiveSheet(undefined, { now: new Date(2026, 10, 29, 22, 51, 4, 321) });
    expect(outcome.written).toBe(true);
    expect(outcome.notes).toEqual([expect.stringMatching(/vaste tekst/)]);
    expect(shownStamp(double)).toBe("29/11/2026 22:51");
  });
});
