import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AddinApi } from "../../src/taskpane/addinApi";
import { App } from "../../src/taskpane/App";
import { registerPaneIcons } from "../../src/taskpane/paneIcons";

registerPaneIcons();

/** Renders the pane for `api` and waits until the settings form is filled in. */
export async function renderPane(api: AddinApi) {
  const user = userEvent.setup();
  const view = render(<App api={api} />);
  // The first render (Fluent's styles, the theme) can take over a second while the whole suite runs.
  await screen.findByRole(
    "textbox",
    { name: api.language === "en" ? /Score threshold/ : /Scoredrempel/ },
    { timeout: 5000 },
  );
  return { user, ...view };
}

/** The text of the pane's own live status regions (what a screen reader announces politely). */
export function statusText(): string {
  const regions = document.querySelectorAll('[role="status"][aria-atomic="true"]');
  return Array.from(regions, (el) => el.textContent ?? "").join(" ");
}
