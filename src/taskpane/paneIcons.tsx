import { registerIcons } from "@fluentui/react";
import type { ReactElement } from "react";

/** Draws a 16×16 outline icon in the current text colour. */
function outline(...paths: string[]): ReactElement {
  return (
    <svg
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

const CIRCLE = "M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z";
const CROSS = outline("M3.5 3.5l9 9", "M12.5 3.5l-9 9");

/** The icons Fluent's own components draw (check box tick, message bar badges, the close cross of message bars and dialogs). */
const PANE_ICONS: Record<string, ReactElement> = {
  CheckMark: outline("M3 8.5l3.5 3.5l6.5-8"),
  Info: outline(CIRCLE, "M8 7.25v4", "M8 4.75v0.01"),
  ErrorBadge: outline(CIRCLE, "M5.75 5.75l4.5 4.5", "M10.25 5.75l-4.5 4.5"),
  Blocked2: outline(CIRCLE, "M3.5 12.5l9-9"),
  Warning: outline("M8 1.75l6.5 12H1.5z", "M8 6.25v3.5", "M8 11.75v0.01"),
  Completed: outline(CIRCLE, "M5 8.25l2 2l4-4.5"),
  Clear: CROSS,
  Cancel: CROSS,
};

let registered = false;

/**
 * Registers the icons Fluent's components use as inline SVG, so no icon font is fetched from a CDN
 * (the Content-Security-Policy forbids it). Safe to call more than once.
 */
export function registerPaneIcons(): void {
  if (registered) return;
  registerIcons({ icons: PANE_ICONS });
  registered = true;
}
