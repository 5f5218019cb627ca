export { NEUTRALS, ON_STRONG, PALETTE } from "./palette";
export { type AmountDisplay, amountDisplay, AMOUNT_UNITS, unitOfNumberFormat } from "./amountFormat";
export {
  autoAxis,
  type Box,
  type ChartFrame,
  type ChartSize,
  DEFAULT_CHART_SIZE,
  FONT_SIZES,
  MARKER_SIZE,
  overlaps,
  plotArea,
  xPoint,
  yPoint,
} from "./chartGeometry";
export { chartFrame, namedClients } from "./chartPlan";
export { isDateFormat } from "./dateFormat";
export { labelBox, type LabelPosition, letterBox, overlappingPairs } from "./labelPlacement";
export { textWidth } from "./textWidth";
export { UNREADABLE_MARK } from "./formulas";
export {
  type ChartPlan,
  type ColumnsPlan,
  type SeriesPlan,
  type PlannedCell,
  type SettingsSheetPlan,
  type WorkbookPlan,
} from "./plan";
export { planRun, type PlannedRun, type ReplacedSetting, type RunOutcome, type RunRequest } from "./planRun";
export { readSettingsSheet } from "./readSettingsSheet";
export { type SegmentedList, segmentedList } from "./refusals";
export { type Remedy, refusalOf, remediesOf } from "./remedies";
export {
  type AnalysedSheet,
  type ColumnValidation,
  type RemovalPlan,
  removalPlan,
  settingsSheetByNames,
  validationRanges,
} from "./removalPlan";
export { type ListOwnership, listOwnership, refersToRowOnly } from "./listOwnership";
export { RESERVE_ROWS } from "./ownership";
export { SETTINGS_READ_AREA, SETTINGS_ROWS, VALUE_COLUMN } from "./settingsSheet";
export { ownsSettingsSheet } from "./settingsSheetOwner";
export { sheetOfReference } from "./nameReferences";
export { type Grid, type SheetSnapshot, type SheetTable } from "./snapshot";
export { templatePlan } from "./templatePlan";
export { ALL_NAMES, CHART_NAME, NAMES, SETTINGS_SHEET } from "./workbookNames";
