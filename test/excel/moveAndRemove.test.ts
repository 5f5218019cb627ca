import { insertTemplate, removeAnalysis, segmentActiveSheet } from "../../src/excel";
import { demoClients } from "../../preview/demoWorkbook";
import type { ExcelDouble } from "../double";
import { NOW, segment, workbookWith } from "../support/workbook";

/*
 * The dead end: a workbook that segments Klanten, a template inserted beside it, Segmenteer on
 * the template. The refusal offers the move and the removal; both take off only what the add-in added.
 */

/** One sheet of the double's dump: its cells, hidden columns, rules and validations (not column widths, which Excel cannot unset). */
function sheetState(double: ExcelDouble, sheet: string) {
  const dump = double.dump() as { sheets: Array<Record<string, unknown> & { name: string }> };
  const found = dump.sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`No sheet ${sheet}`);
  return Object.fromEntries(Object.entries(found).filter(([key]) => key !== "widths"));
}

/** Segmenteer on the active sheet, moving the analysis here. */
const move = () => segmentActiveSheet(undefined, { now: NOW, move: true });

describe("a second list in a workbook that segments one", () => {
  it("refuses with the segmented list's whole range and offers go to, move and remove", async () => {
    workbookWith(demoClients("nl"));
    await segment();
    await insertTemplate(true, "nl", 2026);
    const outcome = await segment();
    expect(outcome.written).toBe(false);
    expect(outcome.result.problems[0].code).toBe("other-analysis");
    expect(outcome.result.problems[0].message).toContain("Klanten!A3:I23");
    expect(outcome.result.problems[0].message).not.toMatch(/\$|verwijder het blad/);
    expect(outcome.remedies).toEqual([
      { kind: "go-to-segmented-list", list: "Klanten!A3:I23" },
      { kind: "move-analysis", from: "Klanten!A3:I23", to: "'ABC-sjabloon'!A4:I24" },
      { kind: "remove-analysis", list: "Klanten!A3:I23" },
    ]);
  });

  it("moves the analysis: the template gets letters, Klanten is as before its first Segmenteer", async () => {
    const double = workbookWith(demoClients("nl"));
    const before = sheetState(double, "Klanten");
    await segment();
    await insertTemplate(true, "nl", 2026);
    const outcome = await move();
    expect(outcome.written).toBe(true);
    expect(outcome.table).toBe("'ABC-sjabloon'!A4:I24");
    expect(outcome.moved).toMatchObject({
      list: "Klanten!A3:I23",
      kept: [],
      chart: true,
      settingsSheet: false,
    });
    expect(
      double
        .values("ABC-sjabloon", "L5:L24")
        .flat()
        .every((v) => /^[ABC]$/.test(String(v))),
    ).toBe(true);
    expect(sheetState(double, "Klanten")).toEqual(before);
    expect(double.charts("Klanten")).toEqual([]);
    expect(double.charts("ABC-sjabloon")).toHaveLength(1);
    expect(double.names().ABC_Tabel).toBe("='ABC-sjabloon'!$A$4:$I$4");
    expect((await segment()).written).toBe(true);
  });

  it("moves nothing when the new list is refused for its own reasons", async () => {
    const double = workbookWith(demoClients("nl"));
    await segment();
    const segmented = sheetState(double, "Klanten");
    await insertTemplate(false, "nl", 2026);
    const outcome = await move();
    expect(outcome.written).toBe(false);
    expect(outcome.result.problems.map((p) => p.code)).toEqual(["no-clients"]);
    expect(sheetState(double, "Klanten")).toEqual(segmented);
  });

  it("keeps what a colleague typed into an add-in column when the analysis moves", async () => {
    const double = workbookWith(demoClients("nl"));
    await segment();
    double.edit("Klanten", "K6", "bellen in maart");
    await insertTemplate(true, "nl", 2026);
    const outcome = await move();
    expect(outcome.moved?.kept).toEqual(["Klanten!K6"]);
    expect(double.read("Klanten", "K6").value).toBe("bellen in maart");
    expect(double.read("Klanten", "K5").formula).toBe("");
    expect(double.read("Klanten", "J3").value).toBe("");
  });
});

describe("Verwijder de analyse", () => {
  it("leaves a plain list's workbook as it was before the first Segmenteer", async () => {
    const double = workbookWith(demoClients("nl"));
    const before = sheetState(double, "Klanten");
    await segment();
    const removal = await removeAnalysis("nl");
    expect(removal).toMatchObject({ list: "Klanten!A3:I23", chart: true, settingsSheet: true, kept: [] });
    expect(removal.columns.slice(0, 3)).toEqual(["Totaal", "Score", "Segment"]);
    expect(sheetState(double, "Klanten")).toEqual(before);
    expect(double.sheetNames()).toEqual(["Klanten"]);
    expect(double.names()).toEqual({});
  });

  it("takes the add-in's columns out of an Excel Table and leaves the template as inserted", async () => {
    const double = workbookWith(demoClients("nl"));
    await insertTemplate(true, "nl", 2026);
    const before = sheetState(double, "ABC-sjabloon");
    const tables = double.tables();
    await segment();
    await removeAnalysis("nl");
    expect(sheetState(double, "ABC-sjabloon")).toEqual(before);
    expect(double.tables()).toEqual(tables);
    expect(double.sheetNames()).toEqual(["Klanten", "ABC-sjabloon"]);
  });

  it("says so when the workbook segments nothing", async () => {
    workbookWith(demoClients("nl"));
    await expect(removeAnalysis("nl")).rejects.toThrow(/geen analyse om te verwijderen/);
  });
});
