import { areaOf, overlaps, type Area } from "./addresses";
import { ClientObjectDouble, type Resolver } from "./clientObject";
import { CollectionDouble } from "./collection";
import type { RequestContextDouble } from "./context";
import { cannotLoad, CODES, OfficeErrorDouble } from "./errors";
import { letters, shiftFormula } from "./formulaText";
import { toCellData, type ConditionalFormatModel, type SheetModel, type WorkbookModel } from "./model";
import { checkCellsWritable } from "./protection";
import { addressOf, wire, type RangeTarget } from "./range";
import { writeOnly } from "./writeOnly";

/** Excel.ConditionalFormatType: the kinds add() accepts. */
const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

const areaOfTarget = (t: RangeTarget): Area => ({
  sheet: t.sheet.name,
  row: t.row,
  column: t.column,
  rows: t.rows,
  columns: t.columns,
});

/** A formula Excel accepts in a rule: "=…" that parses (the double asks HyperFormula). */
function checkFormula(model: WorkbookModel, formula: unknown): string {
  if (typeof formula !== "string" || !formula.startsWith("=") || !model.hf.validateFormula(formula))
    throw new OfficeErrorDouble(CODES.invalidArgument, `The formula ${String(formula)} is not valid.`);
  return formula;
}

/** Refuses a change to a conditional format over locked cells of a protected sheet, unless it allows formatting cells. */
function checkFormatWritable(model: WorkbookModel, cf: ConditionalFormatModel): void {
  const sheet = model.sheets.find((s) => s.conditionalFormats.includes(cf));
  if (!sheet) return;
  checkCellsWritable({ ...areaOf(cf.range), sheet }, "changing a conditional format", "allowFormatCells");
}

/** Range.conditionalFormats (ExcelApi 1.6): the formats that touch the range; add, find, clear them. */
export class ConditionalFormatsDouble extends CollectionDouble<
  ConditionalFormatDouble,
  ConditionalFormatModel
> {
  /** Members of Excel.ConditionalFormatCollection the double implements. */
  static readonly members = [
    "add",
    "clearAll",
    "getItem",
    "items",
    "load",
  ] as const satisfies readonly (keyof Excel.ConditionalFormatCollection)[];

  constructor(
    context: RequestContextDouble,
    private readonly target: () => RangeTarget,
  ) {
    super(context, "ConditionalFormatCollection");
  }

  protected models(): ConditionalFormatModel[] {
    const t = this.target();
    return t.sheet.conditionalFormats.filter((cf) => overlaps(areaOfTarget(t), areaOf(cf.range)));
  }

  protected proxyFor(cf: ConditionalFormatModel): ConditionalFormatDouble {
    const sheet = this.target().sheet;
    return new ConditionalFormatDouble(this.context, () =>
      sheet.conditionalFormats.includes(cf) ? cf : null,
    );
  }

  /** Adds a format over the range, at the top priority. */
  add(type: string): ConditionalFormatDouble {
    const model: ConditionalFormatModel = { id: "", range: "", type };
    let sheet: SheetModel | null = null;
    this.context.queue("ConditionalFormatCollection.add()", type, () => {
      if (!TYPES.includes(type))
        throw new OfficeErrorDouble(CODES.invalidArgument, `${type} is not a conditional format type.`);
      const t = this.target();
      checkCellsWritable(t, "adding a conditional format", "allowFormatCells");
      model.id = `{CF-${this.context.model.newId()}}`;
      model.range = addressOf(t);
      t.sheet.conditionalFormats.push(model);
      sheet = t.sheet;
    });
    return new ConditionalFormatDouble(this.context, () =>
      sheet && sheet.conditionalFormats.includes(model) ? model : null,
    );
  }

  /** The format with this id among those touching the range; ItemNotFound at sync when there is none. */
  getItem(id: string): ConditionalFormatDouble {
    return new ConditionalFormatDouble(this.context, () => this.models().find((cf) => cf.id === id) ?? null);
  }

  clearAll(): void {
    this.context.queue("ConditionalFormatCollection.clearAll()", null, () => {
      const t = this.target();
      checkCellsWritable(t, "clearing conditional formats", "allowFormatCells");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (cf) => !overlaps(areaOfTarget(t), areaOf(cf.range)),
      );
    });
  }
}

