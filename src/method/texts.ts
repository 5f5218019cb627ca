import type { HeaderRole } from "./headers";
import type { Language, ProblemCode, Quadrant, Segment } from "./types";

/** What a message may mention. */
export interface MessageParts {
  address: string;
  value?: string;
  column?: HeaderRole;
  client?: string;
  accepted?: string;
  other?: string;
  count?: number;
  setting?: string;
}

/** The name of each column role as the user reads it. */
export const ROLE_LABELS: Readonly<Record<Language, Record<HeaderRole, string>>> = {
  nl: {
    name: "Klant",
    revenue: "Omzet",
    potential: "Potentieel",
    marge: "Marge",
    snelheid: "Snelheid",
    innovatie: "Innovatie",
    netwerk: "Netwerk",
  },
  en: {
    name: "Client",
    revenue: "Revenue",
    potential: "Potential",
    marge: "Margin",
    snelheid: "Speed",
    innovatie: "Innovation",
    netwerk: "Network",
  },
};

type Catalog = Record<ProblemCode, (p: MessageParts, column: string) => string>;

const NL: Catalog = {
  "no-header": (p) =>
    `Geen koprij gevonden. Zet boven de klanten een rij met de kolommen ${p.accepted} (andere spellingen mogen, zie de handleiding).`,
  "missing-column": (p, c) =>
    `Kolom ${c} ontbreekt in de koprij (${p.address}). Toegelaten kopteksten: ${p.accepted}.`,
  "missing-potential-column": (p) =>
    `Geen kolom Potentieel gevonden in de koprij (${p.address}); potentieel telt als 0. Toegelaten kopteksten: ${p.accepted}.`,
  "duplicate-column": (p, c) => `${p.address}: tweede kolom ${c}; alleen de eerste (${p.other}) telt mee.`,
  "no-clients": (p) => `Onder de koprij (${p.address}) staan geen klanten.`,
  "missing-name": (p) =>
    `${p.address}: de klantnaam ontbreekt, maar de rij bevat wel gegevens. Vul de naam in.`,
  "duplicate-name": (p) => `${p.address}: ${p.client} staat er twee keer in (ook in ${p.other}).`,
  "total-row": (p) => `${p.address}: ${p.value} lijkt een totaalrij en wordt niet als klant meegeteld.`,
  "missing-revenue": (p) =>
    `${p.address}: geen omzet ingevuld voor ${p.client}. Vul minstens één omzetkolom in (een getal, 0 mag).`,
  "invalid-amount": (p, c) =>
    `${p.address}: ${p.value} is geen bedrag (${c}). Gebruik een getal zoals 12500, 12.500,50 of € 12 500.`,
  "negative-amount": (p, c) => `${p.address}: ${p.value} is negatief (${c}). Bedragen moeten 0 of meer zijn.`,
  "cell-error": (p, c) => `${p.address} bevat de fout ${p.value} (${c}). Los de fout op of maak de cel leeg.`,
  "text-amount": (p, c) =>
    `${p.address}: het bedrag ${p.value} (${c}) staat als tekst. De add-in leest het, maar de formules in de werkmap tellen tekst niet mee: typ het als getal.`,
  "invalid-answer": (p, c) =>
    `${p.address}: ${p.value} is geen geldig antwoord bij ${c}. Toegelaten: ${p.accepted}.`,
  "empty-answer": (p, c) => `${p.address}: geen antwoord bij ${c} voor ${p.client}; telt als Nee.`,
  "invalid-setting": (p) => `Instelling ${p.setting}: ${p.value} is ongeldig. ${p.accepted}.`,
  "sheet-protected": (p) =>
    `Het blad ${p.other} is beveiligd, dus de add-in kan er geen kolommen toevoegen. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en klik opnieuw op Segmenteer.`,
  "table-headers-off": (p) =>
    `De tabel ${p.other} (${p.address}) heeft geen koprij. Zet in Excel Tabelontwerp > Koprij aan en geef de kolommen namen zoals ${p.accepted}.`,
  "output-occupied": (p) =>
    `${p.address} bevat ${p.value}, maar daar hoort de kolom ${p.other} die de add-in toevoegt. De add-in overschrijft nooit uw gegevens: maak die cel leeg of verplaats wat er staat, en klik opnieuw op Segmenteer.`,
  "other-analysis": (p) =>
    `Deze werkmap segmenteert al de tabel ${p.other}. Eén segmentatie per werkmap: verwijder het blad ABC-instellingen om ${p.address} te segmenteren, of segmenteer in een kopie van de werkmap.`,
  "too-many-problems": (p) =>
    `En nog ${p.count} meldingen die niet getoond worden. Los eerst de bovenstaande op.`,
};

