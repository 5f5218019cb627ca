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
    expect(chart.series.map((s) => s.inLegend)).toEqual([true, true, true, false, false, false]);
    expect(chart.series.slice(0, 3).map((s) => s.markerColor)).toEqual(
      (["A", "B", "C"] as const).map((segment) => PALETTE[segment].strong),
    );
    expect(chart.axes.category).toMatchObject({
      minimum: 0,
      titleFormula: "='ABC-instellingen'!$F$19",
    });
    for (const automatic of ["maximum", "majorUnit"] as const) {
      expect(chart.axes.category[automatic]).toBeUndefined();
      expect(chart.axes.value[automatic]).toBeUndefined();
    }
    expect(double.values("ABC-instellingen", "F19")).toEqual([["Score (aantal keer Ja)"]]);
    expect(chart.axes.value).toMatchObject({
      minimum: 0,
      title: "Jaaromzet + potentieel",
      numberFormat: '"€\u00a0"#,##0',
    });
    expect(chart.series[5].labels.map((l) => l.formula)).toEqual([
      "='ABC-instellingen'!$H$14",
      "='ABC-instellingen'!$H$15",
      "='ABC-instellingen'!$H$16",
      "='ABC-instellingen'!$H$17",
    ]);
    expect(double.values("ABC-instellingen", "H14:H17").flat()).toEqual(["A", "B", "B", "C"]);
  });

  it.each([
    [2, 2],
    [2.5, 2.5],
    [3, 3],
  ])(
    "draws the vertical line exactly at score threshold %p, the horizontal one at the revenue threshold",
    async (threshold, x) => {
      const double = workbookWith(CLIENTS);
      const outcome = await segment({ scoreThreshold: threshold });
      expect(double.values("ABC-instellingen", "F6:G7")).toEqual([
        [x, 0],
        [x, 300000 * 1.1],
      ]);
      const revenue = outcome.result.thresholds.revenue;
      expect(double.values("ABC-instellingen", "F9:G10")).toEqual([
        [0, revenue],
        [4, revenue],
      ]);
    },
  );

  it("with weights, the score axis says Gewogen score and points sit at their weighted score; a colleague's weight follows", async () => {
    const double = workbookWith(CLIENTS);
    const weights = { marge: 0.5, snelheid: 0.5, innovatie: 1, netwerk: 1 };
    const outcome = await segment({ scoreThreshold: 2, weights });
    expect(double.values("ABC-instellingen", "F19")).toEqual([["Gewogen score"]]);
    expect(double.values("Klanten", "M2:M7").flat()).toEqual(outcome.result.clients.map((c) => c.score));
    expect(double.values("ABC-instellingen", "F6:F7").flat()).toEqual([2, 2]);
    const weightCell = double.values("ABC-instellingen", "A1:A30").flat().indexOf("Gewicht Marge") + 1;
    expect(weightCell).toBeGreaterThan(0);
    double.edit("ABC-instellingen", `B${weightCell}`, 3);
    expect(double.values("Klanten", "M2").flat()).toEqual([3 + 0.5 + 1]);
    expect(double.values("ABC-instellingen", "F9:F10").flat()).toEqual([0, 5.5]);
    expect(double.charts("Klanten")[0].axes.category.maximum).toBeUndefined();
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

  it("draws each client exactly at its score, as the independent chart model says", async () => {
    const double = workbookWith(CLIENTS);
    const outcome = await segment();
    const model = chartModel(outcome.result.clients, outcome.result.thresholds, outcome.result.settings);
    expect(double.values("Klanten", "M2:M7").flat()).toEqual(model.points.map((p) => p.x));
    expect(double.values("ABC-instellingen", "F14:G17")).toEqual(model.letters.map((l) => [l.x, l.y]));
    expect(segmentTable(CLIENTS).clients.map((c) => c.segment)).toEqual(
      outcome.result.clients.map((c) => c.segment),
    );
  });

  it("names the A-clients first, then the biggest others, linked to their own name cells", async () => {
    const double = workbookWith(CLIENTS);
    const outcome = await segment(undefined, 2);
    expect(outcome.chartNames).toEqual({ wanted: 2, placed: 2 });
    expect(outcome.result.clients.filter((c) => c.segment === "A").map((c) => c.name)).toEqual(["Groot NV"]);
    const labels = double.charts("Klanten")[0].series[0].labels;
    expect(labels.map((l) => [l.point, l.formula])).toEqual([
      [0, "=Klanten!$A$2"],
      [2, "=Klanten!$A$4"],
    ]);
    expect(labels.every((l) => ["Left", "Right", "Top", "Bottom"].includes(l.position ?? ""))).toBe(true);
  });

  it("removes the names a re-run no longer wants: 20, then 2, then none, then 20 again", async () => {
    const double = workbookWith(CLIENTS);
    const named = () =>
      double
        .charts("Klanten")[0]
        .series.slice(0, 3)
        .map((s) => s.labels.length);
    await segment(undefined, 20);
    const all = named()[0];
    expect(all).toBeGreaterThanOrEqual(5);
    await segment(undefined, 2);
    expect(named()).toEqual([2, 2, 2]);
    await segment(undefined, 0);
    expect(named()).toEqual([0, 0, 0]);
    await segment(undefined, 20);
    expect(named()).toEqual([all, all, all]);
    expect(double.charts("Klanten")).toHaveLength(1);
    expect(double.charts("Klanten")[0].series.map((s) => s.name)).toEqual([
      "A-klanten",
      "B-klanten",
      "C-klanten",
      "Scoredrempel",
      "Omzetdrempel",
      "Kwadranten",
    ]);
  });

  it("moves a placed name aside for the next, and leaves off the least important name that fits nowhere", async () => {
    const triplets: Cell[][] = [
      ...CLIENTS,
      ["Drieling C", 40500, 0, "Ja", "Nee", "Nee", "Nee"],
      ["Drieling D", 40200, 0, "Ja", "Nee", "Nee", "Nee"],
    ];
    const double = workbookWith(triplets);
    await segment();
    const labels = double.charts("Klanten")[0].series[0].labels;
    const named = (row: number) => labels.find((l) => l.formula === `=Klanten!$A$${row}`);
    // By total: Tweeling B (41.000) goes right, then moves left for Drieling C (40.500), which goes right;
    // Drieling D (40.200) and Tweeling A (40.000) fit nowhere on the same spot and are left off.
    expect(named(7)?.position).toBe("Left");
    expect(named(8)?.position).toBe("Right");
    expect(named(9)).toBeUndefined();
    expect(named(6)).toBeUndefined();
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
