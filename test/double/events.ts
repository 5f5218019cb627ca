import type { RequestContextDouble } from "./context";
import { CODES, OfficeErrorDouble } from "./errors";
import { letters } from "./formulaText";
import type { CellWrite, SheetModel, WorkbookModel } from "./model";

/** The arguments of Worksheet.onChanged, as Excel hands them to a handler. */
export interface WorksheetChangedArgs {
  type: "WorksheetChanged";
  changeType: "RangeEdited" | "RowDeleted" | "RowInserted";
  source: "Local";
  worksheetId: string;
  /** A1 without the sheet: "B3", "B3:C4", or "3:4" for whole rows. */
  address: string;
  /** ExcelApi 1.14: "ThisLocalAddin" when this add-in's own write caused the change. */
  triggerSource?: "ThisLocalAddin" | "Unknown";
}

/** A change on a sheet that Excel reports to onChanged handlers. */
export interface SheetChange {
  sheet: SheetModel;
  changeType: WorksheetChangedArgs["changeType"];
  address: string;
  /** True when the add-in wrote it through a sync, false when a user typed or deleted. */
  byAddin: boolean;
}

type Handler = (args: WorksheetChangedArgs) => Promise<unknown>;

/** Where a handler listens: one sheet, or every sheet (WorksheetCollection.onChanged). */
export type Scope = SheetModel | "every sheet";

interface Registration {
  scope: Scope;
  handler: Handler;
  context: RequestContextDouble;
}

/** The A1 address of written cells, without the sheet. */
export function addressOfWrite(w: Pick<CellWrite, "row" | "column" | "rows" | "columns">): string {
  const from = `${letters(w.column)}${w.row + 1}`;
  if (w.rows === 1 && w.columns === 1) return from;
  return `${from}:${letters(w.column + w.columns - 1)}${w.row + w.rows}`;
}

/** The cells an add-in's sync wrote, as the changes Excel reports for them (one event per write). */
export const changesOfWrites = (writes: readonly CellWrite[], byAddin: boolean): SheetChange[] =>
  writes.map((w) => ({ sheet: w.sheet, changeType: "RangeEdited", address: addressOfWrite(w), byAddin }));

/**
 * The workbook's onChanged registrations. A handler registered on a sheet hears that sheet's changes,
 * whoever made them (the add-in's own writes too); a deleted sheet's handlers fall silent; a renamed
 * sheet keeps them, as the registration follows the sheet, not its name.
 */
export class ChangeEvents {
  private registrations: Registration[] = [];

  constructor(
    private readonly model: WorkbookModel,
    /** Whether the host has ExcelApi 1.14, whose event arguments say who made the change. */
    private readonly withTriggerSource: boolean,
  ) {}

  add(registration: Registration): void {
    this.registrations.push(registration);
  }

  /** Removes a handler; Office.js needs the request context that added it. */
  remove(scope: Scope, handler: Handler, context: RequestContextDouble): void {
    const found = this.registrations.find((r) => r.scope === scope && r.handler === handler);
    if (!found) return;
    if (found.context !== context) {
      throw new OfficeErrorDouble(
        CODES.invalidOperation,
        "An event handler must be removed in the request context it was added in.",
      );
    }
    this.registrations = this.registrations.filter((r) => r !== found);
  }

  /**
   * Calls, after the current task, every handler that listened to each changed sheet when it changed;
   * a sheet deleted in the meantime raises nothing.
   */
  fire(changes: readonly SheetChange[]): void {
    for (const change of changes) {
      const listening = this.registrations.filter(
        (r) => r.scope === change.sheet || r.scope === "every sheet",
      );
      if (listening.length === 0) continue;
      setTimeout(() => {
        if (!this.model.sheets.includes(change.sheet)) return;
        const args: WorksheetChangedArgs = {
          type: "WorksheetChanged",
          changeType: change.changeType,
          source: "Local",
          worksheetId: change.sheet.id,
          address: change.address,
          ...(this.withTriggerSource ? { triggerSource: change.byAddin ? "ThisLocalAddin" : "Unknown" } : {}),
        };
        for (const r of listening) void r.handler(args);
      }, 0);
    }
  }
}

/** OfficeExtension.EventHandlers: add and remove take effect at the next sync, as in Office.js. */
export class EventHandlersDouble {
  /** Members of OfficeExtension.EventHandlers the double implements. */
  static readonly members = [
    "add",
    "remove",
  ] as const satisfies readonly (keyof OfficeExtension.EventHandlers<unknown>)[];

  constructor(
    private readonly context: RequestContextDouble,
    private readonly scope: () => Scope,
  ) {}

  add(handler: Handler): EventHandlerResultDouble {
    if (typeof handler !== "function")
      throw new OfficeErrorDouble(CODES.invalidArgument, "The handler must be a function.");
    const context = this.context;
    context.queue("EventHandlers.add()", null, () =>
      context.events.add({ scope: this.scope(), handler, context }),
    );
    return new EventHandlerResultDouble(context, this, handler);
  }

  remove(handler: Handler): void {
    const context = this.context;
    context.queue("EventHandlers.remove()", null, () =>
      context.events.remove(this.scope(), handler, context),
    );
  }
}

/** OfficeExtension.EventHandlerResult: remove() is queued in the context the handler was added in. */
export class EventHandlerResultDouble {
  /** Members of OfficeExtension.EventHandlerResult the double implements. */
  static readonly members = [
    "remove",
    "context",
  ] as const satisfies readonly (keyof OfficeExtension.EventHandlerResult<unknown>)[];

  constructor(
    readonly context: RequestContextDouble,
    private readonly handlers: EventHandlersDouble,
    private readonly handler: Handler,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}
