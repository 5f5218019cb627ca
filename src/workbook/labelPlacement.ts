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

/** Markers closer than this many points count as one: what a name may cover does not change. */
const MARKER_GRID = 0.25;

/** Where a marker is drawn, to a quarter point. */
const markerKey = (px: number, py: number) =>
  `${Math.round(px / MARKER_GRID)},${Math.round(py / MARKER_GRID)}`;

/**
 * The markers as drawn, one per quarter-point position: a big list has at most 16 scores and a few
 * hundred heights in points, so the names are checked against thousands of markers, not a million.
 */
function distinctMarkers(frame: ChartFrame, points: readonly ChartPoint[]): Array<{ key: string; box: Box }> {
  const seen = new Map<string, Box>();
  for (const p of points) {
    const px = xPoint(frame, p.x);
    const py = yPoint(frame, p.y);
    const key = markerKey(px, py);
    if (!seen.has(key)) seen.set(key, markerBox(px, py));
  }
  return [...seen].map(([key, box]) => ({ key, box }));
}

/** The box a marker covers, drawn at (px, py). */
function markerBox(px: number, py: number): Box {
  const r = MARKER_SIZE / 2;
  return { left: px - r, right: px + r, top: py - r, bottom: py + r };
}

/** A name being placed: the candidate, where its point is drawn (and that marker's key), and what it covers. */
interface Placing {
  name: NameCandidate;
  px: number;
  py: number;
  marker: string;
  position: LabelPosition;
  box: Box;
}

/**
 * Places the names, most important first. A name goes to a position (Right, Left, Top, Bottom) inside
 * the plot area, clear of every quadrant letter, every placed name and every other client's marker, and
 * crossing no quadrant line; when there is none, one placed name in the way moves to another free
 * position of its own; then the same, allowing a crossed line. Only then may an essential name (an
 * A-client) cover another client's marker. A name that still fits nowhere is left off, never drawn over
 * another name.
 */
export function placeNames(
  frame: ChartFrame,
  names: readonly NameCandidate[],
  obstacles: Obstacles,
): PlacedName[] {
  const markers = distinctMarkers(frame, obstacles.markers);
  const lineX = xPoint(frame, obstacles.lines.x);
  const lineY = yPoint(frame, obstacles.lines.y);
  const crossesLine = (b: Box) => (b.left < lineX && b.right > lineX) || (b.top < lineY && b.bottom > lineY);
  const coversMarker = (own: string, b: Box) => markers.some((m) => m.key !== own && overlaps(m.box, b));
  const fits = (b: Box) =>
    inside(b, frame.plot) && !obstacles.letters.some((l) => overlaps(grown(l, CLEARANCE), b));
  const clearOf = (b: Box, others: readonly Placing[]) =>
    !others.some((p) => overlaps(grown(p.box, CLEARANCE), b));
  const slots = (name: NameCandidate, px: number, py: number) =>
    LABEL_POSITIONS.map((position) => ({ position, box: labelBox(px, py, name.text, position) })).filter(
      ({ box }) => fits(box),
    );
  const placed: Placing[] = [];

  /** Moves the one placed name in the way of `box` to another free position, if it has one. */
  const makeRoom = (box: Box): boolean => {
    const blockers = placed.filter((p) => overlaps(grown(p.box, CLEARANCE), box));
    if (blockers.length !== 1) return false;
    const [blocker] = blockers;
    const others = placed.filter((p) => p !== blocker);
    const move = slots(blocker.name, blocker.px, blocker.py).find(
      (slot) =>
        slot.position !== blocker.position &&
        !coversMarker(blocker.marker, slot.box) &&
        clearOf(slot.box, others) &&
        !overlaps(grown(slot.box, CLEARANCE), box),
    );
    if (!move) return false;
    blocker.position = move.position;
    blocker.box = move.box;
    return true;
  };

  for (const name of names) {
    const px = xPoint(frame, name.x);
    const py = yPoint(frame, name.y);
    const marker = markerKey(px, py);
    const own = slots(name, px, py);
    const clear = own.filter((slot) => clearOf(slot.box, placed));
    const open = (slot: (typeof own)[number]) => !coversMarker(marker, slot.box);
    const apart = (slot: (typeof own)[number]) => open(slot) && !crossesLine(slot.box);
    const choice =
      clear.find(apart) ??
      own.find((slot) => apart(slot) && makeRoom(slot.box)) ??
      clear.find(open) ??
      own.find((slot) => open(slot) && makeRoom(slot.box)) ??
      (name.essential ? (clear.find((slot) => !crossesLine(slot.box)) ?? clear[0]) : undefined);
    if (choice) placed.push({ name, px, py, marker, ...choice });
  }
  return placed.map((p) => ({ point: p.name.point, text: p.name.text, position: p.position, box: p.box }));
}

/** Every pair of boxes that overlap, as index pairs (for tests and the preview's check). */
export function overlappingPairs(boxes: readonly Box[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) pairs.push([i, j]);
  return pairs;
}
