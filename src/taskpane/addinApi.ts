import type { Language, Settings } from "../method";
import type { RunStore, SegmentOutcome } from "../excel";

/** The settings stored in the workbook, as the pane shows them. */
export interface StoredSettings {
  settings: Settings;
  /** How many of the biggest clients get their name in the chart (0 = labels off). */
  labels: number;
}

/** Everything the task pane may ask of Excel; the pane's components receive it and never touch Office. */
export interface AddinApi {
  /** The display language: Dutch unless Office speaks English. */
  language: Language;
  /** The settings on the workbook's settings sheet, or null when it has none yet. */
  loadSettings(): Promise<StoredSettings | null>;
  /** Segments the client table on the active sheet with these settings and stores them in the workbook. */
  segment(settings: Settings, labels: number): Promise<SegmentOutcome>;
  /** Selects a cell such as Klanten!E7 (or 'ABC-instellingen'!B15) so the user can fix it. */
  goToCell(address: string): Promise<void>;
  /** Inserts the template sheet that reproduces the article's Excel tool, optionally with example clients. */
  insertTemplate(withExamples: boolean): Promise<{ sheet: string }>;
  /** The runtime's one record of the last run: the ribbon publishes its runs there, the pane its own. */
  runs: Pick<RunStore, "getSnapshot" | "subscribe" | "publish">;
}
