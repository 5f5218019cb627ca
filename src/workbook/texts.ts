import type { ChartHelperText } from "./chartHelpers";
import { CRITERIA, type Criterion, type Language, QUESTIONS, type Segment } from "../method";

const perCriterion = (text: (criterion: Criterion) => string) =>
  Object.fromEntries(CRITERIA.map((c) => [c, text(c)])) as Record<Criterion, string>;

/** Every text on the settings sheet. */
export interface SettingsText {
  title: string;
  intro: string;
  table: string;
  stamp: string;
  revenueSection: string;
  method: string;
  methodNote: string;
  topPercent: string;
  topPercentNote: string;
  fixedAmount: string;
  fixedAmountNote: string;
  /** The fixed amount's label when the table's amounts are in thousands or millions (`unit` is k€ or M€). */
  fixedAmountIn: (unit: string) => string;
  /** Added to the fixed amount's note then: the amount is in the table's unit. */
  unitNote: (unit: string) => string;
  revenueThreshold: string;
  revenueThresholdNote: string;
  topN: string;
  topNNote: string;
  topCut: string;
  topCutNote: string;
  selectedCount: string;
  questionSection: string;
  scoreThreshold: string;
  scoreThresholdNote: string;
  weight: Record<Criterion, string>;
  question: Record<Criterion, string>;
  maxScore: string;
  chartSection: string;
  labels: string;
  labelsNote: string;
  yesWords: string;
  yesWordsNote: string;
  noWords: string;
  totalWords: string;
  totalWordsNote: string;
  /** The list of labels that start a total row's name, and its note. */
  totalStarts: string;
  totalStartsNote: string;
  /** The list of labels that end a total row's name, and its note. */
  totalEnds: string;
  totalEndsNote: string;
  /** The header above the applied values, beside the inputs. */
  applied: string;
  /** What opens the message beside an input the rules reject. */
  invalid: string;
  /** What applies while an input is invalid, one sentence each, without a closing full stop. */
  fallback: Record<
    "revenueMethod" | "topPercent" | "amount" | "scoreThreshold" | "weight" | "topN" | "labels",
    string
  >;
  chartHelpers: ChartHelperText;
}

