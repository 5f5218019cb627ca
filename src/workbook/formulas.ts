import { CRITERIA, type OutputColumn, TOTAL_LABEL_EDGES } from "../method";
import { inputColumnsOf, type TableLayout } from "./layout";
import { referencesFor, type References } from "./references";
import { NAMES, WEIGHT_NAMES } from "./workbookNames";

/** The sign the Segment column shows for a client outside the top N. */
export const OUTSIDE_MARK = "–";

/** The sign the Segment column shows for a row whose inputs the method does not accept. */
export const UNREADABLE_MARK = "?";

/** What a chart helper cell holds for "no point here": below the axes' 0, so Excel draws nothing. */
export const NO_POINT = -1;

/**
 * The formulas of the added columns for one sheet row, in English (invariant) syntax, and the check a
 * row left out as a subtotal gets instead: "" while its amounts are formulas, the usual check once a
 * colleague types values over them.
 */
export type RowFormulas = Record<OutputColumn, string> & { subtotalCheck: string };

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

/** TRUE when a potential cell is accepted: empty (or spaces), or a number of 0 or more. Errors propagate. */
export const amountAccepted = (cell: string): string =>
  `OR(LEN(TRIM(${cell}))=0,AND(ISNUMBER(${cell}),${cell}>=0))`;

/** TRUE when a revenue cell is accepted: empty (or spaces), or any number (a credit note may make a year negative). Errors propagate. */
export const revenueAccepted = (cell: string): string => `OR(LEN(TRIM(${cell}))=0,ISNUMBER(${cell}))`;

/**
 * TRUE when a client's revenue cells average 0 or more: the positive amounts at least the negative ones,
 * compared at 15 digits as `>=` does (so 0.3 against 0.1 + 0.2 is even). Text counts as nothing; errors propagate.
 */
export const revenueBalanced = (cells: readonly string[]): string =>
  `${positives(cells)}>=-(${negatives(cells)})`;

/** The sum of a row's positive revenue cells, left to right; text counts as nothing. */
const positives = (cells: readonly string[]) => cells.map((c) => `MAX(${c},0)`).join("+");

/** The sum of a row's negative revenue cells, left to right. */
const negatives = (cells: readonly string[]) => cells.map((c) => `MIN(${c},0)`).join("+");

/**
 * The average of a row's revenue cells, exactly 0 when credit notes cancel the other years to 15 digits
 * (so no spreadsheet shows the rounding residue of the sum, which Excel, LibreOffice and the engine
 * each leave differently). A single cell needs no such care.
 */
function revenueAverage(revenues: string, cells: readonly string[]): string {
  const average = `AVERAGE(${revenues})`;
  return cells.length > 1 ? `IF(${positives(cells)}=-(${negatives(cells)}),0,${average})` : average;
}

/** The characters after a total label that make it a year or a count ("Totaal 2024", "Totaal (12)"). */
const COUNT_SIGNS = "0123456789(";

/**
 * TRUE when a name cell reads like a total row's label, by the rules of the method's TOTAL_LABELS on the
 * workbook's lists: a word alone or before a space and a digit or "(" (before a space and anything when
 * the row's answer cells are empty once trimmed, as isTotalLabel with noAnswers), a start alone or before
 * a space, an end alone or after a space. The lists are only searched when the name starts or ends with a
 * letter a label can start or end with (TOTAL_LABEL_EDGES), which spares most rows three list searches.
 * `=`, LEFT, RIGHT, MID and FIND know no wildcards; `=` ignores case. Errors propagate, or give FALSE; an
 * error value among the answers counts as an answer.
 */
export function totalLabel(cell: string, answers: readonly string[]): string {
  const padded = `TRIM(${cell})&" 0"`;
  const W = NAMES.totalWords;
  const wordFirst = `(LEFT(${padded},LEN(${W})+1)=${W}&" ")`;
  const counted = `SUMPRODUCT(${wordFirst}*ISNUMBER(FIND(MID(${padded},LEN(${W})+2,1),"${COUNT_SIGNS}")))`;
  const empty = noAnswers(answers);
  const words = `IF(${empty},SUMPRODUCT(--${wordFirst}),${counted})`;
  const starts = `SUMPRODUCT(--(LEFT(${padded},LEN(${NAMES.totalStarts})+1)=${NAMES.totalStarts}&" "))`;
  const ends = `SUMPRODUCT(--(RIGHT(" "&TRIM(${cell}),LEN(${NAMES.totalEnds})+1)=" "&${NAMES.totalEnds}))`;
  const edge = (side: "LEFT" | "RIGHT", letters: string) =>
    `ISNUMBER(FIND(LOWER(${side}(TRIM(${cell}),1)),"${letters}"))`;
  const maybe = `OR(${edge("LEFT", TOTAL_LABEL_EDGES.first)},${edge("RIGHT", TOTAL_LABEL_EDGES.last)})`;
  return `IF(${maybe},${words}+${starts}+${ends}>0,FALSE)`;
}

