import type { Cell } from "../../src/method/types";
import { NOW, workbookWith } from "../support/workbook";

type Excel = typeof import("../../src/excel");

/** Klein BV's revenue was typed as '9000 and Middel BV's potential pasted as text with € and groups. */
const CLIENTS: Cell[][] = [
  ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Groot NV", 250000, 50000, "Ja", "Ja", "Nee", "Ja"],
  ["Klein BV", "'9000", 1000, "Nee", "Nee", "Ja", "Nee"],
  ["Middel BV", 60000, "€ 260.000,00", "Ja", "Nee", "Nee", "Nee"],
];

const FOUND = [
  { address: "Klanten!B3", text: "9000", value: 9000 },
  { address: "Klanten!C4", text: "€ 260.000,00", value: 260000 },
];

const EURO = '"€ "#,##0';

let excel: Excel;
beforeEach(async () => {
  jest.resetModules();
  excel = await import("../../src/excel");
});

/** A workbook with the clients above, where the amount cells have a € format. */
function workbook() {
  const double = workbookWith(CLIENTS);
  const sheet = double.model.sheet("Klanten")!;
  for (const [row, column] of [
    [2, 1],
    [3, 2],
  ])
    double.model.cellForWrite(sheet, row, column).numberFormat = EURO;
  return double;
}

type Dump = { sheets: Array<{ name: string; cells: Array<[number, unknown]> }> };

/** The cells of Klanten in the double's dump, by key, as JSON. */
const cellsOf = (dump: Dump) =>
  new Map(dump.sheets.find((s) => s.name === "Klanten")!.cells.map(([k, c]) => [k, JSON.stringify(c)]));

/** The dump without the cells of Klanten. */
const withoutClients = (dump: Dump) => ({
  ...dump,
  sheets: dump.sheets.map((s) => (s.name === "Klanten" ? { ...s, cells: [] } : s)),
});

describe("amounts stored as text", () => {
  it("are errors of the run, which names their cells", async () => {
    workbook();
    const outcome = await excel.segmentActiveSheet({}, { now: NOW });
    const textAmounts = outcome.result.problems.filter((p) => p.code === "text-amount");
    expect(textAmounts.map((p) => p.address)).toEqual(FOUND.map((f) => f.address));
  });

  it("are read with the number each stands for, in one request; other cells are left out", async () => {
    const double = workbook();
    const found = await excel.readTextAmounts(["Klanten!B3", "Klanten!C4", "Klanten!B2", "Klanten!A2"]);
    expect(found).toEqual(FOUND);
    expect(double.syncCount).toBe(1);
  });

  it("become numbers in their cells and nowhere else, keep their format, in two requests", async () => {
    const double = workbook();
    const before = double.dump() as Dump;
    const written = await excel.convertTextAmounts(FOUND);
    expect(written).toEqual({ written: FOUND, skipped: [] });
    expect(double.syncCount).toBe(2);
    const after = double.dump() as Dump;
    const changed = [...cellsOf(after)].filter(([k, c]) => cellsOf(before).get(k) !== c);
    expect(changed.map(([, c]) => JSON.parse(c) as unknown)).toEqual([
      expect.objectContaining({ constant: 9000, numberFormat: EURO }),
      expect.objectContaining({ constant: 260000, numberFormat: EURO }),
    ]);
    expect(withoutClients(after)).toEqual(withoutClients(before));
    expect(double.values("Klanten", "B3:C4")).toEqual([
      [9000, 1000],
      [60000, 260000],
    ]);
  });

  it("are no problem for the next Segmenteer, which writes the workbook", async () => {
    workbook();
    await excel.convertTextAmounts(FOUND);
    const outcome = await excel.segmentActiveSheet({}, { now: NOW });
    expect(outcome.result.problems.filter((p) => p.code === "text-amount")).toEqual([]);
    expect(outcome.written).toBe(true);
  });

  it("are left alone when their text changed since it was read, and the sheet is activated for the next run", async () => {
    const double = workbook();
    double.model.addSheet("Notities");
    double.select({ sheet: "Notities", cell: "A1" });
    double.edit("Klanten", "B3", "'9500");
    const written = await excel.convertTextAmounts(FOUND);
    expect(written).toEqual({ written: [FOUND[1]], skipped: [FOUND[0]] });
    expect(double.read("Klanten", "B3").value).toBe("9500");
    expect(double.selection().sheet).toBe("Klanten");
  });
});

describe("undoing a conversion", () => {
  it("puts the original text back in the cells that still hold the converted number", async () => {
    const double = workbook();
    await excel.convertTextAmounts(FOUND);
    double.edit("Klanten", "C4", 300000);
    const undone = await excel.undoTextAmounts(FOUND);
    expect(undone).toEqual({ written: [FOUND[0]], skipped: [FOUND[1]] });
    expect(double.read("Klanten", "B3").value).toBe("9000");
    expect(double.read("Klanten", "C4").value).toBe(300000);
    const outcome = await excel.segmentActiveSheet({}, { now: NOW });
    expect(outcome.result.problems.filter((p) => p.code === "text-amount").map((p) => p.address)).toEqual([
      "Klanten!B3",
    ]);
  });

  it("gives back every cell's text exactly, € and groups included", async () => {
    const double = workbook();
    await excel.convertTextAmounts(FOUND);
    await excel.undoTextAmounts(FOUND);
    expect(double.values("Klanten", "B3:C4")).toEqual([
      ["9000", 1000],
      [60000, "€ 260.000,00"],
    ]);
  });
});

describe("the add-in's own conversions", () => {
  it("are not taken for the user's changes of a watched sheet, even without Excel's trigger source", async () => {
    const clean = CLIENTS.map((row) => row.map((c) => (c === "'9000" ? 9000 : c === "€ 260.000,00" ? 0 : c)));
    const double = workbookWith(clean, { apiVersion: "1.8" });
    await excel.segmentWatched(() => excel.segmentActiveSheet({}, { now: NOW }));
    await new Promise((resolve) => setTimeout(resolve, 600));
    double.edit("Klanten", "C4", "€ 260.000,00");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(excel.runStore.getSnapshot().changed).not.toBeNull();
    excel.runStore.publish({ kind: "failure", message: "Een vorige run.", code: null });
    await excel.convertTextAmounts([FOUND[1]]);
    await excel.undoTextAmounts([FOUND[1]]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(excel.runStore.getSnapshot().changed).toBeNull();
    expect(double.read("Klanten", "C4").value).toBe("€ 260.000,00");
  });
});
