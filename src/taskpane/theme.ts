import {
  BaseSlots,
  createTheme,
  ThemeGenerator,
  themeRulesStandardCreator,
  type IPalette,
  type Theme,
} from "@fluentui/react";
import type { OfficeColors } from "../excel";
import type { Segment } from "../method";
import { AA_TEXT, contrastRatio, isDarkBackground, isHexColor, readableOn } from "./contrast";
import { paneSegmentColors, type PaneSegmentColors, type ThemeKind } from "./paneSegmentColors";

export type { PaneSegmentColors, ThemeKind } from "./paneSegmentColors";

/** The pane's theme: its kind, the Fluent theme every component reads, and the segment cards' colours. */
export interface PaneTheme {
  kind: ThemeKind;
  fluent: Theme;
  segments: Readonly<Record<Segment, PaneSegmentColors>>;
}

/** Office's body colours when it reports none (Excel on the web): Fluent's own light and dark defaults. */
const DEFAULTS = {
  light: { background: "#ffffff", foreground: "#323130", primary: "#0078d4" },
  dark: { background: "#1b1a19", foreground: "#f3f2f1", primary: "#2899f5" },
} as const;

/** The palette slots that carry text, or lie under text in the body's colour (themePrimary on a button). */
const TEXT_SLOTS: ReadonlyArray<keyof IPalette> = [
  "black",
  "neutralDark",
  "neutralPrimary",
  "neutralPrimaryAlt",
  "neutralSecondary",
  "themeDarker",
  "themeDark",
  "themeDarkAlt",
  "themePrimary",
];

/** Fluent's palette generated from three base colours, the way Fluent's theme designer does it. */
function generatedPalette(primary: string, background: string, foreground: string, dark: boolean) {
  const rules = themeRulesStandardCreator();
  ThemeGenerator.insureSlots(rules, dark);
  ThemeGenerator.setSlot(rules[BaseSlots[BaseSlots.primaryColor]], primary, dark, true, true);
  ThemeGenerator.setSlot(rules[BaseSlots[BaseSlots.foregroundColor]], foreground, dark, true, true);
  ThemeGenerator.setSlot(rules[BaseSlots[BaseSlots.backgroundColor]], background, dark, true, true);
  return ThemeGenerator.getThemeAsJson(rules) as Partial<IPalette>;
}

/** Office's control colours for fields and buttons when they sit on the body's side (both dark or both light) and read. */
function controlColors(office: OfficeColors, dark: boolean) {
  const { controlBackgroundColor: back, controlForegroundColor: fore } = office;
  if (!isHexColor(back) || !isHexColor(fore) || isDarkBackground(back) !== dark) return null;
  return contrastRatio(back, fore) >= AA_TEXT ? { back, fore } : null;
}

/**
 * The pane's theme from Office's colours (null or partial where the host reports less, as Excel on the
 * web does) and whether the system forces its colours (Windows high contrast). Dark when Office's body
 * background is dark or, without one, when Office says its theme is. Every text colour reaches 4.5:1 on
 * the body, the fields, Fluent's message and hover fills and the segment cards.
 */
export function paneTheme(office: OfficeColors | null, forcedColors: boolean): PaneTheme {
  const given = office ?? {};
  const body = isHexColor(given.bodyBackgroundColor) ? given.bodyBackgroundColor : null;
  const dark = body ? isDarkBackground(body) : given.isDarkTheme === true;
  const base = DEFAULTS[dark ? "dark" : "light"];
  const background = body ?? base.background;
  const foreground = isHexColor(given.bodyForegroundColor) ? given.bodyForegroundColor : base.foreground;
  const extreme = dark ? "#ffffff" : "#000000";
  const kind: ThemeKind = forcedColors ? "contrast" : dark ? "dark" : "light";
  const controls = controlColors(given, dark);
  const palette = generatedPalette(base.primary, background, foreground, dark);
  const draft = createTheme({ palette, isInverted: dark }).semanticColors;
  const surfaces = [
    background,
    controls?.back ?? background,
    palette.neutralLighter ?? background,
    draft.errorBackground,
    draft.warningBackground,
    draft.successBackground,
    ...Object.values(paneSegmentColors(kind, background, extreme)).map((c) => c.fill),
  ].filter(isHexColor);
  for (const slot of TEXT_SLOTS) palette[slot] = readableOn(palette[slot] ?? extreme, surfaces, extreme);
  const semanticColors = {
    errorText: readableOn(draft.errorText, surfaces, extreme),
    ...(controls && {
      inputBackground: controls.back,
      inputText: controls.fore,
      buttonBackground: controls.back,
      buttonText: controls.fore,
    }),
  };
  const fluent = createTheme({ palette, isInverted: dark, semanticColors });
  return { kind, fluent, segments: paneSegmentColors(kind, background, fluent.semanticColors.bodyText) };
}
