import { columnLetters } from "../../src/method/addresses";
import type { Cell } from "../../src/method/types";
import { planRun, type RunRequest } from "../../src/workbook/planRun";
import { exampleRows } from "../../src/workbook/exampleClients";
import { HEADER, snapshotOf } from "../support/snapshots";

/*
 * The chart plan from a snapshot, without Excel: names addressed by the point's index in the series
 * for every list position, and on its own client's name cell (issue 10, failure 1).
 */

const request = (patch: Partial<RunRequest> = {}): RunRequest => ({
  language: "nl",
  now: new Date(2026, 10, 29, 14, 5, 9),
  ...patch,
});

const CLIENTS = [HEADER, ...exampleRows("Ja", "Nee")];

/** A snapshot whose grid (the used range) starts at (row, column) on the sheet, with title rows above the header. */
function placedSnapshot(at: { row: number; column: number; titleRows: number; table: boolean }) {
  const width = HEADER.length;
  const values: Cell[][] = [
    ...Array.from({ length: at.titleRows }, (_, i) => [
      i === 0 ? "Klanten 2026" : "",
      ...Array<Cell>(width - 1).fill(""),
    ]),
    ...CLIENTS.map((row) => [...row]),
  ];
  const headerRow = at.row + at.titleRows;
  const tables = at.table
    ? [
        {
          name: "Klantenlijst",
          row: headerRow,
          column: at.column,
          rows: CLIENTS.length,
          columns: width,
          showHeaders: true,
          hiddenRows: 0,
        },
      ]
    : [];
  return snapshotOf(values, {
    grid: { row: at.row, column: at.column, values, formulas: values.map((r) => [...r]) },
    tables,
    activeCell: { row: headerRow + 1, column: at.column },
  });
}

describe.each([
  ["from A1", { row: 0, column: 0, titleRows: 0, table: false }],
  ["under two title rows", { row: 0, column: 0, titleRows: 2, table: false }],
  ["under four empty rows (the used range starts lower)", { row: 4, column: 0, titleRows: 0, table: false }],
  ["from column C under empty rows and a title", { row: 3, column: 2, titleRows: 1, table: false }],
  ["in a Table at D7", { row: 6, column: 3, titleRows: 0, table: true }],
])("a list %s", (_, at) => {
  it("names points 0 and up, each linked to the name cell of its own row, in every client series", () => {
    const { plan, outcome } = planRun(placedSnapshot(at), request({ labels: 20 }));
    expect(plan).not.toBeNull();
    const [a, b, c] = plan!.chart.series;
    const firstSheetRow = at.row + at.titleRows + 1;
    const name = columnLetters(at.column);
    expect(a.x).toMatch(new RegExp(`!\\$[A-Z]+\\$${firstSheetRow + 1}:`));
    expect(a.labels.length).toBeGreaterThan(0);
    for (const label of a.labels) {
      expect(label.point).toBeGreaterThanOrEqual(0);
      expect(label.point).toBeLessThan(outcome.result.clients.length);
      expect(label.formula).toBe(`=Klanten!$${name}$${firstSheetRow + label.point + 1}`);
      expect(label.text).toBe(CLIENTS[label.point + 1][0]);
    }
    expect(b.labels).toEqual(a.labels);
    expect(c.labels).toEqual(a.labels);
  });
});

describe("which clients are named", () => {
  it("every A-client first, then the biggest others, up to the number asked; none for 0", () => {
    const { plan, outcome } = planRun(
      placedSnapshot({ row: 0, column: 0, titleRows: 0, table: false }),
      request({ labels: 6 }),
    );
    const named = new Set(plan!.chart.series[0].labels.map((l) => l.text));
    const a = outcome.result.clients.filter((c) => c.segment === "A");
    expect(a.length).toBeLessThanOrEqual(6);
    for (const client of a) expect(named.has(client.name)).toBe(true);
    expect(plan!.chart.named.wanted).toBe(6);
    expect(named.size).toBe(plan!.chart.named.placed);
    const none = planRun(
      placedSnapshot({ row: 0, column: 0, titleRows: 0, table: false }),
      request({ labels: 0 }),
    );
    expect(none.plan!.chart.series.slice(0, 3).map((s) => s.labels)).toEqual([[], [], []]);
  });
});
