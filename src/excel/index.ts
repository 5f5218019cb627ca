export { segmentActiveSheet, type SegmentOutcome, type SegmentOptions } from "./segmentActiveSheet";
export { displayLanguage } from "./host";
export { describeFailure, describeSegmentFailure } from "./texts";
export { goToCell } from "./goToCell";
export { loadSettings } from "./loadSettings";
export { insertTemplate } from "./insertTemplate";
