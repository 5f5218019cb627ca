import { addressOfArea, areaOf, contains, overlaps, sharedCells, subtract, type Area } from "./addresses";
import { ClientObjectDouble, type Resolver } from "./clientObject";
import type { RequestContextDouble } from "./context";
import { cannotLoad, CODES, OfficeErrorDouble } from "./errors";
import { shiftFormula } from "./formulaText";
import {
  toCellData,
  type CellData,
  type DataValidationModel,
  type SheetModel,
  type WorkbookModel,
} from "./model";
import { checkCellsWritable } from "./protection";
import { wire, type RangeTarget } from "./range";

/** What a validation holds besides its range. */
type Settings = Omit<DataValidationModel, "range">;

/** Excel.DataValidationType for each kind of rule. */
const TYPE_OF: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

/** Excel's limits (MS-XLS DValStrings): titles 32 characters, the alert's message 225, the prompt's 255. */
const LIMITS = { title: 32, errorMessage: 225, promptMessage: 255, listSource: 255 };

const invalid = (message: string) => new OfficeErrorDouble(CODES.invalidArgument, message);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A rule's limit: a number, a numeric text or a formula "=…". */
function checkLimit(kind: string, name: string, value: unknown): void {
  const ok =
    (typeof value === "number" && Number.isFinite(value)) ||
    (typeof value === "string" &&
      (value.startsWith("=") || (value.trim() !== "" && Number.isFinite(Number(value)))));
  if (!ok) throw invalid(`The ${kind} rule's ${name} ${JSON.stringify(value)} is not a number or formula.`);
}

/** Refuses a rule Excel refuses (InvalidArgument): one kind only, a known operator, the limits it needs, a list of at most 255 characters. */
export function checkRule(rule: unknown): void {
  if (!isRecord(rule)) throw invalid("A data validation rule must be an object.");
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  if (kinds.length !== 1 || !(kinds[0] in TYPE_OF))
    throw invalid(`A data validation rule needs exactly one of ${Object.keys(TYPE_OF).join(", ")}.`);
  const kind = kinds[0];
  const body = rule[kind];
  if (!isRecord(body)) throw invalid(`The ${kind} rule must be an object.`);
  if (kind === "list") {
    if (typeof body.source !== "string" || body.source.trim() === "")
      throw invalid("A list rule needs a source.");
    if (body.source.length > LIMITS.listSource)
      throw invalid(
        `A list source may hold ${LIMITS.listSource} characters; this one has ${body.source.length}.`,
      );
    return;
  }
  if (kind === "custom") {
    if (typeof body.formula !== "string" || body.formula.trim() === "")
      throw invalid("A custom rule needs a formula.");
    return;
  }
  if (typeof body.operator !== "string" || !OPERATORS.includes(body.operator))
    throw invalid(`The ${kind} rule's operator ${String(body.operator)} is not valid.`);
  checkLimit(kind, "formula1", body.formula1);
  if (body.operator === "Between" || body.operator === "NotBetween")
    checkLimit(kind, "formula2", body.formula2);
}

function checkText(what: string, value: unknown, limit: number): void {
  if (value !== undefined && (typeof value !== "string" || value.length > limit))
    throw invalid(`${what} may hold ${limit} characters.`);
}

/** Keeps only the cells outside `target` of every validation, then gives `target` the settings `update` makes. */
function settle(sheet: SheetModel, target: Area, update: ((previous: Settings) => Settings) | null): void {
  const touching = sheet.validations.filter((v) => overlaps(areaOf(v.range), target));
  const exact = touching.find((v) => contains(target, areaOf(v.range)) && contains(areaOf(v.range), target));
  if (exact && update) {
    Object.assign(exact, update(settingsOf(exact)));
    return;
  }
  const holder =
    touching.length === 1 && contains(areaOf(touching[0].range), target) ? touching[0] : undefined;
  const previous = holder ? settingsOf(holder) : {};
  sheet.validations = sheet.validations.flatMap((v) =>
    touching.includes(v)
      ? subtract(areaOf(v.range), target).map((a) => ({ ...structuredClone(v), range: addressOfArea(a) }))
      : [v],
  );
  if (update) sheet.validations.push({ range: addressOfArea(target), ...update(previous) });
}

const settingsOf = (v: DataValidationModel): Settings => {
  const settings: Partial<DataValidationModel> = structuredClone(v);
  delete settings.range;
  return settings;
};

