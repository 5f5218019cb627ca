import type { ClientRow, Quadrant, Segment } from "./types";

/** The segment of each quadrant: A top right, C bottom left, B the other two. */
export const SEGMENT_OF: Readonly<Record<Quadrant, Segment>> = {
  "top-right": "A",
  "top-left": "B",
  "bottom-right": "B",
  "bottom-left": "C",
};

/** Counts and sums per quadrant, in the order of QUADRANTS (top-right, top-left, bottom-right, bottom-left). */
export class QuadrantTally {
  readonly count = new Float64Array(4);
  readonly revenue = new Float64Array(4);
  readonly potential = new Float64Array(4);
  readonly total = new Float64Array(4);

  /** Adds a client to the quadrant with this index. */
  add(index: number, client: ClientRow): void {
    this.count[index]++;
    this.revenue[index] += client.revenue;
    this.potential[index] += client.potential;
    this.total[index] += client.total;
  }
}

/** The index of a quadrant in QUADRANTS: revenue high or low, score high or low. */
export function quadrantIndex(highRevenue: boolean, highScore: boolean): number {
  return (highRevenue ? 0 : 2) + (highScore ? 0 : 1);
}
