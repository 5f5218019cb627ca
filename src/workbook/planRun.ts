import {
  DEFAULT_LABELS,
  hasErrors,
  maxScoreOf,
  segmentTable,
  type Language,
  type Problem,
  type SegmentationResult,
  type Settings,
} from "../method";
import { chartPlan } from "./chartPlan";
import { chooseClientTable, tableAddress } from "./clientTable";
import { columnsPlan } from "./columnsPlan";
import { layoutOf } from "./layout";
import { occupiedOutputCells } from "./ownership";
import type { NameWrite, WorkbookPlan } from "./plan";
import { readSettingsSheet } from "./readSettingsSheet";
import { dataColumn, headerReference } from "./references";
import { headerlessTable, otherAnalysis, protectedSheet } from "./refusals";
import { runStamp, settingsSheetPlan } from "./settingsSheet";
import type { SheetSnapshot } from "./snapshot";
import { spreadKind } from "./spread";

/** What the user asked for, and the facts of the moment the adapter passes in. */
export interface RunRequest {
  /** Settings from the pane; without them the settings sheet's are used (or the defaults). */
  settings?: Settings;
  /** How many clients get their name in the chart; default from the settings sheet. */
  labels?: number;
  language: Language;
  /** The moment of the run, written on the settings sheet. */
  now: Date;
  /** A random token that makes this run's stamp unique. */
  token: string;
}

/** The outcome of a run as the user sees it: the method's result and the analysed table's address. */
export interface RunOutcome {
  /** The method's result; when something blocks the run, its problems come first and nobody is segmented. */
  result: SegmentationResult;
  /** The analysed table, e.g. Klanten!A4:I24. */
  table: string;
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
  /** What is wrong on the settings sheet; it blocks the run only when the sheet's settings are used. */
  problems: Problem[];
}

/** The pane's settings when it sends them, else the settings sheet's, else the defaults; always in `language`. */
export function chooseSettings(request: RunRequest, sheet: SheetSnapshot["settings"]): ChosenSettings {
  const fromSheet = sheet ? readSettingsSheet(sheet, request.language) : null;
  return {
    settings: { ...(request.settings ?? fromSheet?.settings ?? {}), language: request.language },
    labels: request.labels ?? fromSheet?.labels ?? DEFAULT_LABELS,
    problems: request.settings ? [] : (fromSheet?.problems ?? []),
  };
}

/** The result with these problems first and nobody segmented, so nothing is written. */
function refused(result: SegmentationResult, problems: Problem[]): SegmentationResult {
  return { ...result, clients: [], outside: [], problems: [...problems, ...result.problems] };
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
 * blocks it (protected sheet, headerless Table, another analysis, errors in the table or settings,
 * cells of the user where the add-in would write), and if nothing does, everything to write.
 */
export function planRun(snapshot: SheetSnapshot, request: RunRequest): PlannedRun {
  const { language } = request;
  const client = chooseClientTable(snapshot.sheet, snapshot.grid, snapshot.tables, snapshot.activeCell);
  const chosen = chooseSettings(request, snapshot.settings);
  const result = segmentTable(client.values, chosen.settings, client.origin);
  const table = tableAddress(client, result.columns);
  const blocking = [
    ...protectedSheet(snapshot.sheet, snapshot.protected, language),
    ...chosen.problems,
    ...headerlessTable(client, language),
    ...otherAnalysis(snapshot.names, snapshot.sheet, table, language),
  ];
  if (blocking.length > 0) return { outcome: { result: refused(result, blocking), table }, plan: null };
  if (hasErrors(result)) return { outcome: { result, table }, plan: null };

  const layout = layoutOf(
    result.columns,
    client.values[result.columns.headerRow],
    {
      sheet: snapshot.sheet,
      row: client.origin.row,
      column: client.origin.column,
      tableName: client.table?.name ?? null,
      lastDataRow: client.table ? client.table.row + client.table.rows - 1 : undefined,
    },
    language,
    spreadKind(result.clients.length),
  );
  const occupied = occupiedOutputCells(layout, snapshot.grid);
  if (occupied.length > 0) return { outcome: { result: refused(result, occupied), table }, plan: null };

  const { firstColumn, lastColumn } = result.columns;
  const references = {
    totals: dataColumn(layout, "total"),
    selected: dataColumn(layout, "selected"),
    header: headerReference(layout, client.origin.column + firstColumn, client.origin.column + lastColumn),
  };
  const settingsSheet = settingsSheetPlan(result.settings, references, table, chosen.labels, language);
  return {
    outcome: { result, table },
    plan: {
      sheet: snapshot.sheet,
      createSettingsSheet: snapshot.settings === null,
      names: nameWrites(settingsSheet.names, snapshot.names),
      columns: columnsPlan(layout, client.table),
      settingsSheet,
      chart: chartPlan(layout, result.clients, maxScoreOf(result.settings.weights), chosen.labels, language),
      existingChart: snapshot.chart,
      stamp: runStamp(request.now, request.token),
    },
  };
}
