import type { Failure } from "./officeErrors";
import type { SegmentOutcome } from "./segmentActiveSheet";

/** One Segmenteer run, as the pane shows it: an outcome, or a failure (a readable message and Excel's code). */
export type Run = { kind: "outcome"; outcome: SegmentOutcome } | ({ kind: "failure" } & Failure);

/** What the last Segmenteer did, or null before the first run. */
export type LastRun = Run | null;

/** The user changed the segmented sheet or the settings sheet after the last run. */
export interface WorkbookChange {
  /** When the last run was published in this runtime; null when it ran before the pane opened. */
  lastRunAt: Date | null;
}

/** The store's state: the last run, how many runs were published so far (a new serial is a new run), and whether the workbook changed since. */
export interface RunSnapshot {
  run: LastRun;
  serial: number;
  /** Set when the user changed a watched sheet since the last run; a new run clears it. */
  changed: WorkbookChange | null;
}

/** How long after the add-in's own writes their change events are still expected (Excel delivers them after the sync). */
const SETTLE_MS = 500;

/**
 * The one owner of "what happened at the last run" in the shared runtime: the ribbon command and the task
 * pane each publish their runs once, the pane reads it with useSyncExternalStore(subscribe, getSnapshot).
 * It also knows when the user changed the workbook since: the add-in's own writes run through ownWrites,
 * and change events that arrive during them (or while their events are still coming in) are not counted.
 */
export class RunStore {
  private snapshot: RunSnapshot = { run: null, serial: 0, changed: null };
  private readonly listeners = new Set<() => void>();
  private lastRunAt: Date | null = null;
  private writing = 0;

  constructor(private readonly settleMs = SETTLE_MS) {}

  /** The last run and its serial; the same object until the next publish or change, as useSyncExternalStore needs. */
  readonly getSnapshot = (): RunSnapshot => this.snapshot;

  /** Records a run (at `at`, default now), counts it, clears "changed" and tells every subscriber. */
  readonly publish = (run: Run, at: Date = new Date()): void => {
    this.lastRunAt = at;
    this.update({ run, serial: this.snapshot.serial + 1, changed: null });
  };

  /** Calls the listener after every publish or change; returns the function that stops it. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /**
   * Runs the add-in's own writes: changes reported while they run, and for a moment after (until Excel has
   * delivered the events they raised), are taken for the add-in's and not the user's.
   */
  readonly ownWrites = async <T>(write: () => Promise<T>): Promise<T> => {
    this.writing += 1;
    try {
      return await write();
    } finally {
      setTimeout(() => {
        this.writing -= 1;
      }, this.settleMs);
    }
  };

  /**
   * Records that a watched sheet changed. When Excel does not say who made the change (`known` false), a
   * change while the add-in's own writes are under way or settling is taken for the add-in's.
   */
  readonly noteChange = (known = false): void => {
    if ((!known && this.writing > 0) || this.snapshot.changed) return;
    this.update({ ...this.snapshot, changed: { lastRunAt: this.lastRunAt } });
  };

  private update(snapshot: RunSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener();
  }
}

/** The store of this runtime. */
export const runStore = new RunStore();
