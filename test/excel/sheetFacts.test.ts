import { readSnapshot } from "../../src/excel/readSnapshot";
import type { Cell } from "../../src/method/types";
import { HEADER } from "../support/snapshots";
import { segment, sheetSegments, workbookWith } from "../support/workbook";
import type { ExcelDouble } from "../double";
import type { SegmentOutcome } from "../../src/excel";

/** A plain list of five clients under HEADER: Ja/Nee answers, three years of revenue. */
const CLIENTS: Cell[][] = [
  HEADER,
  ["Bakkerij Vanhove", 60000, 62000, 64000, 5000, "Ja", "Ja", "Nee", "Ja"],
  ["Drukkerij Peeters", 45000, 45658, 47000, 2000, "Nee", "Ja", "Nee", "Nee"],
  ["Garage Wouters", 120000, 118000, 125000, 0, "Ja", "Nee", "Ja", "Ja"],
  ["Schrijnwerk Claes", 30000, 31000, 29000, 1000, "Nee", "Nee", "Nee", "Ja"],
  ["Tuincentrum Maes", 80000, 82000, 85000, 8000, "Ja", "Ja", "Ja", "Nee"],
];

const read = () => Excel.run((context) => readSnapshot(context));

describe("what the adapter reads of a sheet besides its values", () => {
  let double: ExcelDouble;
  afterEach(() => double.uninstall());

  it("lists the cells that show a number as a date, in the same two requests as before", async () => {
    double = workbookWith(CLIENTS);
    double.setNumberFormat("Klanten", "C3", "d/m/yyyy");
    double.setNumberFormat("Klanten", "A2:A6", "dd-mm-jj");
    double.setNumberFormat("Klanten", "B2:B6", "€ #,##0");
    double.setNumberFormat("Klanten", "D2", "[$-813]d mmmm yyyy");
    const { snapshot, syncs } = await read();
    expect(syncs).toBe(2);
    // C3 (row 2, column 2) and D2; the names are text, so a date format on them shows no date.
    expect(snapshot.dateCells).toEqual([
      [1, 3],
      [2, 2],
    ]);
  });

  it("reads the date cells of a very big sheet chunk by chunk, past the first chunk only in the amount columns", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i): Cell[] => [`Klant ${i + 1}`, 1000 + i, 45000]);
    double = workbookWith([["Klant", "Omzet", "Laatste bestelling"], ...rows]);
    double.setNumberFormat("Klanten", "C2:C60001", "d/m/yyyy");
    double.setNumberFormat("Klanten", "B59999", "mmm-yy");
    double.setNumberFormat("Klanten", "B60001", "d/m/yyyy");
    const { snapshot, syncs } = await read();
    expect(syncs).toBeGreaterThan(2);
    // The revenue column's dates at their own sheet rows, to the last row.
    expect(snapshot.dateCells).toContainEqual([59998, 1]);
    expect(snapshot.dateCells.at(-1)).toEqual([60000, 1]);
    // The date column only in the first chunk: the method never warns about it.
    expect(snapshot.dateCells).toContainEqual([1, 2]);
    expect(snapshot.dateCells).not.toContainEqual([60000, 2]);
    expect(Math.max(...double.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
  }, 60_000);

  it("reads the date formats of an Excel Table's amount columns right of the list, below the first chunk too", async () => {
    // A list in A1:I6 and a Table in K3:M8002: 13 columns, so the first chunk holds 7,692 rows.
    const sheet: Cell[][] = CLIENTS.map((row) => [...row]);
    sheet.push([], [], []);
    for (let r = 2; r < 8002; r++) {
      sheet[r] ??= [];
      while (sheet[r].length < 10) sheet[r].push("");
      sheet[r].push(...(r === 2 ? ["Klant", "Omzet", "Potentieel"] : [`Klant ${r}`, 1000 + r, 500]));
    }
    double = workbookWith(sheet, {
      tables: [{ sheet: "Klanten", name: "Regio", address: "K3:M8002" }],
      activeCell: "L4",
    });
    double.setNumberFormat("Klanten", "L8000", "d/m/yyyy");
    double.setNumberFormat("Klanten", "M7990", "dd-mm-jj");
    double.setNumberFormat("Klanten", "D3", "d/m/yyyy");
    const { snapshot, syncs } = await read();
    expect(syncs).toBeGreaterThan(2);
    expect(snapshot.dateCells).toEqual([
      [2, 3],
      [7989, 12],
      [7999, 11],
    ]);
  }, 60_000);

  it("reads the number formats of every column when the first chunk holds no header", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i): Cell[] => [`Regel ${i + 1}`, 1000 + i]);
    double = workbookWith(rows);
    double.setNumberFormat("Klanten", "B59999", "d/m/yyyy");
    double.setNumberFormat("Klanten", "A60000:B60000", "d/m/yyyy");
    const { snapshot, syncs } = await read();
    expect(syncs).toBeGreaterThan(2);
    expect(snapshot.dateCells).toEqual([
      [59998, 1],
      [59999, 1],
    ]);
  }, 60_000);

  it("counts the rows a filter hides in the used range and in each Excel Table's body", async () => {
    double = workbookWith(CLIENTS, {
      sheets: {
        Klanten: [...CLIENTS, [], [], ["Klant", "Omzet"], ["Een", 1], ["Twee", 2], ["Drie", 3]],
      },
      tables: [{ sheet: "Klanten", name: "Reserve", address: "A9:B12" }],
    });
    double.hideRows("Klanten", 3, 2);
    double.hideRows("Klanten", 11, 1);
    const { snapshot } = await read();
    expect(snapshot.hiddenRows).toBe(3);
    expect(snapshot.tables).toEqual([expect.objectContaining({ name: "Reserve", hiddenRows: 1 })]);
  });

  it("reads everything else in one more request when Excel fails to count the visible rows, their count unknown", async () => {
    double = workbookWith(CLIENTS, {
      tables: [{ sheet: "Klanten", name: "Klantenlijst", address: "A1:I6" }],
    });
    double.setNumberFormat("Klanten", "C3", "d/m/yyyy");
    double.hideRows("Klanten", 3, 2);
    const counted = await read();
    double.failVisibleView();
    const { snapshot, syncs } = await read();
    expect(counted.syncs).toBe(2);
    expect(syncs).toBe(3);
    expect(snapshot).toEqual({
      ...counted.snapshot,
      hiddenRows: null,
      tables: counted.snapshot.tables.map((t) => ({ ...t, hiddenRows: null })),
    });
    expect(counted.snapshot.hiddenRows).toBe(2);
  });

  it("fails the read on any other error while counting the visible rows", async () => {
    double = workbookWith(CLIENTS);
    double.failVisibleView("GeneralException");
    await expect(read()).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("finds no date cells and no hidden rows on an empty sheet", async () => {
    double = workbookWith([]);
    const { snapshot } = await read();
    expect(snapshot.dateCells).toEqual([]);
    expect(snapshot.hiddenRows).toBe(0);
  });
});

