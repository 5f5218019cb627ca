/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { fakeApi } from "./fakeApi";
import { outcomeOf, problem } from "./outcomes";
import { renderPane } from "./renderPane";

/** Focuses an element the way a click or a script would, inside act so React sees the focus change. */
const focus = (el: HTMLElement) => act(() => el.focus());

/** user-event walks radio groups with CSS.escape, which jsdom lacks; browsers have it. */
beforeAll(() => {
  globalThis.CSS ??= { escape: (s: string) => s.replace(/([^\w-])/g, "\\$1") } as typeof CSS;
});

/** Presses Tab until focus leaves the pane and returns the name of every control it stopped at. */
async function tabStops(user: Awaited<ReturnType<typeof renderPane>>["user"]): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < 100; i++) {
    await user.tab();
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) break;
    const labelledBy = el.getAttribute("aria-labelledby");
    const name =
      el.getAttribute("aria-label") ??
      (labelledBy ? document.getElementById(labelledBy.split(" ")[0])?.textContent : null) ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent;
    stops.push(`${el.getAttribute("role") ?? el.tagName.toLowerCase()}:${name}`);
  }
  return stops;
}

describe("keyboard", () => {
  it("reaches every control with Tab, in reading order", async () => {
    const outcome = outcomeOf();
    outcome.result.problems = [problem("warning", "Klanten!D4: geen antwoord.", "Klanten!D4")];
    const api = fakeApi({ outcome });
    const { user } = await renderPane(api);
    focus(screen.getByRole("button", { name: "Segmenteer" }));
    await user.keyboard("{Enter}");
    await screen.findByRole("heading", { name: /^Resultaat/ });
    act(() => (document.activeElement as HTMLElement).blur());

    expect(await tabStops(user)).toEqual([
      "input:Mediaan",
      "input:Scoredrempel",
      "input:Gewicht Marge",
      "input:Gewicht Snelheid",
      "input:Gewicht Innovatie",
      "input:Gewicht Netwerk",
      "switch:Alleen de grootste N klanten",
      "switch:Klantnamen in de grafiek",
      "input:Aantal namen",
      "button:Segmenteer",
      "button:Ga naar cel Klanten!D4",
      "input:Met voorbeeldklanten",
      "button:Sjabloon invoegen",
    ]);
  });

  it("operates the switches, the radio group and the buttons from the keyboard", async () => {
    const api = fakeApi({ outcome: outcomeOf() });
    const { user } = await renderPane(api);
    focus(screen.getByRole("radio", { name: "Mediaan" }));
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Vast bedrag" })).toHaveProperty("checked", true);
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Top %" })).toHaveProperty("checked", true);

    const topN = screen.getByRole("switch", { name: "Alleen de grootste N klanten" });
    focus(topN);
    await user.keyboard(" ");
    expect(topN.getAttribute("aria-checked")).toBe("true");

    focus(screen.getByRole("checkbox", { name: "Met voorbeeldklanten" }));
    await user.keyboard(" ");
    focus(screen.getByRole("button", { name: "Sjabloon invoegen" }));
    await user.keyboard("{Enter}");
    expect(api.insertTemplate).toHaveBeenCalledWith(true);

    focus(screen.getByRole("button", { name: "Segmenteer" }));
    await user.keyboard(" ");
    expect(api.segment).toHaveBeenCalledWith(
      expect.objectContaining({ revenueThreshold: { kind: "topPercent", topPercent: 20 }, topN: 20 }),
      20,
    );
  });
});
