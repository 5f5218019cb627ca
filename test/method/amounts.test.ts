import fc from "fast-check";
import { readAmount } from "../../src/method/amounts";

describe("readAmount", () => {
  it.each([
    [12500, { kind: "number", value: 12500 }],
    ["€ 12.500,50", { kind: "text", value: 12500.5 }],
    ["12,500.50", { kind: "text", value: 12500.5 }],
    ["12 500", { kind: "text", value: 12500 }],
    ["EUR 1.250.000", { kind: "text", value: 1250000 }],
    ["1.250.000 EUR", { kind: "text", value: 1250000 }],
    ["€12.500,-", { kind: "text", value: 12500 }],
    ["12,5", { kind: "text", value: 12.5 }],
    ["12.50", { kind: "text", value: 12.5 }],
    ["0,500", { kind: "text", value: 0.5 }],
    ["1\u00a0250,75", { kind: "text", value: 1250.75 }],
    ["", { kind: "empty" }],
    [-1, { kind: "negative", value: -1 }],
    ["-1.000,00", { kind: "negative", value: -1000 }],
    ["(250)", { kind: "negative", value: -250 }],
    ["#N/A", { kind: "error" }],
    ["#DEEL/0!", { kind: "error" }],
    ["#WAARDE!", { kind: "error" }],
    ["ongeveer 10k", { kind: "invalid" }],
    ["12.50.3", { kind: "invalid" }],
    ["1 2", { kind: "invalid" }],
    [true, { kind: "invalid" }],
    [Number.NaN, { kind: "invalid" }],
  ])("reads %j", (cell, reading) => {
    expect(readAmount(cell)).toEqual(reading);
  });

  const cents = fc.integer({ min: 0, max: 99_999_999_999 });
  const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

  it("reads any amount written in Dutch/Belgian notation back to the same number", () => {
    fc.assert(
      fc.property(cents, (c) => {
        const text = `€ ${group(String(Math.floor(c / 100)), ".")},${String(c % 100).padStart(2, "0")}`;
        expect(readAmount(text)).toEqual({ kind: "text", value: c / 100 });
      }),
    );
  });

  it("reads any amount written in English notation back to the same number", () => {
    fc.assert(
      fc.property(cents, (c) => {
        const text = `${group(String(Math.floor(c / 100)), ",")}.${String(c % 100).padStart(2, "0")}`;
        expect(readAmount(text)).toEqual({ kind: "text", value: c / 100 });
      }),
    );
  });
});