/** TRUE when a row's four answer cells are empty once trimmed (an error value counts as an answer). */
const noAnswers = (answers: readonly string[]): string =>
  answers.length > 0 ? `IFERROR(LEN(TRIM(${answers.join("&")}))=0,FALSE)` : "TRUE";

/** TRUE when any of the cells holds a formula (ISFORMULA: Excel 2013 and later, LibreOffice). */
const anyFormula = (cells: readonly string[]): string =>
  `OR(${cells.map((c) => `ISFORMULA(${c})`).join(",")})`;

/** TRUE when a name cell holds a name (not empty once trimmed). Errors propagate. */
export const nameAccepted = (cell: string): string => `LEN(TRIM(${cell}))>0`;

/**
 * How every check formula of a row starts, in this version and the earlier ones: "" when the row has no
 * input at all, `=IF(IFERROR(LEN(A5&B5&…)=0,FALSE),"",`; what follows decides the row's other cases.
 */
export function checkHead(layout: TableLayout, row: number): string {
  const refs = referencesFor(layout);
  const inputs = inputColumnsOf(layout).map((column) => refs.cell(column, row));
  return `=IF(IFERROR(LEN(${inputs.join("&")})=0,FALSE),"",`;
}

/** How the formulas of Totaal and Score start in this version and the earlier ones: `=IF(K5=1,`, on the row's check. */
export function ownHead(layout: TableLayout, row: number): string {
  return `=IF(${referencesFor(layout).cell(layout.output.check, row)}=1,`;
}

/**
 * Builds the formulas of every added column for a sheet row; the same text serves every row of a Table.
 * The hidden check column decides: "" for a row that is no client (empty, or a total row by its label;
 * columnsPlan gives a subtotal row by its formulas `=""`), 1 when the method accepts every input (a
 * revenue year may be negative while the years average 0 or more), 0 otherwise (also for error values,
 * through IFERROR). Totaal, Score and the chart helpers only compute for 1; Segment shows ? for 0.
 * Totaal multiplies the amounts by their scale when a header names another unit. No formula returns an
 * error value.
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
  const revenues = cellsOf(refs, layout.revenue, row, table);
  const revenueCells = layout.revenue.map(at);
  const answers = CRITERIA.map((c) => at(layout.criteria[c]));
  const scaled = (formula: string, scale: number) => (scale === 1 ? formula : `${formula}*${scale}`);
  const average = scaled(revenueAverage(revenues, revenueCells), layout.revenueScale);
  const amount =
    layout.potential >= 0
      ? `${average}+${scaled(`SUM(${at(layout.potential)})`, layout.potentialScale)}`
      : average;
  const accepted = [
    `(${nameAccepted(name)})`,
    `(COUNT(${revenues})>0)`,
    ...revenueCells.map((a) => revenueAccepted(a)),
    `(${revenueBalanced(revenueCells)})`,
    ...(layout.potential >= 0 ? [amountAccepted(at(layout.potential))] : []),
    ...answers.map((a) => `(${answerAccepted(a)})`),
  ].join("*");
  const amountCells = [...revenueCells, ...(layout.potential >= 0 ? [at(layout.potential)] : [])];
  const formulaRow = `AND(${noAnswers(answers)},${anyFormula(amountCells)})`;
  const decide = `IFERROR(IF(OR(${totalLabel(name, answers)},${formulaRow}),"",${accepted}),0)`;
  const check = `${checkHead(layout, row)}${decide})`;
  const score = CRITERIA.map((c, i) => `${wordIn(answers[i], NAMES.yesWords)}*${WEIGHT_NAMES[c]}`).join("+");
  const high = `${S}>=${NAMES.scoreThreshold}`;
  const point = (letter: string) => `=IF(${G}="${letter}",${T},${NO_POINT})`;
  const letter = `IF(${T}>=${NAMES.revenueThreshold},IF(${high},"A","B"),IF(${high},"B","C"))`;
  return {
    subtotalCheck: `${checkHead(layout, row)}IF(${anyFormula(amountCells)},"",${decide}))`,
    total: `${ownHead(layout, row)}${amount},"")`,
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
