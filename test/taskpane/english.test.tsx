/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { SEGMENT_ADVICE } from "../../src/method/texts";
import { fakeApi } from "./fakeApi";
import { outcomeOf, problem, refusedOutcome } from "./outcomes";
import { renderPane, statusText } from "./renderPane";

const text = (el: HTMLElement) => (el.textContent ?? "").replace(/\s/g, " ");

describe("the pane in English", () => {
  it("labels everything in English", async () => {
    await renderPane(fakeApi({ language: "en" }));
    expect(screen.getByRole("heading", { level: 1, name: "ABC client segmentation" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Settings" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Median" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Weight Margin" })).toBeTruthy();
    expect(screen.getByText("Does this client decide and pay quickly?")).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Only the biggest N clients" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Run segmentation" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Insert template" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "With example clients" })).toBeTruthy();
    expect(screen.queryByText(/Segmenteer|Instellingen|Gewicht/)).toBeNull();
  });

  it("reads English decimals and sends language en", async () => {
    const api = fakeApi({ language: "en", outcome: outcomeOf(undefined, { language: "en" }) });
    const { user } = await renderPane(api);
    const score = screen.getByRole("textbox", { name: /Score threshold/ });
    await user.clear(score);
    await user.type(score, "2.5");
    await user.click(screen.getByRole("button", { name: "Run segmentation" }));
    expect(api.segment).toHaveBeenCalledWith(
      expect.objectContaining({ scoreThreshold: 2.5, language: "en" }),
      20,
    );
  });

  it("formats euros and shares the English way", async () => {
    const api = fakeApi({ language: "en", outcome: outcomeOf(undefined, { language: "en" }) });
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("button", { name: "Run segmentation" }));
    const a = await screen.findByRole("article", { name: "A clients" });
    expect(text(a)).toContain("Annual revenue € 250,000 (73.7% of annual revenue)");
    expect(text(a)).toContain(SEGMENT_ADVICE.en.A);
    expect(text(screen.getByText(/^Revenue threshold \(/))).toBe(
      "Revenue threshold (revenue + potential): € 47,500 (median)",
    );
    expect(statusText()).toContain("Done: 4 clients segmented, 1 A, 2 B and 1 C.");
  });

  it("says Go to cell and that nothing changed", async () => {
    const outcome = refusedOutcome([problem("error", "Klanten!B3: x is not an amount.", "Klanten!B3")], "en");
    const { user } = await renderPane(fakeApi({ language: "en", outcome }));
    await user.click(screen.getByRole("button", { name: "Run segmentation" }));
    expect(
      await screen.findByText(
        "Nothing was changed in the workbook. Fix the error below and click Run segmentation again.",
      ),
    ).toBeTruthy();
    const list = screen.getByRole("list");
    expect(within(list).getByRole("button", { name: "Go to cell Klanten!B3" })).toBeTruthy();
    expect(within(list).getByText("Error:")).toBeTruthy();
  });
});
