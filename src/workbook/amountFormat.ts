import {
  type AmountShape,
  amountShape,
  type AmountUnit,
  EURO,
  MILLION_EURO,
  NUMBER_SPACE,
  THOUSAND_EURO,
} from "../method";

/** The € number format, in invariant (English) format codes: "€ 12.500" in Dutch, "€ 12,500" in English, € and digits joined by a no-break space. */
export const EURO_FORMAT = `"€${NUMBER_SPACE}"#,##0`;

/** How the amounts of a table are shown, in the sheet, the chart and the pane alike (the method's amountShape). */
export interface AmountDisplay extends AmountShape {
  /** The number format of the amount cells and of the chart's amount axis, in invariant format codes. */
  numberFormat: string;
}

/** The units a header can name, smallest first; amounts in any other unit are shown in euros. */
export const AMOUNT_UNITS: readonly AmountUnit[] = [EURO, THOUSAND_EURO, MILLION_EURO];

/**
 * How amounts in `unit` are shown: whole euros after "€ "; thousands and millions with the unit after
 * the amount and enough decimals that 12,5 k€ or 1,25 M€ is not rounded away; every space a no-break one.
 */
export function amountDisplay(unit: AmountUnit): AmountDisplay {
  const shape = amountShape(unit);
  if (shape.before) return { ...shape, numberFormat: EURO_FORMAT };
  const symbol = shape.symbol.replace(/"/g, "");
  return { ...shape, symbol, numberFormat: `#,##0.${"0".repeat(shape.decimals)}"${NUMBER_SPACE}${symbol}"` };
}

/** The number formats earlier versions wrote (the € format with a plain space), still read as the add-in's. */
const EARLIER_FORMATS: ReadonlyArray<readonly [string, AmountUnit]> = [['"€ "#,##0', EURO]];

/** The unit whose amounts a cell or axis with this number format shows, or null when the add-in did not write it. */
export function unitOfNumberFormat(numberFormat: unknown): AmountUnit | null {
  const current = AMOUNT_UNITS.find((unit) => amountDisplay(unit).numberFormat === numberFormat);
  return current ?? EARLIER_FORMATS.find(([format]) => format === numberFormat)?.[1] ?? null;
}
