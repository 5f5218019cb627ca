import {
  chartPlan,
  chooseClientTable,
  dataColumn,
  DEFAULT_LABELS,
  hasErrors,
  headerlessTable,
  headerReference,
  layoutOf,
  maxScoreOf,
  occupiedOutputCells,
  otherAnalysis,
  protectedSheet,
  readSettingsSheet,
  segmentTable,
  settingsSheetPlan,
  spreadKind,
  tableAddress,
  type Problem,
  type SegmentationResult,
  type Settings,
} from "../engine";
import { hostCapabilities } from "./capabilities";
import { displayLanguage } from "./language";
import { readSheetWithin } from "./readLimits";
import { runInExcel } from "./run";
import { runToken } from "./stamp";
import { writeWorkbook } from "./writeWorkbook";

/** What a Segmenteer run did: the engine's result (problems name sheet cells), and whether it wrote. */
export interface SegmentOutcome {
  result: SegmentationResult;
  /** True when the workbook now holds the columns, settings sheet and chart. */
  written: boolean;
  /** The analysed table, e.g. Klanten!A4:I24. */
  table: string;
  /** What this Excel lacked and how the add-in worked around it. */
  notes: string[];
  /** How many requests went to Excel. */
  syncs: number;
}

/** Options beside the method's settings. */
export interface SegmentOptions {
  /** How many of the biggest clients get their name in the chart (0 = none); default from the settings sheet. */
  labels?: number;
  /** The moment of the run, written on the settings sheet; default now. */
  now?: Date;
}

/** The result with these problems first and nobody segmented, so nothing is written. */
function refused(result: SegmentationResult, problems: Problem[]): SegmentationResult {
  return { ...result, clients: [], outside: [], problems: [...problems, ...result.problems] };
}

/**
 * Segments the client table on the active sheet and writes the live workbook: Totaal, Score and
 * Segment columns with formulas, the settings sheet, colours and the ABC chart. Writes nothing when
 * the table or the settings have an error, or when a cell it would write holds the user's data.
 * Settings passed in are stored on the settings sheet; without them the settings sheet is read.
 */
export function segmentActiveSheet(
  settings?: Settings,
  options: SegmentOptions = {},
): Promise<SegmentOutcome> {
  const language = settings?.language ?? displayLanguage();
  const capabilities = hostCapabilities();
  const now = options.now ?? new Date();
  return runInExcel(async (context) => {
    const snapshot = await readSheetWithin(context);
    const client = chooseClientTable(snapshot.sheet, snapshot.grid, snapshot.tables, snapshot.activeCell);
    const fromSheet = snapshot.settings ? readSettingsSheet(snapshot.settings, language) : null;
    const chosen: Settings = { ...(settings ?? fromSheet?.settings ?? {}), language };
    const result = segmentTable(client.values, chosen, client.origin);
    const table = tableAddress(client, result.columns);
    const done = (r: SegmentationResult, written = false, notes: string[] = [], syncs = snapshot.syncs) => ({
      result: r,
      written,
      table,
      notes,
      syncs,
    });
    const blocking = [
      ...protectedSheet(snapshot.sheet, snapshot.protected, language),
      ...(settings ? [] : (fromSheet?.problems ?? [])),
      ...headerlessTable(client, language),
      ...otherAnalysis(snapshot.names, snapshot.sheet, table, language),
    ];
    if (blocking.length > 0) return done(refused(result, blocking));
    if (hasErrors(result)) return done(result);

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
    if (occupied.length > 0) return done(refused(result, occupied));

    const labels = options.labels ?? fromSheet?.labels ?? DEFAULT_LABELS;
    const { firstColumn, lastColumn } = result.columns;
    const references = {
      totals: dataColumn(layout, "total"),
      selected: dataColumn(layout, "selected"),
      header: headerReference(layout, client.origin.column + firstColumn, client.origin.column + lastColumn),
    };
    const written = await writeWorkbook(context, {
      snapshot,
      layout,
      table: client.table,
      settingsPlan: settingsSheetPlan(result.settings, references, table, labels, language),
      chart: chartPlan(layout, result.clients, maxScoreOf(result.settings.weights), labels, language),
      capabilities,
      now,
      token: runToken(),
    });
    return done(result, true, written.notes, snapshot.syncs + written.syncs);
  });
}
