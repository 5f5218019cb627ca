import { shiftFormula } from "./formulaText";
import { formatAddress, parseAddress } from "./addresses";
import type { SheetModel, TableModel, WorkbookModel } from "./model";

/*
 * What Excel does to a Table's shape on its own: header names stay unique, calculated columns fill new
 * rows, and a Table grows when a user types right below or right beside it (AutoExpansion).
 */

/** The table whose (visible) header row holds this cell, if any. */
export function headerTableAt(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
): TableModel | undefined {
  return model.tables.find(
    (t) =>
      t.sheet === sheet &&
      t.showHeaders &&
      t.headerRow === row &&
      column >= t.firstColumn &&
      column <= t.lastColumn,
  );
}

/** A value written into a header cell as the text Excel keeps there (numbers and booleans become text). */
export function headerText(input: unknown): string {
  if (input === null || input === undefined) return "";
  if (typeof input === "boolean") return input ? "TRUE" : "FALSE";
  return String(input);
}

/** The headers of the table's other columns. */
export function otherHeaders(model: WorkbookModel, table: TableModel, column: number): string[] {
  const headers: string[] = [];
  for (let c = table.firstColumn; c <= table.lastColumn; c++) {
    if (c !== column) headers.push(String(model.cell(table.sheet, table.headerRow, c)?.constant ?? ""));
  }
  return headers;
}

/**
 * The header Excel gives a column: the text itself when no other header of the table has it (ignoring
 * case), else the text with 2, 3, … appended (Segment, Segment2, Segment3). An empty header becomes
 * Column1, Column2, … (Dutch Excel says Kolom1; the double always uses the English word).
 */
export function uniqueHeader(wanted: string, others: readonly string[]): string {
  const taken = new Set(others.map((h) => h.toLowerCase()));
  const base = wanted === "" ? "Column" : wanted;
  if (wanted !== "" && !taken.has(wanted.toLowerCase())) return wanted;
  for (let n = wanted === "" ? 1 : 2; ; n++) {
    if (!taken.has(`${base}${n}`.toLowerCase())) return `${base}${n}`;
  }
}

/**
 * The calculated columns of a table: columns whose data cells all hold the same formula (the same in
 * R1C1 terms, as structured-reference formulas are), each with the formula of one row as a model.
 */
export function calculatedColumns(
  model: WorkbookModel,
  table: TableModel,
  skip: (row: number) => boolean = () => false,
): Map<number, { formula: string; row: number }> {
  const found = new Map<number, { formula: string; row: number }>();
  const rows: number[] = [];
  for (let r = table.headerRow + 1; r <= table.lastDataRow; r++) if (!skip(r)) rows.push(r);
  if (rows.length === 0) return found;
  const model0 = rows[0];
  for (let c = table.firstColumn; c <= table.lastColumn; c++) {
    const formula = model.cell(table.sheet, model0, c)?.formula;
    if (formula === undefined) continue;
    const same = rows.every(
      (r) => model.cell(table.sheet, r, c)?.formula === shiftFormula(formula, r - model0, 0),
    );
    if (same) found.set(c, { formula, row: model0 });
  }
  return found;
}

/** Gives the table's new rows what Excel gives them: the calculated columns' formulas and the row's formats. */
export function fillNewRows(
  model: WorkbookModel,
  table: TableModel,
  rows: readonly number[],
  formulas: Map<number, { formula: string; row: number }>,
  formatRow: number,
): void {
  for (const row of rows) {
    for (let c = table.firstColumn; c <= table.lastColumn; c++) {
      const format = model.cell(table.sheet, formatRow, c)?.numberFormat;
      if (format !== undefined) model.cellForWrite(table.sheet, row, c).numberFormat = format;
      const calculated = formulas.get(c);
      if (calculated)
        model.write(table.sheet, row, c, shiftFormula(calculated.formula, row - calculated.row, 0));
    }
  }
}

/**
 * Stretches the conditional formats and data validations that cover a whole data column of the table
 * (rows firstDataRow..oldLast) down to its new last row, as Excel does when a table grows.
 */
export function extendRulesWithTable(table: TableModel, oldLast: number): void {
  const sheet = table.sheet;
  const stretch = <T extends { range: string }>(rule: T): T => {
    const a = parseAddress(rule.range);
    const covers =
      a.row === table.headerRow + 1 &&
      a.row + a.rows - 1 === oldLast &&
      a.column >= table.firstColumn &&
      a.column + a.columns - 1 <= table.lastColumn;
    if (!covers) return rule;
    const rows = table.lastDataRow - a.row + 1;
    return { ...rule, range: formatAddress(sheet.name, a.row, a.column, rows, a.columns) };
  };
  sheet.conditionalFormats = sheet.conditionalFormats.map(stretch);
  sheet.validations = sheet.validations.map(stretch);
}

/** Adds data rows at the bottom of a table, filled as Excel fills them; structured references follow. */
export function growRows(model: WorkbookModel, table: TableModel, count: number): void {
  const formulas = calculatedColumns(model, table);
  const oldLast = table.lastDataRow;
  table.lastDataRow += count;
  const rows = Array.from({ length: count }, (_, i) => oldLast + 1 + i);
  fillNewRows(model, table, rows, formulas, oldLast);
  extendRulesWithTable(table, oldLast);
  model.retranslate();
}

/** Adds a column at the right edge of a table; its header cell becomes unique (or Column1, …). */
export function growColumn(model: WorkbookModel, table: TableModel): void {
  table.lastColumn++;
  const header = model.cell(table.sheet, table.headerRow, table.lastColumn);
  model.write(table.sheet, table.headerRow, table.lastColumn, header?.constant ?? "");
}

/**
 * Grows a table as Excel's AutoExpansion does when a user types something into the row right below it
 * (within its columns, totals row off) or the column right beside it (header or data rows).
 */
export function growForEdit(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  content: unknown,
): void {
  if (content === "" || content === null || content === undefined) return;
  const inside = (t: TableModel) =>
    row >= t.headerRow && row <= t.lastDataRow && column >= t.firstColumn && column <= t.lastColumn;
  const tables = model.tables.filter((t) => t.sheet === sheet);
  if (tables.some(inside)) return;
  const below = tables.find(
    (t) => !t.showTotals && row === t.lastDataRow + 1 && column >= t.firstColumn && column <= t.lastColumn,
  );
  if (below) return growRows(model, below, 1);
  const beside = tables.find(
    (t) => column === t.lastColumn + 1 && row >= t.headerRow && row <= t.lastDataRow,
  );
  if (beside) growColumn(model, beside);
}
