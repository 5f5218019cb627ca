import type { SegmentOutcome } from "./segmentActiveSheet";

/** What the last Segmenteer did, as the pane shows it: an outcome, or an error Excel raised. */
export type LastRun =
  { kind: "outcome"; outcome: SegmentOutcome } | { kind: "failure"; message: string } | null;

type Listener = (run: LastRun) => void;

/**
 * The one owner of "what happened at the last run", shared by the ribbon command and the task pane in
 * the shared runtime: the command publishes, the pane subscribes.
 */
export class RunStore {
  private last: LastRun = null;
  private readonly listeners = new Set<Listener>();

  /** The last run, or null before the first. */
  get current(): LastRun {
    return this.last;
  }

  /** Records a run and tells every subscriber. */
  publish(run: LastRun): void {
    this.last = run;
    for (const listener of this.listeners) listener(run);
  }

  /** Calls the listener on every new run; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The store of this runtime. */
export const runStore = new RunStore();
