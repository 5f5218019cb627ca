import { segmentActiveSheet } from "../../src/excel";
import { createExcelDouble } from "../double";
import { NOW } from "../support/workbook";
import { errorCells, FOUR, typeRow } from "./helpers";

describe("a workbook shared between Dutch and English Office", () => {
  it("I1: segmented in Dutch, edited and re-segmented in English: same columns, no refusal, no duplicates", async () => {
    const nl = createExcelDouble({ sheets: { Klanten: FOUR } });
    nl.install();
    await segmentActiveSheet(undefined, { now: NOW });
    nl.uninstall();
    // the same workbook opened by a colleague whose Office speaks English
    nl.install();
    (Office.context as { displayLanguage: string }).displayLanguage = "en-US";
    typeRow(nl, 6, ["New", 1000, 0, "Yes", "No", "No", "No"]);
    const outcome = await segmentActiveSheet(undefined, { now: NOW });
    expect(outcome.written).toBe(true);
    expect(nl.values("Klanten", "H1:J1")).toEqual([["Total", "Score", "Segment"]]);
    expect(
      nl
        .values("Klanten", "K1:M1")
        .flat()
        .every((h) => typeof h === "string" && h !== ""),
    ).toBe(true);
    expect(
      nl
        .values("Klanten", "Q1:Z1")
        .flat()
        .filter((v) => v !== ""),
    ).toEqual([]);
    expect(nl.charts("Klanten")).toHaveLength(1);
    expect(errorCells(nl, "Klanten", 7)).toEqual([]);
    nl.uninstall();
  });
});
