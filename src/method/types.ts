/** A cell as Office.js `range.values` gives it: empty cells are "". */
export type Cell = string | number | boolean;

/**
 * What else a caller knows about the cells besides their values; every field is optional, and
 * segmentTable reads a table the same way without it (only the checks that need it are skipped).
 */
export interface TableFacts {
  /** The cells' formulas as Office.js `range.formulas` gives them (constants where there is none), same shape as values. */
  formulas?: readonly (readonly unknown[])[];
  /** The cells (row and column index into values) whose number format shows a date or a time. */
  dateCells?: ReadonlyArray<readonly [row: number, column: number]>;
  /** How many rows of the table are hidden (by a filter or by hand); they are read all the same. */
  hiddenRows?: number;
  /** The Excel Table's name when the cells are one: its header row is the Table's own, and every row gets the same formulas. */
  table?: string;
}

/** The unit the amounts of a table are read and shown in: euros, thousands or millions of euros. */
export interface AmountUnit {
  /** Euros per unit: 1, 1000 or 1000000. */
  factor: number;
  /** How the unit is shown after an amount: "€", "k€" or "M€". */
  symbol: string;
}

/**
 * Why a column whose header speaks of amounts is not read as one (a share, a growth rate, a count or a
 * date), or a revenue column left out because it totals or averages the other revenue columns ("total").
 */
export type SkipReason = "share" | "growth" | "count" | "date" | "total" | "unclear" | "currency";

/** The four yes/no questions of the method, in the order the article asks them. */
export const CRITERIA = ["marge", "snelheid", "innovatie", "netwerk"] as const;

/** One of the four questions: Marge, Snelheid, Innovatie or Netwerk. */
export type Criterion = (typeof CRITERIA)[number];

/** The segment letter a client gets. */
export type Segment = "A" | "B" | "C";

/** The segments from best to worst. */
export const SEGMENTS: readonly Segment[] = ["A", "B", "C"];

/**
 * Where a client sits in the matrix: A is top right, C bottom left; the two B's are top left
 * (big but weak on the questions) and bottom right (small but strong on them).
 */
export type Quadrant = "top-right" | "top-left" | "bottom-right" | "bottom-left";

/** The quadrants in reading order of the advice: A, the two B's, C. */
export const QUADRANTS: readonly Quadrant[] = ["top-right", "top-left", "bottom-right", "bottom-left"];

/** The display language of messages and advice. */
export type Language = "nl" | "en";

/**
 * How the revenue threshold is chosen: the median of the clients' totals, the biggest `topPercent`
 * per cent of them (0–100), or a fixed `amount` in euros (0 or more).
 */
export type RevenueThreshold =
  { kind: "median" } | { kind: "topPercent"; topPercent: number } | { kind: "amount"; amount: number };

/** The ways to choose the revenue threshold: "median", "topPercent" or "amount". */
export type RevenueMethod = RevenueThreshold["kind"];

/** Throws for a revenue threshold of an unknown kind; its `never` parameter makes a switch over `kind` exhaustive. */
export function unknownRevenueThreshold(threshold: never): never {
  throw new Error(`Unknown revenue threshold: ${JSON.stringify(threshold)}`);
}

/** The method's settings; every field is optional. */
export interface Settings {
  revenueThreshold?: RevenueThreshold;
  scoreThreshold?: number;
  weights?: Partial<Record<Criterion, number>>;
  topN?: number;
  language?: Language;
}

/** Settings with every default filled in. */
export interface ResolvedSettings {
  revenueThreshold: RevenueThreshold;
  scoreThreshold: number;
  weights: Record<Criterion, number>;
  topN: number | null;
  language: Language;
}

/** The yes/no answers of one client. */
export type Answers = Readonly<Record<Criterion, boolean>>;

/** A valid client row, before segmentation. */
export interface ClientRow {
  row: number;
  name: string;
  revenue: number;
  potential: number;
  total: number;
  answers: Answers;
  score: number;
  /** The segment, or null for a client outside the top N (who gets none). */
  segment: Segment | null;
  /** The quadrant, or null for a client outside the top N. */
  quadrant: Quadrant | null;
}

