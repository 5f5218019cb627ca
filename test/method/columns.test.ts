import fc from "fast-check";
import { detectColumns } from "../../src/method/columns";
import { headerTexts } from "../../src/method/headerShapes";
import { ProblemLog } from "../../src/method/problems";
import { segmentTable } from "../../src/method/segmentTable";
import type { Cell, TableFacts } from "../../src/method/types";
import { arbAnyCell, arbClientTable, type GeneratedTable } from "../support/generators";

const KLANTEN = { sheet: "Klanten", row: 0, column: 0 };
const QUESTIONS = ["Marge", "Snelheid", "Innovatie", "Netwerk"];

const detect = (values: unknown[][], facts: TableFacts = {}) => {
  const log = new ProblemLog("nl");
  const columns = detectColumns(values as Cell[][], KLANTEN, log, facts);
  return { columns, problems: log.finish().map((p) => `${p.severity} ${p.code} ${p.address}`), log };
};

const outcome = (values: Cell[][], facts: TableFacts = {}) => {
  const result = segmentTable(values, undefined, KLANTEN, facts);
  return {
    segments: Object.fromEntries(result.clients.map((c) => [c.name, [c.segment, c.total]])),
    thresholds: result.thresholds,
  };
};

/** How a plain header row is shown in a list people really have. */
type HeaderStyle =
  "plain" | "units row" | "merged over years" | "texts under merged" | "mixed rows" | "line breaks";

const isYear = (text: Cell) => typeof text === "string" && /^Omzet \d{4}$/.test(text);
const yearOf = (text: Cell, asNumber: boolean): Cell => {
  const year = String(text).slice(-4);
  return asNumber ? Number(year) : year;
};

/** The table with its one-row header shown in the given style; the clients stay as they are. */
function restyle(values: Cell[][], h: number, style: HeaderStyle, yearsAsNumbers: boolean): Cell[][] {
  const header = values[h];
  const firstYear = (c: number) => isYear(header[c]) && !isYear(header[c - 1]);
  const rows = (upper: Cell[], lower: Cell[]) => [
    ...values.slice(0, h),
    upper,
    lower,
    ...values.slice(h + 1),
  ];
  switch (style) {
    case "plain":
      return values;
    case "units row":
      return rows(
        header,
        header.map((t) =>
          isYear(t) || t === "Potentieel" ? "(€)" : QUESTIONS.includes(String(t)) ? "(Ja/Nee)" : "",
        ),
      );
    case "merged over years":
      return rows(
        header.map((t, c) => (isYear(t) ? (firstYear(c) ? "Omzet" : "") : t)),
        header.map((t) => (isYear(t) ? yearOf(t, yearsAsNumbers) : "")),
      );
    case "texts under merged":
      return rows(
        header.map((_, c) => (firstYear(c) ? "Omzet" : "")),
        header.map((t) => (isYear(t) ? yearOf(t, yearsAsNumbers) : t)),
      );
    case "mixed rows":
      return rows(
        header.map((t, c) =>
          isYear(t) ? (firstYear(c) ? "Omzet" : "") : QUESTIONS.includes(String(t)) ? "" : t,
        ),
        header.map((t) => (isYear(t) ? yearOf(t, yearsAsNumbers) : QUESTIONS.includes(String(t)) ? t : "")),
      );
    case "line breaks":
      return [
        ...values.slice(0, h),
        header.map((t) => ` ${String(t).replace(" ", "\n")}  `),
        ...values.slice(h + 1),
      ];
  }
}

/** Columns that are no input of the method: notes, and amounts that are not revenue (shares, growth, counts, dates). */
const OTHER_COLUMNS: ReadonlyArray<readonly [string, fc.Arbitrary<Cell>]> = [
  ["Opmerkingen", fc.string({ maxLength: 20 })],
  ["Notes", fc.string({ maxLength: 20 })],
  ["Accountmanager", fc.constantFrom("An", "Bram", "")],
  ["Regio", fc.constantFrom("West", "Oost", "Limburg")],
  ["Klantnummer", fc.integer({ min: 1000, max: 9999 })],
  ["Omzet %", fc.double({ min: 0, max: 1, noNaN: true })],
  ["Groei %", fc.double({ min: -1, max: 1, noNaN: true })],
  ["Aantal facturen", fc.integer({ min: 0, max: 300 })],
  ["Datum laatste factuur", fc.integer({ min: 40000, max: 46000 })],
];

