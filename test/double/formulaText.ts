/**
 * Splits a formula into quoted parts (strings "…" and sheet names '…') and the code between them; a
 * quote inside structured-reference brackets […] is an escape, not the start of a name. With
 * `brackets`, the brackets are set apart too, so that nothing inside them reads as A1.
 */
function segments(formula: string, brackets = false): Array<{ code: boolean; text: string }> {
  const parts: Array<{ code: boolean; text: string }> = [];
  let i = 0;
  let start = 0;
  const cut = (end: number) => {
    if (end > start) parts.push({ code: true, text: formula.slice(start, end) });
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      cut(i);
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      parts.push({ code: false, text: formula.slice(i, j + 1) });
      i = j + 1;
      start = i;
    } else if (ch === "[") {
      // A quote inside brackets escapes a character of a column name (Clients[@[Chiffre d''affaires]]).
      const j = closingBracket(formula, i);
      if (brackets) {
        cut(i);
        parts.push({ code: false, text: formula.slice(i, j) });
        start = j;
      }
      i = j;
    } else i++;
  }
  cut(formula.length);
  return parts;
}

/** The index just past the bracket that closes the one at `open` ('x escapes a character inside). */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  let j = open;
  do {
    if (text[j] === "'") j++;
    else if (text[j] === "[") depth++;
    else if (text[j] === "]") depth--;
    j++;
  } while (depth > 0 && j < text.length);
  return j;
}

const CELL = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_([])/g;

