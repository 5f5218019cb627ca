import { ChartCollectionDouble } from "./charts";
import { ClientObjectDouble, type Resolver } from "./clientObject";
import { CollectionDouble } from "./collection";
import type { RequestContextDouble } from "./context";
import { cannotLoad, CODES, OfficeErrorDouble } from "./errors";
import { EventHandlersDouble } from "./events";
import type { SheetModel } from "./model";
import { ProtectionDouble } from "./protection";
import { RangeDouble, targetOf } from "./range";
import { TableCollectionDouble } from "./tables";

export { ProtectionDouble };

/** Every member of Excel.Worksheet the double implements. */
export const WORKSHEET_MEMBERS = [
  "name",
  "id",
  "onChanged",
  "getRange",
  "getRangeByIndexes",
  "getUsedRangeOrNullObject",
  "tables",
  "charts",
  "protection",
  "activate",
  "delete",
  "load",
  "toJSON",
  "context",
  "isNullObject",
] as const satisfies readonly (keyof Excel.Worksheet)[];

/** A proxy for Excel.Worksheet. */
export class WorksheetDouble extends ClientObjectDouble<SheetModel> {
  constructor(
    context: RequestContextDouble,
    resolver: Resolver<SheetModel>,
    options: { mayBeNull?: boolean } = {},
  ) {
    super(context, resolver, "Worksheet", options);
  }

  protected readProperty(sheet: SheetModel, property: string): unknown {
    if (property === "name") return sheet.name;
    if (property === "id") return sheet.id;
    throw cannotLoad("Worksheet", property);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  get id(): string {
    return this.loadedValue("id");
  }

  /** ExcelApi 1.7: raised after cells of this sheet change, by a user or by any add-in's writes. */
  get onChanged(): EventHandlersDouble {
    this.context.requireApi("1.7", "Worksheet.onChanged");
    return new EventHandlersDouble(this.context, () => this.target());
  }

  /** The range at an address, or the whole sheet when none is given. */
  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.context, () => targetOf(this.target(), address ?? "A1:XFD1048576"));
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeDouble {
    this.context.requireApi("1.7", "Worksheet.getRangeByIndexes");
    return new RangeDouble(this.context, () => {
      if (row < 0 || column < 0 || rows < 1 || columns < 1) {
        throw new OfficeErrorDouble(CODES.invalidArgument, "The range is outside the sheet.");
      }
      return { sheet: this.target(), row, column, rows, columns };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeDouble {
    return new RangeDouble(
      this.context,
      () => {
        const sheet = this.targetOrNull();
        const used = sheet ? this.context.model.usedRange(sheet, valuesOnly ?? false) : null;
        return sheet && used ? { sheet, ...used } : null;
      },
      { mayBeNull: true },
    );
  }

  get protection(): ProtectionDouble {
    return new ProtectionDouble(this.context, () => this.target());
  }

  get tables(): TableCollectionDouble {
    return new TableCollectionDouble(this.context, () => this.target());
  }

  get charts(): ChartCollectionDouble {
    return new ChartCollectionDouble(this.context, () => this.target());
  }

  /**
   * Deletes the sheet, protected or not (sheet protection does not stop it): its tables and charts go,
   * references to it compute #REF!. InvalidOperation for the workbook's only sheet, as in Excel.
   */
  delete(): void {
    this.queueCall("delete", null, (sheet) => this.context.model.removeSheet(sheet));
  }

  activate(): void {
    this.queueCall("activate", null, (sheet) => {
      this.context.model.activeSheet = sheet.name;
      this.context.model.chartSelected = false;
    });
  }
}

/** Every member of Excel.WorksheetCollection the double implements. */
export const WORKSHEETS_MEMBERS = [
  "getActiveWorksheet",
  "getItem",
  "getItemOrNullObject",
  "add",
  "items",
  "load",
  "onChanged",
] as const satisfies readonly (keyof Excel.WorksheetCollection)[];

/** A proxy for Excel.WorksheetCollection. */
export class WorksheetCollectionDouble extends CollectionDouble<WorksheetDouble, SheetModel> {
  constructor(context: RequestContextDouble) {
    super(context, "WorksheetCollection");
  }

  protected models(): SheetModel[] {
    return [...this.context.model.sheets];
  }

  protected proxyFor(sheet: SheetModel): WorksheetDouble {
    return new WorksheetDouble(this.context, () =>
      this.context.model.sheets.includes(sheet) ? sheet : null,
    );
  }

  /** ExcelApi 1.9: raised after cells of any sheet change. */
  get onChanged(): EventHandlersDouble {
    this.context.requireApi("1.9", "WorksheetCollection.onChanged");
    return new EventHandlersDouble(this.context, () => "every sheet");
  }

  getActiveWorksheet(): WorksheetDouble {
    return new WorksheetDouble(
      this.context,
      () => this.context.model.sheet(this.context.model.activeSheet) ?? null,
    );
  }

  getItem(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, () => this.context.model.sheet(name) ?? null);
  }

  getItemOrNullObject(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, () => this.context.model.sheet(name) ?? null, {
      mayBeNull: true,
    });
  }

  add(name: string): WorksheetDouble {
    let created: SheetModel | null = null;
    this.context.queue("WorksheetCollection.add()", name, () => {
      created = this.context.model.addSheet(name);
    });
    return new WorksheetDouble(this.context, () => created ?? this.context.model.sheet(name) ?? null);
  }
}