/** One conditional format: a cell-value rule or a custom formula, with its colours. */
export class ConditionalFormatDouble extends ClientObjectDouble<ConditionalFormatModel> {
  /** Members of Excel.ConditionalFormat the double implements. */
  static readonly members = [
    "cellValue",
    "custom",
    "id",
    "type",
    "stopIfTrue",
    "priority",
    "delete",
    "load",
    "toJSON",
  ] as const satisfies readonly (keyof Excel.ConditionalFormat)[];

  constructor(context: RequestContextDouble, resolver: Resolver<ConditionalFormatModel>) {
    super(context, resolver, "ConditionalFormat");
  }

  protected readProperty(cf: ConditionalFormatModel, property: string): unknown {
    if (property === "id") return cf.id;
    if (property === "type") return cf.type;
    if (property === "stopIfTrue") return cf.stopIfTrue ?? false;
    if (property === "priority") return this.sheetOf(cf).conditionalFormats.length - 1 - this.indexOf(cf);
    throw cannotLoad("ConditionalFormat", property);
  }

  private sheetOf(cf: ConditionalFormatModel): SheetModel {
    return this.context.model.sheets.find((s) => s.conditionalFormats.includes(cf))!;
  }

  private indexOf(cf: ConditionalFormatModel): number {
    return this.sheetOf(cf).conditionalFormats.indexOf(cf);
  }

  get id(): string {
    return this.loadedValue("id");
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get stopIfTrue(): boolean {
    return this.loadedValue("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.queueSet("stopIfTrue", value, (cf) => {
      checkFormatWritable(this.context.model, cf);
      cf.stopIfTrue = value;
    });
  }
  /** 0 is the top priority (the format added last); setting it moves the format, the others follow. */
  get priority(): number {
    return this.loadedValue("priority");
  }
  set priority(value: number) {
    this.queueSet("priority", value, (cf) => {
      checkFormatWritable(this.context.model, cf);
      const list = this.sheetOf(cf).conditionalFormats;
      list.splice(list.indexOf(cf), 1);
      const top = Math.max(0, Math.min(list.length, value < 0 ? list.length + 1 + value : value));
      list.splice(list.length - top, 0, cf);
    });
  }

