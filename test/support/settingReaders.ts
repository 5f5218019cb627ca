import { formatDecimal } from "../../src/method/decimalText";
import { ProblemLog } from "../../src/method/problems";
import { SETTING_RULES, settingValueOfText } from "../../src/method/settingRules";
import { DEFAULT_SETTINGS, resolveSettings } from "../../src/method/settings";
import {
  CRITERIA,
  type Cell,
  type Criterion,
  type Language,
  type Problem,
  type ResolvedSettings,
  type RevenueMethod,
  type Settings,
} from "../../src/method/types";
import { readSettingsSheet } from "../../src/workbook/readSettingsSheet";
import { settingsSheetPlan, SETTINGS_ROWS } from "../../src/workbook/settingsSheet";
import { readForm } from "../../src/taskpane/readForm";
import { formFromStored, type SettingsForm } from "../../src/taskpane/settingsForm";

/**
 * One value of a setting, as a user may give it: a number (in a cell as a number, or typed as text
 * when `asText`), any text, or nothing. Each reader gets it in its own form: the method the number
 * the text stands for (or the text itself when it stands for none, or null when it is empty), the
 * settings sheet a cell, the pane's form a typed text.
 */
export type Raw =
  { kind: "number"; n: number; asText: boolean } | { kind: "text"; text: string } | { kind: "empty" };

/** The settings a test varies, each as a raw value; `method` is the revenue method or any word. */
export interface RawSettings {
  method: RevenueMethod | string;
  /** The word the settings sheet shows for the method (another language or case is fine). */
  sheetWord?: string;
  topPercent: Raw;
  amount: Raw;
  scoreThreshold: Raw;
  weights: Record<Criterion, Raw>;
  topN: Raw;
  labels: Raw;
  /** The form's switches where the raw value leaves a choice: top N off for empty, names off for 0. */
  topNOff?: boolean;
  labelsOff?: boolean;
}

/** The settings whose values a reader may reject, by the pane's field names, plus the method; "weights" is the four together. */
export type SettingId =
  "method" | "topPercent" | "amount" | "scoreThreshold" | Criterion | "weights" | "topN" | "labels";

/** What one reader made of the settings: what it rejected (with the message) and, when nothing, the resolved settings. */
export interface Reading {
  rejected: Partial<Record<SettingId, string>>;
  resolved: ResolvedSettings | null;
  labels: number | null;
}

/** A raw value that is simply a number. */
export const num = (n: number): Raw => ({ kind: "number", n, asText: false });
/** A raw value typed as text. */
export const text = (t: string): Raw => (t === "" ? { kind: "empty" } : { kind: "text", text: t });

/** The article's defaults as raw values: median, top % 20, score 3, weights 1, no top N, 20 names. */
export function defaultRaw(): RawSettings {
  return {
    method: "median",
    topPercent: num(SETTING_RULES.topPercent.default),
    amount: { kind: "empty" },
    scoreThreshold: num(SETTING_RULES.scoreThreshold.default),
    weights: Object.fromEntries(CRITERIA.map((c) => [c, num(1)])) as Record<Criterion, Raw>,
    topN: { kind: "empty" },
    labels: num(SETTING_RULES.labels.default),
  };
}

const isMethod = (m: string): m is RevenueMethod =>
  (SETTING_RULES.revenueMethod.choices as string[]).includes(m);

/** True when the pane's form can express the method (its radio buttons offer only the three). */
export const formCanShow = (raw: RawSettings): boolean => isMethod(raw.method);

function methodValue(raw: Raw, language: Language): unknown {
  switch (raw.kind) {
    case "number":
      return raw.n;
    case "empty":
      return null;
    case "text": {
      const value = settingValueOfText(raw.text, language);
      return value === null ? null : Number.isNaN(value) ? raw.text : value;
    }
  }
}

function cellOf(raw: Raw, language: Language): Cell {
  switch (raw.kind) {
    case "number":
      return raw.asText ? formatDecimal(raw.n, language) : raw.n;
    case "empty":
      return "";
    case "text":
      return raw.text;
  }
}

function textOf(raw: Raw, language: Language): string {
  switch (raw.kind) {
    case "number":
      return formatDecimal(raw.n, language);
    case "empty":
      return "";
    case "text":
      return raw.text;
  }
}

const resolve = (settings: Settings, language: Language): ResolvedSettings => {
  const log = new ProblemLog(language);
  const resolved = resolveSettings(settings, log);
  expect(log.finish()).toEqual([]);
  return resolved;
};

const METHOD_SETTING = /^(?:Instelling|Setting) ([\w.]+):/;

