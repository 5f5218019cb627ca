import { segmentTable } from "../../src/method/segmentTable";
import type { Cell, Settings } from "../../src/method/types";
import { chooseSettings, planRun, type RunRequest } from "../../src/workbook/planRun";
import { settingsSheetPlan, STAMP_FORMAT } from "../../src/workbook/settingsSheet";
import { NAMES, SETTINGS_SHEET } from "../../src/workbook/workbookNames";
import { excelText } from "../support/numberFormat";
import { DEMO_SNAPSHOT, HEADER, snapshotOf } from "../support/snapshots";

const request = (patch: Partial<RunRequest> = {}): RunRequest => ({
  language: "nl",
  now: new Date(2026, 10, 29, 14, 5, 9),
  ...patch,
});

/** The settings sheet a first run with these settings writes, as the adapter would read it back. */
function settingsSheetWith(settings: Settings, labels: number) {
  const { result } = planRun(DEMO_SNAPSHOT(), request({ settings, labels })).outcome;
  const plan = settingsSheetPlan(
    result.settings,
    { totals: "T", selected: "S", header: "H", own: "O" },
    "",
    labels,
    "nl",
  );
  const values = Array.from({ length: plan.area.rows }, () => Array<Cell>(plan.area.columns).fill(""));
  for (const cell of plan.cells) values[cell.row][cell.column] = cell.content ?? "";
  return values;
}

describe("planRun decides a run from a snapshot, without Excel", () => {
  it("plans every write for a clean list, and segments as segmentTable does", () => {
    const snapshot = DEMO_SNAPSHOT();
    const { outcome, plan } = planRun(snapshot, request());
    const direct = segmentTable(
      snapshot.grid.values,
      { language: "nl" },
      { sheet: "Klanten", row: 0, column: 0 },
    );
    expect(outcome.result.clients.map((c) => c.segment)).toEqual(direct.clients.map((c) => c.segment));
    expect(outcome.table).toBe("Klanten!A1:I21");
    expect(plan).not.toBeNull();
    expect(plan!.createSettingsSheet).toBe(true);
    expect(plan!.columns.firstColumn).toBe(9);
    expect(plan!.columns.headers.slice(0, 3)).toEqual(["Totaal", "Score", "Segment"]);
    expect(plan!.names.map((n) => n.name)).toContain(NAMES.table);
    expect(plan!.names.every((n) => n.formula.startsWith("=") && !n.exists)).toBe(true);
    expect(excelText(plan!.stamp, STAMP_FORMAT, "nl")).toBe("29/11/2026 14:05");
  });

  it("writes only the names that are missing or point elsewhere on a second run", () => {
    const first = planRun(DEMO_SNAPSHOT(), request()).plan!;
    const names = new Map(first.names.map((n) => [n.name, n.formula]));
    names.set(NAMES.labels, "='ABC-instellingen'!$B$99");
    const second = planRun(DEMO_SNAPSHOT({ names, settings: [[]] }), request({ settings: {} })).plan!;
    expect(second.names).toEqual([
      {
        name: NAMES.labels,
        formula: first.names.find((n) => n.name === NAMES.labels)!.formula,
        exists: true,
      },
    ]);
    expect(second.createSettingsSheet).toBe(false);
  });

  it("refuses a protected sheet, with nothing to write and nobody segmented", () => {
    const { outcome, plan } = planRun(DEMO_SNAPSHOT({ protected: true }), request());
    expect(plan).toBeNull();
    expect(outcome.result.clients).toEqual([]);
    expect(outcome.result.problems[0]).toMatchObject({ code: "sheet-protected", severity: "error" });
  });

  it("refuses a Table whose header row is switched off", () => {
    const values = [["Een", 100, 100, 100, 0, "Ja", "Ja", "Ja", "Ja"]];
    const tables = [
      { name: "Tabel1", row: 0, column: 0, rows: 1, columns: 9, showHeaders: false, hiddenRows: 0 },
    ];
    const { outcome, plan } = planRun(snapshotOf(values, { tables }), request());
    expect(plan).toBeNull();
    expect(outcome.result.problems[0]).toMatchObject({ code: "table-headers-off", address: "Klanten!A1:I1" });
  });

  it("refuses a second analysis on another sheet and names the one the workbook has", () => {
    const names = new Map([[NAMES.table, "='Klanten 2025'!$A$1:$I$1"]]);
    const { outcome, plan } = planRun(DEMO_SNAPSHOT({ names }), request());
    expect(plan).toBeNull();
    expect(outcome.result.problems[0].code).toBe("other-analysis");
    expect(outcome.result.problems[0].message).toContain("'Klanten 2025'!A1:I1");
  });

  it("accepts a run on the sheet the workbook already segments", () => {
    const names = new Map([[NAMES.table, "=Klanten!$A$1:$I$1"]]);
    expect(planRun(DEMO_SNAPSHOT({ names }), request()).plan).not.toBeNull();
  });

  it("refuses when a cell where an added column goes holds the user's data, naming the cell", () => {
    const values = DEMO_SNAPSHOT().grid.values.map((r) => [...r, ""]);
    values[5][9] = "bellen";
    const { outcome, plan } = planRun(snapshotOf(values), request());
    expect(plan).toBeNull();
    expect(outcome.result.problems.map((p) => p.address)).toContain("Klanten!J6");
  });

  it("writes nothing when the table has an error, and keeps the method's problems", () => {
    const values = [HEADER, ["Een", "veel", 1, 1, 0, "Ja", "Ja", "Ja", "Ja"]];
    const { outcome, plan } = planRun(snapshotOf(values), request());
    expect(plan).toBeNull();
    expect(outcome.result.problems[0]).toMatchObject({ code: "invalid-amount", address: "Klanten!B2" });
  });
});

