import { cellAddress, columnLetters, type Language, rangeAddress } from "../method";
import { isFlagFormula } from "./columnsPlan";
import { listOwnership, type ListOwnership } from "./listOwnership";
import { sheetOfReference } from "./nameReferences";
import { formulaAt, valueAt, type Grid, type SheetTable } from "./snapshot";
import { ANSWER_LIST_TEXT, TEMPLATE_TEXT } from "./texts";
import { ALL_NAMES, NAMES, SETTINGS_SHEET } from "./workbookNames";

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
  /** The validation of the rows the add-in wrote, per column of the list (see validationRanges). */
  validations: readonly ColumnValidation[];
  /** Whether the sheet holds the add-in's chart. */
  chart: boolean;
}

/** A run of rows in one sheet column; zero-based. */
export interface CellRun {
  row: number;
  column: number;
  rows: number;
}

/** The add-in's columns inside an Excel Table (also one made over the list after the run), and how they leave it. */
export interface TableRemoval {
  table: string;
  /**
   * The Table's range (A1, without the sheet) without the add-in's columns, when they are its last ones:
   * with ExcelApi 1.13 the Table is resized to it and `cells` are cleared, so no cell moves. Null otherwise.
   */
  resize: string | null;
  /** The add-in's cells on the Table's rows, its headers included: cleared after the resize. */
  cells: CellRun[];
  /** The headers of the add-in's Table columns holding nothing of the user's, rightmost first: deleted without a resize. */
  deletable: string[];
  /** The add-in's cells below the header in its Table columns that hold user cells: cleared when columns are deleted. */
  cleared: CellRun[];
  /** The cells right of the Table on its rows that hold something (with the sheet): deleting a Table column would move them left. */
  blocking: string[];
}

/** Everything the add-in added to a list's sheet, to take away; rows and columns are zero-based sheet indices. */
export interface RemovalPlan {
  sheet: string;
  /** Runs of the add-in's own cells outside any Table's rows (headers, its formulas): cleared, contents and formats. */
  clear: CellRun[];
  /** The add-in's columns, to show again (its helpers are hidden). */
  unhide: number[];
  /** The add-in's columns inside an Excel Table, or null when none is. */
  tableColumns: TableRemoval | null;
  /** The ids of the add-in's marks on input cells. */
  flags: string[];
  /** The A1 ranges (without the sheet) of the Ja/Nee drop-downs the add-in added. */
  answerLists: string[];
  chart: boolean;
  /** The headers of the add-in's columns that go. */
  headers: string[];
  /** Cells in the add-in's columns that hold something of the user's (with the sheet): they stay as they are. */
  kept: string[];
}

/** The last row of the grid. */
const lastRow = (grid: Grid) => grid.row + grid.formulas.length - 1;

/**
 * The A1 ranges (without the sheet) whose validation the adapter reads: each column of the list, over
 * the rows the add-in wrote (the row under its header to its last formula), where its Ja/Nee drop-downs go.
 */
export function validationRanges(
  sheet: string,
  names: ReadonlyMap<string, string>,
  grid: Grid,
  tables: readonly SheetTable[],
): string[] {
  const owned = listOwnership(sheet, grid, names, tables);
  if (!owned.list || owned.lastRow <= owned.headerRow) return [];
  const ranges: string[] = [];
  for (let c = owned.list.first; c <= owned.list.last; c++)
    ranges.push(`${columnLetters(c)}${owned.headerRow + 2}:${columnLetters(c)}${owned.lastRow + 1}`);
  return ranges;
}

/** True for a Ja/Nee drop-down as the add-in adds it: a list of the answer words with its warning's title. */
function isOwnAnswerList(v: ColumnValidation): boolean {
  const sources = (["nl", "en"] as Language[]).map((l) => TEMPLATE_TEXT[l].answerWords.join(","));
  const titles = (["nl", "en"] as Language[]).map((l) => ANSWER_LIST_TEXT[l].title);
  return v.type === "List" && sources.includes(v.source) && titles.includes(v.title);
}

/** Consecutive rows as runs. */
function runsOf(rows: readonly number[], column: number): CellRun[] {
  const runs: CellRun[] = [];
  for (const row of rows) {
    const run = runs[runs.length - 1];
    if (run && run.row + run.rows === row) run.rows += 1;
    else runs.push({ row, column, rows: 1 });
  }
  return runs;
}

/** The add-in's cells of one of its columns (its header first) and the user's cells there, by row. */
function cellsOf(owned: ListOwnership, grid: Grid, column: number): { own: number[]; kept: number[] } {
  const own = [owned.headerRow];
  const kept: number[] = [];
  for (let row = owned.headerRow + 1; row <= lastRow(grid); row++) {
    if (owned.isOwn(row, column)) own.push(row);
    else if (formulaAt(grid, row, column) !== "" && formulaAt(grid, row, column) !== null) kept.push(row);
  }
  return { own, kept };
}

