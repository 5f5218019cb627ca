import { areaOf, formatAddress } from "./addresses";
import { CODES, OfficeErrorDouble } from "./errors";
import { movedRows, moveRowsInFormula, shiftFormula, type RowMove } from "./formulaText";
import type { CellModel, SheetModel, WorkbookModel } from "./model";
import { calculatedColumns, fillNewRows } from "./tableModel";

/*
 * Deleting or inserting whole sheet rows, as a user does, with everything Excel adjusts: cells below
 * move, A1 references in every formula and workbook name follow (a reference into a deleted row
 * becomes #REF!, a range shrinks or stretches), tables shrink or grow, and conditional formats,
 * validations and chart series follow their cells. HyperFormula adjusts the formulas it holds; the
 * double reads back those that changed. Structured references are kept as written and translated again.
 */

/** The zero-based row a row lands on after the move, or null when it was deleted. */
function landing(row: number, move: RowMove): number | null {
  const moved = movedRows(row, row, move);
  return moved ? moved[0] : null;
}

/** Refuses what Excel refuses: deleting a table's header row while keeping some of its rows. */
function checkTables(model: WorkbookModel, sheet: SheetModel, move: RowMove): void {
  if (move.kind !== "delete") return;
  for (const t of model.tables.filter((x) => x.sheet === sheet)) {
    const headerGoes = t.headerRow >= move.at && t.headerRow < move.at + move.count;
    const allGo = movedRows(t.headerRow, t.lastDataRow, move) === null;
    if (headerGoes && !allGo)
      throw new OfficeErrorDouble(
        CODES.invalidOperation,
        `Deleting these rows would cut the header off table ${t.name}.`,
      );
  }
}

/** The formulas HyperFormula holds for the A1 formulas of every sheet, and for the workbook names. */
function engineFormulas(model: WorkbookModel): { cells: Map<CellModel, string>; names: Map<string, string> } {
  const cells = new Map<CellModel, string>();
  for (const sheet of model.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === undefined || cell.formula.includes("[")) continue;
      const text = model.hf.getCellFormula({
        sheet: sheet.hfId,
        row: Math.floor(key / 16384),
        col: key % 16384,
      });
      if (text !== undefined) cells.set(cell, text);
    }
  }
  const names = new Map<string, string>();
  for (const [name, formula] of model.names) {
    if (formula.includes("[")) continue;
    const text = model.hf.getNamedExpressionFormula(name);
    if (text !== undefined) names.set(name, text);
  }
  return { cells, names };
}

/** Takes over the formulas HyperFormula rewrote; the others keep the text they were written with. */
function readBack(model: WorkbookModel, before: ReturnType<typeof engineFormulas>): void {
  for (const sheet of model.sheets) {
    for (const [key, cell] of sheet.cells) {
      const was = before.cells.get(cell);
      if (was === undefined) continue;
      const now = model.hf.getCellFormula({
        sheet: sheet.hfId,
        row: Math.floor(key / 16384),
        col: key % 16384,
      });
      if (now !== undefined && now !== was) cell.formula = now;
    }
  }
  for (const [name, was] of before.names) {
    const now = model.hf.getNamedExpressionFormula(name);
    if (now !== undefined && now !== was) model.names.set(name, now);
  }
}

/** Moves the stored cells and the hidden rows of the sheet to their new rows; the deleted ones go. */
function moveCells(sheet: SheetModel, move: RowMove): void {
  const entries = [...sheet.cells];
  sheet.cells.clear();
  for (const [key, cell] of entries) {
    const row = landing(Math.floor(key / 16384), move);
    if (row !== null) sheet.cells.set(row * 16384 + (key % 16384), cell);
  }
  const hidden = [...sheet.hiddenRows];
  sheet.hiddenRows.clear();
  for (const row of hidden) {
    const moved = landing(row, move);
    if (moved !== null) sheet.hiddenRows.add(moved);
  }
}

/** Shrinks, stretches, moves or drops the tables of the sheet; inserted table rows get the calculated columns. */
function moveTables(model: WorkbookModel, sheet: SheetModel, move: RowMove): void {
  for (const t of model.tables.filter((x) => x.sheet === sheet)) {
    const span = movedRows(t.headerRow, t.lastDataRow, move);
    if (!span) {
      model.tables.splice(model.tables.indexOf(t), 1);
      continue;
    }
    const inserted = move.kind === "insert" && move.at > t.headerRow && move.at <= t.lastDataRow;
    t.headerRow = span[0];
    // Excel keeps one data row in a table whose data rows were all deleted.
    t.lastDataRow = Math.max(span[1], span[0] + 1);
    if (!inserted) continue;
    const rows = Array.from({ length: move.count }, (_, i) => move.at + i);
    const formulas = calculatedColumns(model, t, (r) => r >= move.at && r < move.at + move.count);
    fillNewRows(model, t, rows, formulas, move.at - 1 > t.headerRow ? move.at - 1 : move.at + move.count);
  }
}

