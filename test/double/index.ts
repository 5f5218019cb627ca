import { parseAddress } from "./addresses";
import { markedCells } from "./conditionalFormats";
import { RequestContextDouble, versionAtLeast, type HostOptions, type Traffic } from "./context";
import { EXCEL_ENUMS } from "./enums";
import { CODES } from "./errors";
import { addressOfWrite, ChangeEvents } from "./events";
import { letters } from "./formulaText";
import {
  WorkbookModel,
  type CellData,
  type ChartModel,
  type ConditionalFormatModel,
  type SheetModel,
} from "./model";
import { moveRows } from "./rows";
import { growForEdit } from "./tableModel";
import { WorkbookDouble } from "./workbook";

export type { CellData } from "./model";
export { OFFICE_THEMES, officeThemeNamed, type OfficeThemeName } from "./officeThemes";

/** How to set up the double: the sheets' cells, the active sheet and cell, tables, and what the host can do. */
export interface DoubleOptions {
  sheets: Record<string, CellData[][]>;
  /** The active sheet (default the first). */
  active?: string;
  activeCell?: string;
  tables?: Array<{ sheet: string; name: string; address: string }>;
  /** ExcelApi version the host supports (default "1.17"). */
  apiVersion?: string;
  /** Whether chart labels can be linked to cells (default true). */
  linkedLabels?: boolean;
  /** Office's display language (default "nl-BE"). */
  language?: string;
  /** Whether a chart is selected, so getActiveCell fails (default false). */
  chartSelected?: boolean;
  /**
   * Office.context.officeTheme: the theme's four colours and isDarkTheme. Default undefined, as Excel on
   * the web leaves it (desktop Excel reports one).
   */
  officeTheme?: Readonly<Partial<Office.OfficeTheme>>;
}

/** A chart as plain JSON: what was built through the API. */
export interface ChartJson {
  name: string;
  type: string;
  position: { top: number; left: number; width: number; height: number };
  title?: string;
  titleFormula?: string;
  plotVisibleOnly?: boolean;
  axes: ChartModel["axes"];
  series: Array<{
    name: string;
    chartType?: string;
    x?: string;
    y?: string;
    markerStyle?: string;
    markerColor?: string;
    lineColor?: string;
    lineStyle?: string;
    /** Whether the series has an entry in the legend. */
    inLegend: boolean;
    labels: Array<{ point: number; formula?: string; text?: string; position?: string }>;
  }>;
}

