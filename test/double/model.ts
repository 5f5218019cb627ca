import { type CellValue, DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import { formatAddress, parseAddress, quoteSheet } from "./addresses";
import { createEngine } from "./engine";
import { setSubtotalFacts } from "./subtotal";
import { CODES, OfficeErrorDouble } from "./errors";
import { accessDenied, type Allowance, type SheetProtection } from "./protection";
import { resolveStructured, type TableShape } from "./formulaText";
import { headerTableAt, headerText, otherHeaders, uniqueHeader } from "./tableModel";

/** A cell value as Office.js hands it over. */
export type CellData = string | number | boolean;

/** What the double stores for a cell. */
export interface CellModel {
  /** The formula as written (A1 or structured), or undefined for a constant. */
  formula?: string;
  constant?: CellData;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  horizontalAlignment?: string;
  wrapText?: boolean;
  /** False when unlocked (FormatProtection.locked); absent means locked, Excel's default. */
  locked?: false;
}

/** An Excel Table. */
export interface TableModel {
  name: string;
  sheet: SheetModel;
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  lastDataRow: number;
  showTotals: boolean;
  /** False when the header row is switched off: headerRow is then the empty row above the body, where it comes back. */
  showHeaders: boolean;
  /** The header names Excel keeps while the header row is off, written back when it is switched on. */
  hiddenHeaders?: string[];
}

/** A conditional format as built through the API: a cell-value rule, or a custom one with a formula. */
export interface ConditionalFormatModel {
  /** ConditionalFormat.id, unique in the workbook. */
  id: string;
  range: string;
  /** Excel.ConditionalFormatType as given to add(), e.g. "CellValue" or "Custom". */
  type: string;
  rule?: { formula1?: string; formula2?: string; operator?: string };
  /** The custom rule's formula, relative to the range's top-left cell, e.g. "=AND($M4=0,ISTEXT(B4))". */
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue?: boolean;
}

/** A data validation on one rectangle of cells, as built through the API. */
export interface DataValidationModel {
  range: string;
  /** The rule as sent, e.g. { list: { inCellDropDown: true, source: "Ja,Nee" } }; undefined for a prompt alone. */
  rule?: unknown;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks?: boolean;
}

/** Cells written on a sheet (a block of values or formulas), as a change event reports them. */
export interface CellWrite {
  sheet: SheetModel;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A chart's data label on one point. */
export interface DataLabelModel {
  formula?: string;
  text?: string;
  position?: string;
  bold?: boolean;
  size?: number;
  color?: string;
}

/** A chart series as built through the API. */
export interface SeriesModel {
  name: string;
  chartType?: string;
  xValues?: string;
  yValues?: string;
  markerStyle?: string;
  markerSize?: number;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  lineColor?: string;
  lineStyle?: string;
  lineWeight?: number;
  /** False once its legend entry was hidden (ChartLegendEntry.visible = false); the entry follows the series. */
  inLegend?: boolean;
  labels: Map<number, DataLabelModel>;
}

/** A chart axis; an absent minimum, maximum or majorUnit is automatic. */
export interface AxisModel {
  minimum?: number;
  maximum?: number;
  majorUnit?: number;
  title?: string;
  /** The title linked to a cell (ChartAxisTitle.setFormula), e.g. ='ABC-instellingen'!$E$20; replaces title. */
  titleFormula?: string;
  numberFormat?: string;
}

/** A chart as built through the API. */
export interface ChartModel {
  name: string;
  type: string;
  top: number;
  left: number;
  width: number;
  height: number;
  title?: string;
  /** The title linked to a cell (ChartTitle.setFormula); replaces title. */
  titleFormula?: string;
  legendVisible?: boolean;
  legendPosition?: string;
  plotVisibleOnly?: boolean;
  series: SeriesModel[];
  axes: { value: AxisModel; category: AxisModel };
}

/** A worksheet. */
export interface SheetModel {
  name: string;
  /** Worksheet.id: stays the same when the sheet is renamed. */
  id: string;
  hfId: number;
  cells: Map<number, CellModel>;
  hiddenColumns: Set<number>;
  /** Rows hidden by hand or by a filter (zero-based); they keep their cells and are read as any other. */
  hiddenRows: Set<number>;
  columnWidths: Map<number, number>;
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
  validations: DataValidationModel[];
  /** The sheet's protection, or null when it is not protected. */
  protection: SheetProtection | null;
}

/** Excel's default column width in points (64 px), which chart positions are counted in. */
export const CELL_WIDTH = 48;
/** Excel's default row height in points (20 px). */
export const CELL_HEIGHT = 15;

const KEY = (row: number, column: number) => row * 16384 + column;

/** The formatting a cell can carry, which Range.clear("Formats") removes. */
const FORMATS = [
  "numberFormat",
  "fill",
  "fontColor",
  "bold",
  "italic",
  "fontSize",
  "horizontalAlignment",
  "wrapText",
  "locked",
] as const satisfies readonly (keyof CellModel)[];

const ERROR_TEXT: Record<string, string> = {
  NA: "#N/A",
  DIV_BY_ZERO: "#DIV/0!",
  VALUE: "#VALUE!",
  REF: "#REF!",
  NAME: "#NAME?",
  NUM: "#NUM!",
  CYCLE: "#REF!",
  ERROR: "#VALUE!",
  SPILL: "#SPILL!",
  LIC: "#VALUE!",
};

/** The in-memory workbook behind the double, with HyperFormula computing every formula. */
export class WorkbookModel {
  readonly hf: HyperFormula;
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names = new Map<string, string>();
  activeSheet = "";
  activeCell = { row: 0, column: 0 };
  chartSelected = false;
  private pending: Array<{ sheet: number; row: number; column: number; contents: RawCellContent[][] }> = [];
  private writes: CellWrite[] = [];
  private ids = 0;

  constructor() {
    this.hf = createEngine();
    setSubtotalFacts(this.hf, {
      isSubtotal: (sheetId, row, column) => {
        const sheet = this.sheets.find((s) => s.hfId === sheetId);
        const formula = sheet ? this.cell(sheet, row, column)?.formula : undefined;
        return formula !== undefined && /\b(?:SUBTOTAL|AGGREGATE)\s*\(/i.test(formula);
      },
      isHidden: (sheetId, row) => this.sheets.find((s) => s.hfId === sheetId)?.hiddenRows.has(row) ?? false,
    });
  }

  /** Hides or shows rows of a sheet; the SUBTOTALs on it compute again, as those with 101–111 leave hidden rows out. */
  setRowsHidden(sheet: SheetModel, first: number, count: number, hidden: boolean): void {
    for (let r = first; r < first + count; r++) {
      if (hidden) sheet.hiddenRows.add(r);
      else sheet.hiddenRows.delete(r);
    }
    for (const [key, cell] of sheet.cells) {
      if (!cell.formula || !/\bSUBTOTAL\s*\(/i.test(cell.formula)) continue;
      const row = Math.floor(key / 16384);
      const column = key % 16384;
      this.pending.push({
        sheet: sheet.hfId,
        row,
        column,
        contents: [[this.engineContent(sheet, row, column, cell)]],
      });
    }
  }

  /** A number not handed out before in this workbook, for ids. */
  newId(): number {
    return ++this.ids;
  }

  /** Adds an empty sheet at the end. */
  addSheet(name: string): SheetModel {
    if (this.sheet(name))
      throw new OfficeErrorDouble(CODES.itemAlreadyExists, `A sheet named ${name} exists.`);
    const hfName = this.hf.addSheet(name);
    const sheet: SheetModel = {
      name,
      id: `{00000000-0001-0000-${String(this.newId()).padStart(4, "0")}-000000000000}`,
      hfId: this.hf.getSheetId(hfName)!,
      cells: new Map(),
      hiddenColumns: new Set(),
      hiddenRows: new Set(),
      columnWidths: new Map(),
      charts: [],
      conditionalFormats: [],
      validations: [],
      protection: null,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Deletes a sheet and its tables; formulas that refer to it compute #REF!, as in Excel. */
  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1)
      throw new OfficeErrorDouble(CODES.invalidOperation, "A workbook keeps one sheet.");
    this.recalculate();
    this.hf.removeSheet(sheet.hfId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const t of this.tables.filter((x) => x.sheet === sheet))
      this.tables.splice(this.tables.indexOf(t), 1);
    if (this.activeSheet.toLowerCase() === sheet.name.toLowerCase()) this.activeSheet = this.sheets[0].name;
    // As in Excel, a name that referred to the sheet now refers to #REF! (=#REF!$B$4) and computes #REF!.
    const escaped = sheet.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const onSheet = new RegExp(`'${escaped.replace(/'/g, "''")}'!|(?<![\\w.'])${escaped}!`, "gi");
    for (const [name, formula] of this.names) {
      if (!onSheet.test(formula)) continue;
      onSheet.lastIndex = 0;
      this.names.set(name, formula.replace(onSheet, "#REF!"));
      this.defineInEngine(name, "=#REF!");
    }
    this.retranslate();
  }

  /**
   * Deletes the cells of one column on rows top..bottom, shifting the cells right of them one column left
   * (Excel's Delete > Shift cells left, which deleting a Table column does on the Table's rows).
   */
  shiftLeft(sheet: SheetModel, top: number, bottom: number, column: number): void {
    const used = this.usedRange(sheet, true);
    const edge = used ? Math.max(column, used.column + used.columns - 1) : column;
    for (let r = top; r <= bottom; r++) {
      for (let c = column; c <= edge; c++) {
        const next = c < edge ? sheet.cells.get(KEY(r, c + 1)) : undefined;
        if (next) sheet.cells.set(KEY(r, c), next);
        else sheet.cells.delete(KEY(r, c));
        const content = next ? this.engineContent(sheet, r, c, next) : null;
        this.pending.push({ sheet: sheet.hfId, row: r, column: c, contents: [[content]] });
      }
    }
    this.writes.push({ sheet, row: top, column, rows: bottom - top + 1, columns: edge - column + 1 });
  }

  /** Creates an Excel Table over an address whose first row is the header (TableCollection.add and set-up). */
  addTable(sheet: SheetModel, name: string, address: string): TableModel {
    const a = parseAddress(address);
    if (a.rows < 2) throw new OfficeErrorDouble(CODES.invalidArgument, "A table needs a header and a row.");
    const table: TableModel = {
      name,
      sheet,
      headerRow: a.row,
      firstColumn: a.column,
      lastColumn: a.column + a.columns - 1,
      lastDataRow: a.row + a.rows - 1,
      showTotals: false,
      showHeaders: true,
    };
    const headers = Array.from({ length: a.columns }, (_, c) => this.value(sheet, a.row, a.column + c));
    for (let c = 0; c < a.columns; c++) delete this.cellForWrite(sheet, a.row, a.column + c).constant;
    this.tables.push(table);
    headers.forEach((header, c) => this.write(sheet, a.row, a.column + c, header));
    return table;
  }

  /** The sheet of that name (case-insensitive), or undefined. */
  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The stored cell, if any. */
  cell(sheet: SheetModel, row: number, column: number): CellModel | undefined {
    return sheet.cells.get(KEY(row, column));
  }

  /**
   * The stored cell, created when missing; AccessDenied for a locked cell of a protected sheet, unless
   * the protection grants the allowance (e.g. allowFormatCells for a format).
   */
  cellForWrite(sheet: SheetModel, row: number, column: number, allow?: Allowance): CellModel {
    const key = KEY(row, column);
    let cell = sheet.cells.get(key);
    const allowed = allow !== undefined && sheet.protection?.options[allow] === true;
    if (sheet.protection && !allowed && cell?.locked !== false)
      throw accessDenied(sheet, `changing the locked cell ${formatAddress(sheet.name, row, column, 1, 1)}`);
    if (!cell) {
      cell = {};
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  /** Writes a value the way Excel does through `values` or `formulas`: "=…" becomes a formula. */
  write(sheet: SheetModel, row: number, column: number, input: unknown): void {
    this.writeBlock(sheet, row, column, [[input]]);
  }

  /**
   * Writes a block of values or formulas. HyperFormula gets the block only when a computed value is
   * next needed, so tests that only count requests do not pay for a big recalculation.
   */
  writeBlock(sheet: SheetModel, row: number, column: number, block: readonly (readonly unknown[])[]): void {
    const contents = block.map((line, r) =>
      line.map((input, c) => this.store(sheet, row + r, column + c, input)),
    );
    this.pending.push({ sheet: sheet.hfId, row, column, contents });
    if (block.length > 0 && block[0].length > 0)
      this.writes.push({ sheet, row, column, rows: block.length, columns: block[0].length });
  }

  /** The blocks written since the last call, for change events; forgets them. */
  takeWrites(): CellWrite[] {
    const writes = this.writes;
    this.writes = [];
    return writes;
  }

  /** Updates the cell's model and returns what HyperFormula should hold for it; null leaves the cell as it is, as in Office.js. */
  private store(
    sheet: SheetModel,
    row: number,
    column: number,
    input: unknown,
  ): string | number | boolean | null {
    const cell = this.cellForWrite(sheet, row, column);
    if (input === null) return this.engineContent(sheet, row, column, cell);
    const text = cell.numberFormat === "@";
    delete cell.formula;
    delete cell.constant;
    const table = headerTableAt(this, sheet, row, column);
    if (table) {
      // A header is always text and unique in its table: Excel renames Segment to Segment2, "" to Column1.
      cell.constant = uniqueHeader(headerText(input), otherHeaders(this, table, column));
      return `'${cell.constant}`;
    }
    if (input === undefined || input === "") return null;
    if (typeof input === "string" && !text && (input.startsWith("=") || /^[+-]\D/.test(input))) {
      cell.formula = input.startsWith("=") ? input : `=${input}`;
      return this.translate(sheet, row, column, cell.formula);
    }
    if (typeof input === "number" || typeof input === "boolean") cell.constant = input;
    else if (typeof input === "string") cell.constant = text ? input : this.parseTyped(input);
    else throw new OfficeErrorDouble(CODES.invalidArgument, `Cannot write ${typeof input} into a cell.`);
    return typeof cell.constant === "string" ? `'${cell.constant}` : cell.constant;
  }

  /** What HyperFormula holds for a stored cell. */
  private engineContent(
    sheet: SheetModel,
    row: number,
    column: number,
    cell: CellModel,
  ): string | number | boolean | null {
    if (cell.formula !== undefined) {
      try {
        return this.translate(sheet, row, column, cell.formula);
      } catch {
        return "=#REF!";
      }
    }
    if (cell.constant === undefined) return null;
    return typeof cell.constant === "string" ? `'${cell.constant}` : cell.constant;
  }

  /** Empties the cells of an area (Range.clear): a table header becomes Column1, …; formats stay. */
  clearContents(sheet: SheetModel, row: number, column: number, rows: number, columns: number): void {
    for (const [key, cell] of [...sheet.cells]) {
      const r = Math.floor(key / 16384);
      const c = key % 16384;
      if (r < row || r >= row + rows || c < column || c >= column + columns) continue;
      if (cell.formula === undefined && cell.constant === undefined) continue;
      this.pending.push({ sheet: sheet.hfId, row: r, column: c, contents: [[this.store(sheet, r, c, "")]] });
    }
    this.writes.push({ sheet, row, column, rows, columns });
  }

  /**
   * Removes the number formats, fills, fonts and alignment of the cells of an area (Range.clear), and
   * locks them again (the Normal style is locked), except on a protected sheet, where the lock stays.
   */
  clearFormats(sheet: SheetModel, row: number, column: number, rows: number, columns: number): void {
    for (const [key, cell] of sheet.cells) {
      const r = Math.floor(key / 16384);
      const c = key % 16384;
      if (r < row || r >= row + rows || c < column || c >= column + columns) continue;
      for (const format of FORMATS) if (format !== "locked" || !sheet.protection) delete cell[format];
    }
  }

  /** Text typed into a General cell: numbers and TRUE/FALSE become values, as in Excel (en-US). */
  private parseTyped(input: string): CellData {
    if (input.startsWith("'")) return input.slice(1);
    if (/^-?\d+(\.\d+)?$/.test(input.trim())) return Number(input);
    if (/^(true|false)$/i.test(input.trim())) return input.trim().toLowerCase() === "true";
    return input;
  }

  /** The formula as HyperFormula reads it: structured references become A1; unknown ones are refused. */
  private translate(sheet: SheetModel | undefined, row: number, column: number, formula: string): string {
    if (!formula.includes("[")) return formula;
    const shapes = this.tables.map((t) => this.tableShape(t));
    const home = shapes.find(
      (t) =>
        t.sheet === sheet?.name &&
        row > t.headerRow &&
        row <= t.lastDataRow &&
        column >= t.firstColumn &&
        column < t.firstColumn + t.columns.length,
    );
    try {
      return resolveStructured(formula, row, shapes, home, quoteSheet);
    } catch (error) {
      throw new OfficeErrorDouble(
        CODES.invalidArgument,
        `The formula ${formula} is not valid: ${(error as Error).message}`,
      );
    }
  }

  /**
   * Translates every formula and name that holds a structured reference again, after a Table changed
   * size: Tabel[Totaal] then covers the new rows, wherever it is used. A reference that no longer
   * resolves computes as #REF!, as in Excel.
   */
  retranslate(): void {
    for (const sheet of this.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (!cell.formula?.includes("[")) continue;
        const row = Math.floor(key / 16384);
        const column = key % 16384;
        let translated = "=#REF!";
        try {
          translated = this.translate(sheet, row, column, cell.formula);
        } catch {
          // keeps #REF!: the formula names a table or column that is gone
        }
        this.pending.push({ sheet: sheet.hfId, row, column, contents: [[translated]] });
      }
    }
    for (const [name, formula] of this.names) if (formula.includes("[")) this.defineInEngine(name, formula);
  }

  /** Hands every pending write to HyperFormula and computes. */
  recalculate(): void {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    this.hf.suspendEvaluation();
    for (const p of pending)
      this.hf.setCellContents({ sheet: p.sheet, row: p.row, col: p.column }, p.contents);
    this.hf.resumeEvaluation();
  }

  /** The table's shape for structured references. */
  tableShape(t: TableModel): TableShape {
    const columns: string[] = [];
    for (let c = t.firstColumn; c <= t.lastColumn; c++)
      columns.push(String(this.value(t.sheet, t.headerRow, c)));
    return {
      name: t.name,
      sheet: t.sheet.name,
      headerRow: t.headerRow,
      firstColumn: t.firstColumn,
      lastDataRow: t.lastDataRow,
      columns,
    };
  }

  /** The computed value of a cell as Office.js `values` gives it: "" when empty, "#N/A" for errors. */
  value(sheet: SheetModel, row: number, column: number): CellData {
    const cell = this.cell(sheet, row, column);
    if (!cell) return "";
    if (cell.formula === undefined) return cell.constant ?? "";
    this.recalculate();
    return toCellData(this.hf.getCellValue({ sheet: sheet.hfId, row, col: column }));
  }

  /** The formula of a cell as Office.js `formulas` gives it: the formula, else the constant, else "". */
  formula(sheet: SheetModel, row: number, column: number): CellData {
    const cell = this.cell(sheet, row, column);
    if (!cell) return "";
    return cell.formula ?? cell.constant ?? "";
  }

  /** The bounding box of non-empty cells (and formatted ones unless valuesOnly), or null. */
  usedRange(
    sheet: SheetModel,
    valuesOnly: boolean,
  ): { row: number; column: number; rows: number; columns: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of sheet.cells) {
      const hasValue = cell.formula !== undefined || (cell.constant !== undefined && cell.constant !== "");
      const hasFormat = cell.numberFormat !== undefined || cell.fill !== undefined || cell.bold !== undefined;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const row = Math.floor(key / 16384);
      const column = key % 16384;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    if (!valuesOnly) {
      for (const t of this.tables.filter((x) => x.sheet === sheet)) {
        top = Math.min(top, t.headerRow);
        left = Math.min(left, t.firstColumn);
        bottom = Math.max(bottom, t.lastDataRow);
        right = Math.max(right, t.lastColumn);
      }
    }
    if (bottom < 0) return null;
    return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** Defines or redefines a workbook name; structured references in it follow the table. */
  /** Deletes a workbook name (NamedItem.delete): formulas that use it compute #NAME?, as in Excel. */
  removeName(name: string): void {
    this.recalculate();
    if (this.hf.isItPossibleToRemoveNamedExpression(name)) this.hf.removeNamedExpression(name);
    this.names.delete(name);
  }

  setName(name: string, reference: string): void {
    const formula = reference.startsWith("=") ? reference : `=${reference}`;
    this.defineInEngine(name, formula, true);
    this.names.set(name, formula);
  }

  /** Hands a name to HyperFormula; a structured reference that does not resolve fails when strict, else is #REF!. */
  private defineInEngine(name: string, formula: string, strict = false): void {
    this.recalculate();
    let translated = "=#REF!";
    try {
      translated = this.translate(undefined, 0, 0, formula);
    } catch (error) {
      if (strict) throw error;
    }
    if (this.hf.isItPossibleToAddNamedExpression(name, translated))
      this.hf.addNamedExpression(name, translated);
    else this.hf.changeNamedExpression(name, translated);
  }
}

/** HyperFormula's value as Office.js would give it. */
export function toCellData(value: CellValue): CellData {
  if (value === null || value === undefined) return "";
  if (value instanceof DetailedCellError) return ERROR_TEXT[value.type] ?? value.value;
  return value as CellData;
}
