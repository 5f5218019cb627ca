import { TOP_LEFT } from "./addresses";
import type { Cell, Origin, TableFacts } from "./types";

const isCell = (value: unknown): value is Cell => {
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean";
};

/** Any value as a cell: strings, numbers and booleans as they are, null, undefined and holes empty, anything else its text. */
export function cellOf(value: unknown): Cell {
  if (isCell(value)) return value;
  if (value === null || value === undefined) return "";
  try {
    return String(value);
  } catch {
    // An object without a text (no prototype, or a toString that throws) reads as an empty cell.
    return "";
  }
}

const NO_CELLS: readonly Cell[] = [];

/**
 * A row as cells, never throwing: the row itself when it is an array of cells, as Office.js's
 * `range.values` rows are; else a copy where every value is made a cell, or no cells at all for a row
 * that is not an array.
 */
export function safeRow(row: unknown): readonly Cell[] {
  if (!Array.isArray(row)) return NO_CELLS;
  const cells = row as readonly unknown[];
  for (let c = 0; c < cells.length; c++) if (!isCell(cells[c])) return Array.from(cells, cellOf);
  return cells as readonly Cell[];
}

const whole = (n: unknown): number => (typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : 0);

/** The origin as given when it is one, else A1 of an unnamed sheet; odd fields are left out. */
export function safeOrigin(origin: unknown): Origin {
  if (typeof origin !== "object" || origin === null) return TOP_LEFT;
  const { sheet, row, column } = origin as Partial<Record<keyof Origin, unknown>>;
  return typeof sheet === "string"
    ? { sheet, row: whole(row), column: whole(column) }
    : { row: whole(row), column: whole(column) };
}

/** The facts as given, without the fields that are not of their type. */
export function safeFacts(facts: unknown): TableFacts {
  if (typeof facts !== "object" || facts === null) return {};
  const { formulas, dateCells, hiddenRows, table } = facts as Record<keyof TableFacts, unknown>;
  return {
    ...(Array.isArray(formulas) ? { formulas: formulas as TableFacts["formulas"] } : {}),
    ...(Array.isArray(dateCells)
      ? {
          dateCells: dateCells.filter(
            (cell): cell is [number, number] =>
              Array.isArray(cell) && Number.isInteger(cell[0]) && Number.isInteger(cell[1]),
          ),
        }
      : {}),
    ...(typeof hiddenRows === "number" && hiddenRows > 0 ? { hiddenRows: Math.floor(hiddenRows) } : {}),
    ...(typeof table === "string" && table !== "" ? { table } : {}),
  };
}