/** Range.dataValidation (ExcelApi 1.8): the rule, prompt, error alert and blank handling of the range's cells. */
export class DataValidationDouble extends ClientObjectDouble<RangeTarget> {
  /** Members of Excel.DataValidation the double implements. */
  static readonly members = [
    "rule",
    "errorAlert",
    "prompt",
    "ignoreBlanks",
    "type",
    "valid",
    "clear",
    "load",
    "toJSON",
  ] as const satisfies readonly (keyof Excel.DataValidation)[];

  constructor(context: RequestContextDouble, resolver: Resolver<RangeTarget>) {
    super(context, resolver, "DataValidation");
  }

  protected readProperty(t: RangeTarget, property: string): unknown {
    const area = areaOfTarget(t);
    const single = () => {
      const touching = t.sheet.validations.filter((v) => overlaps(areaOf(v.range), area));
      return touching.length === 1 && contains(areaOf(touching[0].range), area) ? touching[0] : undefined;
    };
    switch (property) {
      case "type":
        return validationType(t.sheet, area);
      case "valid":
        return allValid(this.context.model, t.sheet, area);
      case "rule":
        return structuredClone(single()?.rule ?? {});
      case "prompt":
        return { showPrompt: false, title: "", message: "", ...single()?.prompt };
      case "errorAlert":
        return { showAlert: true, style: "Stop", title: "", message: "", ...single()?.errorAlert };
      case "ignoreBlanks":
        return single()?.ignoreBlanks ?? true;
      default:
        throw cannotLoad("DataValidation", property);
    }
  }

  private change(
    property: string,
    value: unknown,
    check: () => void,
    apply: (s: Settings) => Settings,
  ): void {
    const sent = wire(value);
    this.queueSet(property, sent, (t) => {
      check();
      checkCellsWritable(t, "changing data validation");
      settle(t.sheet, areaOfTarget(t), apply);
    });
  }

  /** None, the rule's type (e.g. List), MixedCriteria when only some cells have a rule, Inconsistent when rules differ. */
  get type(): string {
    return this.loadedValue("type");
  }

  /** Whether every cell's value passes its rule (date and time rules are not checked). */
  get valid(): boolean {
    return this.loadedValue("valid");
  }

  get rule(): unknown {
    return this.loadedValue("rule");
  }
  /** Replaces the rule of every cell of the range (cells outside it keep theirs). */
  set rule(rule: unknown) {
    const sent = wire(rule);
    this.change(
      "rule",
      sent,
      () => checkRule(sent),
      (s) => ({ ...s, rule: sent }),
    );
  }

  get errorAlert(): unknown {
    return this.loadedValue("errorAlert");
  }
  set errorAlert(alert: { showAlert?: boolean; style?: string; title?: string; message?: string }) {
    const sent = wire(alert);
    this.change(
      "errorAlert",
      sent,
      () => {
        if (!isRecord(sent)) throw invalid("errorAlert must be an object.");
        if (sent.style !== undefined && !["Stop", "Warning", "Information"].includes(sent.style))
          throw invalid(`The alert style ${sent.style} is not Stop, Warning or Information.`);
        checkText("The alert's title", sent.title, LIMITS.title);
        checkText("The alert's message", sent.message, LIMITS.errorMessage);
      },
      (s) => ({ ...s, errorAlert: { ...s.errorAlert, ...sent } }),
    );
  }

  get prompt(): unknown {
    return this.loadedValue("prompt");
  }
  set prompt(prompt: { showPrompt?: boolean; title?: string; message?: string }) {
    const sent = wire(prompt);
    this.change(
      "prompt",
      sent,
      () => {
        if (!isRecord(sent)) throw invalid("prompt must be an object.");
        checkText("The prompt's title", sent.title, LIMITS.title);
        checkText("The prompt's message", sent.message, LIMITS.promptMessage);
      },
      (s) => ({ ...s, prompt: { ...s.prompt, ...sent } }),
    );
  }

  get ignoreBlanks(): boolean {
    return this.loadedValue("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.change(
      "ignoreBlanks",
      value,
      () => {
        if (typeof value !== "boolean") throw invalid("ignoreBlanks must be true or false.");
      },
      (s) => ({ ...s, ignoreBlanks: value }),
    );
  }

  /** Removes every validation from the range's cells. */
  clear(): void {
    this.queueCall("clear", null, (t) => {
      checkCellsWritable(t, "clearing data validation");
      settle(t.sheet, areaOfTarget(t), null);
    });
  }
}

