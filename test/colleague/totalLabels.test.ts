import { segment, workbookWith } from "../support/workbook";
import { FOUR, typeRow } from "./helpers";

describe("every total label the engine knows is left out by the sheet too", () => {
  it.each([
    "Totaal",
    "Totaal:",
    "Som:",
    " GRAND TOTAL ",
    "Subtotaal",
    "sub-totaal",
    "Grandtotal",
    "Sub-total:",
    "Gemiddelde",
  ])("%p typed below the list", async (label) => {
    const double = workbookWith(FOUR);
    await segment();
    typeRow(double, 6, [label, 404000, 0]);
    expect(double.read("Klanten", "J6").value).toBe("");
    expect(double.read("ABC-instellingen", "B12").value).toBe(4);
  });
});
