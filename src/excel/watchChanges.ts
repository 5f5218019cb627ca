import { splitAddress } from "../method";
import { NAMES, SETTINGS_SHEET, sheetOfReference } from "../workbook";
import { displayLanguage, runInExcel } from "./host";
import { logFailure } from "./officeErrors";
import { runStore } from "./runStore";
import { describeFailure, watchFailedNote } from "./texts";

type Handler = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

/** The sheets watched now, each with its registered Worksheet.onChanged handler. */
let watched: Array<{ sheet: string; handler: Handler }> = [];

/** Watching is done one request at a time, so a ribbon run and the pane opening never register twice. */
let queue: Promise<void> = Promise.resolve();

/** Tells the run store about a change, unless Excel says this add-in made it (ExcelApi 1.14). */
function onChanged(args: Excel.WorksheetChangedEventArgs): Promise<void> {
  const capabilities = { triggerSource: Office.context.requirements.isSetSupported("ExcelApi", "1.14") };
  const ours = capabilities.triggerSource && args.triggerSource === "ThisLocalAddin";
  if (!ours) runStore.noteChange(capabilities.triggerSource);
  return Promise.resolve();
}

/** Removes the handlers in the request context each was registered in, as Office.js requires. */
async function unregister(stale: Array<{ handler: Handler }>): Promise<void> {
  const contexts = [...new Set(stale.map((w) => w.handler.context))];
  await Promise.all(
    contexts.map((context) =>
      Excel.run(context, async (ctx) => {
        for (const w of stale) if (w.handler.context === context) w.handler.remove();
        await ctx.sync();
      }),
    ),
  );
}

/**
 * Makes the watched sheets exactly `sheets` (ExcelApi 1.7's Worksheet.onChanged): handlers of sheets no
 * longer wanted are removed, sheets not yet watched get one (all in one request); no request when all
 * are watched already. Sheets are known by name: a sheet deleted and made anew under its name is not
 * watched again until a run targets another sheet.
 */
async function watchExactly(sheets: readonly string[]): Promise<void> {
  const stale = watched.filter((w) => !sheets.includes(w.sheet));
  if (stale.length > 0) {
    await unregister(stale);
    watched = watched.filter((w) => !stale.includes(w));
  }
  const missing = sheets.filter((sheet) => !watched.some((w) => w.sheet === sheet));
  if (missing.length === 0) return;
  await runInExcel(async (context) => {
    const added = missing.map((sheet) => ({
      sheet,
      handler: context.workbook.worksheets.getItem(sheet).onChanged.add(onChanged),
    }));
    await context.sync();
    watched = [...watched, ...added];
  });
}

const enqueue = (work: () => Promise<void>): Promise<void> => {
  const next = queue.then(work);
  queue = next.catch(() => undefined);
  return next;
};

/** Watches the segmented sheet and the settings sheet for the user's changes; an earlier sheet is let go. */
function watchSegmentedSheet(sheet: string): Promise<void> {
  return enqueue(() => watchExactly([sheet, SETTINGS_SHEET]));
}

/**
 * When the pane opens on a workbook segmented before (its name ABC_Tabel points at the segmented sheet),
 * watches that sheet and the settings sheet, those that still exist. Does nothing in other workbooks.
 */
export function watchEarlierSegmentation(): Promise<void> {
  return enqueue(async () => {
    const found = await runInExcel(async (context) => {
      const names = context.workbook.names.load("items/name,items/formula");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const reference = names.items.find((n) => n.name === NAMES.table)?.formula;
      const existing = new Set(sheets.items.map((s) => s.name));
      const segmented = typeof reference === "string" ? sheetOfReference(reference) : null;
      return segmented && existing.has(segmented)
        ? [segmented, SETTINGS_SHEET].filter((sheet) => existing.has(sheet))
        : null;
    });
    if (found) await watchExactly(found);
  });
}

/**
 * Runs Segmenteer as the add-in's own writes and, when it wrote the workbook, watches the sheet it
 * segmented (the sheet of `outcome.table`) and the settings sheet. When Excel refuses to watch, the
 * outcome says so in a note (and the log has Excel's error): the run itself did its work.
 */
export async function segmentWatched<T extends { written: boolean; table: string; notes: string[] }>(
  run: () => Promise<T>,
): Promise<T> {
  const outcome = await runStore.ownWrites(run);
  if (!outcome.written) return outcome;
  try {
    await watchSegmentedSheet(splitAddress(outcome.table).sheet);
    return outcome;
  } catch (error) {
    logFailure("watching the workbook", error);
    const language = displayLanguage();
    return {
      ...outcome,
      notes: [...outcome.notes, watchFailedNote(describeFailure(error, language), language)],
    };
  }
}
