import { insertTemplate, removeAnalysis, segmentActiveSheet } from "../../src/excel";
import { demoClients } from "../../preview/demoWorkbook";
import { FOUR } from "../colleague/helpers";
import { listSheetDeleted, NOW, segment, workbookWith } from "../support/workbook";

/*
 * "Verwijder de analyse" and "Verplaats de analyse" never overwrite, delete, move or read as the add-in's
 * a cell it did not create. FOUR: header row 1, clients rows 2-5; the add-in's columns are H (Totaal) to
 * P, its formulas down to row 55 (the reserve below the list).
 */

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch);

/** Adds a second list on a new active sheet, for a move. */
const secondList = () =>
  run(async (context) => {
    const sheet = context.workbook.worksheets.add("Nieuw");
    sheet.getRange("A1:G5").values = FOUR as never;
    sheet.activate();
    await context.sync();
  });

const move = () => segmentActiveSheet(undefined, { now: NOW, move: true });

describe("a colleague's formulas in the add-in's columns", () => {
  it.each(["H", "I", "J", "K", "P"])(
    "a block of another shape below the reserve in column %s stays on Verwijder and Verplaats",
    async (column) => {
      for (const action of ["remove", "move"] as const) {
        const double = workbookWith(FOUR);
        await segment();
        for (let r = 60; r <= 140; r++) double.edit("Klanten", `${column}${r}`, `=B${r}*2`);
        if (action === "move") await secondList();
        const removal = action === "move" ? (await move()).moved : await removeAnalysis("nl");
        expect(double.read("Klanten", `${column}60`).formula).toBe("=B60*2");
        expect(double.read("Klanten", `${column}140`).formula).toBe("=B140*2");
        expect(double.read("Klanten", `${column}2`).formula).toBe("");
        expect(removal?.kept).toHaveLength(81);
        expect(removal?.kept[0]).toBe(`Klanten!${column}60`);
      }
    },
  );

  it("the add-in's formula copied to another row is the user's: it refers to that other row", async () => {
    const double = workbookWith(FOUR);
    await segment();
    const own = double.read("Klanten", "H2").formula as string;
    double.edit("Klanten", "H70", own);
    const removal = await removeAnalysis("nl");
    expect(double.read("Klanten", "H70").formula).toBe(own);
    expect(removal.kept).toEqual(["Klanten!H70"]);
  });

  it.each(["Score 2025", "Totaal 2", "score", "SEGMENT"])(
    "a user's column headed %s inside the range ABC_Kolommen marks keeps its header and formulas",
    async (header) => {
      const double = workbookWith(FOUR);
      await segment();
      double.edit("Klanten", "Q1", header);
      for (let r = 2; r <= 5; r++) double.edit("Klanten", `Q${r}`, `=D${r}="Ja"`);
      await run(async (context) => {
        context.workbook.names.getItem("ABC_Kolommen").delete();
        context.workbook.names.add("ABC_Kolommen", "=Klanten!$H$1:$Q$1");
        await context.sync();
      });
      const removal = await removeAnalysis("nl");
      expect(double.read("Klanten", "Q1").value).toBe(header);
      expect(double.read("Klanten", "Q2").formula).toBe('=D2="Ja"');
      expect(removal.columns).not.toContain(header);
    },
  );
});

describe("the add-in's columns in an Excel Table", () => {
  async function templateWithNotes(apiVersion?: string) {
    const double = workbookWith(demoClients("nl"), apiVersion ? { apiVersion } : {});
    await insertTemplate(true, "nl", 2026);
    await segment();
    double.edit("ABC-sjabloon", "T6", "bellen");
    return double;
  }

  it("leave the Table by a resize (ExcelApi 1.13): a note right of the Table stays in its cell", async () => {
    const double = await templateWithNotes();
    await removeAnalysis("nl");
    expect(double.read("ABC-sjabloon", "T6").value).toBe("bellen");
    expect(double.read("ABC-sjabloon", "J4").value).toBe("");
    expect(double.read("ABC-sjabloon", "J6").formula).toBe("");
    expect(double.tables()).toEqual([
      { name: "Klanten", sheet: "ABC-sjabloon", address: "ABC-sjabloon!A4:I24" },
    ]);
  });

  it("without ExcelApi 1.13, a note right of the Table refuses the removal by name, nothing changed", async () => {
    const double = await templateWithNotes("1.12");
    const before = JSON.stringify(double.dump());
    await expect(removeAnalysis("nl")).rejects.toThrow(/ABC-sjabloon'?!T6.*er is niets gewijzigd/);
    expect(JSON.stringify(double.dump())).toBe(before);
  });

  it("without ExcelApi 1.13 and nothing right of the Table, its columns are deleted", async () => {
    const double = workbookWith(demoClients("nl"), { apiVersion: "1.12" });
    await insertTemplate(true, "nl", 2026);
    await segment();
    await removeAnalysis("nl");
    expect(double.tables()).toEqual([
      { name: "Klanten", sheet: "ABC-sjabloon", address: "ABC-sjabloon!A4:I24" },
    ]);
    expect(double.read("ABC-sjabloon", "J5").formula).toBe("");
  });

  it("the double moves cells right of a Table left when a Table column is deleted, as Excel does", async () => {
    const double = workbookWith([
      ["Naam", "Getal", "Weg"],
      ["a", 1, 2],
    ]);
    double.edit("Klanten", "E2", "notitie");
    await run(async (context) => {
      const table = context.workbook.worksheets.getItem("Klanten").tables.add("A1:C2", true);
      table.columns.getItem("Weg").delete();
      await context.sync();
    });
    expect(double.read("Klanten", "D2").value).toBe("notitie");
    expect(double.read("Klanten", "E2").value).toBe("");
  });

  it("a list made a Table after the run keeps none of the add-in's formulas, inside or below the Table", async () => {
    const double = workbookWith(FOUR);
    await segment();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Klanten").tables.add("A1:P5", true);
      await context.sync();
    });
    await removeAnalysis("nl");
    const left: string[] = [];
    for (const column of "HIJKLMNOP")
      for (let r = 1; r <= 60; r++)
        if (double.read("Klanten", `${column}${r}`).formula !== "") left.push(`${column}${r}`);
    expect(left).toEqual([]);
    expect(double.values("Klanten", "A1:G1").flat()).toEqual(FOUR[0]);
  });
});

