import { useCallback, useEffect, useState } from "react";
import type { Settings } from "../method";
import type { LastRun } from "../excel/runStore";
import type { AddinApi } from "./addinApi";
import { errorMessage } from "./errorMessage";

/** The latest run, whether the ribbon or the pane started it, and the pane's own Segmenteer. */
export interface LastRunState {
  run: LastRun;
  /** Counts the runs the pane has seen, so a new run can reset the results (the same run twice counts once). */
  serial: number;
  busy: boolean;
  segment(settings: Settings, labels: number): Promise<void>;
}

/**
 * Follows the ribbon's runs and runs Segmenteer from the pane; whichever finishes last is shown.
 * A failed call becomes a "failure" run so its message reaches the user.
 */
export function useLastRun(api: AddinApi, unknownError: string): LastRunState {
  const [latest, setLatest] = useState(() => ({ run: api.ribbonRuns.current, serial: 0 }));
  const [busy, setBusy] = useState(false);
  const show = useCallback(
    (run: LastRun) => setLatest((last) => (last.run === run ? last : { run, serial: last.serial + 1 })),
    [],
  );
  useEffect(() => api.ribbonRuns.subscribe(show), [api, show]);
  const segment = useCallback(
    async (settings: Settings, labels: number) => {
      setBusy(true);
      try {
        show({ kind: "outcome", outcome: await api.segment(settings, labels) });
      } catch (error) {
        show({ kind: "failure", message: errorMessage(error, unknownError) });
      } finally {
        setBusy(false);
      }
    },
    [api, show, unknownError],
  );
  return { ...latest, busy, segment };
}
