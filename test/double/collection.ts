import type { RequestContextDouble } from "./context";
import { notLoaded } from "./errors";

/** What a collection's item proxy offers to be loaded along with the collection. */
interface ItemProxy<Model> {
  snapshot(target: Model, props: readonly string[]): Map<string, unknown>;
  receive(snapshot: Map<string, unknown>): void;
}

/** A collection whose `items` are readable after load("items/…") and a sync, as in Office.js. */
export abstract class CollectionDouble<Item extends ItemProxy<Model>, Model> {
  private loadedItems: Item[] | null = null;

  constructor(
    protected readonly context: RequestContextDouble,
    private readonly typeName: string,
  ) {}

  /** The model objects in the collection at sync time. */
  protected abstract models(): Model[];

  /** A proxy for one model object. */
  protected abstract proxyFor(model: Model): Item;

  /** Loads the items with the given properties ("items/name,items/formula"). */
  load(properties: string): this {
    const props = properties
      .split(",")
      .map((p) => p.trim().replace(/^items\//, ""))
      .filter((p) => p && p !== "items");
    this.context.queueLoad(this, props, () => {
      const items = this.models().map((model) => {
        const proxy = this.proxyFor(model);
        proxy.receive(proxy.snapshot(model, props));
        return proxy;
      });
      return new Map<string, unknown>([["items", items]]);
    });
    return this;
  }

  /** Takes the loaded items (called by the context after the sync). */
  receive(snapshot: Map<string, unknown>): void {
    this.loadedItems = snapshot.get("items") as Item[];
  }

  get items(): Item[] {
    if (!this.loadedItems) throw notLoaded(this.typeName, "items");
    return this.loadedItems;
  }
}
