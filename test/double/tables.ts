import { areaOf, contains } from "./addresses";
import { ClientObjectDouble, type Resolver } from "./clientObject";
import { CollectionDouble } from "./collection";
import type { RequestContextDouble } from "./context";
import { cannotLoad, CODES, OfficeErrorDouble } from "./errors";
import type { SheetModel, TableModel } from "./model";
import { checkSheetWritable } from "./protection";
import { RangeDouble, targetOf } from "./range";
import { WorksheetDouble } from "./worksheet";

/** Every member of Excel.Table the double implements. */
export const TABLE_MEMBERS = [
  "name",
  "showTotals",
  "showHeaders",
  "getRange",
  "getDataBodyRange",
  "columns",
  "resize",
  "worksheet",
  "load",
  "toJSON",
  "context",
] as const satisfies readonly (keyof Excel.Table)[];

/** A proxy for Excel.Table. */
export class TableDouble extends ClientObjectDouble<TableModel> {
  constructor(
    context: RequestContextDouble,
    resolver: Resolver<TableModel>,
    options: { mayBeNull?: boolean } = {},
  ) {
    super(context, resolver, "Table", options);
  }

  protected readProperty(t: TableModel, property: string): unknown {
    if (property === "name") return t.name;
    if (property === "showTotals") return t.showTotals;
    if (property === "showHeaders") return t.showHeaders;
    throw cannotLoad("Table", property);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  /** Renames the table; names are unique in the workbook. */
  set name(name: string) {
    this.queueSet("name", name, (t) => {
      checkSheetWritable(t.sheet, "renaming a table");
      if (this.context.model.tables.some((x) => x !== t && x.name.toLowerCase() === name.toLowerCase())) {
        throw new OfficeErrorDouble(CODES.itemAlreadyExists, `A table named ${name} exists.`);
      }
      t.name = name;
    });
  }
  get showTotals(): boolean {
    return this.loadedValue("showTotals");
  }
  get showHeaders(): boolean {
    return this.loadedValue("showHeaders");
  }
  /**
   * ExcelApi 1.3. Off: the header row leaves the Table and its cells are emptied (Excel keeps the names).
   * On: the header comes back in the row above the body with those names (Column1… when none were kept);
   * Excel refuses when that row holds data or the body starts in row 1.
   */
  set showHeaders(show: boolean) {
    this.context.requireApi("1.3", "Table.showHeaders");
    this.queueSet("showHeaders", show, (t) => {
      if (t.showHeaders === show) return;
      checkSheetWritable(t.sheet, "showing or hiding a table's header row");
      const model = this.context.model;
      const columns = Array.from({ length: t.lastColumn - t.firstColumn + 1 }, (_, i) => t.firstColumn + i);
      if (!show) {
        t.hiddenHeaders = columns.map((c) => String(model.value(t.sheet, t.headerRow, c)));
        t.showHeaders = false;
        model.clearContents(t.sheet, t.headerRow, t.firstColumn, 1, columns.length);
        return;
      }
      const taken = columns.some((c) => !["", null].includes(model.value(t.sheet, t.headerRow, c) as never));
      if (t.headerRow < 0 || taken)
        throw new OfficeErrorDouble(
          CODES.invalidOperation,
          "The header row cannot be shown: the row above the table is not empty.",
        );
      t.showHeaders = true;
      const names = t.hiddenHeaders ?? columns.map((_, i) => `Column${i + 1}`);
      columns.forEach((c, i) => model.write(t.sheet, t.headerRow, c, names[i] ?? `Column${i + 1}`));
      delete t.hiddenHeaders;
    });
  }
  /** The sheet the table is on (ExcelApi 1.2). */
  get worksheet(): WorksheetDouble {
    return new WorksheetDouble(this.context, () => this.target().sheet);
  }

  getRange(): RangeDouble {
    return new RangeDouble(this.context, () => {
      const t = this.target();
      const top = t.showHeaders ? t.headerRow : t.headerRow + 1;
      const rows = t.lastDataRow - top + 1 + (t.showTotals ? 1 : 0);
      return {
        sheet: t.sheet,
        row: top,
        column: t.firstColumn,
        rows,
        columns: t.lastColumn - t.firstColumn + 1,
      };
    });
  }

  /** The table's rows below its header, without the totals row. */
  getDataBodyRange(): RangeDouble {
    return new RangeDouble(this.context, () => {
      const t = this.target();
      return {
        sheet: t.sheet,
        row: t.headerRow + 1,
        column: t.firstColumn,
        rows: t.lastDataRow - t.headerRow,
        columns: t.lastColumn - t.firstColumn + 1,
      };
    });
  }

  get columns(): TableColumnCollectionDouble {
    return new TableColumnCollectionDouble(this.context, () => this.target());
  }

  /**
   * ExcelApi 1.13: moves the table's edges. The header row stays where it is and the new range must
   * overlap the old one; headers of new columns become unique (Column1 when empty), and structured
   * references follow the new rows.
   */
  resize(newRange: RangeDouble | string): void {
    this.context.requireApi("1.13", "Table.resize");
    this.queueCall("resize", typeof newRange === "string" ? newRange : null, (t) => {
      checkSheetWritable(t.sheet, "resizing a table");
      const a = typeof newRange === "string" ? targetOf(t.sheet, newRange) : newRange.target();
      const overlapsOld = a.column <= t.lastColumn && a.column + a.columns - 1 >= t.firstColumn;
      if (a.sheet !== t.sheet || a.row !== t.headerRow || a.rows < 2 || !overlapsOld) {
        throw new OfficeErrorDouble(
          CODES.invalidArgument,
          "The table's header row must stay in place and the new range must overlap the table.",
        );
      }
      const model = this.context.model;
      const old = { first: t.firstColumn, last: t.lastColumn, lastDataRow: t.lastDataRow };
      const headers = Array.from({ length: a.columns }, (_, c) =>
        model.value(t.sheet, t.headerRow, a.column + c),
      );
      t.firstColumn = a.column;
      t.lastColumn = a.column + a.columns - 1;
      t.lastDataRow = a.row + a.rows - 1;
      headers.forEach((header, c) => {
        const column = a.column + c;
        if (column < old.first || column > old.last) model.write(t.sheet, t.headerRow, column, header);
      });
      if (t.lastDataRow !== old.lastDataRow) model.retranslate();
    });
  }
}

/** Every member of Excel.TableCollection the double implements. */
export const TABLES_MEMBERS = [
  "items",
  "add",
  "getItem",
  "load",
  "context",
] as const satisfies readonly (keyof Excel.TableCollection)[];

/** A proxy for a sheet's Excel.TableCollection. */
export class TableCollectionDouble extends CollectionDouble<TableDouble, TableModel> {
  constructor(
    context: RequestContextDouble,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "TableCollection");
  }

