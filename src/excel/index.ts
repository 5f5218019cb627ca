export { segmentActiveSheet, type SegmentOutcome, type SegmentOptions } from "./segmentActiveSheet";
export { displayLanguage } from "./language";
export { describeFailure } from "./failures";
