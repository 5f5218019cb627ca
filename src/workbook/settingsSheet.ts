import {
  a1,
  CRITERIA,
  type Criterion,
  type Language,
  quoteSheet,
  type ResolvedSettings,
  type RevenueThreshold,
  SETTING_RULES,
  unknownRevenueThreshold,
  YES_WORDS,
} from "../method";
import { CHART_COLUMNS, CHART_TOP_ROW, chartHelperCells } from "./chartHelpers";
import { NAMES, SETTINGS_SHEET, WEIGHT_NAMES } from "./workbookNames";
import { SETTINGS_TEXT } from "./texts";
import type { PlannedCell, SettingsSheetPlan } from "./plan";

/** Zero-based rows of the input and computed cells in column B. */
export const SETTINGS_ROWS = {
  table: 2,
  stamp: 3,
  method: 5,
  topPercent: 6,
  fixedAmount: 7,
  revenueThreshold: 8,
  topN: 9,
  topCut: 10,
  selectedCount: 11,
  scoreThreshold: 14,
  weights: { marge: 15, snelheid: 16, innovatie: 17, netwerk: 18 } as Record<Criterion, number>,
  maxScore: 19,
  labels: 22,
  yesWords: 24,
} as const;

/** Column B, where every setting's value sits. */
export const VALUE_COLUMN = 1;

/** The words of the revenue threshold methods, per language, as the drop-down offers them. */
const METHOD_WORDS = SETTING_RULES.revenueMethod.words;

/** The block of the settings sheet the adapter reads (and the add-in owns). */
export const SETTINGS_READ_AREA = "A1:H40";

/** The € number format, in invariant (English) format codes. */
export const EURO_FORMAT = '"€ "#,##0';

/** The absolute reference of a settings cell, e.g. 'ABC-instellingen'!$B$6. */
function settingsCell(row: number, column = VALUE_COLUMN): string {
  return `${quoteSheet(SETTINGS_SHEET)}!$${a1(row, column).replace(/(\d+)$/, "$$$1")}`;
}

/** The inputs of the revenue threshold: the top % (the default when another method is chosen) and the fixed amount. */
function revenueInputs(threshold: RevenueThreshold): { topPercent: number; amount: number | "" } {
  const topPercent = SETTING_RULES.topPercent.default;
  switch (threshold.kind) {
    case "median":
      return { topPercent, amount: "" };
    case "topPercent":
      return { topPercent: threshold.topPercent, amount: "" };
    case "amount":
      return { topPercent, amount: threshold.amount };
    default:
      return unknownRevenueThreshold(threshold);
  }
}

/**
 * Plans the settings sheet: every label, input, computed threshold and helper cell, and the named
 * cells the column formulas use. `totals` and `selected` are the data columns of Totaal and the
 * hidden selection column, `header` the table's header cells (named ABC_Tabel so a later run knows
 * which table this workbook segments); `tableAddress` names the analysed table for the reader.
 */
