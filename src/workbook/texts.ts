import type { ChartHelperText } from "./chartHelpers";
import type { Criterion, Language } from "../method";

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
    topPercentNote: "Bv. 20: de grootste 20 % van de klanten telt als groot.",
    fixedAmount: "Vast bedrag (bij methode vast bedrag)",
    fixedAmountNote: "Jaaromzet + potentieel vanaf dit bedrag telt als groot.",
    revenueThreshold: "Omzetdrempel (berekend)",
    revenueThresholdNote: "Wie dit bedrag haalt, staat boven in de matrix (A of B).",
    topN: "Top N (leeg = alle klanten)",
    topNNote: "Het artikel neemt de 20 grootste klanten; de rest krijgt een –.",
    topCut: "Kleinste totaal in de top N (berekend)",
    topCutNote: "Klanten vanaf dit totaal worden gesegmenteerd.",
    selectedCount: "Aantal gesegmenteerde klanten",
    questionSection: "Vragen (X-as): elke Ja schuift de klant een stap naar rechts",
    scoreThreshold: "Scoredrempel (minstens)",
    scoreThresholdNote:
      "Score = som van de gewichten van de vragen met Ja; vanaf deze score staat de klant rechts (A of B).",
    weight: {
      marge: "Gewicht Marge",
      snelheid: "Gewicht Snelheid",
      innovatie: "Gewicht Innovatie",
      netwerk: "Gewicht Netwerk",
    },
    question: {
      marge: "Marge: brengt deze klant genoeg op naargelang de geïnvesteerde tijd en kosten?",
      snelheid: "Snelheid: maakt deze klant snelle beslissingen en snelle betalingen?",
      innovatie: "Innovatie: staat deze klant ervoor open om nieuwe diensten/producten uit te proberen?",
      netwerk: "Netwerk: heeft deze klant een grote naam en/of een netwerk vol bedrijven uit uw doelgroep?",
    },
    maxScore: "Hoogste score (berekend)",
    chartSection: "Grafiek",
    labels: "Namen tonen van de grootste",
    labelsNote: "Zoveel grootste klanten krijgen hun naam in de grafiek (na de volgende Segmenteer).",
    yesWords: "Woorden die als Ja tellen",
    yesWordsNote: "Hoofdletters tellen niet; elke Segmenteer zet deze lijst terug.",
    chartHelpers: {
      section: "Hulpcellen voor de grafiek (niet aanpassen)",
      vertical: "Verticale lijn (x, y)",
      horizontal: "Horizontale lijn (x, y)",
      top: "Bovenrand",
      letters: "Kwadrantletters (x, y, letter)",
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
      "median: half of the clients count as big; top %: the biggest X %; fixed amount: from an amount up.",
    topPercent: "Top % (for method top %)",
    topPercentNote: "E.g. 20: the biggest 20 % of clients count as big.",
    fixedAmount: "Fixed amount (for method fixed amount)",
    fixedAmountNote: "Annual revenue + potential from this amount up counts as big.",
    revenueThreshold: "Revenue threshold (computed)",
    revenueThresholdNote: "Clients reaching this amount sit at the top of the matrix (A or B).",
    topN: "Top N (empty = all clients)",
    topNNote: "The article takes the 20 biggest clients; the others get a –.",
    topCut: "Smallest total in the top N (computed)",
    topCutNote: "Clients from this total up are segmented.",
    selectedCount: "Number of segmented clients",
    questionSection: "Questions (X axis): each Yes moves the client one step right",
    scoreThreshold: "Score threshold (at least)",
    scoreThresholdNote:
      "Score = sum of the weights of the questions answered Yes; from this score the client sits right (A or B).",
    weight: {
      marge: "Weight Margin",
      snelheid: "Weight Speed",
      innovatie: "Weight Innovation",
      netwerk: "Weight Network",
    },
    question: {
      marge: "Margin: does this client bring in enough for the time and cost invested?",
      snelheid: "Speed: does this client decide and pay quickly?",
      innovatie: "Innovation: is this client open to trying new services or products?",
      netwerk: "Network: does this client have a big name and/or a network full of your target group?",
    },
    maxScore: "Highest score (computed)",
    chartSection: "Chart",
    labels: "Show the names of the biggest",
    labelsNote: "This many biggest clients get their name in the chart (after the next Segment run).",
    yesWords: "Words that count as Yes",
    yesWordsNote: "Case does not matter; every run restores this list.",
    chartHelpers: {
      section: "Helper cells for the chart (do not change)",
      vertical: "Vertical line (x, y)",
      horizontal: "Horizontal line (x, y)",
      top: "Top edge",
      letters: "Quadrant letters (x, y, letter)",
    },
  },
};
