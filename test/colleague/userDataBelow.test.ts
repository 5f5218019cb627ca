import { segment, workbookWith } from "../support/workbook";
import { errorCells, FOUR, typeRow } from "./helpers";

/** "The add-in never overwrites a cell it did not create" — data a colleague puts below the list. */

describe("a colleague's own cells below the list, in the add-in's columns", () => {
  it("A: a colleague's =SUM under the Totaal column (row 7, inside the reserve) survives the next Segmenteer", async () => {
    const double = workbookWith(FOUR);
    await segment();
    double.edit("Klanten", "H7", "=SUM(H2:H5)");
    const sum = double.read("Klanten", "H7").value;
    expect(sum).toBe(404000);
    const again = await segment();
    // Either the run refuses naming H7, or it leaves H7 alone: it may never replace the colleague's formula.
    const kept = double.read("Klanten", "H7").formula;
    expect({ written: again.written, kept }).toEqual(
      again.written ? { written: true, kept: "=SUM(H2:H5)" } : { written: false, kept: "=SUM(H2:H5)" },
    );
  });

  it("B: a colleague's formula far below the reserve (H100) is not cleared by the next Segmenteer", async () => {
    const double = workbookWith(FOUR);
    await segment();
    double.edit("Klanten", "H100", '=COUNTIF(J2:J55,"A")');
    await segment();
    expect(double.read("Klanten", "H100").formula).toBe('=COUNTIF(J2:J55,"A")');
  });

  it("B2: a colleague's number in a hidden helper column below the reserve is kept", async () => {
    const double = workbookWith(FOUR);
    await segment();
    double.edit("Klanten", "K80", 42);
    await segment();
    expect(double.read("Klanten", "K80").value).toBe(42);
  });

  it("Q: a colleague's plain note in the Segment column in the reserve (J8) shrinks the reserve and is kept", async () => {
    const double = workbookWith(FOUR);
    await segment();
    double.edit("Klanten", "J8", "nota");
    const again = await segment();
    expect(again.written).toBe(true);
    expect(double.read("Klanten", "J8").value).toBe("nota");
    expect(errorCells(double, "Klanten", 7)).toEqual([]);
    // row 6 and 7 still have formulas
    expect(String(double.read("Klanten", "J7").formula)).toMatch(/^=/);
  });

  it("J2: a note a colleague types in the ready rows below the list reads as a row without revenue, as for the add-in", async () => {
    const double = workbookWith(FOUR);
    await segment();
    double.edit("Klanten", "A8", "Bron: CRM-export 2025");
    expect({ segment: double.read("Klanten", "J8").value, marked: double.marked("Klanten") }).toEqual({
      segment: "?",
      marked: ["B8"],
    });
    const again = await segment();
    expect(again.written).toBe(false);
    expect(again.result.problems[0]).toMatchObject({ code: "missing-revenue" });
  });

  it("grows the reserve again after the list grew", async () => {
    const double = workbookWith(FOUR);
    await segment();
    for (let r = 6; r <= 40; r++) typeRow(double, r, [`K${r}`, 1000 * r, 0, "Ja", "Nee", "Nee", "Nee"]);
    await segment();
    expect(String(double.read("Klanten", "J90").formula)).toMatch(/^=/);
    expect(String(double.read("Klanten", "J91").formula ?? "")).toBe("");
  });
});

describe("below an Excel Table", () => {
  it("B3: a colleague's =SUM(Lijst[Totaal]) two rows below the Table survives the next Segmenteer", async () => {
    const double = workbookWith(FOUR, { tables: [{ sheet: "Klanten", name: "Lijst", address: "A1:G5" }] });
    await segment();
    double.edit("Klanten", "H7", "=SUM(Lijst[Totaal])");
    expect(double.read("Klanten", "H7").value).toBe(404000);
    const again = await segment();
    expect(again.written).toBe(true);
    expect(double.read("Klanten", "H7").formula).toBe("=SUM(Lijst[Totaal])");
  });
});
