import type { LabelPosition } from "./labelPlacement";
import type { SegmentStyle } from "./palette";

/** A cell the add-in writes: a constant or an English formula, with how it looks. */
export interface PlannedCell {
  row: number;
  column: number;
  /** A formula (starting with "=") or a constant (text where `text` is set); null leaves the cell as it is. */
  content: string | number | null;
  text?: boolean;
  style?: "title" | "note" | "section" | "label" | "input" | "computed" | "helper";
  numberFormat?: string;
}

/** The settings sheet as the add-in writes it: cells, named cells and the drop-down of methods. */
export interface SettingsSheetPlan {
  cells: PlannedCell[];
  names: Array<{ name: string; reference: string }>;
  methodList: { row: number; column: number; choices: string[] };
  /** The validation of each number input: whole or decimal, from `min` up to `max` (a number or "=name"), blank allowed or not. */
  inputRules: Array<{
    row: number;
    column: number;
    type: "decimal" | "wholeNumber";
    min: number;
    max: string | null;
    allowBlank: boolean;
    message: string;
  }>;
  /** The whole area the add-in owns on the sheet, for one write (rows and columns, zero-based, inclusive). */
  area: { rows: number; columns: number };
  /** True when the sheet is protected now and must be unprotected before the write (it is protected again after). */
  unprotectFirst: boolean;
}

/** The columns added right of the client table; rows and columns are zero-based sheet indices. */
export interface ColumnsPlan {
  headerRow: number;
  /** The sheet column of the first added column (Totaal). */
  firstColumn: number;
  /** Header text of every added column, in order. */
  headers: string[];
  /** Number format of every added column (invariant format codes). */
  formats: string[];
  /** How many of the added columns the user sees; the rest are hidden helpers. */
  visible: number;
  /** Widths in points of the visible columns. */
  widths: number[];
  firstDataRow: number;
  lastDataRow: number;
  /** The English formulas of one sheet row, in column order (the same text serves every row of a Table). */
  formulasOf(row: number): string[];
  /**
   * The cells whose formula is not the one their column has in other rows (the check `=""` of a row left
   * out as a subtotal); formulasOf gives them too, but a write that copies one row down must add them after.
   */
  exceptions: Array<{ row: number; column: number; formula: string }>;
  /** The sheet column of Segment, which gets the segment colours. */
  segmentColumn: number;
  segmentStyles: readonly SegmentStyle[];
  /** The Excel Table holding the clients and the headers of the columns to add to it, or null for a plain range. */
  table: { name: string; add: string[] } | null;
  /** Cells of the added columns below the new range that still hold the add-in's formulas of an earlier run, to clear. */
  clear: Array<{ row: number; column: number; rows: number }>;
  /** Custom conditional formats that mark a row's unaccepted input cell (and the ? in Segment). */
  flags: FlagRule[];
  /** The colours of those marks. */
  flagStyle: { fill: string; font: string };
  /** The ids of the earlier run's marks, deleted before the new ones are added. */
  staleFlags: string[];
  /** The Ja/Nee drop-down for answer cells that have no validation of their own. */
  answerLists: AnswerListPlan | null;
}

/** A conditional format with a formula, on one column's data cells (A1 address without the sheet). */
export interface FlagRule {
  range: string;
  /** An English formula for the range's first cell, with relative references, TRUE where the cell is marked. */
  formula: string;
}

/** A drop-down (list validation) of Ja/Nee on answer cells; other accepted words still go in with a warning. */
export interface AnswerListPlan {
  /** A1 addresses (without the sheet) of the answer cells that get it. */
  ranges: string[];
  /** The choices, comma-separated: "Ja,Nee". */
  source: string;
  title: string;
  message: string;
}

/** A workbook name to create (`exists` false) or to point elsewhere. */
export interface NameWrite {
  name: string;
  /** What the name refers to, starting with "=" as Excel's Name Manager needs. */
  formula: string;
  exists: boolean;
}

/** Everything a run writes, decided before anything is written. */
export interface WorkbookPlan {
  /** The sheet with the clients. */
  sheet: string;
  createSettingsSheet: boolean;
  /** Only the names that are missing or point elsewhere. */
  names: NameWrite[];
  columns: ColumnsPlan;
  settingsSheet: SettingsSheetPlan;
  chart: ChartPlan;
  /** The chart an earlier run drew on this sheet (reused, its series rebuilt), or null to add one. */
  existingChart: { series: number } | null;
  /** The date serial that marks this run on the settings sheet (runStamp); when it landed, everything before it did. */
  stamp: number;
}

/** A label on one point: linked to a cell where the host allows it, otherwise fixed text; where it sits beside the point. */
export interface PointLabel {
  point: number;
  formula: string;
  text: string;
  position: LabelPosition | "Center";
}

/** One series of the chart, bound to cells. */
export interface SeriesPlan {
  name: string;
  kind: "clients" | "line" | "letters";
  x: string;
  y: string;
  color: string;
  labels: PointLabel[];
}

/**
 * The native scatter chart: its series, axes (maxima and units automatic, so points stay on the chart
 * and the ticks readable when a colleague changes a weight or an amount), title, where a new one goes
 * and its size in points, and how many names were wanted and placed.
 */
export interface ChartPlan {
  name: string;
  title: string;
  series: SeriesPlan[];
  xAxis: { minimum: number; title: string; titleFormula: string };
  yAxis: { minimum: number; title: string; numberFormat: string };
  anchor: { start: string; size: { width: number; height: number } };
  named: { wanted: number; placed: number };
}
