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

/**
 * The chart model of a segmentation: the same numbers the chart's helper cells compute. The top edge
 * clears both the biggest client and the revenue threshold; each letter sits in its quadrant's outer corner.
 */
export function chartModel(
  clients: readonly Client[],
  thresholds: Thresholds,
  settings: Pick<ResolvedSettings, "weights">,
): ChartModel {
  const maxScore = CRITERIA.reduce((sum, c) => sum + settings.weights[c], 0);
  const top = Math.max(thresholds.revenue, ...clients.map((c) => c.total)) * 1.1;
  const left = Math.min(maxScore * 0.04, thresholds.score / 2);
  const low = Math.min(top * 0.04, thresholds.revenue / 2);
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
      { letter: "B", x: left, y: top },
      { letter: "B", x: maxScore * 1.1, y: low },
      { letter: "C", x: left, y: low },
    ],
  };
}
