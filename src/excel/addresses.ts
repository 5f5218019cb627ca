/** The range an address like 'ABC-instellingen'!$F$6:$F$7 names, in any sheet of the workbook. */
export function rangeAt(context: Excel.RequestContext, address: string): Excel.Range {
  const bang = address.lastIndexOf("!");
  const sheet = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  return context.workbook.worksheets.getItem(sheet).getRange(address.slice(bang + 1));
}
