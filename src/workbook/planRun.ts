import {
  cellAddress,
  DEFAULT_LABELS,
  hasErrors,
  OUTPUT_COLUMNS,
  OUTPUT_HEADERS,
  type OutputColumn,
  segmentTable,
  type Language,
  type Problem,
  type SegmentationResult,
  type Settings,
  type TableFacts,
  type ColumnRead,
  columnsRead,
} from "../method";
import { chartPlan } from "./chartPlan";
import { DEFAULT_CHART_SIZE } from "./chartGeometry";
import { chooseClientTable, type ClientTable, tableAddress } from "./clientTable";
import { columnsPlan } from "./columnsPlan";
import { layoutOf } from "./layout";
import { occupiedOutputCells, ownFormulaTest, reserveEnd, staleFormulaCells } from "./ownership";
import { isOwnHeader, ownColumns, uniqueHeader, withoutOwnColumns } from "./ownColumns";
import { type TableLayout } from "./layout";
import { isFlagFormula } from "./columnsPlan";
import { valueAt } from "./snapshot";
import type { NameWrite, SettingsSheetPlan, WorkbookPlan } from "./plan";
import { NAMES, SETTINGS_SHEET } from "./workbookNames";
import { readSettingsSheet } from "./readSettingsSheet";
import { dataColumn, headerReference } from "./references";
import {
  headerlessTable,
  isSettingsSheet,
  otherAnalysis,
  protectedSheet,
  segmentedList,
  settingsSheetRefusal,
  settingsSheetTaken,
} from "./refusals";
import { noClientList } from "./remedies";
import { runStamp, settingsSheetPlan } from "./settingsSheet";
import type { SheetSnapshot } from "./snapshot";

/** What the user asked for, and the facts of the moment the adapter passes in. */
export interface RunRequest {
  /** Settings from the pane; without them the settings sheet's are used (or the defaults). */
  settings?: Settings;
  /** How many clients get their name in the chart; default from the settings sheet. */
  labels?: number;
  language: Language;
  /** The moment of the run on the local clock, written on the settings sheet (it tells this run's writes apart). */
  now: Date;
  /** Move the analysis to this list: the list another sheet segments does not stop the run (the adapter removes the add-in's work there). */
  move?: boolean;
  /** Lift the sheet's protection for this run: a protected sheet does not stop it (the adapter protects it again after writing). */
  liftProtection?: boolean;
}

/** The outcome of a run as the user sees it: the method's result and the analysed table's address. */
export interface RunOutcome {
  /** The method's result; when something blocks the run, its problems come first and nobody is segmented. */
  result: SegmentationResult;
  /** The analysed table, e.g. Klanten!A4:I24. */
  table: string;
  /** Which columns were read as what (also when the run is refused), so a user can see a misreading. */
  columnsRead: ColumnRead[];
  /** Settings on the settings sheet that this run replaced with the pane's: the cell, what it held and what it holds now. */
  replacedSettings: ReplacedSetting[];
}

/** A settings cell whose value a run replaced. */
export interface ReplacedSetting {
  address: string;
  was: string;
  now: string;
}

/** The outcome, and what to write: null when a problem blocks the run (nothing may be written then). */
export interface PlannedRun {
  outcome: RunOutcome;
  plan: WorkbookPlan | null;
}

/** The settings a run applies and how many names the chart shows, with the settings sheet's problems. */
export interface ChosenSettings {
  settings: Settings;
  labels: number;
  /** What is wrong on the settings sheet (warnings: each setting's default applies), when the sheet's settings are used. */
  problems: Problem[];
  /** True when the sheet's inputs stay as they are (the run uses them); false when the pane's settings are written. */
  keepInputs: boolean;
}

/** The pane's settings when it sends them, else the settings sheet's, else the defaults; always in `language`. */
export function chooseSettings(request: RunRequest, sheet: SheetSnapshot["settings"]): ChosenSettings {
  const fromSheet = sheet ? readSettingsSheet(sheet, request.language) : null;
  return {
    settings: { ...(request.settings ?? fromSheet?.settings ?? {}), language: request.language },
    labels: request.labels ?? fromSheet?.labels ?? DEFAULT_LABELS,
    problems: request.settings ? [] : (fromSheet?.problems ?? []),
    keepInputs: fromSheet !== null && request.settings === undefined && request.labels === undefined,
  };
}

/** The input cells of the settings sheet whose value the plan changes, as the user reads them. */
function replacedInputs(plan: SettingsSheetPlan, sheet: SheetSnapshot["settings"]): ReplacedSetting[] {
  if (!sheet) return [];
  const shown = (value: unknown) => (typeof value === "number" ? String(value) : String(value ?? "").trim());
  return plan.cells
    .filter((cell) => cell.style === "input" && cell.content !== null)
    .filter(
      (cell) => shown(sheet[cell.row]?.[cell.column]).toLowerCase() !== shown(cell.content).toLowerCase(),
    )
    .map((cell) => ({
      address: cellAddress({ sheet: SETTINGS_SHEET, row: 0, column: 0 }, cell.row, cell.column),
      was: shown(sheet[cell.row]?.[cell.column]),
      now: shown(cell.content),
    }));
}

