import {
  describeFailure,
  displayLanguage,
  logFailure,
  officeErrorCode,
  segmentActiveSheet,
  segmentWatched,
  type Run,
  type RunStore,
} from "../excel";

/** What the command needs from its host: the run store and a way to open the task pane. */
export interface CommandHost {
  store: Pick<RunStore, "publish">;
  showPane(): Promise<void>;
}

/**
 * Segments the active sheet with the stored settings, as the add-in's own writes (so the pane does not
 * take them for a colleague's change) and then watches the sheet; what Excel throws becomes a failure run.
 */
async function ribbonRun(): Promise<Run> {
  try {
    return { kind: "outcome", outcome: await segmentWatched(() => segmentActiveSheet()) };
  } catch (error) {
    logFailure("Segmenteer", error);
    return {
      kind: "failure",
      message: describeFailure(error, displayLanguage()),
      code: officeErrorCode(error),
    };
  }
}

/** True when the user should see the run: it failed, wrote nothing, or has problems or notes. */
const needsPane = (run: Run): boolean =>
  run.kind === "failure" ||
  !run.outcome.written ||
  run.outcome.result.problems.length > 0 ||
  run.outcome.notes.length > 0;

/**
 * The Segmenteer button: segments the active sheet with the settings stored in the workbook and publishes
 * the run once to the run store. When all is well no pane opens; when there are problems (or Excel fails)
 * the pane opens and shows them. `event.completed()` is called on every path.
 */
export async function segmenteer(event: Office.AddinCommands.Event, host: CommandHost): Promise<void> {
  try {
    const run = await ribbonRun();
    host.store.publish(run);
    if (needsPane(run))
      await host.showPane().catch((error: unknown) => logFailure("opening the pane", error));
  } finally {
    event.completed();
  }
}