/** The double: an Excel workbook in memory, with Excel and Office globals to install. */
export interface ExcelDouble {
  install(): void;
  uninstall(): void;
  read(sheet: string, a1: string): { value: CellData; formula: CellData };
  /** The computed values of a range, as `values` would give them. */
  values(sheet: string, address: string): CellData[][];
  /**
   * Changes a cell as a user would (no sync counted); "=…" is a formula. Typing right below a table
   * (totals off) or right beside it grows the table, as Excel's AutoExpansion does. Raises onChanged.
   * A locked cell of a protected sheet refuses the edit (throws, the cell stays), as Excel does.
   */
  edit(sheet: string, a1: string, content: CellData): void;
  /**
   * Deletes whole rows as a user would (no sync counted): cells below move up, references in formulas,
   * names, conditional formats, validations and charts follow (#REF! for a deleted cell), tables shrink.
   * Refused (throws) on a protected sheet.
   */
  deleteRows(sheet: string, firstRow1Based: number, count: number): void;
  /** Inserts whole empty rows before a row as a user would; references and tables that span them stretch. Refused on a protected sheet. */
  insertRows(sheet: string, firstRow1Based: number, count: number): void;
  /** Deletes a sheet as a user would: its tables go, references to it compute #REF!, its handlers fall silent. */
  deleteSheet(sheet: string): void;
  /** The cells (A1, row by row) that a custom conditional format's formula marks on the sheet. */
  marked(sheet: string): string[];
  readonly syncCount: number;
  readonly requestBytes: number[];
  readonly responseBytes: number[];
  charts(sheet: string): ChartJson[];
  sheetNames(): string[];
  names(): Record<string, string>;
  conditionalFormats(sheet: string): SheetModel["conditionalFormats"];
  validations(sheet: string): SheetModel["validations"];
  hiddenColumns(sheet: string): number[];
  /** The hidden rows of a sheet, 1-based as Excel numbers them. */
  hiddenRows(sheet: string): number[];
  /**
   * Hides (or with `hidden` false shows) whole rows as a user does by hand or with a filter (no sync
   * counted, no onChanged: Excel raises none for it). The cells stay as they are. Refused on a protected sheet.
   */
  hideRows(sheet: string, firstRow1Based: number, count: number, hidden?: boolean): void;
  /**
   * Gives cells a number format as a user does (Format Cells), e.g. "d/m/yyyy" on a pasted date; the
   * values stay as they are. Refused on a protected sheet for locked cells.
   */
  setNumberFormat(sheet: string, address: string, numberFormat: string): void;
  tables(): Array<{ name: string; sheet: string; address: string }>;
  /** The options each Excel.run was called with. */
  readonly runs: Array<{ delayForCellEdit?: boolean }>;
  /** Functions registered with Office.actions.associate. */
  readonly actions: Map<string, (event: unknown) => unknown>;
  /** How often the task pane was asked to show. */
  readonly taskpaneShown: number;
  /** Selects a chart (getActiveCell then fails) or a cell. */
  select(target: "chart" | { sheet: string; cell: string }): void;
  /** The active sheet and cell. */
  selection(): { sheet: string; cell: string };
  /**
   * Protects a sheet as a user does (Review > Protect Sheet), with its cells locked or unlocked as they
   * are (every cell starts locked): writes to locked cells then fail with AccessDenied, user edits too.
   */
  protect(sheet: string, options?: Excel.WorksheetProtectionOptions, password?: string): void;
  /** Makes every queued operation whose label matches fail at sync with this error code. */
  refuse(operation: RegExp, code: string): void;
  /**
   * Makes every load of a Range.getVisibleView fail at sync with this error code (default InvalidArgument,
   * as Excel's fails now and then on big or filtered ranges: OfficeDev/office-js#4263); null stops it.
   */
  failVisibleView(code?: string | null): void;
  /** Calls the listener after every sync that changed something and after every edit; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  /** Everything in the workbook as plain JSON (cells, formats, names, rules, charts, tables), to compare states. */
  dump(): unknown;
  readonly model: WorkbookModel;
}

/** A conditional format without its id, which a format added again gets anew: the state, not the identity. */
const withoutId = (cf: ConditionalFormatModel): Omit<ConditionalFormatModel, "id"> => {
  const copy: Partial<ConditionalFormatModel> = { ...cf };
  delete copy.id;
  return copy as Omit<ConditionalFormatModel, "id">;
};

/** A formula with a structured reference, which can be read only once the tables exist. */
const structured = (value: CellData | undefined) =>
  typeof value === "string" && value.startsWith("=") && value.includes("[");

