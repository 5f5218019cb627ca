export { segmentActiveSheet, type SegmentOutcome, type SegmentOptions } from "./segmentActiveSheet";
export { displayLanguage } from "./host";
export { describeFailure } from "./texts";
export { AddinError, failureOf, logFailure, officeErrorCode, type Failure } from "./officeErrors";
export { RunStore, runStore, type LastRun, type Run, type RunSnapshot } from "./runStore";
export { goToCell } from "./goToCell";
export { loadSettings } from "./loadSettings";
export { insertTemplate } from "./insertTemplate";
