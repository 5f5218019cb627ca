/** The themes the preview and the tests can give the double's Office.context.officeTheme. */
export type OfficeThemeName = "light" | "dark" | "contrast";

/**
 * Office.context.officeTheme as desktop Excel reports it for Office's White theme (light), its Black
 * theme (dark), and with Windows high contrast on (contrast: black body, white text; the forced colours
 * themselves reach the pane as the `forced-colors: active` media feature, which tests emulate).
 * Illustrative values: Office does not document its themes' colours.
 */
export const OFFICE_THEMES: Readonly<Record<OfficeThemeName, Readonly<Partial<Office.OfficeTheme>>>> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
  },
  contrast: {
    bodyBackgroundColor: "#000000",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#000000",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
  },
};

/** The theme a URL parameter names, or undefined (no officeTheme, as Excel on the web) for anything else. */
export function officeThemeNamed(name: string | null): Readonly<Partial<Office.OfficeTheme>> | undefined {
  return name === "light" || name === "dark" || name === "contrast" ? OFFICE_THEMES[name] : undefined;
}
