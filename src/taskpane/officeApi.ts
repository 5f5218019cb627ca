import {
  describeFailure,
  displayLanguage,
  goToCell,
  insertTemplate,
  loadSettings,
  segmentActiveSheet,
} from "../excel";
import { runStore } from "../excel/runStore";
import type { AddinApi } from "./addinApi";

/** The pane's API backed by Excel: every call goes through the adapter in src/excel. */
export function createOfficeApi(): AddinApi {
  const language = displayLanguage();
  /** Runs a call and turns what Excel throws into a message the user can act on (with Excel's code). */
  const explained = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw new Error(describeFailure(error, language));
    }
  };
  return {
    language,
    loadSettings: () => explained(() => loadSettings(language)),
    segment: (settings, labels) =>
      explained(async () => {
        const outcome = await segmentActiveSheet({ ...settings, language }, { labels });
        runStore.publish({ kind: "outcome", outcome });
        return outcome;
      }),
    goToCell: (address) => explained(() => goToCell(address)),
    insertTemplate: (withExamples) =>
      explained(() => insertTemplate(withExamples, language, new Date().getFullYear())),
    ribbonRuns: {
      get current() {
        return runStore.current;
      },
      subscribe: (listener) => runStore.subscribe(listener),
    },
  };
}
