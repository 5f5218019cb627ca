import type { Cell } from "./types";

/** How an amount cell reads. */
export type AmountReading =
  | { kind: "number"; value: number }
  | { kind: "text"; value: number }
  | { kind: "empty" }
  | { kind: "negative"; value: number }
  | { kind: "error" }
  | { kind: "invalid" };

const EMPTY: AmountReading = { kind: "empty" };
const INVALID: AmountReading = { kind: "invalid" };
const ERROR: AmountReading = { kind: "error" };

/** Excel's error values as Office.js gives them, in English and in Dutch Excel. */
const CELL_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|LEEG!|DEEL\/0!|WAARDE!|VERW!|NAAM\?|GETAL!|N\/B|OVERLOOP!|BEREKENEN!)$/;
const CURRENCY = /€|\$|£|(?<![a-z])(?:eur(?:os?)?|usd|gbp)(?![a-z])/gi;
const SPACES = /[\s\u00a0\u202f\u2009]+/g;

/** True when a cell holds one of Excel's error values, such as #N/A or #DEEL/0!. */
export function isCellError(cell: Cell): boolean {
  return typeof cell === "string" && cell.length >= 3 && cell[0] === "#" && CELL_ERROR.test(cell);
}

/** Reads an amount: numbers as they come, text in Dutch/Belgian or English notation, with or without €. */
export function readAmount(cell: Cell): AmountReading {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return INVALID;
    return cell < 0 ? { kind: "negative", value: cell } : { kind: "number", value: cell };
  }
  if (typeof cell === "boolean") return INVALID;
  if (cell === "") return EMPTY;
  if (isCellError(cell)) return ERROR;
  return readTextAmount(cell);
}

function readTextAmount(text: string): AmountReading {
  let body = text.replace(CURRENCY, " ").replace(SPACES, " ").trim();
  if (body === "") return /^ *$/.test(text) ? EMPTY : INVALID;
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  if (/^[-−]/.test(body)) {
    negative = true;
    body = body.slice(1).trim();
  }
  body = body.replace(/[.,]-$/, "");
  const value = parseDigits(body);
  if (value === null) return INVALID;
  return negative && value !== 0 ? { kind: "negative", value: -value } : { kind: "text", value };
}

/** Parses digits with thousands and decimal separators in either notation; null when it is not an amount. */
function parseDigits(body: string): number | null {
  if (/ /.test(body)) {
    const m = /^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/.exec(body);
    return m ? Number(`${m[1].replace(/ /g, "")}.${m[2] ?? "0"}`) : null;
  }
  if (/^\d+$/.test(body)) return Number(body);
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    return grouped(body, group, decimal);
  }
  const sep = lastDot >= 0 ? "." : ",";
  const count = body.split(sep).length - 1;
  if (count > 1) return grouped(body, sep, null);
  if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(body)) return grouped(body, sep, null);
  const m = /^(\d*)[.,](\d+)$/.exec(body);
  return m ? Number(`${m[1] || "0"}.${m[2]}`) : null;
}

function grouped(body: string, group: string, decimal: string | null): number | null {
  const g = group === "." ? "\\." : ",";
  const d = decimal === "." ? "\\." : ",";
  const pattern = new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+)${decimal ? `(?:${d}(\\d+))?` : ""}$`);
  const m = pattern.exec(body);
  if (!m) return null;
  return Number(`${m[1].split(group).join("")}.${m[2] ?? "0"}`);
}
