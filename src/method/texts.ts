import { NO_WORDS, YES_WORDS } from "./answers";
import { ACCEPTED_HEADERS, REQUIRED_ROLES, type HeaderRole } from "./headers";
import {
  CRITERIA,
  type Criterion,
  type Language,
  type ProblemCode,
  type Quadrant,
  type Segment,
} from "./types";

/** What a message may mention. */
export interface MessageParts {
  address: string;
  value?: string;
  /** The role of the column the problem is about. */
  column?: HeaderRole;
  /** The user's own header text of that column (e.g. "Omzet 2024"); messages name it instead of the role. */
  header?: string;
  client?: string;
  accepted?: string;
  other?: string;
  count?: number;
  setting?: string;
}

/** One of the four questions: the criterion's short name and the question itself. */
export interface Question {
  label: string;
  question: string;
}

/** The four questions of the method in Dutch and English: the one wording the pane, sheets and help use. */
export const QUESTIONS: Readonly<Record<Language, Record<Criterion, Question>>> = {
  nl: {
    marge: {
      label: "Marge",
      question: "Brengt deze klant genoeg op in verhouding tot de geïnvesteerde tijd en kosten?",
    },
    snelheid: { label: "Snelheid", question: "Beslist en betaalt deze klant snel?" },
    innovatie: {
      label: "Innovatie",
      question: "Staat deze klant ervoor open om nieuwe diensten of producten uit te proberen?",
    },
    netwerk: {
      label: "Netwerk",
      question: "Heeft deze klant een grote naam of een netwerk vol bedrijven uit uw doelgroep?",
    },
  },
  en: {
    marge: {
      label: "Margin",
      question: "Does this client bring in enough for the time and cost you invest?",
    },
    snelheid: { label: "Speed", question: "Does this client decide and pay quickly?" },
    innovatie: { label: "Innovation", question: "Is this client open to trying new services or products?" },
    netwerk: {
      label: "Network",
      question: "Does this client have a big name or a network full of companies in your target group?",
    },
  },
};

const criterionLabels = (language: Language) =>
  Object.fromEntries(CRITERIA.map((c) => [c, QUESTIONS[language][c].label])) as Record<Criterion, string>;

/** The name of each column role as the user reads it; the four criteria are named as in QUESTIONS. */
export const ROLE_LABELS: Readonly<Record<Language, Record<HeaderRole, string>>> = {
  nl: { name: "Klant", revenue: "Omzet", potential: "Potentieel", ...criterionLabels("nl") },
  en: { name: "Client", revenue: "Revenue", potential: "Potential", ...criterionLabels("en") },
};

/** The words a message fills in beside its parts, all in the message's language. */
interface Words {
  /** The column: the user's header text, or the role's name when there is no header cell. */
  column: string;
  /** The headers accepted for the column's role in this language, and in the other one. */
  headers: string;
  otherHeaders: string;
  /** One header per required column, as an example of a header row. */
  examples: string;
}

type Catalog = Record<ProblemCode, (p: MessageParts, w: Words) => string>;

/** The headers seen but not understood for a missing column (`value`), so the user knows what to rename. */
const seenNl = (p: MessageParts): string =>
  p.value ? ` Gezien: ${p.value} — niet herkend; geef die kolom een van de toegelaten kopteksten.` : "";
const seenEn = (p: MessageParts): string =>
  p.value ? ` Seen: ${p.value} — not recognised; give that column one of the accepted headers.` : "";

