import { segmentTable } from "../../src/method/segmentTable";
import { segment, workbookWith } from "../support/workbook";
import { errorCells, expectedLetters, FOUR, sheetLetters, typeRow } from "./helpers";

const TABLE = { tables: [{ sheet: "Klanten", name: "Lijst", address: "A1:G5" }] };

describe("rows inserted and deleted by a colleague", () => {
  it("C1: a client typed into a row inserted inside a plain list is marked until Segmenteer takes it in", async () => {
    const double = workbookWith(FOUR);
    await segment();
    double.insertRows("Klanten", 3, 1);
    // Excel fills no formulas into a row inserted in a plain range: the name is marked, and the next run counts it.
    typeRow(double, 3, ["Ingevoegd", 20000, 0, "Nee", "Nee", "Nee", "Nee"]);
    expect(double.read("Klanten", "J3").value).toBe("");
    expect(double.marked("Klanten")).toEqual(["A3"]);
    expect((await segment()).written).toBe(true);
    const values = double.values("Klanten", "A1:G6");
    expect({
      letters: sheetLetters(double, 2, 6),
      counted: double.read("ABC-instellingen", "B12").value,
      marked: double.marked("Klanten"),
    }).toEqual({ letters: expectedLetters(values), counted: 5, marked: [] });
  });

  it("C2: a client typed into a row inserted inside an Excel Table is segmented and counted", async () => {
    const double = workbookWith(FOUR, TABLE);
    await segment();
    double.insertRows("Klanten", 3, 1);
    typeRow(double, 3, ["Ingevoegd", 500000, 0, "Ja", "Ja", "Ja", "Ja"]);
    const values = double.values("Klanten", "A1:G6");
    expect({
      letters: sheetLetters(double, 2, 6),
      counted: double.read("ABC-instellingen", "B12").value,
    }).toEqual({ letters: expectedLetters(values), counted: 5 });
  });

  it("K1: deleting a client row keeps every other letter right, no error values", async () => {
    const double = workbookWith(FOUR);
    await segment();
    double.deleteRows("Klanten", 3, 1);
    expect(errorCells(double, "Klanten", 7)).toEqual([]);
    expect(sheetLetters(double, 2, 5)).toEqual(expectedLetters(double.values("Klanten", "A1:G4")));
  });

  it("K2: deleting every client row (plain list): no error values", async () => {
    const double = workbookWith(FOUR);
    await segment();
    double.deleteRows("Klanten", 2, 4);
    expect(errorCells(double, "Klanten", 7)).toEqual([]);
  });

  it("K3: deleting the first client row of a Table and the last: no error values, letters right", async () => {
    const double = workbookWith(FOUR, TABLE);
    await segment();
    double.deleteRows("Klanten", 5, 1);
    double.deleteRows("Klanten", 2, 1);
    expect(errorCells(double, "Klanten", 7)).toEqual([]);
    expect(sheetLetters(double, 2, 3)).toEqual(expectedLetters(double.values("Klanten", "A1:G3")));
  });
});

describe("Table growth carries the marks and drop-downs", () => {
  it("E1: a new Table row with a bad answer shows ? and its cell is marked", async () => {
    const double = workbookWith(FOUR, TABLE);
    await segment();
    typeRow(double, 6, ["Nieuw", 1000, 0, "misschien", "Ja", "Ja", "Ja"]);
    expect(double.read("Klanten", "J6").value).toBe("?");
    expect(double.marked("Klanten")).toEqual(["D6"]);
  });

  it("E2: a new row below a plain list with a blank amount is marked", async () => {
    const double = workbookWith(FOUR);
    await segment();
    typeRow(double, 6, ["Nieuw", "", 0, "Ja", "Ja", "Ja", "Ja"]);
    expect(double.read("Klanten", "J6").value).toBe("?");
    expect(double.marked("Klanten")).toEqual(["B6"]);
  });

  it("E3: a new Table row gets the Ja/Nee drop-down", async () => {
    const double = workbookWith(FOUR, TABLE);
    await segment();
    typeRow(double, 6, ["Nieuw", 1000, 0, "Ja", "Ja", "Ja", "Ja"]);
    const lists = double.validations("Klanten").filter((v) => JSON.stringify(v.rule).includes("Ja,Nee"));
    expect(lists.map((v) => v.range)).toEqual([
      "Klanten!D2:D6",
      "Klanten!E2:E6",
      "Klanten!F2:F6",
      "Klanten!G2:G6",
    ]);
  });
});

describe("re-running Segmenteer", () => {
  const count = (double: ReturnType<typeof workbookWith>) => ({
    cf: double.conditionalFormats("Klanten").length,
    dv: double.validations("Klanten").length,
    dvSettings: double.validations("ABC-instellingen").length,
    names: Object.keys(double.names()).length,
    charts: double.charts("Klanten").length,
  });

  it.each([
    ["plain", {}],
    ["table", TABLE],
  ])("F1 (%s): three runs with edits between add nothing twice", async (_, options) => {
    const double = workbookWith(FOUR, options);
    await segment();
    const first = count(double);
    double.edit("Klanten", "D3", "misschien");
    await segment(); // refused (error), nothing written
    double.edit("Klanten", "D3", "Ja");
    typeRow(double, 6, ["Nieuw", 1000, 0, "Ja", "Ja", "Ja", "Ja"]);
    await segment();
    await segment();
    expect(count(double)).toEqual(first);
    expect(errorCells(double, "Klanten", 7)).toEqual([]);
  });

  it("F2: a run from the ribbon after a colleague's invalid setting keeps it and warns", async () => {
    const double = workbookWith(FOUR);
    await segment();
    double.edit("ABC-instellingen", "B15", "hoog");
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(double.read("ABC-instellingen", "B15").value).toBe("hoog");
    expect(outcome.result.problems.map((p) => [p.severity, p.code])).toContainEqual([
      "warning",
      "invalid-setting",
    ]);
  });

  it("F3: after re-run the pane's letters equal the sheet's for every client", async () => {
    const double = workbookWith(FOUR);
    await segment();
    typeRow(double, 6, ["Nieuw", 50000, 10, "x", "1", "WAAR", ""]);
    const outcome = await segment();
    const sheet = sheetLetters(double, 2, 6);
    const pane: Record<number, string> = {};
    for (const c of outcome.result.clients) pane[c.row + 1] = c.segment;
    expect(sheet).toEqual(pane);
    expect(segmentTable(double.values("Klanten", "A1:G6")).clients.map((c) => c.segment)).toEqual(
      Object.values(pane),
    );
  });
});

describe("a plain list that outgrows its reserve", () => {
  it("S1: a client typed beyond the 50 ready rows of a plain list is marked, and the next run counts it", async () => {
    const double = workbookWith(FOUR);
    await segment();
    for (let r = 6; r <= 56; r++) typeRow(double, r, [`K${r}`, 1000 * r, 0, "Ja", "Nee", "Nee", "Nee"]);
    expect(double.read("Klanten", "J55").value).not.toBe("");
    expect(double.read("Klanten", "J56").value).toBe("");
    expect(double.marked("Klanten")).toEqual(["A56"]);
    expect((await segment()).written).toBe(true);
    expect(double.read("Klanten", "J56").value).toMatch(/^[ABC]$/);
    expect(double.read("ABC-instellingen", "B12").value).toBe(55);
  });
});
