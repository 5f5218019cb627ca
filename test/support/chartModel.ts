import { DEFAULT_LABELS } from "../../src/method/settings";
import {
  CRITERIA,
  type Client,
  type ResolvedSettings,
  type Segment,
  type Thresholds,
} from "../../src/method/types";
import { HEADROOM } from "../../src/workbook/chartHelpers";
import { biggestClients } from "../../src/workbook/chartPlan";
import { GOLDEN, RANK_SPREAD_LIMIT, SPREAD } from "../../src/workbook/spread";

/*
 * An independent model of the chart the workbook's formulas draw, computed from the method's result:
 * a test compares it with the helper columns the double computes.
 */

/** Where in the band [0, 1] a point sits, turned into its offset from the score (edges spread inwards only). */
export function placeInBand(v: number, score: number, maxScore: number): number {
  if (score <= 0) return v * SPREAD;
  if (score >= maxScore) return -v * SPREAD;
  return v * 2 * SPREAD - SPREAD;
}

/**
 * The horizontal offset of each client's point from its score, exactly as the workbook's chart formulas
 * compute it: clients with the same score spread by their rank in total (biggest on the left edge of
 * the band), or, above RANK_SPREAD_LIMIT clients, by the golden-ratio fraction of their total.
 */
export function spreadOffsets(
  clients: ReadonlyArray<{ score: number; total: number }>,
  maxScore: number,
): number[] {
  if (clients.length > RANK_SPREAD_LIMIT) {
    return clients.map((c) => {
      const a = c.total * GOLDEN;
      return placeInBand(a - Math.floor(a), c.score, maxScore);
    });
  }
  return clients.map((c) => {
    let same = 0;
    let bigger = 0;
    for (const other of clients) {
      if (other.score !== c.score) continue;
      same++;
      if (other.total > c.total) bigger++;
    }
    return same < 2 ? 0 : placeInBand(bigger / (same - 1), c.score, maxScore);
  });
}

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
