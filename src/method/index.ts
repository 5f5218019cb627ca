export {
  a1,
  absoluteCell,
  cellAddress,
  columnIndex,
  columnLetters,
  quoteSheet,
  rangeAddress,
  splitAddress,
} from "./addresses";
export { NO_WORDS, YES_WORDS } from "./answers";
export { isTotalLabel, TOTAL_LABEL_EDGES, TOTAL_LABELS } from "./totalRows";
export { readAmount } from "./amounts";
export { EURO, MILLION_EURO, THOUSAND_EURO } from "./units";
export { excelTrim } from "./normalize";
export { hasErrors } from "./problems";
export { findHeaderRow } from "./headers";
export { headerTexts } from "./headerShapes";
export { columnsRead, type ColumnRead } from "./columnsRead";
export { acceptedAnswers, problemMessage, QUESTIONS, type Question } from "./texts";
export { quoteValue } from "./normalize";
export {
  OUTPUT_COLUMNS,
  OUTPUT_HEADERS,
  type OutputColumn,
  VISIBLE_OUTPUT_COLUMNS,
  outputColumnOf,
} from "./resultColumns";
export { segmentTable } from "./segmentTable";
export { DEFAULT_LABELS, DEFAULT_SETTINGS, maxScoreOf } from "./settings";
export { formatDecimal } from "./decimalText";
export { excelDigits } from "./compare";
export {
  amountShape,
  type AmountShape,
  dateSerial,
  NUMBER_SPACE,
  shownAmount,
  shownCount,
  shownPlain,
  shownShare,
  typedAmount,
} from "./shownValues";
export {
  acceptedText,
  ambiguousText,
  checkSetting,
  excelRound,
  methodOfWord,
  type NumberSetting,
  SETTING_RULES,
  type SettingKey,
  settingValueOfText,
  someWeightAbove0,
} from "./settingRules";
export {
  CRITERIA,
  type Cell,
  type Client,
  type Columns,
  type Criterion,
  type Language,
  type Origin,
  type Problem,
  type ProblemCode,
  type QuadrantSummary,
  type ResolvedSettings,
  type RevenueMethod,
  type RevenueThreshold,
  type Segment,
  type SegmentSummary,
  type SegmentationResult,
  type Settings,
  type Severity,
  type AmountUnit,
  type SkipReason,
  type TableFacts,
  type Thresholds,
  unknownRevenueThreshold,
} from "./types";
