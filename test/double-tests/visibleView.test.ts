import { createExcelDouble, type ExcelDouble } from "../double";

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch);

/** Counts the visible rows of Klanten!A1:B4 and loads its values in the same sync. */
const countVisible = () =>
  run(async (context) => {
    const used = context.workbook.worksheets.getItem("Klanten").getRange("A1:B4").load("values");
    const view = used.getVisibleView().load("rowCount");
    try {
      await context.sync();
    } catch (error) {
      // The failed sync delivered nothing, not even what it loaded besides the view.
      expect(() => used.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      throw error;
    }
    return view.rowCount;
  });

describe("the double's visible view when Excel fails to give it", () => {
  let double: ExcelDouble;
  beforeEach(() => {
    double = createExcelDouble({
      sheets: {
        Klanten: [
          ["Klant", "Omzet"],
          ["Een", 10],
          ["Twee", 20],
          ["Drie", 30],
        ],
      },
    });
    double.install();
    double.hideRows("Klanten", 3, 1);
  });
  afterEach(() => double.uninstall());

  it("fails the sync with InvalidArgument in Excel's words, as on big or filtered ranges, until told to stop", async () => {
    double.failVisibleView();
    await expect(countVisible()).rejects.toMatchObject({
      name: "RichApi.Error",
      code: "InvalidArgument",
      message: "The argument is invalid or missing or has an incorrect format.",
    });
    double.failVisibleView(null);
    await expect(countVisible()).resolves.toBe(3);
  });

  it("fails with another code when told so, and leaves ranges without a view alone", async () => {
    double.failVisibleView("GeneralException");
    await expect(countVisible()).rejects.toMatchObject({ code: "GeneralException" });
    const values = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Klanten").getRange("A2:B2").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["Een", 10]]);
  });
});
