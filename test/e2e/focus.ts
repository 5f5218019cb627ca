import type { PreviewBrowser } from "./browser";

/** How many key presses a walk through the pane may take before it counts as stuck. */
const MAX_PRESSES = 80;

/**
 * Every control of the pane a keyboard user must be able to reach, in document order, each described
 * as `role "name"` (e.g. `switch "Alleen de grootste N klanten"`). A radio group is one Tab stop (its
 * checked radio; the arrow keys move within it). Each control is marked with its description, so
 * focusedControl can tell which one has the focus.
 */
export async function paneControls(browser: PreviewBrowser): Promise<string[]> {
  const frame = await browser.paneFrame();
  return frame.evaluate(() => {
    const selector =
      // tabindex="-1" marks a place the pane moves the focus to (a new message), not a Tab stop.
      'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"]), [role=button], [role=switch], [role=checkbox], [role=link]';
    const implicitRole = (el: HTMLElement) => {
      if (el instanceof HTMLInputElement) {
        return (
          ({ checkbox: "checkbox", radio: "radio", button: "button" } as Record<string, string>)[el.type] ??
          "textbox"
        );
      }
      return (
        { BUTTON: "button", A: "link", SELECT: "combobox", TEXTAREA: "textbox" }[el.tagName] ??
        el.tagName.toLowerCase()
      );
    };
    const nameOf = (el: HTMLElement) => {
      const labelledBy = (el.getAttribute("aria-labelledby") ?? "")
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ");
      const label = "labels" in el ? (el as HTMLInputElement).labels?.[0]?.textContent : "";
      return (el.getAttribute("aria-label") || label || labelledBy || el.textContent || "").trim();
    };
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      if ((el as HTMLButtonElement).disabled || el.getClientRects().length === 0) return false;
      if (getComputedStyle(el).visibility === "hidden") return false;
      return !(el instanceof HTMLInputElement && el.type === "radio" && !el.checked);
    });
    return controls.map((el) => {
      const description = `${el.getAttribute("role") ?? implicitRole(el)} "${nameOf(el)}"`;
      el.dataset.e2eControl = description;
      return description;
    });
  });
}

/** The description of the pane control that has the keyboard focus, "(outside the pane)", or the unlisted element. */
export async function focusedControl(browser: PreviewBrowser): Promise<string> {
  const frame = await browser.paneFrame();
  return frame.evaluate(() => {
    if (!document.hasFocus()) return "(outside the pane)";
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "(outside the pane)";
    return el.dataset.e2eControl ?? `(unlisted ${el.outerHTML.slice(0, 120)})`;
  });
}

/**
 * Presses Tab until the focus is outside the pane, then on until it comes back, and returns every pane
 * control the focus passed on its way through the pane.
 */
export async function tabThroughPane(browser: PreviewBrowser): Promise<string[]> {
  await paneControls(browser);
  const visited: string[] = [];
  let presses = 0;
  const press = async () => {
    if (++presses > MAX_PRESSES) throw new Error(`Stuck after ${MAX_PRESSES} Tabs: ${visited.join(", ")}`);
    await browser.page.keyboard.press("Tab");
    return focusedControl(browser);
  };
  let focused = await focusedControl(browser);
  while (focused !== "(outside the pane)") focused = await press();
  while (focused === "(outside the pane)") focused = await press();
  while (focused !== "(outside the pane)") {
    visited.push(focused);
    focused = await press();
  }
  return visited;
}

/** Presses Tab until the pane control with this description has the focus. */
export async function tabTo(browser: PreviewBrowser, description: string): Promise<void> {
  await paneControls(browser);
  for (let presses = 0; presses < MAX_PRESSES; presses++) {
    if ((await focusedControl(browser)) === description) return;
    await browser.page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${description}`);
}