const NL: Catalog = {
  "no-header": (_, w) =>
    `Geen koprij gevonden. Zet boven de klanten een rij met de kolommen ${w.examples} (andere spellingen mogen, zie de handleiding).`,
  "missing-column": (p, w) =>
    `Kolom ${w.column} ontbreekt in de koprij (${p.address}).${seenNl(p)} Toegelaten kopteksten: ${w.headers} (of in het Engels: ${w.otherHeaders}).`,
  "missing-potential-column": (p, w) =>
    `Geen kolom ${w.column} gevonden in de koprij (${p.address}); potentieel telt als 0.${seenNl(p)} Toegelaten kopteksten: ${w.headers} (of in het Engels: ${w.otherHeaders}).`,
  "duplicate-column": (p, w) =>
    `${p.address}: tweede kolom ${w.column}; alleen de eerste (${p.other}) telt mee.`,
  "no-clients": (p) => `Onder de koprij (${p.address}) staan geen klanten.`,
  "missing-name": (p) =>
    `${p.address}: de klantnaam ontbreekt, maar de rij bevat wel gegevens. Vul de naam in.`,
  "duplicate-name": (p) => `${p.address}: ${p.client} staat er twee keer in (ook in ${p.other}).`,
  "similar-name": (p) =>
    `${p.address}: ${p.client} lijkt dezelfde klant als ${p.value} in ${p.other} (zelfde naam op hoofdletters, accenten, leestekens of rechtsvorm na). Voeg de rijen samen als het om één klant gaat.`,
  "total-row": (p) => `${p.address}: ${p.value} lijkt een totaalrij en wordt niet als klant meegeteld.`,
  "formula-row": (p) =>
    `${p.address}: de bedragen van deze rij zijn formules (${p.value}) en er zijn geen antwoorden; de rij lijkt een (sub)totaal en telt niet als klant. Is het een klant, vul dan de antwoorden in.`,
  "subtotal-formula": (p) =>
    `${p.address}: ${p.value} telt andere rijen van de kolom op; de rij lijkt een (sub)totaal en wordt niet als klant meegeteld.`,
  "total-formula-in-table": (p) =>
    `${p.address}: ${p.value} telt andere rijen van de kolom op, maar staat in de Excel-tabel ${p.other}, waar elke rij als klant telt. Haal de totaalrij uit de tabel (Tabelontwerp > Totaalrij toont een totaal onder de tabel) en klik opnieuw op Segmenteer.`,
  "units-row-in-table": (p) =>
    `${p.address}: de rij met ${p.value} lijkt een rij met eenheden, maar staat in de Excel-tabel ${p.other}, waar elke rij als klant telt. Zet de eenheid in de koptekst (bv. Omzet (€)) en verwijder de rij.`,
  "mixed-units": (p) =>
    `${p.address}: ${p.value} en ${p.other} staan in een andere eenheid. Zet alle omzetkolommen in dezelfde eenheid (bv. allemaal in k€), dan kan de add-in er het gemiddelde van nemen.`,
  "unit-missing": (p) =>
    `${p.other} staat in ${p.value}, maar ${p.header} (${p.address}) noemt geen eenheid. Zet de eenheid in de koptekst, bv. ${p.header} (${p.value}) of ${p.header} (€).`,
  "negative-revenue": (p, w) =>
    `${p.address}: ${p.value} is negatief (${w.column}), bv. door een creditnota. Het telt mee in het gemiddelde van ${p.client}, dat 0 of meer blijft.`,
  "negative-average": (p) =>
    `${p.address}: de gemiddelde omzet van ${p.client} is negatief (${p.value}). De omzet moet gemiddeld 0 of meer zijn; kijk de bedragen na.`,
  "date-amount": (p, w) =>
    `${p.address}: ${p.value} staat opgemaakt als datum (${w.column}) en wordt gelezen als het bedrag ${p.other}. Staat er een datum in de verkeerde kolom, verbeter de cel; is het een bedrag, geef de cel de opmaak Getal.`,
  "hidden-rows": (p) =>
    `${p.count === 1 ? "1 rij van de lijst is verborgen" : `${p.count} rijen van de lijst zijn verborgen`} (door een filter of met de hand) en ${p.count === 1 ? "telt" : "tellen"} toch mee in de segmentatie.`,
  "missing-revenue": (p) =>
    `${p.address}: geen omzet ingevuld voor ${p.client}. Vul minstens één omzetkolom in (een getal, 0 mag).`,
  "invalid-amount": (p, w) =>
    `${p.address}: ${p.value} is geen bedrag (${w.column}). Gebruik een getal zoals 12500, 12.500,50 of €\u00a012\u00a0500.`,
  "negative-amount": (p, w) =>
    `${p.address}: ${p.value} is negatief (${w.column}). Bedragen moeten 0 of meer zijn.`,
  "cell-error": (p, w) =>
    `${p.address} bevat de fout ${p.value} (${w.column}). Los de fout op of maak de cel leeg.`,
  "text-amount": (p, w) =>
    `${p.address}: het bedrag ${p.value} (${w.column}) staat als tekst, en de formules in het blad tellen tekst niet mee. Typ het als getal, of klik in het paneel op Zet tekstbedragen om naar getallen.`,
  "invalid-answer": (p, w) =>
    `${p.address}: ${p.value} is geen geldig antwoord bij ${w.column}. Toegelaten: ${p.accepted}.`,
  "empty-answer": (p, w) => `${p.address}: geen antwoord bij ${w.column} voor ${p.client}; telt als Nee.`,
  "invalid-setting": (p) => `Instelling ${p.setting}: ${p.value} is ongeldig. ${p.accepted}.`,
  "sheet-protected": (p) =>
    `Het blad ${p.other} is beveiligd, dus de add-in kan er geen kolommen toevoegen. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en klik opnieuw op Segmenteer.`,
  "table-headers-off": (p, w) =>
    `De tabel ${p.other} (${p.address}) heeft geen koprij. Zet in Excel Tabelontwerp > Veldnamenrij aan en geef de kolommen namen zoals ${w.examples}.`,
  "output-occupied": (p) =>
    `${p.address} bevat ${p.value}, maar daar hoort de kolom ${p.other} die de add-in toevoegt. De add-in overschrijft nooit uw gegevens: maak die cel leeg of verplaats wat er staat, en klik opnieuw op Segmenteer.`,
  "other-analysis": (p) =>
    `Deze werkmap segmenteert al de klantenlijst ${p.other}, en een werkmap heeft één segmentatie. Ga naar die lijst, verplaats de analyse naar deze lijst (${p.address}) of verwijder de analyse.`,
  "settings-sheet": (p) =>
    p.other
      ? `Dit blad bevat de instellingen van de segmentatie van ${p.other}. Ga naar die klantenlijst, of segmenteer ze van hieruit.`
      : `Dit blad bevat de instellingen van een segmentatie waarvan de klantenlijst niet meer bestaat. Open het blad met uw klantenlijst en klik daar op Segmenteer, of voeg een sjabloon in.`,
  "settings-sheet-taken": (p) =>
    `Deze werkmap heeft een eigen blad ${p.other} dat niet van de add-in is. De add-in bewaart haar instellingen op een blad met die naam en overschrijft uw blad niet: geef uw blad een andere naam (rechtsklik op de bladtab > Naam wijzigen) en klik opnieuw op Segmenteer.`,
  "unreadable-input": (p) =>
    `De tabel kon niet gelezen worden (${p.value}). Er is niets gesegmenteerd; geef de cellen door zoals Excel ze geeft.`,
  "too-many-problems": (p) =>
    `En nog ${p.count} meldingen die niet getoond worden. Los eerst de bovenstaande op.`,
};