/**
 * What the sheet knows of the client table besides its values, in the table's own indices: its formulas
 * (the add-in's own columns emptied, as in the values), the cells that show a number as a date, how many
 * rows are hidden (of the Table's body, or of the used range) and the Excel Table's name.
 */
function tableFacts(snapshot: SheetSnapshot, client: ClientTable, own: ReadonlySet<number>): TableFacts {
  const { row, column } = client.origin;
  const rows = client.values.length;
  const width = client.values.reduce((most, cells) => Math.max(most, cells.length), 0);
  const dateCells: Array<[number, number]> = [];
  for (const [r, c] of snapshot.dateCells) {
    if (r < row || r >= row + rows || c < column || c >= column + width || own.has(c)) continue;
    dateCells.push([r - row, c - column]);
  }
  return {
    formulas: withoutOwnColumns(client.formulas, column, own),
    dateCells,
    hiddenRows: (client.table ? client.table.hiddenRows : snapshot.hiddenRows) ?? undefined,
    ...(client.table ? { table: client.table.name } : {}),
  };
}

/** The result with these problems first and nobody segmented, so nothing is written. */
function refused(result: SegmentationResult, problems: Problem[]): SegmentationResult {
  return { ...result, clients: [], outside: [], problems: [...problems, ...result.problems] };
}

/** A run refused before any row is read: these problems only, nobody segmented, no table. */
function refusedUnread(sheet: string, settings: Settings, problems: Problem[]): PlannedRun {
  const result = segmentTable([], settings, { sheet, row: 0, column: 0 });
  return {
    outcome: { result: { ...result, problems }, table: "", columnsRead: [], replacedSettings: [] },
    plan: null,
  };
}

/** The names of the plan that are missing or point elsewhere. */
function nameWrites(
  wanted: ReadonlyArray<{ name: string; reference: string }>,
  current: ReadonlyMap<string, string>,
): NameWrite[] {
  return wanted
    .map(({ name, reference }) => ({ name, formula: `=${reference}`, exists: current.has(name) }))
    .filter((n) => current.get(n.name) !== n.formula);
}

/**
 * Decides a Segmenteer run from what the adapter read: which table, which settings, whether anything
 * blocks it (a user's own sheet named ABC-instellingen, the settings sheet active, a protected sheet (the
 * only error when lifting the protection would let the run write), a headerless Table, another analysis,
 * errors in the table or settings, cells of the user where the add-in would write), and if nothing does,
 * everything to write.
 */
