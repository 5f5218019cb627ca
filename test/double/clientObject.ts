import type { RequestContextDouble } from "./context";
import { CODES, notLoaded, OfficeErrorDouble } from "./errors";

/** What a proxy stands for once the queue runs: the model object, or null for a null object. */
export type Resolver<T> = () => T | null;

/**
 * The base of every proxy: properties are readable only after load + sync, writes and method calls
 * are queued and take effect at sync, and a null object's isNullObject is known only after a sync.
 */
export abstract class ClientObjectDouble<T = unknown> {
  private loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;
  protected readonly mayBeNull: boolean;

  constructor(
    readonly context: RequestContextDouble,
    protected readonly resolver: Resolver<T>,
    protected readonly typeName: string,
    options: { mayBeNull?: boolean } = {},
  ) {
    this.mayBeNull = options.mayBeNull ?? false;
    if (this.mayBeNull) context.queueNullCheck(this);
  }

  /** The model object, at sync time; throws ItemNotFound for a missing item that is not a null object. */
  target(): T {
    const t = this.resolver();
    if (t === null) {
      throw new OfficeErrorDouble(CODES.itemNotFound, `The requested ${this.typeName} doesn't exist.`);
    }
    return t;
  }

  /** The model object or null, at sync time. */
  targetOrNull(): T | null {
    return this.resolver();
  }

  /** Snapshot of the properties this proxy can serve, computed at sync time from the model. */
  protected abstract readProperty(target: T, property: string): unknown;

  /** True when the object does not exist; readable only after a sync. */
  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw notLoaded(this.typeName, "isNullObject");
    return this.nullKnown;
  }

  /** Called by the context at sync for null-object proxies. */
  settleNull(): void {
    this.nullKnown = this.resolver() === null;
  }

  /** Queues loading of properties (a comma list); they are readable after sync. */
  load(properties: string): this {
    const props = properties
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    this.context.queueLoad(this, props, () => {
      const t = this.mayBeNull ? this.resolver() : this.target();
      const snapshot = new Map<string, unknown>();
      if (t !== null) for (const p of props) snapshot.set(p, this.readProperty(t, p));
      return snapshot;
    });
    return this;
  }

  /** The given properties of a model object, as a load would take them now. */
  snapshot(target: T, props: readonly string[]): Map<string, unknown> {
    return new Map(props.map((p) => [p, this.readProperty(target, p)]));
  }

  /** Stores a loaded snapshot (called by the context after a successful sync). */
  receive(snapshot: Map<string, unknown>): void {
    for (const [k, v] of snapshot) this.loaded.set(k, v);
  }

  /** A loaded property, or PropertyNotLoaded. */
  protected loadedValue<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(this.typeName, property);
    return this.loaded.get(property) as V;
  }

  /** Queues a property write, applied to the model at sync. */
  protected queueSet(property: string, value: unknown, apply: (target: T) => void): void {
    this.context.queue(`${this.typeName}.${property}=`, value, () => apply(this.target()));
  }

  /** Queues a method call, applied to the model at sync. */
  protected queueCall(method: string, args: unknown, apply: (target: T) => void): void {
    this.context.queue(`${this.typeName}.${method}()`, args, () => apply(this.target()));
  }

  /** Plain JSON of the loaded properties, as Office.js gives it. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
