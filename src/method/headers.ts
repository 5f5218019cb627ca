import {
  AGGREGATE,
  AMOUNT_MENTION,
  AMOUNT_QUALIFIERS,
  ANSWER_NOTE,
  COUNT,
  DATE,
  FILLERS,
  FORECAST,
  GROWTH,
  NAME_CORES,
  NOT_AN_AMOUNT,
  NUMBERING,
  PERCENT,
  PERIOD,
  POTENTIAL_CORE,
  QUESTION_CORES,
  QUESTION_QUALIFIERS,
  REVENUE_CORE,
  REVENUE_MENTION,
  SHARE,
  WEAK_NAME_CORES,
} from "./headerWords";
import { namesOtherCurrency, plainText, takeUnit } from "./units";
import { CRITERIA, type AmountUnit, type Criterion, type Language, type SkipReason } from "./types";

/** What a header cell stands for. */
export type HeaderRole = "name" | "revenue" | "potential" | Criterion;

/** The required roles, in the order their columns usually appear. */
export const REQUIRED_ROLES: readonly HeaderRole[] = ["name", "revenue", ...CRITERIA];

/** Header texts accepted for each role, as messages list them per language; either language is read. */
export const ACCEPTED_HEADERS: Readonly<Record<Language, Record<HeaderRole, readonly string[]>>> = {
  nl: {
    name: ["Klant", "Klantnaam", "Naam", "Bedrijf", "Cliënt", "Relatie", "Debiteur"],
    revenue: ["Omzet", "Jaaromzet", "Omzet 2024", "Omzet (k€)", "Netto-omzet"],
    potential: ["Potentieel", "Potentiële omzet", "Extra omzet", "Groeipotentieel", "Potentieel 2025"],
    marge: ["Marge"],
    snelheid: ["Snelheid"],
    innovatie: ["Innovatie"],
    netwerk: ["Netwerk"],
  },
  en: {
    name: ["Client", "Customer", "Company", "Account", "Account Name", "Company Name"],
    revenue: ["Revenue", "Annual revenue", "Revenue 2024", "Turnover", "Sales", "Revenue (k€)"],
    potential: ["Potential", "Potential revenue", "Upsell potential"],
    marge: ["Margin"],
    snelheid: ["Speed"],
    innovatie: ["Innovation"],
    netwerk: ["Network"],
  },
};

/** What a header text says: the role of its column, the unit it names, and why an amount-like column is left out. */
export interface HeaderReading {
  role: HeaderRole | null;
  /** The unit an amount header names ("Omzet (k€)"), null when it names none. */
  unit: AmountUnit | null;
  /** Why a header that speaks of amounts is not read as one ("Omzet %", "Omzetgroei", "Revenue ($)", "Omzet laatste kwartaal"), null otherwise. */
  skip: SkipReason | null;
  /** A revenue header that totals or averages the others ("Totaal omzet"); it counts only when it is the only one. */
  aggregate: boolean;
  /** A name header so general it may name a contact person ("Naam"); a specific one ("Bedrijf") wins. */
  weak: boolean;
}

const NONE: HeaderReading = { role: null, unit: null, skip: null, aggregate: false, weak: false };

/** Longer texts are notes or titles, never a header; not reading them keeps wide sheets cheap. */
const LONGEST_HEADER = 80;

const QUESTION_THRESHOLD = /(?:[<>≥≤=]+|\bmin(?:imum)?\.?)\s?\d+(?:[.,]\d+)?\s?%?|\d+(?:[.,]\d+)?\s?%/g;

const wordsOf = (text: string): string[] => text.split(/[^a-z0-9]+/).filter((w) => w !== "");

const keyWithout = (words: readonly string[], ...drop: ReadonlyArray<ReadonlySet<string>>): string =>
  words.filter((w) => !drop.some((set) => set.has(w))).join("");

function skipReasonOf(plain: string): SkipReason | null {
  if (GROWTH.test(plain)) return "growth";
  if (PERCENT.test(plain) || SHARE.test(plain)) return "share";
  if (COUNT.test(plain)) return "count";
  if (DATE.test(plain)) return "date";
  return null;
}

function amountRole(words: readonly string[]): "revenue" | "potential" | null {
  const keys = [keyWithout(words, FILLERS), keyWithout(words, FILLERS, AMOUNT_QUALIFIERS)];
  if (keys.some((k) => POTENTIAL_CORE.test(k))) return "potential";
  if (keys.some((k) => REVENUE_CORE.test(k))) return "revenue";
  return null;
}

function questionRole(rest: string, plain: string, unit: AmountUnit | null): Criterion | null {
  const words = wordsOf(rest.replace(QUESTION_THRESHOLD, " ").replace(NUMBERING, ""));
  const role =
    QUESTION_CORES.get(keyWithout(words, FILLERS)) ??
    QUESTION_CORES.get(keyWithout(words, FILLERS, QUESTION_QUALIFIERS));
  if (!role) return null;
  const bareShare = PERCENT.test(plain.replace(QUESTION_THRESHOLD, " "));
  return unit || bareShare ? null : role;
}

