import type { RequestContextDouble } from "./context";
import { CODES, OfficeErrorDouble } from "./errors";
import { NamedItemCollectionDouble } from "./names";
import { RangeDouble } from "./range";
import { WorkbookTablesDouble } from "./tables";
import { WorksheetCollectionDouble } from "./worksheet";

/** Every member of Excel.Workbook the double implements. */
export const WORKBOOK_MEMBERS = [
  "worksheets",
  "names",
  "tables",
  "getActiveCell",
  "application",
] as const satisfies readonly (keyof Excel.Workbook)[];

/** A proxy for Excel.Workbook. */
export class WorkbookDouble {
  constructor(private readonly context: RequestContextDouble) {}

  get worksheets(): WorksheetCollectionDouble {
    return new WorksheetCollectionDouble(this.context);
  }

  get names(): NamedItemCollectionDouble {
    return new NamedItemCollectionDouble(this.context);
  }

  get tables(): WorkbookTablesDouble {
    return new WorkbookTablesDouble(this.context);
  }

  get application(): ApplicationDouble {
    return new ApplicationDouble(this.context);
  }

  /** ExcelApi 1.7: the active cell; fails with InvalidSelection while a chart is selected. */
  getActiveCell(): RangeDouble {
    this.context.requireApi("1.7", "Workbook.getActiveCell");
    return new RangeDouble(this.context, () => {
      const model = this.context.model;
      if (model.chartSelected) {
        throw new OfficeErrorDouble(
          CODES.invalidSelection,
          "getActiveCell: the current selection is invalid for this operation.",
        );
      }
      const sheet = model.sheet(model.activeSheet)!;
      return { sheet, row: model.activeCell.row, column: model.activeCell.column, rows: 1, columns: 1 };
    });
  }
}

/** A proxy for Excel.Application. */
export class ApplicationDouble {
  /** Members of Excel.Application the double implements. */
  static readonly members = [
    "suspendScreenUpdatingUntilNextSync",
  ] as const satisfies readonly (keyof Excel.Application)[];

  constructor(private readonly context: RequestContextDouble) {}

  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.requireApi("1.9", "Application.suspendScreenUpdatingUntilNextSync");
    this.context.queue("Application.suspendScreenUpdatingUntilNextSync()", null, () => undefined);
  }
}
