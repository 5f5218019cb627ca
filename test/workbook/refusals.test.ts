import fc from "fast-check";
import { rangeAddress } from "../../src/method";
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
      [NAMES.method, `='${SETTINGS_SHEET}'!$C$6`],
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

  it("offers no second template under a header without clients (an empty template): it needs clients", () => {
    const header = [["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"]];
    const { problems, remedies } = refusal(snapshotOf(header));
    expect(problems.map((p) => p.code)).toContain("no-clients");
    expect(remedies).not.toContainEqual({ kind: "insert-template" });
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

  it("says only that the header row is off, not what reading a client as the header finds (columns 'not found')", () => {
    const clientsOnly = DEMO_SNAPSHOT()
      .grid.values.slice(1)
      .map((r) => [...r]);
    const tables = [
      { name: "KlantTabel", row: 0, column: 0, rows: 20, columns: 9, showHeaders: false, hiddenRows: 0 },
    ];
    const { problems, remedies, outcome } = refusal(snapshotOf(clientsOnly, { tables }));
    expect(problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual(["table-headers-off"]);
    expect(outcome.columnsRead).toEqual([]);
    expect(remedies).toEqual([{ kind: "show-table-headers", table: "KlantTabel" }]);
  });

  it("offers nothing for problems in the rows: they name their cell", () => {
    const values = DEMO_SNAPSHOT().grid.values.map((r) => [...r]);
    values[3][5] = "misschien";
    expect(refusal(snapshotOf(values)).remedies).toEqual([]);
  });
});

describe("a user's own sheet named ABC-instellingen", () => {
  const notes = [
    ["Mijn notities bij de klanten", ""],
    ["", "budget 2026"],
    ["", 12345],
  ];

  it.each([
    ["the client list", "Klanten"],
    ["the user's sheet itself", SETTINGS_SHEET],
  ])(
    "refuses a run on %s before anything is read or written, naming the sheet and what to do",
    (_, sheet) => {
      const { plan, problems, remedies } = refusal(DEMO_SNAPSHOT({ sheet, settings: notes }));
      expect(plan).toBeNull();
      expect(problems.map((p) => p.code)).toEqual(["settings-sheet-taken"]);
      expect(problems[0].message).toMatch(/eigen blad ABC-instellingen .* andere naam .* Segmenteer\.$/);
      expect(problems[0].address).toBe("'ABC-instellingen'!A1");
      expect(remedies).toEqual([]);
    },
  );

  it("says it in English too", () => {
    const { problems } = refusal(DEMO_SNAPSHOT({ settings: notes }), { language: "en" });
    expect(problems[0].message).toMatch(/sheet of its own named ABC-instellingen .* rename your sheet/);
  });

  it("is no refusal once the sheet carries the add-in's title (a copy whose names were lost)", () => {
    const { plan } = refusal(DEMO_SNAPSHOT({ settings: [["ABC-klantsegmentatie: instellingen"]] }));
    expect(plan).not.toBeNull();
  });
});

describe("a protected sheet", () => {
  const badAnswer = () => {
    const values = DEMO_SNAPSHOT().grid.values.map((r) => [...r]);
    values[3][6] = "misschien";
    return values;
  };

  it("offers lifting the protection only when it is all that stops the run", () => {
    const { problems, remedies } = refusal(snapshotOf(badAnswer(), { protected: true }));
    expect(problems.map((p) => p.code)).toEqual(["sheet-protected", "invalid-answer"]);
    expect(remedies).toEqual([]);
  });

  it("offers no lifting beside another refusal, whose own ways forward stay", () => {
    const { problems, remedies } = refusal(
      DEMO_SNAPSHOT({ sheet: "Nieuw", protected: true, ...segmentedKlanten() }),
    );
    const errors = problems.filter((p) => p.severity === "error");
    expect(errors.map((p) => p.code)).toEqual(["sheet-protected", "other-analysis"]);
    expect(remedies.map((r) => r.kind)).toEqual(["go-to-segmented-list", "move-analysis", "remove-analysis"]);
  });

  it("plans the run when asked to lift the protection, and keeps a refused run refused", () => {
    expect(refusal(DEMO_SNAPSHOT({ protected: true }), { liftProtection: true }).plan).not.toBeNull();
    const refused = refusal(snapshotOf(badAnswer(), { protected: true }), { liftProtection: true });
    expect(refused.plan).toBeNull();
    expect(refused.problems.map((p) => p.code)).toEqual(["invalid-answer"]);
  });

  it("lifts it for a move when the refused run was a move", () => {
    const snapshot = DEMO_SNAPSHOT({ sheet: "Nieuw", protected: true, ...segmentedKlanten() });
    const { outcome } = planRun(snapshot, request({ move: true }));
    const remedies = remediesOf(outcome.result.problems, {
      sheet: "Nieuw",
      table: outcome.table,
      tables: [],
      segmented: segmentedList(snapshot.names, snapshot.settings),
      move: true,
    });
    expect(remedies).toEqual([{ kind: "unprotect-sheet", sheet: "Nieuw", move: true }]);
  });
});

describe("a Table whose header row is off", () => {
  const table = (name: string, row: number, showHeaders: boolean) => ({
    name,
    row,
    column: 0,
    rows: 21,
    columns: 9,
    showHeaders,
    hiddenRows: 0,
  });

  it("is switched on by the analysed Table's name, not the first headerless Table of the sheet", () => {
    const grid = [
      ...DEMO_SNAPSHOT().grid.values,
      ...Array.from({ length: 9 }, () => [""]),
      ...DEMO_SNAPSHOT().grid.values,
    ];
    const tables = [table("Oud", 0, false), table("Klanten2026", 30, false)];
    const { problems, remedies } = refusal(snapshotOf(grid, { tables, activeCell: { row: 32, column: 1 } }));
    expect(problems[0]).toMatchObject({ code: "table-headers-off", address: "Klanten!A31:I51" });
    expect(remedies).toEqual([{ kind: "show-table-headers", table: "Klanten2026" }]);
  });

  it("refuses a list typed above a headerless Table (the header outside the Table, its body inside)", () => {
    const tables = [{ ...table("Tabel1", 1, false), rows: 20 }];
    const { plan, problems, remedies } = refusal(
      DEMO_SNAPSHOT({ tables, activeCell: { row: 0, column: 0 } }),
    );
    expect(plan).toBeNull();
    expect(problems[0]).toMatchObject({ code: "table-headers-off", address: "Klanten!A2:I21" });
    expect(remedies).toEqual([{ kind: "show-table-headers", table: "Tabel1" }]);
  });
});

describe("the segmented list's address after rows or columns moved it", () => {
  const withName = (reference: string, recorded: unknown) => {
    const { names, settings } = segmentedKlanten();
    names.set(NAMES.table, reference);
    settings[2][1] = recorded as string;
    return segmentedList(names, settings)?.address;
  };

  it("is anchored at ABC_Tabel, which Excel moves, with the recorded number of rows", () => {
    expect(withName("=Klanten!$A$5:$I$5", "Klanten!A3:I23")).toBe("Klanten!A5:I25");
    expect(withName("=Klanten!$C$3:$K$3", "Klanten!A3:I23")).toBe("Klanten!C3:K23");
    expect(withName("='Klanten 2025'!$A$5:$J$5", "'Klanten 2025'!A3:I23")).toBe("'Klanten 2025'!A5:J25");
  });

  it("holds for any rows and columns inserted above and left of the list", () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(40), fc.integer({ min: 1, max: 800 }), (down, right, rows) => {
        const header = rangeAddress(
          { sheet: "Klanten", row: 0, column: 0 },
          2 + down,
          right,
          2 + down,
          right + 8,
        );
        const recorded = rangeAddress({ sheet: "Klanten", row: 0, column: 0 }, 2, 0, 1 + rows, 8);
        const name = `=${header.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
        const moved = rangeAddress(
          { sheet: "Klanten", row: 0, column: 0 },
          2 + down,
          right,
          1 + down + rows,
          right + 8,
        );
        expect(withName(name, recorded)).toBe(moved);
      }),
    );
  });

  it("is the header row when the record is no address on the list's sheet", () => {
    expect(withName("=Klanten!$A$5:$I$5", "een notitie")).toBe("Klanten!A5:I5");
    expect(withName("=Klanten!$A$5:$I$5", 42)).toBe("Klanten!A5:I5");
    expect(withName("=Klanten!$A$5:$I$5", "Elders!A3:I23")).toBe("Klanten!A5:I5");
  });
});

describe("a list whose sheet was deleted (its names read #REF!)", () => {
  const gone = () => {
    const { names, settings } = segmentedKlanten();
    names.set(NAMES.table, "=#REF!$A$3:$I$3");
    names.set(NAMES.columns, "=#REF!$J$3:$R$3");
    return { names, settings };
  };

  it("counts as no analysis: another list is segmented as a first run, its names rewritten", () => {
    const { plan, problems, remedies } = refusal(DEMO_SNAPSHOT({ sheet: "Nieuw", ...gone() }));
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(remedies).toEqual([]);
    expect(plan!.createSettingsSheet).toBe(false);
    expect(plan!.names.find((n) => n.name === NAMES.table)).toMatchObject({
      formula: "=Nieuw!$A$1:$I$1",
      exists: true,
    });
  });

  it("offers no way to a list that is gone from a sheet without a list, nor from the settings sheet", () => {
    expect(refusal(snapshotOf([], { sheet: "Blad2", ...gone() }), { settings: {} }).remedies).toEqual([
      { kind: "insert-template" },
    ]);
    expect(refusal(snapshotOf([["x"]], { sheet: SETTINGS_SHEET, ...gone() })).remedies).toEqual([
      { kind: "insert-template" },
    ]);
  });
});