function read(text: string): HeaderReading {
  const plain = plainText(text);
  if (plain === "") return NONE;
  const { unit, rest: withoutUnit } = takeUnit(plain);
  const rest = withoutUnit.replace(ANSWER_NOTE, " ").replace(PERIOD, " ");
  const words = wordsOf(rest);
  const skip = skipReasonOf(plain);
  const amount = amountRole(words);
  if (amount) {
    if (skip) return { ...NONE, skip };
    if (namesOtherCurrency(plain)) return { ...NONE, skip: "currency" };
    if (amount === "revenue" && FORECAST.test(plain)) return NONE;
    return { ...NONE, role: amount, unit, aggregate: amount === "revenue" && AGGREGATE.test(plain) };
  }
  const question = skip && skip !== "share" ? null : questionRole(rest, plain, unit);
  if (question) return { ...NONE, role: question };
  const nameKey = keyWithout(words, FILLERS);
  if (!skip && NAME_CORES.has(nameKey)) return { ...NONE, role: "name" };
  if (!skip && WEAK_NAME_CORES.has(nameKey)) return { ...NONE, role: "name", weak: true };
  if (skip && (skip === "growth" || SHARE.test(plain) || AMOUNT_MENTION.test(plain)))
    return { ...NONE, skip };
  if (skip || !REVENUE_MENTION.test(plain) || NOT_AN_AMOUNT.test(plain)) return NONE;
  return { ...NONE, skip: namesOtherCurrency(plain) ? "currency" : "unclear" };
}

const readings = new Map<string, HeaderReading>();

/** How many header texts are remembered; a table has a few dozen, so this only bounds a pathological sheet. */
const REMEMBERED = 4096;

/** What a header cell says (its role, unit and whether it is left out); any non-text cell says nothing. */
export function readHeader(cell: unknown): HeaderReading {
  if (typeof cell !== "string" || cell.length > LONGEST_HEADER) return NONE;
  let reading = readings.get(cell);
  if (!reading) {
    reading = read(cell);
    if (readings.size >= REMEMBERED) readings.clear();
    readings.set(cell, reading);
  }
  return reading;
}

/** The role a header cell stands for, or null when it is not one of ours. */
export function headerRole(cell: unknown): HeaderRole | null {
  return readHeader(cell).role;
}

/** The user's text of a header cell as messages quote it (trimmed, line breaks as spaces). */
export function headerText(cell: unknown): string {
  return cell === null || cell === undefined ? "" : String(cell).replace(/\s+/g, " ").trim();
}

const DECORATION_WORDS: ReadonlySet<string> = new Set(
  "in en x bedrag bedragen amount amounts montant excl incl exclusief inclusief ex btw vat tva htva ht".split(
    " ",
  ),
);

/**
 * What a cell under or over a header adds to it: "period" for a year or period (2023, "FY24", "vorig
 * jaar"), "unit" for a unit or answer note ("(€)", "k€", "(Ja/Nee)", "J/N"); null for anything else.
 */
export function decorationOf(cell: unknown): "period" | "unit" | null {
  if (typeof cell === "number")
    return Number.isInteger(cell) && cell >= 1900 && cell <= 2100 ? "period" : null;
  if (typeof cell !== "string" || cell.length > LONGEST_HEADER) return null;
  const plain = plainText(cell);
  if (plain === "") return null;
  const { unit, rest } = takeUnit(plain);
  const withoutNotes = rest.replace(ANSWER_NOTE, " ");
  const withoutPeriods = withoutNotes.replace(PERIOD, " ");
  const withoutShare = withoutPeriods.replace(/%/g, " ");
  if (wordsOf(withoutShare).some((w) => !DECORATION_WORDS.has(w))) return null;
  if (withoutPeriods !== withoutNotes) return "period";
  return unit || withoutNotes !== rest || withoutShare !== withoutPeriods ? "unit" : null;
}

/** How many rows from the top are searched for the header row. */
const HEADER_SEARCH_ROWS = 100;

/** A row with every role is the header: no row below can have more, so the search stops there. */
const ALL_ROLES = REQUIRED_ROLES.length + 1;

/** How many columns with a role a row has, and how many different roles. */
export function roleCounts(texts: readonly unknown[]): { columns: number; roles: number } {
  const roles = new Set<HeaderRole>();
  let columns = 0;
  for (const cell of texts) {
    const role = readHeader(cell).role;
    if (role) {
      roles.add(role);
      columns++;
    }
  }
  return { columns, roles: roles.size };
}

/** The index of the row that looks most like the header (at least two known headers), or -1. */
export function findHeaderRow(values: readonly unknown[]): number {
  let best = -1;
  let bestCount = 1;
  const rows = Math.min(Array.isArray(values) ? values.length : 0, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const row: unknown = values[r];
    if (!Array.isArray(row)) continue;
    const { roles } = roleCounts(row);
    if (roles > bestCount) {
      best = r;
      bestCount = roles;
      if (roles === ALL_ROLES) break;
    }
  }
  return best;
}

/** A cell as a header text: text as it is, a number as its digits (a year), anything else empty. */
export function cellText(cell: unknown): string {
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
  return "";
}

/** True when the cell is a header's text to read (not empty, not only spaces). */
export const hasText = (cell: unknown): boolean => cellText(cell).trim() !== "";
