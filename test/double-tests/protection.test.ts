import { createExcelDouble, type ExcelDouble } from "../double";

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
  Excel.run({ delayForCellEdit: true }, batch);

/** A settings sheet whose input cells B2:B3 are unlocked and which is protected, as the add-in leaves it. */
async function settingsSheet(password?: string): Promise<ExcelDouble> {
  const double = createExcelDouble({
    sheets: {
      Instellingen: [
        ["Instelling", "Waarde"],
        ["Drempel A", 80],
        ["Drempel B", 95],
      ],
    },
  });
  double.install();
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Instellingen");
    sheet.getRange("B2:B3").format.protection.locked = false;
    sheet.protection.protect({ allowFormatColumns: true }, password);
    await context.sync();
  });
  return double;
}

describe("worksheet protection in the double, as Excel has it", () => {
  it("loads protected, the options and the cells' lock state (null when mixed)", async () => {
    const double = await settingsSheet();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Instellingen");
      const protection = sheet.protection.load("protected,options");
      const inputs = sheet.getRange("B2:B3").format.protection.load("locked");
      const labels = sheet.getRange("A1:A3").format.protection.load("locked");
      const mixed = sheet.getRange("A2:B2").format.protection.load("locked");
      await context.sync();
      expect(protection.protected).toBe(true);
      expect(protection.options).toMatchObject({ allowFormatColumns: true, allowFormatCells: false });
      expect([inputs.locked, labels.locked, mixed.locked]).toEqual([false, true, null]);
    });
    double.uninstall();
  });

  it("writes unlocked cells of a protected sheet", async () => {
    const double = await settingsSheet();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Instellingen").getRange("B2:B3");
      range.values = [[70], [90]];
      range.format.font.bold = true;
      await context.sync();
    });
    expect(double.values("Instellingen", "B2:B3")).toEqual([[70], [90]]);
    double.uninstall();
  });

  it("fails a write to a locked cell with AccessDenied: what came before in the sync stays, what came after is not applied", async () => {
    const double = await settingsSheet();
    const failed = run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Instellingen");
      sheet.getRange("B2").values = [[70]];
      sheet.getRange("A2").values = [["Andere naam"]];
      sheet.getRange("B3").values = [[90]];
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "AccessDenied" });
    expect(double.values("Instellingen", "A2:B3")).toEqual([
      ["Drempel A", 70],
      ["Drempel B", 95],
    ]);
    double.uninstall();
  });

  it.each<[string, (sheet: Excel.Worksheet) => void]>([
    ["a fill", (sheet) => (sheet.getRange("A1").format.fill.color = "#FF0000")],
    ["a number format", (sheet) => (sheet.getRange("A1:A3").numberFormat = [["@"], ["@"], ["@"]])],
    ["a clear", (sheet) => sheet.getRange("A1:B3").clear()],
    ["a conditional format", (sheet) => sheet.getRange("A2:B3").conditionalFormats.add("Custom")],
    [
      "a validation",
      (sheet) => (sheet.getRange("A2").dataValidation.rule = { list: { inCellDropDown: true, source: "x" } }),
    ],
    ["locking cells", (sheet) => (sheet.getRange("B2:B3").format.protection.locked = true)],
  ])(
    "refuses %s on a protected sheet's locked cells with AccessDenied, changing nothing",
    async (_, attempt) => {
      const double = await settingsSheet();
      const before = double.dump();
      const failed = run(async (context) => {
        attempt(context.workbook.worksheets.getItem("Instellingen"));
        await context.sync();
      });
      await expect(failed).rejects.toMatchObject({ code: "AccessDenied" });
      expect(double.dump()).toEqual(before);
      double.uninstall();
    },
  );

  it("lets the protection's options allow column formats on locked cells", async () => {
    const double = await settingsSheet();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Instellingen").getRange("A:A").format.columnWidth = 120;
      await context.sync();
    });
    expect(double.dump()).toMatchObject({ sheets: [{ widths: [[0, 120]] }] });
    double.uninstall();
  });

  it("unprotects, writes and protects again in one sync", async () => {
    const double = await settingsSheet();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Instellingen");
      sheet.protection.unprotect();
      sheet.getRange("A2").values = [["Grens A"]];
      sheet.protection.protect();
      const protection = sheet.protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
    });
    expect(double.read("Instellingen", "A2").value).toBe("Grens A");
    expect(() => double.edit("Instellingen", "A2", "x")).toThrow(/A2 .*protected/);
    double.uninstall();
  });

  it("keeps a password-protected sheet protected when unprotect has the wrong password", async () => {
    const double = await settingsSheet("geheim");
    const failed = run(async (context) => {
      context.workbook.worksheets.getItem("Instellingen").protection.unprotect("fout");
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "InvalidArgument" });
    await run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Instellingen").protection;
      protection.unprotect("geheim");
      protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(false);
    });
    double.uninstall();
  });

  it("refuses a user's edit of a locked cell and leaves it as it was; an unlocked cell takes it", async () => {
    const double = await settingsSheet();
    expect(() => double.edit("Instellingen", "A2", "Iets anders")).toThrow(
      "The cell A2 on Instellingen is protected",
    );
    expect(double.read("Instellingen", "A2").value).toBe("Drempel A");
    double.edit("Instellingen", "B2", 75);
    expect(double.read("Instellingen", "B2").value).toBe(75);
    expect(() => double.deleteRows("Instellingen", 2, 1)).toThrow(/protected/);
    expect(() => double.insertRows("Instellingen", 2, 1)).toThrow(/protected/);
    double.uninstall();
  });

  it("double.protect locks the sheet with its cells as they are: all locked by default", async () => {
    const double = createExcelDouble({ sheets: { Klanten: [["Klant"], ["Een"]] } });
    double.install();
    double.protect("Klanten");
    const failed = run(async (context) => {
      context.workbook.worksheets.getItem("Klanten").getRange("C5").values = [["x"]];
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "AccessDenied" });
    await run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Klanten").protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
    });
    double.uninstall();
  });
});
