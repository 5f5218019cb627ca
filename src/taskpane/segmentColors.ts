import type { Segment } from "../method";

/** The colours of a segment in the pane: a strong tone for borders and badges, a light fill behind text. */
export interface SegmentColors {
  strong: string;
  fill: string;
}

/** The workbook's segment colours: A green, B amber, C red (the letter is always shown beside them). */
export const SEGMENT_COLORS: Readonly<Record<Segment, SegmentColors>> = {
  A: { strong: "#2E7D32", fill: "#C6EFCE" },
  B: { strong: "#9C5700", fill: "#FFEB9C" },
  C: { strong: "#C62828", fill: "#FFC7CE" },
};

/** The text colour on a segment's fill and elsewhere in the pane (Fluent's neutralPrimary). */
export const TEXT_COLOR = "#323130";

/** The text colour on a segment's strong tone. */
export const ON_STRONG_COLOR = "#FFFFFF";
