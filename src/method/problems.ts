import { problemMessage, type MessageParts } from "./texts";
import type { Language, Problem, ProblemCode, SegmentationResult, Severity } from "./types";

/** How many problems are listed before the rest is counted in one closing message. */
export const PROBLEM_LIMIT = 1000;

const byImportance = (a: Problem, b: Problem): number =>
  (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || a.row - b.row || a.column - b.column;

/** Collects problems in the user's language, listing at most PROBLEM_LIMIT of them, errors before warnings. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  private hidden = 0;
  private hiddenSeverity: Severity = "warning";
  private errorCount = 0;
  private listedWarnings = 0;

  constructor(private readonly language: Language) {}

  /** Records a problem about a cell (row and column index into values, -1 when none). */
  add(severity: Severity, code: ProblemCode, row: number, column: number, parts: MessageParts): void {
    if (this.count(severity)) this.list(severity, code, row, column, parts);
  }

  /**
   * Counts a problem and says whether it will be listed; only then does the caller describe it with
   * `list`, so a million empty answers cost no messages.
   */
  count(severity: Severity): boolean {
    if (severity === "error") this.errorCount++;
    if (this.problems.length < PROBLEM_LIMIT) return true;
    if (severity === "error" && this.listedWarnings > 0) return true;
    this.hidden++;
    if (severity === "error") this.hiddenSeverity = "error";
    return false;
  }

  /** Lists a problem that `count` accepted; when the list is full an error takes the place of the last warning. */
  list(severity: Severity, code: ProblemCode, row: number, column: number, parts: MessageParts): void {
    if (this.problems.length >= PROBLEM_LIMIT) {
      const last = this.problems.map((p) => p.severity).lastIndexOf("warning");
      this.problems.splice(last, 1);
      this.listedWarnings--;
      this.hidden++;
    }
    if (severity === "warning") this.listedWarnings++;
    const message = problemMessage(this.language, code, parts);
    this.problems.push({ row, column, severity, code, message, address: parts.address });
  }

  /** True when any error was recorded, listed or not. */
  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /** The problems, errors first, with the count of those left out when there were too many. */
  finish(): Problem[] {
    this.problems.sort(byImportance);
    if (this.hidden > 0) {
      const message = problemMessage(this.language, "too-many-problems", { address: "", count: this.hidden });
      this.problems.push({
        row: -1,
        column: -1,
        severity: this.hiddenSeverity,
        code: "too-many-problems",
        message,
        address: "",
      });
    }
    return this.problems;
  }
}

/** True when the result holds an error, so nothing may be written. */
export function hasErrors(result: Pick<SegmentationResult, "problems">): boolean {
  return result.problems.some((p) => p.severity === "error");
}
