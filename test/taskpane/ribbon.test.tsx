/** @jest-environment jsdom */
import { act, screen, waitFor } from "@testing-library/react";
import { fakeApi } from "./fakeApi";
import { outcomeOf, problem, refusedOutcome } from "./outcomes";
import { renderPane, statusText } from "./renderPane";

describe("runs started from the ribbon", () => {
  it("shows the run that was already done when the pane opens", async () => {
    const api = fakeApi();
    api.ribbon.publish({
      kind: "outcome",
      outcome: refusedOutcome([problem("error", "Geen koprij gevonden.")]),
    });
    await renderPane(api);
    expect(screen.getByText(/Er is niets gewijzigd in de werkmap/)).toBeTruthy();
    expect(screen.getByText("Geen koprij gevonden.")).toBeTruthy();
  });

  it("replaces the results with each new ribbon run and announces it", async () => {
    const api = fakeApi();
    await renderPane(api);
    expect(screen.queryByRole("heading", { name: /^Resultaat/ })).toBeNull();

    act(() => api.ribbon.publish({ kind: "outcome", outcome: outcomeOf() }));
    expect(screen.getByText("4 klanten gesegmenteerd.")).toBeTruthy();
    expect(statusText()).toContain("Klaar: 4 klanten gesegmenteerd");

    act(() => api.ribbon.publish({ kind: "failure", message: "De werkmap is alleen-lezen.", code: null }));
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toContain("De werkmap is alleen-lezen."),
    );
    expect(screen.queryByText("4 klanten gesegmenteerd.")).toBeNull();
  });

  it("shows the latest run whichever started it", async () => {
    const api = fakeApi({ outcome: refusedOutcome([problem("error", "Klanten!B3: fout.", "Klanten!B3")]) });
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    await screen.findByText("Klanten!B3: fout.");
    act(() => api.ribbon.publish({ kind: "outcome", outcome: outcomeOf() }));
    expect(screen.queryByText("Klanten!B3: fout.")).toBeNull();
    expect(screen.getByText("4 klanten gesegmenteerd.")).toBeTruthy();
  });

  it("stops following the ribbon when the pane goes away", async () => {
    const api = fakeApi();
    const { unmount } = await renderPane(api);
    unmount();
    expect(() => api.ribbon.publish({ kind: "failure", message: "x", code: null })).not.toThrow();
  });
});
