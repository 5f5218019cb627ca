import type { Settings, Language } from "../method";
import type {
  AmountsWritten,
  OfficeColors,
  RefusalFix,
  Removal,
  RunStore,
  SegmentOptions,
  SegmentOutcome,
  StoredSettings,
  TextAmount,
} from "../excel";

export type { StoredSettings } from "../excel";

/** How a Segmenteer run from the pane differs from a plain one: move the analysis here, lift a sheet's protection for the run. */
export type RunChoices = Pick<SegmentOptions, "move" | "liftProtection">;

/** Everything the task pane may ask of Excel; the pane's components receive it and never touch Office. */
export interface AddinApi {
  /** The display language: Dutch unless Office speaks English. */
  language: Language;
  /** Office's theme colours, read when the pane starts, or null where the host reports none (Excel on the web). */
  officeTheme: OfficeColors | null;
  /** The settings on the workbook's settings sheet and what is wrong there, or null when it has none yet. */
  loadSettings(): Promise<StoredSettings | null>;
  /** Segments the client table on the active sheet with these settings and stores them in the workbook. */
  segment(settings: Settings, labels: number, options?: RunChoices): Promise<SegmentOutcome>;
  /** Removes everything the add-in added to the workbook (never a user's cell) and says what went. */
  removeAnalysis(): Promise<Removal>;
  /** Lifts a refusal Excel can lift in one click (a protected sheet, a Table's header row switched off). */
  fixRefusal(fix: RefusalFix): Promise<void>;
  /** Selects a cell such as Klanten!E7 (or 'ABC-instellingen'!B15) so the user can fix it. */
  goToCell(address: string): Promise<void>;
  /** Inserts the template sheet that reproduces the article's Excel tool, optionally with example clients. */
  insertTemplate(withExamples: boolean): Promise<{ sheet: string; segmented?: string | null }>;
  /** Starts watching the sheet an earlier Segmenteer wrote (if any), so the pane knows when it changes. */
  watchChanges(): Promise<void>;
  /** The amounts stored as text in these cells, with the number each becomes. */
  readTextAmounts(addresses: readonly string[]): Promise<TextAmount[]>;
  /** Writes the numbers into the cells whose text is still the same. */
  convertTextAmounts(amounts: readonly TextAmount[]): Promise<AmountsWritten>;
  /** Writes the texts back into the cells that still hold the converted numbers. */
  undoTextAmounts(converted: readonly TextAmount[]): Promise<AmountsWritten>;
  /** The runtime's one record of the last run: the ribbon publishes its runs there, the pane its own. */
  runs: Pick<RunStore, "getSnapshot" | "subscribe" | "publish">;
}
