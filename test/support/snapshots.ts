import type { Cell } from "../../src/method/types";
import type { SheetSnapshot } from "../../src/workbook/snapshot";
import { exampleRows } from "../../src/workbook/exampleClients";

/** The header of a plain client list: name, three years of revenue, potential and the four questions. */
export const HEADER: Cell[] = [
  "Klant",
  "Omzet 2023",
  "Omzet 2024",
  "Omzet 2025",
  "Potentieel",
  "Marge",
  "Snelheid",
  "Innovatie",
  "Netwerk",
];

/** A snapshot of sheet Klanten holding `values` from A1 (formulas equal to the values), nothing else. */
export function snapshotOf(values: Cell[][], patch: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    sheet: "Klanten",
    grid: { row: 0, column: 0, values, formulas: values.map((row) => [...row]) },
    tables: [],
    activeCell: { row: 0, column: 0 },
    settings: null,
    settingsProtected: false,
    names: new Map(),
    chart: null,
    protected: false,
    validations: new Map(),
    conditionalFormats: [],
    dateCells: [],
    hiddenRows: 0,
    ...patch,
  };
}

/** The template's 20 example clients under HEADER, as a first run sees them. */
export function DEMO_SNAPSHOT(patch: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return snapshotOf([HEADER, ...exampleRows("Ja", "Nee")], patch);
}
