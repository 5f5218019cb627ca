import { ClientObjectDouble, type Resolver } from "./clientObject";
import { CollectionDouble } from "./collection";
import type { RequestContextDouble } from "./context";
import { CODES, OfficeErrorDouble } from "./errors";
import type { SheetModel, TableModel } from "./model";
import { RangeDouble } from "./range";

/** Every member of Excel.Table the double implements. */
export const TABLE_MEMBERS = [
  "name",
  "showTotals",
  "showHeaders",
  "getRange",
  "getHeaderRowRange",
  "getDataBodyRange",
  "columns",
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

  protected defaultProperties(): string[] {
    return ["name", "showTotals", "showHeaders"];
  }

  protected readProperty(t: TableModel, property: string): unknown {
    if (property === "name") return t.name;
    if (property === "showTotals") return t.showTotals;
    if (property === "showHeaders") return t.showHeaders;
    throw new OfficeErrorDouble(CODES.invalidArgument, `The double cannot load Table.${property}.`);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  /** Renames the table; names are unique in the workbook. */
  set name(name: string) {
    this.queueSet("name", name, (t) => {
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

  getRange(): RangeDouble {
    return new RangeDouble(this.context, () => {
      const t = this.target();
      const rows = t.lastDataRow - t.headerRow + 1 + (t.showTotals ? 1 : 0);
      return {
        sheet: t.sheet,
        row: t.headerRow,
        column: t.firstColumn,
        rows,
        columns: t.lastColumn - t.firstColumn + 1,
      };
    });
  }

  getHeaderRowRange(): RangeDouble {
    return new RangeDouble(this.context, () => {
      const t = this.target();
      return {
        sheet: t.sheet,
        row: t.headerRow,
        column: t.firstColumn,
        rows: 1,
        columns: t.lastColumn - t.firstColumn + 1,
      };
    });
  }

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
}

/** Every member of Excel.TableCollection the double implements. */
export const TABLES_MEMBERS = [
  "items",
  "add",
  "getItem",
  "getItemOrNullObject",
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
      created = this.context.addTable(this.sheet(), address, hasHeaders);
    });
    return new TableDouble(this.context, () => created);
  }

  getItem(name: string): TableDouble {
    return new TableDouble(this.context, () => this.find(name));
  }

  getItemOrNullObject(name: string): TableDouble {
    return new TableDouble(this.context, () => this.find(name), { mayBeNull: true });
  }

  private find(name: string): TableModel | null {
    const sheet = this.sheet();
    return (
      this.context.model.tables.find(
        (t) => t.sheet === sheet && t.name.toLowerCase() === name.toLowerCase(),
      ) ?? null
    );
  }
}

/** Every member of Excel.TableColumnCollection the double implements. */
export const TABLE_COLUMNS_MEMBERS = [
  "add",
  "getItemOrNullObject",
] as const satisfies readonly (keyof Excel.TableColumnCollection)[];

/** A proxy for Excel.TableColumnCollection: columns are appended at the right edge. */
export class TableColumnCollectionDouble {
  constructor(
    private readonly context: RequestContextDouble,
    private readonly table: () => TableModel,
  ) {}

  /** Appends a column (index null or the column count) named `name`; the cells it takes must be empty. */
  add(index?: number | null, values?: unknown, name?: string): TableColumnDouble {
    let column = -1;
    this.context.queue("TableColumnCollection.add()", { index, values, name }, () => {
      const t = this.table();
      const count = t.lastColumn - t.firstColumn + 1;
      if (index !== undefined && index !== null && index !== -1 && index !== count) {
        throw new OfficeErrorDouble(CODES.invalidArgument, "The double only appends table columns.");
      }
      column = t.lastColumn + 1;
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
      model.write(t.sheet, t.headerRow, column, name ?? `Column${count + 1}`);
      if (Array.isArray(values)) {
        (values as unknown[][]).forEach((row, i) => model.write(t.sheet, t.headerRow + i, column, row[0]));
      }
    });
    return new TableColumnDouble(this.context, () => {
      const t = this.table();
      return column < 0 ? null : { table: t, column };
    });
  }

  getItemOrNullObject(name: string): TableColumnDouble {
    return new TableColumnDouble(
      this.context,
      () => {
        const t = this.table();
        for (let c = t.firstColumn; c <= t.lastColumn; c++) {
          if (
            String(this.context.model.value(t.sheet, t.headerRow, c)).toLowerCase() === name.toLowerCase()
          ) {
            return { table: t, column: c };
          }
        }
        return null;
      },
      { mayBeNull: true },
    );
  }
}

/** Every member of Excel.TableColumn the double implements. */
export const TABLE_COLUMN_MEMBERS = [
  "name",
  "index",
  "getDataBodyRange",
  "getHeaderRowRange",
  "getRange",
  "load",
] as const satisfies readonly (keyof Excel.TableColumn)[];

/** A proxy for one Excel.TableColumn. */
export class TableColumnDouble extends ClientObjectDouble<{ table: TableModel; column: number }> {
  constructor(
    context: RequestContextDouble,
    resolver: Resolver<{ table: TableModel; column: number }>,
    options: { mayBeNull?: boolean } = {},
  ) {
    super(context, resolver, "TableColumn", options);
  }

  protected defaultProperties(): string[] {
    return ["name", "index"];
  }

  protected readProperty(t: { table: TableModel; column: number }, property: string): unknown {
    if (property === "name")
      return String(this.context.model.value(t.table.sheet, t.table.headerRow, t.column));
    if (property === "index") return t.column - t.table.firstColumn;
    throw new OfficeErrorDouble(CODES.invalidArgument, `The double cannot load TableColumn.${property}.`);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get index(): number {
    return this.loadedValue("index");
  }

  getDataBodyRange(): RangeDouble {
    return new RangeDouble(this.context, () => {
      const { table, column } = this.target();
      return {
        sheet: table.sheet,
        row: table.headerRow + 1,
        column,
        rows: table.lastDataRow - table.headerRow,
        columns: 1,
      };
    });
  }

  getHeaderRowRange(): RangeDouble {
    return new RangeDouble(this.context, () => {
      const { table, column } = this.target();
      return { sheet: table.sheet, row: table.headerRow, column, rows: 1, columns: 1 };
    });
  }

  getRange(): RangeDouble {
    return new RangeDouble(this.context, () => {
      const { table, column } = this.target();
      return {
        sheet: table.sheet,
        row: table.headerRow,
        column,
        rows: table.lastDataRow - table.headerRow + 1,
        columns: 1,
      };
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
