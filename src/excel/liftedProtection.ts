import type { Language } from "../method";
import { AddinError, errorText } from "./officeErrors";
import { REFUSAL_TEXTS } from "./refusalTexts";

/** Excel would not lift the sheet's protection (a password): nothing was written; the message says what to do. */
export class ProtectionNotLifted extends AddinError {
  constructor(
    readonly sheet: string,
    message: string,
    cause: unknown,
  ) {
    super(message, { cause });
  }
}

/**
 * Runs `write` with the sheet's protection lifted and protects the sheet again afterwards with the options
 * it had (ExcelApi 1.2 WorksheetProtection.options), also when the write fails; a sheet that is not
 * protected stays so. Returns what `write` gave and the requests added to the write's (1 or 2). A
 * sheet Excel cannot unprotect (a password) fails with ProtectionNotLifted before anything is written.
 */
export async function withLiftedProtection<T>(
  context: Excel.RequestContext,
  sheet: string,
  language: Language,
  write: () => Promise<T>,
): Promise<{ written: T; syncs: number }> {
  const texts = REFUSAL_TEXTS[language];
  const protection = context.workbook.worksheets.getItem(sheet).protection.load("protected,options");
  protection.unprotect();
  try {
    await context.sync();
  } catch (error) {
    throw new ProtectionNotLifted(sheet, texts.cannotUnprotect(sheet), error);
  }
  const { options } = protection;
  if (!protection.protected) return { written: await write(), syncs: 1 };
  let outcome: { ok: true; written: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, written: await write() };
  } catch (error) {
    outcome = { ok: false, error };
  }
  try {
    protection.protect(options);
    await context.sync();
  } catch (again) {
    const first = outcome.ok ? "" : `${errorText(outcome.error) ?? String(outcome.error)} `;
    throw new AddinError(first + texts.stillUnprotected(sheet), {
      cause: outcome.ok ? again : outcome.error,
    });
  }
  if (!outcome.ok) throw outcome.error;
  return { written: outcome.written, syncs: 2 };
}