/** A segmented client. */
export interface Client extends ClientRow {
  segment: Segment;
  quadrant: Quadrant;
}

/** How bad a problem is: errors stop writing, warnings do not. */
export type Severity = "error" | "warning";

/** The kinds of problems the engine reports. */
export type ProblemCode =
  | "no-header"
  | "missing-column"
  | "missing-potential-column"
  | "duplicate-column"
  | "no-clients"
  | "missing-name"
  | "duplicate-name"
  | "similar-name"
  | "total-row"
  | "subtotal-formula"
  | "formula-row"
  | "total-formula-in-table"
  | "units-row-in-table"
  | "mixed-units"
  | "unit-missing"
  | "negative-revenue"
  | "negative-average"
  | "date-amount"
  | "hidden-rows"
  | "unreadable-input"
  | "missing-revenue"
  | "invalid-amount"
  | "negative-amount"
  | "cell-error"
  | "text-amount"
  | "invalid-answer"
  | "empty-answer"
  | "invalid-setting"
  | "output-occupied"
  | "table-headers-off"
  | "sheet-protected"
  | "other-analysis"
  | "settings-sheet"
  | "settings-sheet-taken"
  | "too-many-problems";

/** Something wrong with the input; row and column index into `values` (-1 when not about one cell). */
export interface Problem {
  row: number;
  column: number;
  severity: Severity;
  code: ProblemCode;
  message: string;
  /** The cell or range the problem is about, e.g. `Klanten!E7`; empty when it is about no cell. */
  address: string;
}

/** Where the detected columns are; -1 where a column is missing. */
export interface Columns {
  /** The header row right above the first client (index into values). */
  headerRow: number;
  /**
   * The first row of the header: headerRow, or a row above it when the header spans two rows (a merged
   * "Omzet" above the years) or a units row ("(€)", "(Ja/Nee)") sits below the header texts.
   */
  headerTop: number;
  name: number;
  revenue: number[];
  potential: number;
  criteria: Record<Criterion, number>;
  /** The first and last column of the client table's header (the contiguous block around the columns). */
  firstColumn: number;
  lastColumn: number;
  /** The last row (index into values) that holds client data, or the header row when there is none. */
  lastRow: number;
  /** The unit every amount is shown in (the smallest unit the amount headers name; euros when none). */
  unit: AmountUnit;
  /** Per amount column (revenue and potential), what its cells are multiplied by to be in `unit` (1 mostly). */
  scale: Record<number, number>;
  /** Columns whose headers speak of amounts but that are not read as amounts, with the reason. */
  skipped: Array<{ column: number; reason: SkipReason }>;
}

/** The thresholds as actually applied. */
export interface Thresholds {
  revenue: number;
  score: number;
}

/** Per segment: how many clients, how much revenue, and what to do with them. */
export interface SegmentSummary {
  segment: Segment;
  count: number;
  revenue: number;
  potential: number;
  total: number;
  clientShare: number;
  revenueShare: number;
  approach: string;
}

/** Per quadrant: the same figures, so the two B's can be told apart. */
export interface QuadrantSummary {
  quadrant: Quadrant;
  segment: Segment;
  count: number;
  revenue: number;
  approach: string;
}

/** The outcome in figures. */
export interface Summary {
  segments: Record<Segment, SegmentSummary>;
  quadrants: Record<Quadrant, QuadrantSummary>;
  clientCount: number;
  outsideCount: number;
  revenue: number;
}

/** Everything segmentTable finds. */
export interface SegmentationResult {
  columns: Columns;
  clients: Client[];
  outside: ClientRow[];
  problems: Problem[];
  thresholds: Thresholds;
  summary: Summary;
  settings: ResolvedSettings;
  /** Rows (index into values) left out because their amounts add up the rows above (SUBTOTAL or SUM formulas). */
  subtotalRows: number[];
}

/** Where `values` sits on a sheet, so problems can name real cells. */
export interface Origin {
  sheet?: string;
  /** Zero-based row of values[0][0] on the sheet. */
  row: number;
  /** Zero-based column of values[0][0] on the sheet. */
  column: number;
}
