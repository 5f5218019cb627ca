import { QUADRANT_ADVICE, SEGMENT_ADVICE } from "./advice";
import { SEGMENT_OF } from "./classify";
import {
  QUADRANTS,
  SEGMENTS,
  type Client,
  type Language,
  type Quadrant,
  type QuadrantSummary,
  type Segment,
  type SegmentSummary,
  type Summary,
} from "./types";

const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

/** Counts, revenue and shares per segment and per quadrant, with the advice for each. */
export function summarize(clients: readonly Client[], outsideCount: number, language: Language): Summary {
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
  const perQuadrant = {} as Record<Quadrant, QuadrantSummary>;
  for (const quadrant of QUADRANTS) {
    perQuadrant[quadrant] = {
      quadrant,
      segment: SEGMENT_OF[quadrant],
      count: 0,
      revenue: 0,
      approach: QUADRANT_ADVICE[language][quadrant],
    };
  }
  let revenue = 0;
  for (const client of clients) {
    const s = perSegment[client.segment];
    s.count++;
    s.revenue += client.revenue;
    s.potential += client.potential;
    s.total += client.total;
    const q = perQuadrant[client.quadrant];
    q.count++;
    q.revenue += client.revenue;
    revenue += client.revenue;
  }
  for (const segment of SEGMENTS) {
    const s = perSegment[segment];
    s.clientShare = share(s.count, clients.length);
    s.revenueShare = share(s.revenue, revenue);
  }
  return { segments: perSegment, quadrants: perQuadrant, clientCount: clients.length, outsideCount, revenue };
}
