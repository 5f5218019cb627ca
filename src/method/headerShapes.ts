import { cellText, decorationOf, findHeaderRow, hasText, readHeader, roleCounts } from "./headers";
import type { Columns } from "./types";

/** The header of a client table as found: its rows and, per column, the text it is read by. */
export interface HeaderShape {
  /** The first header row (index into values): the texts, or the upper row of a two-row header. */
  top: number;
  /** The last header row, right above the first client: `top`, a units row or the years under a merged "Omzet". */
  row: number;
  /** Per column, the header text as read: the rows' texts together ("Omzet 2023", "Omzet (€)"). */
  texts: string[];
  /** Per column, the row of the cell that names it: the year under a merged "Omzet", the text above a units row. */
  textRows: number[];
}

/** At most this many rows make one header (texts, years under a merged cell, units). */
const MOST_HEADER_ROWS = 3;

const rowAt = (values: readonly unknown[], r: number): readonly unknown[] => {
  const row: unknown = r >= 0 && r < values.length ? values[r] : undefined;
  return Array.isArray(row) ? row : [];
};

/** One row read as a header on its own. */
function singleRow(values: readonly unknown[], r: number): HeaderShape {
  const row = rowAt(values, r);
  return { top: r, row: r, texts: row.map(cellText), textRows: row.map(() => r) };
}

/**
 * The header with the row below added to it: a year or unit under a text joins it ("Omzet" over 2023),
 * a year under the empty rest of a merged cell joins the merged cell's text, a text of its own under
 * an empty cell stands alone, and a header text under a group label ("Vragen" over "Marge") wins.
 */
function withRowBelow(shape: HeaderShape, lower: readonly unknown[], r: number): HeaderShape {
  const width = Math.max(shape.texts.length, lower.length);
  const decoration = Array.from({ length: width }, (_, c) => decorationOf(lower[c]));
  const upper = (c: number) => (c < shape.texts.length ? shape.texts[c] : "");
  const carried = (c: number): string => {
    let k = c - 1;
    while (k >= 0 && upper(k).trim() === "" && decoration[k] === "period") k--;
    return k >= 0 && decoration[k] === "period" ? upper(k) : "";
  };
  const texts: string[] = [];
  const textRows: number[] = [];
  for (let c = 0; c < width; c++) {
    const above = upper(c);
    const aboveRow = c < shape.textRows.length ? shape.textRows[c] : shape.top;
    const below = cellText(lower[c]).trim();
    if (below === "") {
      texts.push(above);
      textRows.push(aboveRow);
    } else if (decoration[c]) {
      const base = above.trim() === "" && decoration[c] === "period" ? carried(c) : above;
      texts.push(`${base} ${below}`.trim());
      textRows.push(decoration[c] === "period" || base.trim() === "" ? r : aboveRow);
    } else {
      const own = above.trim() === "" || readHeader(below).role !== null;
      texts.push(own ? below : `${above} ${below}`);
      textRows.push(r);
    }
  }
  return { top: shape.top, row: r, texts, textRows };
}

/**
 * The header with row r added, when row r belongs to it: it holds a unit, an answer note, a year as
 * text or two years as numbers (one number may be a client's amount under an empty name), its other
 * texts are headers or stand under empty cells, the name column has no client in it, and no column
 * loses its role (`gain`: some column must gain one, for a row above the texts).
 */
function joined(shape: HeaderShape, lower: readonly unknown[], r: number, gain: boolean): HeaderShape | null {
  let decorated = false;
  const years = new Set<number>();
  for (let c = 0; c < lower.length; c++) {
    const cell = lower[c];
    if (!hasText(cell)) continue;
    if (typeof cell === "number" && decorationOf(cell)) years.add(cell);
    else if (decorationOf(cell)) decorated = true;
    else if (readHeader(cell).role === null && hasText(shape.texts[c])) return null;
  }
  if (!decorated && years.size < 2) return null;
  const combined = withRowBelow(shape, lower, r);
  const name = combined.texts.findIndex((t) => readHeader(t).role === "name");
  if (name >= 0 && hasText(lower[name]) && readHeader(lower[name]).role !== "name") return null;
  const before = roleCounts(shape.texts);
  const alone = roleCounts(lower);
  const after = roleCounts(combined.texts);
  const most = Math.max(before.columns, alone.columns);
  if (after.columns < most || after.roles < Math.max(before.roles, alone.roles)) return null;
  if (gain && after.columns === most) return null;
  return combined;
}

/** Adds the rows below the header that belong to it (years, units), up to MOST_HEADER_ROWS rows in all. */
function withRowsBelow(values: readonly unknown[], shape: HeaderShape): HeaderShape {
  let found = shape;
  while (found.row - found.top + 1 < MOST_HEADER_ROWS && found.row + 1 < values.length) {
    const next = joined(found, rowAt(values, found.row + 1), found.row + 1, false);
    if (!next) break;
    found = next;
  }
  return found;
}

/**
 * The header of the client table in values: the row most like a header, with a row above it when that
 * holds a merged "Omzet" over years in it, and the rows below it that hold years or units; null when
 * no row has two known headers.
 */
export function findHeader(values: readonly unknown[]): HeaderShape | null {
  const best = findHeaderRow(values);
  if (best < 0) return null;
  const single = singleRow(values, best);
  const above = best > 0 ? joined(singleRow(values, best - 1), rowAt(values, best), best, true) : null;
  return withRowsBelow(values, above ?? single);
}

/**
 * The header of an Excel Table: its own header row, and a units row right under it when there is one
 * (`unitsRow`), which the Table counts as a client row.
 */
export function tableHeader(values: readonly unknown[]): { shape: HeaderShape; unitsRow: boolean } | null {
  if (!Array.isArray(values) || values.length === 0) return null;
  const single = singleRow(values, 0);
  const lower = rowAt(values, 1);
  const strict = lower.every((cell) => !hasText(cell) || decorationOf(cell) !== null);
  const units = values.length > 1 && strict ? joined(single, lower, 1, false) : null;
  return units ? { shape: units, unitsRow: true } : { shape: single, unitsRow: false };
}

/** The header rows top..row of values read together, as `findHeader` read them. */
export function headerShapeOf(values: readonly unknown[], top: number, row: number): HeaderShape {
  let shape = singleRow(values, top);
  for (let r = top + 1; r <= row; r++) shape = withRowBelow(shape, rowAt(values, r), r);
  return shape;
}

/** Per column, the header text the table's columns were read by ("Omzet 2023" under a merged "Omzet"); messages quote it. */
export function headerTexts(
  values: readonly unknown[],
  columns: Pick<Columns, "headerTop" | "headerRow">,
): string[] {
  if (columns.headerRow < 0) return [];
  return headerShapeOf(values, columns.headerTop, columns.headerRow).texts.map((t) =>
    t.replace(/\s+/g, " ").trim(),
  );
}
