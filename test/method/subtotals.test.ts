import { segmentTable } from "../../src/method/segmentTable";
import { isSubtotalFormula } from "../../src/method/subtotals";
import type { Cell } from "../../src/method/types";

const KLANTEN = { sheet: "Klanten", row: 0, column: 0 };
const HEADER: Cell[] = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];

/** A region list as a CRM exports it: a subtotal per region, with its label in the region column (not the name column). */
const REGIONS: Cell[][] = [
  ["Regio", ...HEADER],
  ["West", "Aerts BV", 120000, 0, "Ja", "Ja", "Ja", "Nee"],
  ["West", "Claes NV", 20000, 0, "Nee", "Nee", "Ja", "Nee"],
  ["West", "", 140000, 0, "", "", "", ""],
  ["Oost", "Dubois SRL", 80000, 5000, "Ja", "Ja", "Nee", "Nee"],
  ["Oost", "Evers BV", 40000, 0, "Ja", "Nee", "Nee", "Nee"],
  ["Oost", "", 120000, 5000, "", "", "", ""],
];

/** The formulas of REGIONS as Office.js gives them: the values where a cell holds no formula. */
function formulasOf(values: Cell[][], formulas: Record<string, string>): Cell[][] {
  return values.map((row, r) =>
    row.map((cell, c) => formulas[`${String.fromCharCode(65 + c)}${r + 1}`] ?? cell),
  );
}

