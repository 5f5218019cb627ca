import { HyperFormula, type CellValue, DetailedCellError, type RawCellContent } from "hyperformula";
import { CODES, OfficeErrorDouble } from "./errors";
import { index, letters, resolveStructured, type TableShape } from "./formulaText";

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
  showHeaders: boolean;
}

/** A conditional format as built through the API. */
export interface ConditionalFormatModel {
  range: string;
  type: string;
  rule?: { formula1?: string; formula2?: string; operator?: string };
  fill?: string;
  fontColor?: string;
}

/** A data validation rule as built through the API. */
export interface DataValidationModel {
  range: string;
  rule: unknown;
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
  labels: Map<number, DataLabelModel>;
}

/** A chart axis. */
export interface AxisModel {
  minimum?: number;
  maximum?: number;
  majorUnit?: number;
  title?: string;
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
  legendVisible?: boolean;
  legendPosition?: string;
  plotVisibleOnly?: boolean;
  series: SeriesModel[];
  axes: { value: AxisModel; category: AxisModel };
}

/** A worksheet. */
export interface SheetModel {
  name: string;
  hfId: number;
  cells: Map<number, CellModel>;
  hiddenColumns: Set<number>;
  columnWidths: Map<number, number>;
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
  validations: DataValidationModel[];
  protected: boolean;
}

/** Cell size the double uses to turn cells into points for chart positions. */
export const CELL_WIDTH = 64;
export const CELL_HEIGHT = 20;

const KEY = (row: number, column: number) => row * 16384 + column;

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

/** Quotes a sheet name for a formula when it needs it. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

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

  constructor() {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      useArrayArithmetic: true,
      smartRounding: false,
      maxRows: 1_048_576,
      maxColumns: 16_384,
    });
  }

  /** Adds an empty sheet at the end. */
  addSheet(name: string): SheetModel {
    if (this.sheet(name))
      throw new OfficeErrorDouble(CODES.itemAlreadyExists, `A sheet named ${name} exists.`);
    const hfName = this.hf.addSheet(name);
    const sheet: SheetModel = {
      name,
      hfId: this.hf.getSheetId(hfName)!,
      cells: new Map(),
      hiddenColumns: new Set(),
      columnWidths: new Map(),
      charts: [],
      conditionalFormats: [],
      validations: [],
      protected: false,
    };
    this.sheets.push(sheet);
    return sheet;
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
    this.tables.push(table);
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

  /** The stored cell, created when missing. */
  cellForWrite(sheet: SheetModel, row: number, column: number): CellModel {
    if (sheet.protected) throw new OfficeErrorDouble("AccessDenied", `The sheet ${sheet.name} is protected.`);
    const key = KEY(row, column);
    let cell = sheet.cells.get(key);
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
  }

  /** Updates the cell's model and returns what HyperFormula should hold for it. */
  private store(
    sheet: SheetModel,
    row: number,
    column: number,
    input: unknown,
  ): string | number | boolean | null {
    const cell = this.cellForWrite(sheet, row, column);
    const text = cell.numberFormat === "@";
    delete cell.formula;
    delete cell.constant;
    if (input === null || input === undefined || input === "") return null;
    if (typeof input === "string" && !text && (input.startsWith("=") || /^[+-]\D/.test(input))) {
      cell.formula = input.startsWith("=") ? input : `=${input}`;
      return this.translate(sheet, row, column, cell.formula);
    }
    if (typeof input === "number" || typeof input === "boolean") cell.constant = input;
    else if (typeof input === "string") cell.constant = text ? input : this.parseTyped(input);
    else throw new OfficeErrorDouble(CODES.invalidArgument, `Cannot write ${typeof input} into a cell.`);
    return typeof cell.constant === "string" ? `'${cell.constant}` : cell.constant;
  }

  /** Text typed into a General cell: numbers and TRUE/FALSE become values, as in Excel (en-US). */
  private parseTyped(input: string): CellData {
    if (input.startsWith("'")) return input.slice(1);
    if (/^-?\d+(\.\d+)?$/.test(input.trim())) return Number(input);
    if (/^(true|false)$/i.test(input.trim())) return input.trim().toLowerCase() === "true";
    return input;
  }

  /** The formula as HyperFormula reads it: structured references become A1; unknown ones are refused. */
  private translate(sheet: SheetModel, row: number, column: number, formula: string): string {
    if (!formula.includes("[")) return formula;
    const shapes = this.tables.map((t) => this.tableShape(t));
    const home = shapes.find(
      (t) =>
        t.sheet === sheet.name &&
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

  /** Defines or redefines a workbook name. */
  setName(name: string, reference: string): void {
    this.recalculate();
    const formula = reference.startsWith("=") ? reference : `=${reference}`;
    if (this.hf.isItPossibleToAddNamedExpression(name, formula)) this.hf.addNamedExpression(name, formula);
    else this.hf.changeNamedExpression(name, formula);
    this.names.set(name, formula);
  }
}

/** HyperFormula's value as Office.js would give it. */
export function toCellData(value: CellValue): CellData {
  if (value === null || value === undefined) return "";
  if (value instanceof DetailedCellError) return ERROR_TEXT[value.type] ?? value.value;
  return value as CellData;
}

/** Parses "A1", "$B$2:C3" or "Sheet!A1:B2" into a sheet name (or undefined) and zero-based bounds. */
export function parseAddress(address: string): {
  sheet?: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
} {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : undefined;
  const body = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").toUpperCase();
  const [from, to = from] = body.split(":");
  const cell = (ref: string) => {
    const m = /^([A-Z]+)?(\d+)?$/.exec(ref);
    if (!m || (!m[1] && !m[2])) throw new OfficeErrorDouble(CODES.invalidArgument, `Bad address ${address}`);
    return { column: m[1] ? index(m[1]) : -1, row: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const a = cell(from);
  const b = cell(to);
  const row = a.row < 0 ? 0 : a.row;
  const column = a.column < 0 ? 0 : a.column;
  const lastRow = b.row < 0 ? 1048575 : b.row;
  const lastColumn = b.column < 0 ? 16383 : b.column;
  return { sheet, row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 };
}

/** The A1 address Office.js reports: Sheet!A1:B2 (A1 alone for one cell). */
export function formatAddress(
  sheet: string,
  row: number,
  column: number,
  rows: number,
  columns: number,
): string {
  const from = `${letters(column)}${row + 1}`;
  const to = `${letters(column + columns - 1)}${row + rows}`;
  return `${quoteSheet(sheet)}!${rows === 1 && columns === 1 ? from : `${from}:${to}`}`;
}
