import type { Problem, Severity } from "../method";

/** How many problems the list shows before "Toon alle". */
export const FIRST_PROBLEMS = 50;

/** The problems of one severity that are shown. */
export interface ProblemGroup {
  severity: Severity;
  problems: Problem[];
}

/** Errors first, then warnings, each in the engine's order; only the first `limit` overall when given. */
export function problemGroups(problems: readonly Problem[], limit?: number): ProblemGroup[] {
  const ordered = [
    ...problems.filter((p) => p.severity === "error"),
    ...problems.filter((p) => p.severity === "warning"),
  ].slice(0, limit);
  return (["error", "warning"] as const)
    .map((severity) => ({ severity, problems: ordered.filter((p) => p.severity === severity) }))
    .filter((group) => group.problems.length > 0);
}
