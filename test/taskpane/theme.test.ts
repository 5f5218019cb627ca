import fc from "fast-check";
import type { OfficeColors } from "../../src/excel";
import { PALETTE } from "../../src/workbook";
import { contrastRatio } from "../../src/taskpane/contrast";
import { paneTheme, type PaneTheme } from "../../src/taskpane/theme";
import { OFFICE_THEMES } from "../double/officeThemes";

/*
 * The pane's theme as a pure function of Office's colours and the system's forced colours. jsdom
 * computes no colours, so what a user reads (contrast) is checked here on the theme's own pairs, and in
 * Chromium by axe-core in test/e2e/theme.test.ts.
 */

/** Every text colour the pane draws, on the surface it is drawn on. */
function textPairs({ fluent, segments, kind }: PaneTheme): Array<[string, string, string]> {
  const s = fluent.semanticColors;
  const pairs: Array<[string, string, string]> = [
    ["body text", s.bodyText, s.bodyBackground],
    ["secondary text", s.bodySubtext, s.bodyBackground],
    ["link", s.link, s.bodyBackground],
    ["hovered link", s.linkHovered, s.bodyBackground],
    ["field text", s.inputText, s.inputBackground],
    ["placeholder", s.inputPlaceholderText, s.inputBackground],
    ["button", s.buttonText, s.buttonBackground],
    ["primary button", s.primaryButtonText, s.primaryButtonBackground],
    ["hovered primary button", s.primaryButtonTextHovered, s.primaryButtonBackgroundHovered],
    ["pressed primary button", s.primaryButtonTextPressed, s.primaryButtonBackgroundPressed],
    ["field error", s.errorText, s.bodyBackground],
    ["message on error", s.messageText, s.errorBackground],
    ["message on warning", s.messageText, s.warningBackground],
    ["message on success", s.messageText, s.successBackground],
    ["problem text on error", s.bodyText, s.errorBackground],
    ["problem text on warning", s.bodyText, s.warningBackground],
    ["Ga naar cel on error", fluent.palette.themeDark, s.errorBackground],
    ["Ga naar cel on warning", fluent.palette.themeDark, s.warningBackground],
  ];
  if (kind === "contrast") return pairs;
  for (const [segment, c] of Object.entries(segments)) {
    pairs.push([`${segment} card text`, c.text, c.fill], [`${segment} badge`, c.onStrong, c.strong]);
  }
  return pairs;
}

