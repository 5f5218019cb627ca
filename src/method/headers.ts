import { normalizeHeader } from "./normalize";
import { CRITERIA, type Cell, type Criterion, type Language } from "./types";

/** What a header cell stands for. */
export type HeaderRole = "name" | "revenue" | "potential" | Criterion;

/** The required roles, in the order their columns usually appear. */
export const REQUIRED_ROLES: readonly HeaderRole[] = ["name", "revenue", ...CRITERIA];

const YEAR = "(?:(?:19|20)\\d{2}|fy\\d{2,4})";
const UNIT = "(?:eur|euro|exclbtw|exbtw)?";

const PATTERNS: ReadonlyArray<readonly [HeaderRole, RegExp]> = [
  [
    "name",
    /^(?:klant|klantnaam|naam|bedrijf|bedrijfsnaam|client|clientnaam|clientname|customer|customername|company|companyname|account|accountname|name)$/,
  ],
  [
    "revenue",
    new RegExp(
      `^${YEAR}?(?:jaar|annual|yearly)?(?:omzet|revenue|turnover|sales)${YEAR}?${UNIT}$|^(?:annual|yearly)(?:revenue|turnover|sales)${UNIT}$`,
    ),
  ],
  [
    "potential",
    new RegExp(
      `^(?:potentieel|potentiele|potentieleomzet|potentieelomzet|omzetpotentieel|extraomzet|bijkomendeomzet|potential|potentialrevenue|potentialsales|additionalrevenue|extrarevenue)${UNIT}$`,
    ),
  ],
  ["marge", /^\d*(?:marge|margin|winstmarge)(?:janee|yesno)?$/],
  ["snelheid", /^\d*(?:snelheid|speed)(?:janee|yesno)?$/],
  ["innovatie", /^\d*(?:innovatie|innovation)(?:janee|yesno)?$/],
  ["netwerk", /^\d*(?:netwerk|network)(?:janee|yesno)?$/],
];

/** Header texts accepted for each role, as messages list them per language; either language is read. */
export const ACCEPTED_HEADERS: Readonly<Record<Language, Record<HeaderRole, readonly string[]>>> = {
  nl: {
    name: ["Klant", "Klantnaam", "Naam", "Bedrijf", "Cliënt"],
    revenue: ["Omzet", "Jaaromzet", "Omzet 2024"],
    potential: ["Potentieel", "Potentiële omzet", "Extra omzet"],
    marge: ["Marge"],
    snelheid: ["Snelheid"],
    innovatie: ["Innovatie"],
    netwerk: ["Netwerk"],
  },
  en: {
    name: ["Client", "Customer", "Company", "Account"],
    revenue: ["Revenue", "Annual revenue", "Revenue 2024", "Turnover", "Sales"],
    potential: ["Potential", "Potential revenue"],
    marge: ["Margin"],
    snelheid: ["Speed"],
    innovatie: ["Innovation"],
    netwerk: ["Network"],
  },
};

/** The user's text of a header cell as messages quote it (trimmed). */
export function headerText(cell: Cell): string {
  return String(cell).trim();
}

/** The role a header cell stands for, or null when it is not one of ours. */
export function headerRole(cell: Cell): HeaderRole | null {
  if (typeof cell !== "string") return null;
  const key = normalizeHeader(cell);
  if (key === "") return null;
  for (const [role, pattern] of PATTERNS) if (pattern.test(key)) return role;
  return null;
}

/** How many rows from the top are searched for the header row. */
const HEADER_SEARCH_ROWS = 100;

/** The index of the row that looks most like the header (at least two known headers), or -1. */
export function findHeaderRow(values: readonly (readonly Cell[])[]): number {
  let best = -1;
  let bestCount = 1;
  const rows = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const roles = new Set<HeaderRole>();
    for (const cell of values[r]) {
      const role = headerRole(cell);
      if (role) roles.add(role);
    }
    if (roles.size > bestCount) {
      best = r;
      bestCount = roles.size;
    }
  }
  return best;
}
