import type { SegmentationResult, Settings } from "../method";
import { planRun, type RunOutcome } from "../workbook";
import { applyPlan } from "./applyPlan";
import { displayLanguage, hostCapabilities, runInExcel } from "./host";
import { readSnapshot } from "./readSnapshot";
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
}

/** Options beside the method's settings. */
export interface SegmentOptions {
  /** How many of the biggest clients get their name in the chart (0 = none); default from the settings sheet. */
  labels?: number;
  /** The moment of the run, written on the settings sheet; default now. */
  now?: Date;
}

/** A short random token that makes a run's stamp unique. */
const runToken = (): string =>
  Math.floor(Math.random() * 0xffffff)
    .toString(16)
    .padStart(6, "0");

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
    token: runToken(),
  };
  return runInExcel(async (context) => {
    const read = await readSnapshot(context);
    const { outcome, plan } = planRun(read.snapshot, request);
    if (!plan) return { ...outcome, written: false, notes: [], syncs: read.syncs };
    const applied = await applyPlan(context, plan, capabilities, language);
    const notes = [
      ...outcome.replacedSettings.map((setting) => replacedSettingNote(setting, language)),
      ...applied.notes,
    ];
    const chartNames = plan.chart.named;
    return { ...outcome, written: true, notes, syncs: read.syncs + applied.syncs, chartNames };
  });
}
