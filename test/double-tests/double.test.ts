/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests read before load and sync on purpose, to prove the double throws as Excel does */
import { createExcelDouble, type ExcelDouble } from "../double";

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
  Excel.run({ delayForCellEdit: true }, batch);

describe("the Office.js test double fails the way Excel fails", () => {
  let double: ExcelDouble;
  beforeEach(() => {
    double = createExcelDouble({
      sheets: {
        Klanten: [
          ["Klant", "Omzet"],
          ["Een", 10],
          ["Twee", 20],
        ],
      },
    });
    double.install();
  });
  afterEach(() => double.uninstall());

  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Klant", "Omzet"],
        ["Een", 10],
        ["Twee", 20],
      ]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies writes only at sync, and computes formulas with HyperFormula", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("C1:C3").formulas = [["Totaal"], ["=B2*2"], ["=SUM(B2:B3)"]];
      expect(double.read("Klanten", "C2").value).toBe("");
      await context.sync();
    });
    expect(double.read("Klanten", "C2")).toEqual({ value: 20, formula: "=B2*2" });
    expect(double.read("Klanten", "C3").value).toBe(30);
    expect(double.syncCount).toBe(1);
  });

  it("turns a string starting with = written through values into a formula, as Excel does", async () => {
    await run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("D1").values = [["=1+1"]];
      await context.sync();
    });
    expect(double.read("Klanten", "D1")).toEqual({ value: 2, formula: "=1+1" });
  });

  it("knows isNullObject only after a sync", async () => {
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nergens");
      const there = context.workbook.worksheets.getItemOrNullObject("Klanten");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
  });

  it("refuses a request above 5 MB with RequestPayloadSizeLimitExceeded, writing nothing", async () => {
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("E1:E60000").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(double.read("Klanten", "E1").value).toBe("");
    expect(double.requestBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("fails an API above the host's requirement set at sync", async () => {
    const old = createExcelDouble({ sheets: { S: [["a"]] }, apiVersion: "1.8" });
    old.install();
    await expect(
      run(async (context) => {
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("fails getActiveCell while a chart is selected", async () => {
    double.select("chart");
    await expect(
      run(async (context) => {
        context.workbook.getActiveCell().load("rowIndex,columnIndex");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidSelection" });
  });

  it("complains when a run ends with operations that were never synced", async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["x"]];
      }),
    ).rejects.toThrow(/never synced/);
  });
});

describe("the double starts where a test says", () => {
  it("opens on the sheet named active, with a chart selected when asked", async () => {
    const double = createExcelDouble({
      sheets: { Klanten: [["Klant"]], Overzicht: [["Totaal"]] },
      active: "Overzicht",
      chartSelected: true,
    });
    double.install();
    try {
      const name = await run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
        await context.sync();
        return sheet.name;
      });
      expect(name).toBe("Overzicht");
      await expect(
        run(async (context) => {
          context.workbook.getActiveCell().load("rowIndex");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidSelection" });
    } finally {
      double.uninstall();
    }
  });
});

describe("the double writes and reads as Office.js does", () => {
  let double: ExcelDouble;
  beforeEach(() => {
    double = createExcelDouble({
      sheets: {
        Klanten: [
          ["Klant", "Omzet"],
          ["Een", 10],
          ["Twee", "=B2*2"],
        ],
        Overzicht: [],
      },
    });
    double.install();
  });
  afterEach(() => double.uninstall());

  it("leaves a cell as it is where a written array holds null", async () => {
    await run(async (context) => {
      context.workbook.worksheets.getItem("Klanten").getRange("A2:B3").formulas = [
        ["Eén", null],
        [null, 5],
      ] as unknown as string[][];
      await context.sync();
    });
    expect(double.values("Klanten", "A2:B3")).toEqual([
      ["Eén", 10],
      ["Twee", 5],
    ]);
  });

  it("clears contents, formats or both, and getRange() without an address is the whole sheet", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Klanten");
      sheet.getRange("B2:B3").numberFormat = [["0.00"], ["0.00"]];
      sheet.getRange("B2").clear("Contents");
      sheet.getRange("B3").clear("Formats");
      await context.sync();
    });
    expect(double.read("Klanten", "B2").value).toBe("");
    expect(double.model.cell(double.model.sheet("Klanten")!, 1, 1)?.numberFormat).toBe("0.00");
    expect(double.read("Klanten", "B3").formula).toBe("=B2*2");
    expect(double.model.cell(double.model.sheet("Klanten")!, 2, 1)?.numberFormat).toBeUndefined();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Klanten").getRange().clear();
      await context.sync();
    });
    expect(double.values("Klanten", "A1:B3").flat()).toEqual(["", "", "", "", "", ""]);
  });

  it("lists the sheets, and goes on in a request context passed to Excel.run", async () => {
    const { names, context } = await run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return { names: sheets.items.map((s) => s.name), context };
    });
    expect(names).toEqual(["Klanten", "Overzicht"]);
    await Excel.run(context, async (same) => {
      expect(same).toBe(context);
      same.workbook.worksheets.getItem("Overzicht").getRange("A1").values = [["verder"]];
      await same.sync();
    });
    expect(double.read("Overzicht", "A1").value).toBe("verder");
  });

  it("carries the Excel enums code may name instead of their strings", () => {
    expect(Excel.ConditionalFormatType.custom).toBe("Custom");
    expect(Excel.DataValidationAlertStyle.warning).toBe("Warning");
  });
});
