import { registerCommands } from "../../src/commands/register";
import { segmenteer } from "../../src/commands/segmenteer";
import { RunStore, runStore } from "../../src/excel/runStore";
import type { Cell } from "../../src/method/types";
import { workbookWith } from "../support/workbook";

const CLIENTS: Cell[][] = [
  ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Groot NV", 250000, 50000, "Ja", "Ja", "Nee", "Ja"],
  ["Klein BV", 9000, 1000, "Nee", "Nee", "Ja", "Nee"],
];

/** Clicks the ribbon button: runs the registered function with an event that records completed(). */
async function click(actions: Map<string, (event: unknown) => unknown>) {
  const completed = jest.fn();
  await actions.get("segmenteer")!({ completed, source: { id: "ABC.Segmenteer" } });
  return completed;
}

describe("the Segmenteer ribbon button", () => {
  it("segments without opening the pane when all is well, and completes the event once", async () => {
    const double = workbookWith(CLIENTS);
    registerCommands();
    const completed = await click(double.actions);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(double.taskpaneShown).toBe(0);
    expect(double.values("Klanten", "J2:J3").flat()).toEqual(["A", "C"]);
    expect(double.runs.every((run) => run.delayForCellEdit === true)).toBe(true);
  });

  it("opens the pane with the problems when a cell is wrong, writes nothing, and completes the event", async () => {
    const values = CLIENTS.map((row) => [...row]);
    values[2][3] = "misschien";
    const double = workbookWith(values);
    registerCommands();
    const completed = await click(double.actions);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(double.taskpaneShown).toBe(1);
    const run = runStore.getSnapshot().run;
    expect(run?.kind === "outcome" && run.outcome.result.problems[0].address).toBe("Klanten!D3");
    expect(double.sheetNames()).toEqual(["Klanten"]);
  });

  it("publishes each run once to the run store", async () => {
    const double = workbookWith(CLIENTS);
    registerCommands();
    const seen = jest.fn();
    const stop = runStore.subscribe(seen);
    const before = runStore.getSnapshot().serial;
    await click(double.actions);
    await click(double.actions);
    stop();
    expect(seen).toHaveBeenCalledTimes(2);
    expect(runStore.getSnapshot().serial).toBe(before + 2);
  });

  it("opens the pane with Excel's error when Excel refuses, logs its code, and still completes the event", async () => {
    const double = workbookWith(CLIENTS);
    double.refuse(/Range\.formulas=/, "AccessDenied");
    registerCommands();
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const completed = await click(double.actions);
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining("(AccessDenied)"),
      expect.objectContaining({ code: "AccessDenied" }),
    );
    log.mockRestore();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(double.taskpaneShown).toBe(1);
    expect(runStore.getSnapshot().run).toEqual({
      kind: "failure",
      message: expect.stringContaining("beveiligd"),
      code: "AccessDenied",
    });
  });

  it("logs a pane that cannot open instead of calling the run a failure, and completes the event", async () => {
    const values = CLIENTS.map((row) => [...row]);
    values[2][3] = "misschien";
    workbookWith(values);
    const store = new RunStore();
    const refused = new Error("The pane is closed.");
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const completed = jest.fn();
    await segmenteer({ completed } as unknown as Office.AddinCommands.Event, {
      store,
      showPane: () => Promise.reject(refused),
    });
    expect(log).toHaveBeenCalledWith(expect.stringContaining("opening the pane"), refused);
    log.mockRestore();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toMatchObject({ run: { kind: "outcome" }, serial: 1 });
  });
});
