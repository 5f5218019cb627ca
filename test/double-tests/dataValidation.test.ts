import { createExcelDouble, type ExcelDouble } from "../double";

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
  Excel.run({ delayForCellEdit: true }, batch);

const JA_NEE = { list: { inCellDropDown: true, source: "Ja,Nee" } };

/** Runs a batch on the sheet Klanten and syncs. */
const onSheet = (batch: (sheet: Excel.Worksheet) => void) =>
  run(async (context) => {
    batch(context.workbook.worksheets.getItem("Klanten"));
    await context.sync();
  });

/** DataValidation.type of each address. */
const types = (...addresses: string[]) =>
  run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Klanten");
    const loaded = addresses.map((a) => sheet.getRange(a).dataValidation.load("type"));
    await context.sync();
    return loaded.map((v) => v.type);
  });

describe("Range.dataValidation (ExcelApi 1.8)", () => {
  let double: ExcelDouble;
  beforeEach(() => {
    double = createExcelDouble({
      sheets: {
        Klanten: [
          ["Klant", "Akkoord", "Omzet"],
          ["Een", "Ja", 10],
          ["Twee", "ja", -5],
          ["Drie", "", 20],
        ],
      },
    });
    double.install();
  });
  afterEach(() => double.uninstall());

  it("keeps a Ja/Nee list with its alert, prompt and blank handling, and loads them back", async () => {
    await onSheet((sheet) => {
      const v = sheet.getRange("B2:B4").dataValidation;
      v.rule = JA_NEE;
      v.ignoreBlanks = true;
      v.errorAlert = { showAlert: true, style: "Warning", title: "Ja of Nee", message: "Kies Ja of Nee." };
      v.prompt = { showPrompt: true, title: "Akkoord?", message: "Ja of Nee" };
    });
    expect(double.validations("Klanten")).toEqual([
      {
        range: "Klanten!B2:B4",
        rule: JA_NEE,
        ignoreBlanks: true,
        errorAlert: { showAlert: true, style: "Warning", title: "Ja of Nee", message: "Kies Ja of Nee." },
        prompt: { showPrompt: true, title: "Akkoord?", message: "Ja of Nee" },
      },
    ]);
    const loaded = await run(async (context) => {
      const v = context.workbook.worksheets.getItem("Klanten").getRange("B2:B4").dataValidation;
      v.load("type,rule,errorAlert,ignoreBlanks");
      await context.sync();
      return { type: v.type, rule: v.rule, style: v.errorAlert.style, ignoreBlanks: v.ignoreBlanks };
    });
    expect(loaded).toEqual({ type: "List", rule: JA_NEE, style: "Warning", ignoreBlanks: true });
  });

  it("says None, the rule's type, MixedCriteria or Inconsistent, as Excel does", async () => {
    await onSheet((sheet) => {
      sheet.getRange("B2:B3").dataValidation.rule = JA_NEE;
      sheet.getRange("C2:C4").dataValidation.rule = {
        decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
      };
    });
    expect(await types("A2:A4", "B2:B3", "B2:B4", "B2:C3")).toEqual([
      "None",
      "List",
      "MixedCriteria",
      "Inconsistent",
    ]);
    expect(await types("C3")).toEqual(["Decimal"]);
  });

  it("replaces, for the range only, a rule that covers part of it", async () => {
    await onSheet((sheet) => {
      sheet.getRange("B1:B4").dataValidation.rule = JA_NEE;
      sheet.getRange("B2:C3").dataValidation.rule = {
        wholeNumber: { formula1: 1, formula2: 5, operator: "Between" },
      };
    });
    expect(double.validations("Klanten").map((v) => [v.range, Object.keys(v.rule as object)[0]])).toEqual([
      ["Klanten!B1", "list"],
      ["Klanten!B4", "list"],
      ["Klanten!B2:C3", "wholeNumber"],
    ]);
    await onSheet((sheet) => sheet.getRange("B1:B2").dataValidation.clear());
    expect(double.validations("Klanten").map((v) => v.range)).toEqual([
      "Klanten!B4",
      "Klanten!B3:C3",
      "Klanten!C2",
    ]);
  });

  it("knows whether the values pass: a list ignores case, a blank passes, a number has its limits", async () => {
    await onSheet((sheet) => {
      sheet.getRange("B2:B4").dataValidation.rule = JA_NEE;
      sheet.getRange("C2:C4").dataValidation.rule = {
        decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
      };
    });
    const valid = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Klanten");
      const answers = sheet.getRange("B2:B4").dataValidation.load("valid");
      const amounts = sheet.getRange("C2:C4").dataValidation.load("valid");
      await context.sync();
      return [answers.valid, amounts.valid];
    });
    expect(valid).toEqual([true, false]);
  });

  it.each([
    ["a list source over 255 characters", { list: { source: Array(60).fill("Nooit").join(",") } }],
    ["an empty list source", { list: { source: "" } }],
    ["no kind", {}],
    ["two kinds", { ...JA_NEE, decimal: { formula1: 0, operator: "GreaterThan" } }],
    ["an unknown operator", { decimal: { formula1: 0, operator: "AtLeast" } }],
    ["Between without formula2", { wholeNumber: { formula1: 0, operator: "Between" } }],
    ["a limit that is no number", { decimal: { formula1: "veel", operator: "LessThan" } }],
  ])("refuses %s with InvalidArgument, as Excel does", async (_, rule) => {
    await expect(
      onSheet((sheet) => (sheet.getRange("B2").dataValidation.rule = rule as Excel.DataValidationRule)),
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(double.validations("Klanten")).toEqual([]);
  });

  it.each([
    ["an unknown style", { style: "Fatal" }],
    ["a title over 32 characters", { title: "x".repeat(33) }],
    ["a message over 225 characters", { message: "x".repeat(226) }],
  ])("refuses an error alert with %s", async (_, alert) => {
    await expect(
      onSheet(
        (sheet) => (sheet.getRange("B2").dataValidation.errorAlert = alert as Excel.DataValidationErrorAlert),
      ),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("fails at sync on a host without ExcelApi 1.8", async () => {
    const old = createExcelDouble({ sheets: { Klanten: [["a"]] }, apiVersion: "1.7" });
    old.install();
    await expect(
      onSheet((sheet) => (sheet.getRange("A1").dataValidation.rule = JA_NEE)),
    ).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });
});
