import type { Segment } from "../method";

/** The colours of one segment, wherever it is shown. */
export interface SegmentColors {
  /** A strong tone for chart markers, borders and badges; ON_STRONG text reads on it. */
  strong: string;
  /** A light fill behind text: the Segment cells and the pane's cards. */
  fill: string;
  /** The text colour on that fill. */
  font: string;
}

/**
 * The one palette of the add-in: A green, B amber, C red (the letter is always shown beside them).
 * Fill and font are Excel's Good, Neutral and Bad styles; B's strong tone is Neutral's dark amber, so
 * white letters and the marker on a white chart stay readable.
 */
export const PALETTE: Readonly<Record<Segment, SegmentColors>> = {
  A: { strong: "#2E7D32", fill: "#C6EFCE", font: "#006100" },
  B: { strong: "#9C5700", fill: "#FFEB9C", font: "#9C5700" },
  C: { strong: "#C62828", fill: "#FFC7CE", font: "#9C0006" },
};

/** The text colour on a segment's strong tone. */
export const ON_STRONG = "#FFFFFF";

/** The neutral tones of everything else the add-in draws or writes. */
export const NEUTRALS = {
  /** The dashed quadrant lines, and notes on the sheets. */
  line: "#595959",
  /** The quadrant letters in the chart. */
  quadrantLetter: "#A6A6A6",
  /** The helper cells the chart reads on the settings sheet. */
  helper: "#7F7F7F",
  /** Section titles on the settings sheet. */
  section: "#1F4E79",
  /** The fill of the cells a user may change (Excel's Input-like yellow). */
  inputFill: "#FFF2CC",
  /** The fill of computed cells. */
  computedFill: "#EDEDED",
} as const;

/** The colours of a segment letter in the sheet: the conditional format of one letter. */
export interface SegmentStyle {
  segment: Segment;
  fill: string;
  font: string;
}

/** The conditional-format colours of the Segment column, taken from the palette. */
export const SEGMENT_STYLES: readonly SegmentStyle[] = (Object.keys(PALETTE) as Segment[]).map((segment) => ({
  segment,
  fill: PALETTE[segment].fill,
  font: PALETTE[segment].font,
}));

/** How the sheet marks a cell the method does not accept, and the ? in Segment: violet, unlike any segment. */
export const FLAG_STYLE = { fill: "#E4D7F5", font: "#4B1C71" } as const;
