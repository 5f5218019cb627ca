/** Above this many segmented clients the chart spreads points by amount instead of by rank (keeps recalculation linear). */
export const RANK_SPREAD_LIMIT = 500;

/** How far, at most, a point moves away from its score so points with the same score do not pile up. */
export const SPREAD = 0.35;

/** The multiplier that spreads points by amount: the golden ratio scatters any amounts evenly over [0, 1). */
export const GOLDEN = 0.6180339887;

/**
 * How the chart spreads clients with the same score: by rank in total (even, but each row scans the
 * whole column) up to RANK_SPREAD_LIMIT clients, by the golden-ratio fraction of the total above it.
 */
export type SpreadKind = "rank" | "golden";

/** The spread the workbook uses for this many segmented clients. */
export function spreadKind(clients: number): SpreadKind {
  return clients > RANK_SPREAD_LIMIT ? "golden" : "rank";
}
