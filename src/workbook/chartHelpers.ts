import { SPREAD } from "./spread";
import { NAMES } from "./workbookNames";
import type { PlannedCell } from "./plan";

/** How much room the chart leaves above the biggest client. */
export const HEADROOM = 1.1;

/** Columns of the chart's helper cells on the settings sheet: label, x, y, letter (E, F, G, H). */
export const CHART_COLUMNS = { label: 4, x: 5, y: 6, letter: 7 } as const;

/** Zero-based rows of the helper cells: the two quadrant lines, the top edge and the quadrant letters. */
export const CHART_ROWS = { vertical: 5, horizontal: 8, letters: 13 } as const;

/** The row of the chart's top edge (the biggest total plus headroom). */
export const CHART_TOP_ROW = 11;

/** The labels of the helper block, in the user's language. */
export interface ChartHelperText {
  section: string;
  vertical: string;
  horizontal: string;
  top: string;
  letters: string;
}

/** The helper cells that bind the chart's quadrant lines and letters to the thresholds. */
export function chartHelperCells(totals: string, text: ChartHelperText): PlannedCell[] {
  const { label, x, y, letter } = CHART_COLUMNS;
  const { vertical, horizontal, letters } = CHART_ROWS;
  const top = NAMES.chartTop;
  const inset = SPREAD / 2;
  const cells: PlannedCell[] = [];
  const put = (row: number, column: number, content: string | number, extra: Partial<PlannedCell> = {}) =>
    cells.push({ row, column, content, style: "helper", ...extra });
  put(vertical - 1, label, text.section, { style: "section", text: true });
  put(vertical, label, text.vertical, { text: true });
  put(vertical, x, `=${NAMES.scoreThreshold}-0.5`);
  put(vertical, y, 0);
  put(vertical + 1, x, `=${NAMES.scoreThreshold}-0.5`);
  put(vertical + 1, y, `=${top}`);
  put(horizontal, label, text.horizontal, { text: true });
  put(horizontal, x, 0);
  put(horizontal, y, `=${NAMES.revenueThreshold}`);
  put(horizontal + 1, x, `=${NAMES.maxScore}`);
  put(horizontal + 1, y, `=${NAMES.revenueThreshold}`);
  put(CHART_TOP_ROW, label, text.top, { text: true });
  put(CHART_TOP_ROW, y, `=MAX(${totals})*${HEADROOM}`);
  put(letters - 1, label, text.letters, { text: true });
  const corners: Array<[string, string, string]> = [
    ["A", `=${NAMES.maxScore}-${inset}`, `=${top}`],
    ["B", `=${inset}`, `=${top}`],
    ["B", `=${NAMES.maxScore}-${inset}`, `=${top}*0.04`],
    ["C", `=${inset}`, `=${top}*0.04`],
  ];
  corners.forEach(([l, cx, cy], i) => {
    put(letters + i, x, cx);
    put(letters + i, y, cy);
    put(letters + i, letter, l, { text: true });
  });
  return cells;
}
