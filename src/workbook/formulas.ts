import { CRITERIA, type OutputColumn } from "../method";
import { inputColumnsOf, type TableLayout } from "./layout";
import { referencesFor, type References } from "./references";
import { GOLDEN, SPREAD } from "./spread";
import { NAMES, WEIGHT_NAMES } from "./workbookNames";

/** The sign the Segment column shows for a client outside the top N. */
export const OUTSIDE_MARK = "–";

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

/** Builds the formulas of every added column for a sheet row; the same text serves every row of a table. */
export function rowFormulas(layout: TableLayout, row: number): RowFormulas {
  const refs = referencesFor(layout);
  const table = layout.tableName !== null;
  const out = layout.output;
  const at = (column: number) => refs.cell(column, row);
  const T = at(out.total);
  const S = at(out.score);
  const L = at(out.selected);
  const G = at(out.segment);
  const inputs = cellsOf(refs, inputColumnsOf(layout), row, table);
  const revenues = cellsOf(refs, layout.revenue, row, table);
  const amount =
    layout.potential >= 0 ? `AVERAGE(${revenues})+SUM(${at(layout.potential)})` : `AVERAGE(${revenues})`;
  const score = CRITERIA.map(
    (c) => `ISNUMBER(MATCH(TRIM(${at(layout.criteria[c])}),${NAMES.yesWords},0))*${WEIGHT_NAMES[c]}`,
  ).join("+");
  const high = `${S}>=${NAMES.scoreThreshold}`;
  const Scol = refs.column(out.score);
  const Lcol = refs.column(out.selected);
  const edge = `OR(${S}<=0,${S}>=${NAMES.maxScore})`;
  const place = (v: string) =>
    `(${v})*IF(${S}<=0,${SPREAD},IF(${S}>=${NAMES.maxScore},-${SPREAD},${2 * SPREAD}))-IF(${edge},0,${SPREAD})`;
  const sameScore = `(${Scol}=${S})*ISNUMBER(${Lcol})`;
  const m = `SUMPRODUCT(${sameScore})`;
  const k = `SUMPRODUCT(${sameScore}*(${Lcol}>${T}))`;
  const spread =
    layout.spread === "golden" ? place(`MOD(${T}*${GOLDEN},1)`) : `IF(${m}<2,0,${place(`${k}/(${m}-1)`)})`;
  const point = (letter: string) => `=IF(${G}="${letter}",${T},NA())`;
  return {
    total: `=IF(COUNTA(${inputs})=0,"",${amount})`,
    score: `=IF(${T}="","",${score})`,
    segment: `=IF(${T}="","",IF(${L}="","${OUTSIDE_MARK}",IF(${T}>=${NAMES.revenueThreshold},IF(${high},"A","B"),IF(${high},"B","C"))))`,
    selected: `=IF(${T}="","",IF(${T}>=${NAMES.topCut},${T},""))`,
    chartX: `=IF(${L}="",NA(),${S}+${spread})`,
    chartA: point("A"),
    chartB: point("B"),
    chartC: point("C"),
  };
}
