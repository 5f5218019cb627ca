import {
  AddinError,
  convertTextAmounts,
  describeFailure,
  displayLanguage,
  fixRefusal,
  goToCell,
  insertTemplate,
  loadSettings,
  logFailure,
  officeColors,
  readTextAmounts,
  removeAnalysis,
  runStore,
  segmentActiveSheet,
  segmentWatched,
  undoTextAmounts,
  watchEarlierSegmentation,
} from "../excel";
import type { AddinApi } from "./addinApi";

/** The pane's API backed by Excel: every call goes through the adapter in src/excel. */
export function createOfficeApi(): AddinApi {
  const language = displayLanguage();
  /**
   * Runs a call; what Excel throws is logged with its code and rethrown as an AddinError whose message the
   * user can act on, with Excel's code and the original error kept as `code` and `cause`.
   */
  const explained = async <T>(action: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      logFailure(action, error);
      throw new AddinError(describeFailure(error, language), { cause: error });
    }
  };
  return {
    language,
    officeTheme: officeColors(),
    loadSettings: () => explained("loading the settings", () => loadSettings(language)),
    segment: (settings, labels, options = {}) =>
      explained("Segmenteer", () =>
        segmentWatched(() => segmentActiveSheet({ ...settings, language }, { labels, ...options })),
      ),
    removeAnalysis: () =>
      explained("removing the analysis", () => runStore.ownWrites(() => removeAnalysis(language))),
    fixRefusal: (fix) => explained(`lifting ${fix.kind}`, () => fixRefusal(fix, language)),
    goToCell: (address) => explained(`going to ${address}`, () => goToCell(address)),
    insertTemplate: (withExamples) =>
      explained("inserting the template", () =>
        insertTemplate(withExamples, language, new Date().getFullYear()),
      ),
    watchChanges: () => explained("watching the workbook", () => watchEarlierSegmentation()),
    readTextAmounts: (addresses) => explained("reading text amounts", () => readTextAmounts(addresses)),
    convertTextAmounts: (amounts) => explained("converting text amounts", () => convertTextAmounts(amounts)),
    undoTextAmounts: (converted) => explained("undoing the conversion", () => undoTextAmounts(converted)),
    runs: runStore,
  };
}
