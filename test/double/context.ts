/** Anything that takes a loaded snapshot after a sync: a proxy or a collection. */
export interface Receiver {
  receive(snapshot: Map<string, unknown>): void;
}

/** Anything whose isNullObject is settled at sync. */
export interface NullSettler {
  settleNull(): void;
}
import { CODES, OfficeErrorDouble } from "./errors";
import { changesOfWrites, type ChangeEvents } from "./events";
import type { WorkbookModel } from "./model";

const encoder = new TextEncoder();

/** The size of a text in UTF-8 bytes, as it crosses the wire (works in Node and in the browser preview). */
const utf8Length = (text: string): number => encoder.encode(text).length;

/** Excel on the web refuses requests and responses above 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

interface QueuedOperation {
  label: string;
  payload: unknown;
  run: () => void;
}

/** Counts what crosses the wire, per sync. */
export interface Traffic {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  /** Told after every sync that applied operations. */
  changed?: () => void;
}

/** What the simulated host can do. */
export interface HostOptions {
  /** The highest ExcelApi requirement set the host supports, e.g. "1.8" or "1.17". */
  apiVersion: string;
  /** Whether chart data labels can be linked to cells (ChartDataLabel.formula). */
  linkedLabels: boolean;
  /** Office's display language, e.g. "nl-BE". */
  language: string;
  /** Operations (by label, e.g. /Range.formulas=/) that fail with a code, as Excel fails now and then. */
  refuse?: { operation: RegExp; code: string };
  /** The error code a load of a Range.getVisibleView fails with at sync, as Excel's does now and then on big or filtered ranges. */
  visibleViewFails?: string;
}

/** True when requirement set version `want` is at or below `have` ("1.10" is above "1.9"). */
export function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split(".").map(Number);
  const [b1, b2] = want.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

/** A request context that queues everything and applies it, in order, at sync(). */
export class RequestContextDouble {
  private operations: QueuedOperation[] = [];
  private deliveries: Array<{ proxy: Receiver; snapshot: () => Map<string, unknown> }> = [];
  private nullChecks: NullSettler[] = [];

  constructor(
    readonly model: WorkbookModel,
    private readonly traffic: Traffic,
    readonly host: HostOptions,
    readonly events: ChangeEvents,
  ) {}

  /** Queues a failure for an API the host does not support; Excel rejects it when the batch runs. */
  requireApi(version: string, member: string): void {
    if (versionAtLeast(this.host.apiVersion, version)) return;
    this.queue(member, null, () => {
      throw new OfficeErrorDouble(
        CODES.apiNotFound,
        `${member} needs ExcelApi ${version}; this host supports ExcelApi ${this.host.apiVersion}.`,
      );
    });
  }

  /** Queues a write or method call with the payload it sends; a refusal set on the host fails it at sync. */
  queue(label: string, payload: unknown, run: () => void): void {
    const refusal = this.host.refuse;
    const guarded =
      refusal && refusal.operation.test(label)
        ? () => {
            throw new OfficeErrorDouble(refusal.code, `Excel refused ${label}`);
          }
        : run;
    this.operations.push({ label, payload, run: guarded });
  }

  /** Queues a load whose snapshot is taken when the queue reaches it. */
  queueLoad(proxy: Receiver, props: readonly string[], snapshot: () => Map<string, unknown>): void {
    let taken: Map<string, unknown> | undefined;
    this.operations.push({
      label: `load ${props.join(",")}`,
      payload: null,
      run: () => {
        taken = snapshot();
      },
    });
    this.deliveries.push({ proxy, snapshot: () => taken ?? new Map() });
  }

  /** Registers a null-object proxy, whose isNullObject is settled at the next sync. */
  queueNullCheck(proxy: NullSettler): void {
    this.nullChecks.push(proxy);
  }

  /** True while operations wait for a sync. */
  get pending(): boolean {
    return this.operations.length > 0 || this.deliveries.length > 0;
  }

  /**
   * Sends the queue: refuses it above 5 MB, applies it in order, then hands out what was loaded. Cells
   * written on a sheet raise its onChanged events afterwards, as Excel raises them for an add-in's writes.
   */
  async sync(): Promise<void> {
    const operations = this.operations;
    const deliveries = this.deliveries;
    const nullChecks = this.nullChecks;
    this.operations = [];
    this.deliveries = [];
    this.nullChecks = [];
    const request = operations.reduce(
      (n, op) => n + utf8Length(JSON.stringify({ l: op.label, p: op.payload ?? null })),
      2,
    );
    this.traffic.syncs++;
    this.traffic.requestBytes.push(request);
    if (request > PAYLOAD_LIMIT) {
      this.traffic.responseBytes.push(0);
      throw new OfficeErrorDouble(
        CODES.requestTooLarge,
        "The request payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
      );
    }
    try {
      for (const op of operations) op.run();
    } catch (error) {
      this.traffic.responseBytes.push(0);
      throw error;
    } finally {
      this.events.fire(changesOfWrites(this.model.takeWrites(), true));
    }
    const snapshots = deliveries.map((d) => d.snapshot());
    for (const check of nullChecks) check.settleNull();
    const response = snapshots.reduce((n, s) => n + utf8Length(JSON.stringify([...s])), 2);
    this.traffic.responseBytes.push(response);
    if (response > PAYLOAD_LIMIT) {
      throw new OfficeErrorDouble(
        CODES.responseTooLarge,
        "The response payload size has exceeded the limit.",
      );
    }
    deliveries.forEach((d, i) => d.proxy.receive(snapshots[i]));
    if (operations.length > deliveries.length) this.traffic.changed?.();
  }
}
