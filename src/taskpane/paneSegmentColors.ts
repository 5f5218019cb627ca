import type { Segment } from "../method";
import { ON_STRONG, PALETTE } from "../workbook";
import { mix } from "./contrast";

/** How the pane looks: Office's light or dark theme, or the system's forced (high-contrast) colours. */
export type ThemeKind = "light" | "dark" | "contrast";

/** A segment's colours in the pane: the card's border and badge, its fill, its text, the badge's letter. */
export interface PaneSegmentColors {
  strong: string;
  fill: string;
  text: string;
  onStrong: string;
}

/** The share of a segment's strong tone in the card fill of a dark pane (the rest is the pane's background). */
const DARK_FILL_SHARE = 0.3;

/**
 * The segment cards' colours, all from the one palette of src/workbook: its light fills on a light pane,
 * its strong tone mixed into the background on a dark one, and the system's own colours (CSS system
 * colour keywords) when they are forced, so the cards follow the user's high-contrast scheme.
 */
export function paneSegmentColors(
  kind: ThemeKind,
  background: string,
  text: string,
): Record<Segment, PaneSegmentColors> {
  const colors = (segment: Segment): PaneSegmentColors => {
    if (kind === "contrast") {
      return { strong: "CanvasText", fill: "Canvas", text: "CanvasText", onStrong: "Canvas" };
    }
    const { strong, fill } = PALETTE[segment];
    const paneFill = kind === "dark" ? mix(background, strong, DARK_FILL_SHARE) : fill;
    return { strong, fill: paneFill, text, onStrong: ON_STRONG };
  };
  return { A: colors("A"), B: colors("B"), C: colors("C") };
}
