import { columnLetters } from "../../src/method/addresses";
import { type Cell, type SegmentationResult, type Settings } from "../../src/method/types";
import { segmentActiveSheet, type SegmentOutcome } from "../../src/excel";
import { createExcelDouble, type DoubleOptions, type ExcelDouble } from "../double";

/** The moment every test run pretends it is, so the settings sheet's stamp is predictable. */
export const NOW = new Date(2026, 10, 26, 9, 30, 0);

/** A double holding one sheet "Klanten" with these cells, installed as the Excel and Office globals. */
export function workbookWith(values: Cell[][], options: Partial<DoubleOptions> = {}): ExcelDouble {
  const double = createExcelDouble({ sheets: { Klanten: values }, ...options });
  double.install();
  return double;
}

/** Runs Segmenteer on the active sheet of the double. */
export function segment(settings?: Settings, labels?: number): Promise<SegmentOutcome> {
  return segmentActiveSheet(settings, { now: NOW, labels });
}

/**
 * A workbook whose segmented list was on a sheet the user deleted afterwards: "Klanten" holds [["x"]],
 * the list `values` was segmented on "Klanten2", which is gone (the add-in's names read #REF!).
 */
export async function listSheetDeleted(values: Cell[][]): Promise<ExcelDouble> {
  const double = workbookWith([["x"]]);
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Klanten2");
    sheet.getRangeByIndexes(0, 0, values.length, values[0].length).values = values as never;
    sheet.activate();
    await context.sync();
  });
  await segment();
  double.deleteSheet("Klanten2");
  return double;
}

/** The column letter where an added column landed, read from the header row. */
export function outputColumn(double: ExcelDouble, headerRow: number, header: string): string {
  const row = double.values("Klanten", `A${headerRow + 1}:AZ${headerRow + 1}`)[0];
  const at = row.findIndex((cell) => cell === header);
  if (at < 0) throw new Error(`No column ${header} in row ${headerRow + 1}`);
  return columnLetters(at);
}

/** The segment letters the workbook's own formulas computed, by zero-based sheet row. */
export function sheetSegments(
  double: ExcelDouble,
  result: SegmentationResult,
  origin = 0,
): Map<number, Cell> {
  const headerRow = origin + result.columns.headerRow;
  const column = outputColumn(double, headerRow, "Segment");
  const letters = new Map<number, Cell>();
  for (const c of [...result.clients, ...result.outside]) {
    letters.set(origin + c.row, double.read("Klanten", `${column}${origin + c.row + 1}`).value);
  }
  return letters;
}
