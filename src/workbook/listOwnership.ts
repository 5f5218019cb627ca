import { type Cell, OUTPUT_COLUMNS, type OutputColumn, segmentTable } from "../method";
import { layoutOf, type TableLayout } from "./layout";
import { ownFormulaTest } from "./ownership";
import { namedColumns, ownColumns } from "./ownColumns";
import { formulaAt, valueAt, valuesIn, type Grid, type SheetTable } from "./snapshot";
import { NAMES } from "./workbookNames";

/** The add-in's cells on a segmented list's sheet, told apart cell by cell; rows and columns are zero-based. */
export interface ListOwnership {
  /** The row of the add-in's headers. */
  headerRow: number;
  /** The first and last sheet column of the list itself (ABC_Tabel), or null when the name is not on this sheet. */
  list: { first: number; last: number } | null;
  /** The add-in's columns (see ownColumns), left to right. */
  columns: number[];
  /** True when the cell at (row, column) below the header holds a formula the add-in wrote there. */
  isOwn(row: number, column: number): boolean;
  /** The last row holding one of the add-in's formulas (headerRow when there is none). */
  lastRow: number;
}

/** True when every relative A1 reference of a formula is on the given row (absolute column ranges and texts aside). */
export function refersToRowOnly(formula: string, row: number): boolean {
  const bare = formula.replace(/"[^"]*"/g, '""').replace(/\$[A-Z]{1,3}\$\d+:\$[A-Z]{1,3}\$\d+/g, "");
  for (const m of bare.matchAll(/\b\$?[A-Z]{1,3}\$?(\d+)\b/g)) if (Number(m[1]) !== row + 1) return false;
  return true;
}

/**
 * The layout the add-in wrote the list's formulas for: the list's columns read again from ABC_Tabel's
 * header, the added columns with the headers they carry on the sheet, as a plain range and (when a Table
 * covers the added columns) with the Table's structured references. Empty when the header cannot be read.
 */
function writtenLayouts(
  sheet: string,
  grid: Grid,
  names: ReadonlyMap<string, string>,
  headerRow: number,
  table: SheetTable | undefined,
): TableLayout[] {
  const list = namedColumns(names.get(NAMES.table), sheet);
  const last = grid.row + grid.formulas.length - 1;
  if (!list || last <= list.row) return [];
  const values = valuesIn(grid, list.row, list.first, last - list.row + 1, list.last - list.first + 1);
  const { columns } = segmentTable(values, undefined, { sheet, row: list.row, column: list.first });
  if (columns.name < 0 || columns.revenue.length === 0) return [];
  const outputHeaders = {} as Record<OutputColumn, string>;
  OUTPUT_COLUMNS.forEach((key, i) => {
    outputHeaders[key] = String(valueAt(grid, headerRow, list.first + columns.lastColumn + 1 + i));
  });
  const header = values[columns.headerRow] ?? [];
  const placement = { sheet, row: list.row, column: list.first, tableName: null };
  const plain = layoutOf(columns, header, placement, "nl", outputHeaders);
  if (!table) return [plain];
  return [plain, layoutOf(columns, header, { ...placement, tableName: table.name }, "nl", outputHeaders)];
}

/**
 * Which cells of a segmented list's sheet the add-in wrote: in its own columns, a formula is its own only
 * when it is, for that very row, one the add-in writes there (the ownership test planRun uses, on the
 * list's layout, with every relative reference on the cell's own row), or `=""` in the check column.
 * Anything else, a colleague's formula of whatever shape included, is the user's.
 */
export function listOwnership(
  sheet: string,
  grid: Grid,
  names: ReadonlyMap<string, string>,
  tables: readonly SheetTable[],
): ListOwnership {
  const columns = [...ownColumns(names, sheet, grid, tables)].sort((a, b) => a - b);
  const own = new Set(columns);
  const list = namedColumns(names.get(NAMES.table), sheet);
  const marked = namedColumns(names.get(NAMES.columns), sheet);
  const headerRow = marked?.row ?? list?.row ?? grid.row;
  const table = tables.find((t) => columns.some((c) => c >= t.column && c < t.column + t.columns));
  const strict = names.has(NAMES.columns);
  const layouts = writtenLayouts(sheet, grid, names, headerRow, table);
  const tests = layouts.map((layout) => ({ layout, test: ownFormulaTest(layout, strict, own) }));
  const isOwnFormula = (row: number, column: number, formula: Cell): boolean => {
    if (!own.has(column) || typeof formula !== "string" || !formula.startsWith("=")) return false;
    if (!strict) return refersToRowOnly(formula, row);
    if (formula === '=""') return layouts.some((l) => l.output.check === column);
    return refersToRowOnly(formula, row) && tests.some(({ test }) => test(column, formula));
  };
  const isOwn = (row: number, column: number) =>
    row > headerRow && isOwnFormula(row, column, formulaAt(grid, row, column));
  let lastRow = headerRow;
  const end = grid.row + grid.formulas.length - 1;
  for (let row = headerRow + 1; row <= end; row++) if (columns.some((c) => isOwn(row, c))) lastRow = row;
  return { headerRow, list: list && { first: list.first, last: list.last }, columns, isOwn, lastRow };
}
