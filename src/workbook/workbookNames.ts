import { CRITERIA, type Criterion } from "../method";

/** The workbook names the live formulas use; they live on the settings sheet. */
export const NAMES = {
  method: "ABC_Methode",
  topPercent: "ABC_TopProcent",
  fixedAmount: "ABC_VastBedrag",
  revenueThreshold: "ABC_OmzetDrempel",
  scoreThreshold: "ABC_ScoreDrempel",
  maxScore: "ABC_MaxScore",
  topN: "ABC_TopN",
  topCut: "ABC_TopGrens",
  labels: "ABC_Labels",
  selectedCount: "ABC_Aantal",
  chartTop: "ABC_GrafiekTop",
  yesWords: "ABC_JaWoorden",
  answers: "ABC_Antwoorden",
  totalWords: "ABC_TotaalWoorden",
  totalStarts: "ABC_TotaalBegin",
  totalEnds: "ABC_TotaalEinde",
  table: "ABC_Tabel",
  columns: "ABC_Kolommen",
} as const;

/** The workbook name of each question's weight. */
export const WEIGHT_NAMES: Readonly<Record<Criterion, string>> = {
  marge: "ABC_GewichtMarge",
  snelheid: "ABC_GewichtSnelheid",
  innovatie: "ABC_GewichtInnovatie",
  netwerk: "ABC_GewichtNetwerk",
};

/** Every workbook name the add-in defines. */
export const ALL_NAMES: readonly string[] = [
  ...Object.values(NAMES),
  ...CRITERIA.map((c) => WEIGHT_NAMES[c]),
];

/** The name of the sheet that holds the settings and the chart's helper cells. */
export const SETTINGS_SHEET = "ABC-instellingen";

/** The name of the chart the add-in draws. */
export const CHART_NAME = "ABC-matrix";
