import { SETTINGS_SHEET, type PlannedCell, type SettingsSheetPlan } from "../engine";

const STYLE: Record<NonNullable<PlannedCell["style"]>, (f: Excel.RangeFormat) => void> = {
  title: (f) => {
    f.font.bold = true;
    f.font.size = 14;
  },
  section: (f) => {
    f.font.bold = true;
    f.font.color = "#1F4E79";
  },
  label: () => undefined,
  note: (f) => {
    f.font.italic = true;
    f.font.color = "#595959";
  },
  input: (f) => {
    f.fill.color = "#FFF2CC";
  },
  computed: (f) => {
    f.fill.color = "#EDEDED";
  },
  helper: (f) => {
    f.font.color = "#7F7F7F";
  },
};

/** Queues the settings sheet: created when missing, every cell of its area written in one request. */
export function queueSettingsSheet(
  context: Excel.RequestContext,
  plan: SettingsSheetPlan,
  exists: boolean,
  names: ReadonlyMap<string, string>,
): void {
  const wb = context.workbook;
  const sheet = exists ? wb.worksheets.getItem(SETTINGS_SHEET) : wb.worksheets.add(SETTINGS_SHEET);
  const { rows, columns } = plan.area;
  const formulas: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(columns).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(columns).fill("General"));
  for (const cell of plan.cells) {
    formulas[cell.row][cell.column] = cell.content;
    formats[cell.row][cell.column] = cell.text ? "@" : (cell.numberFormat ?? "General");
  }
  const area = sheet.getRangeByIndexes(0, 0, rows, columns);
  area.numberFormat = formats;
  area.formulas = formulas;
  for (const cell of plan.cells) {
    if (cell.style && cell.style !== "label") STYLE[cell.style](sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).format);
  }
  const method = sheet.getRangeByIndexes(plan.methodList.row, plan.methodList.column, 1, 1);
  method.dataValidation.clear();
  method.dataValidation.rule = { list: { inCellDropDown: true, source: plan.methodList.choices.join(",") } };
  sheet.getRange("A:A").format.columnWidth = 230;
  sheet.getRange("B:B").format.columnWidth = 90;
  sheet.getRange("E:E").format.columnWidth = 150;
  for (const { name, reference } of plan.names) {
    const formula = `=${reference}`;
    const current = names.get(name);
    if (current === undefined) wb.names.add(name, reference);
    else if (current !== formula) wb.names.getItem(name).formula = formula;
  }
}
