import type { Cell, Language } from "../../src/method/types";
import { planRun, type RunRequest } from "../../src/workbook/planRun";
import type { PlannedCell, WorkbookPlan } from "../../src/workbook/plan";
import { SETTINGS_ROWS } from "../../src/workbook/settingsSheet";
import { snapshotOf } from "../support/snapshots";

/*
 * Issue 11: amounts are shown in the unit the table's headers name. A list "in k€" gets Totaal, the
 * thresholds, the fixed amount and the chart's amount axis in k€ (no silent ×1000), a list in euros
 * looks exactly as before, and a list whose header changes unit between runs shows the new one.
 */

const NBSP = "\u00a0";
const EURO_FORMAT = '"€\u00a0"#,##0';
const K_FORMAT = `#,##0.0"${NBSP}k€"`;
const M_FORMAT = `#,##0.00"${NBSP}M€"`;

const request = (patch: Partial<RunRequest> = {}): RunRequest => ({
  language: "nl",
  now: new Date(2026, 10, 30, 10, 15, 0),
  ...patch,
});

/** A client list whose revenue and potential headers are `revenue` and `potential`, amounts as given. */
function clients(revenue: string, potential: string, amounts: Array<[number, number]>): Cell[][] {
  const names = ["Verbeke Logistiek", "Atelier Maes", "Brouwerij De Kaai", "Dekkers Installaties"];
  const answers: Cell[][] = [
    ["Ja", "Ja", "Nee", "Ja"],
    ["Nee", "Ja", "Nee", "Nee"],
    ["Ja", "Nee", "Ja", "Ja"],
    ["Nee", "Nee", "Nee", "Ja"],
  ];
  return [
    ["Klant", revenue, potential, "Marge", "Snelheid", "Innovatie", "Netwerk"],
    ...amounts.map(([r, p], i) => [names[i], r, p, ...answers[i]]),
  ];
}

const K_LIST = clients("Omzet (k€)", "Potentieel (k€)", [
  [180, 20],
  [45, 5],
  [60, 12.5],
  [12, 0],
]);

/** The plan of a run that writes (it fails the test when the run is refused). */
function planned(values: Cell[][], patch: Partial<RunRequest> = {}): WorkbookPlan {
  const { plan, outcome } = planRun(snapshotOf(values), request(patch));
  if (!plan) throw new Error(outcome.result.problems.map((p) => p.message).join("\n"));
  return plan;
}

/** The planned settings cell at (row, column). */
function settingsCell(plan: WorkbookPlan, row: number, column: number): PlannedCell {
  const cell = plan.settingsSheet.cells.find((c) => c.row === row && c.column === column);
  if (!cell) throw new Error(`No settings cell planned at row ${row + 1}, column ${column + 1}`);
  return cell;
}

/** The number formats of every amount the run shows: Totaal (and its hidden helpers), the settings' amounts, the axis. */
function amountFormats(plan: WorkbookPlan) {
  const R = SETTINGS_ROWS;
  return {
    totaal: plan.columns.formats[0],
    helpers: [4, 6, 7, 8].map((i) => plan.columns.formats[i]),
    fixedAmount: settingsCell(plan, R.fixedAmount, 1).numberFormat,
    fixedAmountApplied: settingsCell(plan, R.fixedAmount, 2).numberFormat,
    revenueThreshold: settingsCell(plan, R.revenueThreshold, 1).numberFormat,
    topCut: settingsCell(plan, R.topCut, 1).numberFormat,
    axis: plan.chart.yAxis.numberFormat,
  };
}

const everywhere = (format: string) => ({
  totaal: format,
  helpers: [format, format, format, format],
  fixedAmount: format,
  fixedAmountApplied: format,
  revenueThreshold: format,
  topCut: format,
  axis: format,
});

