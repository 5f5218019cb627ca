import { ThemeProvider } from "@fluentui/react";
import { createContext, useContext, useEffect, useMemo, type ReactNode } from "react";
import type { OfficeColors } from "../excel";
import { paneTheme, type PaneTheme } from "./theme";
import { useForcedColors } from "./useForcedColors";

const PaneThemeContext = createContext<PaneTheme>(paneTheme(null, false));

/** Props of the theme provider: Office's theme colours, or null where the host reports none. */
export interface PaneThemeProviderProps {
  office: OfficeColors | null;
  children: ReactNode;
}

/**
 * Gives every component below it the pane's theme (Fluent's and the segment cards' colours) from
 * Office's colours and the system's forced colours, and paints the page in it (the body's colours, the
 * root's colour-scheme for scrollbars), so no white border shows around a dark pane.
 */
export function PaneThemeProvider({ office, children }: PaneThemeProviderProps) {
  const forcedColors = useForcedColors();
  const theme = useMemo(() => paneTheme(office, forcedColors), [office, forcedColors]);
  useEffect(() => {
    document.documentElement.style.colorScheme = theme.kind === "dark" ? "dark" : "light";
  }, [theme.kind]);
  return (
    <PaneThemeContext.Provider value={theme}>
      <ThemeProvider theme={theme.fluent} applyTo="body" data-theme={theme.kind}>
        {children}
      </ThemeProvider>
    </PaneThemeContext.Provider>
  );
}

/** The pane's theme: its kind, the Fluent theme and the segment cards' colours. */
export function usePaneTheme(): PaneTheme {
  return useContext(PaneThemeContext);
}
