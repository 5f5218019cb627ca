import type { Cell } from "../../src/method/types";
import { segment, workbookWith } from "../support/workbook";
import { columnOf, errorCells, expectedLetters, FOUR, sheetLetters, typeRow } from "./helpers";

/** The list placed at C4 with a title above, as many real lists are. */
function offset(values: Cell[][], rows = 3, columns = 2): Cell[][] {
  const out: Cell[][] = Array.from({ length: rows }, (_, r) => (r === 0 ? ["Klantenlijst 2025"] : []));
  for (const row of values) out.push([...Array<Cell>(columns).fill(""), ...row]);
  return out;
}

describe("a list not at A1", () => {
  it("G1: list at C4: edits give ? and the right cell marked; new row below is segmented", async () => {
    const double = workbookWith(offset(FOUR));
    expect((await segment()).written).toBe(true);
    const seg = columnOf(double, 4, "Segment");
    expect(seg).toBe("L");
    double.edit("Klanten", "D6", ""); // Klein BV's Omzet
    double.edit("Klanten", "G7", "*"); // Midden's Snelheid
    double.edit("Klanten", "C8", "=NA()"); // Belofte's name
    expect(double.values("Klanten", "L5:L8").flat()).toEqual(["A", "?", "?", "?"]);
    expect(double.marked("Klanten").sort()).toEqual(["C8", "D6", "G7"].sort());
    typeRow(double, 9, ["Nieuw", 500000, 0, "Ja", "Ja", "Ja", "Ja"], 2);
    expect(double.read("Klanten", "L9").value).toBe("A");
    expect(errorCells(double, "Klanten", 9)).toEqual([]);
  });

  it("G2: list at C4 inside an Excel Table", async () => {
    const double = workbookWith(offset(FOUR), {
      tables: [{ sheet: "Klanten", name: "Lijst", address: "C4:I8" }],
    });
    expect((await segment()).written).toBe(true);
    double.edit("Klanten", "D6", "");
    double.edit("Klanten", "G7", "?");
    expect(double.values("Klanten", "L5:L8").flat()).toEqual(["A", "?", "?", "B"]);
    expect(double.marked("Klanten").sort()).toEqual(["D6", "G7"]);
    typeRow(double, 9, ["Nieuw", 500000, 0, "Ja", "Ja", "Ja", "Ja"], 2);
    expect(double.read("Klanten", "L9").value).toBe("A");
    expect(errorCells(double, "Klanten", 9)).toEqual([]);
  });
});

describe("error values typed by a colleague, in each input column", () => {
  it.each(["A", "B", "C", "D", "E", "F", "G"])(
    "L: =NA() and =1/0 in column %s: ?, that cell marked, no error in our cells",
    async (col) => {
      for (const formula of ["=NA()", "=1/0"]) {
        const double = workbookWith(FOUR);
        await segment();
        double.edit("Klanten", `${col}3`, formula);
        expect(double.read("Klanten", "J3").value).toBe("?");
        expect(double.marked("Klanten")).toEqual([`${col}3`]);
        expect(errorCells(double, "Klanten", 7)).toEqual([]);
        expect(sheetLetters(double, 2, 5)).toEqual(expectedLetters(double.values("Klanten", "A1:G5")));
      }
    },
  );

  it("L2: two year columns, one holds =NA(): only that cell is marked", async () => {
    const values: Cell[][] = [
      ["Klant", "Omzet 2023", "Omzet 2024", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
      ["A1", 100, 200, 0, "Ja", "Ja", "Ja", "Nee"],
      ["A2", 300, 400, 0, "Nee", "Ja", "Ja", "Nee"],
      ["A3", 500, "", 0, "Nee", "Nee", "Ja", "Nee"],
    ];
    const double = workbookWith(values);
    await segment();
    double.edit("Klanten", "C3", "=NA()");
    expect(double.marked("Klanten")).toEqual(["C3"]);
    expect(sheetLetters(double, 2, 4, "K")).toEqual(expectedLetters(double.values("Klanten", "A1:H4")));
  });
});

describe("English Office", () => {
  it("H1: en-US: headers, ? on a bad row, no error values, English settings words accepted", async () => {
    const double = workbookWith(FOUR, { language: "en-US" });
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(double.values("Klanten", "H1:J1")).toEqual([["Total", "Score", "Segment"]]);
    double.edit("Klanten", "D3", "maybe");
    expect(double.read("Klanten", "J3").value).toBe("?");
    double.edit("ABC-instellingen", "B6", "vast bedrag");
    double.edit("ABC-instellingen", "B8", 50000);
    expect(errorCells(double, "Klanten", 7)).toEqual([]);
    const lists = double.validations("Klanten").filter((v) => JSON.stringify(v.rule).includes("Yes,No"));
    expect(lists).toHaveLength(4);
    typeRow(double, 6, ["Grand Total", 404000, 0]);
    expect(double.read("Klanten", "J6").value).toBe("");
  });
});

describe("the user's own validation on answer cells", () => {
  it("P1: no Ja/Nee drop-down over a column with its own list validation", async () => {
    const double = workbookWith(FOUR);
    // give column E its own validation through the API, as a user would have it
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Klanten").getRange("E2:E5");
      r.dataValidation.rule = { list: { inCellDropDown: true, source: "Snel,Traag" } };
      await context.sync();
    });
    await segment();
    const onE = double.validations("Klanten").filter((v) => v.range.startsWith("Klanten!E"));
    expect(onE.map((v) => JSON.stringify(v.rule))).toEqual([expect.stringContaining("Snel,Traag")]);
    expect(double.values("Klanten", "A1:G5")).toEqual(FOUR);
  });

  it("P2: own validation on only part of an answer column (E2:E3): not overwritten", async () => {
    const double = workbookWith(FOUR);
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Klanten").getRange("E2:E3");
      r.dataValidation.rule = { list: { inCellDropDown: true, source: "Snel,Traag" } };
      await context.sync();
    });
    await segment();
    const onE = double.validations("Klanten").filter((v) => v.range.startsWith("Klanten!E"));
    expect(onE.map((v) => [v.range, JSON.stringify(v.rule).includes("Snel,Traag")])).toEqual([
      ["Klanten!E2:E3", true],
    ]);
  });

  it("P3: own validation placed only below the list, in the reserve rows of an answer column (E20)", async () => {
    const double = workbookWith(FOUR);
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Klanten").getRange("E20");
      r.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      await context.sync();
    });
    await segment();
    const onE = double.validations("Klanten").filter((v) => v.range.startsWith("Klanten!E"));
    expect(onE.map((v) => v.range)).toEqual(["Klanten!E20"]);
  });
});
