import type { ChartPlan, PointLabel, SeriesPlan } from "./plan";
import { type Client, columnLetters, type Language, quoteSheet, type Segment } from "../method";
import type { TableLayout } from "./layout";
import { CHART_NAME, SETTINGS_SHEET } from "./workbookNames";
import { CHART_COLUMNS, CHART_ROWS } from "./chartHelpers";
import { NEUTRALS, PALETTE } from "./palette";
import { CHART_TEXT } from "./texts";

/** Indices of the `count` biggest clients by total (ties in row order). */
export function biggestClients(clients: readonly Client[], count: number): Set<number> {
  const order = clients.map((_, i) => i).sort((a, b) => clients[b].total - clients[a].total || a - b);
  return new Set(order.slice(0, Math.max(0, count)));
}

const absolute = (sheet: string, column: number, first: number, last: number) => {
  const l = columnLetters(column);
  return `${quoteSheet(sheet)}!$${l}$${first + 1}:$${l}$${last + 1}`;
};

/**
 * Plans the ABC chart: a series per segment through the helper columns (a client moves series when
 * its segment formula changes), the two quadrant lines and the quadrant letters from the settings
 * sheet, and labels on the `labels` biggest clients.
 */
export function chartPlan(
  layout: TableLayout,
  clients: readonly Client[],
  maxScore: number,
  labels: number,
  language: Language,
): ChartPlan {
  const t = CHART_TEXT[language];
  const { firstDataRow: first, lastDataRow: last, sheet } = layout;
  const x = absolute(sheet, layout.output.chartX, first, last);
  const biggest = biggestClients(clients, labels);
  const nameCell = (row: number) => `=${quoteSheet(sheet)}!$${columnLetters(layout.name)}$${row + 1}`;
  const clientLabels: PointLabel[] = clients
    .filter((_, i) => biggest.has(i))
    .map((c) => ({ point: c.row - first, formula: nameCell(c.row), text: c.name }))
    .sort((a, b) => a.point - b.point);
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
  const { vertical, horizontal, letters } = CHART_ROWS;
  const letterLabels: PointLabel[] = ["A", "B", "B", "C"].map((letter, i) => ({
    point: i,
    formula: `=${quoteSheet(SETTINGS_SHEET)}!$${columnLetters(CHART_COLUMNS.letter)}$${letters + i + 1}`,
    text: letter,
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
        x: helper(CHART_COLUMNS.x, letters, 4),
        y: helper(CHART_COLUMNS.y, letters, 4),
        color: NEUTRALS.quadrantLetter,
        labels: letterLabels,
      },
    ],
    xAxis: { minimum: 0, maximum: maxScore, majorUnit: 1, title: t.x },
    yAxis: { minimum: 0, title: t.y, numberFormat: '"€ "#,##0' },
    anchor: {
      start: `${columnLetters(right)}${layout.headerRow + 1}`,
      end: `${columnLetters(right + 9)}${layout.headerRow + 24}`,
    },
  };
}
