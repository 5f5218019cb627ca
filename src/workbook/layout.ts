import {
  type AmountUnit,
  type Columns,
  type Criterion,
  type Language,
  OUTPUT_COLUMNS,
  OUTPUT_HEADERS,
  type OutputColumn,
} from "../method";

/** Where the client table sits on its sheet; all indices are zero-based sheet rows and columns. */
export interface TableLayout {
  sheet: string;
  /** The Excel Table's name when the clients are in one; formulas then use structured references. */
  tableName: string | null;
  /** The row right above the first client, where the added columns get their headers. */
  headerRow: number;
  /** The first row of the header: headerRow, or the row above it when the header spans two rows (never written). */
  headerTop: number;
  firstDataRow: number;
  lastDataRow: number;
  name: number;
  revenue: number[];
  potential: number;
  criteria: Record<Criterion, number>;
  /** The header text of every column of the table, by sheet column (for structured references). */
  headers: Record<number, string>;
  /** The sheet column of each added column. */
  output: Record<OutputColumn, number>;
  language: Language;
  /** The unit the amounts are shown in (Totaal, thresholds, chart), as the headers say. */
  unit: AmountUnit;
  /** What the revenue cells and the potential cells are multiplied by to be in `unit` (1 unless their units differ). */
  revenueScale: number;
  potentialScale: number;
}

/**
 * The layout of a table found by segmentTable in values that start at (row, column) on a sheet;
 * `outputHeaders` are the added columns' headers (in a Table, renamed where the Table has them already).
 */
export function layoutOf(
  columns: Columns,
  header: readonly unknown[],
  placement: { sheet: string; row: number; column: number; tableName: string | null; lastDataRow?: number },
  language: Language,
  outputHeaders: Readonly<Record<OutputColumn, string>> = OUTPUT_HEADERS[language],
): TableLayout {
  const at = (c: number) => (c < 0 ? -1 : c + placement.column);
  const headers: Record<number, string> = {};
  header.forEach((cell, c) => {
    headers[c + placement.column] = String(cell);
  });
  const output = {} as Record<OutputColumn, number>;
  OUTPUT_COLUMNS.forEach((key, i) => {
    output[key] = placement.column + columns.lastColumn + 1 + i;
    headers[output[key]] = outputHeaders[key];
  });
  const headerRow = placement.row + columns.headerRow;
  const headerTop =
    columns.headerTop >= 0 ? Math.min(placement.row + columns.headerTop, headerRow) : headerRow;
  return {
    sheet: placement.sheet,
    tableName: placement.tableName,
    headerRow,
    headerTop,
    firstDataRow: headerRow + 1,
    lastDataRow: placement.lastDataRow ?? Math.max(headerRow + 1, placement.row + columns.lastRow),
    name: at(columns.name),
    revenue: columns.revenue.map(at),
    potential: at(columns.potential),
    criteria: {
      marge: at(columns.criteria.marge),
      snelheid: at(columns.criteria.snelheid),
      innovatie: at(columns.criteria.innovatie),
      netwerk: at(columns.criteria.netwerk),
    },
    headers,
    output,
    language,
    unit: columns.unit,
    revenueScale: columns.revenue.length > 0 ? (columns.scale[columns.revenue[0]] ?? 1) : 1,
    potentialScale: columns.potential >= 0 ? (columns.scale[columns.potential] ?? 1) : 1,
  };
}

/** Every input column of the layout: name, revenue, potential and the four questions. */
export function inputColumnsOf(layout: TableLayout): number[] {
  const { name, revenue, potential, criteria } = layout;
  return [
    name,
    ...revenue,
    potential,
    criteria.marge,
    criteria.snelheid,
    criteria.innovatie,
    criteria.netwerk,
  ].filter((c) => c >= 0);
}
