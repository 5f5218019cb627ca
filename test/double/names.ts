import { ClientObjectDouble, type Resolver } from "./clientObject";
import { CollectionDouble } from "./collection";
import type { RequestContextDouble } from "./context";
import { cannotLoad, CODES, OfficeErrorDouble } from "./errors";

/** Every member of Excel.NamedItemCollection the double implements. */
export const NAMES_MEMBERS = [
  "add",
  "getItem",
  "items",
  "load",
] as const satisfies readonly (keyof Excel.NamedItemCollection)[];

interface NameTarget {
  name: string;
  formula: string;
}

/** A proxy for the workbook's Excel.NamedItemCollection. */
export class NamedItemCollectionDouble extends CollectionDouble<NamedItemDouble, NameTarget> {
  constructor(context: RequestContextDouble) {
    super(context, "NamedItemCollection");
  }

  protected models(): NameTarget[] {
    return [...this.context.model.names.entries()].map(([name, formula]) => ({ name, formula }));
  }

  protected proxyFor(t: NameTarget): NamedItemDouble {
    return this.getItem(t.name);
  }

  /** ExcelApi 1.4: adds a workbook name for a formula; ItemAlreadyExists when it is taken. */
  add(name: string, reference: string): NamedItemDouble {
    this.context.queue("NamedItemCollection.add()", { name, reference }, () => {
      const model = this.context.model;
      if ([...model.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
        throw new OfficeErrorDouble(
          CODES.itemAlreadyExists,
          "A resource with the same name or identifier already exists.",
        );
      }
      // Like Excel's Name Manager: only "=…" is a reference or formula; anything else is a text constant.
      model.setName(name, reference.startsWith("=") ? reference : `="${reference.replace(/"/g, '""')}"`);
    });
    return this.getItem(name);
  }

  getItem(name: string): NamedItemDouble {
    return new NamedItemDouble(this.context, () => {
      const found = [...this.context.model.names.entries()].find(
        ([n]) => n.toLowerCase() === name.toLowerCase(),
      );
      return found ? { name: found[0], formula: found[1] } : null;
    });
  }
}

/** Every member of Excel.NamedItem the double implements. */
export const NAMED_ITEM_MEMBERS = [
  "name",
  "formula",
  "delete",
  "load",
] as const satisfies readonly (keyof Excel.NamedItem)[];

/** A proxy for one Excel.NamedItem. */
export class NamedItemDouble extends ClientObjectDouble<NameTarget> {
  constructor(context: RequestContextDouble, resolver: Resolver<NameTarget>) {
    super(context, resolver, "NamedItem");
  }

  protected readProperty(t: NameTarget, property: string): unknown {
    if (property === "name") return t.name;
    if (property === "formula") return t.formula;
    throw cannotLoad("NamedItem", property);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  get formula(): string {
    return this.loadedValue("formula");
  }

  /** ExcelApi 1.4: deletes the name; formulas that use it then compute #NAME?. */
  delete(): void {
    this.context.requireApi("1.4", "NamedItem.delete");
    this.queueCall("delete", null, (t) => this.context.model.removeName(t.name));
  }

  /** ExcelApi 1.7: points the name somewhere else. */
  set formula(formula: string) {
    this.context.requireApi("1.7", "NamedItem.formula");
    this.queueSet("formula", formula, (t) => this.context.model.setName(t.name, formula));
  }
}
