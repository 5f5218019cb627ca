import type { Problem, SegmentationResult, Settings } from "../method";
import {
  planRun,
  type Remedy,
  remediesOf,
  type RunOutcome,
  type SegmentedList,
  segmentedList,
} from "../workbook";
import { applyPlan } from "./applyPlan";
import { displayLanguage, hostCapabilities, runInExcel } from "./host";
import { ProtectionNotLifted, withLiftedProtection } from "./liftedProtection";
import { readSnapshot } from "./readSnapshot";
import { type Removal, REMOVAL_SYNCS, removeFromList } from "./removeAnalysis";
import { isRemovalRefused, type RemovalRefused } from "./removalTexts";
import { replacedSettingNote } from "./texts";

/** What a Segmenteer run did: the method's result (problems name sheet cells), and whether it wrote. */
export interface SegmentOutcome extends Omit<RunOutcome, "result" | "table"> {
  result: SegmentationResult;
  /** True when the workbook now holds the columns, settings sheet and chart. */
  written: boolean;
  /** The analysed table, e.g. Klanten!A4:I24. */
  table: string;
  /** What this Excel lacked and how the add-in worked around it. */
  notes: string[];
  /** How many requests went to Excel. */
  syncs: number;
  /** When written: how many client names the chart was asked for and how many fit without overlapping. */
  chartNames?: { wanted: number; placed: number };
  /** When refused: the ways forward the pane offers as buttons (empty when written). */
  remedies: Remedy[];
  /** When the run moved the analysis here: what it took off the list segmented before. */
  moved?: Removal;
}

/** Options beside the method's settings. */
export interface SegmentOptions {
  /** How many of the biggest clients get their name in the chart (0 = none); default from the settings sheet. */
  labels?: number;
  /** The moment of the run, written on the settings sheet as its stamp; default now (each run its own moment). */
  now?: Date;
  /**
   * Move the analysis to this list: when the workbook segments a list on another sheet, the add-in's
   * columns, marks, drop-downs and chart leave that list (never a user's cell) and this list is segmented
   * with the same settings sheet. Nothing is removed when this list is refused.
   */
  move?: boolean;
  /**
   * The sheet whose protection is lifted for this run (the active one, or the moved list's): when the
   * protection is all that stops the run, the sheet is unprotected, written and protected again with the
   * options it had; a sheet Excel cannot unprotect (a password) makes the run fail with nothing changed.
   */
  liftProtection?: string;
}

/**
 * The outcome of a move the old list refused before anything changed (its sheet protected, or its Table
 * columns unable to go without moving a user's cell): the reason first, with its ways forward.
 */
function moveRefused(
  outcome: RunOutcome,
  list: SegmentedList,
  error: RemovalRefused,
): Omit<SegmentOutcome, "syncs"> {
  const remedies: Remedy[] = [
    ...(error.reason === "sheet-protected"
      ? [{ kind: "unprotect-sheet" as const, sheet: error.sheet, move: true as const }]
      : []),
    { kind: "go-to-segmented-list", list: list.address },
  ];
  return refusedWhileWriting(outcome, list.address, error.message, remedies);
}

/**
 * The outcome of a run whose write was refused before anything changed (a protection Excel would not
 * lift, a move the old list refused): the reason first, as a refusal of the sheet's protection, with
 * the ways forward that remain.
 */
function refusedWhileWriting(
  outcome: RunOutcome,
  address: string,
  message: string,
  remedies: Remedy[],
): Omit<SegmentOutcome, "syncs"> {
  const problem: Problem = {
    row: -1,
    column: -1,
    severity: "error",
    code: "sheet-protected",
    message,
    address,
  };
  const result = {
    ...outcome.result,
    clients: [],
    outside: [],
    problems: [problem, ...outcome.result.problems],
  };
  return { ...outcome, result, written: false, notes: [], remedies };
}

/**
 * Segments the client table on the active sheet and writes the live workbook: read a snapshot, let
 * planRun decide, apply the plan. Writes nothing when planRun finds a problem that blocks the run.
 * Settings passed in are stored on the settings sheet; without them the settings sheet is read.
 */
export function segmentActiveSheet(
  settings?: Settings,
  options: SegmentOptions = {},
): Promise<SegmentOutcome> {
  const language = settings?.language ?? displayLanguage();
  const capabilities = hostCapabilities();
  const request = {
    settings,
    labels: options.labels,
    language,
    now: options.now ?? new Date(),
    move: options.move,
  };
  return runInExcel(async (context) => {
    const read = await readSnapshot(context);
    const liftHere = options.liftProtection?.toLowerCase() === read.snapshot.sheet.toLowerCase();
    const { outcome, plan } = planRun(read.snapshot, { ...request, liftProtection: liftHere });
    const { sheet, tables, names, settings: settingsCells } = read.snapshot;
    const list = segmentedList(names, settingsCells);
    if (!plan) {
      const remedies = remediesOf(outcome.result.problems, {
        sheet,
        table: outcome.table,
        tables,
        segmented: list,
        move: options.move,
      });
      return { ...outcome, written: false, notes: [], syncs: read.syncs, remedies };
    }
    const elsewhere = list !== null && list.sheet.toLowerCase() !== sheet.toLowerCase();
    const write = async () => {
      const moved = options.move && elsewhere ? await removeFromList(context, list, language) : undefined;
      return { moved, applied: await applyPlan(context, plan, capabilities, language) };
    };
    const lifted = liftHere && !read.snapshot.protected ? undefined : options.liftProtection;
    let done: Awaited<ReturnType<typeof write>>;
    let liftSyncs = 0;
    try {
      const wrote =
        lifted === undefined ? null : await withLiftedProtection(context, lifted, language, write);
      liftSyncs = wrote?.syncs ?? 0;
      done = wrote ? wrote.written : await write();
    } catch (error) {
      if (error instanceof ProtectionNotLifted)
        return { ...refusedWhileWriting(outcome, outcome.table, error.message, []), syncs: read.syncs + 1 };
      if (!isRemovalRefused(error) || !list) throw error;
      return { ...moveRefused(outcome, list, error), syncs: read.syncs + 1 };
    }
    const { moved, applied } = done;
    const notes = [
      ...outcome.replacedSettings.map((setting) => replacedSettingNote(setting, language)),
      ...applied.notes,
    ];
    const chartNames = plan.chart.named;
    const syncs = read.syncs + applied.syncs + (moved ? REMOVAL_SYNCS : 0) + liftSyncs;
    return { ...outcome, written: true, notes, syncs, chartNames, remedies: [], ...(moved ? { moved } : {}) };
  });
}
