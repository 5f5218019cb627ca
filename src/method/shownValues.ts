import type { AmountUnit, Language } from "./types";

const DAY = 86_400_000;

/** The last day Excel shows a date for: 31/12/9999. */
const LAST_SERIAL = 2_958_465;

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

const NUMBERS: Readonly<Record<Language, Intl.NumberFormat>> = {
  nl: new Intl.NumberFormat("nl-BE", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

/** An amount as a message shows it, in the table's unit: "€ 45.658", "45.658 k€" (Dutch), "€ 45,658" (English). */
export function shownAmount(value: number, unit: AmountUnit, language: Language): string {
  const number = NUMBERS[language].format(value);
  return unit.factor === 1 ? `€ ${number}` : `${number} ${unit.symbol}`;
}
