import { replaceFunction } from "./replaceFunction";
import { CellError, ErrorType, HyperFormula } from "hyperformula";

/*
 * Excel's SUBTOTAL, which HyperFormula gets wrong where subtotalled lists tell: Excel leaves out the
 * cells of the range that hold a SUBTOTAL (or AGGREGATE) themselves, so a grand total over a list with
 * Data > Subtotal's rows counts every client once; and function numbers 101–111 also leave out the
 * hidden rows. (The double does not tell rows hidden by a filter from rows hidden by hand: its hidden
 * rows count as hidden by hand, which 1–11 still count.)
 */

/** What SUBTOTAL needs of the workbook besides the values: which cells are subtotals, which rows are hidden. */
export interface SubtotalFacts {
  isSubtotal(sheet: number, row: number, column: number): boolean;
  isHidden(sheet: number, row: number): boolean;
}

/** The facts of each engine, by its interpreter (what a function plugin knows of its engine). */
const FACTS = new WeakMap<object, SubtotalFacts>();

type Aggregate = (numbers: number[], filled: number) => number | CellError;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => sum(xs) / xs.length;
const squares = (xs: number[]) => {
  const m = mean(xs);
  return sum(xs.map((x) => (x - m) ** 2));
};
const divZero = () => new CellError(ErrorType.DIV_BY_ZERO);

/** The aggregates by function number 1–11 (101–111 are the same without hidden rows). */
const AGGREGATES: Record<number, Aggregate> = {
  1: (xs) => (xs.length === 0 ? divZero() : mean(xs)),
  2: (xs) => xs.length,
  3: (_, filled) => filled,
  4: (xs) => (xs.length === 0 ? 0 : Math.max(...xs)),
  5: (xs) => (xs.length === 0 ? 0 : Math.min(...xs)),
  6: (xs) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a * b, 1)),
  7: (xs) => (xs.length < 2 ? divZero() : Math.sqrt(squares(xs) / (xs.length - 1))),
  8: (xs) => (xs.length < 1 ? divZero() : Math.sqrt(squares(xs) / xs.length)),
  9: (xs) => sum(xs),
  10: (xs) => (xs.length < 2 ? divZero() : squares(xs) / (xs.length - 1)),
  11: (xs) => (xs.length < 1 ? divZero() : squares(xs) / xs.length),
};

/** A HyperFormula number (plain, or a percent/currency/date number object) as a JavaScript number, else undefined. */
const numberOf = (value: unknown): number | undefined => {
  if (typeof value === "number") return value;
  if (typeof value === "object" && value !== null && "val" in value) {
    const val = (value as { val: unknown }).val;
    return typeof val === "number" ? val : undefined;
  }
  return undefined;
};

/** What a range argument evaluates to in HyperFormula: its values and, for a reference, where it starts. */
interface RangeValue {
  data: unknown[][];
  range?: { start: { sheet: number; row: number; col: number } };
}

/** The members of HyperFormula's numeric aggregation plugin that SUBTOTAL needs. */
interface AggregationPlugin {
  interpreter: object;
  evaluateAst(ast: unknown, state: unknown): unknown;
}

/** SUBTOTAL(function_num, ref1, …) as Excel computes it. */
function excelSubtotal(this: AggregationPlugin, ast: { args: unknown[] }, state: unknown): unknown {
  if (ast.args.length < 2) return new CellError(ErrorType.NA);
  const kind = numberOf(this.evaluateAst(ast.args[0], state));
  const aggregate = kind === undefined ? undefined : AGGREGATES[Math.trunc(kind) % 100];
  if (kind === undefined || !aggregate || (kind > 11 && kind < 101) || kind > 111)
    return new CellError(ErrorType.VALUE);
  const skipHidden = kind > 100;
  const facts = FACTS.get(this.interpreter);
  const values: unknown[] = [];
  for (const arg of ast.args.slice(1)) {
    const value = this.evaluateAst(arg, state) as unknown;
    if (typeof value !== "object" || value === null || !("data" in value)) {
      values.push(value);
      continue;
    }
    const range = value as RangeValue;
    const start = range.range?.start;
    range.data.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (start && facts) {
          if (facts.isSubtotal(start.sheet, start.row + r, start.col + c)) return;
          if (skipHidden && facts.isHidden(start.sheet, start.row + r)) return;
        }
        values.push(cell);
      }),
    );
  }
  const error = values.find((v) => v instanceof CellError);
  if (error) return error;
  const numbers = values.map(numberOf).filter((n): n is number => n !== undefined);
  const filled = values.filter((v) => v !== undefined && v !== null && typeof v !== "symbol").length;
  return aggregate(numbers, filled);
}

/** Registers, once per HyperFormula module, Excel's SUBTOTAL in place of HyperFormula's. */
export function replaceSubtotal(): void {
  replaceFunction("SUBTOTAL", "subtotal", excelSubtotal, "test/double/subtotal.ts");
}

/** Tells an engine's SUBTOTAL which cells are subtotals and which rows are hidden. */
export function setSubtotalFacts(hf: HyperFormula, facts: SubtotalFacts): void {
  const interpreter = (hf as unknown as { evaluator?: { interpreter?: object } }).evaluator?.interpreter;
  if (!interpreter) throw new Error("HyperFormula's interpreter moved: update test/double/subtotal.ts.");
  FACTS.set(interpreter, facts);
}