describe("amounts in the unit the headers name", () => {
  it.each([
    ["Omzet (k€)", "Potentieel (k€)", K_FORMAT],
    ["Omzet in k€", "Potentieel in k€", K_FORMAT],
    ["Omzet (M€)", "Potentieel (M€)", M_FORMAT],
    ["Omzet", "Potentieel", EURO_FORMAT],
    ["Omzet (€)", "Potentieel (€)", EURO_FORMAT],
    ["Omzet (k€)", "Potentieel (€)", EURO_FORMAT],
  ])("%s and %s: Totaal, the thresholds, the fixed amount and the axis all in one format", (r, p, format) => {
    const plan = planned(
      clients(r, p, [
        [180, 20],
        [45, 5],
        [60, 12.5],
        [12, 0],
      ]),
    );
    expect(amountFormats(plan)).toEqual(everywhere(format));
  });

  it("leaves the score, segment and other added columns as they were", () => {
    const formats = planned(K_LIST).columns.formats;
    expect([1, 2, 3, 5].map((i) => formats[i])).toEqual(["General", "General", "General", "General"]);
  });

  it.each([
    [
      "nl",
      "Vast bedrag in k€ (bij methode vast bedrag)",
      "Het bedrag staat in k€, zoals de kopteksten van de tabel.",
    ],
    [
      "en",
      "Fixed amount in k€ (for method fixed amount)",
      "The amount is in k€, as the table's headers say.",
    ],
  ] as Array<[Language, string, string]>)(
    "says on the settings sheet (%s) that the fixed amount is in k€",
    (language, label, note) => {
      const plan = planned(K_LIST, { language });
      expect(settingsCell(plan, SETTINGS_ROWS.fixedAmount, 0).content).toBe(label);
      expect(String(settingsCell(plan, SETTINGS_ROWS.fixedAmount, 3).content)).toContain(note);
    },
  );

  it("keeps a list in euros exactly as before: € before whole euros, the fixed amount's label and note unchanged", () => {
    const plan = planned(
      clients("Omzet", "Potentieel", [
        [180000, 20000],
        [45000, 5000],
        [60000, 12500],
        [12000, 0],
      ]),
    );
    expect(settingsCell(plan, SETTINGS_ROWS.fixedAmount, 0).content).toBe(
      "Vast bedrag (bij methode vast bedrag)",
    );
    const note = String(settingsCell(plan, SETTINGS_ROWS.fixedAmount, 3).content);
    expect(note).toContain("Jaaromzet + potentieel vanaf dit bedrag telt als groot.");
    expect(note).not.toMatch(/k€|M€|kopteksten/);
  });

  it("takes the fixed amount in the table's unit: 50 in a k€ list puts the clients from 50 k€ up at the top", () => {
    const { outcome } = planRun(
      snapshotOf(K_LIST),
      request({ settings: { revenueThreshold: { kind: "amount", amount: 50 } } }),
    );
    expect(outcome.result.thresholds.revenue).toBe(50);
    expect(outcome.result.columns.unit).toEqual({ factor: 1000, symbol: "k€" });
    const top = outcome.result.clients.filter((c) => c.quadrant === "top-right" || c.quadrant === "top-left");
    expect(top.map((c) => c.name).sort()).toEqual(["Atelier Maes", "Brouwerij De Kaai", "Verbeke Logistiek"]);
  });

  it("shows the new unit when the header changes between runs, also when a ribbon run keeps the sheet's inputs", () => {
    const first = planned(
      clients("Omzet", "Potentieel", [
        [180000, 20000],
        [45000, 5000],
        [60000, 12500],
        [12000, 0],
      ]),
    );
    expect(amountFormats(first)).toEqual(everywhere(EURO_FORMAT));
    const settings = Array.from({ length: first.settingsSheet.area.rows }, (_, row) =>
      Array.from({ length: first.settingsSheet.area.columns }, (_, column): Cell => {
        const content = first.settingsSheet.cells.find((c) => c.row === row && c.column === column)?.content;
        return typeof content === "number" || (typeof content === "string" && !content.startsWith("="))
          ? content
          : "";
      }),
    );
    const { plan } = planRun(snapshotOf(K_LIST, { settings }), request());
    expect(plan && amountFormats(plan)).toEqual(everywhere(K_FORMAT));
    expect(plan && settingsCell(plan, SETTINGS_ROWS.fixedAmount, 1).content).toBeNull();
    expect(plan && settingsCell(plan, SETTINGS_ROWS.fixedAmount, 0).content).toBe(
      "Vast bedrag in k€ (bij methode vast bedrag)",
    );
  });
});
