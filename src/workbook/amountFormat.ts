import { type AmountUnit, EURO, MILLION_EURO, THOUSAND_EURO } from "../method";

/** The € number format, in invariant (English) format codes: "€ 12.500" in Dutch, "€ 12,500" in English. */
export const EURO_FORMAT = '"€ "#,##0';

/** The space between an amount and the unit after it ("1.250,0 k€"): a no-break space, so they stay on one line. */
export const UNIT_SPACE = "\u00a0";

/** How the amounts of a table are shown, in the sheet, the chart and the pane alike. */
export interface AmountDisplay {
  /** The decimals shown: none for euros, one for k€ (hundreds of euros), two for M€ (tens of thousands). */
  decimals: number;
  /** The unit's symbol: before the amount for euros ("€ 12.500"), after it otherwise ("12,5 k€"). */
  symbol: string;
  before: boolean;
  /** The number format of the amount cells and of the chart's amount axis, in invariant format codes. */
  numberFormat: string;
}

/** The units a header can name, smallest first; amounts in any other unit are shown in euros. */
export const AMOUNT_UNITS: readonly AmountUnit[] = [EURO, THOUSAND_EURO, MILLION_EURO];

/**
 * How amounts in `unit` are shown: euros exactly as ever ("€ 12.500", whole euros); thousands and
 * millions with the unit after the amount and enough decimals that 12,5 k€ or 1,25 M€ is not rounded away.
 */
export function amountDisplay(unit: AmountUnit): AmountDisplay {
  if (!(unit.factor > 1)) return { decimals: 0, symbol: "€", before: true, numberFormat: EURO_FORMAT };
  const decimals = unit.factor >= 1_000_000 ? 2 : 1;
  const symbol = unit.symbol.replace(/"/g, "");
  return {
    decimals,
    symbol,
    before: false,
    numberFormat: `#,##0.${"0".repeat(decimals)}"${UNIT_SPACE}${symbol}"`,
  };
}

/** The unit whose amounts a cell or axis with this number format shows, or null when the add-in did not write it. */
export function unitOfNumberFormat(numberFormat: unknown): AmountUnit | null {
  return AMOUNT_UNITS.find((unit) => amountDisplay(unit).numberFormat === numberFormat) ?? null;
}