/** Moves the relative parts of every A1 reference, as Excel does when a formula is copied. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return segments(formula, true)
    .map((part) =>
      part.code
        ? part.text.replace(CELL, (_, colAbs: string, col: string, rowAbs: string, row: string) => {
            const c = colAbs ? col : letters(index(col) + columns);
            const r = rowAbs ? row : String(Number(row) + rows);
            return `${colAbs}${c}${rowAbs}${r}`;
          })
        : part.text,
    )
    .join("");
}

/** Column letters to a zero-based index. */
export function index(col: string): number {
  let n = 0;
  for (const ch of col) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** A zero-based column index to letters. */
export function letters(column: number): string {
  let s = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** What a structured reference needs to know about a table. */
export interface TableShape {
  name: string;
  sheet: string;
  headerRow: number;
  firstColumn: number;
  lastDataRow: number;
  columns: string[];
}

const unescape = (name: string) => name.replace(/'(.)/g, "$1");

/**
 * Rewrites structured references (Tbl[@[Col]], Tbl[[Col]], [@Col], Tbl[Col]) as A1 references for a
 * formula in the given sheet row, so HyperFormula, which has no tables, can compute them.
 */
export function resolveStructured(
  formula: string,
  row: number,
  tables: readonly TableShape[],
  home: TableShape | undefined,
  quote: (sheet: string) => string,
): string {
  return segments(formula)
    .map((part) => (part.code ? resolvePart(part.text, row, tables, home, quote) : part.text))
    .join("");
}

function resolvePart(
  code: string,
  row: number,
  tables: readonly TableShape[],
  home: TableShape | undefined,
  quote: (sheet: string) => string,
): string {
  let out = "";
  let i = 0;
  while (i < code.length) {
    const m = /^([A-Za-z_][A-Za-z0-9_.]*)?\[/.exec(code.slice(i));
    const before = i > 0 ? code[i - 1] : "";
    if (!m || /[A-Za-z0-9_.]/.test(before)) {
      out += code[i];
      i++;
      continue;
    }
    const j = closingBracket(code, i + (m[1]?.length ?? 0));
    const table = m[1] ? tables.find((t) => t.name.toLowerCase() === m[1].toLowerCase()) : home;
    if (!table) throw new Error(`Unknown table in ${code.slice(i, j)}`);
    out += toA1(code.slice(i + (m[1]?.length ?? 0), j), row, table, quote);
    i = j;
  }
  return out;
}

function toA1(spec: string, row: number, table: TableShape, quote: (sheet: string) => string): string {
  let inner = spec.slice(1, -1);
  let thisRow = false;
  if (inner.startsWith("@")) {
    thisRow = true;
    inner = inner.slice(1);
  }
  const items = inner.startsWith("[")
    ? [...inner.matchAll(/\[((?:'.|[^\]])*)\]/g)].map((x) => x[1])
    : [inner];
  const columns: string[] = [];
  for (const item of items) {
    if (/^#this row$/i.test(item)) thisRow = true;
    else columns.push(unescape(item));
  }
  const at = columns.map((c) => table.columns.findIndex((h) => h.toLowerCase() === c.toLowerCase()));
  if (at.length === 0 || at.some((c) => c < 0))
    throw new Error(`Unknown column in ${spec} of table ${table.name}`);
  const first = letters(table.firstColumn + at[0]);
  const last = letters(table.firstColumn + at[at.length - 1]);
  if (thisRow) return `${first}${row + 1}${last !== first ? `:${last}${row + 1}` : ""}`;
  return `${quote(table.sheet)}!$${first}$${table.headerRow + 2}:$${last}$${table.lastDataRow + 1}`;
}

/** Rows leaving or entering a sheet: `count` rows deleted from, or inserted before, zero-based row `at`. */
export interface RowMove {
  sheet: string;
  at: number;
  count: number;
  kind: "delete" | "insert";
}

/**
 * Where zero-based rows first..last land after the move, as Excel adjusts a reference: a range shrinks
 * or stretches, and null means every row of it was deleted.
 */
export function movedRows(first: number, last: number, move: RowMove): [number, number] | null {
  const end = move.at + move.count;
  if (move.kind === "insert") {
    return [first >= move.at ? first + move.count : first, last >= move.at ? last + move.count : last];
  }
  if (first >= move.at && last < end) return null;
  const top = first < move.at ? first : first >= end ? first - move.count : move.at;
  const bottom = last < move.at ? last : last >= end ? last - move.count : move.at - 1;
  return [top, bottom];
}

const REFERENCE =
  /"(?:[^"]|"")*"|\[(?:[^\]']|'.)*\]|(?<![A-Za-z0-9_.$])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(?:(\$?[A-Z]{1,3})(\$?)(\d+)(?::(\$?[A-Z]{1,3})(\$?)(\d+))?|(\$?)(\d+):(\$?)(\d+))(?![A-Za-z0-9_(![])/g;

/** The sheet a `Name!` or `'My name'!` prefix names. */
const prefixSheet = (prefix: string) => prefix.slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'");

/**
 * Adjusts the A1 references of a formula written on sheet `home` to rows deleted or inserted on a sheet,
 * as Excel rewrites conditional-format and validation formulas: a deleted cell becomes #REF!.
 */
export function moveRowsInFormula(formula: string, home: string, move: RowMove): string {
  return formula.replace(
    REFERENCE,
    (
      whole,
      prefix?: string,
      c1?: string,
      a1?: string,
      r1?: string,
      c2?: string,
      a2?: string,
      r2?: string,
      ...rest
    ) => {
      const [b1, w1, b2, w2] = rest as Array<string | undefined>;
      if (whole.startsWith('"') || whole.startsWith("[")) return whole;
      const sheet = prefix ? prefixSheet(prefix) : home;
      if (sheet.toLowerCase() !== move.sheet.toLowerCase()) return whole;
      const from = Number(r1 ?? w1) - 1;
      const to = Number(r2 ?? w2 ?? r1) - 1;
      const moved = movedRows(from, to, move);
      if (!moved) return "#REF!";
      const head = prefix ?? "";
      if (c1 === undefined) return `${head}${b1}${moved[0] + 1}:${b2}${moved[1] + 1}`;
      const first = `${c1}${a1}${moved[0] + 1}`;
      return r2 === undefined ? `${head}${first}` : `${head}${first}:${c2}${a2}${moved[1] + 1}`;
    },
  );
}
