import fc from "fast-check";
import { EURO, MILLION_EURO, THOUSAND_EURO } from "../../src/method/units";
import type { AmountUnit, Language } from "../../src/method/types";
import { formatAmount } from "../../src/taskpane/format";
import {
  AMOUNT_UNITS,
  amountDisplay,
  EURO_FORMAT,
  unitOfNumberFormat,
} from "../../src/workbook/amountFormat";
import { excelText } from "../support/numberFormat";

/*
 * One way to show an amount in a unit, for the sheet's cells, the chart's axis and the pane alike:
 * euros exactly as before, thousands and millions with the unit after the amount, in the same decimals.
 */

const NBSP = "\u00a0";

describe("amountDisplay", () => {
  it("keeps euros as they always looked: € before whole euros", () => {
    expect(amountDisplay(EURO)).toEqual({
      decimals: 0,
      symbol: "€",
      before: true,
      numberFormat: '"€ "#,##0',
    });
    expect(EURO_FORMAT).toBe('"€ "#,##0');
  });

  it.each([
    ["k€", `#,##0.0"${NBSP}k€"`, THOUSAND_EURO],
    ["M€", `#,##0.00"${NBSP}M€"`, MILLION_EURO],
  ])("shows %s after the amount, with a no-break space: %s", (_, numberFormat, unit) => {
    expect(amountDisplay(unit).numberFormat).toBe(numberFormat);
    expect(amountDisplay(unit).before).toBe(false);
  });

  it("reads each unit back from the number format it writes, and no unit from a format it does not", () => {
    for (const unit of AMOUNT_UNITS)
      expect(unitOfNumberFormat(amountDisplay(unit).numberFormat)).toEqual(unit);
    for (const other of ["General", "0.00", '"€ "#,##0.00', "#,##0", "@", undefined, 7])
      expect(unitOfNumberFormat(other)).toBeNull();
  });
});

describe("the pane shows an amount as the sheet's number format does", () => {
  it.each([
    [60, "nl", "60,0 k€", THOUSAND_EURO],
    [1250, "nl", "1.250,0 k€", THOUSAND_EURO],
    [12.25, "nl", "12,3 k€", THOUSAND_EURO],
    [1250.5, "en", "1,250.5 k€", THOUSAND_EURO],
    [1.25, "nl", "1,25 M€", MILLION_EURO],
    [1234.5, "en", "1,234.50 M€", MILLION_EURO],
    [47500, "nl", "€ 47.500", EURO],
    [47500, "en", "€47,500", EURO],
  ] as Array<[number, Language, string, AmountUnit]>)("%s in %s: %s", (amount, language, shown, unit) => {
    expect(formatAmount(amount, unit, language).replace(NBSP, " ")).toBe(shown);
  });

  /** Amounts with at most three decimals, as a table's cells and their averages hold them. */
  const amount = fc.integer({ min: 0, max: 10_000_000_000 }).map((n) => n / 1000);
  const language = fc.constantFrom<Language>("nl", "en");

  it("in thousands and millions: the same text, character for character", () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(THOUSAND_EURO, MILLION_EURO), language, (value, unit, lang) => {
        expect(formatAmount(value, unit, lang)).toBe(
          excelText(value, amountDisplay(unit).numberFormat, lang),
        );
      }),
    );
  });

  it("in whole euros: the same digits and sign (the pane keeps its own spacing around €)", () => {
    const squash = (text: string) => text.replace(/[\s\u00a0\u202f]/g, "");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), language, (value, lang) => {
        expect(squash(formatAmount(value, EURO, lang))).toBe(squash(excelText(value, EURO_FORMAT, lang)));
      }),
    );
  });
});
