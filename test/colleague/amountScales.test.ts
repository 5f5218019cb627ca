import type { Cell } from "../../src/method/types";
import { segment, workbookWith } from "../support/workbook";
import { columnOf, expectedLetters, sheetLetters } from "./helpers";

/** Revenue in thousands and potential in euros, as an accounting summary and a sales estimate give them. */
const MIXED: Cell[][] = [
  [
    "Klant",
    "Omzet 2024 (k€)",
    "Omzet 2025 (k€)",
    "Potentieel (€)",
    "Marge",
    "Snelheid",
    "Innovatie",
    "Netwerk",
  ],
  ["Groot NV", 300, 280.5, 12500, "Ja", "Ja", "Ja", "Nee"],
  ["Klein BV", 9, 12.25, 0, "Nee", "Nee", "Ja", "Nee"],
  ["Midden", 60, -10, 7500, "Ja", "Nee", "Nee", "Nee"],
  ["Belofte", 35.5, 45, 40000, "Ja", "Ja", "Ja", "Nee"],
];

describe("amounts in another unit than the table's", () => {
  it("multiplies them by their scale in the sheet's Totaal as the engine does", async () => {
    const double = workbookWith(MIXED);
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
