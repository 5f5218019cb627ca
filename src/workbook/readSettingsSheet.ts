import {
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
  SETTING_RULES,
  someWeightAbove0,
  unknownRevenueThreshold,
  excelTrim,
} from "../method";
import { SETTINGS_SHEET } from "./workbookNames";
import { acceptedMeanwhile, noWeightAbove0Meanwhile, SETTINGS_ROWS, VALUE_COLUMN } from "./settingsSheet";

/** What the settings sheet applies: the method's settings, how many names to show, and what is wrong. */
export interface SheetSettings {
  settings: Settings;
  labels: number;
  problems: Problem[];
  /** The revenue threshold the sheet's formula applies now, in the table's unit; null when it shows no number. */
  revenueThreshold: number | null;
}

const ORIGIN = { sheet: SETTINGS_SHEET, row: 0, column: 0 };

/** A number input as the sheet's formulas read it: a number as it is, empty (or spaces) as null, anything else NaN. */
function numberOfCell(cell: Cell): number | null {
  if (typeof cell === "number") return cell;
  if (typeof cell === "string" && excelTrim(cell) === "") return null;
  return NaN;
}

/**
 * Reads the settings sheet (values from A1) by the method's SETTING_RULES exactly as the sheet's own
 * formulas apply them: a value the rules reject is a warning naming its cell (e.g. 'ABC-instellingen'!B16)
 * with the message the sheet shows beside it, and that setting's default applies, in row order (four
 * weights of 0 are a warning on each, and 1 applies to each). Also the revenue threshold the sheet applies.
 */
export function readSettingsSheet(values: readonly (readonly Cell[])[], language: Language): SheetSettings {
  const problems: Problem[] = [];
  const R = SETTINGS_ROWS;
  const at = (row: number): Cell => values[row]?.[VALUE_COLUMN] ?? "";
  const label = (row: number) => String(values[row]?.[0] ?? "").trim() || cellAddress(ORIGIN, row, 0);
  const warn = (row: number, rule: SettingKey, maxScore: number | null = null, accepted?: string) => {
    const address = cellAddress(ORIGIN, row, VALUE_COLUMN);
    const message = problemMessage(language, "invalid-setting", {
      address,
      setting: `${label(row)} (${address})`,
      value: quoteValue(at(row)),
      accepted: accepted ?? acceptedMeanwhile(rule, language, maxScore),
    });
    problems.push({
      row,
      column: VALUE_COLUMN,
      severity: "warning",
      code: "invalid-setting",
      message,
      address,
    });
  };
  /** The input's value when its rule accepts it, else undefined (with a warning). */
  const read = (
    row: number,
    rule: NumberSetting,
    maxScore: number | null = null,
  ): number | null | undefined => {
    const checked = checkSetting(rule, numberOfCell(at(row)), maxScore);
    if (!checked.ok) warn(row, rule, maxScore);
    return checked.ok ? checked.value : undefined;
  };

  const settings: Settings = { language };
  const methodCell = at(R.method);
  const method = typeof methodCell === "string" ? methodOfWord(methodCell) : null;
  switch (method) {
    case null:
      warn(R.method, "revenueMethod");
      settings.revenueThreshold = { kind: "median" };
      break;
    case "median":
      settings.revenueThreshold = { kind: "median" };
      break;
    case "topPercent":
      settings.revenueThreshold = {
        kind: "topPercent",
        topPercent: read(R.topPercent, "topPercent") ?? SETTING_RULES.topPercent.default,
      };
      break;
    case "amount": {
      const amount = read(R.fixedAmount, "amount");
      settings.revenueThreshold =
        typeof amount === "number" ? { kind: "amount", amount } : { kind: "median" };
      break;
    }
    default:
      unknownRevenueThreshold(method);
  }

  const topN = read(R.topN, "topN");
  if (typeof topN === "number") settings.topN = topN;
  const given = CRITERIA.map((c) => read(R.weights[c], "weight"));
  const noneAbove0 = given.every((w) => typeof w === "number") && !someWeightAbove0(given as number[]);
  const weights = {} as Record<Criterion, number>;
  CRITERIA.forEach((c, i) => {
    if (noneAbove0) warn(R.weights[c], "weight", null, noWeightAbove0Meanwhile(language));
    weights[c] = noneAbove0 ? SETTING_RULES.weight.default : (given[i] ?? SETTING_RULES.weight.default);
  });
  settings.weights = weights;
  const maxScore = maxScoreOf(weights);
  settings.scoreThreshold =
    read(R.scoreThreshold, "scoreThreshold", maxScore) ??
    Math.min(SETTING_RULES.scoreThreshold.default, maxScore);
  const labels = read(R.labels, "labels") ?? DEFAULT_LABELS;

  problems.sort((a, b) => a.row - b.row);
  const applied = at(R.revenueThreshold);
  const revenueThreshold = typeof applied === "number" && Number.isFinite(applied) ? applied : null;
  return { settings, labels, problems, revenueThreshold };
}
