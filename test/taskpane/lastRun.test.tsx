/** @jest-environment jsdom */
import "./nodeGlobals";
import { act, renderHook, screen, waitFor } from "@testing-library/react";
import { registerCommands } from "../../src/commands/register";
import { AddinError } from "../../src/excel/officeErrors";
import { runStore } from "../../src/excel/runStore";
import type { Cell } from "../../src/method/types";
import { createOfficeApi } from "../../src/taskpane/officeApi";
import { useLastRun } from "../../src/taskpane/useLastRun";
import { workbookWith } from "../support/workbook";
import { fakeApi } from "./fakeApi";
import { outcomeOf } from "./outcomes";
import { renderPane, statusText } from "./renderPane";

const CLIENTS: Cell[][] = [
  ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Groot NV", 250000, 50000, "Ja", "Ja", "Nee", "Ja"],
  ["Klein BV", 9000, 1000, "Nee", "Nee", "Ja", "Nee"],
];

describe("the last run has one owner, the run store, on the real Office API", () => {
  let seen: jest.Mock;
  let stop: () => void;
  beforeEach(() => {
    seen = jest.fn();
    stop = runStore.subscribe(seen);
  });
  afterEach(() => stop());

  it("counts one pane run once: one publish, serial one up", async () => {
    workbookWith(CLIENTS);
    const api = createOfficeApi();
    const { result } = renderHook(() => useLastRun(api, "?"));
    const before = result.current.serial;
    await act(() => result.current.segment({}, 0));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(result.current.serial).toBe(before + 1);
    expect(result.current.run?.kind === "outcome" && result.current.run.outcome.written).toBe(true);
    expect(result.current.busy).toBe(false);
  });

  it("shows a pane run once", async () => {
    workbookWith(CLIENTS);
    const before = runStore.getSnapshot().serial;
    const { user } = await renderPane(createOfficeApi());
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    await waitFor(() => expect(statusText()).toContain("Klaar: 2 klanten gesegmenteerd"));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(runStore.getSnapshot().serial).toBe(before + 1);
  });

  it("shows a ribbon run once", async () => {
    const double = workbookWith(CLIENTS);
    registerCommands();
    const before = runStore.getSnapshot().serial;
    await renderPane(createOfficeApi());
    const completed = jest.fn();
    await act(async () => {
      await double.actions.get("segmenteer")!({ completed });
    });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(runStore.getSnapshot().serial).toBe(before + 1);
    expect(statusText()).toContain("Klaar: 2 klanten gesegmenteerd");
  });

  it("says once, for a ribbon run as for a pane run, that segmenting failed", async () => {
    const double = workbookWith(CLIENTS);
    double.refuse(/Range\.formulas=/, "AccessDenied");
    registerCommands();
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await renderPane(createOfficeApi());
      await act(async () => {
        await double.actions.get("segmenteer")!({ completed: jest.fn() });
      });
      const text = document.body.textContent ?? "";
      expect(text).toMatch(/beveiligd.*\(AccessDenied\)/);
      // The status region (for screen readers) says it once, and the visible pane at most once more,
      // depending on whether the results section has rendered yet.
      const failed = /Segmenteren is (mislukt|niet gelukt)/g;
      const status = [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent).join(" ");
      expect(status.match(failed)).toHaveLength(1);
      const shown = document.body.cloneNode(true) as HTMLElement;
      shown.querySelectorAll('[role="status"]').forEach((region) => region.remove());
      expect((shown.textContent ?? "").match(failed)?.length ?? 0).toBeLessThanOrEqual(1);
    } finally {
      log.mockRestore();
    }
  });

  it("shows Excel's refusal in words, keeps its code in the run and logs it", async () => {
    const double = workbookWith(CLIENTS);
    double.refuse(/Range\.formulas=/, "AccessDenied");
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const { user } = await renderPane(createOfficeApi());
      await user.click(screen.getByRole("button", { name: "Segmenteer" }));
      const alert = await screen.findByRole("alert");
      expect(alert.textContent).toMatch(/beveiligd.*\(AccessDenied\)/);
      expect(runStore.getSnapshot().run).toEqual({
        kind: "failure",
        message: expect.stringContaining("beveiligd"),
        code: "AccessDenied",
      });
      expect(seen).toHaveBeenCalledTimes(1);
      expect(log).toHaveBeenCalledTimes(1);
      expect(log).toHaveBeenCalledWith(
        expect.stringContaining("(AccessDenied)"),
        expect.objectContaining({ code: "AccessDenied" }),
      );
    } finally {
      log.mockRestore();
    }
  });
});

describe("the pane reads the store", () => {
  it("keeps Excel's code of a failed pane run beside the message it shows", async () => {
    const api = fakeApi();
    api.segment.mockRejectedValue(
      new AddinError("Excel is bezig. (Busy)", { cause: Object.assign(new Error("busy"), { code: "Busy" }) }),
    );
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    await screen.findByRole("alert");
    expect(api.ribbon.getSnapshot()).toEqual({
      run: { kind: "failure", message: "Excel is bezig. (Busy)", code: "Busy" },
      serial: 1,
      changed: null,
    });
  });

  it("scrolls to a run that comes in while it is open, not to one that was there when it opened", async () => {
    const scroll = jest.fn();
    Element.prototype.scrollIntoView = scroll;
    try {
      const api = fakeApi({ outcome: outcomeOf() });
      api.ribbon.publish({ kind: "outcome", outcome: outcomeOf() });
      const { user } = await renderPane(api);
      expect(screen.getByText("4 klanten gesegmenteerd.")).toBeTruthy();
      expect(scroll).not.toHaveBeenCalled();
      await user.click(screen.getByRole("button", { name: "Segmenteer" }));
      await waitFor(() => expect(scroll).toHaveBeenCalledTimes(1));
      act(() => api.ribbon.publish({ kind: "failure", message: "Excel is bezig.", code: null }));
      expect(scroll).toHaveBeenCalledTimes(2);
      expect(api.ribbon.getSnapshot().serial).toBe(3);
    } finally {
      Reflect.deleteProperty(Element.prototype, "scrollIntoView");
    }
  });
});
