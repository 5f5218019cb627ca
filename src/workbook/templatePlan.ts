import { EURO_FORMAT } from "./settingsSheet";
import { exampleRows } from "./exampleClients";
import { CRITERIA, type Cell, type Language, QUESTIONS } from "../method";
import { TEMPLATE_TEXT } from "./texts";

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
  /** The sheet's name; a number follows when the workbook already has one. */
  sheetName: string;
  /** The error when every numbered name is taken. */
  tooMany: string;
  amountFormat: string;
}

/** How many client rows the template has room for: the article takes the 20 biggest clients. */
const TEMPLATE_ROWS = 20;

/** Plans the template sheet for the given language and current year, with or without example clients. */
export function templatePlan(language: Language, year: number, withExamples: boolean): TemplatePlan {
  const t = TEMPLATE_TEXT[language];
  const questions = CRITERIA.map((c) => QUESTIONS[language][c]);
  const years = [year - 3, year - 2, year - 1].map((y) => `${t.revenue} ${y}`);
  const header: Cell[] = [t.client, ...years, t.potential, ...questions.map((q) => q.label)];
  const blank = (): Cell[] => header.map(() => "");
  const rows = withExamples ? exampleRows(...t.answerWords) : Array.from({ length: TEMPLATE_ROWS }, blank);
  return {
    title: t.title,
    intro: t.intro,
    questions: ["", "", "", "", "", ...questions.map((q) => q.question)],
    header,
    rows,
    headerRow: 3,
    answerWords: t.answerWords,
    amountColumns: [1, 2, 3, 4],
    answerColumns: [5, 6, 7, 8],
    prompts: questions.map((q) => ({ title: q.label, message: `${q.question} ${t.note}`.slice(0, 255) })),
    tableName: t.tableName,
    sheetName: t.sheetName,
    tooMany: t.tooMany,
    amountFormat: EURO_FORMAT,
  };
}
