import { chartScene, drawnLabels } from "../../preview/chartScene";
import { previewWorkbook } from "../../preview/demoWorkbook";
import { segmentActiveSheet } from "../../src/excel";
import type { Cell, Settings } from "../../src/method/types";
import { overlappingPairs } from "../../src/workbook";
import { inside } from "../../src/workbook/chartGeometry";
import { createExcelDouble, type ExcelDouble } from "../double";
import { NOW } from "../support/workbook";

/*
 * The chart as drawn for thresholds far from the clients, a portfolio with one giant, a colleague's
 * settings and narrow columns: each quadrant letter in its own quadrant, the names placed for the axes
 * Excel draws (none over another, none outside the plot), the vertical line up to the top (review of issue 10).
 */

const DEMO = previewWorkbook("demo", "nl");

function demoWith(patch: (rows: Cell[][]) => Cell[][] = (rows) => rows): ExcelDouble {
  const double = createExcelDouble({ sheets: { [DEMO.sheet]: patch(DEMO.cells.map((r) => [...r])) } });
  double.install();
  return double;
}

/** What is wrong with the drawn chart: letters outside their quadrant, names over names or outside the plot. */
function drawingProblems(double: ExcelDouble): string[] {
  const scene = chartScene(double, double.charts(DEMO.sheet)[0]);
  const [vertical, horizontal, letters] = scene.series.slice(3);
  const lineX = vertical.points[0].x;
  const lineY = horizontal.points[0].y;
  const problems: string[] = [];
  if (Math.max(...vertical.points.map((p) => p.y)) < lineY)
    problems.push("the vertical line stops below the revenue line");
  letters.points.forEach((p) => {
    const quadrant = p.x >= lineX && p.y >= lineY ? "A" : p.x >= lineX || p.y >= lineY ? "B" : "C";
    if (quadrant !== p.label?.text) problems.push(`letter ${p.label?.text} in quadrant ${quadrant}`);
  });
  const labels = drawnLabels(scene);
  for (const [i, j] of overlappingPairs(labels.map((l) => l.box)))
    problems.push(`${labels[i].text} over ${labels[j].text}`);
  for (const l of labels)
    if (!l.letter && !inside(l.box, scene.frame.plot)) problems.push(`${l.text} outside the plot`);
  return problems;
}

describe.each<[string, Settings]>([
  [
    "a fixed revenue threshold above the biggest client (€ 400.000)",
    { revenueThreshold: { kind: "amount", amount: 400_000 } },
  ],
  ["a fixed revenue threshold of € 1.000.000", { revenueThreshold: { kind: "amount", amount: 1_000_000 } }],
  ["a small fixed revenue threshold (€ 10.000)", { revenueThreshold: { kind: "amount", amount: 10_000 } }],
  [
    "score threshold 1 and top 10 %",
    { scoreThreshold: 1, revenueThreshold: { kind: "topPercent", topPercent: 10 } },
  ],
  [
    "weights 0.4/0.3/0.2/0.1 and score threshold 0.5",
    { scoreThreshold: 0.5, weights: { marge: 0.4, snelheid: 0.3, innovatie: 0.2, netwerk: 0.1 } },
  ],
  [
    "weights 40/30/20/10 and score threshold 50",
    { scoreThreshold: 50, weights: { marge: 40, snelheid: 30, innovatie: 20, netwerk: 10 } },
  ],
])("the demo with %s", (_, settings) => {
  it("draws each letter in its quadrant and every name clear of the others, inside the plot", async () => {
    const double = demoWith();
    const outcome = await segmentActiveSheet(settings, { now: NOW });
    expect(outcome.written).toBe(true);
    expect(drawingProblems(double)).toEqual([]);
  });
});

describe("the chart follows what the plan could not know", () => {
  it("a portfolio with one giant: letters stay in their quadrants", async () => {
    const double = demoWith((rows) =>
      rows.map((r, i) => (i === 3 ? [r[0], 5_000_000, 5_000_000, 5_000_000, 0, ...r.slice(5)] : r)),
    );
    await segmentActiveSheet(undefined, { now: NOW });
    expect(drawingProblems(double)).toEqual([]);
  });

  it("a colleague sets a fixed amount of € 1.000.000: letters and the vertical line follow", async () => {
    const double = demoWith();
    await segmentActiveSheet(undefined, { now: NOW });
    const labels = double.values("ABC-instellingen", "A1:A12").flat();
    const method = labels.indexOf("Methode omzetdrempel") + 1;
    const amount = labels.indexOf("Vast bedrag (bij methode vast bedrag)") + 1;
    expect([method, amount].every((row) => row > 0)).toBe(true);
    double.edit("ABC-instellingen", `B${method}`, "vast bedrag");
    double.edit("ABC-instellingen", `B${amount}`, 1_000_000);
    const problems = drawingProblems(double).filter((p) => !/ over | outside /.test(p));
    expect(problems).toEqual([]);
  });

  it("a new chart is 480 × 360 points whatever the widths of the columns it lands on", async () => {
    const double = demoWith();
    const sheet = double.model.sheet(DEMO.sheet)!;
    for (let c = 10; c < 40; c++) sheet.columnWidths.set(c, 30);
    await segmentActiveSheet(undefined, { now: NOW });
    expect(double.charts(DEMO.sheet)[0].position).toMatchObject({ width: 480, height: 360 });
    expect(drawingProblems(double)).toEqual([]);
  });
});

describe("names as the cells show them, on any chart size", () => {
  it("measures a name as its cell shows it, inner and trailing spaces included", async () => {
    const double = demoWith((rows) =>
      rows.map((r, i) => (i === 3 ? [`Brouwerij${" ".repeat(40)}De Leeuw   `, ...r.slice(1)] : r)),
    );
    await segmentActiveSheet(undefined, { now: NOW });
    expect(drawingProblems(double)).toEqual([]);
    const scene = chartScene(double, double.charts(DEMO.sheet)[0]);
    const padded = drawnLabels(scene).find((l) => l.text.startsWith("Brouwerij "));
    expect(padded?.text).toBe(`Brouwerij${" ".repeat(40)}De Leeuw   `);
  });

  it.each([
    [1, 1],
    [60, 40],
    [200, 120],
    [2000, 60],
    [60, 2000],
  ])("a chart resized to %p × %p pt: no name outside it, none over another", async (width, height) => {
    const double = demoWith();
    await segmentActiveSheet(undefined, { now: NOW });
    Object.assign(double.model.sheet(DEMO.sheet)!.charts[0], { width, height });
    const outcome = await segmentActiveSheet(undefined, { now: NOW });
    const scene = chartScene(double, double.charts(DEMO.sheet)[0]);
    const names = drawnLabels(scene).filter((l) => !l.letter);
    const chartBox = { left: 0, top: 0, right: width, bottom: height };
    expect(names.filter((l) => !inside(l.box, chartBox)).map((l) => l.text)).toEqual([]);
    expect(overlappingPairs(names.map((l) => l.box))).toEqual([]);
    expect(outcome.chartNames?.placed).toBe(names.length);
  });
});
