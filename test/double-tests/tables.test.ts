import { createExcelDouble, type CellData, type ExcelDouble } from "../double";

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
  Excel.run({ delayForCellEdit: true }, batch);

let installed: ExcelDouble | undefined;
afterEach(() => installed?.uninstall());

/** Installs the double as the Excel and Office globals for this test. */
function install(double: ExcelDouble): ExcelDouble {
  double.install();
  installed = double;
  return double;
}

/** A sheet Klanten with a table Portefeuille over A1:C4 whose Dubbel column is calculated. */
function portfolio(extra: CellData[][] = []): ExcelDouble {
  const double = createExcelDouble({
    sheets: {
      Klanten: [
        ["Klant", "Omzet", "Dubbel"],
        ["Een", 10, "=[@Omzet]*2"],
        ["Twee", 20, "=[@Omzet]*2"],
        ["Drie", 30, "=[@Omzet]*2"],
        ...extra,
      ],
      Overzicht: [
        ["=SUM(Portefeuille[Omzet])", "=SUM(Portefeuille[[Dubbel]])", "=ROWS(Portefeuille[Klant])"],
      ],
    },
    tables: [{ sheet: "Klanten", name: "Portefeuille", address: "A1:C4" }],
  });
  return install(double);
}

const headers = (double: ExcelDouble, address = "A1:F1") => double.values("Klanten", address)[0];

