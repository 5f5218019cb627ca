import fc from "fast-check";
import { segmentTable } from "../../src/method/segmentTable";
import {
  dateSerial,
  shownAmount,
  shownCount,
  shownPlain,
  shownShare,
  typedAmount,
} from "../../src/method/shownValues";
import { problemMessage } from "../../src/method/texts";
import type { Language } from "../../src/method/types";
import { EURO, MILLION_EURO, THOUSAND_EURO } from "../../src/method/units";

/*
 * One rule per quantity, in both languages: amounts in the table's unit (test/workbook/amountFormat.test.ts
 * holds them against the sheet's number formats), shares with one decimal, scores and typed numbers as a
 * General cell shows them, counts grouped; never a space a line may break at.
 */

const NBSP = "\u00a0";
const language = fc.constantFrom<Language>("nl", "en");

describe("shares: always one decimal", () => {
  it.each([
    [0.56, "nl", "56,0%"],
    [0.352, "nl", "35,2%"],
    [250000 / 339000, "nl", "73,7%"],
    [0.004, "nl", "0,4%"],
    [1, "nl", "100,0%"],
    [0, "en", "0.0%"],
    [0.352, "en", "35.2%"],
    [0.0005, "nl", "0,1%"],
  ] as const)("%s in %s is %s", (share, lang, shown) => {
    expect(shownShare(share, lang)).toBe(shown);
  });

  it("every share from 0 to 1 shows exactly one decimal and the percent sign", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), language, (share, lang) => {
        const decimal = lang === "nl" ? "," : "\\.";
        expect(shownShare(share, lang)).toMatch(new RegExp(`^\\d{1,3}${decimal}\\d%$`));
      }),
    );
  });
});

describe("scores, weights and typed numbers: every digit Excel keeps, as a General cell shows them", () => {
  it.each([
    [2.5, "nl", "2,5"],
    [4, "nl", "4"],
    [0.1 + 0.7, "nl", "0,8"],
    [0.333, "nl", "0,333"],
    [12500.5, "nl", "12500,5"],
    [2.5, "en", "2.5"],
  ] as const)("%s in %s is %s", (value, lang, shown) => {
    expect(shownPlain(value, lang)).toBe(shown);
  });
});

describe("counts: whole numbers with the thousands sign", () => {
  it.each([
    [7, "nl", "7"],
    [1250, "nl", "1.250"],
    [1250, "en", "1,250"],
  ] as const)("%s in %s is %s", (count, lang, shown) => {
    expect(shownCount(count, lang)).toBe(shown);
  });
});

describe("no formatted quantity breaks over two lines", () => {
  const anyNumber = fc.double({ min: -1e15, max: 1e15, noNaN: true });
  const unit = fc.constantFrom(EURO, THOUSAND_EURO, MILLION_EURO);

  it("amounts, shares, scores and counts hold no breaking space, in either language", () => {
    fc.assert(
      fc.property(anyNumber, unit, language, (value, u, lang) => {
        for (const text of [
          shownAmount(value, u, lang),
          shownShare(value, lang),
          shownPlain(value, lang),
          shownCount(Math.round(value), lang),
        ])
          expect(text).not.toMatch(/[ \t\u2009]/);
      }),
    );
  });

  it("an amount keeps € and its digits together with a no-break space", () => {
    expect(shownAmount(12500, EURO, "nl")).toBe(`€${NBSP}12.500`);
    expect(shownAmount(12.5, THOUSAND_EURO, "en")).toBe(`12.5${NBSP}k€`);
  });

  it("the message about a text amount gives its examples without a breaking space inside an amount", () => {
    for (const lang of ["nl", "en"] as const) {
      const message = problemMessage(lang, "invalid-amount", { address: "Klanten!B2", value: "'veel'" });
      expect(message).toContain(`€${NBSP}12${NBSP}500`);
    }
  });
});

describe("amounts of any size", () => {
  it("show digits, never NaN, up to the largest number a cell holds (1e21 € once showed '€ NaN')", () => {
    expect(shownAmount(1e21, EURO, "nl")).toBe(`€${NBSP}1.000.000.000.000.000.000.000`);
    expect(typedAmount(1.5e21, THOUSAND_EURO, "en")).toBe("1,500,000,000,000,000,000,000");
    fc.assert(
      fc.property(
        fc.double({ min: -1e307, max: 1e307, noNaN: true }),
        fc.constantFrom(EURO, THOUSAND_EURO, MILLION_EURO),
        language,
        (value, unit, lang) => {
          expect(shownAmount(value, unit, lang)).toMatch(/\d/);
          expect(shownAmount(value, unit, lang)).not.toMatch(/NaN|Infinity/);
          expect(typedAmount(value, unit, lang)).not.toMatch(/NaN|Infinity/);
        },
      ),
    );
  });
});

describe("messages show amounts by the same rule", () => {
  it("a revenue formatted as a date is read as the amount the sheet's Totaal shows, in the table's unit", () => {
    const result = segmentTable(
      [
        ["Klant", "Omzet (k€)", "Marge", "Snelheid", "Innovatie", "Netwerk"],
        ["Een", 45658, "Ja", "Ja", "Ja", "Ja"],
        ["Twee", 10, "Nee", "Nee", "Nee", "Nee"],
      ],
      { language: "nl" },
      { sheet: "Klanten", row: 0, column: 0 },
      { dateCells: [[1, 1]] },
    );
    const warning = result.problems.find((p) => p.code === "date-amount");
    expect(warning?.message).toContain(`45.658,0${NBSP}k€`);
  });

  it("a negative average revenue is said as an amount in the table's unit", () => {
    const result = segmentTable(
      [
        ["Klant", "Omzet 2024", "Omzet 2025", "Marge", "Snelheid", "Innovatie", "Netwerk"],
        ["Een", 1000, -13500.4, "Ja", "Ja", "Ja", "Ja"],
        ["Twee", 10, 10, "Nee", "Nee", "Nee", "Nee"],
      ],
      { language: "nl" },
      { sheet: "Klanten", row: 0, column: 0 },
    );
    const error = result.problems.find((p) => p.code === "negative-average");
    expect(error?.message).toContain(`-€${NBSP}6.250`);
  });
});

describe("dateSerial: a moment on the local clock as Excel counts days", () => {
  it.each([
    [new Date(2025, 0, 1), 45658],
    [new Date(1900, 2, 1), 61],
    [new Date(2026, 10, 29, 12, 0), 46355.5],
  ])("%s is %s", (moment, serial) => {
    expect(dateSerial(moment)).toBe(serial);
  });

  it("tells two runs a millisecond apart from each other at Excel's 15 digits", () => {
    const first = new Date(2026, 10, 29, 22, 51, 4, 17);
    const next = new Date(first.getTime() + 1);
    const at15 = (n: number) => Number(n.toPrecision(15));
    expect(at15(dateSerial(next))).toBeGreaterThan(at15(dateSerial(first)));
  });
});