describe("chooseSettings: which settings a run applies", () => {
  it("takes the pane's settings over the settings sheet's, and ignores the sheet's problems then", () => {
    const sheet = settingsSheetWith({ scoreThreshold: 2 }, 5);
    sheet[14][1] = "veel";
    const chosen = chooseSettings(request({ settings: { scoreThreshold: 4 }, labels: 3 }), sheet);
    expect(chosen).toEqual({
      settings: { scoreThreshold: 4, language: "nl" },
      labels: 3,
      problems: [],
      keepInputs: false,
    });
  });

  it("reads the settings sheet when the pane sends none (a ribbon run)", () => {
    const chosen = chooseSettings(request(), settingsSheetWith({ scoreThreshold: 2, topN: 10 }, 5));
    expect(chosen.settings).toMatchObject({ scoreThreshold: 2, topN: 10, language: "nl" });
    expect(chosen.labels).toBe(5);
    expect(chosen.problems).toEqual([]);
  });

  it("runs from the ribbon on a broken settings sheet as its formulas do: the default applies, with a warning naming the cell", () => {
    const sheet = settingsSheetWith({ scoreThreshold: 2 }, 20);
    sheet[14][1] = "veel";
    sheet[15][1] = "";
    const { outcome, plan } = planRun(DEMO_SNAPSHOT({ settings: sheet }), request());
    expect(plan).not.toBeNull();
    expect(outcome.result.settings).toMatchObject({
      scoreThreshold: 3,
      weights: { marge: 1, snelheid: 1, innovatie: 1, netwerk: 1 },
    });
    expect(outcome.result.problems.filter((p) => p.code === "invalid-setting")).toEqual([
      expect.objectContaining({ severity: "warning", address: `'${SETTINGS_SHEET}'!B15` }),
      expect.objectContaining({ severity: "warning", address: `'${SETTINGS_SHEET}'!B16` }),
    ]);
    expect(outcome.result.problems[0].message).toContain("Tot u dit verbetert, geldt 3");
    expect(outcome.replacedSettings).toEqual([]);
    const inputs = plan!.settingsSheet.cells.filter((c) => c.style === "input");
    expect(inputs.length).toBeGreaterThan(8);
    expect(inputs.every((c) => c.content === null)).toBe(true);
  });

  it("reads only numbers as numbers on the settings sheet, as its formulas do: TRUE or text '2,5' is not a weight", () => {
    const sheet = settingsSheetWith({}, 20);
    sheet[15][1] = true;
    sheet[16][1] = "2,5";
    sheet[17][1] = 2.5;
    const chosen = chooseSettings(request(), sheet);
    expect(chosen.problems.map((p) => p.address)).toEqual([
      `'${SETTINGS_SHEET}'!B16`,
      `'${SETTINGS_SHEET}'!B17`,
    ]);
    expect(chosen.settings.weights).toEqual({ marge: 1, snelheid: 1, innovatie: 2.5, netwerk: 1 });
  });

  it("says which of a colleague's settings a run from the pane replaces", () => {
    const sheet = settingsSheetWith({ scoreThreshold: 2 }, 20);
    sheet[15][1] = "veel";
    const { outcome } = planRun(
      DEMO_SNAPSHOT({ settings: sheet }),
      request({ settings: { scoreThreshold: 2 }, labels: 20 }),
    );
    expect(outcome.replacedSettings).toEqual([{ address: `'${SETTINGS_SHEET}'!B16`, was: "veel", now: "1" }]);
  });

  it("falls back to the method's defaults without a settings sheet, in the language asked", () => {
    expect(chooseSettings(request({ language: "en" }), null)).toEqual({
      settings: { language: "en" },
      labels: 20,
      problems: [],
      keepInputs: false,
    });
  });
});
