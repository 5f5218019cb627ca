import {
  acceptedText,
  type Cell,
  cellAddress,
  checkSetting,
  CRITERIA,
  type Criterion,
  DEFAULT_LABELS,
  type Language,
  maxScoreOf,
  methodOfWord,
  type NumberSetting,
  type Problem,
  problemMessage,
  quoteValue,
  type SettingKey,
  type Settings,
  settingValueOfCell,
  unknownRevenueThreshold,
} from "../method";
import { SETTINGS_SHEET } from "./workbookNames";
import { SETTINGS_ROWS, VALUE_COLUMN } from "./settingsSheet";

/** What the settings sheet says: the method's settings, how many names to show, and what is wrong. */
export interface SheetSettings {
  settings: Settings;
  labels: number;
  problems: Problem[];
}

const ORIGIN = { sheet: SETTINGS_SHEET, row: 0, column: 0 };

/**
 * Reads the settings sheet (values from A1) by the method's SETTING_RULES, as the pane's form does;
 * every value the rules reject is an error naming its cell, e.g. 'ABC-instellingen'!B15, in row order.
 */
export function readSettingsSheet(values: readonly (readonly Cell[])[], language: Language): SheetSettings {
  const problems: Problem[] = [];
  const R = SETTINGS_ROWS;
  const at = (row: number): Cell => values[row]?.[VALUE_COLUMN] ?? "";
  const label = (row: number) => String(values[row]?.[0] ?? "").trim() || cellAddress(ORIGIN, row, 0);
  const fail = (row: number, rule: SettingKey, maxScore: number | null = null) => {
    const address = cellAddress(ORIGIN, row, VALUE_COLUMN);
    const message = problemMessage(language, "invalid-setting", {
      address,
      setting: `${label(row)} (${address})`,
      value: quoteValue(at(row)),
      accepted: acceptedText(rule, language, maxScore),
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
  const read = (
    row: number,
    rule: NumberSetting,
    maxScore: number | null = null,
  ): number | null | undefined => {
    const checked = checkSetting(rule, settingValueOfCell(at(row), language), maxScore);
    if (!checked.ok) fail(row, rule, maxScore);
    return checked.ok ? checked.value : undefined;
  };
  const isNumber = (n: number | null | undefined): n is number => typeof n === "number";

  const settings: Settings = { language };
  const method = methodOfWord(String(at(R.method)));
  switch (method) {
    case null:
      fail(R.method, "revenueMethod");
      break;
    case "median":
      settings.revenueThreshold = { kind: "median" };
      break;
    case "topPercent": {
      const topPercent = read(R.topPercent, "topPercent");
      if (isNumber(topPercent)) settings.revenueThreshold = { kind: "topPercent", topPercent };
      break;
    }
    case "amount": {
      const amount = read(R.fixedAmount, "amount");
      if (isNumber(amount)) settings.revenueThreshold = { kind: "amount", amount };
      break;
    }
    default:
      unknownRevenueThreshold(method);
  }

  const topN = read(R.topN, "topN");
  if (isNumber(topN)) settings.topN = topN;
  const weights: Partial<Record<Criterion, number>> = {};
  for (const c of CRITERIA) {
    const w = read(R.weights[c], "weight");
    if (isNumber(w)) weights[c] = w;
  }
  settings.weights = weights;
  const allWeights = CRITERIA.every((c) => weights[c] !== undefined);
  const maxScore = allWeights ? maxScoreOf(weights as Record<Criterion, number>) : null;
  const score = read(R.scoreThreshold, "scoreThreshold", maxScore);
  if (isNumber(score)) settings.scoreThreshold = score;
  const labels = read(R.labels, "labels") ?? DEFAULT_LABELS;

  problems.sort((a, b) => a.row - b.row);
  return { settings, labels, problems };
}
