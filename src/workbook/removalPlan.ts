import { cellAddress, columnLetters, type Language } from "../method";
import { isFlagFormula } from "./columnsPlan";
import { shapeOf } from "./ownership";
import { namedColumns, ownColumns } from "./ownColumns";
import { formulaAt, valueAt, type Grid, type SheetTable } from "./snapshot";
import { ANSWER_LIST_TEXT, TEMPLATE_TEXT } from "./texts";
import { NAMES } from "./workbookNames";

/** The data validation of one column's data cells in the segmented list, as the adapter read it. */
export interface ColumnValidation {
  /** A1 address without the sheet, e.g. F4:F23. */
  range: string;
  type: string;
  /** The list's source ("Ja,Nee"), "" when it is no list. */
  source: string;
  /** The title of its error alert, "" when it has none. */
  title: string;
}

/** What the adapter read of the segmented list's sheet: what removalPlan decides on. */
export interface AnalysedSheet {
  sheet: string;
  /** The used range's values and formulas. */
  grid: Grid;
  tables: readonly SheetTable[];
  /** The add-in's workbook names with their formulas ("=…"). */
  names: ReadonlyMap<string, string>;
  /** The custom conditional formats on the sheet: their id and formula. */
  conditionalFormats: ReadonlyArray<{ id: string; formula: string }>;
  /** The validation of the data cells of each column of the list (see validationRanges). */
  validations: readonly ColumnValidation[];
  /** Whether the sheet holds the add-in's chart. */
  chart: boolean;
}

/** Everything the add-in added to a list's sheet, to take away; rows and columns are zero-based sheet indices. */
export interface RemovalPlan {
  sheet: string;
  /** Runs of the add-in's own cells per column (headers, its formulas): cleared, contents and formats. */
  clear: Array<{ row: number; column: number; rows: number }>;
  /** The add-in's columns, to show again (its helpers are hidden). */
  unhide: number[];
  /** The Excel Table whose columns the add-in added, and their headers, rightmost first: deleted from the Table. */
  tableColumns: { table: string; headers: string[] } | null;
  /** The ids of the add-in's marks on input cells. */
  flags: string[];
  /** The A1 ranges (without the sheet) of the Ja/Nee drop-downs the add-in added. */
  answerLists: string[];
  chart: boolean;
  /** The headers of the add-in's columns that go. */
  headers: string[];
  /** Cells in the add-in's columns that hold something of the user's: they stay as they are. */
  kept: string[];
}

/** The list's header row and first and last columns, from ABC_Tabel; null when it is not on this sheet. */
function listBounds(names: ReadonlyMap<string, string>, sheet: string) {
  return namedColumns(names.get(NAMES.table), sheet);
}

/** The last row of the grid. */
const lastRow = (grid: Grid) => grid.row + grid.formulas.length - 1;

/**
 * The A1 ranges (without the sheet) whose validation the adapter reads: each column of the list, from
 * the row under its header to the last row of the used range, where the add-in's Ja/Nee drop-downs go.
 */
export function validationRanges(sheet: string, names: ReadonlyMap<string, string>, grid: Grid): string[] {
  const list = listBounds(names, sheet);
  const last = lastRow(grid);
  if (!list || last <= list.row) return [];
  const ranges: string[] = [];
  for (let c = list.first; c <= list.last; c++)
    ranges.push(`${columnLetters(c)}${list.row + 2}:${columnLetters(c)}${last + 1}`);
  return ranges;
}

/** True for a Ja/Nee drop-down as the add-in adds it: a list of the answer words with its warning's title. */
function isOwnAnswerList(v: ColumnValidation): boolean {
  const sources = (["nl", "en"] as Language[]).map((l) => TEMPLATE_TEXT[l].answerWords.join(","));
  const titles = (["nl", "en"] as Language[]).map((l) => ANSWER_LIST_TEXT[l].title);
  return v.type === "List" && sources.includes(v.source) && titles.includes(v.title);
}

/**
 * The add-in's cells in one of its columns: its header, and every formula of the shape most of the
 * column's formulas have (the add-in writes one shape per column; its check column also `=""` for a
 * subtotal row). A value, or a formula of another shape, is the user's: kept and named.
 */
function ownCells(grid: Grid, column: number, headerRow: number): { own: number[]; kept: number[] } {
  const shapes = new Map<string, number>();
  const last = lastRow(grid);
  for (let row = headerRow + 1; row <= last; row++) {
    const f = formulaAt(grid, row, column);
    if (typeof f === "string" && f.startsWith("=") && f !== '=""')
      shapes.set(shapeOf(f), (shapes.get(shapeOf(f)) ?? 0) + 1);
  }
  const usual = [...shapes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const own = [headerRow];
  const kept: number[] = [];
  for (let row = headerRow + 1; row <= last; row++) {
    const f = formulaAt(grid, row, column);
    if (f === "" || f === null) continue;
    if (typeof f === "string" && (f === '=""' || (f.startsWith("=") && shapeOf(f) === usual))) own.push(row);
    else kept.push(row);
  }
  return { own, kept };
}

/** Consecutive rows as runs. */
function runsOf(rows: readonly number[], column: number): RemovalPlan["clear"] {
  const runs: RemovalPlan["clear"] = [];
  for (const row of rows) {
    const run = runs[runs.length - 1];
    if (run && run.row + run.rows === row) run.rows += 1;
    else runs.push({ row, column, rows: 1 });
  }
  return runs;
}

/**
 * Plans taking the analysis off a list's sheet: the add-in's own cells in its columns (known by the
 * name ABC_Kolommen and their headers, see ownColumns), the Table columns it added (only those holding
 * nothing of the user's), its marks, its Ja/Nee drop-downs and its chart. The user's cells, also those
 * typed into the add-in's columns, are never touched; they are listed in `kept`.
 */
export function removalPlan(read: AnalysedSheet): RemovalPlan {
  const { sheet, grid } = read;
  const own = [...ownColumns(read.names, sheet, grid)].sort((a, b) => a - b);
  const marked = namedColumns(read.names.get(NAMES.columns), sheet) ?? listBounds(read.names, sheet);
  const headerRow = marked?.row ?? grid.row;
  const table = read.tables.find((t) => own.some((c) => c >= t.column && c < t.column + t.columns));
  const inTable = (c: number) => table !== undefined && c >= table.column && c < table.column + table.columns;
  const clear: RemovalPlan["clear"] = [];
  const kept: string[] = [];
  const tableColumns: number[] = [];
  for (const column of own) {
    const cells = ownCells(grid, column, headerRow);
    for (const row of cells.kept) kept.push(cellAddress({ sheet, row: 0, column: 0 }, row, column));
    // A Table column of the add-in's with nothing of the user's goes as a whole; its header cannot be cleared (Excel would name it Column1).
    if (inTable(column) && cells.kept.length === 0) tableColumns.push(column);
    else clear.push(...runsOf(inTable(column) ? cells.own.slice(1) : cells.own, column));
  }
  return {
    sheet,
    clear,
    unhide: own,
    tableColumns:
      table && tableColumns.length > 0
        ? {
            table: table.name,
            headers: tableColumns.map((c) => String(valueAt(grid, headerRow, c))).reverse(),
          }
        : null,
    flags: read.conditionalFormats.filter((f) => isFlagFormula(f.formula)).map((f) => f.id),
    answerLists: read.validations.filter(isOwnAnswerList).map((v) => v.range),
    chart: read.chart,
    headers: own.map((c) => String(valueAt(grid, headerRow, c))),
    kept,
  };
}