  protected models(): TableModel[] {
    return this.context.model.tables.filter((t) => t.sheet === this.sheet());
  }

  protected proxyFor(t: TableModel): TableDouble {
    return new TableDouble(this.context, () => (this.context.model.tables.includes(t) ? t : null));
  }

  add(address: string, hasHeaders: boolean): TableDouble {
    let created: TableModel | null = null;
    this.context.queue("TableCollection.add()", { address, hasHeaders }, () => {
      const model = this.context.model;
      checkSheetWritable(this.sheet(), "adding a table");
      created = model.addTable(this.sheet(), `Tabel${model.tables.length + 1}`, address);
    });
    return new TableDouble(this.context, () => created);
  }

  getItem(name: string): TableDouble {
    return new TableDouble(this.context, () => {
      const sheet = this.sheet();
      return (
        this.context.model.tables.find(
          (t) => t.sheet === sheet && t.name.toLowerCase() === name.toLowerCase(),
        ) ?? null
      );
    });
  }
}

/** Every member of Excel.TableColumnCollection the double implements. */
export const TABLE_COLUMNS_MEMBERS = [
  "add",
  "getItem",
] as const satisfies readonly (keyof Excel.TableColumnCollection)[];

/** Every member of Excel.TableColumn the double implements. */
export const TABLE_COLUMN_MEMBERS = ["delete"] as const satisfies readonly (keyof Excel.TableColumn)[];