/** Builds a double holding the given sheets. */
export function createExcelDouble(options: DoubleOptions): ExcelDouble {
  const model = new WorkbookModel();
  for (const [name, rows] of Object.entries(options.sheets)) {
    const sheet = model.addSheet(name);
    const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
    if (rows.length > 0 && width > 0) {
      model.writeBlock(
        sheet,
        0,
        0,
        rows.map((row) =>
          Array.from({ length: width }, (_, c) => (structured(row[c]) ? "" : (row[c] ?? ""))),
        ),
      );
    }
  }
  model.recalculate();
  model.activeSheet = options.active ?? Object.keys(options.sheets)[0];
  if (options.activeCell) {
    const a = parseAddress(options.activeCell);
    model.activeCell = { row: a.row, column: a.column };
  }
  model.chartSelected = options.chartSelected ?? false;
  for (const t of options.tables ?? []) model.addTable(model.sheet(t.sheet)!, t.name, t.address);
  for (const [name, rows] of Object.entries(options.sheets)) {
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (structured(value)) model.write(model.sheet(name)!, r, c, value);
      }),
    );
  }
  model.takeWrites();

  const host: HostOptions = {
    apiVersion: options.apiVersion ?? "1.17",
    linkedLabels: options.linkedLabels ?? true,
    language: options.language ?? "nl-BE",
  };
  const events = new ChangeEvents(model, versionAtLeast(host.apiVersion, "1.14"));
  const listeners = new Set<() => void>();
  const changed = () => setTimeout(() => listeners.forEach((listener) => listener()), 0);
  const traffic: Traffic = { syncs: 0, requestBytes: [], responseBytes: [], changed };
  const runs: Array<{ delayForCellEdit?: boolean }> = [];
  const actions = new Map<string, (event: unknown) => unknown>();
  let taskpaneShown = 0;

  /** Excel.run(batch), Excel.run(options, batch), or Excel.run(context or object, batch) to go on in its context. */
  const run = async (first: unknown, second?: unknown) => {
    const batch = (typeof first === "function" ? first : second) as (ctx: unknown) => Promise<unknown>;
    const given =
      first instanceof RequestContextDouble ? first : (first as { context?: unknown } | null)?.context;
    const reused = given instanceof RequestContextDouble ? given : undefined;
    runs.push(typeof first === "function" || reused ? {} : { ...(first as object) });
    const context = reused ?? new RequestContextDouble(model, traffic, host, events);
    if (!reused) Object.assign(context, { workbook: new WorkbookDouble(context) });
    const result = await batch(context);
    if (context.pending) throw new Error("Excel.run ended with queued operations that were never synced.");
    return result;
  };

  const office = {
    context: {
      displayLanguage: host.language,
      officeTheme: options.officeTheme,
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && versionAtLeast(host.apiVersion, version ?? "1.1"),
      },
    },
    actions: {
      associate: (name: string, fn: (event: unknown) => unknown) => {
        actions.set(name, fn);
      },
    },
    addin: {
      showAsTaskpane: async () => {
        taskpaneShown++;
      },
    },
    onReady: async (callback?: () => void) => {
      callback?.();
    },
  };

  const sheetOf = (name: string) => {
    const sheet = model.sheet(name);
    if (!sheet) throw new Error(`No sheet ${name} in the double`);
    return sheet;
  };

  /** Deletes or inserts whole rows as a user would: references follow, onChanged fires, listeners hear of it. */
  const moveRowsAsUser = (
    sheet: string,
    firstRow1Based: number,
    count: number,
    kind: "delete" | "insert",
  ) => {
    const s = sheetOf(sheet);
    moveRows(model, s, { sheet: s.name, at: firstRow1Based - 1, count, kind });
    events.fire([
      {
        sheet: s,
        changeType: kind === "delete" ? "RowDeleted" : "RowInserted",
        address: `${firstRow1Based}:${firstRow1Based + count - 1}`,
        byAddin: false,
      },
    ]);
    changed();
  };

  return {
    model,
    runs,
    actions,
    get taskpaneShown() {
      return taskpaneShown;
    },
    get syncCount() {
      return traffic.syncs;
    },
    get requestBytes() {
      return traffic.requestBytes;
    },
    get responseBytes() {
      return traffic.responseBytes;
    },
    install() {
      Object.assign(globalThis, { Excel: { run, ...EXCEL_ENUMS }, Office: office });
    },
    uninstall() {
      delete (globalThis as Record<string, unknown>).Excel;
      delete (globalThis as Record<string, unknown>).Office;
    },
    read(sheet, a1) {
      const s = sheetOf(sheet);
      const a = parseAddress(a1);
      return { value: model.value(s, a.row, a.column), formula: model.formula(s, a.row, a.column) };
    },
    values(sheet, address) {
      const s = sheetOf(sheet);
      const a = parseAddress(address);
      return Array.from({ length: a.rows }, (_, r) =>
        Array.from({ length: a.columns }, (_, c) => model.value(s, a.row + r, a.column + c)),
      );
    },
    edit(sheet, a1, content) {
      const s = sheetOf(sheet);
      const a = parseAddress(a1);
      if (s.protection && model.cell(s, a.row, a.column)?.locked !== false)
        throw new Error(
          `The cell ${a1} on ${s.name} is protected: Excel refuses the edit. Unprotect the sheet (Review > Unprotect Sheet) to change it.`,
        );
      // A protected sheet's tables do not grow: Excel cannot resize a table there.
      if (!s.protection) growForEdit(model, s, a.row, a.column, content);
      model.write(s, a.row, a.column, content);
      model.recalculate();
      model.takeWrites();
      events.fire([
        {
          sheet: s,
          changeType: "RangeEdited",
          address: addressOfWrite({ ...a, rows: 1, columns: 1 }),
          byAddin: false,
        },
      ]);
      changed();
    },
    deleteRows(sheet, firstRow1Based, count) {
      moveRowsAsUser(sheet, firstRow1Based, count, "delete");
    },
    insertRows(sheet, firstRow1Based, count) {
      moveRowsAsUser(sheet, firstRow1Based, count, "insert");
    },
    deleteSheet(sheet) {
      model.removeSheet(sheetOf(sheet));
      changed();
    },
    marked: (sheet) => markedCells(model, sheetOf(sheet)),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    charts(sheet) {
      return sheetOf(sheet).charts.map((c) => ({
        name: c.name,
        type: c.type,
        position: { top: c.top, left: c.left, width: c.width, height: c.height },
        title: c.title,
        titleFormula: c.titleFormula,
        plotVisibleOnly: c.plotVisibleOnly,
        axes: structuredClone(c.axes),
        series: c.series.map((s) => ({
          name: s.name,
          chartType: s.chartType,
          x: s.xValues,
          y: s.yValues,
          markerStyle: s.markerStyle,
          markerColor: s.markerBackgroundColor,
          lineColor: s.lineColor,
          lineStyle: s.lineStyle,
          inLegend: s.inLegend ?? true,
          labels: [...s.labels.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([point, l]) => ({ point, formula: l.formula, text: l.text, position: l.position })),
        })),
      }));
    },
    sheetNames: () => model.sheets.map((s) => s.name),
    names: () => Object.fromEntries(model.names),
    conditionalFormats: (sheet) => sheetOf(sheet).conditionalFormats,
    validations: (sheet) => sheetOf(sheet).validations,
    hiddenColumns: (sheet) => [...sheetOf(sheet).hiddenColumns].sort((a, b) => a - b),
    hiddenRows: (sheet) => [...sheetOf(sheet).hiddenRows].sort((a, b) => a - b).map((r) => r + 1),
    hideRows(sheet, firstRow1Based, count, hidden = true) {
      const s = sheetOf(sheet);
      if (s.protection)
        throw new Error(
          `The sheet ${s.name} is protected: rows cannot be hidden or shown. Unprotect it first.`,
        );
      if (!Number.isInteger(firstRow1Based) || !Number.isInteger(count) || firstRow1Based < 1 || count < 1)
        throw new Error("Rows are counted from 1, at least one.");
      model.setRowsHidden(s, firstRow1Based - 1, count, hidden);
      changed();
    },
    setNumberFormat(sheet, address, numberFormat) {
      const s = sheetOf(sheet);
      const a = parseAddress(address);
      for (let r = a.row; r < a.row + a.rows; r++) {
        for (let c = a.column; c < a.column + a.columns; c++) {
          if (s.protection && model.cell(s, r, c)?.locked !== false)
            throw new Error(`The cell ${address} on ${s.name} is protected: Excel refuses the format.`);
          model.cellForWrite(s, r, c).numberFormat = numberFormat;
        }
      }
      changed();
    },
    tables: () =>
      model.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        address: `${t.sheet.name}!${letters(t.firstColumn)}${t.headerRow + 1}:${letters(t.lastColumn)}${t.lastDataRow + 1}`,
      })),
    select(target) {
      if (target === "chart") model.chartSelected = true;
      else {
        const a = parseAddress(target.cell);
        model.activeSheet = target.sheet;
        model.activeCell = { row: a.row, column: a.column };
        model.chartSelected = false;
      }
      changed();
    },
    selection: () => ({
      sheet: model.activeSheet,
      cell: `${letters(model.activeCell.column)}${model.activeCell.row + 1}`,
    }),
    protect(sheet, protectOptions, password) {
      const s = sheetOf(sheet);
      s.protection ??= { options: { ...protectOptions }, ...(password ? { password } : {}) };
    },
    refuse(operation, code) {
      host.refuse = { operation, code };
    },
    failVisibleView(code = CODES.invalidArgument) {
      host.visibleViewFails = code ?? undefined;
    },
    dump() {
      return {
        sheets: model.sheets.map((sheet) => ({
          name: sheet.name,
          cells: [...sheet.cells.entries()]
            .filter(([, cell]) => Object.keys(cell).length > 0)
            .map(([key, cell]) => [key, { ...cell }])
            .sort((a, b) => (a[0] as number) - (b[0] as number)),
          hidden: [...sheet.hiddenColumns].sort((a, b) => a - b),
          hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
          widths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
          protection: sheet.protection && structuredClone(sheet.protection),
          conditionalFormats: sheet.conditionalFormats.map(withoutId),
          validations: sheet.validations,
          charts: this.charts(sheet.name),
        })),
        names: Object.fromEntries(model.names),
        tables: this.tables(),
      };
    },
  };
}
