import fc from "fast-check";
import { atLeast } from "../../src/method/compare";
import { columnLetters } from "../../src/method/addresses";
import { type Cell, type Settings } from "../../src/method/types";
import { insertTemplate, segmentActiveSheet } from "../../src/excel";
import { createExcelDouble, type ExcelDouble } from "../double";
import { arbClientTable, arbLiveSettings } from "../support/generators";
import { NOW } from "../support/workbook";

/*
 * The chart is right for any list position, any thresholds and any re-run: every plotted point lies on
 * the side of each quadrant line its segment says, its x is its score, and every name labels its own
 * client's point (issue 10, failures 1 and 3).
 */

/** Where a generated list goes on its sheet. */
interface Placement {
  emptyRows: number;
  emptyColumns: number;
  table: boolean;
}

/** A sheet with `values` placed `emptyRows` down and `emptyColumns` right, maybe as an Excel Table. */
function workbookAt(values: Cell[][], at: Placement, headerRow: number): ExcelDouble {
  const width = values[0].length;
  const rows: Cell[][] = Array.from({ length: at.emptyRows }, () =>
    Array<Cell>(at.emptyColumns + width).fill(""),
  );
  for (const row of values) rows.push([...Array<Cell>(at.emptyColumns).fill(""), ...row]);
  const first = columnLetters(at.emptyColumns);
  const last = columnLetters(at.emptyColumns + width - 1);
  const top = at.emptyRows + headerRow + 1;
  const tables = at.table
    ? [
        {
          sheet: "Klanten",
          name: "Klantenlijst",
          address: `${first}${top}:${last}${at.emptyRows + values.length}`,
        },
      ]
    : [];
  const double = createExcelDouble({ sheets: { Klanten: rows }, tables });
  double.install();
  return double;
}

/** The numbers of a range on a sheet, as the chart reads them. */
const numbers = (double: ExcelDouble, address: string): number[] => {
  const [sheet, cells] = address.startsWith("'")
    ? [address.slice(1, address.indexOf("'!")), address.slice(address.indexOf("'!") + 2)]
    : address.split("!");
  return double
    .values(sheet, cells)
    .flat()
    .map((v) => (typeof v === "number" ? v : NaN));
};

/** Checks every point and every name of the chart against the sheet and the engine's result. */
function expectChartRight(
  double: ExcelDouble,
  outcome: Awaited<ReturnType<typeof segmentActiveSheet>>,
): void {
  const chart = double.charts("Klanten")[0];
  const [a, b, c, vertical, horizontal] = chart.series;
  const lineX = numbers(double, vertical.x!);
  const lineY = numbers(double, horizontal.y!);
  expect(lineX[0]).toBe(lineX[1]);
  expect(lineY[0]).toBe(lineY[1]);
  expect(lineX[0]).toBe(outcome.result.thresholds.score);
  const xs = numbers(double, a.x!);
  const plotted = new Map<number, { segment: string; x: number; y: number }>();
  for (const [segment, s] of [
    ["A", a],
    ["B", b],
    ["C", c],
  ] as const) {
    numbers(double, s.y!).forEach((y, i) => {
      if (xs[i] < 0 || y < 0) return;
      expect(plotted.has(i)).toBe(false);
      plotted.set(i, { segment, x: xs[i], y });
    });
  }
  const first = Number(/\$?(\d+):/.exec(a.x!)![1]) - 1;
  expect(plotted.size).toBe(outcome.result.clients.length);
  for (const p of plotted.values()) {
    const right = atLeast(p.x, lineX[0]);
    const above = atLeast(p.y, lineY[0]);
    const expected = right && above ? "A" : right || above ? "B" : "C";
    expect(p.segment).toBe(expected);
  }
  const letters = chart.series[5];
  const lx = numbers(double, letters.x!);
  const ly = numbers(double, letters.y!);
  ["A", "B", "B", "C"].forEach((letter, i) => {
    const right = atLeast(lx[i], lineX[0]);
    const above = atLeast(ly[i], lineY[0]);
    const quadrant = right && above ? "A" : right || above ? "B" : "C";
    const degenerate = lineX[0] === 0 || lineY[0] === 0;
    if (!degenerate) expect({ letter, quadrant }).toEqual({ letter, quadrant: letter });
  });
  const scores = outcome.result.clients.map((client) => client.score).sort((p, q) => p - q);
  expect([...plotted.values()].map((p) => p.x).sort((p, q) => p - q)).toEqual(scores);
  const nameColumn = /\$([A-Z]+)\$/.exec(a.labels[0]?.formula ?? "$A$")![1];
  for (const s of [a, b, c]) {
    for (const label of s.labels) {
      expect(label.point).toBeGreaterThanOrEqual(0);
      expect(label.point).toBeLessThan(xs.length);
      expect(label.formula).toBe(`=Klanten!$${nameColumn}$${first + label.point + 1}`);
      const name = double.read("Klanten", `${nameColumn}${first + label.point + 1}`).value;
      const client = outcome.result.clients.find((k) => k.name === name)!;
      if (label.text !== undefined) expect(label.text).toBe(name);
      expect(plotted.get(label.point)).toEqual({ segment: client.segment, x: client.score, y: client.total });
    }
  }
}

describe("the chart for any list position and settings", () => {
  it("puts each point on its segment's side of both lines, at its score, and each name on its own client", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbClientTable({ minClients: 2, maxClients: 25 }),
        arbLiveSettings,
        fc.record({
          emptyRows: fc.integer({ min: 0, max: 6 }),
          emptyColumns: fc.integer({ min: 0, max: 3 }),
          table: fc.boolean(),
        }),
        fc.integer({ min: 0, max: 25 }),
        async (table, settings, at, labels) => {
          const double = workbookAt(table.values, at, table.headerRow);
          const outcome = await segmentActiveSheet(settings as Settings, { now: NOW, labels });
          expect(outcome.result.problems.filter((p) => p.severity === "error")).toEqual([]);
          expect(outcome.written).toBe(true);
          expectChartRight(double, outcome);
          expect(double.charts("Klanten")[0].series[0].labels.length).toBeLessThanOrEqual(labels);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("issue 10, failure 1: the template with example clients (its list starts under title rows)", () => {
  it("labels points 0 and up, each with the name in its own row, and the write succeeds in one go", async () => {
    const double = createExcelDouble({ sheets: { Blad1: [[""]] } });
    double.install();
    const { sheet } = await insertTemplate(true, "nl", 2026);
    const outcome = await segmentActiveSheet(undefined, { now: NOW });
    expect(outcome.written).toBe(true);
    expect(outcome.notes).toEqual([]);
    const [a] = double.charts(sheet)[0].series;
    const [, xColumn, firstRow] = /!\$?([A-Z]+)\$?(\d+):/.exec(a.x!)!;
    const first = Number(firstRow);
    expect(a.labels.length).toBeGreaterThanOrEqual(12);
    for (const label of a.labels) {
      expect(label.point).toBeGreaterThanOrEqual(0);
      expect(label.formula).toBe(`='${sheet}'!$A$${first + label.point}`);
      const name = double.read(sheet, `A${first + label.point}`).value;
      const client = outcome.result.clients.find((c) => c.name === name);
      expect(client).toBeDefined();
      const x = double.read(sheet, `${xColumn}${first + label.point}`).value;
      expect(x).toBe(client!.score);
    }
  });
});
