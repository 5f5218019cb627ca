import { CRITERIA, type OutputColumn } from "../method";
import { inputColumnsOf, type TableLayout } from "./layout";
import { referencesFor, type References } from "./references";
import { NAMES, WEIGHT_NAMES } from "./workbookNames";

/** The sign the Segment column shows for a client outside the top N. */
export const OUTSIDE_MARK = "–";

/** The sign the Segment column shows for a row whose inputs the method does not accept. */
export const UNREADABLE_MARK = "?";

/** What a chart helper cell holds for "no point here": below the axes' 0, so Excel draws nothing. */
export const NO_POINT = -1;

/** The formulas of the added columns for one sheet row, in English (invariant) syntax. */
export type RowFormulas = Record<OutputColumn, string>;

const list = (refs: string[]): string => refs.join(",");

/** A contiguous run of same-row cells as one range (B5:D5), otherwise a list (B5,D5). */
function cellsOf(refs: References, columns: number[], row: number, table: boolean): string {
  const contiguous = columns.every((c, i) => i === 0 || c === columns[i - 1] + 1);
  if (!table && columns.length > 1 && contiguous) {
    return `${refs.cell(columns[0], row)}:${refs.cell(columns[columns.length - 1], row)}`;
  }
  return list(columns.map((c) => refs.cell(c, row)));
}

/** 1 when a cell's text, trimmed as Excel's TRIM does, is one of a list's words (`=` on text: no case, no wildcards). */
export const wordIn = (cell: string, words: string): string => `SUMPRODUCT(--(TRIM(${cell})=${words}))`;

/** TRUE when an answer cell is accepted: empty (counts as Nee), or one of the Ja and Nee words. Errors propagate. */
export const answerAccepted = (cell: string): string => `(TRIM(${cell})="")+${wordIn(cell, NAMES.answers)}=1`;

/** TRUE when an amount cell is accepted: empty (or spaces), or a number of 0 or more. Errors propagate. */
export const amountAccepted = (cell: string): string =>
  `OR(LEN(TRIM(${cell}))=0,AND(ISNUMBER(${cell}),${cell}>=0))`;

/** TRUE when a name cell holds a name (not empty once trimmed). Errors propagate. */
export const nameAccepted = (cell: string): string => `LEN(TRIM(${cell}))>0`;

/**
 * Builds the formulas of every added column for a sheet row; the same text serves every row of a Table.
 * The hidden check column decides: "" for a row that is no client (empty, or a total row), 1 when the
 * method accepts every input, 0 otherwise (also for error values, through IFERROR). Totaal, Score and
 * the chart helpers only compute for 1; Segment shows ? for 0. No formula returns an error value.
 */
export function rowFormulas(layout: TableLayout, row: number): RowFormulas {
  const refs = referencesFor(layout);
  const table = layout.tableName !== null;
  const out = layout.output;
  const at = (column: number) => refs.cell(column, row);
  const T = at(out.total);
  const S = at(out.score);
  const L = at(out.selected);
  const G = at(out.segment);
  const K = at(out.check);
  const name = at(layout.name);
  const inputs = inputColumnsOf(layout).map(at);
  const revenues = cellsOf(refs, layout.revenue, row, table);
  const amounts = [...layout.revenue, ...(layout.potential >= 0 ? [layout.potential] : [])].map(at);
  const answers = CRITERIA.map((c) => at(layout.criteria[c]));
  const amount =
    layout.potential >= 0 ? `AVERAGE(${revenues})+SUM(${at(layout.potential)})` : `AVERAGE(${revenues})`;
  const accepted = [
    `(${nameAccepted(name)})`,
    `(COUNT(${revenues})>0)`,
    ...amounts.map((a) => amountAccepted(a)),
    ...answers.map((a) => `(${answerAccepted(a)})`),
  ].join("*");
  const empty = `IFERROR(LEN(${inputs.join("&")})=0,FALSE)`;
  const check = `=IF(${empty},"",IFERROR(IF(${wordIn(name, NAMES.totalWords)}>0,"",${accepted}),0))`;
  const score = CRITERIA.map((c, i) => `${wordIn(answers[i], NAMES.yesWords)}*${WEIGHT_NAMES[c]}`).join("+");
  const high = `${S}>=${NAMES.scoreThreshold}`;
  const point = (letter: string) => `=IF(${G}="${letter}",${T},${NO_POINT})`;
  const letter = `IF(${T}>=${NAMES.revenueThreshold},IF(${high},"A","B"),IF(${high},"B","C"))`;
  return {
    total: `=IF(${K}=1,${amount},"")`,
    score: `=IF(${K}=1,${score},"")`,
    segment: `=IF(${K}="","",IF(${K}<>1,"${UNREADABLE_MARK}",IF(${L}="","${OUTSIDE_MARK}",${letter})))`,
    check,
    selected: `=IF(${K}=1,IF(${T}>=${NAMES.topCut},${T},""),"")`,
    chartX: `=IF(ISNUMBER(${L}),${S},${NO_POINT})`,
    chartA: point("A"),
    chartB: point("B"),
    chartC: point("C"),
  };
}
