import fc from "fast-check";
import { createExcelDouble, type CellData } from "../double";
import { compareAt15Digits } from "../double/engine";

/** The value Excel shows for a formula typed into an empty cell of a sheet holding these rows. */
function compute(formula: string, rows: CellData[][] = [[]]): CellData {
  const double = createExcelDouble({ sheets: { Blad: rows } });
  double.edit("Blad", "Z1", formula);
  return double.read("Blad", "Z1").value;
}

describe("the double compares numbers as Excel does, at 15 significant digits", () => {
  it.each([
    ["=0.1+0.7>=0.8", true],
    ["=(0.1+0.7)=0.8", true],
    ["=0.1+0.2=0.3", true],
    ["=AVERAGE(100000.1,100000.2)>=100000.15", true],
    ["=SUM(0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1)=1", true],
    ['=IF(0.1+0.7<0.8,"lager","gelijk")', "gelijk"],
    ["=1=1.0000000000001", false],
    ["=1<1.0000000000001", true],
    ["=1=1.00000000000001", false],
    ["=100000.15<100000.16", true],
  ])("%s is %p", (formula, expected) => {
    expect(compute(formula)).toBe(expected);
  });

  it("keeps the full double in the value, as Office.js hands it over", () => {
    expect(compute("=0.1+0.7")).toBe(0.1 + 0.7);
    expect(compute("=0.1+0.2")).toBe(0.30000000000000004);
  });

  it("returns 0 when a last + or - lands a few units from zero, as Excel does", () => {
    expect(compute("=0.1+0.7-0.8")).toBe(0);
    expect(compute("=1-0.9-0.1")).toBe(0);
  });

  it("compares cells the same way in COUNTIF criteria", () => {
    expect(compute('=COUNTIF(A1:A2,">=0.8")', [["=0.1+0.7"], [0.79]])).toBe(1);
    expect(compute("=COUNTIF(A1:A2,0.8)", [["=0.1+0.7"], [0.79]])).toBe(1);
  });

  it("treats numbers equal exactly when they agree in their first 15 significant digits", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        (x, ulps) => {
          const nudged = x + ulps * Number.EPSILON * Math.abs(x);
          const equal = Number(x.toPrecision(15)) === Number(nudged.toPrecision(15));
          expect(compareAt15Digits(x, nudged) === 0).toBe(equal);
        },
      ),
    );
  });

  it("reads TRUE and FALSE as the literals Excel knows", () => {
    expect(compute("=IF(1>0,TRUE,FALSE)")).toBe(true);
    expect(
      compute('=VLOOKUP("Nee",A1:B2,2,FALSE)', [
        ["Ja", 1],
        ["Nee", 2],
      ]),
    ).toBe(2);
  });
});

describe("the double matches text as Excel does", () => {
  const answers: CellData[][] = [["Ja"], ["ja"], ["Nee"], ["jas"], ["a*b"], ["a?"]];

  it.each([
    ['=MATCH("*",{"Ja"},0)', 1],
    ['=MATCH("J*",A1:A6,0)', 1],
    ['=MATCH("n?e",A1:A6,0)', 3],
    ['=MATCH("a~*b",A1:A6,0)', 5],
    ['=MATCH("ja",A1:A6,0)', 1],
    ['=COUNTIF(A1:A6,"j?")', 2],
    ['=COUNTIF(A1:A6,"j*")', 3],
    ['=COUNTIF(A1:A6,"a~?")', 1],
    ['=SUMPRODUCT(--(A1:A6="ja"))', 2],
    ['=SEARCH("e?",A3)', 2],
    ['=VLOOKUP("N*",A1:A6,1,FALSE)', "Nee"],
    ['=HLOOKUP("n?e",A1:A6,1,FALSE)', "#N/A"],
  ])("%s gives %p: * ? and ~ are wildcards, case does not count", (formula, expected) => {
    expect(compute(formula, answers)).toBe(expected);
  });

  it.each([
    ['="*"="Ja"', false],
    ['="ja"="JA"', true],
    ['="J?"="Ja"', false],
    ["=A1=A2", true],
  ])("%s is %p: = on text ignores case and knows no wildcards", (formula, expected) => {
    expect(compute(formula, answers)).toBe(expected);
  });

  it("reads wildcards in HLOOKUP across a row", () => {
    expect(compute('=HLOOKUP("n?e",A1:C1,1,FALSE)', [["Ja", "Nee", "jas"]])).toBe("Nee");
  });

  it("finds no wildcard match where there is none", () => {
    expect(compute('=MATCH("x*",A1:A6,0)', answers)).toBe("#N/A");
    expect(compute('=XLOOKUP("N*",A1:A6,A1:A6)', answers)).toBe("#N/A");
  });
});

describe("text comparison as Excel's =", () => {
  it("tells a non-breaking space from a plain one, and still ignores case and keeps accents apart", () => {
    const double = createExcelDouble({
      sheets: {
        Blad1: [
          ["a\u00a0b", "a b", "=A1=B1", '=A1="A\u00a0B"'],
          ["Café", "cafe", "=A2=B2", '=A2="CAFÉ"'],
        ],
      },
    });
    expect(double.values("Blad1", "C1:D2")).toEqual([
      [false, true],
      [false, true],
    ]);
  });
});
