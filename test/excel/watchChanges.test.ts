import type { Cell } from "../../src/method/types";
import { NOW, workbookWith } from "../support/workbook";

type Excel = typeof import("../../src/excel");

const CLIENTS: Cell[][] = [
  ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Groot NV", 250000, 50000, "Ja", "Ja", "Nee", "Ja"],
  ["Klein BV", 9000, 1000, "Nee", "Nee", "Ja", "Nee"],
];

/** Longer than the run store waits after the add-in's own writes for Excel to deliver their events. */
const SETTLE_MS = 600;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Lets the double deliver the change events it queued (it raises them after the current task). */
const delivered = () => wait(0);

/*
 * The watcher keeps the runtime's registrations in module state, as the add-in does in one workbook; each
 * test gets fresh modules, so it starts with nothing watched and a run store of its own.
 */
let excel: Excel;
beforeEach(async () => {
  jest.resetModules();
  excel = await import("../../src/excel");
});

const segmented = (settings = {}) =>
  excel.segmentWatched(() => excel.segmentActiveSheet(settings, { now: NOW }));
const changed = () => excel.runStore.getSnapshot().changed;

describe.each([
  ["with ExcelApi 1.14's trigger source", "1.17"],
  ["at the minimum, ExcelApi 1.8, without it", "1.8"],
])("after a Segmenteer that wrote the workbook (%s)", (_, apiVersion) => {
  it("takes the run's own writes for the add-in's, and a user's edit of a client for a change", async () => {
    const double = workbookWith(CLIENTS, { apiVersion });
    const outcome = await segmented();
    expect(outcome.written).toBe(true);
    await delivered();
    expect(changed()).toBeNull();
    await wait(SETTLE_MS);
    double.edit("Klanten", "B3", 12000);
    await delivered();
    expect(changed()).toEqual({ lastRunAt: null });
  });

  it("takes an edit of the settings sheet for a change too", async () => {
    const double = workbookWith(CLIENTS, { apiVersion });
    await segmented();
    await wait(SETTLE_MS);
    double.edit("ABC-instellingen", "B15", 2);
    await delivered();
    expect(changed()).not.toBeNull();
  });

  it("does not count another run's writes, and the run clears the change", async () => {
    const double = workbookWith(CLIENTS, { apiVersion });
    await segmented();
    await wait(SETTLE_MS);
    double.edit("Klanten", "B3", 12000);
    await delivered();
    const outcome = await segmented({ scoreThreshold: 2 });
    excel.runStore.publish({ kind: "outcome", outcome });
    await delivered();
    expect(changed()).toBeNull();
  });
});

describe("registering", () => {
  it("happens once per sheet: a second run adds no handler and no request", async () => {
    const double = workbookWith(CLIENTS);
    await segmented();
    const before = double.syncCount;
    const again = await segmented();
    expect(double.syncCount - before).toBe(again.syncs);
    await wait(SETTLE_MS);
    const noted = jest.spyOn(excel.runStore, "noteChange");
    double.edit("Klanten", "C3", 2000);
    await delivered();
    expect(noted).toHaveBeenCalledTimes(1);
  });

  it("lets the earlier sheet go when a run segments another sheet", async () => {
    const double = workbookWith(CLIENTS);
    double.model.addSheet("Klanten 2026");
    await segmented();
    await excel.segmentWatched(async () => ({ written: true, table: "'Klanten 2026'!A1:G3", notes: [] }));
    await wait(SETTLE_MS);
    double.edit("Klanten", "B3", 12000);
    await delivered();
    expect(changed()).toBeNull();
    double.edit("Klanten 2026", "B3", 12000);
    await delivered();
    expect(changed()).not.toBeNull();
  });

  it("is skipped when the run wrote nothing", async () => {
    const double = workbookWith([...CLIENTS, ["Fout BV", "veel", 0, "Ja", "Ja", "Ja", "Ja"]]);
    const before = double.syncCount;
    const outcome = await segmented();
    expect(outcome.written).toBe(false);
    expect(double.syncCount - before).toBe(outcome.syncs);
  });

  it("that fails leaves the run's outcome intact and says so in a note", async () => {
    const double = workbookWith(CLIENTS);
    double.refuse(/EventHandlers\.add/, "AccessDenied");
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const outcome = await segmented();
      expect(outcome.written).toBe(true);
      expect(outcome.notes.at(-1)).toMatch(
        /^De werkmap is bijgewerkt, maar het paneel kan niet volgen.*\(AccessDenied\)$/,
      );
      expect(log).toHaveBeenCalledTimes(1);
    } finally {
      log.mockRestore();
    }
  });
});

describe("when the pane opens", () => {
  it("watches the sheet an earlier Segmenteer wrote (named by ABC_Tabel) and the settings sheet, in 2 requests", async () => {
    const double = workbookWith(CLIENTS);
    await excel.segmentActiveSheet({}, { now: NOW });
    await wait(SETTLE_MS);
    const before = double.syncCount;
    await excel.watchEarlierSegmentation();
    expect(double.syncCount - before).toBe(2);
    double.edit("ABC-instellingen", "B15", 2);
    await delivered();
    expect(changed()).toEqual({ lastRunAt: null });
  });

  it("watches nothing in a workbook never segmented, in 1 request", async () => {
    const double = workbookWith(CLIENTS);
    await excel.watchEarlierSegmentation();
    expect(double.syncCount).toBe(1);
    double.edit("Klanten", "B3", 12000);
    await delivered();
    expect(changed()).toBeNull();
  });

  it("and a run on the same sheet afterwards registers nothing more", async () => {
    const double = workbookWith(CLIENTS);
    await excel.segmentActiveSheet({}, { now: NOW });
    await excel.watchEarlierSegmentation();
    const before = double.syncCount;
    const outcome = await segmented();
    expect(double.syncCount - before).toBe(outcome.syncs);
  });
});
