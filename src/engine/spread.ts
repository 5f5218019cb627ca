import { GOLDEN, RANK_SPREAD_LIMIT, SPREAD } from "./names";

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
