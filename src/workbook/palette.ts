import type { Segment } from "../method";

/** The colours of a segment letter in the sheet: Excel's Good, Neutral and Bad styles for A, B and C. */
export interface SegmentStyle {
  segment: Segment;
  fill: string;
  font: string;
}

/** The conditional-format colours of the Segment column. */
export const SEGMENT_STYLES: readonly SegmentStyle[] = [
  { segment: "A", fill: "#C6EFCE", font: "#006100" },
  { segment: "B", fill: "#FFEB9C", font: "#9C5700" },
  { segment: "C", fill: "#FFC7CE", font: "#9C0006" },
];
