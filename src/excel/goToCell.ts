import { runInExcel } from "./run";

/** Splits Klanten!E7 or 'ABC-instellingen'!B15 into the sheet and the cell. */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) throw new Error(`${address} names no sheet`);
  return {
    sheet: address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"),
    cell: address.slice(bang + 1),
  };
}

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
