import { createExcelDouble, type ExcelDouble } from "../double";

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
  Excel.run({ delayForCellEdit: true }, batch);

/** Klanten with four clients, a total below them, references from another sheet, a name and rules. */
async function workbook(): Promise<ExcelDouble> {
  const double = createExcelDouble({
    sheets: {
      Klanten: [
        ["Klant", "Omzet", "Dubbel van rij 3"],
        ["Een", 10, "=B3*2"],
        ["Twee", 20],
        ["Drie", 30],
        ["Vier", 40],
        ["Totaal", "=SUM(B2:B5)"],
      ],
      Overzicht: [["=Klanten!B4"], ["=SUM(Klanten!B2:B5)"], ["=SUM(ABC_Rij3)"]],
    },
  });
  double.install();
  await run(async (context) => {
    context.workbook.names.add("ABC_Rij3", "=Klanten!$B$3");
    const sheet = context.workbook.worksheets.getItem("Klanten");
    const high = sheet.getRange("B2:B5").conditionalFormats.add("Custom");
    high.custom.rule.formula = "=$B2>15";
    sheet.getRange("A2:A5").dataValidation.rule = {
      list: { inCellDropDown: true, source: "Een,Twee,Drie,Vier" },
    };
    await context.sync();
  });
  return double;
}

describe("deleting rows as a user does", () => {
  let double: ExcelDouble;
  beforeEach(async () => {
    double = await workbook();
  });
  afterEach(() => double.uninstall());

  it("moves the cells below up and shrinks the ranges that span the rows", () => {
    double.deleteRows("Klanten", 3, 1);
    expect(double.values("Klanten", "A2:B5")).toEqual([
      ["Een", 10],
      ["Drie", 30],
      ["Vier", 40],
      ["Totaal", 80],
    ]);
    expect(double.read("Klanten", "B5").formula).toBe("=SUM(B2:B4)");
    expect(double.values("Overzicht", "A1:A2")).toEqual([[30], [80]]);
    expect(double.read("Overzicht", "A1").formula).toBe("=Klanten!B3");
  });

  it("turns a reference into a deleted row into #REF!, in cells and names", () => {
    double.deleteRows("Klanten", 3, 1);
    expect(double.read("Klanten", "C2")).toEqual({ value: "#REF!", formula: "=#REF!*2" });
    expect(double.names().ABC_Rij3).toBe("=#REF!");
    expect(double.read("Overzicht", "A3").value).toBe("#REF!");
  });

  it("keeps formulas that did not change as they were written", () => {
    double.edit("Overzicht", "B1", "=sum( Klanten!A1 )");
    double.deleteRows("Klanten", 3, 1);
    expect(double.read("Overzicht", "B1").formula).toBe("=sum( Klanten!A1 )");
  });

  it("shrinks conditional formats and validations, which keep marking the right cells", () => {
    expect(double.marked("Klanten")).toEqual(["B3", "B4", "B5"]);
    double.deleteRows("Klanten", 2, 1);
    expect(double.conditionalFormats("Klanten")).toEqual([
      expect.objectContaining({ range: "Klanten!B2:B4", formula: "=$B2>15" }),
    ]);
    expect(double.validations("Klanten").map((v) => v.range)).toEqual(["Klanten!A2:A4"]);
    expect(double.marked("Klanten")).toEqual(["B2", "B3", "B4"]);
  });

  it("drops rules whose every row is deleted", () => {
    double.deleteRows("Klanten", 2, 4);
    expect(double.conditionalFormats("Klanten")).toEqual([]);
    expect(double.validations("Klanten")).toEqual([]);
    expect(double.read("Klanten", "B2").formula).toBe("=SUM(#REF!)");
  });

  it("shrinks a table with the rows, and structured references follow", () => {
    const tabled = createExcelDouble({
      sheets: {
        Klanten: [["Klant", "Omzet"], ["Een", 10], ["Twee", 20], ["Drie", 30], [], ["=SUM(Tabel1[Omzet])"]],
      },
      tables: [{ sheet: "Klanten", name: "Tabel1", address: "A1:B4" }],
    });
    tabled.deleteRows("Klanten", 2, 2);
    expect(tabled.tables()[0].address).toBe("Klanten!A1:B2");
    expect(tabled.read("Klanten", "A4")).toEqual({ value: 30, formula: "=SUM(Tabel1[Omzet])" });
  });

  it("refuses to cut a table's header off the rows that stay", () => {
    const tabled = createExcelDouble({
      sheets: { Klanten: [["Klant"], ["Een"], ["Twee"]] },
      tables: [{ sheet: "Klanten", name: "Tabel1", address: "A1:A3" }],
    });
    expect(() => tabled.deleteRows("Klanten", 1, 2)).toThrow(
      expect.objectContaining({ code: "InvalidOperation" }),
    );
    tabled.deleteRows("Klanten", 1, 3);
    expect(tabled.tables()).toEqual([]);
  });
});

describe("inserting rows as a user does", () => {
  it("moves cells down and stretches ranges that span the place", async () => {
    const double = await workbook();
    double.insertRows("Klanten", 3, 2);
    expect(double.read("Klanten", "B8").formula).toBe("=SUM(B2:B7)");
    expect(double.read("Klanten", "C2").formula).toBe("=B5*2");
    expect(double.names().ABC_Rij3).toBe("=Klanten!$B$5");
    expect(double.conditionalFormats("Klanten")[0].range).toBe("Klanten!B2:B7");
    double.uninstall();
  });

  it("grows a table inserted into, filling its calculated column", () => {
    const double = createExcelDouble({
      sheets: {
        Klanten: [
          ["Klant", "Omzet", "Dubbel"],
          ["Een", 10, "=[@Omzet]*2"],
          ["Twee", 20, "=[@Omzet]*2"],
        ],
      },
      tables: [{ sheet: "Klanten", name: "Tabel1", address: "A1:C3" }],
    });
    double.insertRows("Klanten", 3, 1);
    double.edit("Klanten", "B3", 15);
    expect(double.tables()[0].address).toBe("Klanten!A1:C4");
    expect(double.read("Klanten", "C3")).toEqual({ value: 30, formula: "=[@Omzet]*2" });
  });
});
