import type { Quadrant, Segment } from "./types";

/** The segment of each quadrant: A top right, C bottom left, B the other two. */
export const SEGMENT_OF: Readonly<Record<Quadrant, Segment>> = {
  "top-right": "A",
  "top-left": "B",
  "bottom-right": "B",
  "bottom-left": "C",
};
