import { planRun, type RunRequest } from "../../src/workbook/planRun";
import { remediesOf } from "../../src/workbook/remedies";
import { segmentedList } from "../../src/workbook/refusals";
import { NAMES, SETTINGS_SHEET } from "../../src/workbook/workbookNames";
import { DEMO_SNAPSHOT, snapshotOf } from "../support/snapshots";

/*
 * Every refusal offers a way forward, names real ranges and says one thing. The remedies are what the
 * pane turns into buttons.
 */

const request = (patch: Partial<RunRequest> = {}): RunRequest => ({
  language: "nl",
  now: new Date(2026, 10, 29, 14, 5, 9),
  ...patch,
});

/** A workbook that segments Klanten!A3:I23: its names, and the settings sheet's record of the last run. */
const segmentedKlanten = () => {
  const settings = Array.from({ length: 5 }, () => ["", ""]);
  settings[2][1] = "Klanten!A3:I23";
  return {
    names: new Map([
      [NAMES.table, "=Klanten!$A$3:$I$3"],
      [NAMES.columns, "=Klanten!$J$3:$R$3"],
    ]),
    settings,
  };
};

/** Plans a run on a snapshot and returns its problems and remedies, as segmentActiveSheet does. */
function refusal(snapshot: ReturnType<typeof snapshotOf>, patch: Partial<RunRequest> = {}) {
  const { outcome, plan } = planRun(snapshot, request(patch));
  const segmented = segmentedList(snapshot.names, snapshot.settings);
  const remedies = remediesOf(outcome.result.problems, {
    sheet: snapshot.sheet,
    table: outcome.table,
    tables: snapshot.tables,
    segmented,
  });
  return { plan, outcome, problems: outcome.result.problems, remedies };
}

describe("the list a workbook segments", () => {
  it("is the settings sheet's record of the last run, header to last client", () => {
    const { names, settings } = segmentedKlanten();
    expect(segmentedList(names, settings)).toEqual({ sheet: "Klanten", address: "Klanten!A3:I23" });
  });

  it("falls back on the name's cells without $ when the record is not an address on that sheet", () => {
    const { names, settings } = segmentedKlanten();
    settings[2][1] = "een notitie";
    expect(segmentedList(names, settings)?.address).toBe("Klanten!A3:I3");
    settings[2][1] = "Elders!A1:B2";
    expect(segmentedList(names, settings)?.address).toBe("Klanten!A3:I3");
  });

  it("is none when the workbook segments nothing or the list's sheet is gone", () => {
    expect(segmentedList(new Map(), null)).toBeNull();
    expect(segmentedList(new Map([[NAMES.table, "=#REF!$A$3:$I$3"]]), null)).toBeNull();
  });
});

describe("a run refused because another list is segmented", () => {
  it("names the whole segmented list and offers go to, move and remove", () => {
    const { plan, problems, remedies } = refusal(DEMO_SNAPSHOT({ sheet: "Nieuw", ...segmentedKlanten() }));
    expect(plan).toBeNull();
    expect(problems[0].code).toBe("other-analysis");
    expect(problems[0].message).toContain("Klanten!A3:I23");
    expect(problems[0].message).toContain("Nieuw!A1:I21");
    expect(problems[0].message).not.toMatch(/\$|verwijder het blad/i);
    expect(remedies).toEqual([
      { kind: "go-to-segmented-list", list: "Klanten!A3:I23" },
      { kind: "move-analysis", from: "Klanten!A3:I23", to: "Nieuw!A1:I21" },
      { kind: "remove-analysis", list: "Klanten!A3:I23" },
    ]);
  });

  it("is not refused for it when the run moves the analysis", () => {
    const { plan } = refusal(DEMO_SNAPSHOT({ sheet: "Nieuw", ...segmentedKlanten() }), { move: true });
    expect(plan).not.toBeNull();
    expect(plan!.names.map((n) => n.name)).toEqual(expect.arrayContaining([NAMES.table, NAMES.columns]));
  });
});

describe("a run started on the settings sheet", () => {
  it("says once what the sheet is, names the list and offers going there or segmenting it from here", () => {
    const snapshot = snapshotOf([["ABC-klantsegmentatie"], ["Instellingen"]], {
      sheet: SETTINGS_SHEET,
      protected: true,
      ...segmentedKlanten(),
    });
    const { plan, outcome, problems, remedies } = refusal(snapshot);
    expect(plan).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe("settings-sheet");
    expect(problems[0].message).toBe(
      "Dit blad bevat de instellingen van de segmentatie van Klanten!A3:I23. Ga naar die klantenlijst, of segmenteer ze van hieruit.",
    );
    expect(outcome.table).toBe("");
    expect(remedies).toEqual([
      { kind: "go-to-client-list", list: "Klanten!A3:I23" },
      { kind: "segment-list", list: "Klanten!A3:I23" },
    ]);
  });

  it("offers the template when the segmented list is gone", () => {
    const { problems, remedies } = refusal(
      snapshotOf([["x"]], { sheet: SETTINGS_SHEET, language: "en" } as never),
      {
        language: "en",
      },
    );
    expect(problems.map((p) => p.code)).toEqual(["settings-sheet"]);
    expect(problems[0].message).toMatch(/no longer exists/);
    expect(remedies).toEqual([{ kind: "insert-template" }]);
  });
});

describe("a sheet without a client list", () => {
  it("offers the template and, when another list is segmented, going there; no move onto an empty sheet", () => {
    const { problems, remedies } = refusal(snapshotOf([], { sheet: "Blad2", ...segmentedKlanten() }), {
      settings: {},
    });
    expect(problems.map((p) => p.code)).toEqual(["no-header"]);
    expect(remedies).toEqual([
      { kind: "insert-template" },
      { kind: "go-to-segmented-list", list: "Klanten!A3:I23" },
    ]);
  });

  it("offers only the template in a workbook that segments nothing", () => {
    expect(refusal(snapshotOf([])).remedies).toEqual([{ kind: "insert-template" }]);
  });
});

describe("refusals Excel can fix in one click", () => {
  it("offers to lift a sheet's protection", () => {
    const { problems, remedies } = refusal(DEMO_SNAPSHOT({ protected: true }));
    expect(problems[0].code).toBe("sheet-protected");
    expect(remedies).toEqual([{ kind: "unprotect-sheet", sheet: "Klanten" }]);
  });

  it("offers to switch a Table's header row on", () => {
    const tables = [
      { name: "Tabel1", row: 0, column: 0, rows: 21, columns: 9, showHeaders: false, hiddenRows: 0 },
    ];
    const { problems, remedies } = refusal(DEMO_SNAPSHOT({ tables }));
    expect(problems[0].code).toBe("table-headers-off");
    expect(remedies).toContainEqual({ kind: "show-table-headers", table: "Tabel1" });
  });

  it("offers nothing for problems in the rows: they name their cell", () => {
    const values = DEMO_SNAPSHOT().grid.values.map((r) => [...r]);
    values[3][5] = "misschien";
    expect(refusal(snapshotOf(values)).remedies).toEqual([]);
  });
});