const EN: Catalog = {
  "no-header": (p) =>
    `No header row found. Put a row with the columns ${p.accepted} above the clients (other spellings are accepted, see the guide).`,
  "missing-column": (p, c) =>
    `Column ${c} is missing from the header row (${p.address}). Accepted headers: ${p.accepted}.`,
  "missing-potential-column": (p) =>
    `No Potential column found in the header row (${p.address}); potential counts as 0. Accepted headers: ${p.accepted}.`,
  "duplicate-column": (p, c) => `${p.address}: a second ${c} column; only the first (${p.other}) is used.`,
  "no-clients": (p) => `There are no clients below the header row (${p.address}).`,
  "missing-name": (p) => `${p.address}: the client name is missing but the row holds data. Fill in the name.`,
  "duplicate-name": (p) => `${p.address}: ${p.client} is listed twice (also in ${p.other}).`,
  "total-row": (p) => `${p.address}: ${p.value} looks like a total row and is not counted as a client.`,
  "missing-revenue": (p) =>
    `${p.address}: no revenue filled in for ${p.client}. Fill in at least one revenue column (a number, 0 is fine).`,
  "invalid-amount": (p, c) =>
    `${p.address}: ${p.value} is not an amount (${c}). Use a number such as 12500, 12,500.50 or € 12 500.`,
  "negative-amount": (p, c) => `${p.address}: ${p.value} is negative (${c}). Amounts must be 0 or more.`,
  "cell-error": (p, c) => `${p.address} holds the error ${p.value} (${c}). Fix the error or clear the cell.`,
  "text-amount": (p, c) =>
    `${p.address}: the amount ${p.value} (${c}) is stored as text. The add-in reads it, but the workbook's formulas skip text: type it as a number.`,
  "invalid-answer": (p, c) =>
    `${p.address}: ${p.value} is not a valid answer for ${c}. Accepted: ${p.accepted}.`,
  "empty-answer": (p, c) => `${p.address}: no answer for ${c} for ${p.client}; counts as No.`,
  "invalid-setting": (p) => `Setting ${p.setting}: ${p.value} is not valid. ${p.accepted}.`,
  "sheet-protected": (p) =>
    `The sheet ${p.other} is protected, so the add-in cannot add its columns. Unprotect it (Review > Unprotect Sheet) and click Segment again.`,
  "table-headers-off": (p) =>
    `The table ${p.other} (${p.address}) has no header row. Turn on Table Design > Header Row and name the columns, e.g. ${p.accepted}.`,
  "output-occupied": (p) =>
    `${p.address} holds ${p.value}, but that is where the add-in puts its ${p.other} column. The add-in never overwrites your data: clear that cell or move what is in it, then click Segment again.`,
  "other-analysis": (p) =>
    `This workbook already segments the table ${p.other}. One segmentation per workbook: delete the sheet ABC-instellingen to segment ${p.address}, or segment in a copy of the workbook.`,
  "too-many-problems": (p) => `And ${p.count} more messages that are not shown. Fix the ones above first.`,
};

const CATALOGS: Record<Language, Catalog> = { nl: NL, en: EN };

/** The user-facing text of a problem in the given language. */
export function problemMessage(language: Language, code: ProblemCode, parts: MessageParts): string {
  const column = parts.column ? ROLE_LABELS[language][parts.column] : "";
  return CATALOGS[language][code](parts, column);
}

/** The recommended approach per quadrant, as the article advises. */
export const QUADRANT_ADVICE: Readonly<Record<Language, Record<Quadrant, string>>> = {
  nl: {
    "top-right":
      "Persoonlijke aanpak: bezoek deze klanten face-to-face, plan vaste accountgesprekken en geef ze uw beste tijd.",
    "top-left":
      "Grote omzet, zwak profiel: verbeter de marge en de betaaltermijnen en maak afspraken over snelheid en kosten.",
    "bottom-right":
      "Klein maar veelbelovend: ontwikkel deze klanten met gerichte voorstellen zodat hun omzet groeit.",
    "bottom-left":
      "Schaalbare kanalen: bedien deze klanten via nieuwsbrief, webshop, telefoon of e-mail in plaats van bezoeken.",
  },
  en: {
    "top-right":
      "Personal approach: visit these clients face to face, plan regular account meetings and give them your best time.",
    "top-left": "Big revenue, weak profile: improve margin and payment terms and agree on speed and cost.",
    "bottom-right": "Small but promising: develop these clients with targeted offers so their revenue grows.",
    "bottom-left":
      "Scalable channels: serve these clients through newsletter, web shop, phone or e-mail instead of visits.",
  },
};

/** The recommended approach per segment; B's advice depends on the quadrant. */
export const SEGMENT_ADVICE: Readonly<Record<Language, Record<Segment, string>>> = {
  nl: {
    A: QUADRANT_ADVICE.nl["top-right"],
    B: "Per kwadrant: ontwikkel de kleine veelbelovende klanten; verbeter marge en snelheid bij de grote zwakke.",
    C: QUADRANT_ADVICE.nl["bottom-left"],
  },
  en: {
    A: QUADRANT_ADVICE.en["top-right"],
    B: "Per quadrant: develop the small promising clients; improve margin and speed with the big weak ones.",
    C: QUADRANT_ADVICE.en["bottom-left"],
  },
};
