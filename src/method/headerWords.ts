/**
 * The words of client-list headers, on text as `plainText` leaves it (lower case, no accents). Kept
 * apart from headers.ts, which reads a header with them, so the vocabulary can be read at a glance.
 */

/** Years and periods that may decorate an amount header: 2025, FY24, '24, 2024-2025, 24/25, vorig jaar, N-1, laatste 12 maanden, LTM, YTD. */
export const PERIOD = new RegExp(
  [
    "(?<![0-9])(?:fy|bj|boekjaar|jaar|year|annee|exercice)?\\s?['’]?(?:19|20)\\d{2}(?:\\s?[-–/]\\s?['’]?(?:19|20)?\\d{2})?(?![0-9])",
    "(?<![a-z0-9])fy\\s?['’]?\\d{2}(?![0-9])",
    "['’]\\d{2}(?![0-9])",
    "(?<![0-9])\\d{2}\\s?[-/]\\s?\\d{2}(?![0-9])",
    "\\b(?:vorige?|dit|huidige?|lopende?|volgende?|afgelopen|laatste)\\s?(?:boek)?jaar\\b",
    "\\b(?:last|previous|prior|current|this|next|past)\\s(?:fiscal\\s|financial\\s)?year\\b",
    "\\bannee\\s(?:precedente|en\\scours|derniere|suivante)\\b",
    "\\ban\\sdernier\\b",
    "\\bn\\s?[-+]\\s?\\d\\b",
    "\\b(?:laatste|afgelopen|voorbije|last|past|trailing|rolling)\\s?12\\s?(?:maanden|mnd|months?|mois|m)\\b",
    "\\b12\\sderniers\\smois\\b",
    "\\b(?:ltm|ttm|ytd|r12m?|l12m)\\b",
  ].join("|"),
  "g",
);

/** A yes/no note after a question's header: (Ja/Nee), J/N, yes/no, oui/non, 0/1. */
export const ANSWER_NOTE =
  /\b(?:ja|j|yes|y|oui|o|waar|true)\s?[/|-]\s?(?:nee|n|no|non|onwaar|false)\b|\bjanee\b|\byesno\b|\b[01]\s?\/\s?[01]\b/g;

/** A per cent sign or word: the column holds shares, not amounts. */
export const PERCENT = /%|\bpct\b|\bper\s?cent\b|\bpercent(?:age)?\b|\bprocent\b|\bpourcent(?:age)?\b/;

/** A per cent after a number ("Marge > 20%"): a question's threshold, not a column of shares. */
export const THRESHOLD_PERCENT = /\d\s?%/g;

/** Words of a share of revenue: "Aandeel", "Share of revenue", "Part du CA". */
export const SHARE = /aandeel|\bshares?\b|\bpart\s(?:du|de|des|d)\b|proportie|\bratio\b/;

/** Words of growth or a difference; growth potential ("Groeipotentieel", "potentiel de croissance") is not one. */
export const GROWTH =
  /groei(?!potentie|kans|mogelijk)|\bgrowth\b(?!\s?potential)|\bevolu|(?<!potentiel de )croissance|\bdelta\b|δ|verschil|\bdiff|\bvariance\b|\bvariatie\b|\bvs\b|\bversus\b|\bt\.?\s?o\.?\s?v\b|tegenover|toename|stijging|daling|\bchange\b|\byoy\b|\by\/y\b|\+\/-|\becart\b/;

/** Words of a count: "Aantal facturen", "# orders", "Number of invoices". */
export const COUNT =
  /aantal|#|\bnumber\b|\bnombre\b|\bnb\b|\bcount\b|\bqty\b|\bquantity\b|hoeveelheid|\bno\.?\s?of\b|\bstuks\b/;

/** Words of a date: "Datum laatste factuur", "Omzetdatum", "Last order date". */
export const DATE = /datum|\bdates?\b|\bdag\b|\bday\b|\bjour\b|\bsinds\b|\bsince\b|\bwanneer\b|\bwhen\b/;

/** Words of a forecast or target: such a revenue column is a plan, not revenue (a potential may be one). */
export const FORECAST =
  /prognose|forecast|budget|target|\bdoel|verwacht|expected|geschat|estimat|gepland|planned|objectif|prevision/;

/** Words that show a header speaks of amounts, so a share, growth, count or date column beside them is named as left out. */
export const AMOUNT_MENTION =
  /omzet|revenue|turnover|\bsales\b|potenti|chiffre|\bca\b|\bc\.a\b|ventes?\b|factu|invoice|bedrag|amount|montant|verko/;

/** Words of revenue or potential: a header with one that is read as nothing is listed as not recognised ("Omzet laatste kwartaal"). */
export const REVENUE_MENTION = /omzet|revenue|turnover|\bsales\b|potenti|chiffre|\bca\b|\bc\.a\b|umsatz/;

/** Words of a person, stage or status beside a revenue word ("Sales rep", "Sales stage"): no amount, nothing to report. */
export const NOT_AN_AMOUNT =
  /\b(?:rep|reps|owner|manager|person|persoon|verantwoordelijke|contact|contactpersoon|team|kanaal|channel|stage|fase|status)\b/;

/** Words that make a revenue header a total or average of the others: "Totaal omzet", "Gemiddelde omzet". */
export const AGGREGATE = /totaa?l|totale|\bsom\b|\bsum\b|globa|overall|gemiddel|average|\bavg\b|moyen|cumul/;

