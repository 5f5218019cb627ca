export { segmentActiveSheet, type SegmentOutcome, type SegmentOptions } from "./segmentActiveSheet";
export { displayLanguage } from "./host";
export { officeColors, type OfficeColors } from "./officeTheme";
export { describeFailure } from "./texts";
export { AddinError, failureOf, logFailure, officeErrorCode, type Failure } from "./officeErrors";
export {
  RunStore,
  runStore,
  type LastRun,
  type Run,
  type RunSnapshot,
  type WorkbookChange,
} from "./runStore";
export { goToCell } from "./goToCell";
export { loadSettings, type StoredSettings } from "./loadSettings";
export { insertTemplate } from "./insertTemplate";
export { removeAnalysis, type Removal } from "./removeAnalysis";
export { fixRefusal, type RefusalFix } from "./refusalFixes";
export { segmentWatched, watchEarlierSegmentation } from "./watchChanges";
export {
  convertTextAmounts,
  readTextAmounts,
  undoTextAmounts,
  type AmountsWritten,
  type TextAmount,
} from "./convertTextAmounts";
