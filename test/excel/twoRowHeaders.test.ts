import type { Cell } from "../../src/method/types";
import type { ExcelDouble } from "../double";
import { segment, sheetSegments, workbookWith } from "../support/workbook";

/** Four clients under a header that spans two rows: a merged "Omzet" above the years 2023–2025. */
const TWO_ROW_HEADER: Cell[][] = [
  ["Klant", "Omzet", "", "", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["", "2023", "2024", "2025", "", "", "", "", ""],
  ["Bakkerij Vanhove", 60000, 62000, 64000, 5000, "Ja", "Ja", "Nee", "Ja"],
  ["Drukkerij Peeters", 45000, 46000, 47000, 2000, "Nee", "Ja", "Nee", "Nee"],
  ["Garage Wouters", 120000, 118000, 125000, 0, "Ja", "Nee", "Ja", "Ja"],
  ["Tuincentrum Maes", 8000, 8200, 8500, 800, "Nee", "Nee", "Ja", "Nee"],
];

/** The same kind of list with a units row under the header texts. */
const UNITS_ROW: Cell[][] = [
  ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["", "(€)", "(€)", "(Ja/Nee)", "(Ja/Nee)", "(Ja/Nee)", "(Ja/Nee)"],
  ["Bakkerij Vanhove", 64000, 5000, "Ja", "Ja", "Nee", "Ja"],
  ["Drukkerij Peeters", 47000, 2000, "Nee", "Ja", "Nee", "Nee"],
  ["Garage Wouters", 125000, 0, "Ja", "Nee", "Ja", "Ja"],
  ["Tuincentrum Maes", 8500, 800, "Nee", "Nee", "Ja", "Nee"],
];

/** The letters the engine gave, by zero-based sheet row. */
const engineLetters = (outcome: Awaited<ReturnType<typeof segment>>) =>
  new Map(outcome.result.clients.map((c) => [c.row, c.segment]));

describe.each([
  {
    shape: "a header over two rows (a merged Omzet above the years)",
    values: TWO_ROW_HEADER,
    table: "Klanten!A1:I6",
    header: "=Klanten!$A$1:$I$2",
    own: "J",
  },
  {
    shape: "a units row under the header",
    values: UNITS_ROW,
    table: "Klanten!A1:G6",
    header: "=Klanten!$A$1:$G$2",
    own: "H",
  },
])("a plain list with $shape", ({ values, table, header, own }) => {
  let double: ExcelDouble;
  beforeEach(() => {
    double = workbookWith(values);
  });
  afterEach(() => double.uninstall());

  it("puts the added headers in the row right above the clients and leaves the row above it alone", async () => {
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(outcome.table).toBe(table);
    expect(double.read("Klanten", `${own}2`).value).toBe("Totaal");
    const top = double.values("Klanten", `${own}1:Z1`)[0];
    expect(top.every((cell) => cell === "")).toBe(true);
    const names = double.names();
    expect(names.ABC_Tabel).toBe(header);
    expect(names.ABC_Kolommen).toMatch(new RegExp(`^=Klanten!\\$${own}\\$2:`));
  });

  it("has the sheet's formulas give every client the engine's letter", async () => {
    const outcome = await segment();
    const sheet = sheetSegments(double, outcome.result);
    expect(sheet).toEqual(engineLetters(outcome));
    expect(outcome.result.clients).toHaveLength(4);
  });

  it("recognises its own columns on a second run: same place, nothing refused, the sheet unchanged", async () => {
    const first = await segment();
    const before = double.dump();
    const second = await segment();
    expect(second.written).toBe(true);
    expect(second.result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(second.table).toBe(first.table);
    expect(double.read("Klanten", `${own}2`).value).toBe("Totaal");
    const cells = (dump: unknown) =>
      (dump as { sheets: Array<{ name: string; cells: unknown }> }).sheets[0].cells;
    expect(cells(double.dump())).toEqual(cells(before));
  });
});