const EN: Catalog = {
  "no-header": (_, w) =>
    `No header row found. Put a row with the columns ${w.examples} above the clients (other spellings are accepted, see the guide).`,
  "missing-column": (p, w) =>
    `Column ${w.column} is missing from the header row (${p.address}).${seenEn(p)} Accepted headers: ${w.headers} (or in Dutch: ${w.otherHeaders}).`,
  "missing-potential-column": (p, w) =>
    `No ${w.column} column found in the header row (${p.address}); potential counts as 0.${seenEn(p)} Accepted headers: ${w.headers} (or in Dutch: ${w.otherHeaders}).`,
  "duplicate-column": (p, w) =>
    `${p.address}: a second ${w.column} column; only the first (${p.other}) is used.`,
  "no-clients": (p) => `There are no clients below the header row (${p.address}).`,
  "missing-name": (p) => `${p.address}: the client name is missing but the row holds data. Fill in the name.`,
  "duplicate-name": (p) => `${p.address}: ${p.client} is listed twice (also in ${p.other}).`,
  "similar-name": (p) =>
    `${p.address}: ${p.client} looks like the same client as ${p.value} in ${p.other} (the same name apart from case, accents, punctuation or legal form). Merge the rows if they are one client.`,
  "total-row": (p) => `${p.address}: ${p.value} looks like a total row and is not counted as a client.`,
  "formula-row": (p) =>
    `${p.address}: this row's amounts are formulas (${p.value}) and it has no answers; it looks like a (sub)total and is not counted as a client. If it is a client, fill in the answers.`,
  "subtotal-formula": (p) =>
    `${p.address}: ${p.value} adds up other rows of its column; the row looks like a (sub)total and is not counted as a client.`,
  "total-formula-in-table": (p) =>
    `${p.address}: ${p.value} adds up other rows of its column, but it is in the Excel table ${p.other}, where every row counts as a client. Take the total row out of the table (Table Design > Total Row shows a total below the table) and click Run segmentation again.`,
  "units-row-in-table": (p) =>
    `${p.address}: the row with ${p.value} looks like a row of units, but it is in the Excel table ${p.other}, where every row counts as a client. Put the unit in the header (e.g. Revenue (€)) and delete the row.`,
  "mixed-units": (p) =>
    `${p.address}: ${p.value} and ${p.other} are in different units. Put all revenue columns in one unit (e.g. all in k€) so the add-in can average them.`,
  "unit-missing": (p) =>
    `${p.other} is in ${p.value}, but ${p.header} (${p.address}) names no unit. Put the unit in the header, e.g. ${p.header} (${p.value}) or ${p.header} (€).`,
  "negative-revenue": (p, w) =>
    `${p.address}: ${p.value} is negative (${w.column}), e.g. from a credit note. It counts in the average of ${p.client}, which stays 0 or more.`,
  "negative-average": (p) =>
    `${p.address}: the average revenue of ${p.client} is negative (${p.value}). Revenue must be 0 or more on average; check the amounts.`,
  "date-amount": (p, w) =>
    `${p.address}: ${p.value} is formatted as a date (${w.column}) and is read as the amount ${p.other}. If a date landed in the wrong column, correct the cell; if it is an amount, give the cell the Number format.`,
  "hidden-rows": (p) =>
    `${p.count === 1 ? "1 row of the list is hidden" : `${p.count} rows of the list are hidden`} (by a filter or by hand) and ${p.count === 1 ? "is" : "are"} still counted in the segmentation.`,
  "missing-revenue": (p) =>
    `${p.address}: no revenue filled in for ${p.client}. Fill in at least one revenue column (a number, 0 is fine).`,
  "invalid-amount": (p, w) =>
    `${p.address}: ${p.value} is not an amount (${w.column}). Use a number such as 12500, 12,500.50 or €\u00a012\u00a0500.`,
  "negative-amount": (p, w) =>
    `${p.address}: ${p.value} is negative (${w.column}). Amounts must be 0 or more.`,
  "cell-error": (p, w) =>
    `${p.address} holds the error ${p.value} (${w.column}). Fix the error or clear the cell.`,
  "text-amount": (p, w) =>
    `${p.address}: the amount ${p.value} (${w.column}) is stored as text, and the sheet's formulas do not count text. Type it as a number, or click Convert text amounts to numbers in the pane.`,
  "invalid-answer": (p, w) =>
    `${p.address}: ${p.value} is not a valid answer for ${w.column}. Accepted: ${p.accepted}.`,
  "empty-answer": (p, w) => `${p.address}: ${p.client} has no answer for ${w.column}; counts as No.`,
  "invalid-setting": (p) => `Setting ${p.setting}: ${p.value} is not valid. ${p.accepted}.`,
  "sheet-protected": (p) =>
    `The sheet ${p.other} is protected, so the add-in cannot add its columns. Unprotect it (Review > Unprotect Sheet) and click Run segmentation again.`,
  "table-headers-off": (p, w) =>
    `The table ${p.other} (${p.address}) has no header row. Turn on Table Design > Header Row and name the columns, e.g. ${w.examples}.`,
  "output-occupied": (p) =>
    `${p.address} holds ${p.value}, but that is where the add-in puts its ${p.other} column. The add-in never overwrites your data: clear that cell or move what is in it, then click Run segmentation again.`,
  "other-analysis": (p) =>
    `This workbook already segments the client list ${p.other}, and a workbook holds one segmentation. Go to that list, move the analysis to this list (${p.address}) or remove the analysis.`,
  "settings-sheet": (p) =>
    p.other
      ? `This sheet holds the settings of the segmentation of ${p.other}. Go to that client list, or segment it from here.`
      : `This sheet holds the settings of a segmentation whose client list no longer exists. Open the sheet with your client list and click Run segmentation there, or insert a template.`,
  "settings-sheet-taken": (p) =>
    `This workbook has a sheet of its own named ${p.other} that the add-in did not make. The add-in keeps its settings on a sheet of that name and never overwrites yours: rename your sheet (right-click its tab > Rename) and click Run segmentation again.`,
  "unreadable-input": (p) =>
    `The table could not be read (${p.value}). Nobody was segmented; pass the cells as Excel gives them.`,
  "too-many-problems": (p) => `And ${p.count} more messages that are not shown. Fix the ones above first.`,
};

