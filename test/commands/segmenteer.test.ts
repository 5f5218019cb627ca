import { registerCommands } from "../../src/commands/register";
import { runStore } from "../../src/excel/runStore";
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
    const run = runStore.current;
    expect(run?.kind === "outcome" && run.outcome.result.problems[0].address).toBe("Klanten!D3");
    expect(double.sheetNames()).toEqual(["Klanten"]);
  });

  it("opens the pane with Excel's error when Excel refuses, and still completes the event", async () => {
    const double = workbookWith(CLIENTS);
    double.refuse(/Range\.formulas=/, "AccessDenied");
    registerCommands();
    const completed = await click(double.actions);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(double.taskpaneShown).toBe(1);
    expect(runStore.current).toEqual({ kind: "failure", message: expect.stringContaining("beveiligd") });
  });
});
