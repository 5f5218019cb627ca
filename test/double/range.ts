import { ClientObjectDouble, type Resolver } from "./clientObject";
import type { RequestContextDouble } from "./context";
import { cannotLoad, CODES, OfficeErrorDouble } from "./errors";
import { shiftFormula } from "./formulaText";
import { areaOf, formatAddress, overlaps, parseAddress } from "./addresses";
import type { CellModel, SheetModel } from "./model";
import { ConditionalFormatsDouble } from "./conditionalFormats";
import { DataValidationDouble } from "./dataValidation";
import { checkCellsWritable, checkSheetWritable, FormatProtectionDouble, type Allowance } from "./protection";
import { writeOnly } from "./writeOnly";

/** Where a range is: a sheet and zero-based bounds. */
export interface RangeTarget {
  sheet: SheetModel;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Every member of Excel.Range the double implements; a name the real API lacks does not compile. */
export const RANGE_MEMBERS = [
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "values",
  "formulas",
  "numberFormat",
  "columnHidden",
  "rowHidden",
  "getVisibleView",
  "format",
  "conditionalFormats",
  "dataValidation",
  "select",
  "clear",
  "copyFrom",
  "load",
  "toJSON",
  "context",
  "isNullObject",
] as const satisfies readonly (keyof Excel.Range)[];

/** The A1 address Office.js reports for a range target, e.g. Klanten!J2:J5. */
export const addressOf = (t: RangeTarget): string =>
  formatAddress(t.sheet.name, t.row, t.column, t.rows, t.columns);

/** What a payload becomes on the wire: plain JSON, in this realm (the pane may live in another frame). */
export const wire = <T>(value: T): T =>
  value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);

