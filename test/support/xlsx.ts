import ExcelJS from "exceljs";
import type { CellModel, TableModel, WorkbookModel } from "../double/model";

/**
 * Functions added after Excel 2007: a file stores them with the `_xlfn.` prefix (FILTER and SORT with
 * `_xlfn._xlws.`), or Excel and LibreOffice read them as unknown names (#NAME?).
 */
const FUTURE_FUNCTIONS = new Set(
  [
    "ACOT ACOTH AGGREGATE ARABIC ARRAYTOTEXT BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV",
    "BITAND BITLSHIFT BITOR BITRSHIFT BITXOR BYCOL BYROW CEILING.MATH CEILING.PRECISE CHISQ.DIST",
    "CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT CHISQ.TEST CHOOSECOLS CHOOSEROWS COMBINA CONCAT CONFIDENCE.NORM",
    "CONFIDENCE.T COT COTH COVARIANCE.P COVARIANCE.S CSC CSCH DAYS DECIMAL DROP ENCODEURL ERF.PRECISE",
    "ERFC.PRECISE EXPAND EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FILTERXML FLOOR.MATH",
    "FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT",
    "FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV GAMMALN.PRECISE GAUSS HSTACK HYPGEOM.DIST IFNA",
    "IFS IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN ISFORMULA ISOMITTED ISOWEEKNUM LAMBDA LET",
    "LOGNORM.DIST LOGNORM.INV MAKEARRAY MAP MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT NEGBINOM.DIST",
    "NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV NUMBERVALUE PDURATION PERCENTILE.EXC",
    "PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST QUARTILE.EXC",
    "QUARTILE.INC RANDARRAY RANK.AVG RANK.EQ REDUCE RRI SCAN SEC SECH SEQUENCE SHEET SHEETS SKEW.P SORTBY",
    "STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TAKE TEXTAFTER TEXTBEFORE",
    "TEXTJOIN TEXTSPLIT TOCOL TOROW UNICHAR UNICODE UNIQUE VALUETOTEXT VAR.P VAR.S VSTACK WEBSERVICE",
    "WEIBULL.DIST WORKDAY.INTL WRAPCOLS WRAPROWS XLOOKUP XMATCH XOR Z.TEST",
  ]
    .join(" ")
    .split(" "),
);

/** Future functions that are worksheet functions in the file format: `_xlfn._xlws.FILTER`. */
const WORKSHEET_FUNCTIONS = new Set(["FILTER", "SORT"]);

/** The end (exclusive) of the bracketed part that starts at `start`; `'` escapes the next character. */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  let i = start;
  do {
    if (text[i] === "'") i++;
    else if (text[i] === "[") depth++;
    else if (text[i] === "]") depth--;
    i++;
  } while (depth > 0 && i < text.length);
  return i;
}

/** A structured reference's brackets in file form: `[@[Totaal]]` and `[@Totaal]` become `[[#This Row],[Totaal]]`. */
function fileSpecifier(spec: string): string {
  const inner = spec.slice(1, -1);
  if (!inner.startsWith("@")) return spec;
  const rest = inner.slice(1).trim();
  if (rest === "") return "[#This Row]";
  return rest.startsWith("[") ? `[[#This Row],${rest}]` : `[[#This Row],[${rest}]]`;
}

/** The end (exclusive) of a quoted part ("text" or 'sheet') that starts at `start`; a doubled quote is escaped. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote && text[i + 1] === quote) i += 2;
    else if (text[i] === quote) return i + 1;
    else i++;
  }
  return i;
}

/**
 * A formula as Excel stores it in a file: no leading "=", structured references in file form with
 * their table's name (`homeTable` for an unqualified `[@Totaal]`), and future functions prefixed.
 */
export function fileFormula(formula: string, homeTable?: string): string {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (ch === "[") {
      const end = closingBracket(text, i);
      const qualified = /[A-Za-z0-9_.\\\]]$/.test(out);
      if (!qualified) {
        if (!homeTable) throw new Error(`${formula}: a structured reference without a table outside a Table`);
        out += homeTable;
      }
      out += fileSpecifier(text.slice(i, end));
      i = end;
    } else if (/[A-Za-z_\\]/.test(ch) && !/[A-Za-z0-9_.\\]$/.test(out)) {
      const name = /^[A-Za-z_\\][A-Za-z0-9_.\\]*/.exec(text.slice(i))![0];
      const call = /^\s*\(/.test(text.slice(i + name.length));
      const upper = name.toUpperCase();
      if (call && WORKSHEET_FUNCTIONS.has(upper)) out += `_xlfn._xlws.${name}`;
      else if (call && FUTURE_FUNCTIONS.has(upper)) out += `_xlfn.${name}`;
      else out += name;
      i += name.length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** The table whose data rows hold this cell, if any. */
function tableAt(model: WorkbookModel, sheet: string, row: number, column: number): TableModel | undefined {
  return model.tables.find(
    (t) =>
      t.sheet.name === sheet &&
      row > t.headerRow &&
      row <= t.lastDataRow &&
      column >= t.firstColumn &&
      column <= t.lastColumn,
  );
}

/** Adds a Table over its range; its header names are the header cells' values, as in Excel. */
function addTable(sheet: ExcelJS.Worksheet, model: WorkbookModel, t: TableModel): void {
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = t.firstColumn; c <= t.lastColumn; c++) {
    const header = String(model.value(t.sheet, t.headerRow, c)).trim();
    columns.push({ name: header || `Kolom${c - t.firstColumn + 1}`, filterButton: true });
  }
  const width = columns.length;
  sheet.addTable({
    name: t.name,
    ref: `${sheet.getCell(t.headerRow + 1, t.firstColumn + 1).address}`,
    headerRow: t.showHeaders,
    totalsRow: t.showTotals,
    columns,
    rows: Array.from({ length: t.lastDataRow - t.headerRow }, () => Array<null>(width).fill(null)),
  });
}

/** Writes one cell of the double into the sheet: its formula in file form, else its constant. */
function writeCell(target: ExcelJS.Cell, cell: CellModel, homeTable: string | undefined): void {
  if (cell.formula !== undefined) target.value = { formula: fileFormula(cell.formula, homeTable) };
  else if (cell.constant !== undefined && cell.constant !== "") target.value = cell.constant;
  else target.value = null;
  if (cell.numberFormat !== undefined) target.numFmt = cell.numberFormat;
}

/**
 * Writes the double's workbook to an .xlsx file as Excel would store it: every sheet's constants and
 * formulas (in file form), hidden columns, the Excel Tables (LibreOffice resolves structured references
 * through them) and the workbook-scope names.
 */
export async function writeXlsx(model: WorkbookModel, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const target = book.addWorksheet(sheet.name);
    for (const t of model.tables.filter((x) => x.sheet === sheet)) addTable(target, model, t);
    for (const [key, cell] of sheet.cells) {
      const row = Math.floor(key / 16384);
      const column = key % 16384;
      writeCell(target.getCell(row + 1, column + 1), cell, tableAt(model, sheet.name, row, column)?.name);
    }
    for (const column of sheet.hiddenColumns) target.getColumn(column + 1).hidden = true;
  }
  // exceljs keeps names as sets of cells and writes only plain ranges; a name may also hold a
  // structured reference, a constant or a formula, so the names go into the file as written.
  const names = [...model.names].map(([name, formula]) => ({ name, ranges: [fileFormula(formula)] }));
  Object.defineProperty(book.definedNames, "model", { get: () => names });
  await book.xlsx.writeFile(file);
}
