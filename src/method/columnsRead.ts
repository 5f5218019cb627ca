import { cellAddress } from "./addresses";
import type { HeaderRole } from "./headers";
import { headerShapeOf } from "./headerShapes";
import { ROLE_LABELS } from "./texts";
import { EURO, MILLION_EURO, THOUSAND_EURO } from "./units";
import { CRITERIA, type Columns, type Language, type Origin, type SkipReason } from "./types";

/** How one role's columns were read, or one column left out, as the outcome and the pane list it. */
export interface ColumnRead {
  /** The role the columns were read as, or "skipped" for a column whose header speaks of amounts but that is left out. */
  role: HeaderRole | "skipped";
  /** The role's name in the user's language ("Omzet"), or "Niet meegeteld"/"Not counted". */
  label: string;
  /** The header cells, e.g. ["Klanten!B2", "Klanten!C2"]; empty for a column that was not found. */
  cells: string[];
  /** The user's header texts, in the order of `cells` ("Omzet 2023" under a merged "Omzet"). */
  headers: string[];
  /** What else to know ("gemiddelde van 3 kolommen, in k€", "telt niet mee: aandeel in %"), "" when nothing. */
  note: string;
}

interface Words {
  skippedLabel: string;
  average: (count: number) => string;
  inUnit: (symbol: string) => string;
  convertedTo: (symbol: string) => string;
  notFound: string;
  potentialNotFound: string;
  skip: Record<SkipReason, string>;
}

const WORDS: Readonly<Record<Language, Words>> = {
  nl: {
    skippedLabel: "Niet meegeteld",
    average: (count) => `gemiddelde van ${count} kolommen`,
    inUnit: (symbol) => `in ${symbol}`,
    convertedTo: (symbol) => `omgerekend naar ${symbol}`,
    notFound: "niet gevonden",
    potentialNotFound: "niet gevonden, telt als 0",
    skip: {
      share: "telt niet mee: een aandeel in %",
      growth: "telt niet mee: een groei of verschil",
      count: "telt niet mee: een aantal",
      date: "telt niet mee: een datum",
      total: "telt niet mee: het totaal of gemiddelde van de omzetkolommen",
      unclear: "niet herkend: noemt een bedrag, maar is geen omzet of potentieel die de add-in kent",
      currency: "telt niet mee: in een andere munt dan de euro",
    },
  },
  en: {
    skippedLabel: "Not counted",
    average: (count) => `average of ${count} columns`,
    inUnit: (symbol) => `in ${symbol}`,
    convertedTo: (symbol) => `converted to ${symbol}`,
    notFound: "not found",
    potentialNotFound: "not found, counts as 0",
    skip: {
      share: "not counted: a share in %",
      growth: "not counted: growth or a difference",
      count: "not counted: a count",
      date: "not counted: a date",
      total: "not counted: the total or average of the revenue columns",
      unclear: "not recognised: mentions an amount, but is no revenue or potential the add-in knows",
      currency: "not counted: in a currency other than the euro",
    },
  },
};

const ROLES: readonly HeaderRole[] = ["name", "revenue", "potential", ...CRITERIA];

function columnsOf(columns: Columns, role: HeaderRole): number[] {
  if (role === "name") return columns.name >= 0 ? [columns.name] : [];
  if (role === "revenue") return columns.revenue;
  if (role === "potential") return columns.potential >= 0 ? [columns.potential] : [];
  return columns.criteria[role] >= 0 ? [columns.criteria[role]] : [];
}

/** The note of amount columns: how many are averaged, and the unit they are read in when not euros. */
function amountNote(columns: Columns, role: HeaderRole, found: readonly number[], words: Words): string {
  if (role !== "revenue" && role !== "potential") return "";
  const parts: string[] = [];
  if (found.length > 1) parts.push(words.average(found.length));
  const scale = columns.scale[found[0]] ?? 1;
  const factor = scale * columns.unit.factor;
  const own = [EURO, THOUSAND_EURO, MILLION_EURO].find((u) => u.factor === factor);
  if (own && own.factor !== EURO.factor) parts.push(words.inUnit(own.symbol));
  if (scale !== 1) parts.push(words.convertedTo(columns.unit.symbol));
  return parts.join(", ");
}

/**
 * Which columns were read as what: per role the header cells and texts with a note, then every column
 * left out with why; a role not found is listed with no cells. Empty when no header was found.
 */
export function columnsRead(
  values: readonly unknown[],
  columns: Columns,
  origin: Origin,
  language: Language,
): ColumnRead[] {
  if (columns.headerRow < 0) return [];
  const words = WORDS[language];
  const shape = headerShapeOf(values, columns.headerTop, columns.headerRow);
  const cell = (c: number) => cellAddress(origin, shape.textRows[c] ?? columns.headerRow, c);
  const text = (c: number) => (shape.texts[c] ?? "").replace(/\s+/g, " ").trim();
  const read: ColumnRead[] = ROLES.flatMap((role) => {
    const found = columnsOf(columns, role);
    const note =
      found.length > 0
        ? amountNote(columns, role, found, words)
        : role === "potential"
          ? words.potentialNotFound
          : words.notFound;
    return [
      { role, label: ROLE_LABELS[language][role], cells: found.map(cell), headers: found.map(text), note },
    ];
  });
  for (const { column, reason } of columns.skipped) {
    read.push({
      role: "skipped",
      label: words.skippedLabel,
      cells: [cell(column)],
      headers: [text(column)],
      note: words.skip[reason],
    });
  }
  return read;
}
