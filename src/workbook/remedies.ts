import type { Problem, ProblemCode } from "../method";
import { type SegmentedList, tableRange } from "./refusals";
import type { SheetTable } from "./snapshot";

/**
 * A way forward from a refused run that the pane offers as one button: go to the list the workbook
 * segments (from a refusal, or from its settings sheet), move the analysis to this list, remove the
 * analysis, segment the segmented list from its settings sheet, insert the template, switch an Excel
 * Table's header row on (by the Table's name), or lift a sheet's protection for one run (a move when the
 * refused run was one). Addresses are ranges as the user reads them.
 */
export type Remedy =
  | { kind: "go-to-segmented-list"; list: string }
  | { kind: "go-to-client-list"; list: string }
  | { kind: "move-analysis"; from: string; to: string }
  | { kind: "remove-analysis"; list: string }
  | { kind: "segment-list"; list: string }
  | { kind: "insert-template" }
  | { kind: "show-table-headers"; table: string }
  | { kind: "unprotect-sheet"; sheet: string; move?: true };

/** What the remedies depend on besides the problems: the active sheet, the analysed range, its Tables, the segmented list, whether the run was a move. */
export interface RemedyContext {
  sheet: string;
  /** The analysed range of this run, e.g. 'ABC-sjabloon'!A4:I24. */
  table: string;
  tables: readonly SheetTable[];
  segmented: SegmentedList | null;
  move?: boolean;
}

/** The problems that mean no client list was found on the sheet, so a template may be what the user needs. */
const NO_LIST: ReadonlySet<ProblemCode> = new Set(["no-header", "missing-column", "no-clients"]);

/** The refusals that stop a run before any row is read, each answered by its own buttons. */
const REFUSALS: readonly ProblemCode[] = [
  "settings-sheet-taken",
  "settings-sheet",
  "other-analysis",
  "sheet-protected",
  "table-headers-off",
];

/**
 * The error that refused the run as a whole (a user's own sheet is named ABC-instellingen, the settings
 * sheet is active, another list is segmented, the sheet is protected, a Table's header row is off), which
 * the pane says beside its buttons; null when the problems are about cells.
 */
export function refusalOf(problems: readonly Problem[]): Problem | null {
  for (const code of REFUSALS) {
    const found = problems.find((p) => p.severity === "error" && p.code === code);
    if (found) return found;
  }
  return null;
}

/** True when the problems say the sheet holds no client list (no header, a required column missing, no clients). */
export function noClientList(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error" && NO_LIST.has(p.code));
}

/**
 * The ways forward from a run's problems, in the order the pane shows them, each once. Only errors that
 * stop a run before its rows are read have one; the others name their cell (Ga naar cel) and say what to do.
 * Lifting the protection is offered only when it is the one error (else the run would be refused anyway);
 * a user's own sheet named ABC-instellingen is the user's to rename, so it has none.
 */
export function remediesOf(problems: readonly Problem[], context: RemedyContext): Remedy[] {
  const { segmented } = context;
  const elsewhere = segmented && segmented.sheet.toLowerCase() !== context.sheet.toLowerCase();
  const found: Remedy[] = [];
  const errors = problems.filter((p) => p.severity === "error");
  const codes = new Set(errors.map((p) => p.code));
  if (codes.has("settings-sheet-taken")) return found;
  if (codes.has("settings-sheet")) {
    if (segmented)
      found.push(
        { kind: "go-to-client-list", list: segmented.address },
        { kind: "segment-list", list: segmented.address },
      );
    else found.push({ kind: "insert-template" });
    return found;
  }
  if (codes.has("sheet-protected") && errors.length === 1)
    found.push({
      kind: "unprotect-sheet",
      sheet: context.sheet,
      ...(context.move ? { move: true as const } : {}),
    });
  const headerOff = errors.find((p) => p.code === "table-headers-off");
  const headerless = context.tables.find(
    (t) => !t.showHeaders && tableRange(context.sheet, t) === headerOff?.address,
  );
  if (headerless) found.push({ kind: "show-table-headers", table: headerless.name });
  if (codes.has("other-analysis") && segmented) {
    found.push(
      { kind: "go-to-segmented-list", list: segmented.address },
      { kind: "move-analysis", from: segmented.address, to: context.table },
      { kind: "remove-analysis", list: segmented.address },
    );
  }
  if (noClientList(problems) && !headerOff) {
    // A header without clients (an empty template) needs clients, not another empty template: its
    // message names the first row to fill in (Ga naar cel).
    if (!codes.has("no-clients")) found.push({ kind: "insert-template" });
    if (elsewhere && !codes.has("other-analysis"))
      found.push({ kind: "go-to-segmented-list", list: segmented.address });
  }
  return found;
}
