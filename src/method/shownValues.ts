import { excelDigits } from "./compare";
import { formatDecimal } from "./decimalText";
import type { AmountUnit, Language } from "./types";

const DAY = 86_400_000;

/** The last day Excel shows a date for: 31/12/9999. */
const LAST_SERIAL = 2_958_465;

/** Day 0 of Excel's 1900 date system, counted in UTC milliseconds (30/12/1899, so that 61 is 01/03/1900). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

const two = (n: number) => String(n).padStart(2, "0");

/**
 * The date a number shows in a cell formatted as a date (Excel's 1900 date system, which counts the
 * 29 February 1900 that never was), as dd/mm/yyyy: 45658 is 01/01/2025. Empty when Excel shows no date.
 */
export function shownDate(serial: number): string {
  if (!(serial >= 1 && serial < LAST_SERIAL + 1)) return "";
  const day = Math.floor(serial);
  if (day === 60) return "29/02/1900";
  const date = new Date(Date.UTC(1899, 11, 31) + (day < 60 ? day : day - 1) * DAY);
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/**
 * A moment on the local clock as an Excel date serial (days since 30/12/1899, the time of day as the
 * fraction), to the millisecond: 29/11/2026 22:51 local time is 46355.952… whatever the time zone.
 */
export function dateSerial(moment: Date): number {
  const local = Date.UTC(
    moment.getFullYear(),
    moment.getMonth(),
    moment.getDate(),
    moment.getHours(),
    moment.getMinutes(),
    moment.getSeconds(),
    moment.getMilliseconds(),
  );
  return (local - SERIAL_EPOCH) / DAY;
}

/** The space inside a shown quantity ("€ 12.500", "1.250,0 k€"): a no-break space, so it never wraps. */
export const NUMBER_SPACE = "\u00a0";

/** How amounts in a unit are shown, in the pane, the messages, the sheet and the chart alike. */
export interface AmountShape {
  /** The decimals shown: none for euros, one for k€ (hundreds of euros), two for M€ (tens of thousands). */
  decimals: number;
  /** The unit's symbol: before the amount for euros ("€ 12.500"), after it otherwise ("12,5 k€"). */
  symbol: string;
  before: boolean;
}

/** How amounts in `unit` are shown: whole euros after "€ "; k€ and M€ after the amount, with 1 and 2 decimals. */
export function amountShape(unit: AmountUnit): AmountShape {
  if (!(unit.factor > 1)) return { decimals: 0, symbol: "€", before: true };
  return { decimals: unit.factor >= 1_000_000 ? 2 : 1, symbol: unit.symbol, before: false };
}

const LOCALES: Readonly<Record<Language, string>> = { nl: "nl-BE", en: "en" };

/** Grouped digits with a fixed number of decimals, per language and decimals (0, 1 or 2). */
const FIXED: Readonly<Record<Language, readonly Intl.NumberFormat[]>> = {
  nl: [0, 1, 2].map((d) => fixedFormat("nl", d)),
  en: [0, 1, 2].map((d) => fixedFormat("en", d)),
};

function fixedFormat(language: Language, decimals: number): Intl.NumberFormat {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/**
 * A number ≥ 0 rounded half up to `decimals` from its 15 significant digits, as Excel rounds what it
 * shows: 1.005 (stored as 1.00499999…) is 1.01, 69166.666… is 69167; from 1e15 up no decimal is left.
 */
function excelRounded(value: number, decimals: number): number {
  const significant = value.toPrecision(15);
  if (Number(significant) >= 1e15) return Number(significant);
  const [mantissa, exponent = "0"] = significant.split("e");
  return Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`)) / 10 ** decimals;
}

/** `value` with the thousands and decimal signs of the language and exactly `decimals` decimals, and its sign. */
function grouped(value: number, decimals: number, language: Language): { sign: string; digits: string } {
  const rounded = excelRounded(Math.abs(value), decimals);
  return { sign: value < 0 && rounded > 0 ? "-" : "", digits: FIXED[language][decimals].format(rounded) };
}

/**
 * An amount as a user types it in a field: the digits shownAmount shows, without the unit and without
 * trailing decimal zeros: "69.167", "1.250,5", "1.250" (k€) in Dutch; "1,250,000" in English.
 */
export function typedAmount(value: number, unit: AmountUnit, language: Language): string {
  const { sign, digits } = grouped(value, amountShape(unit).decimals, language);
  const comma = language === "nl" ? "," : ".";
  return sign + (digits.includes(comma) ? digits.replace(/0+$/, "").replace(/[.,]$/, "") : digits);
}

/**
 * An amount in the table's unit exactly as the sheet's number format shows it (amountShape): "€ 69.167",
 * "1.250,0 k€", "1,25 M€" in Dutch; "€ 69,167", "1,250.0 k€" in English; a minus first ("-€ 500"). The
 * spaces are no-break spaces (NUMBER_SPACE).
 */
export function shownAmount(value: number, unit: AmountUnit, language: Language): string {
  const shape = amountShape(unit);
  const { sign, digits } = grouped(value, shape.decimals, language);
  return shape.before
    ? `${sign}${shape.symbol}${NUMBER_SPACE}${digits}`
    : `${sign}${digits}${NUMBER_SPACE}${shape.symbol}`;
}

/** A share from 0 to 1 as a percentage with always one decimal: "56,0%", "35,2%" (Dutch), "35.2%" (English). */
export function shownShare(share: number, language: Language): string {
  const { sign, digits } = grouped(share * 100, 1, language);
  return `${sign}${digits}%`;
}

/**
 * A score, a weight or another number a user types (a threshold, a top %), as a cell in the General
 * format and the formula bar show it: every digit Excel keeps (15), no thousands sign: "2,5", "0,8"
 * for 0.1 + 0.7, "12500,5" (Dutch); "2.5" (English).
 */
export function shownPlain(value: number, language: Language): string {
  return formatDecimal(excelDigits(value), language);
}

/** A count of clients, cells or names, with the thousands sign: "1.250" (Dutch), "1,250" (English). */
export function shownCount(count: number, language: Language): string {
  const { sign, digits } = grouped(count, 0, language);
  return sign + digits;
}
