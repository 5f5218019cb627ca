import { cellAddress, TOP_LEFT } from "./addresses";
import { atLeast } from "./compare";
import { quadrantIndex, QuadrantTally, SEGMENT_OF } from "./quadrants";
import { detectColumns, emptyColumns, hasRequiredColumns, inputColumns } from "./columns";
import { isTotalLabel } from "./totalRows";
import { repeatedNames } from "./duplicateNames";
import { ProblemLog } from "./problems";
import { RowReader } from "./rows";
import { languageOf, resolveSettings } from "./settings";
import { median, nthLargest, percentileInc } from "./thresholds";
import { summarize } from "./summary";
import { excelTrim, quoteValue } from "./normalize";
import { isCellError } from "./amounts";
import { headerText } from "./headers";
import {
  QUADRANTS,
  type Cell,
  type Client,
  type ClientRow,
  type Columns,
  type Origin,
  type ResolvedSettings,
  type RevenueThreshold,
  type SegmentationResult,
  type Settings,
  type TableFacts,
  unknownRevenueThreshold,
} from "./types";

const isBlankRow = (row: readonly Cell[], used: readonly number[]): boolean => {
  for (let i = 0; i < used.length; i++) {
    const c = used[i];
    if (c < row.length && row[c] !== "") return false;
  }
  return true;
};

const totalsOf = (clients: readonly ClientRow[]): Float64Array => {
  const totals = new Float64Array(clients.length);
  for (let i = 0; i < clients.length; i++) totals[i] = clients[i].total;
  return totals;
};

/** The client's name as the sheet's formulas see it: Excel's TRIM of the cell's text. */
const nameOf = (cell: Cell): string => excelTrim(typeof cell === "string" ? cell : String(cell));

/**
 * Segments a client table into A, B and C.
 * `values` is a 2-D array as Office.js `range.values` gives it; `origin` places it on a sheet so that
 * problems name real cells (default: values[0][0] is A1). `settings` are judged by resolveSettings,
 * which also accepts the earlier revenue threshold shapes ("median", { amount }, { topPercent }).
 * `facts` add what a sheet knows besides values (formulas, date formats, hidden rows, an Excel Table).
 * Never throws: any input gives a result, with problems that say what is wrong.
 */
export function segmentTable(
  values: readonly (readonly Cell[])[],
  settings?: Settings,
  origin: Origin = TOP_LEFT,
  facts: TableFacts = {},
): SegmentationResult {
  const log = new ProblemLog(languageOf(settings));
  const resolved = resolveSettings(settings, log);
  const rows = Array.isArray(values) ? values : [];
  const columns = detectColumns(rows, origin, log, facts);
  if (!hasRequiredColumns(columns)) return emptyResult(columns, resolved, log);
  const valid = readClients(rows, columns, resolved, origin, log);
  if (log.hasErrors) return { ...emptyResult(columns, resolved, log), clients: [], outside: [] };
  return segmentClients(valid, columns, resolved, log);
}