/** The settings sheet's texts in Dutch and English. */
export const SETTINGS_TEXT: Readonly<Record<Language, SettingsText>> = {
  nl: {
    title: "ABC-klantsegmentatie: instellingen",
    intro:
      "Pas de gele cellen aan; de segmenten, de drempels en de grafiek rekenen meteen mee, ook zonder de add-in.",
    table: "Geanalyseerde tabel",
    stamp: "Laatst gesegmenteerd",
    revenueSection: "Omzet (Y-as): jaaromzet + potentieel",
    method: "Methode omzetdrempel",
    methodNote:
      "mediaan: de helft van de klanten telt als groot; top %: de grootste X %; vast bedrag: vanaf een bedrag.",
    topPercent: "Top % (bij methode top %)",
    topPercentNote: "Bv. 20: de grootste 20% van de klanten telt als groot.",
    fixedAmount: "Vast bedrag (bij methode vast bedrag)",
    fixedAmountNote: "Jaaromzet + potentieel vanaf dit bedrag telt als groot.",
    fixedAmountIn: (unit) => `Vast bedrag in ${unit} (bij methode vast bedrag)`,
    unitNote: (unit) => `Het bedrag staat in ${unit}, zoals de kopteksten van de tabel.`,
    revenueThreshold: "Omzetdrempel (berekend)",
    revenueThresholdNote: "Wie dit bedrag haalt, staat boven in de matrix (A of B).",
    topN: "Top N (leeg = alle klanten)",
    topNNote: "De methode gaat uit van uw 20 grootste klanten; de andere krijgen een –.",
    topCut: "Kleinste totaal in de top N (berekend)",
    topCutNote: "Klanten vanaf dit totaal worden gesegmenteerd.",
    selectedCount: "Aantal gesegmenteerde klanten",
    questionSection: "Vragen (X-as): elke Ja schuift de klant een stap naar rechts",
    scoreThreshold: "Scoredrempel (minstens)",
    scoreThresholdNote:
      "Score = som van de gewichten van de vragen met Ja; vanaf deze score staat de klant rechts (A of B).",
    weight: perCriterion((c) => `Gewicht ${QUESTIONS.nl[c].label}`),
    question: perCriterion((c) => QUESTIONS.nl[c].question),
    maxScore: "Hoogste score (berekend)",
    chartSection: "Grafiek",
    labels: "Aantal klantnamen in de grafiek",
    labelsNote:
      "Eerst de A-klanten, dan de grootste andere; een naam die nergens past, blijft weg. Geldt vanaf de volgende klik op Segmenteer.",
    yesWords: "Woorden die als Ja tellen",
    yesWordsNote:
      "Hoofd- of kleine letters maken niet uit. Wijzigingen hier gaan verloren bij de volgende klik op Segmenteer.",
    noWords: "Woorden die als Nee tellen (leeg ook)",
    totalWords: "Namen van totaalrijen",
    totalWordsNote:
      "Een rij met zo'n naam, alleen of met een jaartal of aantal erachter (Totaal 2024, Totaal (12 klanten)), is geen klant en telt niet mee.",
    totalStarts: "Begin van totaalrijen",
    totalStartsNote: "Een naam die zo begint (Subtotaal regio West) is geen klant.",
    totalEnds: "Einde van totaalrijen",
    totalEndsNote:
      "Een naam die na een spatie zo eindigt (West Totaal, zoals Excel's Subtotalen het schrijft) is geen klant.",
    applied: "In gebruik",
    invalid: "⚠ Ongeldige waarde",
    fallback: {
      revenueMethod: "Tot u dit verbetert, geldt de mediaan",
      topPercent: "Tot u dit verbetert, geldt top 20%",
      amount: "Tot u dit verbetert, geldt de mediaan",
      scoreThreshold: "Tot u dit verbetert, geldt 3 (of de hoogste score, als die kleiner is)",
      weight: "Tot u dit verbetert, geldt 1",
      topN: "Tot u dit verbetert, tellen alle klanten mee",
      labels: "Tot u dit verbetert, geldt 20",
    },
    chartHelpers: {
      section: "Hulpcellen voor de grafiek (niet aanpassen)",
      vertical: "Verticale lijn (x, y)",
      horizontal: "Horizontale lijn (x, y)",
      top: "Bovenrand",
      letters: "Kwadrantletters (x, y, letter)",
      axisTitle: "Titel van de score-as",
    },
  },
  en: {
    title: "ABC client segmentation: settings",
    intro:
      "Change the yellow cells; segments, thresholds and the chart follow at once, even without the add-in.",
    table: "Analysed table",
    stamp: "Last segmented",
    revenueSection: "Revenue (Y axis): annual revenue + potential",
    method: "Revenue threshold method",
    methodNote:
      "median: half of the clients count as big; top %: the biggest X %; fixed amount: every client from that amount up.",
    topPercent: "Top % (for method top %)",
    topPercentNote: "E.g. 20: the biggest 20% of clients count as big.",
    fixedAmount: "Fixed amount (for method fixed amount)",
    fixedAmountNote: "Annual revenue + potential of at least this amount counts as big.",
    fixedAmountIn: (unit) => `Fixed amount in ${unit} (for method fixed amount)`,
    unitNote: (unit) => `The amount is in ${unit}, as the table's headers say.`,
    revenueThreshold: "Revenue threshold (computed)",
    revenueThresholdNote: "Clients reaching this amount sit at the top of the matrix (A or B).",
    topN: "Top N (empty = all clients)",
    topNNote: "The method starts from your 20 biggest clients; the others get a –.",
    topCut: "Smallest total in the top N (computed)",
    topCutNote: "Clients from this total up are segmented.",
    selectedCount: "Number of segmented clients",
    questionSection: "Questions (X axis): each Yes moves the client one step right",
    scoreThreshold: "Score threshold (at least)",
    scoreThresholdNote:
      "Score = sum of the weights of the questions answered Yes; from this score up the client sits on the right (A or B).",
    weight: perCriterion((c) => `Weight ${QUESTIONS.en[c].label}`),
    question: perCriterion((c) => QUESTIONS.en[c].question),
    maxScore: "Highest score (computed)",
    chartSection: "Chart",
    labels: "Client names in the chart",
    labelsNote:
      "The A-clients first, then the biggest others; a name that fits nowhere is left off. Takes effect the next time you click Run segmentation.",
    yesWords: "Words that count as Yes",
    yesWordsNote: "Case does not matter. Changes here are undone the next time you click Run segmentation.",
    noWords: "Words that count as No (empty too)",
    totalWords: "Names of total rows",
    totalWordsNote:
      "A row with such a name, alone or followed by a year or a count (Total 2024, Total (12 clients)), is no client and is not counted.",
    totalStarts: "Starts of total rows",
    totalStartsNote: "A name that starts so (Subtotal region West) is no client.",
    totalEnds: "Ends of total rows",
    totalEndsNote:
      "A name that ends so after a space (West Total, as Excel's Subtotal writes it) is no client.",
    applied: "Applied",
    invalid: "⚠ Not a valid value",
    fallback: {
      revenueMethod: "Until you fix it, the median applies",
      topPercent: "Until you fix it, top 20% applies",
      amount: "Until you fix it, the median applies",
      scoreThreshold: "Until you fix it, 3 applies (or the highest score, when that is smaller)",
      weight: "Until you fix it, 1 applies",
      topN: "Until you fix it, all clients count",
      labels: "Until you fix it, 20 applies",
    },
    chartHelpers: {
      section: "Helper cells for the chart (do not change)",
      vertical: "Vertical line (x, y)",
      horizontal: "Horizontal line (x, y)",
      top: "Top edge",
      letters: "Quadrant letters (x, y, letter)",
      axisTitle: "Title of the score axis",
    },
  },
};