describe("subtotal rows by their formulas", () => {
  it.each([
    ["=SUBTOTAL(9,C2:C3)", 3, 2],
    ["=SUBTOTAL(109,C$2:C$3)", 3, 2],
    ["=AGGREGATE(9,5,C2:C3)", 3, 2],
    ["=_xlfn.AGGREGATE(9,5,C2:C3)", 3, 2],
    ["=SUM(C2:C9)", 10, 2],
    ["=SUM(C$2:C9)", 10, 2],
    ["=sum($C$2:$C$9)", 10, 2],
    ["=SUM(C2:C4,C6:C8)", 10, 2],
    ["=SUM(C2,C3)", 10, 2],
    ["=SUM(C11:C20)", 9, 2],
  ])("%s in row %i of column C is a subtotal", (formula, row1, column) => {
    expect(isSubtotalFormula(formula, row1 - 1, column)).toBe(true);
  });

  it.each([
    ["=1200+300", 5, 2],
    ["=SUM(D5:G5)", 5, 2],
    ["=C5*1.21", 6, 2],
    ["=Blad2!B7", 5, 2],
    ["=SUM(Blad2!C2:C9)", 10, 2],
    ["=SUM(C2:C9)*1.21", 10, 2],
    ["=SUM(C2:C9)", 5, 2],
    ["=SUM(C4)", 5, 2],
    ["=SUM(B2:B9)", 10, 2],
    ["=SUM(C2:D9)", 10, 2],
    ["SUBTOTAL(9,C2:C3)", 5, 2],
    [120000, 5, 2],
    ["", 5, 2],
  ])("%p in row %i of column C is a client's own", (formula, row1, column) => {
    expect(isSubtotalFormula(formula, row1 - 1, column)).toBe(false);
  });

  it("leaves a region's SUBTOTAL row out with a warning quoting the formula, and lists it for the plan", () => {
    const formulas = formulasOf(REGIONS, {
      C4: "=SUBTOTAL(9,C2:C3)",
      C7: "=SUBTOTAL(9,C5:C6)",
      D7: "=SUBTOTAL(9,D5:D6)",
    });
    const result = segmentTable(REGIONS, {}, KLANTEN, { formulas });
    expect(result.clients.map((c) => c.name)).toEqual(["Aerts BV", "Claes NV", "Dubois SRL", "Evers BV"]);
    expect(result.subtotalRows).toEqual([3, 6]);
    expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
      "warning subtotal-formula Klanten!C4",
      "warning subtotal-formula Klanten!C7",
    ]);
    expect(result.problems[0].message).toContain("'=SUBTOTAL(9,C2:C3)'");
  });

  it("without the formulas, the same rows are clients without a name: an error naming the cell", () => {
    const result = segmentTable(REGIONS, {}, KLANTEN);
    expect(result.problems.filter((p) => p.severity === "error").map((p) => p.address)).toEqual([
      "Klanten!B4",
      "Klanten!B7",
    ]);
  });

  it("finds the SUM of the rows above in a list placed lower on the sheet (row numbers are the sheet's)", () => {
    const values: Cell[][] = [
      HEADER,
      ["Aerts BV", 120000, 0, "Ja", "Ja", "Ja", "Nee"],
      ["Claes NV", 20000, 0, "Nee", "Nee", "Ja", "Nee"],
      ["Alles samen", 140000, 0, "", "", "", ""],
    ];
    const formulas = formulasOf(values, { B4: "=SUM(D12:D13)" });
    const origin = { sheet: "Klanten", row: 10, column: 2 };
    const result = segmentTable(values, {}, origin, { formulas });
    expect(result.subtotalRows).toEqual([3]);
    expect(result.problems.map((p) => p.address)).toEqual(["Klanten!D14"]);
  });

  it("keeps a client whose amount is a formula of its own (=1200+300, a sum across its row)", () => {
    const values: Cell[][] = [
      HEADER,
      ["Aerts BV", 1500, 0, "Ja", "Ja", "Ja", "Nee"],
      ["Claes NV", 20000, 0, "Nee", "Nee", "Ja", "Nee"],
    ];
    const formulas = formulasOf(values, { B2: "=1200+300", B3: "=SUM(H3:K3)" });
    const result = segmentTable(values, {}, KLANTEN, { formulas });
    expect(result.clients).toHaveLength(2);
    expect(result.problems).toEqual([]);
    expect(result.subtotalRows).toEqual([]);
  });

  it("leaves out a subtotal row without answers inside an Excel Table, as every row's check formula does", () => {
    const values: Cell[][] = [
      HEADER,
      ["Aerts BV", 120000, 0, "Ja", "Ja", "Ja", "Nee"],
      ["Claes NV", 20000, 0, "Nee", "Nee", "Ja", "Nee"],
      ["Regio West", 140000, 0, "", "", "", ""],
    ];
    const formulas = formulasOf(values, { B4: "=SUBTOTAL(109,B2:B3)" });
    const result = segmentTable(values, { language: "en" }, KLANTEN, { formulas, table: "Klanten2025" });
    expect(result.clients.map((c) => c.name)).toEqual(["Aerts BV", "Claes NV"]);
    expect(result.subtotalRows).toEqual([]);
    expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
      "warning subtotal-formula Klanten!B4",
    ]);
  });

  it("refuses a subtotal row with answers inside an Excel Table, naming the Table and the cell, so nothing is written", () => {
    const values: Cell[][] = [
      HEADER,
      ["Aerts BV", 120000, 0, "Ja", "Ja", "Ja", "Nee"],
      ["Claes NV", 20000, 0, "Nee", "Nee", "Ja", "Nee"],
      ["Regio West", 140000, 0, "Nee", "Nee", "Nee", "Nee"],
    ];
    const formulas = formulasOf(values, { B4: "=SUBTOTAL(109,B2:B3)" });
    const result = segmentTable(values, { language: "en" }, KLANTEN, { formulas, table: "Klanten2025" });
    expect(result.clients).toEqual([]);
    expect(result.subtotalRows).toEqual([]);
    expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
      "error total-formula-in-table Klanten!B4",
    ]);
    expect(result.problems[0].message).toContain("Klanten2025");
  });

  it("leaves a total row recognised by its label to the label rule, in a Table too (the sheet's formulas leave it out)", () => {
    const values: Cell[][] = [
      HEADER,
      ["Aerts BV", 120000, 0, "Ja", "Ja", "Ja", "Nee"],
      ["Claes NV", 20000, 0, "Nee", "Nee", "Ja", "Nee"],
      ["Totaal", 140000, 0, "", "", "", ""],
    ];
    const formulas = formulasOf(values, { B4: "=SUBTOTAL(109,B2:B3)" });
    const result = segmentTable(values, {}, KLANTEN, { formulas, table: "Tabel1" });
    expect(result.problems.map((p) => `${p.severity} ${p.code}`)).toEqual(["warning total-row"]);
    expect(result.clients).toHaveLength(2);
  });
});
