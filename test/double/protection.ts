import { ClientObjectDouble, type Resolver } from "./clientObject";
import type { RequestContextDouble } from "./context";
import { cannotLoad, CODES, OfficeErrorDouble } from "./errors";
import type { CellModel, SheetModel } from "./model";
import type { RangeTarget } from "./range";

/*
 * Worksheet protection as Excel has it: every cell starts locked; while the sheet is protected, a
 * change to a locked cell fails with AccessDenied, unless the protection's options allow that kind of
 * change (allowFormatCells, allowFormatColumns, allowEditObjects). Unlocked cells stay writable.
 */

/** A sheet's protection: the options it was protected with, and its password if any. */
export interface SheetProtection {
  options: Excel.WorksheetProtectionOptions;
  password?: string;
}

/** What WorksheetProtection.options gives for options that were not passed to protect(). */
const DEFAULT_OPTIONS: Required<Excel.WorksheetProtectionOptions> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

/** A permission a protected sheet may grant. */
export type Allowance = "allowFormatCells" | "allowFormatColumns" | "allowFormatRows" | "allowEditObjects";

const KEY_COLUMNS = 16384;

/** How many cells of the area carry `locked: false`. */
function unlockedCount(t: RangeTarget): number {
  let count = 0;
  for (const [key, cell] of t.sheet.cells) {
    if (cell.locked !== false) continue;
    const r = Math.floor(key / KEY_COLUMNS);
    const c = key % KEY_COLUMNS;
    if (r >= t.row && r < t.row + t.rows && c >= t.column && c < t.column + t.columns) count++;
  }
  return count;
}

/** FormatProtection.locked of an area: true or false when all cells agree, null when mixed. */
export function lockedState(t: RangeTarget): boolean | null {
  const unlocked = unlockedCount(t);
  if (unlocked === 0) return true;
  return unlocked === t.rows * t.columns ? false : null;
}

/** The error Excel gives for a change to a protected sheet. */
export function accessDenied(sheet: SheetModel, what: string): OfficeErrorDouble {
  return new OfficeErrorDouble(
    "AccessDenied",
    `The sheet ${sheet.name} is protected: ${what} is not allowed. Unprotect the sheet to change it.`,
  );
}

/** Throws AccessDenied when the sheet is protected, unless its options grant the allowance. */
export function checkSheetWritable(sheet: SheetModel, what: string, allow?: Allowance): void {
  if (!sheet.protection) return;
  if (allow && sheet.protection.options[allow]) return;
  throw accessDenied(sheet, what);
}

/** Throws AccessDenied when the sheet is protected and the area holds a locked cell (unless allowed). */
export function checkCellsWritable(t: RangeTarget, what: string, allow?: Allowance): void {
  if (!t.sheet.protection) return;
  if (allow && t.sheet.protection.options[allow]) return;
  if (lockedState(t) !== false) throw accessDenied(t.sheet, `${what} on a locked cell`);
}

/** Worksheet.protection (ExcelApi 1.2): whether the sheet is protected, with which options; protect and unprotect. */
export class ProtectionDouble extends ClientObjectDouble<SheetModel> {
  /** Members of Excel.WorksheetProtection the double implements. */
  static readonly members = [
    "protected",
    "options",
    "protect",
    "unprotect",
    "load",
    "toJSON",
  ] as const satisfies readonly (keyof Excel.WorksheetProtection)[];

  constructor(context: RequestContextDouble, resolver: Resolver<SheetModel>) {
    super(context, resolver, "WorksheetProtection");
  }

  protected readProperty(sheet: SheetModel, property: string): unknown {
    if (property === "protected") return sheet.protection !== null;
    if (property === "options") return { ...DEFAULT_OPTIONS, ...sheet.protection?.options };
    throw cannotLoad("WorksheetProtection", property);
  }

  get protected(): boolean {
    return this.loadedValue("protected");
  }

  get options(): Excel.WorksheetProtectionOptions {
    return this.loadedValue("options");
  }

  /**
   * Protects the sheet at sync. The docs say it "fails if the worksheet has already been protected",
   * but Excel has long let it pass (office-js#6784 calls throwing there a regression): a no-op here.
   */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    if (password !== undefined) this.context.requireApi("1.7", "WorksheetProtection.protect(password)");
    const sent = options === undefined ? {} : (JSON.parse(JSON.stringify(options)) as object);
    this.queueCall("protect", { options: sent, password: password ?? null }, (sheet) => {
      if (sheet.protection) return;
      sheet.protection = { options: sent, ...(password ? { password } : {}) };
    });
  }

  /** Unprotects the sheet at sync; a wrong or missing password fails with InvalidArgument and leaves it protected. */
  unprotect(password?: string): void {
    if (password !== undefined) this.context.requireApi("1.7", "WorksheetProtection.unprotect(password)");
    this.queueCall("unprotect", password ?? null, (sheet) => {
      const expected = sheet.protection?.password;
      if (expected !== undefined && password !== expected)
        throw new OfficeErrorDouble(
          CODES.invalidArgument,
          `The password to unprotect ${sheet.name} is wrong.`,
        );
      sheet.protection = null;
    });
  }
}

/** Range.format.protection (ExcelApi 1.2): whether the range's cells are locked. */
export class FormatProtectionDouble extends ClientObjectDouble<RangeTarget> {
  /** Members of Excel.FormatProtection the double implements. */
  static readonly members = [
    "locked",
    "load",
    "toJSON",
  ] as const satisfies readonly (keyof Excel.FormatProtection)[];

  constructor(
    context: RequestContextDouble,
    resolver: Resolver<RangeTarget>,
    private readonly cells: (t: RangeTarget, apply: (cell: CellModel) => void) => void,
  ) {
    super(context, resolver, "FormatProtection");
  }

  protected readProperty(t: RangeTarget, property: string): unknown {
    if (property === "locked") return lockedState(t);
    throw cannotLoad("FormatProtection", property);
  }

  /** True, false, or null when some cells are locked and others not. */
  get locked(): boolean {
    return this.loadedValue("locked");
  }
  /** Locks or unlocks every cell of the range; refused while the sheet is protected, as Excel refuses it. */
  set locked(value: boolean) {
    this.queueSet("locked", value, (t) => {
      if (typeof value !== "boolean")
        throw new OfficeErrorDouble(CODES.invalidArgument, "locked must be true or false.");
      checkSheetWritable(t.sheet, "locking or unlocking cells");
      this.cells(t, (cell) => {
        if (value) delete cell.locked;
        else cell.locked = false;
      });
    });
  }
}
