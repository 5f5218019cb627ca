export { segmentTable } from "./segmentTable";
export { DEFAULT_SETTINGS, resolveSettings } from "./settings";
export { YES_WORDS, NO_WORDS, readAnswer } from "./answers";
export { readAmount, isCellError } from "./amounts";
export { headerRole, ACCEPTED_HEADERS, findHeaderRow } from "./headers";
export { OUTPUT_COLUMNS, OUTPUT_HEADERS, outputColumnOf, VISIBLE_OUTPUT_COLUMNS } from "./outputHeaders";
export { QUADRANT_ADVICE, SEGMENT_ADVICE } from "./advice";
export { columnLetters, columnIndex, cellAddress, rangeAddress, quoteSheet } from "./addresses";
export { hasErrors } from "./hasErrors";
export * from "./types";
export { CHART_NAME, NAMES, SETTINGS_SHEET, WEIGHT_NAMES, ALL_NAMES } from "./names";
export type { Grid } from "./grid";
export { valueAt, formulaAt, valuesIn } from "./grid";
export { chooseClientTable, type SheetTable, type ClientTable } from "./locate";
export { layoutOf, type TableLayout } from "./layout";
export { rowFormulas, spreadKind, OUTSIDE_MARK, type RowFormulas, type SpreadKind } from "./formulas";
export { occupiedOutputCells } from "./ownership";
export {
  settingsSheetPlan,
  settingsCell,
  SETTINGS_ROWS,
  METHOD_WORDS,
  EURO_FORMAT,
  type SettingsSheetPlan,
  type PlannedCell,
} from "./settingsSheet";
export { readSettingsSheet, type SheetSettings } from "./readSettingsSheet";
export { chartPlan, SEGMENT_COLORS, type ChartPlan, type SeriesPlan, type PointLabel } from "./chartPlan";
export { chartModel, DEFAULT_LABELS, type ChartModel, type ChartPoint } from "./chartModel";
export { problemMessage } from "./messages";
export { SEGMENT_STYLES, type SegmentStyle } from "./segmentStyles";
export { dataColumn, headerReference, maxScoreOf } from "./dataColumns";
export { CHART_ROWS, CHART_COLUMNS } from "./settingsSheetChart";
export { tableAddress, headerlessTable, otherAnalysis, protectedSheet } from "./analysisChecks";
export { templatePlan, TEMPLATE_ROWS, type TemplatePlan } from "./templatePlan";
export { EXAMPLE_CLIENTS, exampleRows } from "./exampleClients";
