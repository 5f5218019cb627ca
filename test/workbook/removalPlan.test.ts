import fc from "fast-check";
import { OUTPUT_HEADERS } from "../../src/method";
import { refersToRowOnly, settingsSheetByNames } from "../../src/workbook";
import { isOwnHeader } from "../../src/workbook/ownColumns";

const HEADERS = [...Object.values(OUTPUT_HEADERS.nl), ...Object.values(OUTPUT_HEADERS.en)];

describe("isOwnHeader: only the headers the add-in writes", () => {
  it("every header it writes, in either language, is its own", () => {
    for (const header of HEADERS) expect(isOwnHeader(header)).toBe(true);
  });

  it("a header with anything after it but Excel's Table number is the user's", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADERS),
        fc.string({ minLength: 1 }),
        fc.boolean(),
        (header, tail, table) => {
          fc.pre(!/^([2-9]|[1-9]\d+)$/.test(tail));
          expect(isOwnHeader(`${header}${tail}`, table)).toBe(false);
        },
      ),
    );
  });

  it("Excel's number for a duplicate (Segment2) is its own only inside a Table", () => {
    fc.assert(
      fc.property(fc.constantFrom(...HEADERS), fc.integer({ min: 2, max: 999 }), (header, n) => {
        expect(isOwnHeader(`${header}${n}`, true)).toBe(true);
        expect(isOwnHeader(`${header}${n}`, false)).toBe(false);
        expect(isOwnHeader(`${header} ${n}`, true)).toBe(false);
      }),
    );
  });

  it("another case or a number is the user's", () => {
    expect(isOwnHeader("score")).toBe(false);
    expect(isOwnHeader("TOTAAL")).toBe(false);
    expect(isOwnHeader(2025)).toBe(false);
  });
});

describe("refersToRowOnly: the add-in's formulas refer to their own row", () => {
  it("holds for relative references on the row, absolute column ranges and texts aside", () => {
    expect(refersToRowOnly('=IF(K2=1,AVERAGE(B2:C2)+SUM(D2),"")', 1)).toBe(true);
    expect(refersToRowOnly("=SUM(Klanten!$H$2:$H$55)+H7", 6)).toBe(true);
    expect(refersToRowOnly('=IF(J9="A1",H9,-1)', 8)).toBe(true);
  });

  it("fails as soon as one reference is on another row", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), (row, other) => {
        fc.pre(row !== other);
        expect(refersToRowOnly(`=IF(K${row + 1}=1,B${other + 1},"")`, row)).toBe(false);
      }),
    );
  });
});

describe("settingsSheetByNames: the settings sheet through the add-in's names", () => {
  const names = (sheet: string) =>
    new Map([
      ["ABC_Tabel", "=Klanten!$A$1:$G$1"],
      ["ABC_Methode", `=${sheet}!$C$6`],
      ["ABC_TopN", `=${sheet}!$C$10`],
    ]);

  it("finds it under another name", () => {
    expect(settingsSheetByNames(names("Instellingen"), ["Klanten", "Instellingen"])).toBe("Instellingen");
  });

  it("never names the list's sheet, nor a sheet that does not exist", () => {
    expect(settingsSheetByNames(names("Klanten"), ["Klanten"])).toBeNull();
    expect(settingsSheetByNames(names("Weg"), ["Klanten"])).toBeNull();
  });

  it("falls back on ABC-instellingen when the names read #REF!", () => {
    const broken = new Map([["ABC_Methode", "=#REF!$C$6"]]);
    expect(settingsSheetByNames(broken, ["Klanten", "ABC-instellingen"])).toBe("ABC-instellingen");
  });
});
