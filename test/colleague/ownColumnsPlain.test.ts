import type { Cell } from "../../src/method/types";
import { segment, workbookWith } from "../support/workbook";
import { errorCells, FOUR } from "./helpers";

describe("a plain list with the user's own Segment/Score columns in the middle", () => {
  it("6c: a user 'Segment' (industry) column between name and Omzet is kept, read by nobody, runs twice", async () => {
    const values: Cell[][] = FOUR.map((row, r) => [row[0], r === 0 ? "Segment" : "Bouw", ...row.slice(1)]);
    const double = workbookWith(values);
    const first = await segment();
    expect(first.result.problems).toEqual([]);
    expect(first.written).toBe(true);
    expect(double.values("Klanten", "I1:K1")).toEqual([["Totaal", "Score", "Segment"]]);
    expect(double.values("Klanten", "K2:K5").flat()).toEqual(["A", "C", "B", "B"]);
    const again = await segment();
    expect(again.written).toBe(true);
    expect(double.values("Klanten", "B2:B5").flat()).toEqual(["Bouw", "Bouw", "Bouw", "Bouw"]);
    expect(errorCells(double, "Klanten", 8)).toEqual([]);
  });

  it("6d: a user 'Score' column (credit score, numbers) right after the answers", async () => {
    const values: Cell[][] = FOUR.map((row, r) => [...row, r === 0 ? "Score" : 700 + r]);
    const double = workbookWith(values);
    const first = await segment();
    expect(first.written).toBe(true);
    expect(double.values("Klanten", "H2:H5").flat()).toEqual([701, 702, 703, 704]);
    const again = await segment();
    expect(again.written).toBe(true);
    expect(double.values("Klanten", "H2:H5").flat()).toEqual([701, 702, 703, 704]);
  });
});
