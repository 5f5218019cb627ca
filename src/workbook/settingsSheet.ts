import {
  a1,
  absoluteCell,
  acceptedText,
  type AmountUnit,
  CRITERIA,
  type Criterion,
  dateSerial,
  EURO,
  type Language,
  NO_WORDS,
  type NumberSetting,
  type ResolvedSettings,
  type RevenueMethod,
  type RevenueThreshold,
  SETTING_RULES,
  type SettingKey,
  TOTAL_LABELS,
  unknownRevenueThreshold,
  YES_WORDS,
} from "../method";
import { amountDisplay } from "./amountFormat";
import { CHART_COLUMNS, CHART_TOP_ROW, chartHelperCells } from "./chartHelpers";
import { NAMES, SETTINGS_SHEET, WEIGHT_NAMES } from "./workbookNames";
import { SETTINGS_TEXT, type SettingsText } from "./texts";
import type { PlannedCell, SettingsSheetPlan } from "./plan";

/** The rows of the three lists of total labels (TOTAL_LABELS), one below the other with a row between. */
const TOTAL_WORDS_ROW = 24 + YES_WORDS.length + NO_WORDS.length + 1;
const TOTAL_STARTS_ROW = TOTAL_WORDS_ROW + TOTAL_LABELS.words.length + 1;
const TOTAL_ENDS_ROW = TOTAL_STARTS_ROW + TOTAL_LABELS.starts.length + 1;

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
  noWords: 24 + YES_WORDS.length,
  totalWords: TOTAL_WORDS_ROW,
  totalStarts: TOTAL_STARTS_ROW,
  totalEnds: TOTAL_ENDS_ROW,
} as const;

/** Column B, where every setting's value sits. */
export const VALUE_COLUMN = 1;

/** Column C: the value each setting applies (the input, or its default while the input is invalid). */
export const APPLIED_COLUMN = 2;

/** Column D: the note beside each setting, or the message when its input is invalid. */
export const NOTE_COLUMN = 3;

/** The words of the revenue threshold methods, per language, as the drop-down offers them. */
const METHOD_WORDS = SETTING_RULES.revenueMethod.words;

/** The block of the settings sheet the adapter reads (and the add-in owns). */
export const SETTINGS_READ_AREA = "A1:H80";

/** The € number format (amountDisplay gives every unit's), for the template's amount columns. */
export { EURO_FORMAT } from "./amountFormat";

