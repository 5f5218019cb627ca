import { findHeaderRow, headerRole, REQUIRED_ROLES, type HeaderRole } from "./headers";
import type { ProblemLog } from "./problems";
import { cellAddress, rangeAddress } from "./addresses";
import { CRITERIA, type AmountUnit, type Cell, type Columns, type Origin, type TableFacts } from "./types";

/** The unit of amounts when no header names one. */
export const EURO: AmountUnit = { factor: 1, symbol: "€" };

/** Columns with nothing found yet. */
export function emptyColumns(): Columns {
  return {
    headerRow: -1,
    headerTop: -1,
    name: -1,
    revenue: [],
    potential: -1,
    criteria: { marge: -1, snelheid: -1, innovatie: -1, netwerk: -1 },
    firstColumn: -1,
    lastColumn: -1,
    lastRow: -1,
    unit: EURO,
    scale: {},
    skipped: [],
  };
}

function columnOf(columns: Columns, role: HeaderRole): number {
  if (role === "name") return columns.name;
  if (role === "revenue") return columns.revenue.length > 0 ? columns.revenue[0] : -1;
  if (role === "potential") return columns.potential;
  return columns.criteria[role];
}

function setColumn(columns: Columns, role: HeaderRole, column: number): void {
  if (role === "name") columns.name = column;
  else if (role === "revenue") columns.revenue.push(column);
  else if (role === "potential") columns.potential = column;
  else columns.criteria[role] = column;
}

/** Finds the header row and the column of every role; reports missing and doubled columns. */
export function detectColumns(
  values: readonly (readonly Cell[])[],
  origin: Origin,
  log: ProblemLog,
  _facts: TableFacts = {},
): Columns {
  const columns = emptyColumns();
  const headerRow = findHeaderRow(values);
  if (headerRow < 0) {
    log.add("error", "no-header", -1, -1, { address: "" });
    return columns;
  }
  columns.headerRow = headerRow;
  columns.headerTop = headerRow;
  const header = values[headerRow];
  header.forEach((cell, c) => {
    const role = headerRole(cell);
    if (!role) return;
    const first = columnOf(columns, role);
    if (first >= 0 && role !== "revenue") {
      log.add("warning", "duplicate-column", headerRow, c, {
        address: cellAddress(origin, headerRow, c),
        column: role,
        other: cellAddress(origin, headerRow, first),
      });
      return;
    }
    setColumn(columns, role, c);
  });
  const headerAddress = rangeAddress(origin, headerRow, 0, headerRow, Math.max(0, header.length - 1));
  for (const role of REQUIRED_ROLES) {
    if (columnOf(columns, role) < 0) {
      log.add("error", "missing-column", headerRow, -1, {
        address: headerAddress,
        column: role,
      });
    }
  }
  if (columns.potential < 0) {
    log.add("warning", "missing-potential-column", headerRow, -1, {
      address: headerAddress,
      column: "potential",
    });
  }
  setExtent(columns, header);
  return columns;
}

/** True when the header row and every required column were found. */
export function hasRequiredColumns(columns: Columns): boolean {
  return columns.headerRow >= 0 && REQUIRED_ROLES.every((role) => columnOf(columns, role) >= 0);
}

/** Every column index that holds input for the method. */
export function inputColumns(columns: Columns): number[] {
  const found = [
    columns.name,
    ...columns.revenue,
    columns.potential,
    ...CRITERIA.map((c) => columns.criteria[c]),
  ];
  return found.filter((c) => c >= 0);
}

function setExtent(columns: Columns, header: readonly Cell[]): void {
  const used = inputColumns(columns);
  let first = Math.min(...used);
  let last = Math.max(...used);
  const filled = (c: number) => c >= 0 && c < header.length && header[c] !== "";
  while (filled(first - 1)) first--;
  while (filled(last + 1)) last++;
  columns.firstColumn = first;
  columns.lastColumn = last;
}
