import {
  CRITERIA,
  type Client,
  type ResolvedSettings,
  type Segment,
  type Thresholds,
} from "../../src/method/types";

/*
 * An independent model of the chart the workbook's formulas draw, computed from the method's result:
 * a test compares it with the helper cells the double (or LibreOffice) computes.
 */

/** One client's point in the ABC matrix: x is exactly its score, y its total. */
export interface ChartPoint {
  row: number;
  name: string;
  segment: Segment;
  x: number;
  y: number;
}

/** The chart as the workbook's formulas draw it: points, the two quadrant lines and the letters. */
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
): ChartModel {
  const maxScore = CRITERIA.reduce((sum, c) => sum + settings.weights[c], 0);
  const top = clients.reduce((m, c) => Math.max(m, c.total), 0) * 1.1;
  const points = clients.map((c) => ({
    row: c.row,
    name: c.name,
    segment: c.segment,
    x: c.score,
    y: c.total,
  }));
  return {
    points,
    maxScore,
    top,
    vertical: { x: thresholds.score, from: 0, to: top },
    horizontal: { y: thresholds.revenue, from: 0, to: maxScore },
    letters: [
      { letter: "A", x: maxScore * 1.1, y: top },
      { letter: "B", x: maxScore * 0.04, y: top },
      { letter: "B", x: maxScore * 1.1, y: top * 0.04 },
      { letter: "C", x: maxScore * 0.04, y: top * 0.04 },
    ],
  };
}
