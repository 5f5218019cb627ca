import { ON_STRONG_COLOR, SEGMENT_COLORS, TEXT_COLOR } from "../../src/taskpane/segmentColors";

/** WCAG 2 relative luminance of a #RRGGBB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("segment colours (jsdom cannot measure contrast, so the palette is checked here)", () => {
  it.each(Object.entries(SEGMENT_COLORS))(
    "%s: text on its fill and the letter on its tone reach 4.5:1",
    (_, c) => {
      expect(contrast(TEXT_COLOR, c.fill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ON_STRONG_COLOR, c.strong)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(Object.entries(SEGMENT_COLORS))("%s: the border tone stands out from white at 3:1", (_, c) => {
    expect(contrast(c.strong, "#FFFFFF")).toBeGreaterThanOrEqual(3);
  });

  it("uses the workbook's colours", () => {
    expect(SEGMENT_COLORS).toEqual({
      A: { strong: "#2E7D32", fill: "#C6EFCE" },
      B: { strong: "#9C5700", fill: "#FFEB9C" },
      C: { strong: "#C62828", fill: "#FFC7CE" },
    });
  });
});
