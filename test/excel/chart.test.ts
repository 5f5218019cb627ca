import { chartModel } from "../support/chartModel";
import { segmentTable } from "../../src/method/segmentTable";
import { type Cell } from "../../src/method/types";
import { PALETTE } from "../../src/workbook/palette";
import { segment, workbookWith } from "../support/workbook";

const CLIENTS: Cell[][] = [
  ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Groot NV", 250000, 50000, "Ja", "Ja", "Nee", "Ja"],
  ["Klein BV", 9000, 1000, "Nee", "Nee", "Ja", "Nee"],
  ["Midden", 60000, 0, "Ja", "Nee", "Nee", "Nee"],
  ["Belofte", 20000, 15000, "Ja", "Ja", "Ja", "Nee"],
  ["Tweeling A", 40000, 0, "Ja", "Nee", "Nee", "Nee"],
  ["Tweeling B", 41000, 0, "Ja", "Nee", "Nee", "Nee"],
];

describe("the ABC chart", () => {
  it("is a native scatter chart with a series per segment, two quadrant lines and the quadrant letters", async () => {
    const double = workbookWith(CLIENTS);
    await segment();
    const [chart] = double.charts("Klanten");
    expect(chart).toMatchObject({
      name: "ABC-matrix",
      type: "XYScatter",
      title: "ABC-matrix",
      plotVisibleOnly: false,
    });
    expect(chart.series.map((s) => [s.name, s.chartType, s.x, s.y])).toEqual([
      ["A-klanten", "XYScatter", "Klanten!M2:M57", "Klanten!N2:N57"],
      ["B-klanten", "XYScatter", "Klanten!M2:M57", "Klanten!O2:O57"],
      ["C-klanten", "XYScatter", "Klanten!M2:M57", "Klanten!P2:P57"],
      ["Scoredrempel", "XYScatterLinesNoMarkers", "'ABC-instellingen'!F6:F7", "'ABC-instellingen'!G6:G7"],
      ["Omzetdrempel", "XYScatterLinesNoMarkers", "'ABC-instellingen'!F9:F10", "'ABC-instellingen'!G9:G10"],
      ["Kwadranten", "XYScatter", "'ABC-instellingen'!F14:F17", "'ABC-instellingen'!G14:G17"],
    ]);
    expect(chart.series.slice(0, 3).map((s) => s.markerColor)).toEqual(
      (["A", "B", "C"] as const).map((segment) => PALETTE[segment].strong),
    );
    expect(chart.axes.category).toMatchObject({
      minimum: 0,
      maximum: 4,
      majorUnit: 1,
      title: "Score (aantal keer Ja)",
    });
    expect(chart.axes.value).toMatchObject({
      minimum: 0,
      title: "Jaaromzet + potentieel",
      numberFormat: '"€ "#,##0',
    });
    expect(chart.series[5].labels.map((l) => l.formula)).toEqual([
      "='ABC-instellingen'!$H$14",
      "='ABC-instellingen'!$H$15",
      "='ABC-instellingen'!$H$16",
      "='ABC-instellingen'!$H$17",
    ]);
    expect(double.values("ABC-instellingen", "H14:H17").flat()).toEqual(["A", "B", "B", "C"]);
  });

  it("draws the vertical line half a step below the score threshold and the horizontal one at the revenue threshold", async () => {
    const double = workbookWith(CLIENTS);
    const outcome = await segment({ scoreThreshold: 2 });
    expect(double.values("ABC-instellingen", "F6:G7")).toEqual([
      [1.5, 0],
      [1.5, 300000 * 1.1],
    ]);
    const revenue = outcome.result.thresholds.revenue;
    expect(double.values("ABC-instellingen", "F9:G10")).toEqual([
      [0, revenue],
      [4, revenue],
    ]);
  });

  it("moves a client to another series when a colleague changes an answer, without the add-in; no point is below the axes, never an error", async () => {
    const double = workbookWith(CLIENTS);
    await segment();
    expect(double.values("Klanten", "N3:P3")).toEqual([[-1, -1, 10000]]);
    double.edit("Klanten", "D3", "Ja");
    double.edit("Klanten", "E3", "Ja");
    expect(double.values("Klanten", "J3")).toEqual([["B"]]);
    expect(double.values("Klanten", "N3:P3")).toEqual([[-1, 10000, -1]]);
  });

  it("spreads clients with the same score within ±0.35, the same way the pane's chart model does", async () => {
    const double = workbookWith(CLIENTS);
    const outcome = await segment();
    const model = chartModel(outcome.result.clients, outcome.result.thresholds, outcome.result.settings);
    const xs = double.values("Klanten", "M2:M7").flat() as number[];
    expect(xs).toEqual(model.points.map((p) => expect.closeTo(p.x, 12)));
    const ones = outcome.result.clients
      .map((c, i) => (c.score === 1 ? xs[i] : null))
      .filter((x) => x !== null);
    expect(new Set(ones).size).toBe(ones.length);
    for (const [i, c] of outcome.result.clients.entries())
      expect(Math.abs(xs[i] - c.score)).toBeLessThanOrEqual(0.35 + 1e-12);
    expect(segmentTable(CLIENTS).clients.map((c) => c.segment)).toEqual(
      outcome.result.clients.map((c) => c.segment),
    );
  });

  it("labels only the N biggest clients, linked to their name cells", async () => {
    const double = workbookWith(CLIENTS);
    await segment(undefined, 2);
    const labels = double.charts("Klanten")[0].series[0].labels;
    expect(labels.map((l) => [l.point, l.formula])).toEqual([
      [0, "=Klanten!$A$2"],
      [2, "=Klanten!$A$4"],
    ]);
  });

  it("updates the same chart on a re-run and keeps the position and size the user gave it", async () => {
    const double = workbookWith(CLIENTS);
    await segment();
    const moved = double.model.sheet("Klanten")!.charts[0];
    Object.assign(moved, { top: 400, left: 30, width: 700, height: 520 });
    await segment({ scoreThreshold: 2 });
    const charts = double.charts("Klanten");
    expect(charts).toHaveLength(1);
    expect(charts[0].position).toEqual({ top: 400, left: 30, width: 700, height: 520 });
    expect(charts[0].series).toHaveLength(6);
  });
});

describe("hosts without the newer API sets", () => {
  it("writes formulas as arrays without Range.copyFrom (ExcelApi 1.8) and says so", async () => {
    const double = workbookWith(CLIENTS, { apiVersion: "1.8" });
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(outcome.notes).toEqual([expect.stringContaining("ExcelApi 1.9")]);
    expect(double.values("Klanten", "J2:J7").flat()).toEqual(["A", "C", "B", "B", "C", "B"]);
  });

  it("falls back to fixed label texts where labels cannot be linked to cells, and says so", async () => {
    const double = workbookWith(CLIENTS, { linkedLabels: false });
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(outcome.notes).toEqual([expect.stringMatching(/vaste tekst/)]);
    const labels = double.charts("Klanten")[0].series[0].labels;
    expect(labels.map((l) => l.text)).toEqual([
      "Groot NV",
      "Klein BV",
      "Midden",
      "Belofte",
      "Tweeling A",
      "Tweeling B",
    ]);
    expect(labels.every((l) => l.formula === undefined)).toBe(true);
  });
});
