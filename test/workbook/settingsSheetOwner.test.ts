import fc from "fast-check";
import { quoteSheet } from "../../src/method";
import { ownsSettingsSheet } from "../../src/workbook/settingsSheetOwner";
import { SETTINGS_TEXT } from "../../src/workbook/texts";
import { ALL_NAMES, NAMES, SETTINGS_SHEET } from "../../src/workbook/workbookNames";

/*
 * A sheet named ABC-instellingen is the add-in's only when its names point there, or (names lost in a copy
 * or deleted by a colleague) its A1 holds the add-in's title. A user's own sheet of that name is never
 * written over by Segmenteer nor deleted by Verwijder.
 */

const NOTES = [["Mijn notities bij de klanten"], ["", "budget 2026"], ["", 12345]];
const onSettings = `='${SETTINGS_SHEET}'!$C$6`;

describe("whose sheet ABC-instellingen is", () => {
  it("is the add-in's when one of its names points at it", () => {
    expect(ownsSettingsSheet(new Map([[NAMES.method, onSettings]]), NOTES)).toBe(true);
  });

  it("is the add-in's when its names are lost but A1 holds the add-in's title, in Dutch or English", () => {
    for (const { title } of Object.values(SETTINGS_TEXT))
      expect(ownsSettingsSheet(new Map(), [[` ${title} `], ["Pas de gele cellen aan"]])).toBe(true);
  });

  it("is the user's with no names and the user's own cells (the reviewer's notes)", () => {
    expect(ownsSettingsSheet(new Map(), NOTES)).toBe(false);
  });

  it("is the user's when the add-in's names point only at the list, or at a deleted sheet", () => {
    const names = new Map([
      [NAMES.table, "=Klanten!$A$3:$I$3"],
      [NAMES.method, "=#REF!$C$6"],
    ]);
    expect(ownsSettingsSheet(names, NOTES)).toBe(false);
  });

  it("is nobody's when there is no such sheet", () => {
    expect(ownsSettingsSheet(new Map([[NAMES.method, onSettings]]), null)).toBe(false);
  });

  it("holds for every name and any cells: a name on the sheet makes it the add-in's, none on it and no title never does", () => {
    const cells = fc.array(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }), { maxLength: 4 });
    const titles = new Set(Object.values(SETTINGS_TEXT).map((t) => t.title.toLowerCase()));
    fc.assert(
      fc.property(fc.constantFrom(...ALL_NAMES), cells, fc.boolean(), (name, values, upperCase) => {
        const sheet = upperCase ? SETTINGS_SHEET.toUpperCase() : SETTINGS_SHEET;
        expect(ownsSettingsSheet(new Map([[name, `=${quoteSheet(sheet)}!$B$2`]]), values)).toBe(true);
        const a1 = values[0]?.[0];
        const titled = typeof a1 === "string" && titles.has(a1.trim().toLowerCase());
        expect(ownsSettingsSheet(new Map([[name, "=Klanten!$A$1:$G$1"]]), values)).toBe(titled);
      }),
    );
  });
});
