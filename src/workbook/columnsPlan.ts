import {
  acceptedAnswers,
  columnLetters,
  CRITERIA,
  OUTPUT_COLUMNS,
  VISIBLE_OUTPUT_COLUMNS,
  type OutputColumn,
} from "../method";
import {
  amountAccepted,
  answerAccepted,
  nameAccepted,
  revenueAccepted,
  revenueBalanced,
  rowFormulas,
} from "./formulas";
import { inputColumnsOf, type TableLayout } from "./layout";
import { FLAG_STYLE, SEGMENT_STYLES } from "./palette";
import type { AnswerListPlan, ColumnsPlan, FlagRule } from "./plan";
import { amountDisplay } from "./amountFormat";
import type { SheetSnapshot, SheetTable } from "./snapshot";
import { ANSWER_LIST_TEXT, TEMPLATE_TEXT } from "./texts";

/** The number format of each added column: Totaal and the totals it feeds in the table's amount unit. */
function formatsOf(layout: TableLayout): Record<OutputColumn, string> {
  const amount = amountDisplay(layout.unit).numberFormat;
  return {
    total: amount,
    score: "General",
    segment: "General",
    check: "General",
    selected: amount,
    chartX: "General",
    chartA: amount,
    chartB: amount,
    chartC: amount,
  };
}

/** Widths in points of Totaal, Score and Segment. */
const WIDTHS = [80, 45, 60];

/** True for a conditional format the add-in wrote to mark an input cell (see flagRules): `=AND($K4=0,IFERROR(…` or `=AND(ISBLANK($K4),…`. */
export function isFlagFormula(formula: string): boolean {
  return /^=AND\((?:\$[A-Z]{1,3}\d+=0,IFERROR\(|ISBLANK\(\$[A-Z]{1,3}\d+\),IFERROR\()/.test(formula);
}

/** How far below a plain list the name cells are watched for a client the formulas do not reach. */
export const WATCHED_ROWS = 1000;

/** The A1 address (without the sheet) of a column's cells from row `first` to `last`. */
const columnRange = (column: number, first: number, last: number) =>
  `${columnLetters(column)}${first + 1}:${columnLetters(column)}${last + 1}`;

/**
 * The marks on a row's unaccepted input cells, as conditional formats in A1 (Excel's conditional formats
 * take no structured references): a cell is marked when its row's check is 0 and the cell is the cause.
 * Below or inside a plain list, a row with data that the formulas do not reach (typed further down than
 * the ready rows, or a row inserted into the list) gets its name cell marked: Segmenteer takes it in.
 */
function flagRules(layout: TableLayout): FlagRule[] {
  const first = layout.firstDataRow;
  const last = layout.lastDataRow;
  const cell = (column: number) => `${columnLetters(column)}${first + 1}`;
  const check = `$${columnLetters(layout.output.check)}${first + 1}`;
  const rule = (column: number, cause: string): FlagRule => ({
    range: columnRange(column, first, last),
    formula: `=AND(${check}=0,IFERROR(${cause},TRUE))`,
  });
  const revenueCells = layout.revenue.map((c) => `$${columnLetters(c)}${first + 1}`);
  const revenues = revenueCells.join(",");
  // An error value in another year leaves the balance unknown: then only that cell is the cause.
  const revenueCause = (c: number) =>
    `OR(NOT(${revenueAccepted(cell(c))}),COUNT(${revenues})=0,NOT(IFERROR(${revenueBalanced(revenueCells)},TRUE)))`;
  const inputs = inputColumnsOf(layout).map(cell).join("&");
  const unreached: FlagRule = {
    range: columnRange(layout.name, first, Math.min(last + WATCHED_ROWS, 1_048_575)),
    formula: `=AND(ISBLANK(${check}),IFERROR(LEN(${inputs})>0,TRUE))`,
  };
  return [
    ...(layout.tableName === null ? [unreached] : []),
    rule(layout.name, `NOT(${nameAccepted(cell(layout.name))})`),
    ...layout.revenue.map((c) => rule(c, revenueCause(c))),
    ...(layout.potential >= 0
      ? [rule(layout.potential, `NOT(${amountAccepted(cell(layout.potential))})`)]
      : []),
    ...CRITERIA.map((c) => rule(layout.criteria[c], `NOT(${answerAccepted(cell(layout.criteria[c]))})`)),
  ];
}

/** The Ja/Nee drop-down on the answer columns that have no validation of their own, or null when none. */
function answerLists(layout: TableLayout, validations: SheetSnapshot["validations"]): AnswerListPlan | null {
  const columns = CRITERIA.map((c) => layout.criteria[c]).filter((c) => validations.get(c) === "None");
  if (columns.length === 0) return null;
  const t = ANSWER_LIST_TEXT[layout.language];
  return {
    ranges: columns.map((c) => columnRange(c, layout.firstDataRow, layout.lastDataRow)),
    source: TEMPLATE_TEXT[layout.language].answerWords.join(","),
    title: t.title,
    message: `${t.accepted}: ${acceptedAnswers(layout.language)}.`,
  };
}

/** What columnsPlan needs of the snapshot and of the earlier run. */
export interface ColumnsContext {
  table: SheetTable | null;
  validations: SheetSnapshot["validations"];
  /** The ids of the earlier run's marks on this sheet. */
  staleFlags: string[];
  /** The add-in's formulas of an earlier run below the new range (see staleFormulaCells). */
  stale: ColumnsPlan["clear"];
  /**
   * The sheet rows of a plain list that the method leaves out as subtotals by their formulas (its
   * `subtotalRows`, placed on the sheet): their check is "" while their amounts are formulas. None when not given.
   */
  subtotalRows?: ReadonlySet<number>;
}

/** Plans the added columns: headers, formats, formulas per row, the hidden helpers, colours, marks and drop-downs. */
export function columnsPlan(layout: TableLayout, context: ColumnsContext): ColumnsPlan {
  const headers = OUTPUT_COLUMNS.map((key) => layout.headers[layout.output[key]]);
  const { table } = context;
  const lastTableColumn = table ? table.column + table.columns - 1 : -1;
  const formats = formatsOf(layout);
  const skipped = context.subtotalRows ?? new Set<number>();
  return {
    headerRow: layout.headerRow,
    firstColumn: layout.output.total,
    headers,
    formats: OUTPUT_COLUMNS.map((key) => formats[key]),
    visible: VISIBLE_OUTPUT_COLUMNS,
    widths: WIDTHS,
    firstDataRow: layout.firstDataRow,
    lastDataRow: layout.lastDataRow,
    formulasOf: (row) => {
      const f = rowFormulas(layout, row);
      if (skipped.has(row)) f.check = f.subtotalCheck;
      return OUTPUT_COLUMNS.map((key) => f[key]);
    },
    exceptions: [...skipped].map((row) => ({
      row,
      column: layout.output.check,
      formula: rowFormulas(layout, row).subtotalCheck,
    })),
    segmentColumn: layout.output.segment,
    segmentStyles: SEGMENT_STYLES,
    table: table
      ? { name: table.name, add: headers.filter((_, i) => layout.output.total + i > lastTableColumn) }
      : null,
    clear: context.stale,
    flags: flagRules(layout),
    flagStyle: FLAG_STYLE,
    staleFlags: context.staleFlags,
    answerLists: answerLists(layout, context.validations),
  };
}
