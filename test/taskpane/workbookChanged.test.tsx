/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import { fakeApi } from "./fakeApi";
import { outcomeOf } from "./outcomes";
import { renderPane } from "./renderPane";

/** The run published at 14:05, as the ribbon would. */
const RUN_AT = new Date(2026, 10, 26, 14, 5);

const NOTICE = /gewijzigd sinds de laatste segmentatie/;
const notice = () => screen.queryByText(NOTICE);
/** The notice's message bar, once its text (rendered a moment later for screen readers) is there. */
const noticeBar = async () => (await screen.findByText(NOTICE)).closest(".ms-MessageBar") as HTMLElement;

describe("the pane knows when the workbook changed since the last run", () => {
  it("asks Excel to watch the earlier segmentation once the pane opens", async () => {
    const api = fakeApi();
    await renderPane(api);
    expect(api.watchChanges).toHaveBeenCalled();
    expect(notice()).toBeNull();
  });

  it("says so, with the time of the last run, and that the pane still shows the previous outcome", async () => {
    const api = fakeApi({ outcome: outcomeOf() });
    api.ribbon.publish({ kind: "outcome", outcome: outcomeOf() }, RUN_AT);
    await renderPane(api);
    act(() => api.ribbon.noteChange());
    expect((await screen.findByText(NOTICE)).textContent).toBe(
      "De werkmap is gewijzigd sinds de laatste segmentatie (om 14:05). De letters in het blad volgen de wijzigingen; het paneel toont nog de vorige uitkomst.",
    );
    expect(screen.getByText("4 klanten gesegmenteerd.")).toBeTruthy();
  });

  it("has Segmenteer one click away, and the new run clears the notice", async () => {
    const api = fakeApi({ outcome: outcomeOf() });
    api.ribbon.publish({ kind: "outcome", outcome: outcomeOf() }, RUN_AT);
    const { user } = await renderPane(api);
    act(() => api.ribbon.noteChange());
    const bar = await noticeBar();
    await user.click(within(bar).getByRole("button", { name: "Segmenteer opnieuw" }));
    await waitFor(() => expect(api.segment).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(notice()).toBeNull());
    expect(api.ribbon.getSnapshot()).toMatchObject({ serial: 2, changed: null });
  });

  it("leaves out the time when the run was before the pane opened, and points to Segmenteer", async () => {
    const api = fakeApi();
    await renderPane(api);
    act(() => api.ribbon.noteChange());
    expect((await screen.findByText(NOTICE)).textContent).toBe(
      "De werkmap is gewijzigd sinds de laatste segmentatie. De letters in het blad volgen de wijzigingen; klik op Segmenteer om de uitkomst hier te zien.",
    );
  });

  it("does not offer the run while the form is invalid", async () => {
    const api = fakeApi();
    const { user } = await renderPane(api);
    await user.clear(screen.getByRole("textbox", { name: /Scoredrempel/ }));
    act(() => api.ribbon.noteChange());
    const bar = await noticeBar();
    const button = within(bar).getByRole("button", { name: "Segmenteer opnieuw" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    await user.click(button);
    expect(api.segment).not.toHaveBeenCalled();
  });

  it("speaks English", async () => {
    const api = fakeApi({ language: "en" });
    api.ribbon.publish({ kind: "outcome", outcome: outcomeOf(undefined, { language: "en" }) }, RUN_AT);
    await renderPane(api);
    act(() => api.ribbon.noteChange());
    expect(
      await screen.findByText(
        "The workbook changed since the last segmentation (at 14:05). The letters in the sheet follow the changes; the pane still shows the previous outcome.",
      ),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Run segmentation again" })).toBeTruthy();
  });

  it("says so when Excel cannot watch the workbook", async () => {
    const api = fakeApi();
    api.watchChanges.mockRejectedValue(new Error("Het blad Klanten bestaat niet meer."));
    await renderPane(api);
    expect(
      await screen.findByText(
        "Het paneel kan niet volgen of de werkmap wijzigt: Het blad Klanten bestaat niet meer.",
      ),
    ).toBeTruthy();
  });
});

describe("the run store", () => {
  it("does not take the add-in's own writes for the user's, neither while they run nor right after", async () => {
    const api = fakeApi();
    await api.ribbon.ownWrites(async () => api.ribbon.noteChange());
    api.ribbon.noteChange();
    expect(api.ribbon.getSnapshot().changed).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    api.ribbon.noteChange();
    expect(api.ribbon.getSnapshot().changed).toEqual({ lastRunAt: null });
  });

  it("tells subscribers of a change once, and keeps the serial of runs", () => {
    const api = fakeApi();
    const seen = jest.fn();
    api.ribbon.subscribe(seen);
    api.ribbon.noteChange();
    api.ribbon.noteChange();
    expect(seen).toHaveBeenCalledTimes(1);
    expect(api.ribbon.getSnapshot().serial).toBe(0);
  });
});
