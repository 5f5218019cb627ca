import { splitAddress } from "../src/method";
import {
  autoAxis,
  type Box,
  type ChartFrame,
  labelBox,
  type LabelPosition,
  letterBox,
  plotArea,
  xPoint,
  yPoint,
} from "../src/workbook";
import type { ChartJson, ExcelDouble } from "../test/double";

/** A label as drawn: its text and the box it covers, in points from the chart's top-left corner. */
export interface DrawnLabel {
  text: string;
  box: Box;
  /** True for a quadrant letter, false for a client's name. */
  letter: boolean;
}

/** A point as drawn: its values, where it is drawn, and its label if it has one. */
export interface DrawnPoint {
  x: number;
  y: number;
  px: number;
  py: number;
  label?: DrawnLabel;
}

/** One series as drawn. */
export interface DrawnSeries {
  name: string;
  inLegend: boolean;
  kind: "points" | "line" | "letters";
  color: string;
  points: DrawnPoint[];
}

/** The chart as Excel draws it from the double's cells: the frame, the texts and every series. */
export interface ChartScene {
  frame: ChartFrame;
  title: string;
  xTitle: string;
  yTitle: string;
  series: DrawnSeries[];
}

/** The numbers of a sheet-qualified range as the double computes them (text and errors become null). */
function numbers(double: ExcelDouble, address: string | undefined): Array<number | null> {
  if (!address) return [];
  const { sheet, cell } = splitAddress(address);
  return double
    .values(sheet, cell)
    .flat()
    .map((v) => (typeof v === "number" ? v : null));
}

/** What a text linked to one cell shows (a label's or a title's formula, which the double checked), or the fixed text. */
function linkedText(double: ExcelDouble, formula: string | undefined, text: string | undefined): string {
  if (!formula) return text ?? "";
  const { sheet, cell } = splitAddress(formula.slice(1));
  return String(double.read(sheet, cell.replace(/\$/g, "")).value);
}

/**
 * Computes what Excel draws for a chart the add-in built: points outside the axes left out (the helper
 * columns put "no point" below 0), the automatic axis maxima, and each label's box at its position.
 */
export function chartScene(double: ExcelDouble, chart: ChartJson): ChartScene {
  const { category, value } = chart.axes;
  const xMin = category.minimum ?? 0;
  const yMin = value.minimum ?? 0;
  const raw = chart.series.map((s) => {
    const xs = numbers(double, s.x);
    const ys = numbers(double, s.y);
    const points = xs.flatMap((x, i) => {
      const y = ys[i];
      return x !== null && y !== null && x >= xMin && y >= yMin ? [{ x, y, index: i }] : [];
    });
    return { s, points };
  });
  const all = raw.flatMap((r) => r.points);
  const dataMax = (key: "x" | "y") => all.reduce((m, p) => Math.max(m, p[key]), 0);
  const x =
    category.maximum !== undefined
      ? { minimum: xMin, maximum: category.maximum, unit: category.majorUnit ?? 1 }
      : autoAxis(dataMax("x"), category.majorUnit);
  const y =
    value.maximum !== undefined
      ? { minimum: yMin, maximum: value.maximum, unit: value.majorUnit ?? 1 }
      : autoAxis(dataMax("y"), value.majorUnit);
  const size = { width: chart.position.width, height: chart.position.height };
  const frame: ChartFrame = { size, plot: plotArea(size), x, y };
  const series = raw.map(({ s, points }): DrawnSeries => {
    const kind =
      s.chartType === "XYScatterLinesNoMarkers" ? "line" : s.markerStyle === "None" ? "letters" : "points";
    const labels = new Map(s.labels.map((l) => [l.point, l]));
    return {
      name: s.name,
      inLegend: s.inLegend,
      kind,
      color: (kind === "line" ? s.lineColor : s.markerColor) ?? "#333333",
      points: points.map((p) => {
        const px = xPoint(frame, p.x);
        const py = yPoint(frame, p.y);
        const l = labels.get(p.index);
        if (!l) return { x: p.x, y: p.y, px, py };
        const text = linkedText(double, l.formula, l.text);
        const box =
          kind === "letters" || l.position === "Center"
            ? letterBox(px, py, text)
            : labelBox(px, py, text, (l.position ?? "Right") as LabelPosition);
        return { x: p.x, y: p.y, px, py, label: { text, box, letter: kind === "letters" } };
      }),
    };
  });
  return {
    frame,
    title: chart.title ?? chart.name,
    xTitle: linkedText(double, category.titleFormula, category.title),
    yTitle: linkedText(double, value.titleFormula, value.title),
    series,
  };
}

/** Every drawn label (names and letters), for the overlap checks. */
export function drawnLabels(scene: ChartScene): DrawnLabel[] {
  return scene.series.flatMap((s) => s.points.flatMap((p) => (p.label ? [p.label] : [])));
}
