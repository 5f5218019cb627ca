import type { Quadrant, Segment } from "./types";

/** The quadrant of a client: high on revenue when total ≥ threshold, high on score when score ≥ threshold. */
export function quadrantOf(
  total: number,
  score: number,
  revenueThreshold: number,
  scoreThreshold: number,
): Quadrant {
  const highRevenue = total >= revenueThreshold;
  const highScore = score >= scoreThreshold;
  if (highRevenue) return highScore ? "top-right" : "top-left";
  return highScore ? "bottom-right" : "bottom-left";
}

/** The segment of each quadrant: A top right, C bottom left, B the other two. */
export const SEGMENT_OF: Readonly<Record<Quadrant, Segment>> = {
  "top-right": "A",
  "top-left": "B",
  "bottom-right": "B",
  "bottom-left": "C",
};
