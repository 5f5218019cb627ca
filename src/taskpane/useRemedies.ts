import { useState } from "react";
import type { Remedy } from "../workbook";
import { failureOf } from "../excel";
import type { AddinApi, RunChoices } from "./addinApi";
import { templateMessage, type Texts } from "./texts";

/** What a way forward said when it finished: shown in place of the run it followed, until the next run. */
export interface RemedyNotice {
  kind: "success" | "error";
  text: string;
  /** The run serial it follows: a newer run replaces it. */
  afterRun: number;
}

/** The ways forward of a refused run, the message of the last one, and whether one is under way. */
export interface RemediesState {
  busy: boolean;
  notice: RemedyNotice | null;
  run(remedy: Remedy): Promise<void>;
}

/**
 * Carries out the way forward a user clicked: go to a list (select it), move the analysis here or
 * segment the segmented list (a new run, which replaces the refusal), switch a Table's header row on
 * and segment again, segment with the sheet's protection lifted for the run (Excel protects it again), insert the template, or remove the analysis. What does not start a run ends in a
 * notice that takes the refused run's place; a failure is said, never swallowed.
 */
export function useRemedies(
  api: AddinApi,
  serial: number,
  texts: Texts,
  segment: (options?: RunChoices) => Promise<void>,
): RemediesState {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<RemedyNotice | null>(null);
  const say = (kind: RemedyNotice["kind"], text: string) => setNotice({ kind, text, afterRun: serial });
  const carryOut = async (remedy: Remedy): Promise<void> => {
    switch (remedy.kind) {
      case "go-to-segmented-list":
      case "go-to-client-list":
        return api.goToCell(remedy.list);
      case "move-analysis":
        return segment({ move: true });
      case "segment-list":
        await api.goToCell(remedy.list);
        return segment();
      case "show-table-headers":
        await api.fixRefusal(remedy);
        return segment();
      case "unprotect-sheet":
        return segment({ liftProtection: remedy.sheet, ...(remedy.move ? { move: true } : {}) });
      case "insert-template":
        return say("success", templateMessage(texts, await api.insertTemplate(false), false));
      case "remove-analysis": {
        const removal = await api.removeAnalysis();
        return say(
          "success",
          texts.removed(removal.list, removal.kept, removal.settingsSheetName, removal.listGone),
        );
      }
    }
  };
  const run = async (remedy: Remedy) => {
    setBusy(true);
    try {
      await carryOut(remedy);
    } catch (error) {
      say("error", texts.remedyFailed(failureOf(error, texts.unknownError).message));
    } finally {
      setBusy(false);
    }
  };
  return { busy, notice: notice && notice.afterRun === serial ? notice : null, run };
}
