import { columnLetters, type Language } from "../method";
import { NEUTRALS, templatePlan } from "../workbook";
import { runInExcel } from "./host";
import { readSegmentedList } from "./removeAnalysis";

/** How many numbered names are tried for the template sheet and table before giving up. */
const ATTEMPTS = 9;

const numbered = (base: string, separator: string) =>
  Array.from({ length: ATTEMPTS }, (_, i) => (i === 0 ? base : `${base}${separator}${i + 1}`));

/**
 * Inserts the template sheet that reproduces the article's Excel tool: title and explanation, an Excel
 * Table with Klant, revenue for the last three years, Potentieel and the four questions, Ja/Nee
 * drop-downs, € formats, room for 20 clients (or 20 example clients), each question explained above its
 * column and as a tip on its cells. Segmenteer works on it as it is. Returns the new sheet's name and,
 * when the workbook already segments a list, that list's range (Segmenteer on the template then offers the move).
 */
export function insertTemplate(
  withExamples: boolean,
  language: Language,
  year: number,
): Promise<{ sheet: string; segmented: string | null }> {
  const plan = templatePlan(language, year, withExamples);
  return runInExcel(async (context) => {
    const wb = context.workbook;
    const sheetNames = numbered(plan.sheetName, " ");
    const tableNames = numbered(plan.tableName, "");
    const sheets = sheetNames.map((n) => wb.worksheets.getItemOrNullObject(n).load("name"));
    const tables = tableNames.map((n) => wb.tables.getItemOrNullObject(n).load("name"));
    const segmented = await readSegmentedList(context);
    const free = sheets.findIndex((s) => s.isNullObject);
    const freeTable = tables.findIndex((t) => t.isNullObject);
    if (free < 0 || freeTable < 0) {
      throw new Error(plan.tooMany);
    }
    const name = sheetNames[free];
    const sheet = wb.worksheets.add(name);
    const width = plan.header.length;
    const last = columnLetters(width - 1);
    const top = plan.headerRow + 1;
    const bottom = plan.headerRow + plan.rows.length + 1;
    sheet.getRange("A1").values = [[plan.title]];
    sheet.getRange("A1").format.font.size = 16;
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange("A2").values = [[plan.intro]];
    sheet.getRange(`A3:${last}3`).values = [plan.questions];
    sheet.getRange(`A3:${last}3`).format.wrapText = true;
    sheet.getRange(`A3:${last}3`).format.font.italic = true;
    sheet.getRange(`A3:${last}3`).format.font.color = NEUTRALS.line;
    sheet.getRange(`A${top}:${last}${bottom}`).values = [plan.header, ...plan.rows];
    const table = sheet.tables.add(`A${top}:${last}${bottom}`, true);
    table.name = tableNames[freeTable];
    const body = (column: number) =>
      sheet.getRange(`${columnLetters(column)}${top + 1}:${columnLetters(column)}${bottom}`);
    for (const column of plan.amountColumns) {
      const cells = body(column);
      cells.numberFormat = plan.rows.map(() => [plan.amountFormat]);
      cells.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    }
    plan.answerColumns.forEach((column, i) => {
      const cells = body(column);
      cells.dataValidation.rule = { list: { inCellDropDown: true, source: plan.answerWords.join(",") } };
      cells.dataValidation.prompt = {
        showPrompt: true,
        title: plan.prompts[i].title,
        message: plan.prompts[i].message,
      };
    });
    sheet.getRange("A:A").format.columnWidth = 170;
    sheet.getRange(`B:${last}`).format.columnWidth = 85;
    sheet.getRange(`A${top}:${last}${top}`).format.font.bold = true;
    sheet.activate();
    sheet.getRange(`A${top + 1}`).select();
    await context.sync();
    return { sheet: name, segmented: segmented?.address ?? null };
  });
}
