import { replaceFunction } from "./replaceFunction";
import { CellError, ErrorType, HyperFormula, type SimpleRangeValue } from "hyperformula";
import { replaceSubtotal } from "./subtotal";

/*
 * HyperFormula set up to compute as Excel does where the add-in's formulas can tell the difference.
 *
 * Numbers. Excel keeps full IEEE doubles (Office.js `values` gives 0.7999999999999999 for =0.1+0.7),
 * but rounds both operands of a comparison (=, <>, <, <=, >, >= and the criteria of COUNTIF/SUMIF) to
 * 15 significant digits first, just for the comparison: =0.1+0.7>=0.8 and =(0.1+0.7)=0.8 are TRUE,
 * =AVERAGE(100000.1,100000.2)>=100000.15 is TRUE, yet 1 and 1.0000000000001 differ. And when the last
 * operation of a formula is + or - and the result is within a few units in the last place of zero,
 * Excel returns 0 (=0.1+0.7-0.8 is 0). HyperFormula's `smartRounding` only approximates this with a
 * relative `precisionEpsilon` and rounds every value it exports, so it stays off: its comparison is
 * replaced by Excel's 15-digit one and its snap-to-zero tolerance is set to 4 ulps.
 *
 * Text. `=` on text is case-insensitive and knows no wildcards ("*"="Ja" is FALSE, "ja"="JA" TRUE);
 * COUNTIF, SUMIF, SEARCH, VLOOKUP/HLOOKUP exact and MATCH(…, 0) read * ? and ~ as wildcards on the
 * whole cell. HyperFormula does so except in MATCH, which is replaced here.
 *
 * TRUE and FALSE are literals in Excel; HyperFormula knows only the functions TRUE() and FALSE().
 */

/** The engine options that make HyperFormula read text and criteria the way Excel does. */
const EXCEL_OPTIONS = {
  licenseKey: "gpl-v3",
  useArrayArithmetic: true,
  smartRounding: false,
  caseSensitive: false,
  accentSensitive: true,
  useWildcards: true,
  useRegularExpressions: false,
  matchWholeCell: true,
  maxRows: 1_048_576,
  maxColumns: 16_384,
} as const;

/** How close to zero a sum or difference must land, relative to its first operand, to become 0. */
const SNAP_TO_ZERO = 4 * Number.EPSILON;

/** Excel's comparison of two numbers: equal when they agree to 15 significant digits. */
export function compareAt15Digits(left: number, right: number): number {
  if (left === right) return 0;
  if (Number(left.toPrecision(15)) === Number(right.toPrecision(15))) return 0;
  return left > right ? 1 : -1;
}

/**
 * Excel's comparison of two texts: equal only when they are the same but for case ("a b" and "a\u00a0b"
 * differ, which HyperFormula's collator, ignoring such tertiary differences, calls equal); otherwise in
 * the collator's order, and in code-unit order where the collator sees no difference.
 */
export function compareText(left: string, right: string, collate: (l: string, r: string) => number): number {
  if (left === right || left.toLowerCase() === right.toLowerCase()) return 0;
  return collate(left, right) || (left < right ? -1 : 1);
}

/** The parts of HyperFormula's arithmetic helper this file replaces (public in its typings, or a field). */
interface Arithmetic {
  floatCmp(left: unknown, right: unknown): number;
  stringCmp(left: string, right: string): number;
  actualEps: number;
  requiresRegex(pattern: string): boolean;
  eqMatcherFunction(pattern: string): (value: unknown) => boolean;
}

/** The members of HyperFormula's lookup plugin that Excel's MATCH needs. */
interface LookupPlugin {
  arithmeticHelper: Arithmetic;
  columnSearch: Search;
  rowSearch: Search;
  metadata(name: string): unknown;
  runFunction(
    args: unknown,
    state: unknown,
    metadata: unknown,
    fn: (key: unknown, range: SimpleRangeValue, type: number) => unknown,
  ): unknown;
  doMatch(key: unknown, range: SimpleRangeValue, type: number): unknown;
}

interface Search {
  advancedFind(
    matches: (value: unknown) => boolean,
    range: SimpleRangeValue,
    options: { returnOccurrence: "first" },
  ): number;
}

/** MATCH(key, range, 0) with Excel's wildcards; every other case as HyperFormula computes it. */
function excelMatch(this: LookupPlugin, ast: { args: unknown }, state: unknown): unknown {
  return this.runFunction(ast.args, state, this.metadata("MATCH"), (key, range, type) => {
    const wildcard = type === 0 && typeof key === "string" && this.arithmeticHelper.requiresRegex(key);
    if (!wildcard) return this.doMatch(key ?? 0, range, type);
    if (range.width() > 1 && range.height() > 1) return new CellError(ErrorType.NA);
    const search = range.width() === 1 ? this.columnSearch : this.rowSearch;
    const at = search.advancedFind(this.arithmeticHelper.eqMatcherFunction(key), range, {
      returnOccurrence: "first",
    });
    return at < 0 ? new CellError(ErrorType.NA) : at + 1;
  });
}

/** Registers, once per HyperFormula module, a MATCH that knows wildcards. */
function replaceMatch(): void {
  replaceFunction("MATCH", "match", excelMatch, "test/double/engine.ts");
}

/** A HyperFormula engine that compares numbers, matches text and subtotals the way Excel does. */
export function createEngine(): HyperFormula {
  replaceMatch();
  replaceSubtotal();
  const hf = HyperFormula.buildEmpty(EXCEL_OPTIONS);
  const arithmetic = hf.evaluator?.interpreter?.arithmeticHelper as unknown as Arithmetic | undefined;
  if (!arithmetic || typeof arithmetic.floatCmp !== "function" || arithmetic.actualEps !== 0)
    throw new Error("HyperFormula's arithmetic helper changed: update test/double/engine.ts.");
  arithmetic.floatCmp = (left, right) => compareAt15Digits(Number(rawNumber(left)), Number(rawNumber(right)));
  const collate = arithmetic.stringCmp.bind(arithmetic);
  arithmetic.stringCmp = (left, right) => compareText(left, right, collate);
  arithmetic.actualEps = SNAP_TO_ZERO;
  hf.addNamedExpression("TRUE", "=TRUE()");
  hf.addNamedExpression("FALSE", "=FALSE()");
  return hf;
}

/** A HyperFormula number (plain, or a percent/currency/date number object) as a JavaScript number. */
function rawNumber(value: unknown): unknown {
  return typeof value === "object" && value !== null && "val" in value
    ? (value as { val: unknown }).val
    : value;
}
