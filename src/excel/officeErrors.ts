/**
 * The one place that knows what an error from Office looks like. Excel rejects with an
 * OfficeExtension.Error: an Error whose string `code` (e.g. "AccessDenied") says what went wrong.
 */

/** Excel's error code when `error` is shaped like OfficeExtension.Error (an object with a string `code`), else null. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

/** The text an error carries: an Error's (or Error-like object's) message, or a thrown string; null when none. */
export function errorText(error: unknown): string | null {
  const message =
    typeof error === "object" && error !== null ? (error as { message?: unknown }).message : error;
  return typeof message === "string" && message !== "" ? message : null;
}

/** A failure as the add-in keeps it: a message the user can read and Excel's code for the log. */
export interface Failure {
  message: string;
  /** Excel's error code, e.g. "AccessDenied"; null when the error did not come with one. */
  code: string | null;
}

/** What to tell the user and log about anything a call threw: its text (or `fallback`) and Excel's code. */
export function failureOf(error: unknown, fallback: string): Failure {
  return { message: errorText(error) ?? fallback, code: officeErrorCode(error) };
}

/** An error with a message for the user that keeps what was thrown as `cause` and Excel's code as `code`. */
export class AddinError extends Error {
  override readonly name = "AddinError";
  /** Excel's error code of the cause, e.g. "AccessDenied"; null when it carried none. */
  readonly code: string | null;
  /** What was thrown in the first place, as ES2022's `new Error(message, { cause })` keeps it. */
  readonly cause: unknown;

  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message);
    this.cause = options.cause;
    this.code = officeErrorCode(options.cause);
  }
}

/** Writes a failure to the console with Excel's code up front, and the error itself for its stack and details. */
export function logFailure(action: string, error: unknown): void {
  const code = officeErrorCode(error);
  console.error(`ABC-klantsegmentatie: ${action} failed${code ? ` (${code})` : ""}`, error);
}