const CATALOGS: Record<Language, Catalog> = { nl: NL, en: EN };

const OTHER_LANGUAGE: Record<Language, Language> = { nl: "en", en: "nl" };

/** The user-facing text of a problem in the given language. */
export function problemMessage(language: Language, code: ProblemCode, parts: MessageParts): string {
  const role = parts.column;
  const words: Words = {
    column: parts.header || (role ? ROLE_LABELS[language][role] : ""),
    headers: role ? ACCEPTED_HEADERS[language][role].join(", ") : "",
    otherHeaders: role ? ACCEPTED_HEADERS[OTHER_LANGUAGE[language]][role].join(", ") : "",
    examples: REQUIRED_ROLES.map((r) => ACCEPTED_HEADERS[language][r][0]).join(", "),
  };
  return CATALOGS[language][code](parts, words);
}

/**
 * The recommended approach per quadrant, as the article advises. The pane shows it after its own
 * "Aanpak:"/"Approach:", so the advice starts with what to do, never with a label of its own.
 */
export const QUADRANT_ADVICE: Readonly<Record<Language, Record<Quadrant, string>>> = {
  nl: {
    "top-right": "Bezoek deze klanten persoonlijk, plan vaste accountgesprekken en geef ze uw beste tijd.",
    "top-left": "Verbeter de marge en de betaaltermijnen, en maak afspraken over snelheid en kosten.",
    "bottom-right": "Ontwikkel deze klanten met gerichte voorstellen, zodat hun omzet groeit.",
    "bottom-left":
      "Bedien deze klanten via schaalbare kanalen, zoals een nieuwsbrief, webshop, telefoon of e-mail, in plaats van bezoeken.",
  },
  en: {
    "top-right":
      "Visit these clients face to face, plan regular account meetings and give them your best time.",
    "top-left": "Improve the margin and the payment terms, and agree on speed and cost.",
    "bottom-right": "Develop these clients with targeted offers so their revenue grows.",
    "bottom-left":
      "Serve these clients through scalable channels, such as a newsletter, web shop, phone or e-mail, instead of visits.",
  },
};