/**
 * A rule's formula after the move. It is written for the range's top-left cell; when that row is
 * deleted, it is first read for the first row that stays, as Excel keeps relative references relative.
 */
function moveRuleFormula(text: unknown, home: string, top: number, move: RowMove): unknown {
  if (typeof text !== "string" || !text.startsWith("=")) return text;
  const onSheet = home.toLowerCase() === move.sheet.toLowerCase();
  const survivor =
    onSheet && move.kind === "delete" && landing(top, move) === null ? move.at + move.count : top;
  return moveRowsInFormula(shiftFormula(text, survivor - top, 0), home, move);
}

/** Conditional formats and validations follow their cells (and are dropped with them); their formulas follow too. */
function moveRules(model: WorkbookModel, move: RowMove): void {
  for (const sheet of model.sheets) {
    const onSheet = sheet.name.toLowerCase() === move.sheet.toLowerCase();
    const place = <T extends { range: string }>(rule: T): { rule: T; top: number } | null => {
      const a = areaOf(rule.range);
      if (!onSheet) return { rule, top: a.row };
      const span = movedRows(a.row, a.row + a.rows - 1, move);
      if (!span) return null;
      const range = formatAddress(sheet.name, span[0], a.column, span[1] - span[0] + 1, a.columns);
      return { rule: { ...rule, range }, top: a.row };
    };
    const formula = (text: unknown, top: number) => moveRuleFormula(text, sheet.name, top, move);
    sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
      const placed = place(cf);
      if (!placed) return [];
      const { rule, top } = placed;
      const moved = { ...rule };
      if (moved.formula !== undefined) moved.formula = formula(moved.formula, top) as string;
      if (moved.rule)
        moved.rule = {
          ...moved.rule,
          formula1: formula(moved.rule.formula1, top) as string | undefined,
          formula2: formula(moved.rule.formula2, top) as string | undefined,
        };
      return [moved];
    });
    sheet.validations = sheet.validations.flatMap((v) => {
      const placed = place(v);
      if (!placed) return [];
      const { rule, top } = placed;
      if (!rule.rule) return [rule];
      const kinds = rule.rule as Record<string, Record<string, unknown>>;
      const moved = Object.fromEntries(
        Object.entries(kinds).map(([kind, body]) => [
          kind,
          Object.fromEntries(Object.entries(body).map(([k, x]) => [k, formula(x, top)])),
        ]),
      );
      return [{ ...rule, rule: moved }];
    });
  }
}

/** Chart series and linked labels follow their cells. */
function moveCharts(model: WorkbookModel, move: RowMove): void {
  for (const sheet of model.sheets) {
    for (const chart of sheet.charts) {
      for (const series of chart.series) {
        if (series.xValues) series.xValues = moveRowsInFormula(series.xValues, sheet.name, move);
        if (series.yValues) series.yValues = moveRowsInFormula(series.yValues, sheet.name, move);
        for (const label of series.labels.values())
          if (label.formula) label.formula = moveRowsInFormula(label.formula, sheet.name, move);
      }
    }
  }
}

/** Deletes or inserts whole rows of a sheet as a user does; Excel's adjustments follow. */
export function moveRows(model: WorkbookModel, sheet: SheetModel, move: RowMove): void {
  if (sheet.protection)
    throw new Error(
      `The sheet ${sheet.name} is protected: rows cannot be ${move.kind === "delete" ? "deleted" : "inserted"}. Unprotect it first (Review > Unprotect Sheet).`,
    );
  if (!Number.isInteger(move.at) || !Number.isInteger(move.count) || move.at < 0 || move.count < 1)
    throw new OfficeErrorDouble(CODES.invalidArgument, "Rows are counted from 1, at least one.");
  checkTables(model, sheet, move);
  model.recalculate();
  const before = engineFormulas(model);
  if (move.kind === "delete") model.hf.removeRows(sheet.hfId, [move.at, move.count]);
  else model.hf.addRows(sheet.hfId, [move.at, move.count]);
  moveCells(sheet, move);
  readBack(model, before);
  moveTables(model, sheet, move);
  moveRules(model, move);
  moveCharts(model, move);
  model.retranslate();
  model.recalculate();
  model.takeWrites();
}
