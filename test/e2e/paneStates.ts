import { previewWorkbook } from "../../preview/demoWorkbook";
import { FIRST_PROBLEMS } from "../../src/taskpane/problemGroups";
import { SETTINGS_SHEET } from "../../src/workbook/workbookNames";
import { eventually, type PreviewBrowser, type PreviewOptions } from "./browser";

/** The pane's languages the states are shown in. */
export type PaneLanguage = "nl" | "en";

/** One state of the pane a user can reach, and the clicks and edits that reach it from a freshly opened preview. */
export interface PaneState {
  /** The first part of its screenshots' names: artifacts/e2e/panes/<name>.<lang>.<width>.png. */
  name: string;
  /** What the preview opens (the workbook; the language is added per run). */
  open: Omit<PreviewOptions, "lang">;
  /** Does what the user does once the pane has loaded; resolves when the state shows. */
  reach(browser: PreviewBrowser, lang: PaneLanguage): Promise<void>;
}

/** The sheet of the preview's client list: Klanten, or Clients in English. */
const clientSheet = (lang: PaneLanguage) => previewWorkbook("demo", lang).sheet;

/** The pane's own status region (the first of its live regions), which says how the last run ended. */
const runStatus = (b: PreviewBrowser) => b.pane.getByRole("status").first();

/** Clicks Segmenteer and waits until the run has ended: the status region says something new. */
async function segment(b: PreviewBrowser): Promise<void> {
  const before = await runStatus(b).textContent();
  await b.pane.getByRole("button", { name: b.texts.segment, exact: true }).click();
  await eventually(async () => {
    const now = await runStatus(b).textContent();
    if (now === before || now === b.texts.segmenting) throw new Error(`The run has not ended: "${now}"`);
  });
}

/** Inserts the template (with the example clients if asked) and waits until its sheet is there and the pane is done. */
async function insertTemplate(b: PreviewBrowser, withExamples: boolean): Promise<void> {
  const { pane, texts } = b;
  const sheets = (await b.tabs()).length;
  if (withExamples) await pane.locator("label", { hasText: texts.withExamples }).click();
  const insert = pane.getByRole("button", { name: texts.insertTemplate, exact: true });
  await insert.click();
  await eventually(async () => {
    const inserted = (await b.tabs()).length > sheets;
    if (!inserted || !(await insert.isEnabled())) throw new Error("The template is still being inserted");
  });
}

/** The demo segmented, then the template with example clients inserted and segmented: refused (other-analysis). */
async function refusedOnTemplate(b: PreviewBrowser): Promise<void> {
  await segment(b);
  await insertTemplate(b, true);
  await segment(b);
}

/** Clicks one of a refusal's ways forward by its label. */
async function remedy(b: PreviewBrowser, label: string): Promise<void> {
  await b.pane.getByRole("button", { name: label, exact: true }).click();
}

/** Spoils the bad workbook further as a pasted CSV would: an amount typed as text and an empty answer. */
async function spoil(b: PreviewBrowser, lang: PaneLanguage): Promise<void> {
  await b.editCell(clientSheet(lang), "B5", lang === "nl" ? "€ 12.500,50" : "€12,500.50");
  await b.editCell(clientSheet(lang), "H6", "");
}

/** The bad workbook spoilt (see spoil), segmented: errors, warnings and Zet tekstbedragen om. */
async function problems(b: PreviewBrowser, lang: PaneLanguage): Promise<void> {
  await spoil(b, lang);
  await segment(b);
  await b.pane.getByRole("button", { name: b.texts.convertTextAmounts, exact: true }).waitFor();
}

/**
 * Every state of the pane the browser tests screenshot and check, one entry each: to add a state, add a
 * line with its name, the workbook it starts from and what the user does.
 */