  delete(): void {
    this.queueCall("delete", null, (cf) => {
      checkFormatWritable(this.context.model, cf);
      const sheet = this.sheetOf(cf);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }

  /** The format of the right kind, or ItemNotFound at sync (Office.js has cellValueOrNullObject for that). */
  private ofType(type: string): () => ConditionalFormatModel {
    return () => {
      const cf = this.target();
      if (cf.type !== type)
        throw new OfficeErrorDouble(
          CODES.itemNotFound,
          `This conditional format is ${cf.type}, not ${type}.`,
        );
      return cf;
    };
  }

  get cellValue() {
    const model = this.ofType("CellValue");
    const queue = (label: string, value: unknown, apply: (cf: ConditionalFormatModel) => void) =>
      this.context.queue(label, value, () => {
        const cf = model();
        checkFormatWritable(this.context.model, cf);
        apply(cf);
      });
    return {
      set rule(rule: { formula1?: string; formula2?: string; operator?: string }) {
        const sent = wire(rule);
        queue("CellValueConditionalFormat.rule=", sent, (cf) => {
          cf.rule = sent;
        });
      },
      format: rangeFormat(queue),
    };
  }

  get custom(): { rule: ConditionalFormatRuleDouble; format: ReturnType<typeof rangeFormat> } {
    const model = this.ofType("Custom");
    const queue = (label: string, value: unknown, apply: (cf: ConditionalFormatModel) => void) =>
      this.context.queue(label, value, () => {
        const cf = model();
        checkFormatWritable(this.context.model, cf);
        apply(cf);
      });
    return {
      rule: new ConditionalFormatRuleDouble(this.context, model),
      format: rangeFormat(queue),
    };
  }
}

/** ConditionalRangeFormat: the fill and font a format applies. */
function rangeFormat(
  queue: (label: string, value: unknown, apply: (cf: ConditionalFormatModel) => void) => void,
) {
  return {
    fill: writeOnly<{ color: string }>("ConditionalRangeFill", {
      color: (v) => queue("ConditionalRangeFill.color=", v, (cf) => (cf.fill = v)),
    }),
    font: writeOnly<{ color: string; bold: boolean }>("ConditionalRangeFont", {
      color: (v) => queue("ConditionalRangeFont.color=", v, (cf) => (cf.fontColor = v)),
      bold: (v) => queue("ConditionalRangeFont.bold=", v, (cf) => (cf.bold = v)),
    }),
  };
}

/** A custom format's ConditionalFormatRule: its formula, relative to the range's top-left cell. */
export class ConditionalFormatRuleDouble extends ClientObjectDouble<ConditionalFormatModel> {
  /** Members of Excel.ConditionalFormatRule the double implements. */
  static readonly members = [
    "formula",
    "load",
    "toJSON",
  ] as const satisfies readonly (keyof Excel.ConditionalFormatRule)[];

  constructor(context: RequestContextDouble, resolver: Resolver<ConditionalFormatModel>) {
    super(context, resolver, "ConditionalFormatRule");
  }

  protected readProperty(cf: ConditionalFormatModel, property: string): unknown {
    if (property === "formula") return cf.formula ?? "";
    throw cannotLoad("ConditionalFormatRule", property);
  }

  get formula(): string {
    return this.loadedValue("formula");
  }
  /** Excel refuses a formula that does not parse (InvalidArgument). */
  set formula(formula: string) {
    this.queueSet("formula", formula, (cf) => {
      checkFormatWritable(this.context.model, cf);
      cf.formula = checkFormula(this.context.model, formula);
    });
  }
}

/**
 * The cells a custom conditional format marks: each cell of its range for which its formula, with the
 * relative references moved from the range's top-left cell to that cell, is TRUE (or a non-zero number),
 * as Excel evaluates it. Sorted row by row; A1 addresses without the sheet. Only cells within the used
 * range are evaluated, so a format over whole columns stays cheap.
 */
export function markedCells(model: WorkbookModel, sheet: SheetModel): string[] {
  model.recalculate();
  const marked = new Map<number, string>();
  const used = model.usedRange(sheet, false);
  if (!used) return [];
  for (const cf of sheet.conditionalFormats) {
    if (cf.type !== "Custom" || !cf.formula) continue;
    const a = areaOf(cf.range);
    const bottom = Math.min(a.rows, used.row + used.rows - a.row);
    const right = Math.min(a.columns, used.column + used.columns - a.column);
    for (let r = Math.max(0, used.row - a.row); r < bottom; r++) {
      for (let c = Math.max(0, used.column - a.column); c < right; c++) {
        const row = a.row + r;
        const column = a.column + c;
        const key = row * 16384 + column;
        if (marked.has(key)) continue;
        const result = model.hf.calculateFormula(shiftFormula(cf.formula, r, c), sheet.hfId);
        const value = Array.isArray(result) ? undefined : toCellData(result);
        if (value === true || (typeof value === "number" && value !== 0))
          marked.set(key, `${letters(column)}${row + 1}`);
      }
    }
  }
  return [...marked.entries()].sort((x, y) => x[0] - y[0]).map(([, address]) => address);
}
