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
 * Where the quadrant letters stand, as fractions: x of the highest score (left letters just right of
 * the amount axis, right letters beyond the highest score, where no client can be), y of the top edge.
 */
export const LETTER_PLACES = { left: 0.04, right: 1.1, low: 0.04, high: 1 } as const;

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

/** The quadrant letters in axis units (score, amount) for a highest score and a top edge. */
export function letterPoints(maxScore: number, top: number): Array<{ letter: string; x: number; y: number }> {
  const { left, right, low, high } = LETTER_PLACES;
  return [
    { letter: "A", x: maxScore * right, y: top * high },
    { letter: "B", x: maxScore * left, y: top * high },
    { letter: "B", x: maxScore * right, y: top * low },
    { letter: "C", x: maxScore * left, y: top * low },
  ];
}

/**
 * The helper cells that bind the chart to the thresholds: the vertical line exactly at the score
 * threshold, the horizontal one at the revenue threshold, the top edge, the quadrant letters and the
 * score axis' title, which follows the weights.
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
  put(CHART_TOP_ROW, y, `=MAX(${totals})*${HEADROOM}`);
  put(letters - 1, label, text.letters, { text: true });
  const { left, right, low, high } = LETTER_PLACES;
  const corners: Array<[string, number, number]> = [
    ["A", right, high],
    ["B", left, high],
    ["B", right, low],
    ["C", left, low],
  ];
  corners.forEach(([l, fx, fy], i) => {
    put(letters + i, x, `=${NAMES.maxScore}*${fx}`);
    put(letters + i, y, fy === 1 ? `=${top}` : `=${top}*${fy}`);
    put(letters + i, letter, l, { text: true });
  });
  const titles = SCORE_AXIS_TITLE[language];
  const allOne = `AND(${CRITERIA.map((c) => `${WEIGHT_NAMES[c]}=1`).join(",")})`;
  put(axisTitle, label, text.axisTitle, { text: true });
  put(axisTitle, x, `=IF(${allOne},"${titles.count}","${titles.weighted}")`);
  return cells;
}
