import { CRITERIA, type Language } from "../method";
import { NAMES, WEIGHT_NAMES } from "./workbookNames";
import type { PlannedCell } from "./plan";

/** How much room the chart leaves above the biggest client. */
export const HEADROOM = 1.1;

/** Columns of the chart's helper cells on the settings sheet: label, x, y, letter (E, F, G, H). */
export const CHART_COLUMNS = { label: 4, x: 5, y: 6, letter: 7 } as const;

/** Zero-based rows of the helper cells: the two quadrant lines, the quadrant letters and the score axis' title. */
export const CHART_ROWS = { vertical: 5, horizontal: 8, letters: 13, axisTitle: 18 } as const;

/** The row of the chart's top edge (the biggest total plus headroom). */
export const CHART_TOP_ROW = 11;

/**
 * Where the quadrant letters stand, in each quadrant's outer corner: left letters at 4% of the highest
 * score but at most halfway to the score threshold, right letters beyond the highest score (where no
 * client can be); upper letters at the top edge, lower letters at 4% of it but at most halfway up to the
 * revenue threshold. So each letter stays in its own quadrant whatever the thresholds.
 */
export const LETTER_PLACES = { inset: 0.04, beyond: 1.1, halfway: 0.5 } as const;

/** The labels of the helper block and the score axis' titles, in the user's language. */
export interface ChartHelperText {
  section: string;
  vertical: string;
  horizontal: string;
  top: string;
  letters: string;
  axisTitle: string;
}

/** The score axis' title: the number of Ja answers while every weight is 1, otherwise the weighted score. */
export const SCORE_AXIS_TITLE: Readonly<Record<Language, { count: string; weighted: string }>> = {
  nl: { count: "Score (aantal keer Ja)", weighted: "Gewogen score" },
  en: { count: "Score (number of Yes answers)", weighted: "Weighted score" },
};

/** The score axis' title for these weights. */
export function scoreAxisTitle(weights: Readonly<Record<string, number>>, language: Language): string {
  const t = SCORE_AXIS_TITLE[language];
  return CRITERIA.every((c) => weights[c] === 1) ? t.count : t.weighted;
}

/** The chart's top edge in axis units: the biggest total or the revenue threshold, whichever is higher, plus headroom. */
export function chartTop(biggestTotal: number, revenueThreshold: number): number {
  return Math.max(biggestTotal, revenueThreshold) * HEADROOM;
}

/** The quadrant letters in axis units (score, amount), placed as LETTER_PLACES says. */
export function letterPoints(
  maxScore: number,
  top: number,
  thresholds: { score: number; revenue: number },
): Array<{ letter: string; x: number; y: number }> {
  const { inset, beyond, halfway } = LETTER_PLACES;
  const left = Math.min(maxScore * inset, thresholds.score * halfway);
  const right = maxScore * beyond;
  const low = Math.min(top * inset, thresholds.revenue * halfway);
  return [
    { letter: "A", x: right, y: top },
    { letter: "B", x: left, y: top },
    { letter: "B", x: right, y: low },
    { letter: "C", x: left, y: low },
  ];
}

/**
 * The helper cells that bind the chart to the thresholds: the vertical line exactly at the score
 * threshold up to the top edge, the horizontal one at the revenue threshold, the top edge (above the
 * biggest client and the revenue threshold), the quadrant letters in their quadrants and the score
 * axis' title, which follows the weights.
 */
export function chartHelperCells(totals: string, text: ChartHelperText, language: Language): PlannedCell[] {
  const { label, x, y, letter } = CHART_COLUMNS;
  const { vertical, horizontal, letters, axisTitle } = CHART_ROWS;
  const top = NAMES.chartTop;
  const cells: PlannedCell[] = [];
  const put = (row: number, column: number, content: string | number, extra: Partial<PlannedCell> = {}) =>
    cells.push({ row, column, content, style: "helper", ...extra });
  put(vertical - 1, label, text.section, { style: "section", text: true });
  put(vertical, label, text.vertical, { text: true });
  put(vertical, x, `=${NAMES.scoreThreshold}`);
  put(vertical, y, 0);
  put(vertical + 1, x, `=${NAMES.scoreThreshold}`);
  put(vertical + 1, y, `=${top}`);
  put(horizontal, label, text.horizontal, { text: true });
  put(horizontal, x, 0);
  put(horizontal, y, `=${NAMES.revenueThreshold}`);
  put(horizontal + 1, x, `=${NAMES.maxScore}`);
  put(horizontal + 1, y, `=${NAMES.revenueThreshold}`);
  put(CHART_TOP_ROW, label, text.top, { text: true });
  put(CHART_TOP_ROW, y, `=MAX(MAX(${totals}),${NAMES.revenueThreshold})*${HEADROOM}`);
  put(letters - 1, label, text.letters, { text: true });
  const { inset, beyond, halfway } = LETTER_PLACES;
  const left = `=MIN(${NAMES.maxScore}*${inset},${NAMES.scoreThreshold}*${halfway})`;
  const right = `=${NAMES.maxScore}*${beyond}`;
  const low = `=MIN(${top}*${inset},${NAMES.revenueThreshold}*${halfway})`;
  const corners: Array<[string, string, string]> = [
    ["A", right, `=${top}`],
    ["B", left, `=${top}`],
    ["B", right, low],
    ["C", left, low],
  ];
  corners.forEach(([l, cx, cy], i) => {
    put(letters + i, x, cx);
    put(letters + i, y, cy);
    put(letters + i, letter, l, { text: true });
  });
  const titles = SCORE_AXIS_TITLE[language];
  const allOne = `AND(${CRITERIA.map((c) => `${WEIGHT_NAMES[c]}=1`).join(",")})`;
  put(axisTitle, label, text.axisTitle, { text: true });
  put(axisTitle, x, `=IF(${allOne},"${titles.count}","${titles.weighted}")`);
  return cells;
}
