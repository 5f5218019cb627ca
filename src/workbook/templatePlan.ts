import { EURO_FORMAT } from "./settingsSheet";
import { exampleRows } from "./exampleClients";
import type { Cell, Language } from "../method";

/** The template sheet: its texts, header row, client rows and where each kind of cell is. */
export interface TemplatePlan {
  title: string;
  intro: string;
  /** The row with a short question above each criterion header (zero-based row 2). */
  questions: Cell[];
  header: Cell[];
  rows: Cell[][];
  /** Zero-based sheet row of the header; the 20 client rows follow it. */
  headerRow: number;
  answerWords: [yes: string, no: string];
  /** Zero-based columns of the amounts and of the four answers. */
  amountColumns: number[];
  answerColumns: number[];
  /** The tip a cell of each question column shows when selected. */
  prompts: Array<{ title: string; message: string }>;
  tableName: string;
  amountFormat: string;
}

/** How many client rows the template has room for: the article takes the 20 biggest clients. */
export const TEMPLATE_ROWS = 20;

const TEXT = {
  nl: {
    title: "ABC-klantsegmentatie",
    intro:
      "Zet hier de 20 grootste klanten van de voorbije 3 à 4 jaar: de omzet per jaar, de potentiële extra omzet en het antwoord (Ja of Nee) op de vier vragen. Klik dan op Start > Segmenteer.",
    client: "Klant",
    revenue: "Omzet",
    potential: "Potentieel",
    criteria: ["Marge", "Snelheid", "Innovatie", "Netwerk"],
    questions: [
      "Brengt deze klant genoeg op naargelang de geïnvesteerde tijd en kosten?",
      "Maakt deze klant snelle beslissingen en snelle betalingen?",
      "Staat deze klant ervoor open om nieuwe diensten/producten uit te proberen?",
      "Heeft deze klant een grote naam en/of een netwerk vol bedrijven uit uw doelgroep?",
    ],
    words: ["Ja", "Nee"] as [string, string],
    note: "Denk ook aan het potentieel, niet alleen aan vandaag.",
  },
  en: {
    title: "ABC client segmentation",
    intro:
      "List your 20 biggest clients of the last 3 to 4 years: revenue per year, the potential extra revenue and the answer (Yes or No) to the four questions. Then click Home > Segment.",
    client: "Client",
    revenue: "Revenue",
    potential: "Potential",
    criteria: ["Margin", "Speed", "Innovation", "Network"],
    questions: [
      "Does this client bring in enough for the time and cost invested?",
      "Does this client decide and pay quickly?",
      "Is this client open to trying new services or products?",
      "Does this client have a big name and/or a network full of your target group?",
    ],
    words: ["Yes", "No"] as [string, string],
    note: "Think of the potential too, not only of today.",
  },
};

/** Plans the template sheet for the given language and current year, with or without example clients. */
export function templatePlan(language: Language, year: number, withExamples: boolean): TemplatePlan {
  const t = TEXT[language];
  const years = [year - 3, year - 2, year - 1].map((y) => `${t.revenue} ${y}`);
  const header: Cell[] = [t.client, ...years, t.potential, ...t.criteria];
  const blank = (): Cell[] => header.map(() => "");
  const rows = withExamples ? exampleRows(...t.words) : Array.from({ length: TEMPLATE_ROWS }, blank);
  return {
    title: t.title,
    intro: t.intro,
    questions: ["", "", "", "", "", ...t.questions],
    header,
    rows,
    headerRow: 3,
    answerWords: t.words,
    amountColumns: [1, 2, 3, 4],
    answerColumns: [5, 6, 7, 8],
    prompts: t.criteria.map((c, i) => ({ title: c, message: `${t.questions[i]} ${t.note}`.slice(0, 255) })),
    tableName: language === "nl" ? "Klanten" : "Clients",
    amountFormat: EURO_FORMAT,
  };
}
