import fc from "fast-check";
import { atLeast, excelDigits } from "../../src/method/compare";
import { segmentTable } from "../../src/method/segmentTable";
import type { Cell } from "../../src/method/types";
import { HEADER } from "../support/snapshots";

const KLANTEN = { sheet: "Klanten", row: 0, column: 0 };
const YES: Cell[] = ["Ja", "Ja", "Ja", "Nee"];
const table = (...rows: Cell[][]): Cell[][] => [HEADER, ...rows.map((r) => [...r, ...YES])];
const codes = (values: Cell[][]) =>
  segmentTable(values, {}, KLANTEN).problems.map((p) => `${p.severity} ${p.code} ${p.address}`);

describe("negative amounts (credit notes)", () => {
  it("accepts a negative year with a warning naming the cell while the client's average stays 0 or more", () => {
    const result = segmentTable(
      table(["Bakker BV", 90000, -15000, 45000, 0], ["Claes NV", 20000, 20000, 20000, 0]),
      {},
      KLANTEN,
    );
    expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
      "warning negative-revenue Klanten!C2",
    ]);
    expect(result.problems[0].message).toContain("'-15000'");
    expect(result.problems[0].message).toContain("Omzet 2024");
    expect(result.problems[0].message).toContain("'Bakker BV'");
    expect(result.clients.find((c) => c.name === "Bakker BV")?.revenue).toBe(40000);
  });

  it("refuses a client whose average revenue is negative, naming its revenue cells", () => {
    expect(codes(table(["Bakker BV", 10000, -50000, "", 0], ["Claes NV", 1, 2, 3, 0]))).toEqual([
      "error negative-average Klanten!B2:D2",
    ]);
    const [problem] = segmentTable(
      table(["Bakker BV", 10000, -50000, "", 0]),
      { language: "en" },
      KLANTEN,
    ).problems;
    expect(problem.message).toContain("(-€\u00a020,000)");
  });

  it("refuses a negative amount in a single revenue column (its average is that amount)", () => {
    const values: Cell[][] = [
      ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"],
      ["Een", -500, 0, "Ja", "Ja", "Ja", "Ja"],
    ];
    expect(codes(values)).toEqual(["error negative-average Klanten!B2"]);
  });

  it("keeps a negative potential an error, and negative text amounts text or negative as before", () => {
    expect(codes(table(["Bakker BV", 1, 2, 3, -100]))).toEqual(["error negative-amount Klanten!E2"]);
    expect(codes(table(["Bakker BV", "-1.200", 2, 3, "-1.000,00"]))).toEqual([
      "error text-amount Klanten!B2",
      "error negative-amount Klanten!E2",
    ]);
  });

  it("compares at 15 digits, as the sheet's >= does: 0.3 against 0.1 + 0.2 is even", () => {
    const result = segmentTable(
      table(["Centen", 0.3, -0.1, -0.2, 0], ["Ander", 0.1, 0.2, -0.3, 0]),
      {},
      KLANTEN,
    );
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(result.clients).toHaveLength(2);
  });

  it("averages years that a credit note cancels to exactly 0, as the sheet does (no rounding residue)", () => {
    const result = segmentTable(
      table(["Centen", 0.3, -0.1, -0.2, 0], ["Netto nul", 617283.47, 1150939.12, -1768222.59, 5]),
      {},
      KLANTEN,
    );
    expect(result.clients.map((c) => [c.name, c.revenue, c.total])).toEqual([
      ["Centen", 0, 0],
      ["Netto nul", 0, 5],
    ]);
  });

  it("accepts exactly the clients whose positive years outweigh the negative ones, and averages all years", () => {
    const year = fc.oneof(
      fc.integer({ min: -500_000, max: 500_000 }),
      fc.integer({ min: -5_000_000, max: 5_000_000 }).map((cents) => cents / 100),
      fc.constant<Cell>(""),
    );
    fc.assert(
      fc.property(fc.array(year, { minLength: 3, maxLength: 3 }), (years) => {
        const amounts = years.filter((y): y is number => typeof y === "number");
        fc.pre(amounts.length > 0);
        const result = segmentTable(table(["Bakker BV", ...years, 0]), {}, KLANTEN);
        let positive = 0;
        let negative = 0;
        for (const a of amounts) {
          positive += Math.max(a, 0);
          negative += Math.min(a, 0);
        }
        const accepted = atLeast(positive, -negative);
        expect(result.clients.length).toBe(accepted ? 1 : 0);
        const cancelled = negative < 0 && excelDigits(positive) === excelDigits(-negative);
        const average = cancelled ? 0 : amounts.reduce((s, a) => s + a, 0) / amounts.length;
        if (accepted) expect(result.clients[0].revenue).toBe(average);
        const negatives = amounts.filter((a) => a < 0).length;
        expect(result.problems.filter((p) => p.code === "negative-revenue")).toHaveLength(
          accepted ? negatives : 0,
        );
      }),
    );
  });
});
