import {
  NEUTRALS,
  SETTINGS_SHEET,
  type PlannedCell,
  type SettingsSheetPlan,
  type WorkbookPlan,
} from "../workbook";

const STYLE: Record<NonNullable<PlannedCell["style"]>, (r: Excel.Range) => void> = {
  title: (r) => {
    r.format.font.bold = true;
    r.format.font.size = 14;
  },
  section: (r) => {
    r.format.font.bold = true;
    r.format.font.color = NEUTRALS.section;
  },
  label: () => undefined,
  note: (r) => {
    r.format.font.italic = true;
    r.format.font.color = NEUTRALS.line;
  },
  input: (r) => {
    r.format.fill.color = NEUTRALS.inputFill;
  },
  computed: (r) => {
    r.format.fill.color = NEUTRALS.computedFill;
  },
  helper: (r) => {
    r.format.font.color = NEUTRALS.helper;
  },
};

/**
 * Queues the settings sheet (created when missing) and the workbook names pointing into it, so the
 * column formulas written next find their names.
 */
export function queueSettingsNames(context: Excel.RequestContext, plan: WorkbookPlan): void {
  const wb = context.workbook;
  if (plan.createSettingsSheet) wb.worksheets.add(SETTINGS_SHEET);
  for (const { name, formula, exists } of plan.names) {
    if (exists) wb.names.getItem(name).formula = formula;
    else wb.names.add(name, formula);
  }
}

/** Queues lifting the settings sheet's protection when it has it, so the run can write its cells. */
export function queueSettingsUnprotect(context: Excel.RequestContext, plan: SettingsSheetPlan): void {
  if (plan.unprotectFirst) context.workbook.worksheets.getItem(SETTINGS_SHEET).protection.unprotect();
}

/**
 * Queues protecting the settings sheet with only its input cells unlocked, so a colleague can change the
 * settings but not the computed cells, the word lists or the chart's helper cells (no password: whoever
 * wants to can lift it with Review > Unprotect Sheet).
 */
export function queueSettingsProtect(context: Excel.RequestContext, plan: SettingsSheetPlan): void {
  const sheet = context.workbook.worksheets.getItem(SETTINGS_SHEET);
  sheet.getRangeByIndexes(0, 0, plan.area.rows, plan.area.columns).format.protection.locked = true;
  for (const cell of plan.cells)
    if (cell.style === "input")
      sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).format.protection.locked = false;
  sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
}

/** Queues every cell of the settings sheet's area in one write, then its styles and the method drop-down. */
export function queueSettingsCells(context: Excel.RequestContext, plan: SettingsSheetPlan): void {
  const sheet = context.workbook.worksheets.getItem(SETTINGS_SHEET);
  const { rows, columns } = plan.area;
  const formulas: (string | number | null)[][] = Array.from({ length: rows }, () =>
    Array<string | number | null>(columns).fill(""),
  );
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(columns).fill("General"));
  for (const cell of plan.cells) {
    formulas[cell.row][cell.column] = cell.content;
    formats[cell.row][cell.column] = cell.text ? "@" : (cell.numberFormat ?? "General");
  }
  const area = sheet.getRangeByIndexes(0, 0, rows, columns);
  area.numberFormat = formats;
  area.formulas = formulas;
  for (const cell of plan.cells) {
    if (!cell.style || cell.style === "label") continue;
    STYLE[cell.style](sheet.getRangeByIndexes(cell.row, cell.column, 1, 1));
  }
  const method = sheet.getRangeByIndexes(plan.methodList.row, plan.methodList.column, 1, 1);
  method.dataValidation.clear();
  method.dataValidation.rule = { list: { inCellDropDown: true, source: plan.methodList.choices.join(",") } };
  for (const input of plan.inputRules) {
    const cell = sheet.getRangeByIndexes(input.row, input.column, 1, 1);
    const limits =
      input.max === null
        ? { formula1: input.min, operator: "GreaterThanOrEqualTo" as const }
        : { formula1: input.min, formula2: input.max, operator: "Between" as const };
    cell.dataValidation.clear();
    cell.dataValidation.rule = input.type === "wholeNumber" ? { wholeNumber: limits } : { decimal: limits };
    cell.dataValidation.ignoreBlanks = input.allowBlank;
    cell.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: SETTINGS_SHEET,
      message: input.message,
    };
  }
  sheet.getRange("A:A").format.columnWidth = 230;
  sheet.getRange("B:C").format.columnWidth = 90;
  sheet.getRange("E:E").format.columnWidth = 150;
}
