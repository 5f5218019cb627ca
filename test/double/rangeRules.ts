import type { RequestContextDouble } from "./context";
import { type ConditionalFormatModel, parseAddress } from "./model";
import { addressOf, wire, type RangeTarget } from "./range";

/** True when a rule's address (Sheet!A1:B2) lies on the target's sheet and shares a cell with it. */
const overlaps = (a: RangeTarget, address: string) => {
  const b = parseAddress(address);
  if (b.sheet !== a.sheet.name) return false;
  return (
    b.row < a.row + a.rows &&
    b.row + b.rows > a.row &&
    b.column < a.column + a.columns &&
    b.column + b.columns > a.column
  );
};

/** Range.conditionalFormats (ExcelApi 1.6): add a cell-value rule, clear them all. */
export class ConditionalFormatsDouble {
  /** Members of Excel.ConditionalFormatCollection the double implements. */
  static readonly members = [
    "add",
    "clearAll",
  ] as const satisfies readonly (keyof Excel.ConditionalFormatCollection)[];

  constructor(
    private readonly context: RequestContextDouble,
    private readonly target: () => RangeTarget,
  ) {}

  add(type: string): ConditionalFormatDouble {
    const model: ConditionalFormatModel = { range: "", type };
    this.context.queue("ConditionalFormatCollection.add()", type, () => {
      const t = this.target();
      model.range = addressOf(t);
      t.sheet.conditionalFormats.push(model);
    });
    return new ConditionalFormatDouble(this.context, model);
  }

  clearAll(): void {
    this.context.queue("ConditionalFormatCollection.clearAll()", null, () => {
      const t = this.target();
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !overlaps(t, cf.range));
    });
  }
}

/** One conditional format; only the cell-value kind is offered. */
export class ConditionalFormatDouble {
  /** Members of Excel.ConditionalFormat the double implements. */
  static readonly members = ["cellValue"] as const satisfies readonly (keyof Excel.ConditionalFormat)[];

  constructor(
    private readonly context: RequestContextDouble,
    private readonly model: ConditionalFormatModel,
  ) {}

  get cellValue() {
    const { context, model } = this;
    const queue = (label: string, value: unknown, apply: () => void) => context.queue(label, value, apply);
    return {
      set rule(rule: { formula1?: string; formula2?: string; operator?: string }) {
        const sent = wire(rule);
        queue("CellValueConditionalFormat.rule=", sent, () => {
          model.rule = sent;
        });
      },
      format: {
        fill: {
          set color(v: string) {
            queue("ConditionalRangeFill.color=", v, () => {
              model.fill = v;
            });
          },
        },
        font: {
          set color(v: string) {
            queue("ConditionalRangeFont.color=", v, () => {
              model.fontColor = v;
            });
          },
        },
      },
    };
  }
}

/** Range.dataValidation (ExcelApi 1.8): set a rule and its prompt, clear it. */
export class DataValidationDouble {
  /** Members of Excel.DataValidation the double implements. */
  static readonly members = [
    "rule",
    "clear",
    "prompt",
  ] as const satisfies readonly (keyof Excel.DataValidation)[];

  constructor(
    private readonly context: RequestContextDouble,
    private readonly target: () => RangeTarget,
  ) {}

  set rule(given: unknown) {
    const rule = wire(given);
    this.context.queue("DataValidation.rule=", rule, () => {
      const t = this.target();
      const range = addressOf(t);
      t.sheet.validations = t.sheet.validations.filter((v) => v.range !== range);
      t.sheet.validations.push({ range, rule });
    });
  }

  set prompt(prompt: unknown) {
    this.context.queue("DataValidation.prompt=", prompt, () => {
      this.target();
    });
  }

  clear(): void {
    this.context.queue("DataValidation.clear()", null, () => {
      const t = this.target();
      t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(t, v.range));
    });
  }
}
