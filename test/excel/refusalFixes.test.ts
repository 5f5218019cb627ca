import { fixRefusal, insertTemplate, segmentActiveSheet } from "../../src/excel";
import { demoClients } from "../../preview/demoWorkbook";
import { FOUR } from "../colleague/helpers";
import { listSheetDeleted, NOW, segment, workbookWith } from "../support/workbook";

/*
 * The ways forward of a refused run, carried out against the double: they never make things worse. A user's
 * sheet named ABC-instellingen is never written over, the protection is lifted only for a run that writes
 * and comes back as it was, a Table's header row comes back only where Excel puts it, and addresses follow
 * the list when rows move it.
 */

const protectionOf = (sheet: string) =>
  Excel.run(async (context) => {
    const p = context.workbook.worksheets.getItem(sheet).protection.load("protected,options");
    await context.sync();
    return { protected: p.protected, options: p.options };
  });

/** Switches a Table's header row off as a user does (Table Design > Header Row). */
const headerRowOff = (table: string) =>
  Excel.run(async (context) => {
    context.workbook.tables.getItemOrNullObject(table).showHeaders = false;
    await context.sync();
  });

const withAnswer = (answer: string) => {
  const rows = FOUR.map((r) => [...r]);
  rows[2][3] = answer;
  return rows;
};

describe("a user's own sheet named ABC-instellingen", () => {
  const notes = [["Mijn notities bij de klanten"], ["", "budget 2026"], ["", 12345]];

  it("is not written over: Segmenteer refuses, names the sheet, and the workbook is as it was", async () => {
    const double = workbookWith(FOUR, { sheets: { Klanten: FOUR, "ABC-instellingen": notes } });
    double.select({ sheet: "Klanten", cell: "A1" });
    const before = double.dump();
    const out = await segment();
    expect(out.written).toBe(false);
    expect(out.result.problems.map((p) => p.code)).toEqual(["settings-sheet-taken"]);
    expect(out.remedies).toEqual([]);
    expect(double.dump()).toEqual(before);
  });

  it("is not written over from the sheet itself either", async () => {
    const double = workbookWith(FOUR, { sheets: { Klanten: FOUR, "ABC-instellingen": notes } });
    double.select({ sheet: "ABC-instellingen", cell: "B2" });
    const before = double.dump();
    expect((await segment()).result.problems.map((p) => p.code)).toEqual(["settings-sheet-taken"]);
    expect(double.dump()).toEqual(before);
  });
});

describe("a protected sheet", () => {
  const options = { allowFormatCells: true, allowSort: true };

  it("is lifted for one run that writes, then protected again with the options it had", async () => {
    const double = workbookWith(FOUR);
    double.protect("Klanten", options);
    const before = await protectionOf("Klanten");
    const refused = await segment();
    expect(refused.remedies).toEqual([{ kind: "unprotect-sheet", sheet: "Klanten" }]);
    const start = double.syncCount;
    const out = await segmentActiveSheet(undefined, { now: NOW, liftProtection: "Klanten" });
    expect(out.written).toBe(true);
    expect(out.syncs).toBe(double.syncCount - start);
    expect(double.read("Klanten", "J1").value).toBe("Segment");
    expect(await protectionOf("Klanten")).toEqual(before);
    expect(before.options).toMatchObject(options);
  });

  it("is offered no lifting beside an invalid answer, and a run asked to lift it changes nothing", async () => {
    const double = workbookWith(withAnswer("misschien"));
    double.protect("Klanten", options);
    const refused = await segment();
    expect(refused.result.problems.map((p) => p.code)).toEqual(["sheet-protected", "invalid-answer"]);
    expect(refused.remedies).toEqual([]);
    const before = double.dump();
    const out = await segmentActiveSheet(undefined, { now: NOW, liftProtection: "Klanten" });
    expect(out.written).toBe(false);
    expect(double.dump()).toEqual(before);
  });

  it("with a password: a refusal that says so and names the list, no button that cannot work, nothing changed", async () => {
    const double = workbookWith(FOUR);
    double.protect("Klanten", options, "geheim");
    const before = double.dump();
    const out = await segmentActiveSheet(undefined, { now: NOW, liftProtection: "Klanten" });
    expect(out.written).toBe(false);
    expect(out.table).toBe("Klanten!A1:G5");
    expect(out.result.problems[0]).toMatchObject({ code: "sheet-protected", severity: "error" });
    expect(out.result.problems[0].message).toMatch(
      /beveiliging van het blad Klanten niet opheffen; is ze met een wachtwoord/,
    );
    expect(out.result.problems[0].message).not.toMatch(/InvalidArgument/);
    expect(out.remedies).toEqual([]);
    expect(double.dump()).toEqual(before);
  });

  it("comes back when the write fails halfway, and the write's error is what the user hears", async () => {
    const double = workbookWith(FOUR);
    double.protect("Klanten", options);
    double.refuse(/Chart/, "GeneralException");
    await expect(
      segmentActiveSheet(undefined, { now: NOW, liftProtection: "Klanten" }),
    ).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect((await protectionOf("Klanten")).protected).toBe(true);
  });
});

