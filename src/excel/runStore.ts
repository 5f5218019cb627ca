import type { Failure } from "./officeErrors";
import type { SegmentOutcome } from "./segmentActiveSheet";

/** One Segmenteer run, as the pane shows it: an outcome, or a failure (a readable message and Excel's code). */
export type Run = { kind: "outcome"; outcome: SegmentOutcome } | ({ kind: "failure" } & Failure);

/** What the last Segmenteer did, or null before the first run. */
export type LastRun = Run | null;

/** The store's state: the last run and how many runs were published so far (a new serial is a new run). */
export interface RunSnapshot {
  run: LastRun;
  serial: number;
}

/**
 * The one owner of "what happened at the last run" in the shared runtime: the ribbon command and the task
 * pane each publish their runs once, the pane reads it with useSyncExternalStore(subscribe, getSnapshot).
 */
export class RunStore {
  private snapshot: RunSnapshot = { run: null, serial: 0 };
  private readonly listeners = new Set<() => void>();

  /** The last run and its serial; the same object until the next publish, as useSyncExternalStore needs. */
  readonly getSnapshot = (): RunSnapshot => this.snapshot;

  /** Records a run, counts it and tells every subscriber. */
  readonly publish = (run: Run): void => {
    this.snapshot = { run, serial: this.snapshot.serial + 1 };
    for (const listener of [...this.listeners]) listener();
  };

  /** Calls the listener after every publish; returns the function that stops it. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
}

/** The store of this runtime. */
export const runStore = new RunStore();