/** The recommended approach per segment; B's advice depends on the quadrant. */
export const SEGMENT_ADVICE: Readonly<Record<Language, Record<Segment, string>>> = {
  nl: {
    A: QUADRANT_ADVICE.nl["top-right"],
    B: "Verschilt per kwadrant: ontwikkel de kleine, veelbelovende klanten en verbeter marge en snelheid bij de grote, zwakke.",
    C: QUADRANT_ADVICE.nl["bottom-left"],
  },
  en: {
    A: QUADRANT_ADVICE.en["top-right"],
    B: "Depends on the quadrant: develop the small, promising clients and improve margin and speed with the big, weak ones.",
    C: QUADRANT_ADVICE.en["bottom-left"],
  },
};

const BOOLEAN_WORDS = new Set(["true", "false", "waar", "onwaar"]);

const show = (word: string): string =>
  word.length <= 1 || BOOLEAN_WORDS.has(word) ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1);

/** The accepted answers as a sentence for messages: which words mean yes, which mean no. */
export function acceptedAnswers(language: Language): string {
  const yes = YES_WORDS.map(show).join(", ");
  const no = NO_WORDS.map(show).join(", ");
  return language === "nl"
    ? `${yes} (ja) of ${no} (nee); hoofdletters en spaties eromheen maken niet uit, leeg telt als Nee`
    : `${yes} (yes) or ${no} (no); case and surrounding spaces do not matter, empty counts as No`;
}
