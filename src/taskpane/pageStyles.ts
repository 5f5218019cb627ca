import { mergeStyles } from "@fluentui/react";

/**
 * Removes the browser's page margin so the pane uses its narrow width (320–450 px) without scrolling
 * sideways, and lets a button whose label does not fit on one line grow to two (Fluent's buttons have a
 * fixed height of 32 px, which squeezes a wrapped label into it at 320 px).
 */
export function applyPageStyles(): void {
  mergeStyles({
    selectors: {
      ":global(html), :global(body)": { margin: 0, padding: 0, overflowX: "hidden" },
      ":global(*), :global(*::before), :global(*::after)": { boxSizing: "border-box" },
      ":global(.ms-Button:not(.ms-Button--icon))": {
        height: "auto",
        minHeight: 32,
        maxWidth: "100%",
        paddingTop: 5,
        paddingBottom: 5,
      },
      ":global(.ms-Button-label)": { whiteSpace: "normal", lineHeight: "20px" },
    },
  });
}