/** The method: resolveSettings on a Settings object holding the raw values. */
export function readByMethod(raw: RawSettings, language: Language): Reading {
  const v = (r: Raw) => methodValue(r, language);
  const revenueThreshold =
    raw.method === "topPercent"
      ? { kind: "topPercent", topPercent: v(raw.topPercent) }
      : raw.method === "amount"
        ? { kind: "amount", amount: v(raw.amount) }
        : { kind: raw.method };
  const settings = {
    revenueThreshold,
    scoreThreshold: v(raw.scoreThreshold),
    weights: Object.fromEntries(CRITERIA.map((c) => [c, v(raw.weights[c])])),
    topN: v(raw.topN),
    language,
  } as unknown as Settings;
  const log = new ProblemLog(language);
  const resolved = resolveSettings(settings, log);
  const rejected: Reading["rejected"] = {};
  for (const p of log.finish()) {
    const name = METHOD_SETTING.exec(p.message)![1];
    const id = (
      name === "revenueThreshold" ? "method" : name.replace(/^revenueThreshold\.|^weights\./, "")
    ) as SettingId;
    rejected[id] = p.message;
  }
  return { rejected, resolved: Object.keys(rejected).length === 0 ? resolved : null, labels: null };
}

/** The rows of the settings sheet, by setting (the four weights together have no row of their own). */
const ROW_OF: Record<Exclude<SettingId, Criterion | "weights">, number> & Record<Criterion, number> = {
  method: SETTINGS_ROWS.method,
  topPercent: SETTINGS_ROWS.topPercent,
  amount: SETTINGS_ROWS.fixedAmount,
  scoreThreshold: SETTINGS_ROWS.scoreThreshold,
  topN: SETTINGS_ROWS.topN,
  labels: SETTINGS_ROWS.labels,
  ...SETTINGS_ROWS.weights,
};

/** A settings sheet as a first run writes it (with the defaults), as the adapter reads it back. */
function defaultSheet(language: Language): Cell[][] {
  const plan = settingsSheetPlan(
    DEFAULT_SETTINGS,
    { totals: "T", selected: "S", header: "H", own: "O" },
    "",
    20,
    language,
  );
  const values = Array.from({ length: plan.area.rows }, () => Array<Cell>(plan.area.columns).fill(""));
  for (const cell of plan.cells) values[cell.row][cell.column] = cell.content ?? "";
  return values;
}

/** What readSettingsSheet returns for a sheet holding the raw values in column B. */
export function readSettingsSheetOf(raw: RawSettings, language: Language) {
  return readSettingsSheet(sheetHolding(raw, language), language);
}

/** The settings sheet: readSettingsSheet on a sheet holding the raw values in column B. */
export function readBySheet(raw: RawSettings, language: Language): Reading & { problems: Problem[] } {
  const sheet = readSettingsSheet(sheetHolding(raw, language), language);
  const idOfRow = new Map(Object.entries(ROW_OF).map(([id, row]) => [row, id as SettingId]));
  const rejected: Reading["rejected"] = {};
  const noneAbove0 = SETTING_RULES.weight.noneAbove0[language];
  for (const p of sheet.problems)
    rejected[p.message.includes(noneAbove0) ? "weights" : idOfRow.get(p.row)!] = p.message;
  const valid = sheet.problems.length === 0;
  return {
    rejected,
    resolved: valid ? resolve(sheet.settings, language) : null,
    labels: valid ? sheet.labels : null,
    problems: sheet.problems,
  };
}

/** The default settings sheet with the raw values in column B. */
function sheetHolding(raw: RawSettings, language: Language): Cell[][] {
  const values = defaultSheet(language);
  const words = SETTING_RULES.revenueMethod.words[language];
  const put = (id: keyof typeof ROW_OF, cell: Cell) => (values[ROW_OF[id]][1] = cell);
  put("method", raw.sheetWord ?? (isMethod(raw.method) ? words[raw.method] : raw.method));
  put("topPercent", cellOf(raw.topPercent, language));
  put("amount", cellOf(raw.amount, language));
  put("scoreThreshold", cellOf(raw.scoreThreshold, language));
  for (const c of CRITERIA) put(c, cellOf(raw.weights[c], language));
  put("topN", cellOf(raw.topN, language));
  put("labels", cellOf(raw.labels, language));
  return values;
}

/** The pane's form: readForm on the form with the raw values typed in its fields. */
export function readByForm(raw: RawSettings, language: Language): Reading {
  const t = (r: Raw) => textOf(r, language);
  const form: SettingsForm = {
    ...formFromStored(null, language),
    method: raw.method as RevenueMethod,
    topPercent: t(raw.topPercent),
    amount: t(raw.amount),
    scoreThreshold: t(raw.scoreThreshold),
    weights: Object.fromEntries(CRITERIA.map((c) => [c, t(raw.weights[c])])) as Record<Criterion, string>,
    topNOn: !(raw.topN.kind === "empty" && raw.topNOff),
    topN: t(raw.topN),
    labelsOn: !(raw.labels.kind === "number" && raw.labels.n === 0 && raw.labelsOff),
    labels: t(raw.labels),
  };
  const reading = readForm(form, language);
  if (!reading.valid) return { rejected: reading.errors, resolved: null, labels: null };
  return { rejected: {}, resolved: resolve(reading.settings, language), labels: reading.labels };
}
