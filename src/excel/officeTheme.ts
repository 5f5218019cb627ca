/**
 * Office's theme colours as the host reports them: #RRGGBB strings and, on newer hosts, whether the
 * theme is dark. Any of them may be missing.
 */
export interface OfficeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  isDarkTheme?: boolean;
}

/**
 * Office's theme colours, read once when the pane starts: Excel raises no OfficeThemeChanged (that event
 * is Outlook's), so a theme changed later shows when the pane reopens. Null where the host has no
 * officeTheme (Excel on the web leaves it undefined); only well-formed values are kept.
 */
export function officeColors(): OfficeColors | null {
  const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  if (!theme) return null;
  const colors: OfficeColors = {};
  for (const key of [
    "bodyBackgroundColor",
    "bodyForegroundColor",
    "controlBackgroundColor",
    "controlForegroundColor",
  ] as const) {
    const value: unknown = theme[key];
    if (typeof value === "string" && /^#[0-9a-f]{6}$/i.test(value)) colors[key] = value;
  }
  const dark: unknown = theme.isDarkTheme;
  if (typeof dark === "boolean") colors.isDarkTheme = dark;
  return colors;
}
