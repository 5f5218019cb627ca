import { type Cell, columnIndex, OUTPUT_HEADERS, splitAddress } from "../method";
import { valueAt, type Grid, type SheetTable } from "./snapshot";
import { NAMES } from "./workbookNames";

/** The header row and sheet columns a workbook name's reference covers on a sheet, or null elsewhere. */
export function namedColumns(
  reference: string | undefined,
  sheet: string,
): { row: number; first: number; last: number } | null {
  if (!reference) return null;
  let parts: { sheet: string; cell: string };
  try {
    parts = splitAddress(reference.replace(/^=/, ""));
  } catch {
    return null;
  }
  if (parts.sheet.toLowerCase() !== sheet.toLowerCase()) return null;
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?\d+)?$/i.exec(parts.cell);
  if (!m) return null;
  return { row: Number(m[2]) - 1, first: columnIndex(m[1]), last: columnIndex(m[3] ?? m[1]) };
}

/** The headers the add-in writes, in either language. */
const OWN_HEADERS: ReadonlySet<string> = new Set(
  (["nl", "en"] as const).flatMap((language) => Object.values(OUTPUT_HEADERS[language])),
);

/**
 * True when a header is exactly one the add-in writes (either language), or, in an Excel Table, such a
 * header with the number Excel appends to a duplicate ("Segment2", see uniqueHeader). "Score 2025" or
 * "score" is the user's.
 */
export function isOwnHeader(cell: Cell, inTable = false): boolean {
  if (typeof cell !== "string") return false;
  if (OWN_HEADERS.has(cell)) return true;
  const renamed = /^(.*\D)([2-9]|[1-9]\d+)$/.exec(cell);
  return inTable && renamed !== null && OWN_HEADERS.has(renamed[1]);
}

/** True when a sheet column lies inside one of the Tables. */
const inSomeTable = (tables: readonly SheetTable[], column: number) =>
  tables.some((t) => column >= t.column && column < t.column + t.columns);

/**
 * The sheet columns the add-in owns on this sheet: the columns the name ABC_Kolommen covers that still
 * carry one of its headers. A workbook segmented before that name existed has its columns right of the
 * range ABC_Tabel names; there, the run of the add-in's headers right after it counts. A user's column
 * with the same header elsewhere is never the add-in's.
 */
export function ownColumns(
  names: ReadonlyMap<string, string>,
  sheet: string,
  grid: Grid,
  tables: readonly SheetTable[] = [],
): Set<number> {
  const own = new Set<number>();
  const ours = (row: number, c: number) => isOwnHeader(valueAt(grid, row, c), inSomeTable(tables, c));
  const marked = namedColumns(names.get(NAMES.columns), sheet);
  if (marked) {
    for (let c = marked.first; c <= marked.last; c++) if (ours(marked.row, c)) own.add(c);
    return own;
  }
  const table = namedColumns(names.get(NAMES.table), sheet);
  if (!table) return own;
  for (let c = table.last + 1; ours(table.row, c); c++) own.add(c);
  return own;
}

/** The values with the add-in's own columns emptied, so the method never reads them as the user's (values start at `column`). */
export function withoutOwnColumns(values: Cell[][], column: number, own: ReadonlySet<number>): Cell[][] {
  const inside = [...own].map((c) => c - column).filter((c) => c >= 0);
  if (inside.length === 0) return values;
  return values.map((row) => {
    const copy = row.slice();
    for (const c of inside) if (c < copy.length) copy[c] = "";
    return copy;
  });
}

/** Excel's name for a header added to a Table that has it already: "Segment" becomes "Segment2", then "Segment3". */
export function uniqueHeader(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}${n}`.toLowerCase())) return `${wanted}${n}`;
}