describe("an Excel Table keeps its headers unique, as Excel renames them", () => {
  it("appends 2, 3, … to a column added with a header the table has (in any case)", async () => {
    const double = portfolio();
    await run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Portefeuille");
      table.columns.add(undefined, undefined, "Omzet");
      table.columns.add(undefined, undefined, "omzet");
      table.columns.add(undefined, undefined, "Segment");
      await context.sync();
    });
    expect(headers(double)).toEqual(["Klant", "Omzet", "Dubbel", "Omzet2", "omzet3", "Segment"]);
  });

  it("names a column added without a header Column1, then Column2", async () => {
    const double = portfolio();
    await run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Portefeuille");
      table.columns.add();
      table.columns.add();
      await context.sync();
    });
    expect(headers(double, "D1:E1")).toEqual(["Column1", "Column2"]);
  });

  it("renames a header written over a header cell, and structured references use the new name", async () => {
    const double = portfolio();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Klanten");
      context.workbook.tables.getItemOrNullObject("Portefeuille").columns.add(undefined, undefined, "Nieuw");
      sheet.getRange("A1:D1").values = [["Klant", "Omzet", "Dubbel", "Omzet"]];
      sheet.getRange("E2").formulas = [["=SUM(Portefeuille[Omzet2])"]];
      await context.sync();
    });
    expect(headers(double, "A1:D1")).toEqual(["Klant", "Omzet", "Dubbel", "Omzet2"]);
    expect(double.read("Klanten", "E2").value).toBe(0);
  });

  it("gives a cleared header or a number the text Excel keeps there", async () => {
    const double = portfolio();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Klanten");
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").values = [[2026]];
      await context.sync();
    });
    expect(headers(double, "A1:C1")).toEqual(["Column1", "2026", "Dubbel"]);
  });

  it("renames duplicate headers when a table is created over them", async () => {
    const double = createExcelDouble({
      sheets: {
        Klanten: [
          ["Klant", "klant", ""],
          [1, 2, 3],
        ],
      },
    });
    install(double);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Klanten").tables.add("A1:C2", true);
      await context.sync();
    });
    expect(headers(double, "A1:C1")).toEqual(["Klant", "klant2", "Column1"]);
  });

  it("renames the headers of columns that join through Table.resize (ExcelApi 1.13)", async () => {
    const double = portfolio();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Klanten");
      sheet.getRange("D1:E1").values = [["Dubbel", ""]];
      context.workbook.tables.getItemOrNullObject("Portefeuille").resize("A1:E4");
      await context.sync();
    });
    expect(headers(double, "A1:E1")).toEqual(["Klant", "Omzet", "Dubbel", "Dubbel2", "Column1"]);
    expect(double.tables()[0].address).toBe("Klanten!A1:E4");
  });

  it("refuses a resize that moves the header row", async () => {
    portfolio();
    await expect(
      run(async (context) => {
        context.workbook.tables.getItemOrNullObject("Portefeuille").resize("A2:C6");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("takes in a column a user types right beside the header, renaming a duplicate", () => {
    const double = portfolio();
    double.edit("Klanten", "D1", "Omzet");
    expect(double.tables()[0].address).toBe("Klanten!A1:D4");
    expect(headers(double, "A1:D1")).toEqual(["Klant", "Omzet", "Dubbel", "Omzet2"]);
  });

  it("takes in a column a user types right beside a data row, headed Column1", () => {
    const double = portfolio();
    double.edit("Klanten", "D3", "notitie");
    expect(double.tables()[0].address).toBe("Klanten!A1:D4");
    expect(headers(double, "D1:D1")).toEqual(["Column1"]);
  });
});

describe("structured references to a column whose header needs escaping", () => {
  it("reads a quote, a bracket or a # in a column name escaped by a quote, as Excel writes them", () => {
    const double = install(
      createExcelDouble({
        sheets: {
          Clients: [
            ["Client", "Chiffre d'affaires", "Double", "[Note] #1"],
            ["Un", 10, "=Clients[@[Chiffre d''affaires]]*2", "a"],
            ["Deux", 20, "=Clients[@[Chiffre d''affaires]]*2", "b"],
          ],
          Totaux: [["=SUM(Clients[[Chiffre d''affaires]])", "=COUNTA(Clients[['[Note'] '#1]])"]],
        },
        tables: [{ sheet: "Clients", name: "Clients", address: "A1:D3" }],
      }),
    );
    expect(double.values("Clients", "C2:C3")).toEqual([[20], [40]]);
    expect(double.values("Totaux", "A1:B1")).toEqual([[30, 2]]);
  });
});

describe("an Excel Table grows when a user types right below it", () => {
  it("takes in the row, fills its calculated column, and every structured reference sees it", () => {
    const double = portfolio();
    double.edit("Klanten", "A5", "Vier");
    double.edit("Klanten", "B5", 40);
    expect(double.tables()[0].address).toBe("Klanten!A1:C5");
    expect(double.read("Klanten", "C5")).toEqual({ value: 80, formula: "=[@Omzet]*2" });
    expect(double.values("Overzicht", "A1:C1")[0]).toEqual([100, 200, 4]);
  });

  it("carries the calculated column of A1 formulas down, shifted as Excel does", () => {
    const double = createExcelDouble({
      sheets: {
        Klanten: [
          ["Klant", "Omzet", "Btw"],
          ["Een", 10, "=B2*0.21"],
          ["Twee", 20, "=B3*0.21"],
        ],
      },
      tables: [{ sheet: "Klanten", name: "Tabel1", address: "A1:C3" }],
    });
    double.edit("Klanten", "B4", 100);
    expect(double.read("Klanten", "C4")).toEqual({ value: 21, formula: "=B4*0.21" });
  });

  it("lets a name with a structured reference see the new row", async () => {
    const double = portfolio();
    await run(async (context) => {
      context.workbook.names.add("ABC_Omzet", "=Portefeuille[[Omzet]]");
      context.workbook.worksheets.getItem("Overzicht").getRange("D1").formulas = [["=SUM(ABC_Omzet)"]];
      await context.sync();
    });
    expect(double.read("Overzicht", "D1").value).toBe(60);
    double.edit("Klanten", "B5", 40);
    expect(double.read("Overzicht", "D1").value).toBe(100);
  });

  it("stretches conditional formats and validations that cover a whole data column", async () => {
    const double = portfolio();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Klanten");
      sheet.getRange("C2:C4").conditionalFormats.add("CellValue").cellValue.rule = {
        formula1: "=50",
        operator: "GreaterThan",
      };
      sheet.getRange("B2:B4").dataValidation.rule = {
        decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
      };
      sheet.getRange("B2:B3").conditionalFormats.add("CellValue").cellValue.rule = {
        formula1: "=0",
        operator: "LessThan",
      };
      await context.sync();
    });
    double.edit("Klanten", "A5", "Vier");
    expect(double.conditionalFormats("Klanten").map((cf) => cf.range)).toEqual([
      "Klanten!C2:C5",
      "Klanten!B2:B3",
    ]);
    expect(double.validations("Klanten").map((v) => v.range)).toEqual(["Klanten!B2:B5"]);
  });

  it("does not grow for a cell two rows below, an empty entry, or while the totals row shows", () => {
    const double = portfolio();
    double.edit("Klanten", "A6", "Verder");
    double.edit("Klanten", "A5", "");
    expect(double.tables()[0].address).toBe("Klanten!A1:C4");
    double.model.tables[0].showTotals = true;
    double.edit("Klanten", "A5", "Totaal");
    expect(double.tables()[0].address).toBe("Klanten!A1:C4");
  });
});

describe("Table.showHeaders, as Excel switches a Table's header row off and on", () => {
  const show = (value: boolean) =>
    run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Portefeuille");
      table.showHeaders = value;
      const range = table.getRange().load("rowIndex,rowCount");
      await context.sync();
      return { row: range.rowIndex, rows: range.rowCount };
    });

  it("off: the header cells empty and the Table's range is its body; on: the names come back", async () => {
    const double = portfolio();
    expect(await show(false)).toEqual({ row: 1, rows: 3 });
    expect(headers(double, "A1:C1")).toEqual(["", "", ""]);
    expect(await show(true)).toEqual({ row: 0, rows: 4 });
    expect(headers(double, "A1:C1")).toEqual(["Klant", "Omzet", "Dubbel"]);
  });

  it("refuses to switch it on over a row that holds data, and changes nothing", async () => {
    const double = portfolio();
    await show(false);
    double.edit("Klanten", "B1", "eigen tekst");
    await expect(show(true)).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(headers(double, "A1:C1")).toEqual(["", "eigen tekst", ""]);
  });
});