/** The table with extra columns put in before, between and after the method's columns. */
const arbWithOtherColumns = (table: GeneratedTable): fc.Arbitrary<Cell[][]> =>
  fc
    .array(
      fc.record({
        at: fc.integer({ min: 0, max: table.values[table.headerRow].length }),
        kind: fc.constantFrom(...OTHER_COLUMNS),
        seed: fc.array(fc.constant(null), { minLength: table.values.length, maxLength: table.values.length }),
      }),
      { maxLength: 3 },
    )
    .chain((inserts) =>
      fc
        .tuple(
          ...inserts.map(({ kind }) =>
            fc.array(kind[1], { minLength: table.values.length, maxLength: table.values.length }),
          ),
        )
        .map((cells) => {
          const values = table.values.map((row) => [...row]);
          inserts.forEach(({ at, kind }, i) => {
            values.forEach((row, r) => {
              const blank = row.every((c) => c === "");
              const cell = r === table.headerRow ? kind[0] : r < table.headerRow || blank ? "" : cells[i][r];
              row.splice(Math.min(at, row.length), 0, cell);
            });
          });
          return values;
        }),
    );

describe("the header of a client table, as lists really have it", () => {
  const styles: HeaderStyle[] = [
    "units row",
    "merged over years",
    "texts under merged",
    "mixed rows",
    "line breaks",
  ];

  it("gives the same segments whatever the header's shape, and whatever other columns stand between", () => {
    fc.assert(
      fc.property(
        arbClientTable({ maxClients: 12 }).chain((table) =>
          fc.record({
            table: fc.constant(table),
            withOthers: arbWithOtherColumns(table),
            style: fc.constantFrom(...styles),
            yearsAsNumbers: fc.boolean(),
          }),
        ),
        ({ table, withOthers, style, yearsAsNumbers }) => {
          const plain = outcome(table.values);
          // One year as a number under the header could be a client's amount in a row without a name.
          const numbers = yearsAsNumbers && table.yearColumns > 1;
          const restyled = restyle(withOthers, table.headerRow, style, numbers);
          expect(outcome(restyled)).toEqual(plain);
          const { columns } = detect(restyled);
          const rows = style === "plain" || style === "line breaks" ? 0 : 1;
          expect([columns.headerTop, columns.headerRow]).toEqual([table.headerRow, table.headerRow + rows]);
          expect(columns.revenue).toHaveLength(table.yearColumns);
        },
      ),
    );
  });

  it("never throws, whatever the cells: null, undefined, ragged rows or no rows", () => {
    const arbRow = fc.oneof(
      fc.array(fc.oneof(arbAnyCell, fc.constant(null), fc.constant(undefined)), { maxLength: 9 }),
      fc.constant(null),
      fc.constant(undefined),
      fc.constant(["Klant", "Omzet", "", "Marge", "Snelheid", "Innovatie", "Netwerk"]),
      fc.constant(["", 2023, "(€)", "(Ja/Nee)", "J/N", "", ""]),
    );
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 8 }), fc.boolean(), (rows, inTable) => {
        const values = rows as unknown[][];
        const { columns } = detect(values, inTable ? { table: "Tabel1" } : {});
        expect(columns.headerRow >= columns.headerTop).toBe(true);
        expect(headerTexts(values, columns)).toBeInstanceOf(Array);
      }),
    );
  });

  const H = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];
  const CLIENTS: Cell[][] = [
    ["Alfa", 100000, 20000, "Ja", "Ja", "Ja", "Nee"],
    ["Bravo", 10000, 0, "Nee", "Ja", "Nee", "Nee"],
    ["Charlie", 40000, 10000, "Ja", "Ja", "Ja", "Ja"],
  ];

  it("reads a row with one amount and no name under the header as a client row, not as years", () => {
    const values: Cell[][] = [H, ["", 2000, "", "", "", "", ""], ...CLIENTS];
    const result = segmentTable(values, undefined, KLANTEN);
    expect(result.columns.headerRow).toBe(0);
    expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toContain(
      "error missing-name Klanten!A2",
    );
  });

  it("reads title and export lines above the header as no part of it", () => {
    const values: Cell[][] = [
      ["Klantenlijst regio West", "", "", "", "", "", ""],
      ["Rapport: Omzet per klant", "", "", "", "", "", ""],
      ["Gegenereerd op 12/03/2025", "", "", "", "", "", ""],
      H,
      ...CLIENTS,
    ];
    const { columns, problems } = detect(values);
    expect(problems).toEqual([]);
    expect(columns).toMatchObject({ headerTop: 3, headerRow: 3, name: 0, revenue: [1] });
    expect(outcome(values)).toEqual(outcome([H, ...CLIENTS]));
  });

  it("reads a units row under the header as part of it, and the unit it names", () => {
    const values: Cell[][] = [H, ["", "k€", "k€", "J/N", "J/N", "J/N", "J/N"], ...CLIENTS];
    const { columns, problems } = detect(values);
    expect(problems).toEqual([]);
    expect(columns).toMatchObject({ headerTop: 0, headerRow: 1, unit: { factor: 1000, symbol: "k€" } });
    expect(columns.scale).toEqual({ 1: 1, 2: 1 });
    expect(headerTexts(values, columns).slice(0, 4)).toEqual([
      "Klant",
      "Omzet k€",
      "Potentieel k€",
      "Marge J/N",
    ]);
  });

  it("reads a merged Omzet (k€) over the years in the unit it names, with each year's cell as its header", () => {
    const values: Cell[][] = [
      ["Omzetoverzicht", "", "", "", "", "", "", "", "", ""],
      ["", "Omzet (k€)", "", "", "", "", "", "", "", ""],
      [
        "Klant",
        "2023",
        "2024",
        "2025",
        "Potentieel (k€)",
        "Marge",
        "Snelheid",
        "Innovatie",
        "Netwerk",
        "Notes",
      ],
      ["Alfa", 90, 100, 110, 20, "Ja", "Ja", "Ja", "Nee", ""],
    ];
    const { columns, problems, log } = detect(values);
    expect(problems).toEqual([]);
    expect(log.hasErrors).toBe(false);
    expect(columns).toMatchObject({
      headerTop: 1,
      headerRow: 2,
      revenue: [1, 2, 3],
      potential: 4,
      firstColumn: 0,
      lastColumn: 9,
      unit: { symbol: "k€" },
    });
    expect(headerTexts(values, columns).slice(1, 4)).toEqual([
      "Omzet (k€) 2023",
      "Omzet (k€) 2024",
      "Omzet (k€) 2025",
    ]);
  });

  it("reads a table of an English report export with its unit in the header", () => {
    const values: Cell[][] = [
      [
        "Account Name",
        "Account ID",
        "Revenue FY24 (in thousands)",
        "Revenue FY25 (in thousands)",
        "Upsell potential (k€)",
        "Margin (Y/N)",
        "Speed (Y/N)",
        "Innovation (Y/N)",
        "Network (Y/N)",
      ],
      ["Alpha Ltd", "001A", 120, 130, 10, "Y", "Y", "N", "N"],
    ];
    const { columns, problems } = detect(values);
    expect(problems).toEqual([]);
    expect(columns).toMatchObject({ name: 0, revenue: [2, 3], potential: 4, unit: { factor: 1000 } });
  });

  it("reads a Belgian export in French", () => {
    const values: Cell[][] = [
      [
        "N° client",
        "Nom du client",
        "CA 2023",
        "CA 2024",
        "Potentiel",
        "Marge",
        "Rapidité",
        "Innovation",
        "Réseau",
      ],
      [1001, "Boulangerie Dupont SRL", 50000, 60000, 5000, "Oui", "Non", "Oui", "Non"],
    ];
    const { columns, problems } = detect(values);
    expect(problems).toEqual([]);
    expect(columns).toMatchObject({ name: 1, revenue: [2, 3], potential: 4, firstColumn: 0, lastColumn: 8 });
  });

  it("amounts in different units: reads each in its own, shown in the smallest", () => {
    const values: Cell[][] = [
      ["Klant", "Omzet (k€)", "Potentieel (€)", ...QUESTIONS],
      ["Alfa", 100, 20000, "Ja", "Ja", "Ja", "Nee"],
    ];
    const { columns, problems } = detect(values);
    expect(problems).toEqual([]);
    expect(columns.unit).toEqual({ factor: 1, symbol: "€" });
    expect(columns.scale).toEqual({ 1: 1000, 2: 1 });
  });

  it("refuses revenue columns in different units, naming both headers", () => {
    const values: Cell[][] = [
      ["Klant", "Omzet 2024 (k€)", "Omzet 2025 (€)", "Potentieel (€)", ...QUESTIONS],
      ["Alfa", 100, 120000, 5000, "Ja", "Ja", "Ja", "Nee"],
    ];
    const result = segmentTable(values, { language: "nl" }, KLANTEN);
    expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
      "error mixed-units Klanten!C1",
    ]);
    expect(result.problems[0].message).toBe(
      "Klanten!C1: 'Omzet 2025 (€)' (in €) en 'Omzet 2024 (k€)' in Klanten!B1 (in k€) staan in een andere eenheid. Zet alle omzetkolommen in dezelfde eenheid (bv. allemaal in k€), dan kan de add-in er het gemiddelde van nemen.",
    );
    expect(result.clients).toEqual([]);
  });

  it("takes a column's unit from its own header only: no unit beside k€ or M€ is refused, naming the cell", () => {
    const units = ["", " (€)", " (k€)", " (M€)"];
    const factors: Record<string, number> = { "": 1, " (€)": 1, " (k€)": 1000, " (M€)": 1_000_000 };
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.constantFrom(...units), (revenue, potential) => {
        const values: Cell[][] = [
          ["Klant", `Omzet${revenue}`, `Potentieel${potential}`, ...QUESTIONS],
          ["Alfa", 60000, 10, "Ja", "Ja", "Ja", "Nee"],
        ];
        const { columns, problems } = detect(values);
        const thousands = [revenue, potential].some((u) => factors[u] > 1);
        const bare = [revenue, potential].flatMap((u, i) => (u === "" ? [i === 0 ? "B1" : "C1"] : []));
        if (thousands && bare.length > 0) {
          expect(problems).toEqual(bare.map((cell) => `error unit-missing Klanten!${cell}`));
          return;
        }
        expect(problems).toEqual([]);
        const smallest = Math.min(factors[revenue], factors[potential]);
        expect(columns.unit.factor).toBe(smallest);
        expect(columns.scale).toEqual({ 1: factors[revenue] / smallest, 2: factors[potential] / smallest });
      }),
    );
  });

  it("refuses a year without a unit beside a year in k€, and says what to write", () => {
    const values: Cell[][] = [
      ["Klant", "Omzet 2023", "Omzet 2024 (k€)", "Potentieel (k€)", ...QUESTIONS],
      ["Alfa", 60000, 62, 0, "Ja", "Ja", "Ja", "Nee"],
    ];
    const nl = segmentTable(values, { language: "nl" }, KLANTEN);
    expect(nl.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
      "error unit-missing Klanten!B1",
    ]);
    expect(nl.problems[0].message).toBe(
      "Omzet 2024 (k€) staat in k€, maar Omzet 2023 (Klanten!B1) noemt geen eenheid. Zet de eenheid in de koptekst, bv. Omzet 2023 (k€) of Omzet 2023 (€).",
    );
    expect(nl.clients).toEqual([]);
    const en = segmentTable(values, { language: "en" }, KLANTEN);
    expect(en.problems[0].message).toBe(
      "Omzet 2024 (k€) is in k€, but Omzet 2023 (Klanten!B1) names no unit. Put the unit in the header, e.g. Omzet 2023 (k€) or Omzet 2023 (€).",
    );
  });

  it("leaves columns out that look like amounts but are not, and says why", () => {
    const values: Cell[][] = [
      [
        "Klant",
        "Omzet 2024",
        "Omzet %",
        "Omzet 2025",
        "Groei %",
        "Totaal omzet",
        "Aantal facturen",
        "Datum laatste factuur",
        "Potentieel",
        ...QUESTIONS,
      ],
      ["Alfa", 100000, 0.6, 110000, 0.1, 210000, 12, 45658, 5000, "Ja", "Ja", "Ja", "Nee"],
      ["Bravo", 50000, 0.4, 60000, 0.2, 110000, 4, 45600, 0, "Nee", "Ja", "Nee", "Nee"],
    ];
    const { columns, problems } = detect(values);
    expect(problems).toEqual([]);
    expect(columns.revenue).toEqual([1, 3]);
    expect(columns.skipped).toEqual([
      { column: 2, reason: "share" },
      { column: 4, reason: "growth" },
      { column: 5, reason: "total" },
      { column: 6, reason: "count" },
      { column: 7, reason: "date" },
    ]);
  });

  it("reads a total revenue column when it is the only one", () => {
    const { columns } = detect([["Klant", "Totale omzet", ...QUESTIONS]]);
    expect(columns).toMatchObject({ revenue: [1], skipped: [] });
  });

  it.each([
    [["Debiteur", "Naam", "Omzet", ...QUESTIONS], [1001, "Bakker BV", 10, "Ja", "Ja", "Ja", "Ja"], 1],
    [["Klantnummer", "Klant", "Omzet", ...QUESTIONS], [1001, "Bakker BV", 10, "Ja", "Ja", "Ja", "Ja"], 1],
    [["Naam", "Bedrijf", "Omzet", ...QUESTIONS], ["Jan Peeters", "Bakker BV", 10, "Ja", "Ja", "Ja", "Ja"], 1],
    [["Relatie", "Naam", "Omzet", ...QUESTIONS], ["D-1001", "Bakker BV", 10, "Ja", "Ja", "Ja", "Ja"], 1],
    [
      ["Account ID", "Account Name", "Revenue", ...QUESTIONS],
      ["0012A", "Alpha Ltd", 10, "Y", "Y", "Y", "Y"],
      1,
    ],
  ])("reads the client's name from the column with names: %j", (header, row, name) => {
    const { columns, problems } = detect([header, row as Cell[]]);
    expect(columns.name).toBe(name);
    expect(problems.filter((p) => p.includes("duplicate-column"))).toEqual([]);
  });

  it("still warns when two columns could equally be the name, and uses the first", () => {
    const { columns, problems } = detect([
      ["Klant", "Bedrijf", "Omzet", ...QUESTIONS],
      ["Bakker", "Bakker BV", 10, "Ja", "Ja", "Ja", "Ja"],
    ]);
    expect(columns.name).toBe(0);
    expect(problems).toContain("warning duplicate-column Klanten!B1");
  });

  it("with a required column missing, the table still spans the header (no row before it)", () => {
    const { columns, problems } = detect([
      ["Klant", "Omzet", "Marge", "Snelheid", "Innovatie"],
      ["A", 1, "Ja", "Ja", "Ja"],
    ]);
    expect(problems).toContain("error missing-column Klanten!A1:E1");
    expect(columns).toMatchObject({ headerRow: 0, lastRow: 0, firstColumn: 0, lastColumn: 4 });
  });

  describe("in an Excel Table", () => {
    it("takes the Table's first row as the header, whatever is below it", () => {
      const values: Cell[][] = [H, ...CLIENTS];
      const { columns, problems } = detect(values, { table: "Klanten2025" });
      expect(problems).toEqual([]);
      expect(columns).toMatchObject({ headerTop: 0, headerRow: 0 });
      expect(outcome(values, { table: "Klanten2025" })).toEqual(outcome(values));
    });

    it("refuses a units row in the Table, which would count as a client, and reads no client", () => {
      const values: Cell[][] = [
        H,
        ["", "(€)", "(€)", "(Ja/Nee)", "(Ja/Nee)", "(Ja/Nee)", "(Ja/Nee)"],
        ...CLIENTS,
      ];
      const result = segmentTable(values, { language: "nl" }, KLANTEN, { table: "Klanten2025" });
      expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
        "error units-row-in-table Klanten!A2:G2",
      ]);
      expect(result.problems[0].message).toContain("'(€)'");
      expect(result.problems[0].message).toContain("Klanten2025");
      expect(result.columns.headerRow).toBe(1);
      expect(result.clients).toEqual([]);
    });

    it("reports missing columns in the Table's header rather than searching elsewhere", () => {
      const values: Cell[][] = [["Klant", "Omzet", "Kolom1", "Kolom2"], H, ...CLIENTS];
      const { columns, problems } = detect(values, { table: "Tabel1" });
      expect(columns.headerRow).toBe(0);
      expect(problems.filter((p) => p.startsWith("error"))).toHaveLength(4);
    });
  });
});
