import { createExcelDouble, type ExcelDouble } from "../double";

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
  Excel.run({ delayForCellEdit: true }, batch);

/** Runs a batch on the sheet Klanten and syncs. */
const onSheet = <T>(batch: (sheet: Excel.Worksheet) => T) =>
  run(async (context) => {
    const result = batch(context.workbook.worksheets.getItem("Klanten"));
    await context.sync();
    return result;
  });

/** Marks a name whose check in column C is 0 and that is text, on rows 2 to 5. */
const markUnchecked = (sheet: Excel.Worksheet) => {
  const flag = sheet.getRange("B2:B5").conditionalFormats.add(Excel.ConditionalFormatType.custom);
  flag.custom.rule.formula = "=AND($C2=0,ISTEXT(B2))";
  flag.custom.format.fill.color = "#FFC7CE";
  flag.custom.format.font.color = "#9C0006";
  flag.custom.format.font.bold = true;
  return flag;
};

describe("custom conditional formats", () => {
  let double: ExcelDouble;
  beforeEach(() => {
    double = createExcelDouble({
      sheets: {
        Klanten: [
          ["Nr", "Klant", "Controle"],
          [1, "Een", 1],
          [2, "Twee", 0],
          [3, 3, 0],
          [4, "Vier", 0],
        ],
      },
    });
    double.install();
  });
  afterEach(() => double.uninstall());

  it("keeps the formula and the format, and marks the cells whose moved formula is TRUE", async () => {
    await onSheet(markUnchecked);
    expect(double.conditionalFormats("Klanten")).toEqual([
      expect.objectContaining({
        type: "Custom",
        range: "Klanten!B2:B5",
        formula: "=AND($C2=0,ISTEXT(B2))",
        fill: "#FFC7CE",
        fontColor: "#9C0006",
        bold: true,
      }),
    ]);
    expect(double.marked("Klanten")).toEqual(["B3", "B5"]);
    double.edit("Klanten", "C2", 0);
    expect(double.marked("Klanten")).toEqual(["B2", "B3", "B5"]);
  });

  it("marks within whole columns too, evaluating only the used cells", async () => {
    await onSheet((sheet) => {
      sheet.getRange("B:B").conditionalFormats.add("Custom").custom.rule.formula = '=B1="Twee"';
    });
    expect(double.marked("Klanten")).toEqual(["B3"]);
  });

  it("is found again by id and type, its formula loaded, and deleted", async () => {
    await onSheet(markUnchecked);
    const found = await run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Klanten").getRange("A1:C5").conditionalFormats;
      formats.load("items/id,items/type");
      await context.sync();
      const rule = formats.items[0].custom.rule.load("formula");
      await context.sync();
      return { id: formats.items[0].id, type: formats.items[0].type, formula: rule.formula };
    });
    expect(found).toEqual({ id: expect.any(String), type: "Custom", formula: "=AND($C2=0,ISTEXT(B2))" });
    await onSheet((sheet) => sheet.getRange().conditionalFormats.getItem(found.id).delete());
    expect(double.conditionalFormats("Klanten")).toEqual([]);
    expect(double.marked("Klanten")).toEqual([]);
  });

  it("puts the format added last at priority 0, keeps stopIfTrue, and moves one given a priority", async () => {
    await onSheet((sheet) => {
      markUnchecked(sheet);
      const second = sheet.getRange("C2:C5").conditionalFormats.add("CellValue");
      second.cellValue.rule = { formula1: "=0", operator: "EqualTo" };
      second.stopIfTrue = true;
    });
    const load = () =>
      run(async (context) => {
        const formats = context.workbook.worksheets.getItem("Klanten").getRange().conditionalFormats;
        formats.load("items/type,items/priority,items/stopIfTrue");
        await context.sync();
        return formats.items.map((f) => [f.type, f.priority, f.stopIfTrue]);
      });
    expect(await load()).toEqual([
      ["Custom", 1, false],
      ["CellValue", 0, true],
    ]);
    await run(async (context) => {
      const formats = context.workbook.worksheets
        .getItem("Klanten")
        .getRange()
        .conditionalFormats.load("items/type");
      await context.sync();
      formats.items[0].priority = 0;
      await context.sync();
    });
    expect((await load()).map(([type, priority]) => [type, priority])).toEqual([
      ["CellValue", 1],
      ["Custom", 0],
    ]);
  });

  it("refuses a formula that does not parse, a type Excel does not have, and the wrong kind's rule", async () => {
    await expect(
      onSheet((sheet) => {
        sheet.getRange("B2:B5").conditionalFormats.add("Custom").custom.rule.formula = "=AND($C2=0,";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      onSheet((sheet) =>
        sheet.getRange("B2").conditionalFormats.add("Sparkle" as Excel.ConditionalFormatType),
      ),
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(
      onSheet((sheet) => {
        sheet.getRange("B2").conditionalFormats.add("CellValue").custom.format.fill.color = "#FFFFFF";
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("goes with Range.clear of the formats, and stays with a clear of the contents", async () => {
    await onSheet(markUnchecked);
    await onSheet((sheet) => sheet.getRange("B2:B5").clear("Contents"));
    expect(double.conditionalFormats("Klanten")).toHaveLength(1);
    expect(double.values("Klanten", "B2:B5")).toEqual([[""], [""], [""], [""]]);
    await onSheet((sheet) => sheet.getRange("A1:C5").clear("Formats"));
    expect(double.conditionalFormats("Klanten")).toEqual([]);
  });

  it("fails at sync on a host without ExcelApi 1.6", async () => {
    const old = createExcelDouble({ sheets: { Klanten: [["a"]] }, apiVersion: "1.5" });
    old.install();
    await expect(onSheet(markUnchecked)).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
