import { columnsRead } from "../../src/method/columnsRead";
import { segmentTable } from "../../src/method/segmentTable";
import type { Cell, Language } from "../../src/method/types";

const KLANTEN = { sheet: "Klanten", row: 0, column: 0 };

const readOf = (values: Cell[][], language: Language) =>
  columnsRead(values, segmentTable(values, { language }, KLANTEN).columns, KLANTEN, language);

const MERGED: Cell[][] = [
  ["", "Omzet (k€)", "", "", "", "", "", "", "", "", ""],
  [
    "Klant",
    2023,
    2024,
    2025,
    "Groei %",
    "Potentieel (€)",
    "Marge",
    "Snelheid",
    "Innovatie",
    "Netwerk",
    "Opmerkingen",
  ],
  ["Alfa", 90, 100, 110, 0.1, 20000, "Ja", "Ja", "Ja", "Nee", ""],
];

describe("which columns were read as what", () => {
  it("names per role the header cells and texts, the average and the unit, then what was left out (nl)", () => {
    expect(readOf(MERGED, "nl")).toEqual([
      { role: "name", label: "Klant", cells: ["Klanten!A2"], headers: ["Klant"], note: "" },
      {
        role: "revenue",
        label: "Omzet",
        cells: ["Klanten!B2", "Klanten!C2", "Klanten!D2"],
        headers: ["Omzet (k€) 2023", "Omzet (k€) 2024", "Omzet (k€) 2025"],
        note: "gemiddelde van 3 kolommen, in k€, omgerekend naar €",
      },
      {
        role: "potential",
        label: "Potentieel",
        cells: ["Klanten!F2"],
        headers: ["Potentieel (€)"],
        note: "",
      },
      { role: "marge", label: "Marge", cells: ["Klanten!G2"], headers: ["Marge"], note: "" },
      { role: "snelheid", label: "Snelheid", cells: ["Klanten!H2"], headers: ["Snelheid"], note: "" },
      { role: "innovatie", label: "Innovatie", cells: ["Klanten!I2"], headers: ["Innovatie"], note: "" },
      { role: "netwerk", label: "Netwerk", cells: ["Klanten!J2"], headers: ["Netwerk"], note: "" },
      {
        role: "skipped",
        label: "Niet meegeteld",
        cells: ["Klanten!E2"],
        headers: ["Groei %"],
        note: "telt niet mee: een groei of verschil",
      },
    ]);
  });

  it("says the same in English", () => {
    const read = readOf(MERGED, "en");
    expect(read.map((r) => [r.label, r.note])).toEqual([
      ["Client", ""],
      ["Revenue", "average of 3 columns, in k€, converted to €"],
      ["Potential", ""],
      ["Margin", ""],
      ["Speed", ""],
      ["Innovation", ""],
      ["Network", ""],
      ["Not counted", "not counted: growth or a difference"],
    ]);
  });

  it("names the cell above a units row, and a missing column as not found", () => {
    const values: Cell[][] = [
      ["Klant", "Omzet", "Marge", "Snelheid", "Innovatie", "Netwerk"],
      ["", "k€", "J/N", "J/N", "J/N", "J/N"],
      ["Alfa", 100, "Ja", "Ja", "Ja", "Nee"],
    ];
    const read = readOf(values, "nl");
    expect(read[1]).toEqual({
      role: "revenue",
      label: "Omzet",
      cells: ["Klanten!B1"],
      headers: ["Omzet k€"],
      note: "in k€",
    });
    expect(read[2]).toEqual({
      role: "potential",
      label: "Potentieel",
      cells: [],
      headers: [],
      note: "niet gevonden, telt als 0",
    });
  });

  it("lists a missing required column as not found, and nothing when there is no header", () => {
    const values: Cell[][] = [
      ["Klant", "Omzet", "Marge"],
      ["Alfa", 100, "Ja"],
    ];
    expect(
      readOf(values, "en")
        .filter((r) => r.note === "not found")
        .map((r) => r.label),
    ).toEqual(["Speed", "Innovation", "Network"]);
    expect(readOf([["Bakker BV", 100]], "nl")).toEqual([]);
  });
});