export function planRun(snapshot: SheetSnapshot, request: RunRequest): PlannedRun {
  const { language } = request;
  const list = segmentedList(snapshot.names, snapshot.settings);
  const taken = settingsSheetTaken(snapshot.names, snapshot.settings, language);
  if (taken.length > 0) return refusedUnread(snapshot.sheet, chooseSettings(request, null).settings, taken);
  if (isSettingsSheet(snapshot.sheet)) {
    const { settings } = chooseSettings(request, snapshot.settings);
    return refusedUnread(snapshot.sheet, settings, [settingsSheetRefusal(list, language)]);
  }
  if (snapshot.protected) {
    const unlocked = planRun({ ...snapshot, protected: false }, request);
    if (request.liftProtection) return unlocked;
    const problems = protectedSheet(snapshot.sheet, true, language);
    const result = refused(unlocked.outcome.result, problems);
    return { outcome: { ...unlocked.outcome, result, replacedSettings: [] }, plan: null };
  }
  const client = chooseClientTable(snapshot.sheet, snapshot.grid, snapshot.tables, snapshot.activeCell);
  const own = ownColumns(snapshot.names, snapshot.sheet, snapshot.grid, snapshot.tables);
  const chosen = chooseSettings(request, snapshot.settings);
  const values = withoutOwnColumns(client.values, client.origin.column, own);
  const segmented = segmentTable(values, chosen.settings, client.origin, tableFacts(snapshot, client, own));
  const result = { ...segmented, problems: [...chosen.problems, ...segmented.problems] };
  const table = tableAddress(client, result.columns);
  const read = columnsRead(values, result.columns, client.origin, language);
  const headerless = headerlessTable(client, snapshot.tables, language);
  const blocking = [
    ...headerless,
    ...(request.move || noClientList(result.problems)
      ? []
      : otherAnalysis(list, snapshot.sheet, table, language)),
  ];
  const outcomeOf = (shown: SegmentationResult, replaced: ReplacedSetting[] = []): RunOutcome => ({
    result: shown,
    table,
    columnsRead: read,
    replacedSettings: replaced,
  });
  if (headerless.length > 0) {
    // A Table without its header row has a client where the header belongs: what a read of that row
    // says (columns "not found") would contradict the refusal, so only the refusal is said.
    const only = refused({ ...result, problems: chosen.problems }, blocking);
    return { outcome: { ...outcomeOf(only), columnsRead: [] }, plan: null };
  }
  if (blocking.length > 0) return { outcome: outcomeOf(refused(result, blocking)), plan: null };
  if (hasErrors(result)) return { outcome: outcomeOf(result), plan: null };

  const header = client.values[result.columns.headerRow];
  const placement = {
    sheet: snapshot.sheet,
    row: client.origin.row,
    column: client.origin.column,
    tableName: client.table?.name ?? null,
    lastDataRow: client.table ? client.table.row + client.table.rows - 1 : undefined,
  };
  const draft = layoutOf(result.columns, header, placement, language);
  const outputColumns = OUTPUT_COLUMNS.map((key) => draft.output[key]);
  const strict = snapshot.names.has(NAMES.columns);
  if (!client.table) {
    const isOwn = ownFormulaTest(draft, strict, own);
    placement.lastDataRow = reserveEnd(draft.lastDataRow, outputColumns, snapshot.grid, isOwn);
  }
  const headers = outputHeaders(draft, snapshot, client.table !== null, own);
  const layout = layoutOf(result.columns, header, placement, language, headers);
  const isOwn = ownFormulaTest(layout, strict, own);
  const occupied = occupiedOutputCells(layout, snapshot.grid, own, isOwn);
  if (occupied.length > 0) return { outcome: outcomeOf(refused(result, occupied)), plan: null };

  const { firstColumn, lastColumn } = result.columns;
  const origin = client.origin.column;
  const references = {
    totals: dataColumn(layout, "total"),
    selected: dataColumn(layout, "selected"),
    header: headerReference(layout, origin + firstColumn, origin + lastColumn, layout.headerTop),
    own: headerReference(layout, layout.output.total, layout.output.chartC),
  };
  const settingsSheet = {
    ...settingsSheetPlan(
      result.settings,
      references,
      table,
      chosen.labels,
      language,
      chosen.keepInputs,
      layout.unit,
    ),
    unprotectFirst: snapshot.settingsProtected,
  };
  return {
    outcome: outcomeOf(result, replacedInputs(settingsSheet, snapshot.settings)),
    plan: {
      sheet: snapshot.sheet,
      createSettingsSheet: snapshot.settings === null,
      names: nameWrites(settingsSheet.names, snapshot.names),
      columns: columnsPlan(layout, {
        table: client.table,
        validations: snapshot.validations,
        staleFlags: snapshot.conditionalFormats.filter((f) => isFlagFormula(f.formula)).map((f) => f.id),
        stale: staleFormulaCells(layout.lastDataRow + 1, snapshot.grid, own, isOwn),
        ...(client.table
          ? {}
          : { subtotalRows: new Set(result.subtotalRows.map((row) => client.origin.row + row)) }),
      }),
      settingsSheet,
      chart: chartPlan(layout, {
        clients: result.clients,
        rowOffset: client.origin.row,
        thresholds: result.thresholds,
        weights: result.settings.weights,
        labels: chosen.labels,
        language,
        size: snapshot.chart ?? DEFAULT_CHART_SIZE,
        shownName: (c) => {
          const cell = values[c.row]?.[result.columns.name];
          return typeof cell === "string" ? cell : c.name;
        },
      }),
      existingChart: snapshot.chart,
      stamp: runStamp(request.now),
    },
  };
}

/**
 * The headers of the added columns: the add-in's own, except in a Table that has a column of that name
 * already, where Excel would rename it ("Segment2"); a column the add-in owns keeps its header.
 */
function outputHeaders(
  layout: TableLayout,
  snapshot: SheetSnapshot,
  inTable: boolean,
  own: ReadonlySet<number>,
): Record<OutputColumn, string> {
  const wanted = OUTPUT_HEADERS[layout.language];
  if (!inTable) return { ...wanted };
  const taken = new Set<string>();
  const ownHeader = (column: number) => {
    const text = valueAt(snapshot.grid, layout.headerRow, column);
    return own.has(column) && typeof text === "string" ? text : null;
  };
  for (const [column, text] of Object.entries(layout.headers)) {
    if (!OUTPUT_COLUMNS.some((key) => layout.output[key] === Number(column))) taken.add(text.toLowerCase());
  }
  const headers = {} as Record<OutputColumn, string>;
  for (const key of OUTPUT_COLUMNS) {
    const existing = ownHeader(layout.output[key]);
    headers[key] =
      existing !== null && isOwnHeader(existing, true) ? existing : uniqueHeader(wanted[key], taken);
    taken.add(headers[key].toLowerCase());
  }
  return headers;
}
