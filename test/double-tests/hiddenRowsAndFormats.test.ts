import { createExcelDouble, type ExcelDouble } from "../double";

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
  Excel.run({ delayForCellEdit: true }, batch);

/** Klanten with a header and five clients, the second revenue pasted as a date; an Excel Table on another sheet. */
function workbook(options: { apiVersion?: string } = {}): ExcelDouble {
  const double = createExcelDouble({
    sheets: {
      Klanten: [
        ["Klant", "Omzet"],
        ["Een", 10],
        ["Twee", 45658],
        ["Drie", 30],
        ["Vier", 40],
        ["Vijf", 50],
      ],
      Lijst: [
        ["Klant", "Omzet"],
        ["Een", 1],
        ["Twee", 2],
        ["Drie", 3],
      ],
    },
    tables: [{ sheet: "Lijst", name: "Klantenlijst", address: "A1:B4" }],
    ...options,
  });
  double.install();
  return double;
}

describe("the double's number formats", () => {
  let double: ExcelDouble;
  beforeEach(() => {
    double = workbook();
  });
  afterEach(() => double.uninstall());

  it("gives General for a cell never formatted, and the format a user or an add-in gave", async () => {
    double.setNumberFormat("Klanten", "B3", "d/m/yyyy");
    const formats = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Klanten");
      sheet.getRange("B4").numberFormat = [["€ #,##0"]];
      const range = sheet.getRange("A2:B4").load("numberFormat");
      await context.sync();
      return range.numberFormat;
    });
    expect(formats).toEqual([
      ["General", "General"],
      ["General", "d/m/yyyy"],
      ["General", "€ #,##0"],
    ]);
    expect(double.values("Klanten", "B3")).toEqual([[45658]]);
  });

  it("refuses to give a number format that was not loaded", async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Klanten").getRange("B2").load("values");
      await context.sync();
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("refuses a user's format on a locked cell of a protected sheet", () => {
    double.protect("Klanten");
    expect(() => double.setNumberFormat("Klanten", "B3", "d/m/yyyy")).toThrow(/protected/);
  });
});