/** How the add-in's columns inside a Table leave it, without moving a cell of the user's. */
function tableRemoval(
  sheet: string,
  table: SheetTable,
  grid: Grid,
  columns: ReadonlyArray<{ column: number; own: number[]; kept: number[] }>,
  headerRow: number,
): TableRemoval {
  const bottom = table.row + table.rows - 1;
  const onRows = (rows: number[]) => rows.filter((r) => r >= table.row && r <= bottom);
  const last = table.column + table.columns - 1;
  const trailing = columns.every((c) => c.column > last - columns.length);
  const origin = { row: 0, column: 0 };
  const blocking: string[] = [];
  for (let row = table.row; row <= bottom; row++)
    for (let c = last + 1; c < grid.column + (grid.formulas[0]?.length ?? 0); c++) {
      const f = formulaAt(grid, row, c);
      if (f !== "" && f !== null) blocking.push(cellAddress({ ...origin, sheet }, row, c));
    }
  const keptOnRows = (c: { kept: number[] }) => onRows(c.kept).length > 0;
  return {
    table: table.name,
    resize:
      trailing && columns.length < table.columns
        ? rangeAddress(origin, table.row, table.column, bottom, last - columns.length)
        : null,
    cells: columns.flatMap((c) => runsOf(onRows(c.own), c.column)),
    deletable: columns
      .filter((c) => !keptOnRows(c))
      .map((c) => String(valueAt(grid, headerRow, c.column)))
      .reverse(),
    cleared: columns.filter(keptOnRows).flatMap((c) =>
      runsOf(
        onRows(c.own).filter((r) => r !== headerRow),
        c.column,
      ),
    ),
    blocking,
  };
}

/**
 * Plans taking the analysis off a list's sheet: the add-in's own cells in its columns (known by the
 * name ABC_Kolommen and their headers, and cell by cell by the formulas it writes on each row, see
 * listOwnership), its columns in an Excel Table, its marks, its Ja/Nee drop-downs (only its own rule)
 * and its chart. The user's cells, also those typed into the add-in's columns, are never touched; they
 * are listed in `kept`.
 */
export function removalPlan(read: AnalysedSheet): RemovalPlan {
  const { sheet, grid } = read;
  const owned = listOwnership(sheet, grid, read.names, read.tables);
  const { headerRow } = owned;
  const cells = owned.columns.map((column) => ({ column, ...cellsOf(owned, grid, column) }));
  const table = read.tables.find((t) => owned.columns.some((c) => c >= t.column && c < t.column + t.columns));
  const inTable = (c: number) => table !== undefined && c >= table.column && c < table.column + table.columns;
  const onTableRows = (r: number) => table !== undefined && r >= table.row && r < table.row + table.rows;
  const origin = { sheet, row: 0, column: 0 };
  const tableCells = cells.filter((c) => inTable(c.column));
  return {
    sheet,
    clear: cells.flatMap((c) =>
      runsOf(inTable(c.column) ? c.own.filter((r) => !onTableRows(r)) : c.own, c.column),
    ),
    unhide: owned.columns,
    tableColumns:
      table && tableCells.length > 0 ? tableRemoval(sheet, table, grid, tableCells, headerRow) : null,
    flags: read.conditionalFormats.filter((f) => isFlagFormula(f.formula)).map((f) => f.id),
    answerLists: read.validations.filter(isOwnAnswerList).map((v) => v.range),
    chart: read.chart,
    headers: owned.columns.map((c) => String(valueAt(grid, headerRow, c))),
    kept: cells.flatMap((c) => c.kept.map((row) => cellAddress(origin, row, c.column))),
  };
}

/**
 * The add-in's settings sheet among the workbook's sheets: the one most of its settings names refer to
 * (so also after a colleague renamed it), else ABC-instellingen; never the list's sheet; null when there
 * is none. `names` are the add-in's workbook names with their formulas ("=…").
 */
export function settingsSheetByNames(
  names: ReadonlyMap<string, string>,
  sheets: readonly string[],
): string | null {
  const existing = (name: string) => sheets.find((s) => s.toLowerCase() === name.toLowerCase()) ?? null;
  const listSheet = sheetOfReference(names.get(NAMES.table) ?? "");
  const votes = new Map<string, number>();
  const settingNames = ALL_NAMES.filter((n) => n !== NAMES.table && n !== NAMES.columns);
  for (const name of settingNames) {
    const sheet = existing(sheetOfReference(names.get(name) ?? "") ?? "");
    if (sheet && sheet.toLowerCase() !== listSheet?.toLowerCase())
      votes.set(sheet, (votes.get(sheet) ?? 0) + 1);
  }
  const [best] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const named = best && best[1] * 2 >= [...names.keys()].filter((n) => settingNames.includes(n)).length;
  return named ? best[0] : existing(SETTINGS_SHEET);
}
