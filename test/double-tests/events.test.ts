import { createExcelDouble, type ExcelDouble } from "../double";

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
  Excel.run({ delayForCellEdit: true }, batch);

/** Lets the events Excel raised after the last edit or sync reach their handlers. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

type Args = Excel.WorksheetChangedEventArgs;

/** A double on that API version with two sheets, installed. */
function workbook(apiVersion = "1.17"): ExcelDouble {
  const double = createExcelDouble({
    sheets: {
      Klanten: [
        ["Klant", "Omzet"],
        ["Een", 10],
        ["Twee", 20],
      ],
      Overzicht: [["Totaal"]],
    },
    apiVersion,
  });
  double.install();
  return double;
}

/** Registers a handler on a sheet's onChanged and returns what it heard and how to remove it. */
async function listen(
  sheet: string,
): Promise<{ heard: Args[]; handler: OfficeExtension.EventHandlerResult<Args> }> {
  const heard: Args[] = [];
  const handler = await run(async (context) => {
    const result = context.workbook.worksheets.getItem(sheet).onChanged.add(async (args) => {
      heard.push(args);
    });
    await context.sync();
    return result;
  });
  return { heard, handler };
}

describe("Worksheet.onChanged (ExcelApi 1.7)", () => {
  let double: ExcelDouble;
  afterEach(() => double.uninstall());

  it("tells a handler, after the edit, which cell a user changed on its sheet", async () => {
    double = workbook();
    const { heard } = await listen("Klanten");
    const id = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Klanten").load("id");
      await context.sync();
      return sheet.id;
    });
    double.edit("Klanten", "B3", 25);
    double.edit("Overzicht", "A2", 1);
    expect(heard).toEqual([]);
    await delivered();
    expect(heard).toEqual([
      {
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        source: "Local",
        worksheetId: id,
        address: "B3",
        triggerSource: "Unknown",
      },
    ]);
  });

  it("fires for the add-in's own writes too, after the sync, saying so from ExcelApi 1.14", async () => {
    double = workbook();
    const { heard } = await listen("Klanten");
    await run(async (context) => {
      context.workbook.worksheets.getItem("Klanten").getRange("B3:C4").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    await delivered();
    expect(heard.map((a) => [a.address, a.triggerSource])).toEqual([["B3:C4", "ThisLocalAddin"]]);
  });

  it("leaves out triggerSource where the host has no ExcelApi 1.14", async () => {
    double = workbook("1.8");
    const { heard } = await listen("Klanten");
    double.edit("Klanten", "A2", "Eén");
    await delivered();
    expect(heard).toHaveLength(1);
    expect(heard[0]).not.toHaveProperty("triggerSource");
  });

  it("registers and removes handlers only at a sync", async () => {
    double = workbook();
    const heard: Args[] = [];
    await run(async (context) => {
      context.workbook.worksheets.getItem("Klanten").onChanged.add(async (args) => {
        heard.push(args);
      });
      double.edit("Klanten", "A2", "voor de sync");
      await context.sync();
    });
    await delivered();
    expect(heard).toEqual([]);

    const { heard: later, handler } = await listen("Klanten");
    await Excel.run(handler.context, async (context) => {
      handler.remove();
      double.edit("Klanten", "A2", "nog gehoord");
      await context.sync();
      double.edit("Klanten", "A2", "niet meer gehoord");
    });
    await delivered();
    expect(later.map((a) => a.address)).toEqual(["A2"]);
  });

  it("refuses to remove a handler in another request context than the one that added it", async () => {
    double = workbook();
    const listener = async () => undefined;
    await run(async (context) => {
      context.workbook.worksheets.getItem("Klanten").onChanged.add(listener);
      await context.sync();
    });
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Klanten").onChanged.remove(listener);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("reports deleted rows as RowDeleted with their row numbers", async () => {
    double = workbook();
    const { heard } = await listen("Klanten");
    double.deleteRows("Klanten", 2, 2);
    await delivered();
    expect(heard.map((a) => [a.changeType, a.address])).toEqual([["RowDeleted", "2:3"]]);
  });

  it("falls silent for a sheet that is deleted before its event arrives", async () => {
    double = workbook();
    const { heard } = await listen("Overzicht");
    double.edit("Overzicht", "A1", "weg");
    double.deleteSheet("Overzicht");
    await delivered();
    expect(heard).toEqual([]);
  });

  it("fails at sync on a host without ExcelApi 1.7", async () => {
    double = workbook("1.6");
    await expect(listen("Klanten")).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("WorksheetCollection.onChanged (ExcelApi 1.9)", () => {
  let double: ExcelDouble;
  afterEach(() => double.uninstall());

  it("hears every sheet", async () => {
    double = workbook();
    const heard: Args[] = [];
    await run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        heard.push(args);
      });
      await context.sync();
    });
    double.edit("Klanten", "A2", "x");
    double.edit("Overzicht", "A2", "y");
    await delivered();
    expect(heard.map((a) => a.address)).toEqual(["A2", "A2"]);
    expect(new Set(heard.map((a) => a.worksheetId)).size).toBe(2);
  });

  it("fails at sync on a host with ExcelApi 1.8", async () => {
    double = workbook("1.8");
    await expect(
      run(async (context) => {
        context.workbook.worksheets.onChanged.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
