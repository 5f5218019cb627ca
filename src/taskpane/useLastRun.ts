import { useCallback, useState, useSyncExternalStore } from "react";
import type { Settings } from "../method";
import { failureOf, type LastRun, type Run, type WorkbookChange } from "../excel";
import type { AddinApi, RunChoices } from "./addinApi";

/** The latest run, whether the ribbon or the pane started it, and the pane's own Segmenteer. */
export interface LastRunState {
  run: LastRun;
  /** The store's count of runs, so a new run can reset the results (each run is counted once). */
  serial: number;
  /** Set when the user changed the workbook since the last run. */
  changed: WorkbookChange | null;
  /** True while the pane's own Segmenteer runs. */
  busy: boolean;
  /** Runs Segmenteer (moving the analysis here when asked), publishes the run and returns it. */
  segment(settings: Settings, labels: number, options?: RunChoices): Promise<Run>;
}

/**
 * Reads the last run from the run store, its one owner, and runs Segmenteer from the pane, publishing the
 * run there once. A failed call becomes a "failure" run with a message for the user and Excel's code.
 */
export function useLastRun(api: AddinApi, unknownError: string): LastRunState {
  const { run, serial, changed } = useSyncExternalStore(api.runs.subscribe, api.runs.getSnapshot);
  const [busy, setBusy] = useState(false);
  const segment = useCallback(
    async (settings: Settings, labels: number, options?: RunChoices) => {
      setBusy(true);
      let done: Run;
      try {
        const outcome = await (options
          ? api.segment(settings, labels, options)
          : api.segment(settings, labels));
        done = { kind: "outcome", outcome };
      } catch (error) {
        done = { kind: "failure", ...failureOf(error, unknownError) };
      } finally {
        setBusy(false);
      }
      api.runs.publish(done);
      return done;
    },
    [api, unknownError],
  );
  return { run, serial, changed, busy, segment };
}
