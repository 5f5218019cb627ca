import type { LastRun } from "../excel";
import { refusalOf } from "../workbook";
import type { Texts } from "./texts";

/** What the status region says about the latest run: busy, done (with counts), refused (why), nothing changed, or failed. */
export function runStatus(run: LastRun, busy: boolean, texts: Texts): string {
  if (busy) return texts.segmenting;
  if (run === null) return "";
  if (run.kind === "failure") return texts.statusFailed(run.message);
  const { result, written } = run.outcome;
  const errors = result.problems.filter((p) => p.severity === "error").length;
  const warnings = result.problems.length - errors;
  const refusal = written ? null : refusalOf(result.problems);
  if (refusal) return texts.statusRefused(refusal.message);
  if (!written) return texts.statusNothingChanged(errors);
  const { segments, clientCount } = result.summary;
  const done = texts.statusDone(clientCount, segments.A.count, segments.B.count, segments.C.count);
  return warnings > 0 ? done + texts.statusWarnings(warnings) : done;
}
