import {
  type Cell,
  cellAddress,
  CRITERIA,
  DEFAULT_LABELS,
  type Language,
  type Problem,
  problemMessage,
  quoteValue,
  type Settings,
} from "../method";
import { SETTINGS_SHEET } from "./workbookNames";
import { METHOD_WORDS, SETTINGS_ROWS, VALUE_COLUMN } from "./settingsSheet";

/** What the settings sheet says: the method's settings, how many names to show, and what is wrong. */
export interface SheetSettings {
  settings: Settings;
  labels: number;
  problems: Problem[];
}

const ORIGIN = { sheet: SETTINGS_SHEET, row: 0, column: 0 };

const RULES: Record<Language, Record<string, string>> = {
  nl: {
    method: `Kies ${Object.values(METHOD_WORDS.nl).join(", ")}`,
    percent: "Gebruik een getal van 0 tot 100",
    amount: "Gebruik een bedrag van 0 of meer",
    count: "Gebruik een geheel getal van 1 of meer, of laat leeg",
    labels: "Gebruik een geheel getal van 0 of meer (0 = geen namen)",
    number: "Gebruik een getal van 0 of meer",
  },
  en: {
    method: `Choose ${Object.values(METHOD_WORDS.en).join(", ")}`,
    percent: "Use a number from 0 to 100",
    amount: "Use an amount of 0 or more",
    count: "Use a whole number of 1 or more, or leave empty",
    labels: "Use a whole number of 0 or more (0 = no names)",
    number: "Use a number of 0 or more",
  },
};

/** A number typed in a cell, also as text with a decimal comma; null when it is none. */
function numberIn(cell: Cell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string" || cell.trim() === "") return null;
  const n = Number(cell.trim().replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

/** Reads the settings sheet (values from A1); every unreadable setting is an error naming its cell. */
export function readSettingsSheet(values: readonly (readonly Cell[])[], language: Language): SheetSettings {
  const problems: Problem[] = [];
  const at = (row: number): Cell => values[row]?.[VALUE_COLUMN] ?? "";
  const fail = (row: number, label: string, rule: string) => {
    const address = cellAddress(ORIGIN, row, VALUE_COLUMN);
    const accepted = RULES[language][rule];
    const setting = `${label} (${address})`;
    const message = problemMessage(language, "invalid-setting", {
      address,
      setting,
      value: quoteValue(at(row)),
      accepted,
    });
    problems.push({
      row,
      column: VALUE_COLUMN,
      severity: "error",
      code: "invalid-setting",
      message,
      address,
    });
  };
  const R = SETTINGS_ROWS;
  const label = (row: number) => String(values[row]?.[0] ?? "").trim() || cellAddress(ORIGIN, row, 0);
  const amountAt = (row: number, rule: string, max = Infinity): number | null => {
    const n = numberIn(at(row));
    if (n === null || n < 0 || n > max) {
      fail(row, label(row), rule);
      return null;
    }
    return n;
  };

  const settings: Settings = { language };
  const word = String(at(R.method)).trim().toLowerCase();
  const method = (["nl", "en"] as const)
    .map((l) => Object.entries(METHOD_WORDS[l]).find(([, w]) => w === word)?.[0])
    .find(Boolean);
  if (method === "median") settings.revenueThreshold = "median";
  else if (method === "topPercent") {
    const p = amountAt(R.topPercent, "percent", 100);
    if (p !== null) settings.revenueThreshold = { topPercent: p };
  } else if (method === "amount") {
    const a = amountAt(R.fixedAmount, "amount");
    if (a !== null) settings.revenueThreshold = { amount: a };
  } else fail(R.method, label(R.method), "method");

  const topN = at(R.topN);
  if (topN !== "") {
    const n = numberIn(topN);
    if (n === null || !Number.isInteger(n) || n < 1) fail(R.topN, label(R.topN), "count");
    else settings.topN = n;
  }
  const score = amountAt(R.scoreThreshold, "number");
  if (score !== null) settings.scoreThreshold = score;
  settings.weights = {};
  for (const c of CRITERIA) {
    const w = amountAt(R.weights[c], "number");
    if (w !== null) settings.weights[c] = w;
  }
  let labels = DEFAULT_LABELS;
  if (at(R.labels) !== "") {
    const n = numberIn(at(R.labels));
    if (n === null || !Number.isInteger(n) || n < 0) fail(R.labels, label(R.labels), "labels");
    else labels = n;
  }
  return { settings, labels, problems };
}