function readClients(
  rows: readonly (readonly Cell[])[],
  columns: Columns,
  settings: ResolvedSettings,
  origin: Origin,
  log: ProblemLog,
): ClientRow[] {
  const used = inputColumns(columns);
  let end = rows.length - 1;
  while (end > columns.headerRow && (!Array.isArray(rows[end]) || isBlankRow(rows[end], used))) end--;
  columns.lastRow = end;
  const reader = new RowReader(
    columns,
    rows[columns.headerRow],
    settings.weights,
    origin,
    log,
    settings.language,
  );
  const clients: ClientRow[] = [];
  for (let r = columns.headerRow + 1; r <= end; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) continue;
    const nameCell = columns.name < row.length ? row[columns.name] : "";
    if (nameCell === "" && isBlankRow(row, used)) continue;
    if (isTotalLabel(nameCell)) {
      log.add("warning", "total-row", r, columns.name, {
        address: cellAddress(origin, r, columns.name),
        value: quoteValue(nameCell),
      });
      continue;
    }
    if (isCellError(nameCell)) {
      log.add("error", "cell-error", r, columns.name, {
        address: cellAddress(origin, r, columns.name),
        value: String(nameCell),
        column: "name",
        header: headerText(rows[columns.headerRow][columns.name]),
      });
      reader.read(row, r, String(nameCell));
      continue;
    }
    const name = nameOf(nameCell);
    if (name === "") {
      log.add("error", "missing-name", r, columns.name, {
        address: cellAddress(origin, r, columns.name),
      });
      reader.read(row, r, "");
      continue;
    }
    const client = reader.read(row, r, name);
    if (client) clients.push(client);
  }
  reportRepeatedNames(clients, columns.name, origin, log);
  if (clients.length === 0 && !log.hasErrors) {
    log.add("error", "no-clients", columns.headerRow, -1, {
      address: cellAddress(origin, columns.headerRow, columns.name),
    });
  }
  return clients;
}

function reportRepeatedNames(
  clients: readonly ClientRow[],
  column: number,
  origin: Origin,
  log: ProblemLog,
): void {
  for (const [repeat, first] of repeatedNames(clients)) {
    const client = clients[repeat];
    log.add("warning", "duplicate-name", client.row, column, {
      address: cellAddress(origin, client.row, column),
      client: quoteValue(client.name),
      other: cellAddress(origin, clients[first].row, column),
    });
  }
}

/** The revenue threshold a method gives for these totals, as the settings sheet's formula computes it. */
function revenueThresholdOf(threshold: RevenueThreshold, totals: Float64Array): number {
  switch (threshold.kind) {
    case "median":
      return median(totals);
    case "topPercent":
      return percentileInc(totals, 1 - threshold.topPercent / 100);
    case "amount":
      return threshold.amount;
    default:
      return unknownRevenueThreshold(threshold);
  }
}

function segmentClients(
  rows: ClientRow[],
  columns: Columns,
  settings: ResolvedSettings,
  log: ProblemLog,
): SegmentationResult {
  let selected = rows;
  const outside: ClientRow[] = [];
  if (settings.topN !== null && settings.topN < rows.length) {
    const cut = nthLargest(totalsOf(rows), settings.topN);
    selected = [];
    for (const row of rows) (atLeast(row.total, cut) ? selected : outside).push(row);
  }
  const totals = totalsOf(selected);
  const revenue = revenueThresholdOf(settings.revenueThreshold, totals);
  const thresholds = { revenue, score: settings.scoreThreshold };
  const tally = new QuadrantTally();
  const clients: Client[] = new Array<Client>(selected.length);
  for (let i = 0; i < selected.length; i++) {
    const row = selected[i];
    const index = quadrantIndex(atLeast(row.total, revenue), atLeast(row.score, thresholds.score));
    const quadrant = QUADRANTS[index];
    row.segment = SEGMENT_OF[quadrant];
    row.quadrant = quadrant;
    // Both fields were set just above, so the row is a Client; filling the object in place (rather than
    // Object.assign or a copy) keeps its shape and a million rows allocation-free.
    clients[i] = row as Client;
    tally.add(index, row);
  }
  return {
    columns,
    clients,
    outside,
    problems: log.finish(),
    thresholds,
    summary: summarize(tally, outside.length, settings.language),
    settings,
    subtotalRows: [],
  };
}

function emptyResult(columns: Columns, settings: ResolvedSettings, log: ProblemLog): SegmentationResult {
  return {
    columns: columns.headerRow < 0 ? emptyColumns() : columns,
    clients: [],
    outside: [],
    problems: log.finish(),
    thresholds: { revenue: 0, score: settings.scoreThreshold },
    summary: summarize(new QuadrantTally(), 0, settings.language),
    settings,
    subtotalRows: [],
  };
}