export const PANE_STATES: readonly PaneState[] = [
  { name: "start", open: { workbook: "demo" }, reach: async () => undefined },
  { name: "result", open: { workbook: "demo" }, reach: (b) => segment(b) },
  { name: "problems", open: { workbook: "bad" }, reach: problems },
  {
    name: "problems-all",
    open: { workbook: "bad" },
    reach: async (b, lang) => {
      for (let row = 4; row <= 23; row += 1) {
        for (const column of "FGHI") await b.editCell(clientSheet(lang), `${column}${row}`, "");
      }
      await segment(b);
      const showAll = new RegExp(`^${b.texts.showAll(0).replace("0", "\\d+")}$`);
      await b.pane.getByRole("button", { name: showAll }).click();
      await b.pane.getByRole("button", { name: b.texts.showFirst(FIRST_PROBLEMS), exact: true }).waitFor();
    },
  },
  {
    name: "text-amounts-dialog",
    open: { workbook: "bad" },
    reach: async (b, lang) => {
      await problems(b, lang);
      await b.pane.getByRole("button", { name: b.texts.convertTextAmounts, exact: true }).click();
      // Fluent's alertdialog element itself has no box of its own: wait for what it shows.
      const dialog = b.pane.getByRole("alertdialog", { name: b.texts.convertTitle });
      await dialog.getByRole("button", { name: b.texts.convert, exact: true }).waitFor();
    },
  },
  { name: "template", open: { workbook: "empty" }, reach: (b) => insertTemplate(b, false) },
  {
    name: "template-examples",
    open: { workbook: "empty" },
    reach: (b) => insertTemplate(b, true),
  },
  { name: "refusal-no-header", open: { workbook: "empty" }, reach: (b) => segment(b) },
  {
    name: "refusal-other-analysis",
    open: { workbook: "demo" },
    reach: async (b) => {
      await refusedOnTemplate(b);
    },
  },
  {
    name: "analysis-moved",
    open: { workbook: "demo" },
    reach: async (b) => {
      await refusedOnTemplate(b);
      await remedy(b, b.texts.remedies["move-analysis"]);
      await b.pane.getByText(b.texts.written, { exact: true }).waitFor();
    },
  },
  {
    name: "remove-dialog",
    open: { workbook: "demo" },
    reach: async (b) => {
      await refusedOnTemplate(b);
      await remedy(b, b.texts.remedies["remove-analysis"]);
      await b.pane.getByRole("button", { name: b.texts.removeConfirm, exact: true }).waitFor();
    },
  },
  {
    name: "analysis-removed",
    open: { workbook: "demo" },
    reach: async (b) => {
      await refusedOnTemplate(b);
      await remedy(b, b.texts.remedies["remove-analysis"]);
      await b.pane.getByRole("button", { name: b.texts.removeConfirm, exact: true }).click();
      await b.pane.getByRole("heading", { name: b.texts.resultsHeading, exact: true }).waitFor();
    },
  },
  { name: "result-dark", open: { workbook: "demo", theme: "dark" }, reach: (b) => segment(b) },
  { name: "result-contrast", open: { workbook: "demo", theme: "contrast" }, reach: (b) => segment(b) },
  {
    name: "refusal-other-analysis-dark",
    open: { workbook: "demo", theme: "dark" },
    reach: async (b) => {
      await refusedOnTemplate(b);
    },
  },
  {
    name: "refusal-empty-template",
    open: { workbook: "demo" },
    reach: async (b) => {
      await segment(b);
      await insertTemplate(b, false);
      await segment(b);
    },
  },
  {
    name: "refusal-settings-sheet",
    open: { workbook: "demo" },
    reach: async (b) => {
      await segment(b);
      await b.selectCell(SETTINGS_SHEET, "A1");
      await segment(b);
    },
  },
  {
    name: "settings-amount",
    open: { workbook: "demo" },
    reach: (b) => b.pane.getByRole("radio", { name: b.texts.methods.amount, exact: true }).check(),
  },
  {
    name: "settings-invalid",
    open: { workbook: "demo" },
    reach: async (b) => {
      await b.pane.getByRole("textbox", { name: b.texts.scoreThreshold, exact: true }).fill("abc");
      await b.pane.getByText(b.texts.formInvalid, { exact: true }).waitFor();
    },
  },
  {
    name: "settings-top-n",
    open: { workbook: "demo" },
    reach: async (b) => {
      await b.pane.getByRole("switch", { name: b.texts.topNToggle }).click();
      await b.pane.getByRole("textbox", { name: b.texts.topN, exact: true }).waitFor();
    },
  },
  {
    name: "changed",
    open: { workbook: "demo" },
    reach: async (b, lang) => {
      await segment(b);
      await b.editCell(clientSheet(lang), "F4", lang === "nl" ? "Nee" : "No");
      await b.pane.getByRole("button", { name: b.texts.segmentAgain, exact: true }).waitFor();
    },
  },
];
