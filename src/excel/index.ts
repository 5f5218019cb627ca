export { segmentActiveSheet, type SegmentOutcome, type SegmentOptions } from "./segmentActiveSheet";
export { displayLanguage } from "./language";
export { describeFailure, describeSegmentFailure } from "./failures";
export { goToCell, splitAddress } from "./goToCell";
export { loadSettings } from "./loadSettings";
export { insertTemplate } from "./insertTemplate";
