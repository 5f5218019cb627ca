import { cellAddress, rangeAddress } from "./addresses";
import { isCellError, readAmount } from "./amounts";
import { readAnswer } from "./answers";
import { acceptedAnswers } from "./texts";
import type { ProblemLog } from "./problems";
import { quoteValue } from "./normalize";
import { headerText } from "./headers";
import { atLeast, excelDigits } from "./compare";
import { cellOf } from "./safeCells";
import { formatDecimal } from "./decimalText";
import { shownAmount } from "./shownValues";
import {
  CRITERIA,
  type Answers,
  type Cell,
  type ClientRow,
  type Columns,
  type Criterion,
  type Language,
  type Origin,
} from "./types";

/** What RowReader.amount returns for a wrong cell (reported); any other value is an amount, or NaN for empty. */
const WRONG = -Infinity;

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
  /** What the revenue and potential cells are multiplied by to be in the table's unit (columns.scale; 1 when not given). */
  private readonly revenueScale: number;
  private readonly potentialScale: number;

  /** `header` is the table's header row, so messages name a column by the user's own header text. */
  constructor(
    private readonly columns: Columns,
    private readonly header: readonly Cell[],
    weights: Record<Criterion, number>,
    private readonly origin: Origin,
    private readonly log: ProblemLog,
    private readonly language: Language,
  ) {
    this.criteriaColumns = CRITERIA.map((c) => columns.criteria[c]);
    this.weights = CRITERIA.map((c) => weights[c]);
    this.accepted = acceptedAnswers(language);
    this.revenueScale = columns.revenue.length > 0 ? (columns.scale[columns.revenue[0]] ?? 1) : 1;
    this.potentialScale = columns.potential >= 0 ? (columns.scale[columns.potential] ?? 1) : 1;
  }

  /** The client in row r, not yet segmented, or null when the row has an error (reported). */
  read(row: readonly unknown[], r: number, name: string): ClientRow | null {
    let ok = true;
    const { revenue, potential } = this.columns;
    let sum = 0;
    let count = 0;
    // A credit note may make a year negative; the sheet checks that the positive amounts are at least
    // the negative ones (MAX(…,0)+… >= -(MIN(…,0)+…)), summed in the same order here.
    let positive = 0;
    let negative = 0;
    for (let i = 0; i < revenue.length; i++) {
      const amount = this.amount(row, r, revenue[i], name);
      if (amount === WRONG) ok = false;
      else if (amount === amount) {
        sum += amount;
        count++;
        if (amount < 0) negative += amount;
        else positive += amount;
      }
    }
    if (ok && count === 0) {
      ok = false;
      this.log.add("error", "missing-revenue", r, revenue[0], {
        address: this.revenueCells(r),
        client: quoteValue(name),
      });
    }
    if (ok && negative < 0) ok = this.creditNotes(row, r, name, positive, negative, sum / count);
    let potentialValue = 0;
    if (potential >= 0) {
      const amount = this.amount(row, r, potential, name);
      if (amount === WRONG) ok = false;
      else if (amount === amount) potentialValue = amount;
    }
    let bits = 0;
    let score = 0;
    for (let i = 0; i < 4; i++) {
      const c = this.criteriaColumns[i];
      const value = c < row.length ? row[c] : "";
      // Office.js gives only cells; other callers' values are read as the cells they would be.
      const cell = typeof value === "string" ? value : cellOf(value);
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
      } else if (reading === "empty" && name !== "" && this.log.count("warning")) {
        this.log.list("warning", "empty-answer", r, c, {
          address: cellAddress(this.origin, r, c),
          column: CRITERIA[i],
          header: this.headerOf(c),
          client: quoteValue(name),
        });
      }
    }
    if (!ok) return null;
    // As the sheet's Totaal: AVERAGE(…)*scale+SUM(potential)*scale (a scale of 1 leaves a number exactly
    // as it is), with an average of exactly 0 where credit notes cancel the other years to 15 digits.
    const cancelled = negative < 0 && excelDigits(positive) === excelDigits(-negative);
    const average = (cancelled ? 0 : sum / count) * this.revenueScale;
    // Multiplied only when needed, so whole amounts stay small integers (a field V8 need not box).
    const potentialAmount = this.potentialScale === 1 ? potentialValue : potentialValue * this.potentialScale;
    return {
      row: r,
      name,
      revenue: average,
      potential: potentialAmount,
      total: average + potentialAmount,
      answers: ANSWER_SETS[bits],
      score,
      segment: null,
      quadrant: null,
    };
  }

  private headerOf(c: number): string {
    return c < this.header.length ? headerText(this.header[c]) : "";
  }

  /** The revenue cells of row r as one address, e.g. Klanten!B5:D5. */
  private revenueCells(r: number): string {
    const { revenue } = this.columns;
    return rangeAddress(this.origin, r, revenue[0], r, revenue[revenue.length - 1]);
  }

  /**
   * A client with a negative revenue cell: a warning per such cell while the average stays 0 or more
   * (compared at 15 digits, as the sheet does), else one error naming the revenue cells. True when accepted.
   */
  private creditNotes(
    row: readonly unknown[],
    r: number,
    name: string,
    positive: number,
    negative: number,
    average: number,
  ): boolean {
    if (!atLeast(positive, -negative)) {
      this.log.add("error", "negative-average", r, this.columns.revenue[0], {
        address: this.revenueCells(r),
        client: quoteValue(name),
        value: shownAmount(average * this.revenueScale, this.columns.unit, this.language),
      });
      return false;
    }
    for (const c of this.columns.revenue) {
      const cell = row[c];
      if (typeof cell !== "number" || !(cell < 0)) continue;
      this.log.add("warning", "negative-revenue", r, c, {
        address: cellAddress(this.origin, r, c),
        value: quoteValue(formatDecimal(cell, this.language)),
        column: "revenue",
        header: this.headerOf(c),
        client: quoteValue(name),
      });
    }
    return true;
  }

  /**
   * An amount cell: its value, NaN when empty, or WRONG when it is wrong (reported). A negative number
   * is a value in a revenue column (a credit note) and wrong in the potential column.
   */
  private amount(row: readonly unknown[], r: number, c: number, name: string): number {
    const value = c < row.length ? row[c] : "";
    if (typeof value === "number" && value >= 0 && value < Infinity) return value;
    const cell = cellOf(value);
    const reading = readAmount(cell);
    const role = c === this.columns.potential ? "potential" : "revenue";
    if (reading.kind === "empty") return NaN;
    if (reading.kind === "negative" && role === "revenue" && typeof cell === "number") return cell;
    const address = cellAddress(this.origin, r, c);
    const header = this.headerOf(c);
    switch (reading.kind) {
      case "number":
        return reading.value;
      case "text":
        this.log.add("error", "text-amount", r, c, {
          address,
          value: quoteValue(cell),
          column: role,
          header,
        });
        return WRONG;
      case "negative":
        // Text such as "-1.200" in a revenue column is text the sheet's formulas do not count.
        this.log.add(
          "error",
          typeof cell === "string" && role === "revenue" ? "text-amount" : "negative-amount",
          r,
          c,
          {
            address,
            value: quoteValue(cell),
            column: role,
            header,
          },
        );
        return WRONG;
      case "error":
        this.log.add("error", "cell-error", r, c, { address, value: String(cell), column: role, header });
        return WRONG;
      default:
        this.log.add("error", "invalid-amount", r, c, {
          address,
          value: quoteValue(cell),
          column: role,
          header,
          client: quoteValue(name),
        });
        return WRONG;
    }
  }
}
