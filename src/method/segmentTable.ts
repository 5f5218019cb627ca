import { cellAddress, rangeAddress, TOP_LEFT } from "./addresses";
import { atLeast } from "./compare";
import { quadrantIndex, QuadrantTally, SEGMENT_OF } from "./quadrants";
import { detectColumns, emptyColumns, hasRequiredColumns, inputColumns } from "./columns";
import { isTotalLabel, noAnswers } from "./totalRows";
import { nameRepeats } from "./duplicateNames";
import { isSubtotalFormula } from "./subtotals";
import { cellOf, safeFacts, safeOrigin, safeRow } from "./safeCells";
import { shownAmount, shownDate } from "./shownValues";
import { ProblemLog } from "./problems";
import { RowReader } from "./rows";
import { languageOf, resolveSettings, shownSetting } from "./settings";
import { median, nthLargest, percentileInc } from "./thresholds";
import { summarize } from "./summary";
import { excelTrim, quoteValue } from "./normalize";
import { isCellError } from "./amounts";
import { headerText } from "./headers";
import {
  QUADRANTS,
  type Cell,
  CRITERIA,
  type Client,
  type ClientRow,
  type Columns,
  type Origin,
  type ResolvedSettings,
  type RevenueThreshold,
  type SegmentationResult,
  type Settings,
  type Language,
  type TableFacts,
  unknownRevenueThreshold,
} from "./types";

