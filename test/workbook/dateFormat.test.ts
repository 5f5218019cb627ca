import fc from "fast-check";
import { isDateFormat } from "../../src/workbook/dateFormat";

describe("isDateFormat: which number formats make Excel show a number as a date or a time", () => {
  it.each([
    "d/m/yyyy",
    "dd-mm-jj",
    "[$-813]d mmmm yyyy",
    "mmm-yy",
    "h:mm",
    "yyyy-mm-dd;@",
    "m/d/yyyy h:mm AM/PM",
    "[h]:mm:ss",
    "dddd",
    "jjjj-mm-dd",
    "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy",
    "[Red]d/m/yy",
  ])("%s is a date or a time", (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    "€ #,##0.00",
    '#,##0.00 "€"',
    "[$€-813] #,##0.00;[Red]-[$€-813] #,##0.00",
    '_-€ * #,##0.00_-;-€ * #,##0.00_-;_-€ * "-"??_-;_-@_-',
    "0%",
    "0.00E+00",
    "General",
    "@",
    '0 "dagen"',
    '#,##0 "duizend"',
    "0\\d",
    "#,##0 \\m\\²",
    '"d"0',
    "0;-0;;@",
    "",
  ])("%s is not a date", (format) => {
    expect(isDateFormat(format)).toBe(false);
  });

  it("is false for anything that is not a format text", () => {
    for (const value of [null, undefined, 45658, true, ["d/m/yyyy"]]) expect(isDateFormat(value)).toBe(false);
  });

  const amountCodes = fc.constantFrom("0", "#", ",", ".", "%", " ", "€", "$", "-", "(", ")", "?", "E+");
  const amountFormat = fc.array(amountCodes, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));
  const quoted = fc
    .string({ maxLength: 8 })
    .filter((text) => !text.includes('"'))
    .map((text) => `"${text}"`);

  it("never takes an amount format for a date, whatever text is quoted or escaped in it", () => {
    fc.assert(
      fc.property(amountFormat, quoted, fc.string({ minLength: 1, maxLength: 1 }), (format, text, ch) => {
        expect(isDateFormat(`${format}${text}\\${ch}`)).toBe(false);
        expect(isDateFormat(`[$${ch === "]" ? "x" : ch}-813]${format};[Red]-${format}`)).toBe(false);
      }),
    );
  });

  it("keeps a date format a date after a locale, a colour or quoted text is added around it", () => {
    const dateFormat = fc.constantFrom("d/m/yyyy", "dd-mm-yy", "mmm yyyy", "h:mm", "yyyy-mm-dd");
    fc.assert(
      fc.property(
        dateFormat,
        quoted,
        fc.constantFrom("[$-813]", "[$-409]", "[Blue]", ""),
        (f, text, prefix) => {
          expect(isDateFormat(`${prefix}${f} ${text}`)).toBe(true);
          expect(isDateFormat(`${text}${f};@`)).toBe(true);
        },
      ),
    );
  });
});