export function settingsSheetPlan(
  settings: ResolvedSettings,
  columns: { totals: string; selected: string; header: string },
  tableAddress: string,
  labels: number,
  language: Language,
): SettingsSheetPlan {
  const t = SETTINGS_TEXT[language];
  const R = SETTINGS_ROWS;
  const B = VALUE_COLUMN;
  const cells: PlannedCell[] = [];
  const put = (row: number, column: number, content: string | number, extra: Partial<PlannedCell> = {}) =>
    cells.push({ row, column, content, ...extra });
  const label = (row: number, text: string, note?: string) => {
    put(row, 0, text, { style: "label", text: true });
    if (note) put(row, 2, note, { style: "note", text: true });
  };
  const both = (word: keyof (typeof METHOD_WORDS)["nl"]) =>
    `OR(${NAMES.method}="${METHOD_WORDS.nl[word]}",${NAMES.method}="${METHOD_WORDS.en[word]}")`;
  const revenue = revenueInputs(settings.revenueThreshold);

  put(0, 0, t.title, { style: "title", text: true });
  put(1, 0, t.intro, { style: "note", text: true });
  label(R.table, t.table);
  put(R.table, B, tableAddress, { style: "computed", text: true });
  label(R.stamp, t.stamp);
  put(R.stamp, B, "", { style: "computed", text: true });

  put(R.method - 1, 0, t.revenueSection, { style: "section", text: true });
  label(R.method, t.method, t.methodNote);
  put(R.method, B, METHOD_WORDS[language][settings.revenueThreshold.kind], { style: "input", text: true });
  label(R.topPercent, t.topPercent, t.topPercentNote);
  put(R.topPercent, B, revenue.topPercent, { style: "input" });
  label(R.fixedAmount, t.fixedAmount, t.fixedAmountNote);
  put(R.fixedAmount, B, revenue.amount, {
    style: "input",
    numberFormat: EURO_FORMAT,
  });
  label(R.revenueThreshold, t.revenueThreshold, t.revenueThresholdNote);
  put(
    R.revenueThreshold,
    B,
    `=IF(${both("amount")},${NAMES.fixedAmount},IF(${both("topPercent")},PERCENTILE.INC(${columns.selected},1-${NAMES.topPercent}/100),MEDIAN(${columns.selected})))`,
    { style: "computed", numberFormat: EURO_FORMAT },
  );
  label(R.topN, t.topN, t.topNNote);
  put(R.topN, B, settings.topN ?? "", { style: "input" });
  label(R.topCut, t.topCut, t.topCutNote);
  put(
    R.topCut,
    B,
    `=IF(OR(${NAMES.topN}="",${NAMES.topN}>=COUNT(${columns.totals})),MIN(${columns.totals}),LARGE(${columns.totals},${NAMES.topN}))`,
    { style: "computed", numberFormat: EURO_FORMAT },
  );
  label(R.selectedCount, t.selectedCount);
  put(R.selectedCount, B, `=COUNT(${columns.selected})`, { style: "computed" });

  put(R.scoreThreshold - 1, 0, t.questionSection, { style: "section", text: true });
  label(R.scoreThreshold, t.scoreThreshold, t.scoreThresholdNote);
  put(R.scoreThreshold, B, settings.scoreThreshold, { style: "input" });
  for (const c of CRITERIA) {
    label(R.weights[c], t.weight[c], t.question[c]);
    put(R.weights[c], B, settings.weights[c], { style: "input" });
  }
  label(R.maxScore, t.maxScore);
  put(R.maxScore, B, `=SUM(${settingsCell(R.weights.marge)}:${settingsCell(R.weights.netwerk)})`, {
    style: "computed",
  });

  put(R.labels - 1, 0, t.chartSection, { style: "section", text: true });
  label(R.labels, t.labels, t.labelsNote);
  put(R.labels, B, labels, { style: "input" });
  label(R.yesWords, t.yesWords, t.yesWordsNote);
  YES_WORDS.forEach((word, i) => put(R.yesWords + i, B, word, { style: "computed", text: true }));

  cells.push(...chartHelperCells(columns.totals, t.chartHelpers));

  const names = [
    { name: NAMES.method, reference: settingsCell(R.method) },
    { name: NAMES.topPercent, reference: settingsCell(R.topPercent) },
    { name: NAMES.fixedAmount, reference: settingsCell(R.fixedAmount) },
    { name: NAMES.revenueThreshold, reference: settingsCell(R.revenueThreshold) },
    { name: NAMES.topN, reference: settingsCell(R.topN) },
    { name: NAMES.topCut, reference: settingsCell(R.topCut) },
    { name: NAMES.selectedCount, reference: settingsCell(R.selectedCount) },
    { name: NAMES.scoreThreshold, reference: settingsCell(R.scoreThreshold) },
    ...CRITERIA.map((c) => ({ name: WEIGHT_NAMES[c], reference: settingsCell(R.weights[c]) })),
    { name: NAMES.maxScore, reference: settingsCell(R.maxScore) },
    { name: NAMES.labels, reference: settingsCell(R.labels) },
    {
      name: NAMES.yesWords,
      reference: `${settingsCell(R.yesWords)}:${settingsCell(R.yesWords + YES_WORDS.length - 1).split("!")[1]}`,
    },
    { name: NAMES.chartTop, reference: settingsCell(CHART_TOP_ROW, CHART_COLUMNS.y) },
    { name: NAMES.table, reference: columns.header },
  ];
  const words = METHOD_WORDS[language];
  return {
    cells,
    names,
    methodList: {
      row: R.method,
      column: B,
      choices: SETTING_RULES.revenueMethod.choices.map((method) => words[method]),
    },
    area: { rows: R.yesWords + YES_WORDS.length, columns: CHART_COLUMNS.letter + 1 },
  };
}

const two = (n: number) => String(n).padStart(2, "0");

/** The local date and time of a run with its token, as the settings sheet shows it: 2026-11-26 19:40:05 (run 4f2a9c). */
export function runStamp(now: Date, token: string): string {
  const date = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return `${date} ${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())} (run ${token})`;
}