const matrix = (t: RangeTarget, value: unknown, what: string): unknown[][] => {
  if (!Array.isArray(value)) {
    throw new OfficeErrorDouble(
      CODES.invalidArgument,
      `${what} must be a two-dimensional array in the typed API.`,
    );
  }
  if (value.length !== t.rows || value.some((row) => !Array.isArray(row) || row.length !== t.columns)) {
    throw new OfficeErrorDouble(
      CODES.invalidArgument,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  return value as unknown[][];
};

/** A proxy for Excel.Range over the double's model. */
export class RangeDouble extends ClientObjectDouble<RangeTarget> {
  constructor(
    context: RequestContextDouble,
    resolver: Resolver<RangeTarget>,
    options: { mayBeNull?: boolean } = {},
  ) {
    super(context, resolver, "Range", options);
  }

  protected readProperty(t: RangeTarget, property: string): unknown {
    const model = this.context.model;
    const grid = (read: (row: number, column: number) => unknown) =>
      Array.from({ length: t.rows }, (_, r) =>
        Array.from({ length: t.columns }, (_, c) => read(t.row + r, t.column + c)),
      );
    switch (property) {
      case "rowIndex":
        return t.row;
      case "columnIndex":
        return t.column;
      case "rowCount":
        return t.rows;
      case "columnCount":
        return t.columns;
      case "values":
        return grid((r, c) => model.value(t.sheet, r, c));
      case "formulas":
        return grid((r, c) => model.formula(t.sheet, r, c));
      case "numberFormat":
        return grid((r, c) => model.cell(t.sheet, r, c)?.numberFormat ?? "General");
      case "rowHidden":
        return hiddenState(t);
      default:
        throw cannotLoad("Range", property);
    }
  }

  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(value: unknown[][]) {
    const sent = wire(value);
    this.queueSet("values", sent, (t) => this.write(t, matrix(t, sent, "values"), "writing values"));
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(value: unknown[][]) {
    const sent = wire(value);
    this.queueSet("formulas", sent, (t) => this.write(t, matrix(t, sent, "formulas"), "writing formulas"));
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    const sent = wire(value);
    this.queueSet("numberFormat", sent, (t) => {
      const formats = matrix(t, sent, "numberFormat");
      checkCellsWritable(t, "setting the number format", "allowFormatCells");
      this.each(
        t,
        (cell, r, c) => {
          cell.numberFormat = String(formats[r][c]);
        },
        "allowFormatCells",
      );
    });
  }
  set columnHidden(hidden: boolean) {
    this.queueSet("columnHidden", hidden, (t) => {
      checkSheetWritable(t.sheet, "hiding or showing columns", "allowFormatColumns");
      for (let c = t.column; c < t.column + t.columns; c++) {
        if (hidden) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  /** ExcelApi 1.2: true when every row of the range is hidden, false when none is, null when some are. */
  get rowHidden(): boolean | null {
    return this.loadedValue("rowHidden");
  }
  /** Hides or shows the whole rows of the range, as Home > Format > Hide & Unhide does. */
  set rowHidden(hidden: boolean) {
    this.context.requireApi("1.2", "Range.rowHidden");
    this.queueSet("rowHidden", hidden, (t) => {
      checkSheetWritable(t.sheet, "hiding or showing rows", "allowFormatRows");
      this.context.model.setRowsHidden(t.sheet, t.row, t.rows, hidden);
    });
  }

  /** ExcelApi 1.3: the visible rows and columns of the range (those no filter or user hid). */
  getVisibleView(): RangeViewDouble {
    this.context.requireApi("1.3", "Range.getVisibleView");
    return new RangeViewDouble(this.context, () => this.target());
  }

  private write(t: RangeTarget, input: unknown[][], what: string): void {
    checkCellsWritable(t, what);
    this.context.model.writeBlock(t.sheet, t.row, t.column, input);
  }

  /** Runs fn on every cell's model (created for the write); a protected sheet's allowance lets it touch locked cells. */
  each(t: RangeTarget, fn: (cell: CellModel, r: number, c: number) => void, allow?: Allowance): void {
    for (let r = 0; r < t.rows; r++) {
      for (let c = 0; c < t.columns; c++)
        fn(this.context.model.cellForWrite(t.sheet, t.row + r, t.column + c, allow), r, c);
    }
  }

  get format(): RangeFormatDouble {
    return new RangeFormatDouble(this);
  }

  /** ExcelApi 1.6. */
  get conditionalFormats(): ConditionalFormatsDouble {
    this.context.requireApi("1.6", "Range.conditionalFormats");
    return new ConditionalFormatsDouble(this.context, () => this.target());
  }

  /** ExcelApi 1.8. */
  get dataValidation(): DataValidationDouble {
    this.context.requireApi("1.8", "Range.dataValidation");
    return new DataValidationDouble(this.context, () => this.target());
  }

  /** Clears contents ("Contents"), formats and conditional formats ("Formats"), or both ("All", the default). */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.queueCall("clear", applyTo, (t) => {
      if (!["All", "Formats", "Contents"].includes(applyTo))
        throw new OfficeErrorDouble(CODES.invalidArgument, `The double cannot clear ${applyTo}.`);
      checkCellsWritable(t, "clearing", applyTo === "Formats" ? "allowFormatCells" : undefined);
      if (applyTo !== "Formats")
        this.context.model.clearContents(t.sheet, t.row, t.column, t.rows, t.columns);
      if (applyTo === "Contents") return;
      this.context.model.clearFormats(t.sheet, t.row, t.column, t.rows, t.columns);
      const area = { sheet: t.sheet.name, row: t.row, column: t.column, rows: t.rows, columns: t.columns };
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (cf) => !overlaps(area, areaOf(cf.range)),
      );
    });
  }

  select(): void {
    this.queueCall("select", null, (t) => {
      this.context.model.activeSheet = t.sheet.name;
      this.context.model.activeCell = { row: t.row, column: t.column };
      this.context.model.chartSelected = false;
    });
  }

  /** ExcelApi 1.9: copies source formulas over this range, tiling and moving relative references. */
  copyFrom(source: RangeDouble | string, copyType?: string): void {
    this.context.requireApi("1.9", "Range.copyFrom");
    if (typeof source === "string")
      throw new OfficeErrorDouble(CODES.invalidArgument, "Pass a Range to copyFrom here.");
    this.queueCall("copyFrom", { copyType }, (t) => {
      const s = source.target();
      checkCellsWritable(t, "copying into cells");
      const model = this.context.model;
      const block: unknown[][] = [];
      for (let r = 0; r < t.rows; r++) {
        const line: unknown[] = [];
        for (let c = 0; c < t.columns; c++) {
          const sr = s.row + (r % s.rows);
          const sc = s.column + (c % s.columns);
          const from = model.cell(s.sheet, sr, sc);
          const content = from?.formula ?? from?.constant ?? "";
          line.push(
            typeof content === "string" && content.startsWith("=")
              ? shiftFormula(content, t.row + r - sr, t.column + c - sc)
              : content,
          );
          if (copyType !== "Formulas" && copyType !== "Values" && from?.numberFormat) {
            model.cellForWrite(t.sheet, t.row + r, t.column + c).numberFormat = from.numberFormat;
          }
        }
        block.push(line);
      }
      model.writeBlock(t.sheet, t.row, t.column, block);
    });
  }
}

/** Range.format: fill, font, alignment, widths. */
export class RangeFormatDouble {
  /** Members of Excel.RangeFormat the double implements. */
  static readonly members = [
    "fill",
    "font",
    "horizontalAlignment",
    "wrapText",
    "columnWidth",
    "protection",
  ] as const satisfies readonly (keyof Excel.RangeFormat)[];

  constructor(private readonly range: RangeDouble) {}

  private set(label: string, value: unknown, apply: (cell: CellModel) => void): void {
    this.range.context.queue(`RangeFormat.${label}=`, value, () => {
      const t = this.range.target();
      checkCellsWritable(t, "formatting", "allowFormatCells");
      this.range.each(t, apply, "allowFormatCells");
    });
  }

  get fill(): { color: string } {
    return writeOnly<{ color: string }>("RangeFill", {
      color: (v) => this.set("fill.color", v, (cell) => (cell.fill = v)),
    });
  }

  get font(): { bold: boolean; italic: boolean; color: string; size: number } {
    return writeOnly<{ bold: boolean; italic: boolean; color: string; size: number }>("RangeFont", {
      bold: (v) => this.set("font.bold", v, (cell) => (cell.bold = v)),
      italic: (v) => this.set("font.italic", v, (cell) => (cell.italic = v)),
      color: (v) => this.set("font.color", v, (cell) => (cell.fontColor = v)),
      size: (v) => this.set("font.size", v, (cell) => (cell.fontSize = v)),
    });
  }

  /** ExcelApi 1.2: whether the cells are locked. */
  get protection(): FormatProtectionDouble {
    const context = this.range.context;
    context.requireApi("1.2", "RangeFormat.protection");
    return new FormatProtectionDouble(
      context,
      () => this.range.target(),
      (t, apply) => this.range.each(t, apply),
    );
  }

  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment", v, (cell) => (cell.horizontalAlignment = v));
  }

  set wrapText(v: boolean) {
    this.set("wrapText", v, (cell) => (cell.wrapText = v));
  }

  set columnWidth(v: number) {
    this.range.context.queue("RangeFormat.columnWidth=", v, () => {
      const t = this.range.target();
      checkSheetWritable(t.sheet, "changing column widths", "allowFormatColumns");
      for (let c = t.column; c < t.column + t.columns; c++) t.sheet.columnWidths.set(c, v);
    });
  }
}

/** Range.rowHidden of an area: true or false when all its rows agree, null when mixed. */
function hiddenState(t: RangeTarget): boolean | null {
  let hidden = 0;
  for (let r = t.row; r < t.row + t.rows; r++) if (t.sheet.hiddenRows.has(r)) hidden++;
  if (hidden === 0) return false;
  return hidden === t.rows ? true : null;
}

/** Every member of Excel.RangeView the double implements: only the counts of visible rows and columns. */
export const RANGE_VIEW_MEMBERS = [
  "rowCount",
  "columnCount",
  "load",
  "toJSON",
  "context",
] as const satisfies readonly (keyof Excel.RangeView)[];

/** Excel's messages for the errors a visible view fails with now and then (OfficeDev/office-js#4263). */
const VIEW_FAILURES: Readonly<Record<string, string>> = {
  [CODES.invalidArgument]: "The argument is invalid or missing or has an incorrect format.",
  GeneralException: "An internal error has occurred.",
};

/** A proxy for Excel.RangeView: the visible cells of a range; only its counts can be loaded. */
export class RangeViewDouble extends ClientObjectDouble<RangeTarget> {
  constructor(context: RequestContextDouble, resolver: Resolver<RangeTarget>) {
    super(context, resolver, "RangeView");
  }

  protected readProperty(t: RangeTarget, property: string): unknown {
    const code = this.context.host.visibleViewFails;
    if (code)
      throw new OfficeErrorDouble(
        code,
        VIEW_FAILURES[code] ?? `Excel failed to give the visible view (${code}).`,
      );
    if (property === "rowCount") {
      let visible = 0;
      for (let r = t.row; r < t.row + t.rows; r++) if (!t.sheet.hiddenRows.has(r)) visible++;
      return visible;
    }
    if (property === "columnCount") {
      let visible = 0;
      for (let c = t.column; c < t.column + t.columns; c++) if (!t.sheet.hiddenColumns.has(c)) visible++;
      return visible;
    }
    throw cannotLoad("RangeView", property);
  }

  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
}

/** Parses an address relative to a sheet into a range target (throws InvalidArgument when bad). */
export function targetOf(sheet: SheetModel, address: string): RangeTarget {
  const a = parseAddress(address);
  return { sheet, row: a.row, column: a.column, rows: a.rows, columns: a.columns };
}
