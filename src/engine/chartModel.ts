import { SPREAD } from "./names";
import { spreadOffsets } from "./spread";
import { CRITERIA, type Client, type ResolvedSettings, type Segment, type Thresholds } from "./types";

/** One client's point in the ABC matrix. */
export interface ChartPoint {
  row: number;
  name: string;
  segment: Segment;
  x: number;
  y: number;
  labelled: boolean;
}

/** The chart as the workbook's formulas draw it: points, the two quadrant lines and the axes. */
export interface ChartModel {
  points: ChartPoint[];
  maxScore: number;
  top: number;
  vertical: { x: number; from: number; to: number };
  horizontal: { y: number; from: number; to: number };
  letters: Array<{ letter: string; x: number; y: number }>;
}

/** How much room the chart leaves above the biggest client. */
export const HEADROOM = 1.1;

/** The default number of biggest clients whose names are shown. */
export const DEFAULT_LABELS = 20;

/** Indices of the `count` biggest clients by total (ties in row order). */
export function biggestClients(clients: readonly Client[], count: number): Set<number> {
  const order = clients.map((_, i) => i).sort((a, b) => clients[b].total - clients[a].total || a - b);
  return new Set(order.slice(0, Math.max(0, count)));
}

/** The chart model of a segmentation: the same numbers the chart's helper cells compute. */
export function chartModel(
  clients: readonly Client[],
  thresholds: Thresholds,
  settings: Pick<ResolvedSettings, "weights">,
  labels = DEFAULT_LABELS,
): ChartModel {
  const maxScore = CRITERIA.reduce((sum, c) => sum + settings.weights[c], 0);
  const offsets = spreadOffsets(clients, maxScore);
  const labelled = biggestClients(clients, labels);
  const top = clients.reduce((m, c) => Math.max(m, c.total), 0) * HEADROOM;
  const points = clients.map((c, i) => ({
    row: c.row,
    name: c.name,
    segment: c.segment,
    x: c.score + offsets[i],
    y: c.total,
    labelled: labelled.has(i),
  }));
  const low = top * 0.04;
  const inset = SPREAD / 2;
  return {
    points,
    maxScore,
    top,
    vertical: { x: thresholds.score - 0.5, from: 0, to: top },
    horizontal: { y: thresholds.revenue, from: 0, to: maxScore },
    letters: [
      { letter: "A", x: maxScore - inset, y: top },
      { letter: "B", x: inset, y: top },
      { letter: "B", x: maxScore - inset, y: low },
      { letter: "C", x: inset, y: low },
    ],
  };
}
