import { cellAddress, rangeAddress } from "./addresses";
import { isCellError, readAmount } from "./amounts";
import { readAnswer } from "./answers";
import { acceptedAnswers } from "./texts";
import type { ProblemLog } from "./problems";
import { quoteValue } from "./normalize";
import { headerText } from "./headers";
import {
  CRITERIA,
  type Answers,
  type Cell,
  type ClientRow,
  type Columns,
  type Criterion,
  type Origin,
} from "./types";

const ANSWER_SETS: readonly Answers[] = Array.from({ length: 16 }, (_, bits) =>
  Object.freeze({
    marge: (bits & 1) !== 0,
    snelheid: (bits & 2) !== 0,
    innovatie: (bits & 4) !== 0,
    netwerk: (bits & 8) !== 0,
  }),
);

/** Reads client rows, reporting every bad cell; shared context for one table. */
export class RowReader {
  private readonly criteriaColumns: number[];
  private readonly weights: number[];
  private readonly accepted: string;

  /** `header` is the table's header row, so messages name a column by the user's own header text. */
  constructor(
    private readonly columns: Columns,
    private readonly header: readonly Cell[],
    weights: Record<Criterion, number>,
    private readonly origin: Origin,
    private readonly log: ProblemLog,
    language: "nl" | "en",
  ) {
    this.criteriaColumns = CRITERIA.map((c) => columns.criteria[c]);
    this.weights = CRITERIA.map((c) => weights[c]);
    this.accepted = acceptedAnswers(language);
  }

  /** The client in row r, not yet segmented, or null when the row has an error (reported). */
  read(row: readonly Cell[], r: number, name: string): ClientRow | null {
    let ok = true;
    const { revenue, potential } = this.columns;
    let sum = 0;
    let count = 0;
    for (let i = 0; i < revenue.length; i++) {
      const amount = this.amount(row, r, revenue[i], name);
      if (amount < 0) ok = false;
      else if (amount === amount) {
        sum += amount;
        count++;
      }
    }
    if (ok && count === 0) {
      ok = false;
      this.log.add("error", "missing-revenue", r, revenue[0], {
        address: rangeAddress(this.origin, r, revenue[0], r, revenue[revenue.length - 1]),
        client: quoteValue(name),
      });
    }
    let potentialValue = 0;
    if (potential >= 0) {
      const amount = this.amount(row, r, potential, name);
      if (amount < 0) ok = false;
      else if (amount === amount) potentialValue = amount;
    }
    let bits = 0;
    let score = 0;
    for (let i = 0; i < 4; i++) {
      const c = this.criteriaColumns[i];
      const cell = c < row.length ? row[c] : "";
      const reading = readAnswer(cell);
      if (reading === "yes") {
        bits |= 1 << i;
        score += this.weights[i];
      } else if (reading === "invalid" && isCellError(cell)) {
        ok = false;
        this.log.add("error", "cell-error", r, c, {
          address: cellAddress(this.origin, r, c),
          value: String(cell),
          column: CRITERIA[i],
          header: this.headerOf(c),
        });
      } else if (reading === "invalid") {
        ok = false;
        this.log.add("error", "invalid-answer", r, c, {
          address: cellAddress(this.origin, r, c),
          value: quoteValue(cell),
          column: CRITERIA[i],
          header: this.headerOf(c),
          accepted: this.accepted,
        });
      } else if (reading === "empty" && this.log.count("warning")) {
        this.log.list("warning", "empty-answer", r, c, {
          address: cellAddress(this.origin, r, c),
          column: CRITERIA[i],
          header: this.headerOf(c),
          client: quoteValue(name),
        });
      }
    }
    if (!ok) return null;
    const average = sum / count;
    return {
      row: r,
      name,
      revenue: average,
      potential: potentialValue,
      total: average + potentialValue,
      answers: ANSWER_SETS[bits],
      score,
      segment: null,
      quadrant: null,
    };
  }

  private headerOf(c: number): string {
    return c < this.header.length ? headerText(this.header[c]) : "";
  }

  /** An amount cell: its value, NaN when empty, or -1 when it is wrong (reported). */
  private amount(row: readonly Cell[], r: number, c: number, name: string): number {
    const cell = c < row.length ? row[c] : "";
    if (typeof cell === "number" && cell >= 0 && cell < Infinity) return cell;
    const reading = readAmount(cell);
    const role = c === this.columns.potential ? "potential" : "revenue";
    const address = (): string => cellAddress(this.origin, r, c);
    if (reading.kind === "empty") return NaN;
    switch (reading.kind) {
      case "number":
        return reading.value;
      case "text":
        this.log.add("error", "text-amount", r, c, {
          address: address(),
          value: quoteValue(cell),
          column: role,
          header: this.headerOf(c),
        });
        return -1;
      case "negative":
        this.log.add("error", "negative-amount", r, c, {
          address: address(),
          value: quoteValue(cell),
          column: role,
          header: this.headerOf(c),
        });
        return -1;
      case "error":
        this.log.add("error", "cell-error", r, c, {
          address: address(),
          value: String(cell),
          column: role,
          header: this.headerOf(c),
        });
        return -1;
      default:
        this.log.add("error", "invalid-amount", r, c, {
          address: address(),
          value: quoteValue(cell),
          column: role,
          header: this.headerOf(c),
          client: quoteValue(name),
        });
        return -1;
    }
  }
}
