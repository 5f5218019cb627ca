import { ProblemLog } from "../../src/method/problems";
import { RowReader } from "../../src/method/rows";
import { emptyColumns } from "../../src/method/columns";
import { segmentTable } from "../../src/method/segmentTable";
import { shownDate } from "../../src/method/shownValues";
import type { Cell, Columns } from "../../src/method/types";

const KLANTEN = { sheet: "Klanten", row: 0, column: 0 };
const HEADER: Cell[] = [
  "Klant",
  "Omzet 2024",
  "Omzet 2025",
  "Potentieel",
  "Marge",
  "Snelheid",
  "Innovatie",
  "Netwerk",
];
const LIST: Cell[][] = [
  HEADER,
  ["Aerts BV", 120000, 45658, 0, "Ja", "Ja", "Ja", "Nee"],
  ["Claes NV", 20000, 30000, 0, "Nee", "Nee", "Ja", "Nee"],
  ["Dubois SRL", 60000, 60000, 0, "Ja", "Ja", "Nee", "Nee"],
];
const summary = (values: Cell[][], facts = {}, language: "nl" | "en" = "nl") =>
  segmentTable(values, { language }, KLANTEN, facts).problems.map(
    (p) => `${p.severity} ${p.code} ${p.address}`,
  );

describe("what the sheet knows besides the values", () => {
  it("warns about a revenue cell formatted as a date, with the date it shows and the amount it is read as (issue 11, failure 3)", () => {
    const result = segmentTable(LIST, {}, KLANTEN, { dateCells: [[1, 2]] });
    expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
      "warning date-amount Klanten!C2",
    ]);
    expect(result.problems[0].message).toBe(
      "Klanten!C2: '01/01/2025' staat opgemaakt als datum (Omzet 2025) en wordt gelezen als het bedrag €\u00a045.658. Staat er een datum in de verkeerde kolom, verbeter de cel; is het een bedrag, geef de cel de opmaak Getal.",
    );
    const [en] = segmentTable(LIST, { language: "en" }, KLANTEN, { dateCells: [[1, 2]] }).problems;
    expect(en.message).toContain(
      "'01/01/2025' is formatted as a date (Omzet 2025) and is read as the amount €\u00a045,658.",
    );
    expect(result.clients).toHaveLength(3);
  });

  it("names only amount cells that hold a number: a date-formatted name, answer, text or empty cell is no amount read", () => {
    const values = LIST.map((row) => [...row]);
    values[2][1] = "";
    expect(
      summary(values, {
        dateCells: [
          [1, 0],
          [1, 4],
          [2, 1],
          [3, 2],
          [9, 1],
        ],
      }),
    ).toEqual(["warning date-amount Klanten!C4"]);
  });

  it.each([
    [1, "01/01/1900"],
    [59, "28/02/1900"],
    [60, "29/02/1900"],
    [61, "01/03/1900"],
    [45658, "01/01/2025"],
    [45658.75, "01/01/2025"],
    [2958465, "31/12/9999"],
    [0, ""],
    [-3, ""],
    [2958466, ""],
  ])("shows the serial %p as the date Excel shows: %p", (serial, date) => {
    expect(shownDate(serial)).toBe(date);
  });

  it("says once how many rows are hidden, naming the table, and reads them all", () => {
    const result = segmentTable(LIST, {}, KLANTEN, { hiddenRows: 2 });
    expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
      "warning hidden-rows Klanten!A1:H4",
    ]);
    expect(result.problems[0].message).toContain("2 rijen van de lijst zijn verborgen");
    expect(result.clients).toHaveLength(3);
    expect(summary(LIST, { hiddenRows: 0 })).toEqual([]);
  });

  it.each(["#N/A", "#REF!", "#NAAM?", "#WAARDE!", "#DEEL/0!", "#VERW!", "#N/B"])(
    "refuses the error value %s as a client name, naming the cell",
    (error) => {
      const values = LIST.map((row) => [...row]);
      values[3][0] = error;
      const result = segmentTable(values, {}, KLANTEN);
      expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
        "error cell-error Klanten!A4",
      ]);
      expect(result.problems[0].message).toContain(`bevat de fout ${error} (Klant)`);
      expect(result.clients).toEqual([]);
    },
  );
});

describe("amounts in another unit than the table's", () => {
  const columns = (): Columns => ({
    ...emptyColumns(),
    headerRow: 0,
    name: 0,
    revenue: [1, 2],
    potential: 3,
    criteria: { marge: 4, snelheid: 5, innovatie: 6, netwerk: 7 },
    scale: { 1: 1000, 2: 1000, 3: 1 },
  });

  it("multiplies revenue and potential by their scale, as the sheet's AVERAGE(…)*1000+SUM(…) does", () => {
    const reader = new RowReader(
      columns(),
      HEADER,
      { marge: 1, snelheid: 1, innovatie: 1, netwerk: 1 },
      KLANTEN,
      new ProblemLog("nl"),
      "nl",
    );
    const client = reader.read(["Aerts BV", 120.5, 80, 2500, "Ja", "", "", ""], 1, "Aerts BV");
    expect(client).toMatchObject({ revenue: ((120.5 + 80) / 2) * 1000, potential: 2500, total: 102750 });
  });

  it("treats a column without a scale as one in the table's unit", () => {
    const reader = new RowReader(
      { ...columns(), scale: {} },
      HEADER,
      { marge: 1, snelheid: 1, innovatie: 1, netwerk: 1 },
      KLANTEN,
      new ProblemLog("nl"),
      "nl",
    );
    expect(reader.read(["Aerts BV", 100, 50, 25, "", "", "", ""], 1, "Aerts BV")).toMatchObject({
      total: 100,
    });
  });
});
