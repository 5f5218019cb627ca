import {
  type Box,
  type ChartFrame,
  FONT_SIZES,
  inside,
  MARKER_SIZE,
  overlaps,
  xPoint,
  yPoint,
} from "./chartGeometry";
import { lineHeight, textWidth } from "./textWidth";

/** Where a name sits beside its point: Excel's data label positions for a scatter point. */
export type LabelPosition = "Right" | "Left" | "Top" | "Bottom";

/** The positions tried for each name, in this order. */
export const LABEL_POSITIONS: readonly LabelPosition[] = ["Right", "Left", "Top", "Bottom"];

/** A point of the chart in axis units (score, amount). */
export interface ChartPoint {
  x: number;
  y: number;
}

/**
 * A client to name: its point in its series (`point`, zero-based), where it is drawn and its name;
 * `essential` names (the A-clients) may cover another client's marker when no side is free of one.
 */
export interface NameCandidate extends ChartPoint {
  point: number;
  text: string;
  essential?: boolean;
}

/** A name placed beside its point, with the box it covers in points. */
export interface PlacedName {
  point: number;
  text: string;
  position: LabelPosition;
  box: Box;
}

/** What the names stay clear of: the quadrant letters always; every client's marker and the quadrant lines where they can. */
export interface Obstacles {
  markers: readonly ChartPoint[];
  letters: readonly Box[];
  /** The quadrant lines in axis units: the score threshold (vertical) and the revenue threshold (horizontal). */
  lines: { x: number; y: number };
}

/** The space between a marker's edge and its label, in points. */
const GAP = 2;

/** The least space between two names, or a name and a letter, in points. */
const CLEARANCE = 2;

/** A box grown by `by` points on every side. */
const grown = (b: Box, by: number): Box => ({
  left: b.left - by,
  top: b.top - by,
  right: b.right + by,
  bottom: b.bottom + by,
});

/** The box, in points, of a data label with `text` at `position` beside a marker drawn at (px, py). */
export function labelBox(px: number, py: number, text: string, position: LabelPosition): Box {
  const width = textWidth(text, FONT_SIZES.label) + 2;
  const height = lineHeight(FONT_SIZES.label);
  const reach = MARKER_SIZE / 2 + GAP;
  switch (position) {
    case "Right":
      return { left: px + reach, right: px + reach + width, top: py - height / 2, bottom: py + height / 2 };
    case "Left":
      return { left: px - reach - width, right: px - reach, top: py - height / 2, bottom: py + height / 2 };
    case "Top":
      return { left: px - width / 2, right: px + width / 2, top: py - reach - height, bottom: py - reach };
    case "Bottom":
      return { left: px - width / 2, right: px + width / 2, top: py + reach, bottom: py + reach + height };
  }
}

/** The box, in points, of a quadrant letter drawn centred on (px, py). */
export function letterBox(px: number, py: number, letter: string): Box {
  const width = textWidth(letter, FONT_SIZES.letter);
  const height = lineHeight(FONT_SIZES.letter);
  return { left: px - width / 2, right: px + width / 2, top: py - height / 2, bottom: py + height / 2 };
}

/** The box a marker covers, drawn at (px, py). */
function markerBox(px: number, py: number): Box {
  const r = MARKER_SIZE / 2;
  return { left: px - r, right: px + r, top: py - r, bottom: py + r };
}

/**
 * Places the names, most important first: each at a position (Right, Left, Top, Bottom) that stays
 * inside the plot area and clear of every other name, quadrant letter and (unless the name is
 * essential) other client's marker; of those, the first that crosses no quadrant line, else the least
 * bad (a covered marker weighs more than a crossed line). A name that fits nowhere is left off.
 */
export function placeNames(
  frame: ChartFrame,
  names: readonly NameCandidate[],
  obstacles: Obstacles,
): PlacedName[] {
  const markers = obstacles.markers.map((m) => ({
    ...m,
    box: markerBox(xPoint(frame, m.x), yPoint(frame, m.y)),
  }));
  const lineX = xPoint(frame, obstacles.lines.x);
  const lineY = yPoint(frame, obstacles.lines.y);
  const crossesLine = (b: Box) => (b.left < lineX && b.right > lineX) || (b.top < lineY && b.bottom > lineY);
  const placed: PlacedName[] = [];
  for (const name of names) {
    const coversMarker = (b: Box) =>
      markers.some((m) => !(m.x === name.x && m.y === name.y) && overlaps(m.box, b));
    const px = xPoint(frame, name.x);
    const py = yPoint(frame, name.y);
    const free = LABEL_POSITIONS.map((position) => ({
      position,
      box: labelBox(px, py, name.text, position),
    })).filter(
      ({ box }) =>
        inside(box, frame.plot) &&
        !placed.some((p) => overlaps(grown(p.box, CLEARANCE), box)) &&
        !obstacles.letters.some((l) => overlaps(grown(l, CLEARANCE), box)) &&
        (name.essential === true || !coversMarker(box)),
    );
    const cost = (b: Box) => (coversMarker(b) ? 2 : 0) + (crossesLine(b) ? 1 : 0);
    const choice = free.reduce<(typeof free)[number] | undefined>(
      (best, c) => (best === undefined || cost(c.box) < cost(best.box) ? c : best),
      undefined,
    );
    if (choice) placed.push({ point: name.point, text: name.text, ...choice });
  }
  return placed;
}

/** Every pair of boxes that overlap, as index pairs (for tests and the preview's check). */
export function overlappingPairs(boxes: readonly Box[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) pairs.push([i, j]);
  return pairs;
}
