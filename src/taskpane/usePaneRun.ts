import { useRef, useState } from "react";
import type { Language } from "../method";
import type { AddinApi, RunChoices } from "./addinApi";
import { type FormReading, readForm } from "./readForm";
import { type LastRunState, useLastRun } from "./useLastRun";
import type { SettingsFormState } from "./useSettingsForm";

/** The pane's Segmenteer: the last run, the form as read, and how many runs the pane started (each takes the focus). */
export interface PaneRunState extends Omit<LastRunState, "segment"> {
  /** The form judged by the settings rules; null while it loads. */
  reading: FormReading | null;
  /** Counts the runs the pane started, so the result can take the focus after each. */
  focusRequest: number;
  /** Runs Segmenteer with the form (or, untouched, the sheet's settings as they are now); one run at a time. */
  segment(options?: RunChoices): Promise<void>;
}

/**
 * Segmenteer from the pane: reads the form, or reloads the settings sheet when the user has not touched
 * the form (a colleague may have changed it), runs once at a time (a double click arrives before the
 * disabled button renders) and marks the settings stored when the run wrote them.
 */
export function usePaneRun(
  api: AddinApi,
  settings: SettingsFormState,
  language: Language,
  unknownError: string,
): PaneRunState {
  const last = useLastRun(api, unknownError);
  const [focusRequest, setFocusRequest] = useState(0);
  const running = useRef(false);
  const reading = settings.form ? readForm(settings.form, language, settings.touched) : null;
  const segment = async (options?: RunChoices) => {
    if (running.current) return;
    running.current = true;
    try {
      const fresh = settings.touched
        ? reading
        : await settings.reload().then((f) => (f ? readForm(f, language) : reading));
      if (!fresh?.valid) return;
      const done = await last.segment(fresh.settings, fresh.labels, options);
      if (done.kind === "outcome" && done.outcome.written) settings.markStored();
      setFocusRequest((n) => n + 1);
    } finally {
      running.current = false;
    }
  };
  return { ...last, reading, focusRequest, segment };
}