/** The pairs below WCAG AA (4.5:1), as readable lines. */
function unreadable(theme: PaneTheme): string[] {
  return textPairs(theme)
    .filter(([, text, surface]) => contrastRatio(text, surface) < 4.5)
    .map(
      ([name, text, surface]) =>
        `${name}: ${text} on ${surface} = ${contrastRatio(text, surface).toFixed(2)}`,
    );
}

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`);

const officeColors: fc.Arbitrary<OfficeColors> = fc.record(
  {
    bodyBackgroundColor: hex,
    bodyForegroundColor: hex,
    controlBackgroundColor: hex,
    controlForegroundColor: hex,
    isDarkTheme: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe("the pane's theme from Office's colours", () => {
  it("follows Office's White theme: light, on Office's own background", () => {
    const theme = paneTheme(OFFICE_THEMES.light, false);
    expect(theme.kind).toBe("light");
    expect(theme.fluent.isInverted).toBe(false);
    expect(theme.fluent.semanticColors.bodyBackground.toLowerCase()).toBe("#ffffff");
    expect(unreadable(theme)).toEqual([]);
  });

  it("follows Office's Black theme: dark, on Office's background, with light text", () => {
    const theme = paneTheme(OFFICE_THEMES.dark, false);
    expect(theme.kind).toBe("dark");
    expect(theme.fluent.isInverted).toBe(true);
    expect(theme.fluent.semanticColors.bodyBackground.toLowerCase()).toBe("#262626");
    expect(theme.fluent.semanticColors.bodyText.toLowerCase()).toBe("#ffffff");
    expect(theme.fluent.semanticColors.inputBackground.toLowerCase()).toBe("#363636");
    expect(unreadable(theme)).toEqual([]);
  });

  it("gives the segment cards dark fills in a dark pane, light text on them, and keeps the sheet's strong tones", () => {
    const { segments } = paneTheme(OFFICE_THEMES.dark, false);
    for (const [segment, c] of Object.entries(segments)) {
      const sheet = PALETTE[segment as keyof typeof PALETTE];
      expect(c.strong).toBe(sheet.strong);
      expect(c.fill).not.toBe(sheet.fill);
      expect(contrastRatio(c.fill, "#000000")).toBeLessThan(contrastRatio(c.fill, "#ffffff"));
    }
  });

  it("shows the sheet's own segment fills in a light pane", () => {
    const { segments } = paneTheme(OFFICE_THEMES.light, false);
    expect(Object.fromEntries(Object.entries(segments).map(([s, c]) => [s, c.fill]))).toEqual({
      A: PALETTE.A.fill,
      B: PALETTE.B.fill,
      C: PALETTE.C.fill,
    });
  });

  it("uses the system's colours for the segment cards when colours are forced (Windows high contrast)", () => {
    const theme = paneTheme(OFFICE_THEMES.contrast, true);
    expect(theme.kind).toBe("contrast");
    expect(Object.values(theme.segments)).toEqual(
      Array(3).fill({ strong: "CanvasText", fill: "Canvas", text: "CanvasText", onStrong: "Canvas" }),
    );
  });

  it("is contrast whenever colours are forced, whatever Office reports", () => {
    expect(paneTheme(OFFICE_THEMES.light, true).kind).toBe("contrast");
    expect(paneTheme(null, true).kind).toBe("contrast");
  });
});

describe("the pane's theme where Office reports less", () => {
  it("is Fluent's light default without officeTheme (Excel on the web)", () => {
    const theme = paneTheme(null, false);
    expect(theme.kind).toBe("light");
    expect(theme.fluent.semanticColors.bodyBackground.toLowerCase()).toBe("#ffffff");
    expect(unreadable(theme)).toEqual([]);
  });

  it("is dark on Fluent's dark background when Office only says isDarkTheme", () => {
    const theme = paneTheme({ isDarkTheme: true }, false);
    expect(theme.kind).toBe("dark");
    expect(theme.fluent.semanticColors.bodyBackground.toLowerCase()).toBe("#1b1a19");
    expect(unreadable(theme)).toEqual([]);
  });

  it("believes the background over isDarkTheme when the two disagree", () => {
    expect(paneTheme({ bodyBackgroundColor: "#1E1E1E", isDarkTheme: false }, false).kind).toBe("dark");
    expect(paneTheme({ bodyBackgroundColor: "#F3F3F3", isDarkTheme: true }, false).kind).toBe("light");
  });

  it("ignores colours that are not #RRGGBB and takes the rest", () => {
    const theme = paneTheme(
      { bodyBackgroundColor: "black", bodyForegroundColor: "", isDarkTheme: true },
      false,
    );
    expect(theme.fluent.semanticColors.bodyBackground.toLowerCase()).toBe("#1b1a19");
    expect(unreadable(theme)).toEqual([]);
  });

  it("leaves Office's control colours out when they belong to the other side (Office 2016's Dark Gray)", () => {
    const darkGray = {
      bodyBackgroundColor: "#6A6A6A",
      bodyForegroundColor: "#F0F0F0",
      controlBackgroundColor: "#D4D4D4",
      controlForegroundColor: "#262626",
    };
    const theme = paneTheme(darkGray, false);
    expect(theme.kind).toBe("dark");
    expect(theme.fluent.semanticColors.inputBackground.toLowerCase()).toBe("#6a6a6a");
    expect(unreadable(theme)).toEqual([]);
  });

  it("keeps every text readable (4.5:1) for any colours Office may report, forced or not", () => {
    fc.assert(
      fc.property(officeColors, fc.boolean(), (office, forced) => {
        expect(unreadable(paneTheme(office, forced))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
