import { useEffect, useState } from "react";

/** The media query Windows high contrast answers in the pane's WebView (and Fluent's own high-contrast styles use). */
const FORCED_COLORS = "(forced-colors: active)";

/** The query, or null where the browser has no matchMedia (jsdom). */
function forcedColorsQuery(): MediaQueryList | null {
  return typeof window.matchMedia === "function" ? window.matchMedia(FORCED_COLORS) : null;
}

/** Whether the system forces its colours on the pane now, following the user switching it on or off. */
export function useForcedColors(): boolean {
  const [forced, setForced] = useState(() => forcedColorsQuery()?.matches ?? false);
  useEffect(() => {
    const query = forcedColorsQuery();
    if (!query) return;
    const follow = () => setForced(query.matches);
    follow();
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, []);
  return forced;
}