describe("the double's hidden rows", () => {
  let double: ExcelDouble;
  beforeEach(() => {
    double = workbook();
  });
  afterEach(() => double.uninstall());

  it("counts the visible rows of a range once a user hid some, by hand or with a filter", async () => {
    double.hideRows("Klanten", 3, 2);
    expect(double.hiddenRows("Klanten")).toEqual([3, 4]);
    const counts = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Klanten");
      const used = sheet.getUsedRangeOrNullObject(true).load("rowCount");
      const view = used.getVisibleView().load("rowCount,columnCount");
      await context.sync();
      return { rows: used.rowCount, visible: view.rowCount, columns: view.columnCount };
    });
    expect(counts).toEqual({ rows: 6, visible: 4, columns: 2 });
    expect(double.values("Klanten", "A3:B4")).toEqual([
      ["Twee", 45658],
      ["Drie", 30],
    ]);
  });

  it("says whether all, none or some rows of a range are hidden (rowHidden), and hides rows when asked", async () => {
    const states = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Klanten");
      sheet.getRange("A5:B6").rowHidden = true;
      const all = sheet.getRange("A5:A6").load("rowHidden");
      const none = sheet.getRange("A1:A4").load("rowHidden");
      const some = sheet.getRange("A4:A5").load("rowHidden");
      await context.sync();
      return [all.rowHidden, none.rowHidden, some.rowHidden];
    });
    expect(states).toEqual([true, false, null]);
    expect(double.hiddenRows("Klanten")).toEqual([5, 6]);
    double.hideRows("Klanten", 5, 2, false);
    expect(double.hiddenRows("Klanten")).toEqual([]);
  });

  it("counts the hidden rows of an Excel Table's body", async () => {
    double.hideRows("Lijst", 3, 1);
    const loaded = await run(async (context) => {
      const table = context.workbook.worksheets.getItem("Lijst").tables.getItem("Klantenlijst");
      const body = table.getDataBodyRange().load("rowIndex,rowCount");
      const view = body.getVisibleView().load("rowCount");
      await context.sync();
      return { row: body.rowIndex, rows: body.rowCount, visible: view.rowCount };
    });
    expect(loaded).toEqual({ row: 1, rows: 3, visible: 2 });
  });

  it("fails loudly for what a visible view holds besides its counts", async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Klanten").getRange("A1:B6").getVisibleView().load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument", message: expect.stringMatching(/RangeView\.values/) });
  });

  it("keeps a row hidden when rows above it are deleted or inserted, and forgets a deleted hidden row", () => {
    double.hideRows("Klanten", 4, 1);
    double.hideRows("Klanten", 6, 1);
    double.insertRows("Klanten", 2, 2);
    expect(double.hiddenRows("Klanten")).toEqual([6, 8]);
    double.deleteRows("Klanten", 6, 1);
    expect(double.hiddenRows("Klanten")).toEqual([7]);
    expect(double.values("Klanten", "A7")).toEqual([["Vijf"]]);
  });

  it("refuses to hide rows of a protected sheet, unless its protection allows formatting rows", async () => {
    double.protect("Klanten");
    expect(() => double.hideRows("Klanten", 2, 1)).toThrow(/protected/);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Klanten").getRange("A2").rowHidden = true;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    double.uninstall();
    double = workbook();
    double.protect("Klanten", { allowFormatRows: true });
    await run(async (context) => {
      context.workbook.worksheets.getItem("Klanten").getRange("A2").rowHidden = true;
      await context.sync();
    });
    expect(double.hiddenRows("Klanten")).toEqual([2]);
  });

  it("has no visible view on a host older than ExcelApi 1.3", async () => {
    double.uninstall();
    double = workbook({ apiVersion: "1.2" });
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Klanten").getRange("A1").getVisibleView().load("rowCount");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("the double's SUBTOTAL, as Excel computes it", () => {
  let double: ExcelDouble;
  beforeEach(() => {
    double = createExcelDouble({
      sheets: {
        Klanten: [
          ["Klant", "Omzet"],
          ["Een", 10],
          ["Twee", 20],
          ["West Totaal", "=SUBTOTAL(9,B2:B3)"],
          ["Drie", 40],
          ["Oost Totaal", "=SUBTOTAL(9,B5:B5)"],
          ["Eindtotaal", "=SUBTOTAL(9,B2:B6)"],
          ["Zichtbaar", "=SUBTOTAL(109,B2:B6)"],
          ["Gemiddelde", "=SUBTOTAL(1,B2:B6)"],
          ["Aantal", "=SUBTOTAL(3,A2:A6)"],
          ["Som", "=SUM(B2:B6)"],
        ],
      },
    });
    double.install();
  });
  afterEach(() => double.uninstall());

  it("leaves out the subtotals inside its range, so a grand total counts every row once (SUM does not)", () => {
    expect(double.values("Klanten", "B4:B11").map((row) => row[0])).toEqual([
      30,
      40,
      40,
      70,
      70,
      70 / 3,
      5,
      140,
    ]);
  });

  it("leaves out hidden rows with 101–111 only, and computes again when rows are hidden or shown", async () => {
    double.hideRows("Klanten", 3, 1);
    expect(double.values("Klanten", "B7:B8")).toEqual([[70], [50]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Klanten").getRange("A3").rowHidden = false;
      await context.sync();
    });
    expect(double.values("Klanten", "B8")).toEqual([[70]]);
  });

  it("is #VALUE! for an unknown function number, as in Excel", () => {
    double.edit("Klanten", "C1", "=SUBTOTAL(12,B2:B3)");
    expect(double.read("Klanten", "C1").value).toBe("#VALUE!");
  });
});
