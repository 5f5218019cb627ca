import { format } from "numfmt";

/** The locale of a Dutch (Belgian) and an English Excel, as numfmt names them. */
const LOCALES = { nl: "nl-BE", en: "en" } as const;

/**
 * What Excel shows for a value in a cell or on an axis with this number format (invariant codes), in a
 * Dutch (Belgian) or an English Excel, rendered by numfmt: written apart from the add-in, so a test can
 * hold the pane's text against the sheet's. Where numfmt and Excel part, see test/workbook/amountFormat.test.ts.
 */
export function excelText(value: number, numberFormat: string, language: "nl" | "en"): string {
  return format(numberFormat, value, { locale: LOCALES[language] });
}
