import { columnLetters } from "../../src/method/addresses";
import type { Cell } from "../../src/method/types";
import { createExcelDouble, type ExcelDouble } from "../double";
import { segment } from "../support/workbook";

const HEADER: Cell[] = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];
const client = (name: string, revenue: number): Cell[] => [name, revenue, 0, "Ja", "Nee", "Ja", "Nee"];
/** A row of SUM formulas over sheet rows from..to (1-based), which the method leaves out as a subtotal. */
const sum = (from: number, to: number): Cell[] => [
  "",
  `=SUM(B${from}:B${to})`,
  `=SUM(C${from}:C${to})`,
  "",
  "",
  "",
  "",
];

/** Lists whose subtotal rows sit first, last, or several in a row. */
const LISTS: Array<[string, Cell[][]]> = [
  [
    "first",
    [
      HEADER,
      sum(3, 5),
      client("Alfa Verpakking", 60000),
      client("Beta Chemie", 300000),
      client("Gamma Coating", 30000),
    ],
  ],
  [
    "last",
    [
      HEADER,
      client("Alfa Verpakking", 60000),
      client("Beta Chemie", 300000),
      client("Gamma Coating", 30000),
      sum(2, 4),
    ],
  ],
  [
    "first and consecutive in the middle",
    [
      HEADER,
      sum(3, 7),
      client("Alfa Verpakking", 60000),
      client("Beta Chemie", 300000),
      sum(3, 4),
      sum(3, 4),
      client("Gamma Coating", 30000),
    ],
  ],
  [
    "consecutive at the end",
    [HEADER, client("Alfa Verpakking", 60000), client("Beta Chemie", 300000), sum(2, 3), sum(2, 3)],
  ],
];

/** Every API version the writer treats differently: arrays (1.8) and one row copied over the others (1.9+). */
const HOSTS = ["1.8", "1.9", "1.17"];

async function run(values: Cell[][], apiVersion: string) {
  const double = createExcelDouble({ sheets: { Klanten: values }, apiVersion });
  double.install();
  try {
    return { double, outcome: await segment() };
  } finally {
    double.uninstall();
  }
}

/** The Segment column's letters from sheet row 2 to this row (1-based), and its column letter. */
function letters(double: ExcelDouble, to: number): { column: string; cells: Cell[] } {
  const header = double.values("Klanten", "A1:AZ1")[0];
  const column = columnLetters(header.findIndex((c) => c === "Segment"));
  return { column, cells: double.values("Klanten", `${column}2:${column}${to}`).map((r) => r[0]) };
}

describe("rows left out as subtotals, wherever they sit", () => {
  describe.each(HOSTS)("on an ExcelApi %s host", (apiVersion) => {
    it.each(LISTS)(
      "%s: the sheet's letters are the outcome's, and a client typed below gets one",
      async (_, values) => {
        const { double, outcome } = await run(values, apiVersion);
        expect(outcome.written).toBe(true);
        const expected: Cell[] = values.slice(1).map(() => "");
        for (const c of outcome.result.clients) expected[c.row - 1] = c.segment;
        expect(expected.filter((letter) => letter !== "")).toHaveLength(outcome.result.clients.length);
        const { column, cells } = letters(double, values.length);
        expect(cells).toEqual(expected);

        const ready = values.length + 1;
        double.edit("Klanten", `A${ready}`, "Delta Metaal");
        double.edit("Klanten", `B${ready}`, 1);
        expect(double.read("Klanten", `${column}${ready}`).value).toBe("C");
      },
    );
  });
});
