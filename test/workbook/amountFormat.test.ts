import fc from "fast-check";
import { formatDecimal } from "../../src/method/decimalText";
import { shownAmount } from "../../src/method/shownValues";
import { EURO, MILLION_EURO, THOUSAND_EURO } from "../../src/method/units";
import type { AmountUnit, Language } from "../../src/method/types";
import {
  AMOUNT_UNITS,
  amountDisplay,
  EURO_FORMAT,
  unitOfNumberFormat,
} from "../../src/workbook/amountFormat";
import { excelText } from "../support/numberFormat";

/*
 * One way to show an amount in a unit, for the sheet's cells, the chart's axis, the pane and the
 * messages alike: the pane's text is what numfmt renders for the sheet's number format, character for
 * character, no-break spaces included.
 */

const NBSP = "\u00a0";

describe("amountDisplay: the sheet's number formats", () => {
  it.each([
    ["€", `"€${NBSP}"#,##0`, EURO, true],
    ["k€", `#,##0.0"${NBSP}k€"`, THOUSAND_EURO, false],
    ["M€", `#,##0.00"${NBSP}M€"`, MILLION_EURO, false],
  ])("%s: %s, the unit and the digits joined by a no-break space", (_, numberFormat, unit, before) => {
    expect(amountDisplay(unit).numberFormat).toBe(numberFormat);
    expect(amountDisplay(unit).before).toBe(before);
  });

  it("the € format of the template is the € format of the runs", () => {
    expect(EURO_FORMAT).toBe(amountDisplay(EURO).numberFormat);
  });

  it("reads each unit back from the number format it writes, and no unit from a format it does not", () => {
    for (const unit of AMOUNT_UNITS)
      expect(unitOfNumberFormat(amountDisplay(unit).numberFormat)).toEqual(unit);
    for (const other of ["General", "0.00", '"€ "#,##0.00', "#,##0", "@", undefined, 7])
      expect(unitOfNumberFormat(other)).toBeNull();
  });

  it("still reads a workbook of the previous version (€ and digits with a plain space) as the add-in's, in euros", () => {
    expect(unitOfNumberFormat('"€ "#,##0')).toEqual(EURO);
  });
});

describe("the pane and the messages show an amount as the sheet's number format does", () => {
  it.each([
    [69166.66666666667, EURO, "nl", "€ 69.167"],
    [565000, EURO, "nl", "€ 565.000"],
    [12500, EURO, "nl", "€ 12.500"],
    [12500, EURO, "en", "€ 12,500"],
    [47500.5, EURO, "nl", "€ 47.501"],
    [0, EURO, "nl", "€ 0"],
    [60, THOUSAND_EURO, "nl", "60,0 k€"],
    [1250, THOUSAND_EURO, "nl", "1.250,0 k€"],
    [12.25, THOUSAND_EURO, "nl", "12,3 k€"],
    [1250.5, THOUSAND_EURO, "en", "1,250.5 k€"],
    [1.25, MILLION_EURO, "nl", "1,25 M€"],
    [1234.5, MILLION_EURO, "en", "1,234.50 M€"],
    [-500, EURO, "nl", "-€ 500"],
    [-1234.56, THOUSAND_EURO, "nl", "-1.234,6 k€"],
  ] as Array<[number, AmountUnit, Language, string]>)(
    "%s %s in %s: %s (in the pane and on the sheet)",
    (amount, unit, language, shown) => {
      const expected = shown.replace(/ /g, NBSP);
      expect(shownAmount(amount, unit, language)).toBe(expected);
      expect(excelText(amount, amountDisplay(unit).numberFormat, language)).toBe(expected);
    },
  );

  /**
   * True when the amount's 15 significant digits end exactly halfway between two shown values (1.005 at
   * two decimals). Excel rounds those digits half up (1,01); numfmt rounds the binary double, which lies
   * just below or above (1.00499999…), so the two renderers part only there.
   */
  const halfway = (value: number, unit: AmountUnit) => {
    const fraction = formatDecimal(Number(Math.abs(value).toPrecision(15)), "en").split(".")[1] ?? "";
    return fraction.length === amountDisplay(unit).decimals + 1 && fraction.endsWith("5");
  };

  it("halfway cases round half up at Excel's 15 digits, as Excel shows them", () => {
    expect(shownAmount(40929.005, MILLION_EURO, "nl")).toBe(`40.929,01${NBSP}M€`);
    expect(shownAmount(12.25, THOUSAND_EURO, "en")).toBe(`12.3${NBSP}k€`);
    expect(shownAmount(0.5, EURO, "nl")).toBe(`€${NBSP}1`);
    expect(shownAmount(-2.5, EURO, "nl")).toBe(`-€${NBSP}3`);
  });

  const amount = fc.oneof(
    fc.double({ min: -1e12, max: 1e12, noNaN: true }),
    fc.integer({ min: -1_000_000_000, max: 10_000_000_000 }).map((n) => n / 1000),
    fc.integer({ min: 0, max: 100_000_000 }),
  );
  const unit = fc.constantFrom(...AMOUNT_UNITS);
  const language = fc.constantFrom<Language>("nl", "en");

  it("for every amount, unit and language: the same text, character for character", () => {
    fc.assert(
      fc.property(amount, unit, language, (value, u, lang) => {
        fc.pre(!halfway(value, u));
        expect(shownAmount(value, u, lang)).toBe(excelText(value, amountDisplay(u).numberFormat, lang));
      }),
      { numRuns: 2000 },
    );
  });
});
