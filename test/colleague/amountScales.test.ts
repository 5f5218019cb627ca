import { segment, workbookWith } from "../support/workbook";
import { columnOf, expectedLetters, MIXED_UNITS, sheetLetters } from "./helpers";

describe("amounts in another unit than the table's", () => {
  it("multiplies them by their scale in the sheet's Totaal as the engine does", async () => {
    const double = workbookWith(MIXED_UNITS);
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    const scales = outcome.result.columns.scale;
    expect([scales[1], scales[2], scales[3] ?? 1]).toEqual([1000, 1000, 1]);
    const total = columnOf(double, 1, "Totaal");
    expect(String(double.read("Klanten", `${total}2`).formula)).toContain("AVERAGE(B2:C2))*1000+SUM(D2)");
    const shown = double.values("Klanten", `${total}2:${total}5`).map(([v]) => v);
    expect(shown).toEqual(outcome.result.clients.map((c) => c.total));
    expect(shown[0]).toBe(((300 + 280.5) / 2) * 1000 + 12500);
    expect(sheetLetters(double, 2, 5, "K")).toEqual(expectedLetters(double.values("Klanten", "A1:H5")));
    double.uninstall();
  });
});