describe("drop-downs, settings sheet and names", () => {
  it.each(["A200", "D80", "Z3"])("the Ja/Nee drop-downs go also with a note at %s", async (cell) => {
    const double = workbookWith(FOUR);
    await segment();
    double.edit("Klanten", cell, "Bron: CRM");
    await removeAnalysis("nl");
    expect(double.validations("Klanten")).toEqual([]);
  });

  it("a user's own drop-down on an answer column stays", async () => {
    const double = workbookWith(FOUR);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Klanten").getRange("E2:E5");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "Ja,Nee,Misschien" } } as never;
      await context.sync();
    });
    const before = double.validations("Klanten");
    await segment();
    await removeAnalysis("nl");
    expect(double.validations("Klanten")).toEqual(before);
  });

  it("a settings sheet under another name is found through the names and reported by that name", async () => {
    const double = workbookWith(FOUR);
    await segment();
    await run(async (context) => {
      context.workbook.worksheets.add("Instellingen");
      await context.sync();
    });
    const moved = Object.entries(double.names()).filter(([, formula]) =>
      formula.includes("ABC-instellingen"),
    );
    await run(async (context) => {
      for (const [name, formula] of moved) {
        context.workbook.names.getItem(name).delete();
        context.workbook.names.add(name, formula.replace("'ABC-instellingen'", "Instellingen"));
      }
      await context.sync();
    });
    double.deleteSheet("ABC-instellingen");
    const removal = await removeAnalysis("nl");
    expect(removal).toMatchObject({ settingsSheet: true, settingsSheetName: "Instellingen" });
    expect(double.sheetNames()).toEqual(["Klanten"]);
  });

  it("after the list's sheet was deleted (its names read #REF!), the names and settings sheet still go", async () => {
    const double = await listSheetDeleted(FOUR);
    expect(double.names().ABC_Tabel).toBe("=#REF!$A$1:$G$1");
    const removal = await removeAnalysis("nl");
    expect(removal).toMatchObject({ listGone: true, settingsSheet: true, columns: [] });
    expect(double.sheetNames()).toEqual(["Klanten"]);
    expect(double.names()).toEqual({});
  });

  it("a user's own sheet named ABC-instellingen (no names of the add-in, not its title) is never deleted", async () => {
    const double = workbookWith(FOUR);
    await run(async (context) => {
      const own = context.workbook.worksheets.add("ABC-instellingen");
      own.getRange("A1:B2").values = [
        ["Mijn notities", "ABC-analyse 2024"],
        ["Klant", "Opmerking"],
      ];
      await context.sync();
    });
    await expect(removeAnalysis("nl")).rejects.toThrow(/geen analyse/);
    expect(double.sheetNames()).toEqual(["Klanten", "ABC-instellingen"]);
    expect(double.values("ABC-instellingen", "A1:B2")).toEqual([
      ["Mijn notities", "ABC-analyse 2024"],
      ["Klant", "Opmerking"],
    ]);
  });

  it.each(["nl", "en"] as const)("a workbook with nothing of the add-in's says so (%s)", async (language) => {
    workbookWith(FOUR);
    await expect(removeAnalysis(language)).rejects.toThrow(
      language === "nl" ? /geen analyse/ : /no analysis/,
    );
  });
});

describe("a move from a protected sheet", () => {
  it("is refused before anything changes, naming the sheet, with unprotect and go to as ways forward", async () => {
    const double = workbookWith(FOUR);
    await segment();
    double.protect("Klanten");
    await secondList();
    const before = JSON.stringify(double.dump());
    const outcome = await move();
    expect(JSON.stringify(double.dump())).toBe(before);
    expect(outcome.written).toBe(false);
    expect(outcome.result.problems[0].message).toMatch(/Het blad Klanten is beveiligd.*niets gewijzigd/);
    expect(outcome.remedies).toEqual([
      { kind: "unprotect-sheet", sheet: "Klanten", move: true },
      { kind: "go-to-segmented-list", list: "Klanten!A1:G5" },
    ]);
  });

  it("Verwijder on a protected list's sheet is refused the same way", async () => {
    const double = workbookWith(FOUR);
    await segment();
    double.protect("Klanten");
    const before = JSON.stringify(double.dump());
    await expect(removeAnalysis("en")).rejects.toThrow(/The sheet Klanten is protected.*nothing was changed/);
    expect(JSON.stringify(double.dump())).toBe(before);
  });
});
