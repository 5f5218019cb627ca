import { mergeStyles } from "@fluentui/react";

/** Removes the browser's page margin so the pane uses its narrow width (320–450 px) without scrolling sideways. */
export function applyPageStyles(): void {
  mergeStyles({
    selectors: {
      ":global(html), :global(body)": { margin: 0, padding: 0, overflowX: "hidden" },
      ":global(*), :global(*::before), :global(*::after)": { boxSizing: "border-box" },
    },
  });
}
