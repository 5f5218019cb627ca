import type { Language } from "../../src/method/types";
import type {
  AmountsWritten,
  OfficeColors,
  RefusalFix,
  Removal,
  SegmentOutcome,
  TextAmount,
} from "../../src/excel";
import { RunStore } from "../../src/excel/runStore";
import type { AddinApi, StoredSettings } from "../../src/taskpane/addinApi";

/** An AddinApi whose calls are jest mocks, with its own run store that the "ribbon" publishes to. */
export interface FakeApi extends AddinApi {
  loadSettings: jest.Mock<Promise<StoredSettings | null>, []>;
  segment: jest.Mock<Promise<SegmentOutcome>, Parameters<AddinApi["segment"]>>;
  goToCell: jest.Mock<Promise<void>, [string]>;
  insertTemplate: jest.Mock<Promise<{ sheet: string; segmented?: string | null }>, [boolean]>;
  removeAnalysis: jest.Mock<Promise<Removal>, []>;
  fixRefusal: jest.Mock<Promise<void>, [RefusalFix]>;
  watchChanges: jest.Mock<Promise<void>, []>;
  readTextAmounts: jest.Mock<Promise<TextAmount[]>, [readonly string[]]>;
  convertTextAmounts: jest.Mock<Promise<AmountsWritten>, [readonly TextAmount[]]>;
  undoTextAmounts: jest.Mock<Promise<AmountsWritten>, [readonly TextAmount[]]>;
  ribbon: RunStore;
}

/** Options of the fake: the language, the stored settings and what Segmenteer returns. */
export interface FakeOptions {
  language?: Language;
  /** Office's theme colours (default none, as Excel on the web reports). */
  officeTheme?: OfficeColors | null;
  stored?: StoredSettings | null;
  outcome?: SegmentOutcome;
}

/**
 * A fake AddinApi: settings load at once, Segmenteer returns `outcome`, the template is "Klanten"; no
 * cell holds a text amount, and conversions write every amount they get. Its run store settles at once.
 */
export function fakeApi({
  language = "nl",
  officeTheme = null,
  stored = null,
  outcome,
}: FakeOptions = {}): FakeApi {
  const ribbon = new RunStore(0);
  const writeAll = (amounts: readonly TextAmount[]) =>
    Promise.resolve<AmountsWritten>({ written: [...amounts], skipped: [] });
  return {
    language,
    officeTheme,
    loadSettings: jest.fn(() => Promise.resolve(stored)),
    segment: jest.fn<Promise<SegmentOutcome>, Parameters<AddinApi["segment"]>>(() =>
      outcome ? Promise.resolve(outcome) : Promise.reject(new Error("No outcome given to the fake api.")),
    ),
    goToCell: jest.fn<Promise<void>, [string]>(() => Promise.resolve()),
    insertTemplate: jest.fn<Promise<{ sheet: string; segmented?: string | null }>, [boolean]>(() =>
      Promise.resolve({ sheet: "Klanten", segmented: null }),
    ),
    removeAnalysis: jest.fn<Promise<Removal>, []>(() =>
      Promise.resolve({ list: "Klanten!A3:I23", columns: [], kept: [], chart: true, settingsSheet: true }),
    ),
    fixRefusal: jest.fn<Promise<void>, [RefusalFix]>(() => Promise.resolve()),
    watchChanges: jest.fn<Promise<void>, []>(() => Promise.resolve()),
    readTextAmounts: jest.fn<Promise<TextAmount[]>, [readonly string[]]>(() => Promise.resolve([])),
    convertTextAmounts: jest.fn<Promise<AmountsWritten>, [readonly TextAmount[]]>(writeAll),
    undoTextAmounts: jest.fn<Promise<AmountsWritten>, [readonly TextAmount[]]>(writeAll),
    runs: ribbon,
    ribbon,
  };
}

/** A promise with its resolve and reject, to hold a call open while the test looks at the pane. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
