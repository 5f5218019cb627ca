import { QUESTIONS } from "../../src/method/texts";
import { CRITERIA, type Language } from "../../src/method/types";
import { segmentTable } from "../../src/method/segmentTable";
import { SETTINGS_ROWS, settingsSheetPlan } from "../../src/workbook/settingsSheet";
import { templatePlan } from "../../src/workbook/templatePlan";
import { textsFor } from "../../src/taskpane/texts";

/* The four questions are worded once, in QUESTIONS; every place that shows them must say the same. */

const LANGUAGES = ["nl", "en"] as const;
const CLIENTS = [
  ["Klant", "Omzet", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Een", 100, "Ja", "Ja", "Nee", "Nee"],
];
const labels = (language: Language) => CRITERIA.map((c) => QUESTIONS[language][c].label);
const questions = (language: Language) => CRITERIA.map((c) => QUESTIONS[language][c].question);

describe.each(LANGUAGES)("the four questions (%s)", (language) => {
  it("are asked on the settings sheet beside each weight", () => {
    const plan = settingsSheetPlan(
      segmentTable(CLIENTS, { language }).settings,
      { totals: "T", selected: "S", header: "H", own: "O" },
      "",
      20,
      language,
    );
    const textAt = (row: number, column: number) =>
      plan.cells.find((c) => c.row === row && c.column === column)?.content;
    expect(CRITERIA.map((c) => textAt(SETTINGS_ROWS.weights[c], 0))).toEqual(
      labels(language).map((label) => textsFor(language).weight(label)),
    );
    CRITERIA.forEach((c, i) =>
      expect(String(textAt(SETTINGS_ROWS.weights[c], 3))).toContain(`"${questions(language)[i]}"`),
    );
  });

  it("head the template's answer columns, with the question above and in the cell's tip", () => {
    const plan = templatePlan(language, 2026, false);
    expect(plan.answerColumns.map((c) => plan.header[c])).toEqual(labels(language));
    expect(plan.answerColumns.map((c) => plan.questions[c])).toEqual(questions(language));
    expect(plan.prompts.map((p) => p.title)).toEqual(labels(language));
    plan.prompts.forEach((p, i) => expect(p.message.startsWith(questions(language)[i])).toBe(true));
  });

  it("label the pane's weight fields and explain them", () => {
    const texts = textsFor(language);
    expect(CRITERIA.map((c) => texts.criteria[c])).toEqual(labels(language));
    expect(CRITERIA.map((c) => texts.questions[c])).toEqual(questions(language));
  });
});
