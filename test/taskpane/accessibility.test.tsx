/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import type { Problem } from "../../src/method/types";
import axe from "axe-core";
import { fakeApi } from "./fakeApi";
import { outcomeOf, problem } from "./outcomes";
import { renderPane } from "./renderPane";

/**
 * axe-core's rules that jsdom can judge (jsdom has no layout, so colour contrast is checked in
 * palette.test.ts and again by axe in a real browser).
 */
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** axe measures icon ligatures on a canvas; jsdom has none and would log "not implemented" each time. */
beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});

async function paneWithResults(language: "nl" | "en") {
  const outcome = outcomeOf(undefined, { language });
  outcome.result.problems = [
    problem("warning", "Klanten!D4: geen antwoord.", "Klanten!D4"),
    problem("warning", "Geen kolom Potentieel gevonden."),
  ];
  outcome.notes = ["Een opmerking van Excel."];
  const api = fakeApi({ language, outcome });
  const pane = await renderPane(api);
  await pane.user.click(
    screen.getByRole("button", { name: language === "en" ? "Run segmentation" : "Segmenteer" }),
  );
  await screen.findByRole("heading", { name: language === "en" ? /^Result for / : /^Resultaat voor / });
  return pane;
}

describe("accessibility", () => {
  it.each(["nl", "en"] as const)(
    "has no axe violations with results and problems shown (%s)",
    async (language) => {
      await paneWithResults(language);
      expect(await violations()).toEqual([]);
    },
  );

  it("has no axe violations with invalid fields and the top N and amount fields open", async () => {
    const { user } = await renderPane(fakeApi());
    await user.click(screen.getByRole("radio", { name: "Vast bedrag" }));
    await user.click(screen.getByRole("switch", { name: "Alleen de grootste N klanten" }));
    await user.type(screen.getByRole("textbox", { name: "Gewicht Marge" }), "x");
    expect(await violations()).toEqual([]);
  });

  it("has no axe violations with the settings sheet's problems, a changed workbook and a text amount", async () => {
    const invalid: Problem = {
      row: 14,
      column: 1,
      severity: "warning",
      code: "invalid-setting",
      message: "Scoredrempel is ongeldig.",
      address: "'ABC-instellingen'!B15",
    };
    const api = fakeApi({ stored: { settings: {}, labels: 20, problems: [invalid] }, outcome: outcomeOf() });
    const outcome = outcomeOf();
    outcome.result.problems = [{ ...invalid, code: "text-amount", severity: "error", address: "Klanten!B3" }];
    api.ribbon.publish({ kind: "outcome", outcome });
    api.readTextAmounts.mockResolvedValue([{ address: "Klanten!B3", text: "9000", value: 9000 }]);
    const { user } = await renderPane(api);
    act(() => api.ribbon.noteChange());
    await screen.findByText(/gewijzigd sinds de laatste segmentatie/);
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Zet tekstbedragen om naar getallen" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(await violations()).toEqual([]);
    await user.click(within(dialog).getByRole("button", { name: "Omzetten" }));
    await screen.findByRole("button", { name: "Ongedaan maken" });
    expect(await violations()).toEqual([]);
  });

  it("has one h1 for the product and h2 for each section", async () => {
    await paneWithResults("nl");
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual([
      "ABC-klantsegmentatie",
    ]);
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Instellingen",
      "Resultaat voor Klanten!A1:G5",
      "Sjabloon",
    ]);
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(screen.getByRole("main")).toBeTruthy();
  });

  it("labels every input", async () => {
    await paneWithResults("nl");
    for (const input of Array.from(document.querySelectorAll("input"))) {
      const labelled =
        input.getAttribute("aria-label") ||
        input.getAttribute("aria-labelledby") ||
        (input.id && document.querySelector(`label[for="${input.id}"]`));
      expect([input.outerHTML, Boolean(labelled)]).toEqual([input.outerHTML, true]);
    }
  });

  it("draws Fluent's icons as inline SVG, not with an icon font", async () => {
    await paneWithResults("nl");
    const icons = Array.from(document.querySelectorAll("[data-icon-name]"));
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(icon.querySelector("svg")).not.toBeNull();
  });
});
