export { a1, cellAddress, columnLetters, quoteSheet, rangeAddress, splitAddress } from "./addresses";
export { YES_WORDS } from "./answers";
export { hasErrors } from "./problems";
export { ACCEPTED_HEADERS, REQUIRED_ROLES, findHeaderRow } from "./headers";
export { problemMessage } from "./texts";
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
export {
  CRITERIA,
  type Cell,
  type Client,
  type Columns,
  type Criterion,
  type Language,
  type Origin,
  type Problem,
  type QuadrantSummary,
  type ResolvedSettings,
  type RevenueThreshold,
  type Segment,
  type SegmentSummary,
  type SegmentationResult,
  type Settings,
  type Severity,
  type Thresholds,
} from "./types";