describe("a run on a list whose sheet says more than its values", () => {
  let double: ExcelDouble;
  afterEach(() => double.uninstall());

  it("warns about a revenue cell formatted as a date, naming it, and still segments", async () => {
    double = workbookWith(CLIENTS);
    double.setNumberFormat("Klanten", "C3", "d/m/yyyy");
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(outcome.result.problems).toContainEqual(
      expect.objectContaining({ code: "date-amount", address: "Klanten!C3", severity: "warning" }),
    );
  });

  it("names the date cell on the sheet when the list starts below a title and right of column A", async () => {
    const title: Cell[][] = [["", "Klantenlijst regio West"], []];
    double = workbookWith([...title, ...CLIENTS.map((row) => ["", ...row])]);
    double.setNumberFormat("Klanten", "D5", "dd-mm-jj");
    const outcome = await segment();
    expect(outcome.table).toBe("Klanten!B3:J8");
    const dates = outcome.result.problems.filter((p) => p.code === "date-amount");
    expect(dates.map((p) => p.address)).toEqual(["Klanten!D5"]);
  });

  it("counts the hidden rows of the Excel Table the clients are in, not those elsewhere on the sheet", async () => {
    double = workbookWith([...CLIENTS, [], ["Notities"], ["a"], ["b"]], {
      tables: [{ sheet: "Klanten", name: "Klantenlijst", address: "A1:I6" }],
      activeCell: "B2",
    });
    double.hideRows("Klanten", 3, 1);
    double.hideRows("Klanten", 9, 2);
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    const hidden = outcome.result.problems.filter((p) => p.code === "hidden-rows");
    expect(hidden.map((p) => p.message)).toEqual([expect.stringMatching(/^1 rij van de lijst is verborgen/)]);
  });

  it("reads the rows a filter hides, with one warning that says how many", async () => {
    double = workbookWith(CLIENTS);
    double.hideRows("Klanten", 3, 2);
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(outcome.result.clients).toHaveLength(5);
    const hidden = outcome.result.problems.filter((p) => p.code === "hidden-rows");
    expect(hidden).toHaveLength(1);
    expect(hidden[0].message).toMatch(/\b2\b/);
  });

  it("segments as ever when Excel fails to count the hidden rows, only without the hidden-rows warning", async () => {
    const filtered = async (fails: boolean) => {
      double = workbookWith(CLIENTS);
      double.hideRows("Klanten", 3, 2);
      if (fails) double.failVisibleView();
      const outcome = await segment();
      return { outcome, letters: sheetSegments(double, outcome.result) };
    };
    const counted = await filtered(false);
    double.uninstall();
    const failed = await filtered(true);
    expect(failed.outcome.written).toBe(true);
    expect(failed.outcome.syncs).toBe(counted.outcome.syncs + 1);
    expect(failed.letters).toEqual(counted.letters);
    expect(failed.outcome.result.clients).toEqual(counted.outcome.result.clients);
    const codes = (outcome: SegmentOutcome) => outcome.result.problems.map((p) => p.code);
    expect(codes(counted.outcome)).toContain("hidden-rows");
    expect(codes(failed.outcome)).toEqual(codes(counted.outcome).filter((c) => c !== "hidden-rows"));
  });

  it("fails the run and writes nothing when counting the hidden rows fails otherwise", async () => {
    double = workbookWith(CLIENTS);
    double.hideRows("Klanten", 3, 2);
    double.failVisibleView("GeneralException");
    const before = double.dump();
    await expect(segment()).rejects.toMatchObject({ code: "GeneralException" });
    expect(double.dump()).toEqual(before);
  });

  it("leaves a row of SUBTOTAL formulas out, with a warning naming its row", async () => {
    const withTotal = [...CLIENTS, ["", "=SUBTOTAL(9,B2:B6)", "=SUBTOTAL(9,C2:C6)", "=SUBTOTAL(9,D2:D6)"]];
    double = workbookWith(withTotal);
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(outcome.result.clients).toHaveLength(5);
    const subtotal = outcome.result.problems.filter((p) => p.code === "subtotal-formula");
    expect(subtotal).toHaveLength(1);
    expect(subtotal[0].address).toMatch(/^Klanten!\$?[A-Z]+\$?7\b/);
    const engine = new Map(outcome.result.clients.map((c) => [c.row, c.segment]));
    expect(sheetSegments(double, outcome.result)).toEqual(engine);
    expect(double.read("Klanten", "L7").value).toBe("");
  });
});
