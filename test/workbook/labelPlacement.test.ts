import fc from "fast-check";
import {
  autoAxis,
  type ChartFrame,
  DEFAULT_CHART_SIZE,
  letterBox,
  overlappingPairs,
  plotArea,
  textWidth,
  xPoint,
  yPoint,
} from "../../src/workbook";
import { labelBox, placeNames } from "../../src/workbook/labelPlacement";
import { inside } from "../../src/workbook/chartGeometry";

/** The frame of a default-sized chart with scores up to 4 and amounts up to `top`. */
const frameFor = (top: number, size = DEFAULT_CHART_SIZE): ChartFrame => ({
  size,
  plot: plotArea(size),
  x: autoAxis(4.4, 1),
  y: autoAxis(top),
});

const arbPoints = fc.array(
  fc.record({ x: fc.constantFrom(0, 0.5, 1, 2, 2.5, 3, 4), y: fc.integer({ min: 0, max: 1_000_000 }) }),
  { minLength: 1, maxLength: 60 },
);

describe("placing the names", () => {
  it("never draws a name over another name or a quadrant letter, and keeps it in the plot", () => {
    fc.assert(
      fc.property(
        arbPoints,
        fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 60, maxLength: 60 }),
        fc.record({ width: fc.integer({ min: 200, max: 900 }), height: fc.integer({ min: 150, max: 700 }) }),
        (points, texts, size) => {
          const top = Math.max(1, ...points.map((p) => p.y)) * 1.1;
          const frame = frameFor(top, size);
          const letters = [letterBox(xPoint(frame, 4.4), yPoint(frame, top), "A")];
          const names = points.map((p, i) => ({ ...p, point: i, text: texts[i] }));
          const placed = placeNames(frame, names, { markers: points, letters, lines: { x: 3, y: top / 3 } });
          expect(overlappingPairs([...placed.map((p) => p.box), ...letters])).toEqual([]);
          for (const p of placed) {
            expect(inside(p.box, frame.plot)).toBe(true);
            const own = names[p.point];
            expect(p.box).toEqual(labelBox(xPoint(frame, own.x), yPoint(frame, own.y), own.text, p.position));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is deterministic: the same clients give the same places", () => {
    const frame = frameFor(330_000);
    const names = [
      { x: 3, y: 250_000, point: 0, text: "Brouwerij De Leeuw" },
      { x: 3, y: 240_000, point: 1, text: "Logistiek Maes" },
      { x: 1, y: 20_000, point: 2, text: "Slagerij Mertens" },
    ];
    const obstacles = { markers: names, letters: [], lines: { x: 3, y: 60_000 } };
    expect(placeNames(frame, names, obstacles)).toEqual(placeNames(frame, names, obstacles));
  });

  it("tries right, then left, and leaves off a name that fits nowhere", () => {
    const frame = frameFor(100);
    const at = (text: string, point: number) => ({ x: 2, y: 50, point, text });
    const placed = placeNames(frame, [at("Een", 0), at("Twee", 1), at("Drie", 2)], {
      markers: [{ x: 2, y: 50 }],
      letters: [],
      lines: { x: 0, y: 0 },
    });
    expect(placed.map((p) => [p.text, p.position])).toEqual([
      ["Een", "Right"],
      ["Twee", "Left"],
    ]);
  });

  it("goes above, then below, when both sides are taken", () => {
    const frame = frameFor(100);
    const px = xPoint(frame, 2);
    const py = yPoint(frame, 50);
    const side = (dx: number) => ({ left: px + dx - 5, right: px + dx + 5, top: py - 2, bottom: py + 2 });
    const letters = [side(20), side(-20)];
    const names = [
      { x: 2, y: 50, point: 0, text: "Boven" },
      { x: 2, y: 50, point: 1, text: "Onder" },
    ];
    const placed = placeNames(frame, names, { markers: [], letters, lines: { x: 0, y: 0 } });
    expect(placed.map((p) => p.position)).toEqual(["Top", "Bottom"]);
  });

  it("prefers a side that covers no other client's marker", () => {
    const frame = frameFor(100);
    const [placed] = placeNames(frame, [{ x: 2, y: 50, point: 0, text: "Bakkerij" }], {
      markers: [
        { x: 2, y: 50 },
        { x: 2.2, y: 50 },
      ],
      letters: [],
      lines: { x: 0, y: 0 },
    });
    expect(placed.position).toBe("Left");
  });

  it("covers another client's marker only for an essential name (an A-client), and only when no side is free", () => {
    const frame = frameFor(100);
    const markers = [0, 0.3, -0.3].map((dx) => ({ x: 2 + dx, y: 50 }));
    const boxed = (essential: boolean) =>
      placeNames(frame, [{ x: 2, y: 50, point: 0, text: "Bakkerij Peeters", essential }], {
        markers: [...markers, { x: 2, y: 52 }, { x: 2, y: 48 }],
        letters: [],
        lines: { x: 0, y: 0 },
      });
    expect(boxed(false)).toEqual([]);
    expect(boxed(true).map((p) => p.text)).toEqual(["Bakkerij Peeters"]);
  });

  it("prefers a side that crosses no quadrant line", () => {
    const frame = frameFor(100);
    const lineX =
      2 + (textWidth("Bakkerij", 8) + 8) / ((frame.plot.right - frame.plot.left) / frame.x.maximum) / 2;
    const [placed] = placeNames(frame, [{ x: 2, y: 50, point: 0, text: "Bakkerij" }], {
      markers: [],
      letters: [],
      lines: { x: lineX, y: 0 },
    });
    expect(placed.position).toBe("Left");
  });
});

describe("the text-width model", () => {
  it("grows with the text and counts wide letters wider", () => {
    expect(textWidth("", 8)).toBe(0);
    expect(textWidth("MMMM", 8)).toBeGreaterThan(textWidth("iiii", 8) * 2);
    expect(textWidth("Brouwerij De Leeuw", 8)).toBeGreaterThan(textWidth("Brouwerij", 8));
  });
});
