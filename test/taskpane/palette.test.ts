import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { getTheme } from "@fluentui/react";
import { contrastRatio as contrast } from "../../src/taskpane/contrast";
import { ON_STRONG, PALETTE, SEGMENT_STYLES } from "../../src/workbook/palette";

const root = join(__dirname, "../..");

/** Every TypeScript file under a folder of the repository. */
function sources(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The text the pane writes on a segment's fill: Fluent's body text of the default theme. */
const PANE_TEXT = getTheme().semanticColors.bodyText;

describe("the segment palette (jsdom cannot measure contrast, so it is checked here)", () => {
  it.each(Object.entries(PALETTE))("%s: the sheet's and the pane's text on the fill reach 4.5:1", (_, c) => {
    expect(contrast(c.font, c.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PANE_TEXT, c.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(PALETTE))("%s: the letter on the strong tone reaches 4.5:1", (_, c) => {
    expect(contrast(ON_STRONG, c.strong)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(PALETTE))(
    "%s: the strong tone (card border, chart marker) stands out from white at 3:1",
    (_, c) => {
      expect(contrast(c.strong, "#FFFFFF")).toBeGreaterThanOrEqual(3);
    },
  );

  it("gives the conditional formats the palette's fill and font", () => {
    expect(SEGMENT_STYLES).toEqual(
      Object.entries(PALETTE).map(([segment, c]) => ({ segment, fill: c.fill, font: c.font })),
    );
  });

  it("is written down once: no other source of the add-in or the preview spells a segment colour", () => {
    const colours = Object.values(PALETTE).flatMap((c) =>
      [c.strong, c.fill, c.font].map((x) => x.toLowerCase()),
    );
    const spelled = [...sources("src"), ...sources("preview")]
      .filter((file) => relative("src/workbook", file) !== "palette.ts")
      .flatMap((file) => {
        const code = readFileSync(join(root, file), "utf8").toLowerCase();
        return colours.filter((colour) => code.includes(colour)).map((colour) => `${file}: ${colour}`);
      });
    expect(spelled).toEqual([]);
  });
});