/** The absolute reference of a settings cell, e.g. 'ABC-instellingen'!$B$6. */
function settingsCell(row: number, column = VALUE_COLUMN): string {
  return absoluteCell(SETTINGS_SHEET, row, column);
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

/** An input's text as Excel's TRIM leaves it, compared case-insensitively by `=`. */
const trimmed = (cell: string) => `TRIM(${cell})`;

/** TRUE when a method input names a method in either language (errors propagate). */
const namesMethod = (cell: string, method: RevenueMethod) =>
  `OR(${trimmed(cell)}="${METHOD_WORDS.nl[method]}",${trimmed(cell)}="${METHOD_WORDS.en[method]}")`;

/**
 * TRUE when a number cell fits its rule, as checkSetting judges it (Excel compares at 15 digits): its
 * bounds, its decimals (the cell equals itself rounded to them) and, for the score threshold, the highest
 * score. Errors propagate.
 */
function fits(cell: string, setting: NumberSetting): string {
  const rule = SETTING_RULES[setting];
  const tests = [`ISNUMBER(${cell})`, `${cell}${rule.minIncluded ? ">=" : ">"}${rule.min}`];
  if (rule.max !== Infinity) tests.push(`${cell}${rule.maxIncluded ? "<=" : "<"}${rule.max}`);
  if (rule.decimals !== null) tests.push(`${cell}=ROUND(${cell},${rule.decimals})`);
  if (rule.upToSumOfWeights) tests.push(`${cell}<=${NAMES.maxScore}`);
  return `AND(${tests.join(",")})`;
}

/** An accepted input as it applies: rounded to its rule's decimals, as checkSetting returns it. */
function asApplied(cell: string, setting: NumberSetting): string {
  const decimals = SETTING_RULES[setting].decimals;
  return decimals === null ? cell : `ROUND(${cell},${decimals})`;
}

/** TRUE when the four weight inputs are all accepted and 0 (SETTING_RULES.weight.noneAbove0); FALSE for error values. */
function noWeightAbove0(cells: readonly string[]): string {
  return `IFERROR(AND(${cells.map((c) => `ISNUMBER(${c}),${c}=0`).join(",")}),FALSE)`;
}

/**
 * What applies while no weight is above 0, without a closing full stop: "Geef minstens één vraag een
 * gewicht groter dan 0. Tot u dit verbetert, geldt 1", beside each weight as the pane says it.
 */
export function noWeightAbove0Meanwhile(language: Language): string {
  return `${SETTING_RULES.weight.noneAbove0[language]}. ${SETTINGS_TEXT[language].fallback.weight}`;
}

/** TRUE when an input is accepted as it is (empty included where its rule allows it); FALSE for error values. */
function accepted(cell: string, setting: NumberSetting): string {
  const emptyOk = SETTING_RULES[setting].empty === "invalid" ? "FALSE" : "TRUE";
  return `IFERROR(IF(LEN(${trimmed(cell)})=0,${emptyOk},${fits(cell, setting)}),FALSE)`;
}

/** What a number setting applies while its input is invalid: its default ("" for none); the score threshold at most the highest score. */
function fallbackOf(setting: NumberSetting): string {
  const rule = SETTING_RULES[setting];
  if (setting === "scoreThreshold") return `MIN(${rule.default},${NAMES.maxScore})`;
  return rule.default === null ? '""' : String(rule.default);
}

/**
 * The applied value of a number input: the input (rounded to its rule's decimals) when accepted, what
 * empty means, else the fallback; the fallback too while `unless` (a rule across inputs) is TRUE.
 */
function appliedValue(cell: string, setting: NumberSetting, unless?: string): string {
  const rule = SETTING_RULES[setting];
  const fallback = fallbackOf(setting);
  const empty = rule.empty === "off" ? '""' : rule.empty === "default" ? String(rule.default) : fallback;
  const value = `IFERROR(IF(LEN(${trimmed(cell)})=0,${empty},IF(${fits(cell, setting)},${asApplied(cell, setting)},${fallback})),${fallback})`;
  return unless ? `=IF(${unless},${fallback},${value})` : `=${value}`;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The text beside an input: its note while `ok`, else the message saying what is accepted and what applies. */
function noteOrMessage(ok: string, note: string, message: string): string {
  return `=IF(${ok},${quote(note)},${quote(message)})`;
}

/** A rule across inputs: while `test` is TRUE the input's default applies and `message` shows beside it. */
interface AcrossRule {
  test: string;
  message: string;
}

/**
 * What a setting accepts and what applies while its input is invalid, without a closing full stop:
 * "Gebruik een gewicht van 0 tot 100. Tot u dit verbetert, geldt 1". `maxScore` as for acceptedText.
 */
export function acceptedMeanwhile(setting: SettingKey, language: Language, maxScore: number | null): string {
  const fallback = SETTINGS_TEXT[language].fallback[setting as keyof SettingsText["fallback"]];
  return `${acceptedText(setting, language, maxScore)}. ${fallback}`;
}

/** The message beside an invalid input, as the pane also words it: what is accepted and what applies meanwhile. */
function invalidSettingText(setting: SettingKey, language: Language): string {
  return `${SETTINGS_TEXT[language].invalid}. ${acceptedMeanwhile(setting, language, null)}.`;
}

/**
 * Plans the settings sheet: every label, input (with its validation), applied value, computed threshold
 * and helper cell, and the named cells the column formulas use. The names point at the applied values,
 * so a colleague's invalid input never breaks a formula: its default applies, with a message beside it.
 * `totals` and `selected` are the data columns of Totaal and the hidden selection column, `header` the
 * table's header cells (named ABC_Tabel), `columns` the added columns' header cells (named ABC_Kolommen,
 * the marker of the add-in's own columns); `tableAddress` names the analysed table for the reader.
 * With `keepInputs` the inputs stay as the sheet has them (a run from the ribbon never changes a
 * colleague's settings); otherwise they get `settings` and `labels`. The amounts (the fixed amount, the
 * thresholds) are shown in `unit`, the table's, and the fixed amount's label and note say which.
 */
export function settingsSheetPlan(
  settings: ResolvedSettings,
  columns: { totals: string; selected: string; header: string; own: string },
  tableAddress: string,
  labels: number,
  language: Language,
  keepInputs = false,
  unit: AmountUnit = EURO,
): SettingsSheetPlan {
  const t = SETTINGS_TEXT[language];
  const R = SETTINGS_ROWS;
  const B = VALUE_COLUMN;
  const C = APPLIED_COLUMN;
  const D = NOTE_COLUMN;
  const shown = amountDisplay(unit);
  const amountFormat = shown.numberFormat;
  const cells: PlannedCell[] = [];
  const inputRules: SettingsSheetPlan["inputRules"] = [];
  const put = (row: number, column: number, content: string | number, extra: Partial<PlannedCell> = {}) =>
    cells.push({ row, column, content: keepInputs && extra.style === "input" ? null : content, ...extra });
  const label = (row: number, text: string, note?: string) => {
    put(row, 0, text, { style: "label", text: true });
    if (note) put(row, D, note, { style: "note", text: true });
  };
  const input = (
    row: number,
    value: string | number,
    setting: NumberSetting,
    note: string,
    ok?: string,
    across?: AcrossRule,
  ) => {
    const cell = a1(row, B);
    const numberFormat = setting === "amount" ? amountFormat : undefined;
    put(row, B, value, { style: "input", numberFormat });
    put(row, C, appliedValue(cell, setting, across?.test), { style: "computed", numberFormat });
    const own = noteOrMessage(ok ?? accepted(cell, setting), note, invalidSettingText(setting, language));
    put(row, D, across ? `=IF(${across.test},${quote(across.message)},${own.slice(1)})` : own, {
      style: "note",
    });
    const rule = SETTING_RULES[setting];
    inputRules.push({
      row,
      column: B,
      type: rule.decimals === 0 ? "wholeNumber" : "decimal",
      min: rule.min,
      max: rule.upToSumOfWeights ? `=${NAMES.maxScore}` : rule.max === Infinity ? null : String(rule.max),
      allowBlank: rule.empty !== "invalid",
      message: `${acceptedText(setting, language, null)}.`,
    });
  };
  const both = (word: RevenueMethod) =>
    `OR(${NAMES.method}="${METHOD_WORDS.nl[word]}",${NAMES.method}="${METHOD_WORDS.en[word]}")`;
  const revenue = revenueInputs(settings.revenueThreshold);
  const method = a1(R.method, B);
  const words = METHOD_WORDS[language];
  const isAmount = `IFERROR(${namesMethod(method, "amount")},FALSE)`;
  const amountOk = accepted(a1(R.fixedAmount, B), "amount");

  put(0, 0, t.title, { style: "title", text: true });
  put(1, 0, t.intro, { style: "note", text: true });
  label(R.table, t.table);
  put(R.table, B, tableAddress, { style: "computed", text: true });
  label(R.stamp, t.stamp);
  put(R.stamp, B, "", { style: "computed", numberFormat: STAMP_FORMAT });

  for (const section of [R.method - 1, R.scoreThreshold - 1, R.labels - 1])
    put(section, C, t.applied, { style: "section", text: true });
  put(R.method - 1, 0, t.revenueSection, { style: "section", text: true });
  label(R.method, t.method);
  put(R.method, B, words[settings.revenueThreshold.kind], { style: "input", text: true });
  put(
    R.method,
    C,
    `=IFERROR(IF(${namesMethod(method, "amount")},IF(${amountOk},"${words.amount}","${words.median}"),IF(${namesMethod(method, "topPercent")},"${words.topPercent}","${words.median}")),"${words.median}")`,
    { style: "computed" },
  );
  const methodOk = `IFERROR(OR(${SETTING_RULES.revenueMethod.choices.map((m) => namesMethod(method, m)).join(",")}),FALSE)`;
  put(R.method, D, noteOrMessage(methodOk, t.methodNote, invalidSettingText("revenueMethod", language)), {
    style: "note",
  });
  label(R.topPercent, t.topPercent);
  const isTopPercent = `IFERROR(${namesMethod(method, "topPercent")},FALSE)`;
  input(
    R.topPercent,
    revenue.topPercent,
    "topPercent",
    t.topPercentNote,
    `OR(NOT(${isTopPercent}),${accepted(a1(R.topPercent, B), "topPercent")})`,
  );
  label(R.fixedAmount, shown.before ? t.fixedAmount : t.fixedAmountIn(shown.symbol));
  const amountNote = shown.before ? t.fixedAmountNote : `${t.fixedAmountNote} ${t.unitNote(shown.symbol)}`;
  input(R.fixedAmount, revenue.amount, "amount", amountNote, `OR(NOT(${isAmount}),${amountOk})`);
  label(R.revenueThreshold, t.revenueThreshold, t.revenueThresholdNote);
  const selected = columns.selected;
  put(
    R.revenueThreshold,
    B,
    `=IF(${both("amount")},${NAMES.fixedAmount},IF(COUNT(${selected})=0,0,IF(${both("topPercent")},PERCENTILE.INC(${selected},1-${NAMES.topPercent}/100),MEDIAN(${selected}))))`,
    { style: "computed", numberFormat: amountFormat },
  );
  label(R.topN, t.topN);
  input(R.topN, settings.topN ?? "", "topN", t.topNNote);
  label(R.topCut, t.topCut, t.topCutNote);
  put(
    R.topCut,
    B,
    `=IF(OR(${NAMES.topN}="",${NAMES.topN}>=COUNT(${columns.totals})),MIN(${columns.totals}),LARGE(${columns.totals},${NAMES.topN}))`,
    { style: "computed", numberFormat: amountFormat },
  );
  label(R.selectedCount, t.selectedCount);
  put(R.selectedCount, B, `=COUNT(${selected})`, { style: "computed" });

  put(R.scoreThreshold - 1, 0, t.questionSection, { style: "section", text: true });
  label(R.scoreThreshold, t.scoreThreshold);
  input(R.scoreThreshold, settings.scoreThreshold, "scoreThreshold", t.scoreThresholdNote);
  const noneAbove0: AcrossRule = {
    test: noWeightAbove0(CRITERIA.map((c) => a1(R.weights[c], B))),
    message: `${t.invalid}. ${noWeightAbove0Meanwhile(language)}.`,
  };
  for (const c of CRITERIA) {
    label(R.weights[c], t.weight[c]);
    input(R.weights[c], settings.weights[c], "weight", t.question[c], undefined, noneAbove0);
  }
  label(R.maxScore, t.maxScore);
  put(
    R.maxScore,
    B,
    `=SUM(${settingsCell(R.weights.marge, C)}:${settingsCell(R.weights.netwerk, C).split("!")[1]})`,
    { style: "computed" },
  );

  put(R.labels - 1, 0, t.chartSection, { style: "section", text: true });
  label(R.labels, t.labels);
  input(R.labels, labels, "labels", t.labelsNote);
  label(R.yesWords, t.yesWords, t.yesWordsNote);
  YES_WORDS.forEach((word, i) => put(R.yesWords + i, B, word, { style: "computed", text: true }));
  label(R.noWords, t.noWords);
  NO_WORDS.forEach((word, i) => put(R.noWords + i, B, word, { style: "computed", text: true }));
  const totalList = (row: number, words: readonly string[], text: string, note: string) => {
    label(row, text, note);
    words.forEach((word, i) => put(row + i, B, word, { style: "computed", text: true }));
  };
  totalList(R.totalWords, TOTAL_LABELS.words, t.totalWords, t.totalWordsNote);
  totalList(R.totalStarts, TOTAL_LABELS.starts, t.totalStarts, t.totalStartsNote);
  totalList(R.totalEnds, TOTAL_LABELS.ends, t.totalEnds, t.totalEndsNote);

  cells.push(...chartHelperCells(columns.totals, t.chartHelpers, language));

  const listName = (row: number, count: number) =>
    `${settingsCell(row)}:${settingsCell(row + count - 1).split("!")[1]}`;
  const names = [
    { name: NAMES.method, reference: settingsCell(R.method, C) },
    { name: NAMES.topPercent, reference: settingsCell(R.topPercent, C) },
    { name: NAMES.fixedAmount, reference: settingsCell(R.fixedAmount, C) },
    { name: NAMES.revenueThreshold, reference: settingsCell(R.revenueThreshold) },
    { name: NAMES.topN, reference: settingsCell(R.topN, C) },
    { name: NAMES.topCut, reference: settingsCell(R.topCut) },
    { name: NAMES.selectedCount, reference: settingsCell(R.selectedCount) },
    { name: NAMES.scoreThreshold, reference: settingsCell(R.scoreThreshold, C) },
    ...CRITERIA.map((c) => ({ name: WEIGHT_NAMES[c], reference: settingsCell(R.weights[c], C) })),
    { name: NAMES.maxScore, reference: settingsCell(R.maxScore) },
    { name: NAMES.labels, reference: settingsCell(R.labels, C) },
    { name: NAMES.yesWords, reference: listName(R.yesWords, YES_WORDS.length) },
    { name: NAMES.answers, reference: listName(R.yesWords, YES_WORDS.length + NO_WORDS.length) },
    { name: NAMES.totalWords, reference: listName(R.totalWords, TOTAL_LABELS.words.length) },
    { name: NAMES.totalStarts, reference: listName(R.totalStarts, TOTAL_LABELS.starts.length) },
    { name: NAMES.totalEnds, reference: listName(R.totalEnds, TOTAL_LABELS.ends.length) },
    { name: NAMES.chartTop, reference: settingsCell(CHART_TOP_ROW, CHART_COLUMNS.y) },
    { name: NAMES.table, reference: columns.header },
    { name: NAMES.columns, reference: columns.own },
  ];
  return {
    cells,
    names,
    methodList: {
      row: R.method,
      column: B,
      choices: SETTING_RULES.revenueMethod.choices.map((m) => words[m]),
    },
    inputRules,
    area: { rows: R.totalEnds + TOTAL_LABELS.ends.length, columns: CHART_COLUMNS.letter + 1 },
    unprotectFirst: false,
  };
}

/** The stamp cell's number format, in invariant codes: the run's moment shows as 29/11/2026 22:51. */
export const STAMP_FORMAT = "dd/mm/yyyy hh:mm";

/**
 * The stamp of a run: its moment on the local clock as an Excel date serial, unique to the millisecond so
 * no two runs share one, and shown to the minute as the clock read it (STAMP_FORMAT; earlier versions
 * wrote text with a token). Excel rounds a time to the whole second before it shows the minutes, so
 * 22:51:59.6 would show 22:52: the milliseconds are therefore kept within the first half second.
 */
export function runStamp(now: Date): number {
  const second = new Date(now.getTime());
  second.setMilliseconds(0);
  return dateSerial(second) + now.getMilliseconds() / 2000 / 86_400;
}
