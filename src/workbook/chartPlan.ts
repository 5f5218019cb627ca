import type { ChartPlan, PointLabel, SeriesPlan } from "./plan";
import {
  absoluteCell,
  type Client,
  columnLetters,
  type Criterion,
  type Language,
  maxScoreOf,
  quoteSheet,
  type Segment,
  type Thresholds,
} from "../method";
import type { TableLayout } from "./layout";
import { CHART_NAME, SETTINGS_SHEET } from "./workbookNames";
import {
  CHART_COLUMNS,
  CHART_ROWS,
  chartTop,
  LETTER_PLACES,
  letterPoints,
  scoreAxisTitle,
} from "./chartHelpers";
import {
  autoAxis,
  type ChartFrame,
  type ChartSize,
  DEFAULT_CHART_SIZE,
  plotArea,
  xPoint,
  yPoint,
} from "./chartGeometry";
import { letterBox, type NameCandidate, placeNames } from "./labelPlacement";
import { NEUTRALS, PALETTE } from "./palette";
import { amountDisplay } from "./amountFormat";
import { CHART_TEXT } from "./texts";

/** The clients to name, most important first: every A-client, then the others, each by total (ties in row order). */
export function namedClients(clients: readonly Client[], count: number): number[] {
  const rank = (c: Client) => (c.segment === "A" ? 0 : 1);
  const order = clients
    .map((_, i) => i)
    .sort((a, b) => rank(clients[a]) - rank(clients[b]) || clients[b].total - clients[a].total || a - b);
  return order.slice(0, Math.max(0, count));
}

/** The chart's frame as Excel will draw it: the plot area, and both axes automatic up to the farthest helper point. */
export function chartFrame(size: ChartSize, maxScore: number, top: number): ChartFrame {
  return { size, plot: plotArea(size), x: autoAxis(maxScore * LETTER_PLACES.beyond), y: autoAxis(top) };
}

/** What the chart plan needs besides the layout. */
export interface ChartInputs {
  clients: readonly Client[];
  /** The sheet row of values[0], to turn a client's row into a sheet row. */
  rowOffset: number;
  thresholds: Thresholds;
  weights: Readonly<Record<Criterion, number>>;
  /** How many clients may be named (0 = none). */
  labels: number;
  language: Language;
  /** The size of the chart an earlier run drew (the user may have resized it), or of a new one. */
  size: ChartSize;
  /** A client's name as its cell shows it (a linked label shows the cell, spaces and all). */
  shownName: (client: Client) => string;
}

const absolute = (sheet: string, column: number, first: number, last: number) => {
  const l = columnLetters(column);
  return `${quoteSheet(sheet)}!$${l}$${first + 1}:$${l}$${last + 1}`;
};

/**
 * Plans the ABC chart: a series per segment through the helper columns (a client moves series when its
 * segment formula changes), x exactly its score; the quadrant lines exactly at the thresholds and the
 * letters from the settings sheet; the names of the most important clients, each placed where it
 * overlaps no other name, marker or letter (a name that fits nowhere is left off).
 */
export function chartPlan(layout: TableLayout, inputs: ChartInputs): ChartPlan {
  const { clients, rowOffset, thresholds, weights, labels, language, size, shownName } = inputs;
  const t = CHART_TEXT[language];
  const { firstDataRow: first, lastDataRow: last, sheet } = layout;
  const maxScore = maxScoreOf(weights);
  const top = chartTop(
    clients.reduce((m, c) => Math.max(m, c.total), 0),
    thresholds.revenue,
  );
  const frame = chartFrame(size, maxScore, top);
  const letters = letterPoints(maxScore, top, thresholds);
  const pointOf = (c: Client) => rowOffset + c.row - first;
  const candidates: NameCandidate[] = namedClients(clients, labels).map((i) => ({
    point: pointOf(clients[i]),
    x: clients[i].score,
    y: clients[i].total,
    text: shownName(clients[i]),
    essential: clients[i].segment === "A",
  }));
  const placed = placeNames(frame, candidates, {
    markers: clients.map((c) => ({ x: c.score, y: c.total })),
    letters: letters.map((l) => letterBox(xPoint(frame, l.x), yPoint(frame, l.y), l.letter)),
    lines: { x: thresholds.score, y: thresholds.revenue },
  });
  const clientLabels: PointLabel[] = placed
    .map((p) => ({
      point: p.point,
      formula: `=${absoluteCell(sheet, first + p.point, layout.name)}`,
      text: p.text,
      position: p.position,
    }))
    .sort((a, b) => a.point - b.point);
  const x = absolute(sheet, layout.output.chartX, first, last);
  const segment = (s: Segment, column: number): SeriesPlan => ({
    name: t.series[s],
    kind: "clients",
    x,
    y: absolute(sheet, column, first, last),
    color: PALETTE[s].strong,
    labels: clientLabels,
  });
  const helper = (column: number, row: number, rows: number) =>
    absolute(SETTINGS_SHEET, column, row, row + rows - 1);
  const helperCell = (column: number, row: number) => `=${absoluteCell(SETTINGS_SHEET, row, column)}`;
  const { vertical, horizontal } = CHART_ROWS;
  const letterLabels: PointLabel[] = letters.map((l, i) => ({
    point: i,
    formula: helperCell(CHART_COLUMNS.letter, CHART_ROWS.letters + i),
    text: l.letter,
    position: "Center",
  }));
  const right = Math.max(...Object.values(layout.output)) + 2;
  return {
    name: CHART_NAME,
    title: t.title,
    series: [
      segment("A", layout.output.chartA),
      segment("B", layout.output.chartB),
      segment("C", layout.output.chartC),
      {
        name: t.score,
        kind: "line",
        x: helper(CHART_COLUMNS.x, vertical, 2),
        y: helper(CHART_COLUMNS.y, vertical, 2),
        color: NEUTRALS.line,
        labels: [],
      },
      {
        name: t.revenue,
        kind: "line",
        x: helper(CHART_COLUMNS.x, horizontal, 2),
        y: helper(CHART_COLUMNS.y, horizontal, 2),
        color: NEUTRALS.line,
        labels: [],
      },
      {
        name: t.letters,
        kind: "letters",
        x: helper(CHART_COLUMNS.x, CHART_ROWS.letters, 4),
        y: helper(CHART_COLUMNS.y, CHART_ROWS.letters, 4),
        color: NEUTRALS.quadrantLetter,
        labels: letterLabels,
      },
    ],
    xAxis: {
      minimum: 0,
      title: scoreAxisTitle(weights, language),
      titleFormula: helperCell(CHART_COLUMNS.x, CHART_ROWS.axisTitle),
    },
    yAxis: { minimum: 0, title: t.y, numberFormat: amountDisplay(layout.unit).numberFormat },
    anchor: { start: `${columnLetters(right)}${layout.headerRow + 1}`, size: DEFAULT_CHART_SIZE },
    named: { wanted: candidates.length, placed: placed.length },
  };
}