/** The chart's texts: series, axes and title. */
export interface ChartText {
  series: Record<Segment, string>;
  revenue: string;
  score: string;
  letters: string;
  x: string;
  y: string;
  title: string;
}

/** The chart's texts in Dutch and English. */
export const CHART_TEXT: Readonly<Record<Language, ChartText>> = {
  nl: {
    series: { A: "A-klanten", B: "B-klanten", C: "C-klanten" },
    revenue: "Omzetdrempel",
    score: "Scoredrempel",
    letters: "Kwadranten",
    x: "Score (aantal keer Ja)",
    y: "Jaaromzet + potentieel",
    title: "ABC-matrix",
  },
  en: {
    series: { A: "A clients", B: "B clients", C: "C clients" },
    revenue: "Revenue threshold",
    score: "Score threshold",
    letters: "Quadrants",
    x: "Score (number of Yes answers)",
    y: "Annual revenue + potential",
    title: "ABC matrix",
  },
};

/** The template sheet's texts; its criteria and questions come from QUESTIONS. */
export interface TemplateText {
  title: string;
  intro: string;
  client: string;
  revenue: string;
  potential: string;
  answerWords: [yes: string, no: string];
  /** Added to each question in the tip a question cell shows. */
  note: string;
  tableName: string;
  /** The template sheet's name; a number follows when the workbook already has one. */
  sheetName: string;
  /** The error when every numbered sheet or table name is taken. */
  tooMany: string;
}

/** The template sheet's texts in Dutch and English. */
export const TEMPLATE_TEXT: Readonly<Record<Language, TemplateText>> = {
  nl: {
    title: "ABC-klantsegmentatie",
    intro:
      "Zet hier de 20 grootste klanten van de voorbije 3 à 4 jaar: de omzet per jaar, de potentiële extra omzet en het antwoord (Ja of Nee) op de vier vragen. Klik dan op Start > Segmenteer.",
    client: "Klant",
    revenue: "Omzet",
    potential: "Potentieel",
    answerWords: ["Ja", "Nee"],
    note: "Denk ook aan het potentieel, niet alleen aan vandaag.",
    tableName: "Klanten",
    sheetName: "ABC-sjabloon",
    tooMany: "Er zijn al te veel ABC-sjablonen in deze werkmap.",
  },
  en: {
    title: "ABC client segmentation",
    intro:
      "List your 20 biggest clients of the past 3 to 4 years: the revenue per year, the potential extra revenue and the answer (Yes or No) to each of the four questions. Then click Home > Run segmentation.",
    client: "Client",
    revenue: "Revenue",
    potential: "Potential",
    answerWords: ["Yes", "No"],
    note: "Think of the potential too, not just of today.",
    tableName: "Clients",
    sheetName: "ABC template",
    tooMany: "This workbook has too many ABC templates.",
  },
};

/** The Ja/Nee drop-down on answer cells: its choices, and the warning a typed word that is not accepted gets. */
export const ANSWER_LIST_TEXT: Readonly<Record<Language, { title: string; accepted: string }>> = {
  nl: { title: "Ja of Nee", accepted: "Toegelaten" },
  en: { title: "Yes or No", accepted: "Accepted" },
};
