import { describeSegmentFailure, displayLanguage, segmentActiveSheet } from "../excel";
import type { RunStore } from "../excel/runStore";

/** What the command needs from its host: the run store and a way to open the task pane. */
export interface CommandHost {
  store: RunStore;
  showPane(): Promise<void>;
}

/**
 * The Segmenteer button: segments the active sheet with the settings stored in the workbook. When all is
 * well no pane opens; when there are problems (or Excel fails) the pane opens and shows them.
 * `event.completed()` is called on every path.
 */
export async function segmenteer(event: Office.AddinCommands.Event, host: CommandHost): Promise<void> {
  try {
    const outcome = await segmentActiveSheet();
    host.store.publish({ kind: "outcome", outcome });
    if (!outcome.written || outcome.result.problems.length > 0 || outcome.notes.length > 0)
      await host.showPane();
  } catch (error) {
    host.store.publish({ kind: "failure", message: describeSegmentFailure(error, displayLanguage()) });
    await host.showPane().catch(() => undefined);
  } finally {
    event.completed();
  }
}
