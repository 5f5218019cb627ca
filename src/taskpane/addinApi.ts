import type { Settings, Language } from "../method";
import type { AmountsWritten, RunStore, SegmentOutcome, StoredSettings, TextAmount } from "../excel";

export type { StoredSettings } from "../excel";

/** Everything the task pane may ask of Excel; the pane's components receive it and never touch Office. */
export interface AddinApi {
  /** The display language: Dutch unless Office speaks English. */
  language: Language;
  /** The settings on the workbook's settings sheet and what is wrong there, or null when it has none yet. */
  loadSettings(): Promise<StoredSettings | null>;
  /** Segments the client table on the active sheet with these settings and stores them in the workbook. */
  segment(settings: Settings, labels: number): Promise<SegmentOutcome>;
  /** Selects a cell such as Klanten!E7 (or 'ABC-instellingen'!B15) so the user can fix it. */
  goToCell(address: string): Promise<void>;
  /** Inserts the template sheet that reproduces the article's Excel tool, optionally with example clients. */
  insertTemplate(withExamples: boolean): Promise<{ sheet: string }>;
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
