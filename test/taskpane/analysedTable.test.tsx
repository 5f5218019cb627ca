/** @jest-environment jsdom */
import "./nodeGlobals";
import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { segmentActiveSheet, type SegmentOutcome } from "../../src/excel";
import type { Cell } from "../../src/method/types";
import { createExcelDouble, type DoubleOptions } from "../double";
import { fakeApi } from "./fakeApi";
import { renderPane } from "./renderPane";

/*
 * What the pane says about the table a run analysed, for outcomes the real adapter produced on the
 * Excel double: the table's address (always a range) and which columns were read as what.
 */

const HEADER: Cell[] = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];
const CLIENTS: Cell[][] = [
  ["Bakkerij Vanhove", 64000, 5000, "Ja", "Ja", "Nee", "Ja"],
  ["Garage Wouters", 125000, 0, "Ja", "Nee", "Ja", "Ja"],
];

/** Segmenteer on sheet Klanten holding `values`, through the adapter and the double. */
async function outcomeOn(values: Cell[][], options: Partial<DoubleOptions> = {}): Promise<SegmentOutcome> {
  const double = createExcelDouble({ sheets: { Klanten: values }, ...options });
  double.install();
  try {
    return await segmentActiveSheet(undefined, { now: new Date(2026, 10, 26) });
  } finally {
    double.uninstall();
  }
}

/** Shows the outcome in the pane (Segmenteer clicked) in that language. */
async function show(outcome: SegmentOutcome, language: "nl" | "en" = "nl") {
  const { user } = await renderPane(fakeApi({ outcome, language }));
  await user.click(
    screen.getByRole("button", { name: language === "nl" ? "Segmenteer" : "Run segmentation" }),
  );
  await screen.findByText(language === "nl" ? /^Geanalyseerde tabel:/ : /^Analysed table:/);
}

/** axe-core's rules that jsdom can judge (no layout, so no colour contrast). */
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** axe measures icon ligatures on a canvas; jsdom has none and would log "not implemented" each time. */
beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});

/** The lines of the list of columns read, as a screen reader finds it by its name. */
const columnLines = (name: string) =>
  within(screen.getByRole("list", { name }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

describe("the analysed table in the pane", () => {
  it("is the header row's range when a required column is missing, with what was recognised", async () => {
    const outcome = await outcomeOn([HEADER.slice(0, 6), ...CLIENTS.map((c) => c.slice(0, 6))]);
    await show(outcome);
    expect(screen.getByText("Geanalyseerde tabel: Klanten!A1:F1")).toBeTruthy();
    expect(screen.getByText(/Er is niets gewijzigd/)).toBeTruthy();
    expect(columnLines("Zo zijn de kolommen gelezen:")).toEqual([
      "Klant: A 'Klant'",
      "Omzet: B 'Omzet'",
      "Potentieel: C 'Potentieel'",
      "Marge: D 'Marge'",
      "Snelheid: E 'Snelheid'",
      "Innovatie: F 'Innovatie'",
      "Netwerk: niet gevonden",
    ]);
    expect(await violations()).toEqual([]);
  });

  it("is the block that was searched when no header was found, with no list of columns", async () => {
    const outcome = await outcomeOn([
      ["Lijst van mei"],
      ["Bakkerij Vanhove", 64000],
      ["Garage Wouters", 125000],
    ]);
    await show(outcome);
    expect(screen.getByText("Geanalyseerde tabel: Klanten!A1:B3")).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Zo zijn de kolommen gelezen:" })).toBeNull();
  });

  it("is the header row when the list has no clients yet", async () => {
    await show(await outcomeOn([HEADER]));
    expect(screen.getByText("Geanalyseerde tabel: Klanten!A1:G1")).toBeTruthy();
  });

  it("is the Excel Table's range", async () => {
    const tables = [{ sheet: "Klanten", name: "Klantenlijst", address: "A1:G3" }];
    const outcome = await outcomeOn([HEADER, ...CLIENTS], { tables, activeCell: "B2" });
    expect(outcome.written).toBe(true);
    await show(outcome);
    expect(screen.getByText("Geanalyseerde tabel: Klanten!A1:G3")).toBeTruthy();
  });

  it("is the Excel Table's range when a required column of it is missing", async () => {
    const tables = [{ sheet: "Klanten", name: "Klantenlijst", address: "A1:F3" }];
    const values = [HEADER.slice(0, 6), ...CLIENTS.map((c) => c.slice(0, 6))];
    await show(await outcomeOn(values, { tables, activeCell: "B2" }));
    expect(screen.getByText("Geanalyseerde tabel: Klanten!A1:F3")).toBeTruthy();
    expect(columnLines("Zo zijn de kolommen gelezen:")).toContain("Netwerk: niet gevonden");
  });

  it("says which columns were averaged, in which unit, and which were left out", async () => {
    const outcome = await outcomeOn([
      ["Klant", "Omzet 2024 (k€)", "Omzet 2025 (k€)", "Omzet %", "Potentieel (k€)", ...HEADER.slice(3)],
      ["Bakkerij Vanhove", 62, 64, 0.1, 5, "Ja", "Ja", "Nee", "Ja"],
      ["Garage Wouters", 118, 125, 0.2, 0, "Ja", "Nee", "Ja", "Ja"],
    ]);
    expect(outcome.written).toBe(true);
    await show(outcome);
    const lines = columnLines("Zo zijn de kolommen gelezen:");
    expect(lines).toContain(
      "Omzet: B 'Omzet 2024 (k€)', C 'Omzet 2025 (k€)' (gemiddelde van 2 kolommen, in k€)",
    );
    expect(lines).toContain("Potentieel: E 'Potentieel (k€)' (in k€)");
    expect(lines.at(-1)).toBe("Niet meegeteld: D 'Omzet %' (telt niet mee: een aandeel in %)");
    expect(await violations()).toEqual([]);
  });

  it("names the columns of a header over two rows by both rows, in English too", async () => {
    const outcome = await outcomeOn(
      [
        ["Client", "Revenue", "", "Potential", "Margin", "Speed", "Innovation", "Network"],
        ["", "2024", "2025", "", "", "", "", ""],
        ["Bakkerij Vanhove", 62000, 64000, 5000, "Yes", "Yes", "No", "Yes"],
        ["Garage Wouters", 118000, 125000, 0, "Yes", "No", "Yes", "Yes"],
      ],
      { language: "en-US" },
    );
    await show(outcome, "en");
    expect(screen.getByText("Analysed table: Klanten!A1:H4")).toBeTruthy();
    const lines = columnLines("How the columns were read:");
    expect(lines[0]).toBe("Client: A 'Client'");
    expect(lines[1]).toMatch(/^Revenue: B '.*2024', C '.*2025' \(average of 2 columns\)$/);
  });
});
