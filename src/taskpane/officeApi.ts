import { displayLanguage, goToCell, insertTemplate, loadSettings, segmentActiveSheet } from "../excel";
import { runStore } from "../shared/runStore";
import type { AddinApi } from "./addinApi";

/** The pane's API backed by Excel: every call goes through the adapter in src/excel. */
export function createOfficeApi(): AddinApi {
  const language = displayLanguage();
  return {
    language,
    loadSettings: () => loadSettings(language),
    segment: async (settings, labels) => {
      const outcome = await segmentActiveSheet({ ...settings, language }, { labels });
      runStore.publish({ kind: "outcome", outcome });
      return outcome;
    },
    goToCell,
    insertTemplate: (withExamples) => insertTemplate(withExamples, language, new Date().getFullYear()),
    ribbonRuns: {
      get current() {
        return runStore.current;
      },
      subscribe: (listener) => runStore.subscribe(listener),
    },
  };
}