/** True when a row (any value) holds nothing in the used columns: "" (or null, undefined or a hole). */
const isBlankRow = (row: unknown, used: readonly number[]): boolean => {
  if (!Array.isArray(row)) return true;
  for (let i = 0; i < used.length; i++) {
    const c = used[i];
    if (c < row.length && row[c] !== "" && row[c] != null) return false;
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
 * Never throws, whatever it is given (rows that are not arrays, cells that are not cells, odd settings):
 * any input gives a result, with problems that say what is wrong.
 */
export function segmentTable(
  values: readonly (readonly Cell[])[],
  settings?: Settings,
  origin: Origin = TOP_LEFT,
  facts: TableFacts = {},
): SegmentationResult {
  try {
    return readAndSegment(values, settings, origin, facts);
  } catch (error) {
    return unreadable(error);
  }
}

/** The whole of segmentTable, for input whose reading cannot fail (everything but throwing getters and proxies). */
function readAndSegment(
  values: readonly (readonly Cell[])[],
  settings: Settings | undefined,
  origin: Origin,
  facts: TableFacts,
): SegmentationResult {
  const log = new ProblemLog(languageOf(settings));
  const resolved = resolveSettings(settings, log);
  const rows: readonly unknown[] = Array.isArray(values) ? values : [];
  const place = safeOrigin(origin);
  const known = safeFacts(facts);
  const columns = detectColumns(rows as readonly (readonly Cell[])[], place, log, known);
  if (!hasRequiredColumns(columns)) return emptyResult(columns, resolved, log, []);
  const { clients, subtotalRows } = readClients(rows, columns, resolved, place, known, log);
  if (log.hasErrors) return emptyResult(columns, resolved, log, subtotalRows);
  return segmentClients(clients, columns, resolved, log, subtotalRows);
}

/** Reads the table's context once: where its formulas and date cells are, for every row after. */
class TableReader {
  private readonly amountColumns: number[];
  private readonly dates: Map<number, number[]> | null;

  constructor(
    private readonly header: readonly Cell[],
    private readonly columns: Columns,
    private readonly origin: Origin,
    private readonly facts: TableFacts,
    private readonly log: ProblemLog,
    private readonly language: Language,
  ) {
    this.amountColumns = columns.potential >= 0 ? [...columns.revenue, columns.potential] : columns.revenue;
    this.dates = datesByRow(facts.dateCells, this.amountColumns);
  }

  /** The first amount cell of row r whose formula adds up other rows (a subtotal), or null when there is none. */
  subtotal(r: number): { column: number; formula: string } | null {
    return this.firstAmountFormula(r, (formula, column) =>
      isSubtotalFormula(formula, this.origin.row + r, this.origin.column + column),
    );
  }

  /**
   * The first amount cell of row r that holds a formula, or null: a row with formulas in its amounts and
   * no answers is no client, as every row's check formula reads it (ISFORMULA on the amount cells).
   */
  firstFormula(r: number): { column: number; formula: string } | null {
    return this.firstAmountFormula(r, () => true);
  }

  /** The first amount cell of row r holding a formula that `fits`, with that formula; null when none does. */
  private firstAmountFormula(
    r: number,
    fits: (formula: string, column: number) => boolean,
  ): { column: number; formula: string } | null {
    const formulas = this.facts.formulas?.[r];
    if (!Array.isArray(formulas)) return null;
    for (const column of this.amountColumns) {
      const formula: unknown = formulas[column];
      if (typeof formula === "string" && formula.startsWith("=") && fits(formula, column))
        return { column, formula };
    }
    return null;
  }

  /** Reports the amount cells of row r that hold a number but show a date (a date pasted in the wrong column). */
  reportDates(row: readonly unknown[], r: number): void {
    const dated = this.dates?.get(r);
    if (!dated) return;
    for (const c of dated) {
      const cell = row[c];
      const date = typeof cell === "number" ? shownDate(cell) : "";
      if (date === "") continue;
      this.log.add("warning", "date-amount", r, c, {
        address: cellAddress(this.origin, r, c),
        value: quoteValue(date),
        other: shownAmount((cell as number) * (this.columns.scale[c] ?? 1), this.columns.unit, this.language),
        column: c === this.columns.potential ? "potential" : "revenue",
        header: headerText(this.header[c] ?? ""),
      });
    }
  }
}

/** The amount columns of each row that are formatted as dates, or null when none are. */
function datesByRow(
  cells: TableFacts["dateCells"],
  amountColumns: readonly number[],
): Map<number, number[]> | null {
  if (!cells || cells.length === 0) return null;
  const byRow = new Map<number, number[]>();
  for (const [r, c] of cells) {
    if (!amountColumns.includes(c)) continue;
    const columns = byRow.get(r);
    if (!columns) byRow.set(r, [c]);
    else if (!columns.includes(c)) columns.push(c);
  }
  return byRow.size > 0 ? byRow : null;
}

function readClients(
  rows: readonly unknown[],
  columns: Columns,
  settings: ResolvedSettings,
  origin: Origin,
  facts: TableFacts,
  log: ProblemLog,
): { clients: ClientRow[]; subtotalRows: number[] } {
  const used = inputColumns(columns);
  const answerColumns = CRITERIA.map((c) => columns.criteria[c]);
  let end = rows.length - 1;
  while (end > columns.headerRow && isBlankRow(rows[end], used)) end--;
  columns.lastRow = end;
  const header = safeRow(rows[columns.headerRow]);
  const reader = new RowReader(columns, header, settings.weights, origin, log, settings.language);
  const table = new TableReader(header, columns, origin, facts, log, settings.language);
  const clients: ClientRow[] = [];
  const subtotalRows: number[] = [];
  for (let r = columns.headerRow + 1; r <= end; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row)) continue;
    const value: unknown = columns.name < row.length ? row[columns.name] : "";
    const nameCell = typeof value === "string" ? value : cellOf(value);
    if (nameCell === "" && isBlankRow(row, used)) continue;
    const unanswered = noAnswers(row, answerColumns);
    if (isTotalLabel(nameCell, unanswered)) {
      log.add("warning", "total-row", r, columns.name, {
        address: cellAddress(origin, r, columns.name),
        value: quoteValue(nameCell),
      });
      continue;
    }
    const subtotal = facts.formulas ? table.subtotal(r) : null;
    if (subtotal !== null) {
      // In a plain list the plan gives the row a check of "", so the sheet leaves it out too; in an Excel
      // Table every row gets the same formulas and counts as a client, so the row must go.
      const parts = { address: cellAddress(origin, r, subtotal.column), value: quoteValue(subtotal.formula) };
      // A row without answers is left out by every row's check formula (formulas in its amounts, no
      // answers), so in a Table too.
      if (facts.table && !unanswered) {
        log.add("error", "total-formula-in-table", r, subtotal.column, { ...parts, other: facts.table });
      } else {
        log.add("warning", "subtotal-formula", r, subtotal.column, parts);
        if (!facts.table) subtotalRows.push(r);
      }
      continue;
    }
    const formula = unanswered && facts.formulas ? table.firstFormula(r) : null;
    if (formula !== null) {
      log.add("warning", "formula-row", r, formula.column, {
        address: cellAddress(origin, r, formula.column),
        value: quoteValue(formula.formula),
      });
      continue;
    }
    if (isCellError(nameCell)) {
      log.add("error", "cell-error", r, columns.name, {
        address: cellAddress(origin, r, columns.name),
        value: String(nameCell),
        column: "name",
        header: headerText(header[columns.name]),
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
    table.reportDates(row, r);
    const client = reader.read(row, r, name);
    if (client) clients.push(client);
  }
  reportRepeatedNames(clients, columns.name, origin, log);
  if (facts.hiddenRows) {
    log.add("warning", "hidden-rows", -1, -1, {
      address: rangeAddress(
        origin,
        columns.headerTop >= 0 ? columns.headerTop : columns.headerRow,
        columns.firstColumn,
        end,
        columns.lastColumn,
      ),
      count: facts.hiddenRows,
    });
  }
  if (clients.length === 0 && !log.hasErrors) {
    log.add("error", "no-clients", columns.headerRow, -1, {
      address: cellAddress(origin, columns.headerRow, columns.name),
    });
  }
  return { clients, subtotalRows };
}
/** Warns about names listed twice (ignoring case), and about names that are the same apart from case, accents, punctuation and legal forms. */
function reportRepeatedNames(
  clients: readonly ClientRow[],
  column: number,
  origin: Origin,
  log: ProblemLog,
): void {
  const { duplicates, similar } = nameRepeats(clients);
  for (const [repeat, first] of duplicates) {
    const client = clients[repeat];
    log.add("warning", "duplicate-name", client.row, column, {
      address: cellAddress(origin, client.row, column),
      client: quoteValue(client.name),
      other: cellAddress(origin, clients[first].row, column),
    });
  }
  for (const [repeat, first] of similar) {
    const client = clients[repeat];
    log.add("warning", "similar-name", client.row, column, {
      address: cellAddress(origin, client.row, column),
      client: quoteValue(client.name),
      value: quoteValue(clients[first].name),
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
  subtotalRows: number[],
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
    subtotalRows,
  };
}

/**
 * The result for input that threw while it was read (a getter or proxy of the caller's that throws):
 * nobody segmented, one error that says so with the reason, at the default settings in Dutch.
 */
function unreadable(error: unknown): SegmentationResult {
  const log = new ProblemLog("nl");
  const reason = error instanceof Error ? error.message : shownSetting(error);
  log.add("error", "unreadable-input", -1, -1, { address: "", value: reason });
  return emptyResult(emptyColumns(), resolveSettings(undefined, log), log, []);
}

function emptyResult(
  columns: Columns,
  settings: ResolvedSettings,
  log: ProblemLog,
  subtotalRows: number[],
): SegmentationResult {
  return {
    columns: columns.headerRow < 0 ? emptyColumns() : columns,
    clients: [],
    outside: [],
    problems: log.finish(),
    thresholds: { revenue: 0, score: settings.scoreThreshold },
    summary: summarize(new QuadrantTally(), 0, settings.language),
    settings,
    subtotalRows,
  };
}