describe("a Table whose header row is off", () => {
  it("gets its header row back by name, with its column names, and the run writes", async () => {
    const double = workbookWith([["Portefeuille 2026"], [], ...FOUR], {
      tables: [{ sheet: "Klanten", name: "Tabel1", address: "A3:G7" }],
    });
    await headerRowOff("Tabel1");
    expect(double.values("Klanten", "A3:B3")).toEqual([["", ""]]);
    double.select({ sheet: "Klanten", cell: "B5" });
    const refused = await segment();
    expect(refused.remedies).toEqual([{ kind: "show-table-headers", table: "Tabel1" }]);
    await fixRefusal({ kind: "show-table-headers", table: "Tabel1" }, "nl");
    expect(double.values("Klanten", "A3:B3")).toEqual([["Klant", "Omzet"]]);
    expect((await segment()).written).toBe(true);
  });

  it("is refused with the cell that is in the way when the row above holds data, and nothing changes", async () => {
    const double = workbookWith([["Portefeuille 2026"], ...FOUR], {
      tables: [{ sheet: "Klanten", name: "Tabel1", address: "A2:G6" }],
    });
    await headerRowOff("Tabel1");
    double.edit("Klanten", "C2", "mijn kop");
    const before = double.dump();
    await expect(fixRefusal({ kind: "show-table-headers", table: "Tabel1" }, "nl")).rejects.toThrow(
      "Excel zet de veldnamenrij van de tabel Tabel1 in rij 2, maar daar staat al iets (Klanten!C2: mijn kop).",
    );
    expect(double.dump()).toEqual(before);
  });

  it("says so when the Table is gone", async () => {
    workbookWith(FOUR);
    await expect(fixRefusal({ kind: "show-table-headers", table: "Weg" }, "en")).rejects.toThrow(
      "The table Weg no longer exists.",
    );
  });
});

describe("the segmented list after rows were inserted above it", () => {
  it("is named where it is now by the refusal elsewhere, and segmented there from the settings sheet", async () => {
    const double = workbookWith(demoClients("nl"));
    await segment();
    double.insertRows("Klanten", 1, 2);
    await insertTemplate(true, "nl", 2026);
    const elsewhere = await segment();
    expect(elsewhere.remedies[0]).toEqual({ kind: "go-to-segmented-list", list: "Klanten!A5:I25" });
    expect(elsewhere.result.problems[0].message).toContain("Klanten!A5:I25");
    double.select({ sheet: "ABC-instellingen", cell: "B7" });
    const fromSettings = await segment();
    expect(fromSettings.remedies).toContainEqual({ kind: "segment-list", list: "Klanten!A5:I25" });
    double.select({ sheet: "Klanten", cell: "A5" });
    expect(await segment()).toMatchObject({ written: true, table: "Klanten!A5:I25" });
  });
});

describe("a segmented list whose sheet was deleted", () => {
  it("counts as no analysis: Segmenteer on another list segments it as a first run, reusing the settings sheet", async () => {
    const double = await listSheetDeleted(FOUR);
    double.edit("Klanten", "A1", "");
    for (const [i, row] of FOUR.entries())
      row.forEach((cell, c) => double.edit("Klanten", `${String.fromCharCode(65 + c)}${i + 1}`, cell));
    double.select({ sheet: "Klanten", cell: "A1" });
    const out = await segment();
    expect(out.written).toBe(true);
    expect(double.names().ABC_Tabel).toBe("=Klanten!$A$1:$G$1");
    expect(double.read("ABC-instellingen", "B3").value).toBe("Klanten!A1:G5");
  });
});