/** Words that may stand around any header without changing it. */
export const FILLERS: ReadonlySet<string> = new Set([
  "van",
  "de",
  "het",
  "der",
  "du",
  "des",
  "d",
  "l",
  "la",
  "le",
  "the",
  "of",
  "in",
  "en",
  "per",
  "voor",
  "for",
  "pour",
  "par",
]);

/** Words that may qualify an amount header without changing what it is: Netto, excl. btw, per klant, gemiddeld. */
export const AMOUNT_QUALIFIERS: ReadonlySet<string> = new Set([
  ..."netto net bruto gross excl exclusief exclusive excluding ex incl inclusief inclusive including zonder met hors sans avec".split(
    " ",
  ),
  ..."btw vat tva htva ht ttc tax taxes jaar jaarlijks jaarlijkse annual annuel annuelle yearly year annee an pj p j".split(
    " ",
  ),
  ..."gefactureerd gefactureerde invoiced billed facture factures actual werkelijk werkelijke gerealiseerd gerealiseerde realised realized realise".split(
    " ",
  ),
  ..."totaal totale total tot globaal overall gemiddeld gemiddelde gem average avg moyen moyenne cumul cumulatief".split(
    " ",
  ),
  ..."klant klanten client clients customer bedrag amount montant".split(" "),
  // "Som van Omzet" and "Sum of Revenue" are a pivot table's value headers; "N" is the current year ("CA N").
  ..."som sum n".split(" "),
]);

/** Words that may qualify a question's header: "Goede marge?", "Marge OK". */
export const QUESTION_QUALIFIERS: ReadonlySet<string> = new Set(
  "goed goede good hoog hoge high voldoende ok okay sufficient bon bonne".split(" "),
);

/** A header's leading number or label ("1.", "Q2", "Vraag 3:"), as lists number their questions. */
export const NUMBERING =
  /^(?:vraag|question|criterium|criterion|critere|q|v)?\s?\d{1,2}\s?[.):-]?\s?(?=[a-z])/;

const REVENUE_WORD =
  "(?:(?:verkoop)?omzet(?:cijfer|bedrag)?|revenues?|turnover|sales|ca|chiffred?affaires|ventes?|verkopen|verkoop|facturatie|facturering|gefactureerde?(?:bedrag)?|invoiced(?:amount)?|billed|umsatz)";
const EXTRA_WORD =
  "(?:extra|bijkomende?|additione(?:le|el)|additional|additionnel(?:le)?|supplementaire|aanvullende?|meer)";
const AROUND_POTENTIAL = `(?:${EXTRA_WORD}|groei|growth|croissance|verwachte?|geschat(?:te)?|expected|estimated)`;
const POTENTIAL_WORD = "(?:potentie(?:el|le)|potentials?|potentiels?|upsell|crosssell)";

/** The core of a revenue header once units, years and qualifiers are off: "omzet", "jaaromzet", "chiffreaffaires". */
export const REVENUE_CORE = new RegExp(
  `^(?:jaar|annual|netto|bruto|net|gross|klant|totaal|totale)?${REVENUE_WORD}$`,
);

/** The core of a potential header: a potential word with revenue or extra words around it, or extra and revenue ("Extra omzet", "CA additionnel"). */
export const POTENTIAL_CORE = new RegExp(
  `^(?:${AROUND_POTENTIAL}|${REVENUE_WORD})*${POTENTIAL_WORD}+(?:${AROUND_POTENTIAL}|${REVENUE_WORD})*$|^${EXTRA_WORD}+${REVENUE_WORD}$|^${REVENUE_WORD}${EXTRA_WORD}+$`,
);

/** Name headers that name the client or company itself. */
export const NAME_CORES: ReadonlySet<string> = new Set(
  [
    "klant klanten klantnaam klantennaam naamklant bedrijf bedrijven bedrijfsnaam naambedrijf firma firmanaam",
    "onderneming ondernemingsnaam naamonderneming organisatie organisatienaam organisation organization",
    "organisationname organizationname relatie relaties relatienaam naamrelatie debiteur debiteuren debiteurnaam",
    "debiteurennaam naamdebiteur client clients clientnaam clientname nomclient customer customers customername",
    "company companies companyname account accounts accountname societe nomsociete raisonsociale entreprise",
    "nomentreprise",
  ]
    .join(" ")
    .split(" "),
);

/** Name headers so general they may name a contact person ("Naam"): a specific one beside them wins. */
export const WEAK_NAME_CORES: ReadonlySet<string> = new Set(["naam", "name", "nom"]);

/** The cores of the four questions' headers. */
export const QUESTION_CORES: ReadonlyMap<string, "marge" | "snelheid" | "innovatie" | "netwerk"> = new Map([
  ...["marge", "marges", "margin", "margins", "winstmarge"].map((w) => [w, "marge"] as const),
  ...["snelheid", "speed", "snel", "rapidite", "vitesse"].map((w) => [w, "snelheid"] as const),
  ...["innovatie", "innovation", "innovatief", "innovative", "innovant", "innovante"].map(
    (w) => [w, "innovatie"] as const,
  ),
  ...["netwerk", "network", "netwerken", "networking", "reseau"].map((w) => [w, "netwerk"] as const),
]);
