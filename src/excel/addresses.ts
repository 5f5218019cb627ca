import { splitAddress } from "./goToCell";

/** The range an address like 'ABC-instellingen'!$F$6:$F$7 names, in any sheet of the workbook. */
export function rangeAt(context: Excel.RequestContext, address: string): Excel.Range {
  const { sheet, cell } = splitAddress(address);
  return context.workbook.worksheets.getItem(sheet).getRange(cell);
}
