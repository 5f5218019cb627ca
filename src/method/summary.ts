import { QUADRANT_ADVICE, SEGMENT_ADVICE } from "./texts";
import { type QuadrantTally, SEGMENT_OF } from "./quadrants";
import {
  QUADRANTS,
  SEGMENTS,
  type Language,
  type Quadrant,
  type QuadrantSummary,
  type Segment,
  type SegmentSummary,
  type Summary,
} from "./types";

const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

/** Counts, revenue and shares per segment and per quadrant, with the advice for each. */
export function summarize(tally: QuadrantTally, outsideCount: number, language: Language): Summary {
  const perQuadrant = {} as Record<Quadrant, QuadrantSummary>;
  const perSegment = {} as Record<Segment, SegmentSummary>;
  for (const segment of SEGMENTS) {
    perSegment[segment] = {
      segment,
      count: 0,
      revenue: 0,
      potential: 0,
      total: 0,
      clientShare: 0,
      revenueShare: 0,
      approach: SEGMENT_ADVICE[language][segment],
    };
  }
  let clientCount = 0;
  let revenue = 0;
  QUADRANTS.forEach((quadrant, i) => {
    const segment = SEGMENT_OF[quadrant];
    perQuadrant[quadrant] = {
      quadrant,
      segment,
      count: tally.count[i],
      revenue: tally.revenue[i],
      approach: QUADRANT_ADVICE[language][quadrant],
    };
    const s = perSegment[segment];
    s.count += tally.count[i];
    s.revenue += tally.revenue[i];
    s.potential += tally.potential[i];
    s.total += tally.total[i];
    clientCount += tally.count[i];
    revenue += tally.revenue[i];
  });
  for (const segment of SEGMENTS) {
    const s = perSegment[segment];
    s.clientShare = share(s.count, clientCount);
    s.revenueShare = share(s.revenue, revenue);
  }
  return { segments: perSegment, quadrants: perQuadrant, clientCount, outsideCount, revenue };
}
