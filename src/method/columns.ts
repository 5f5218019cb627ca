import {
  hasText,
  headerText,
  readHeader,
  REQUIRED_ROLES,
  type HeaderReading,
  type HeaderRole,
} from "./headers";
import { findHeader, tableHeader, type HeaderShape } from "./headerShapes";
import type { ProblemLog } from "./problems";
import { cellAddress, rangeAddress } from "./addresses";
import { quoteValue } from "./normalize";
import { EURO, plainText } from "./units";
import { CRITERIA, type AmountUnit, type Cell, type Columns, type Origin, type TableFacts } from "./types";

export { EURO } from "./units";

/** Words of a potential in a header that was not understood. */
const POTENTIAL_MENTION = /potenti|upsell/;

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

/** What the header found says, with the table it was found in, for the steps of detectColumns. */
interface Found {
  values: readonly unknown[];
  shape: HeaderShape;
  readings: HeaderReading[];
  origin: Origin;
  log: ProblemLog;
}

const addressOf = (found: Found, column: number): string =>
  cellAddress(found.origin, found.shape.textRows[column] ?? found.shape.row, column);

/**
 * Finds the header (one row, or with a units row or years under a merged "Omzet") and the column of
 * every role; reports missing, doubled and mixed-unit columns. With `facts.table` the header is the
 * Table's own first row, and a units row under it is an error (the Table counts it as a client).
 */
export function detectColumns(
  values: readonly (readonly Cell[])[],
  origin: Origin,
  log: ProblemLog,
  facts: TableFacts = {},
): Columns {
  const rows: readonly unknown[] = Array.isArray(values) ? values : [];
  const columns = emptyColumns();
  const inTable = facts.table !== undefined ? tableHeader(rows) : null;
  const shape = inTable ? inTable.shape : findHeader(rows);
  if (!shape) {
    log.add("error", "no-header", -1, -1, { address: "" });
    return columns;
  }
  columns.headerTop = shape.top;
  columns.headerRow = shape.row;
  columns.lastRow = shape.row;
  const found: Found = { values: rows, shape, readings: shape.texts.map(readHeader), origin, log };
  assignRoles(columns, found);
  leaveOutAggregates(columns, found);
  reportMissing(columns, found);
  setExtent(columns, shape.texts);
  recordSkipped(columns, found);
  setUnits(columns, found);
  if (inTable?.unitsRow) reportUnitsRow(columns, found, facts.table ?? "");
  return columns;
}

function assignRoles(columns: Columns, found: Found): void {
  found.readings.forEach(({ role }, c) => {
    if (!role || role === "name") return;
    const first = columnOf(columns, role);
    if (first >= 0 && role !== "revenue") reportDuplicate(found, c, role, first);
    else setColumn(columns, role, c);
  });
  const names = found.readings.flatMap((r, c) => (r.role === "name" ? [c] : []));
  if (names.length === 0) return;
  const rank = (c: number) => nameRank(found, c);
  const best = names.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  columns.name = best;
  for (const c of names) if (c !== best && rank(c) === rank(best)) reportDuplicate(found, c, "name", best);
}

function reportDuplicate(found: Found, column: number, role: HeaderRole, first: number): void {
  found.log.add("warning", "duplicate-column", found.shape.textRows[column] ?? found.shape.row, column, {
    address: addressOf(found, column),
    column: role,
    other: addressOf(found, first),
  });
}

/** How many rows under the header are looked at to tell a name column from a column of codes. */
const NAME_SAMPLE_ROWS = 20;

/** A client number or code ("1001", "D-0042", "KL1001") rather than a name. */
const CODE = /^[a-z]{0,4}[-\s./]?\d+$/i;

/**
 * How well a column suits the client's name, higher is better: names in words beat numbers and codes
 * ("Debiteur" often holds the debtor's number), then a specific header beats "Naam".
 */
function nameRank(found: Found, column: number): number {
  let words = 0;
  const last = Math.min(found.values.length - 1, found.shape.row + NAME_SAMPLE_ROWS);
  for (let r = found.shape.row + 1; r <= last; r++) {
    const row: unknown = found.values[r];
    const cell: unknown = Array.isArray(row) ? row[column] : undefined;
    if (typeof cell === "string" && /[a-z]/i.test(cell) && !CODE.test(cell.trim()) && !cell.startsWith("#"))
      words++;
  }
  return words * 2 + (found.readings[column].weak ? 0 : 1);
}

/** A "Totaal omzet" or "Gemiddelde omzet" beside the years' columns adds them up: only the years count. */
function leaveOutAggregates(columns: Columns, found: Found): void {
  const aggregates = columns.revenue.filter((c) => found.readings[c].aggregate);
  if (aggregates.length === 0 || aggregates.length === columns.revenue.length) return;
  columns.revenue = columns.revenue.filter((c) => !found.readings[c].aggregate);
  for (const column of aggregates) columns.skipped.push({ column, reason: "total" });
}

