import type { AmountUnit, Language } from "../method";
import { amountDisplay, UNIT_SPACE } from "../workbook";

const LOCALES: Readonly<Record<Language, string>> = { nl: "nl-BE", en: "en" };

/** An amount in euros: whole euros without decimals, anything else with cents (€ 12.500 or €12,500). */
export function formatEuro(amount: number, language: Language): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return new Intl.NumberFormat(LOCALES[language], {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

/**
 * An amount in the table's unit as the sheet and the chart show it: euros as formatEuro does, thousands
 * and millions with their decimals and the unit after the amount (1.250,0 k€ or 1,250.0 k€).
 */
export function formatAmount(amount: number, unit: AmountUnit, language: Language): string {
  const shown = amountDisplay(unit);
  if (shown.before) return formatEuro(amount, language);
  const digits = { minimumFractionDigits: shown.decimals, maximumFractionDigits: shown.decimals };
  return `${new Intl.NumberFormat(LOCALES[language], digits).format(amount)}${UNIT_SPACE}${shown.symbol}`;
}

/** A share from 0 to 1 as a percentage with at most one decimal (33,3% or 33.3%). */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: "percent", maximumFractionDigits: 1 }).format(
    share,
  );
}

/** A plain number such as a score, with at most two decimals (2,5 or 2.5). */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(value);
}

/** A number as typed in a cell, without thousands separators and with every decimal (260000 or 2,5). */
export function formatPlain(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { useGrouping: false, maximumFractionDigits: 10 }).format(
    value,
  );
}

/** The time of day in hours and minutes (14:05). */
export function formatTime(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(moment);
}