const areaOfTarget = (t: RangeTarget): Area => ({
  sheet: t.sheet.name,
  row: t.row,
  column: t.column,
  rows: t.rows,
  columns: t.columns,
});

/** DataValidation.type: None, the rule's type, MixedCriteria (some cells have none) or Inconsistent (rules differ). */
function validationType(sheet: SheetModel, area: Area): string {
  const ruled = sheet.validations.filter((v) => v.rule !== undefined && overlaps(areaOf(v.range), area));
  if (ruled.length === 0) return "None";
  const covered = ruled.reduce((n, v) => n + sharedCells(areaOf(v.range), area), 0);
  if (covered < area.rows * area.columns) return "MixedCriteria";
  if (new Set(ruled.map((v) => JSON.stringify(v.rule))).size > 1) return "Inconsistent";
  return TYPE_OF[Object.keys(ruled[0].rule as object)[0]];
}

/**
 * DataValidation.valid: whether every cell of the area passes its rule. Date and time rules are not
 * checked, and cells beyond the used range count as blank cells that pass.
 */
function allValid(model: WorkbookModel, sheet: SheetModel, area: Area): boolean {
  const used = model.usedRange(sheet, true);
  if (!used) return true;
  for (const v of sheet.validations) {
    const own = areaOf(v.range);
    if (v.rule === undefined || !overlaps(own, area)) continue;
    const top = Math.max(own.row, area.row, used.row);
    const left = Math.max(own.column, area.column, used.column);
    const bottom = Math.min(own.row + own.rows, area.row + area.rows, used.row + used.rows);
    const right = Math.min(own.column + own.columns, area.column + area.columns, used.column + used.columns);
    for (let row = top; row < bottom; row++) {
      for (let column = left; column < right; column++) {
        const formula = (text: string) => shiftFormula(text, row - own.row, column - own.column);
        if (!passes(model, sheet, v, model.value(sheet, row, column), formula)) return false;
      }
    }
  }
  return true;
}

/** The value of a rule's limit or formula, for the cell it is checked on. */
function evaluate(
  model: WorkbookModel,
  sheet: SheetModel,
  value: unknown,
  moved: (f: string) => string,
): unknown {
  if (typeof value === "string" && value.startsWith("=")) {
    const result = model.hf.calculateFormula(moved(value), sheet.hfId);
    return Array.isArray(result) ? result.flat().map((x) => toCellData(x)) : toCellData(result);
  }
  return typeof value === "string" ? Number(value) : value;
}

function compare(operator: string, x: number, a: number, b: number): boolean {
  switch (operator) {
    case "Between":
      return x >= Math.min(a, b) && x <= Math.max(a, b);
    case "NotBetween":
      return x < Math.min(a, b) || x > Math.max(a, b);
    case "EqualTo":
      return x === a;
    case "NotEqualTo":
      return x !== a;
    case "GreaterThan":
      return x > a;
    case "LessThan":
      return x < a;
    case "GreaterThanOrEqualTo":
      return x >= a;
    default:
      return x <= a;
  }
}

function passes(
  model: WorkbookModel,
  sheet: SheetModel,
  v: DataValidationModel,
  value: CellData,
  moved: (f: string) => string,
): boolean {
  if (value === "") return v.ignoreBlanks !== false;
  if (typeof value === "string" && /^#[A-Z0-9/]+[!?]?$/.test(value)) return false;
  const rule = v.rule as Record<string, Record<string, unknown>>;
  const kind = Object.keys(rule)[0];
  const body = rule[kind];
  if (kind === "list") {
    const source = body.source as string;
    const items = source.startsWith("=")
      ? [evaluate(model, sheet, source, moved)].flat().map(String)
      : source.split(",").map((item) => item.trim());
    return items.some((item) => item.toLowerCase() === String(value).toLowerCase());
  }
  if (kind === "custom") return evaluate(model, sheet, body.formula, moved) === true;
  if (kind === "date" || kind === "time") return true;
  const x = kind === "textLength" ? String(value).length : value;
  if (typeof x !== "number") return false;
  if (kind === "wholeNumber" && !Number.isInteger(x)) return false;
  const limit = (name: string) => Number(evaluate(model, sheet, body[name], moved));
  return compare(String(body.operator), x, limit("formula1"), limit("formula2"));
}
