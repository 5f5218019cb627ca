import { splitAddress } from "../method";
import { runInExcel } from "./host";

/** Shows and selects a cell (or range), so the user can fix what a problem names. */
export function goToCell(address: string): Promise<void> {
  const { sheet, cell } = splitAddress(address);
  return runInExcel(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}
