import { columnIndex } from "./addresses";

/** A call of Excel's subtotal functions, as Office.js gives formulas (English, maybe with the _xlfn. prefix). */
const SUBTOTAL_CALL = /^=\s*\+?\s*(?:_xlfn\.)?(?:SUBTOTAL|AGGREGATE)\s*\(/i;

/** A formula that is one SUM call and nothing else, with its arguments. */
const SUM_CALL = /^=\s*\+?\s*SUM\(([^()"'!]*)\)\s*$/i;

/** One argument of a SUM: a cell or a range of A1 references on the same sheet, e.g. C2, C$2:C9. */
const REFERENCE = /^\s*\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?\s*$/i;

/**
 * True when a cell's formula adds up other rows of its own column, so its row is a (sub)total and not a
 * client: =SUBTOTAL(…) or =AGGREGATE(…) (what Excel's Data > Subtotal and a filtered list's totals
 * write), or one SUM over at least two other cells of the same column (=SUM(C2:C9), =SUM(C$2:C9),
 * =SUM(C2:C4,C6:C8)). A client's own formula is none: =1200+300, =SUM(D5:G5) across its row,
 * =C5*1.21, =Blad2!B7. `row` and `column` are the cell's zero-based place on the sheet.
 */
export function isSubtotalFormula(formula: unknown, row: number, column: number): boolean {
  if (typeof formula !== "string" || formula.charCodeAt(0) !== 61) return false;
  if (SUBTOTAL_CALL.test(formula)) return true;
  const sum = SUM_CALL.exec(formula);
  if (!sum) return false;
  let cells = 0;
  for (const argument of sum[1].split(",")) {
    const reference = REFERENCE.exec(argument);
    if (!reference) return false;
    const [, fromColumn, fromRow, toColumn = fromColumn, toRow = fromRow] = reference;
    if (columnIndex(fromColumn) !== column || columnIndex(toColumn) !== column) return false;
    const first = Math.min(Number(fromRow), Number(toRow)) - 1;
    const last = Math.max(Number(fromRow), Number(toRow)) - 1;
    if (first <= row && row <= last) return false;
    cells += last - first + 1;
  }
  return cells >= 2;
}