function reportMissing(columns: Columns, found: Found): void {
  const { shape, origin, log } = found;
  const width = Math.max(1, shape.texts.length);
  const headerAddress = rangeAddress(origin, shape.top, 0, shape.row, width - 1);
  const seen = unclearHeaders(found, false);
  const seenPotential = unclearHeaders(found, true);
  for (const role of REQUIRED_ROLES) {
    if (columnOf(columns, role) < 0)
      log.add("error", "missing-column", shape.row, -1, {
        address: headerAddress,
        column: role,
        ...(role === "revenue" && seen ? { value: seen } : {}),
      });
  }
  if (columns.potential < 0) {
    log.add("warning", "missing-potential-column", shape.row, -1, {
      address: headerAddress,
      column: "potential",
      ...(seenPotential ? { value: seenPotential } : {}),
    });
  }
}

/** The headers that speak of revenue (or of potential) but were not understood, as "Klanten!C1 'Omzet Q3'"; "" when none. */
function unclearHeaders(found: Found, potential: boolean): string {
  return found.readings
    .flatMap((r, c) => {
      const text = headerText(found.shape.texts[c]);
      const unclear = r.skip === "unclear" || r.skip === "currency";
      return unclear && POTENTIAL_MENTION.test(plainText(text)) === potential
        ? [`${addressOf(found, c)} ${quoteValue(text)}`]
        : [];
    })
    .join(", ");
}

/** Columns in the table whose headers speak of amounts but hold shares, growth, counts or dates. */
function recordSkipped(columns: Columns, found: Found): void {
  for (let c = columns.firstColumn; c <= columns.lastColumn; c++) {
    const { skip } = found.readings[c] ?? {};
    if (skip) columns.skipped.push({ column: c, reason: skip });
  }
  columns.skipped.sort((a, b) => a.column - b.column);
}

/**
 * The unit of the amounts (the smallest any amount header names) and each amount column's factor to
 * it. A column's unit comes from its own header only (with its units-row cell or merged upper cell);
 * a column naming none is in € unless another names k€ or M€: then nobody can tell, so it is an error.
 */
function setUnits(columns: Columns, found: Found): void {
  const amountColumns = [...columns.revenue, ...(columns.potential >= 0 ? [columns.potential] : [])].sort(
    (a, b) => a - b,
  );
  const unitOf = (c: number): AmountUnit | null => found.readings[c].unit;
  const named = amountColumns.flatMap((c) => {
    const unit = unitOf(c);
    return unit ? [unit] : [];
  });
  const unit = named.reduce<AmountUnit | null>((a, b) => (a && a.factor <= b.factor ? a : b), null) ?? EURO;
  columns.unit = unit;
  for (const c of amountColumns) columns.scale[c] = (unitOf(c) ?? EURO).factor / unit.factor;
  reportMissingUnits(amountColumns, found);
  reportMixedRevenueUnits(columns, found);
}

const quotedHeader = (found: Found, column: number): string => headerText(found.shape.texts[column]);

/** An amount column naming no unit beside one naming k€ or M€: its unit cannot be told, so it is refused. */
function reportMissingUnits(amountColumns: readonly number[], found: Found): void {
  const thousands = amountColumns.find((c) => (found.readings[c].unit?.factor ?? 1) !== EURO.factor);
  if (thousands === undefined) return;
  const symbol = (found.readings[thousands].unit as AmountUnit).symbol;
  for (const c of amountColumns) {
    if (found.readings[c].unit) continue;
    found.log.add("error", "unit-missing", found.shape.textRows[c] ?? found.shape.row, c, {
      address: addressOf(found, c),
      header: quotedHeader(found, c),
      value: symbol,
      other: quotedHeader(found, thousands),
    });
  }
}

/** Revenue columns naming different units cannot be averaged: the first pair is an error. */
function reportMixedRevenueUnits(columns: Columns, found: Found): void {
  const first = columns.revenue.find((c) => found.readings[c].unit);
  if (first === undefined) return;
  const firstUnit = found.readings[first].unit as AmountUnit;
  const other = columns.revenue.find((c) => {
    const unit = found.readings[c].unit;
    return unit !== null && unit.factor !== firstUnit.factor;
  });
  if (other === undefined) return;
  const otherUnit = found.readings[other].unit as AmountUnit;
  found.log.add("error", "mixed-units", found.shape.textRows[other] ?? found.shape.row, other, {
    address: addressOf(found, other),
    value: `${quoteValue(quotedHeader(found, other))} (in ${otherUnit.symbol})`,
    other: `${quoteValue(quotedHeader(found, first))} in ${addressOf(found, first)} (in ${firstUnit.symbol})`,
  });
}

function reportUnitsRow(columns: Columns, found: Found, table: string): void {
  const row: unknown = found.values[1];
  const cells: readonly unknown[] = Array.isArray(row) ? row : [];
  const first = cells.findIndex(hasText);
  found.log.add("error", "units-row-in-table", 1, -1, {
    address: rangeAddress(found.origin, 1, columns.firstColumn, 1, columns.lastColumn),
    value: quoteValue(String(cells[first]).trim()),
    other: table,
  });
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

function setExtent(columns: Columns, texts: readonly string[]): void {
  const used = inputColumns(columns);
  if (used.length === 0) {
    columns.firstColumn = 0;
    columns.lastColumn = Math.max(0, texts.length - 1);
    return;
  }
  let first = Math.min(...used);
  let last = Math.max(...used);
  const filled = (c: number) => c >= 0 && c < texts.length && texts[c].trim() !== "";
  while (filled(first - 1)) first--;
  while (filled(last + 1)) last++;
  columns.firstColumn = first;
  columns.lastColumn = last;
}
