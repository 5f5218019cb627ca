import type { SegmentationResult } from "./types";

/** True when the result holds an error, so nothing may be written. */
export function hasErrors(result: Pick<SegmentationResult, "problems">): boolean {
  return result.problems.some((p) => p.severity === "error");
}