/**
 * A proxy for one Excel.TableColumn, found by its header (ItemNotFound at sync when there is none).
 * Deleting it does what Excel does: its cells go (contents and formats), the table shrinks, and every cell
 * right of it on the table's rows (the table's next columns and a user's cells beside the table) moves one
 * column left.
 */
export class TableColumnDouble {
  constructor(
    private readonly context: RequestContextDouble,
    private readonly table: () => TableModel,
    private readonly name: string,
  ) {}

  delete(): void {
    this.context.queue("TableColumn.delete()", this.name, () => {
      const t = this.table();
      checkSheetWritable(t.sheet, "deleting a table column");
      const model = this.context.model;
      const column = Array.from(
        { length: t.lastColumn - t.firstColumn + 1 },
        (_, i) => t.firstColumn + i,
      ).find((c) => String(model.value(t.sheet, t.headerRow, c)).toLowerCase() === this.name.toLowerCase());
      if (column === undefined)
        throw new OfficeErrorDouble(CODES.itemNotFound, `No table column ${this.name}.`);
      if (t.firstColumn === t.lastColumn)
        throw new OfficeErrorDouble(CODES.invalidOperation, "A table keeps one column.");
      const bottom = t.lastDataRow + (t.showTotals ? 1 : 0);
      model.clearFormats(t.sheet, t.headerRow, column, bottom - t.headerRow + 1, 1);
      // As Excel does: the cells right of the column on the Table's rows (the Table's and any beside it) move left.
      model.shiftLeft(t.sheet, t.headerRow, bottom, column);
      t.lastColumn -= 1;
      model.retranslate();
      // The deleted cells take their conditional formats and validations with them.
      const gone = {
        sheet: t.sheet.name,
        row: t.headerRow,
        column,
        rows: bottom - t.headerRow + 1,
        columns: 1,
      };
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (cf) => !contains(gone, areaOf(cf.range)),
      );
      t.sheet.validations = t.sheet.validations.filter((v) => !contains(gone, areaOf(v.range)));
      model.recalculate();
    });
  }
}

/** A proxy for Excel.TableColumnCollection: columns are appended at the right edge. */
export class TableColumnCollectionDouble {
  constructor(
    private readonly context: RequestContextDouble,
    private readonly table: () => TableModel,
  ) {}

  /** A column by its header. */
  getItem(name: string): TableColumnDouble {
    return new TableColumnDouble(this.context, this.table, name);
  }

  /**
   * Appends a column (index null or the column count) named `name`; the cells it takes must be empty.
   * A name another column has becomes name2, name3, …; no name becomes Column1, Column2, ….
   */
  add(index?: number | null, values?: unknown, name?: string): void {
    this.context.queue("TableColumnCollection.add()", { index, values, name }, () => {
      const t = this.table();
      checkSheetWritable(t.sheet, "adding a table column");
      const count = t.lastColumn - t.firstColumn + 1;
      if (index !== undefined && index !== null && index !== -1 && index !== count) {
        throw new OfficeErrorDouble(CODES.invalidArgument, "The double only appends table columns.");
      }
      const column = t.lastColumn + 1;
      const model = this.context.model;
      for (let r = t.headerRow; r <= t.lastDataRow; r++) {
        const cell = model.cell(t.sheet, r, column);
        if (cell && (cell.formula !== undefined || (cell.constant !== undefined && cell.constant !== ""))) {
          throw new OfficeErrorDouble(
            CODES.insertDeleteConflict,
            "The table cannot grow over cells that hold data.",
          );
        }
      }
      t.lastColumn = column;
      model.write(t.sheet, t.headerRow, column, name ?? "");
      if (Array.isArray(values)) {
        (values as unknown[][]).forEach((row, i) => model.write(t.sheet, t.headerRow + i, column, row[0]));
      }
    });
  }
}

/** Every member of the workbook's Excel.TableCollection the double implements. */
export const WORKBOOK_TABLES_MEMBERS = [
  "getItemOrNullObject",
] as const satisfies readonly (keyof Excel.TableCollection)[];

/** The workbook's tables, across sheets. */
export class WorkbookTablesDouble {
  constructor(private readonly context: RequestContextDouble) {}

  getItemOrNullObject(name: string): TableDouble {
    return new TableDouble(
      this.context,
      () => this.context.model.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null,
      { mayBeNull: true },
    );
  }
}
