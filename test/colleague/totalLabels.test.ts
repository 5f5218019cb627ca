import fc from "fast-check";
import { isTotalLabel, noAnswers, TOTAL_LABELS } from "../../src/method/totalRows";
import type { Cell } from "../../src/method/types";
import { segment, workbookWith } from "../support/workbook";
import { CLIENT_NAMES, TOTAL_ROW_LABELS } from "../support/totalLabels";
import { columnOf, FOUR, HEADER, typeRow } from "./helpers";

/** A client row of the FOUR list with this name: amounts and four answers, as a colleague types it. */
const clientRow = (name: Cell, amount = 404000): Cell[] => [name, amount, 0, "Ja", "Ja", "Ja", "Nee"];

describe("every total label the engine knows is left out by the sheet too", () => {
  it.each(TOTAL_ROW_LABELS)("%p typed below the list", async (label) => {
    expect(isTotalLabel(label)).toBe(true);
    const double = workbookWith(FOUR);
    await segment();
    typeRow(double, 6, [label, 404000, 0]);
    expect(double.read("Klanten", "J6").value).toBe("");
    expect(double.read("ABC-instellingen", "B12").value).toBe(4);
    double.uninstall();
  });

  it.each(CLIENT_NAMES)("%p typed below the list is a client, in the engine and the sheet", async (name) => {
    expect(isTotalLabel(name)).toBe(false);
    const double = workbookWith(FOUR);
    await segment();
    typeRow(double, 6, clientRow(name));
    expect(double.read("Klanten", "J6").value).toBe("A");
    expect(double.read("ABC-instellingen", "B12").value).toBe(5);
    double.uninstall();
  });
});

/** Words and pieces that total labels and client names are made of, so generated labels come near the rules' edges. */
const PIECES = [
  ...TOTAL_LABELS.words,
  ...TOTAL_LABELS.starts,
  ...TOTAL_LABELS.ends,
  "TOTAAL",
  "Total",
  "SubTotal",
  "West",
  "regio",
  "BV",
  "NV",
  "(",
  ")",
  "(12",
  "2024",
  "0",
  "9",
  ":",
  "-",
  "é",
  "É",
  "bouw",
  "x",
];

/** A label glued from pieces with or without spaces (runs of spaces too), in any case. */
const arbLabel: fc.Arbitrary<string> = fc
  .array(
    fc.record({
      piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "grapheme-ascii", maxLength: 4 })),
      gap: fc.constantFrom("", " ", " ", "  "),
      upper: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) =>
    parts.map(({ piece, gap, upper }) => `${gap}${upper ? piece.toUpperCase() : piece}`).join(""),
  )
  // Typed "=…", "-…" or "+…" is a formula to Excel, and "#…" may read as an error value.
  .filter((label) => label.trim() !== "" && !label.trim().startsWith("#") && !/^[=+-]/.test(label));

describe("the sheet's total rule and the engine's agree on every label", () => {
  it.each([
    ["with answers", ["Ja", "Ja", "Ja", "Nee"], false],
    ["with empty answers (spaces too)", ["", " ", "", "  "], true],
  ] as const)(
    "leaves a row out exactly when isTotalLabel says it is a total, %s (fast-check, in the double)",
    async (_, answers, noAnswers) => {
      const samples = fc.sample(fc.array(arbLabel, { minLength: 80, maxLength: 80 }), {
        seed: 11,
        numRuns: 6,
      });
      const labels = [...TOTAL_ROW_LABELS, ...CLIENT_NAMES, ...samples.flat()];
      const rows = labels.map((label) => [label, 1000, 0, ...answers]);
      const double = workbookWith([HEADER, ...rows]);
      const outcome = await segment();
      expect(outcome.written).toBe(true);
      const check = columnOf(double, 1, "ABC controle");
      const shown = double.values("Klanten", `${check}2:${check}${labels.length + 1}`).map(([v]) => v);
      // As the sheet holds them: a leading ' marks text and is not part of it, "12" may become a number.
      const names = double.values("Klanten", `A2:A${labels.length + 1}`).map(([v]) => v as Cell);
      const disagreeing = names.filter((name, i) => (shown[i] === "") !== isTotalLabel(name, noAnswers));
      expect(disagreeing).toEqual([]);
      expect(shown.filter((v) => v === "").length).toBeGreaterThan(TOTAL_ROW_LABELS.length);
      double.uninstall();
    },
  );

  it.each([
    ["Totaal regio Oost", "", true],
    ["Totaal Jan Peeters", "", true],
    ["Total HTVA", " ", true],
    ["Gem. per klant", "", true],
    ["Total Belgium NV", "Ja", false],
    ["Som Groep", "Nee", false],
  ])("%p with answer %p: a total %p, in the engine and the sheet", async (name, answer, total) => {
    const row: Cell[] = [name, 404000, 0, answer, answer, answer, answer];
    expect(isTotalLabel(name, noAnswers(row, [3, 4, 5, 6]))).toBe(total);
    const double = workbookWith(FOUR);
    await segment();
    typeRow(double, 6, row);
    expect(double.read("Klanten", "J6").value === "").toBe(total);
    double.uninstall();
  });
});

/** A list per region whose subtotal rows carry the region's name, with =SUBTOTAL in the amounts (as a CRM export has them). */
const REGIONS: Cell[][] = [
  HEADER,
  ["Aerts BV", 300000, 0, "Ja", "Ja", "Ja", "Nee"],
  ["Claes NV", 9000, 0, "Nee", "Nee", "Ja", "Nee"],
  ["Regio West", "=SUBTOTAL(9,B2:B3)", "=SUBTOTAL(9,C2:C3)", "", "", "", ""],
  ["Dubois SRL", 60000, 0, "Ja", "Nee", "Nee", "Nee"],
  ["Evers BV", 35000, 0, "Ja", "Ja", "Ja", "Nee"],
  ["Regio Oost", "=SUBTOTAL(9,B5:B6)", "=SUBTOTAL(9,C5:C6)", "", "", "", ""],
];

/** The check formula the previous version wrote in row `row1` of a seven-column list at A1 (before total labels had rules and credit notes were accepted). */
function previousCheck(row1: number): string {
  const cell = (column: string) => `${column}${row1}`;
  const amount = (c: string) => `OR(LEN(TRIM(${cell(c)}))=0,AND(ISNUMBER(${cell(c)}),${cell(c)}>=0))`;
  const answer = (c: string) => `((TRIM(${cell(c)})="")+SUMPRODUCT(--(TRIM(${cell(c)})=ABC_Antwoorden))=1)`;
  const accepted = [
    `(LEN(TRIM(${cell("A")}))>0)`,
    `(COUNT(${cell("B")})>0)`,
    amount("B"),
    amount("C"),
    ...["D", "E", "F", "G"].map(answer),
  ].join("*");
  const inputs = "ABCDEFG".split("").map(cell).join("&");
  return `=IF(IFERROR(LEN(${inputs})=0,FALSE),"",IFERROR(IF(SUMPRODUCT(--(TRIM(${cell("A")})=ABC_TotaalWoorden))>0,"",${accepted}),0))`;
}

describe("subtotal rows by their formulas, in the live sheet", () => {
  it("leaves a plain list's SUBTOTAL rows out in the sheet as the engine does, also after a re-run", async () => {
    const double = workbookWith(REGIONS);
    const first = await segment();
    expect(first.written).toBe(true);
    expect(first.result.problems.map((p) => `${p.code} ${p.address}`)).toEqual([
      "subtotal-formula Klanten!B4",
      "subtotal-formula Klanten!B7",
    ]);
    const check = columnOf(double, 1, "ABC controle");
    expect(double.read("Klanten", `${check}4`).formula).toContain('IF(OR(ISFORMULA(B4),ISFORMULA(C4)),"",');
    expect(double.values("Klanten", "J2:J7").map(([v]) => v)).toEqual(["A", "C", "", "B", "B", ""]);
    expect(double.read("ABC-instellingen", "B12").value).toBe(4);
    expect(double.read("ABC-instellingen", "B9").value).toBe(47500);

    const again = await segment();
    expect(again.written).toBe(true);
    expect(double.values("Klanten", "J2:J7").map(([v]) => v)).toEqual(["A", "C", "", "B", "B", ""]);
    double.uninstall();
  });

  it("reads a former subtotal row as a client as soon as a colleague types values over its formulas, as the next run does", async () => {
    const double = workbookWith(REGIONS);
    await segment();
    typeRow(double, 7, ["Fonteyn BV", 120000, 0, "Ja", "Ja", "Nee", "Nee"]);
    const live = double.values("Klanten", "J2:J7").map(([v]) => v);
    expect(live[5]).not.toBe("");
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(double.values("Klanten", "J2:J7").map(([v]) => v)).toEqual(live);
    expect(double.read("ABC-instellingen", "B12").value).toBe(5);
    double.uninstall();
  });

  it("leaves out a subtotal row a colleague adds after the run (formulas, no answers), as the next run does", async () => {
    const double = workbookWith(REGIONS);
    await segment();
    typeRow(double, 8, ["Regio Zuid", "=SUBTOTAL(9,B5:B6)", "=SUBTOTAL(9,C5:C6)", "", "", "", ""]);
    const live = double.values("Klanten", "J2:J8").map(([v]) => v);
    expect(live[6]).toBe("");
    const outcome = await segment();
    expect(outcome.result.problems.map((p) => `${p.code} ${p.address}`)).toContain(
      "subtotal-formula Klanten!B8",
    );
    expect(double.values("Klanten", "J2:J8").map(([v]) => v)).toEqual(live);
    double.uninstall();
  });

  it("leaves out a client row whose amounts are formulas while it has no answers, naming the cell, in the sheet as in the engine", async () => {
    const double = workbookWith([...REGIONS.slice(0, 3), ["Gevers", "=1200+300", "", "", "", "", ""]]);
    const outcome = await segment();
    expect(outcome.result.problems.map((p) => `${p.code} ${p.address}`)).toContain("formula-row Klanten!B4");
    expect(outcome.result.problems.find((p) => p.code === "formula-row")?.message).toContain(
      "vul dan de antwoorden in",
    );
    expect(double.read("Klanten", "J4").value).toBe("");
    double.edit("Klanten", "D4", "Ja");
    expect(double.read("Klanten", "J4").value).not.toBe("");
    double.uninstall();
  });

  it("leaves SUBTOTAL rows without answers out of an Excel Table, in the sheet as in the engine", async () => {
    const double = workbookWith(REGIONS, {
      tables: [{ sheet: "Klanten", name: "Regios", address: "A1:G7" }],
    });
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(outcome.result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
      "warning subtotal-formula Klanten!B4",
      "warning subtotal-formula Klanten!B7",
    ]);
    expect(double.values("Klanten", "J2:J7").map(([v]) => v)).toEqual(["A", "C", "", "B", "B", ""]);
    double.uninstall();
  });

  it("refuses a SUBTOTAL row with answers inside an Excel Table and changes no cell", async () => {
    const answered = REGIONS.map((row) =>
      row[0] === "Regio West" || row[0] === "Regio Oost"
        ? [...row.slice(0, 3), "Nee", "Nee", "Nee", "Nee"]
        : row,
    );
    const double = workbookWith(answered, {
      tables: [{ sheet: "Klanten", name: "Regios", address: "A1:G7" }],
    });
    const before = JSON.stringify(double.dump());
    const outcome = await segment();
    expect(outcome.written).toBe(false);
    expect(outcome.result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
      "error total-formula-in-table Klanten!B4",
      "error total-formula-in-table Klanten!B7",
    ]);
    expect(JSON.stringify(double.dump())).toBe(before);
    double.uninstall();
  });

  it("re-runs a workbook segmented by the previous version: its check formulas are the add-in's own", async () => {
    const double = workbookWith(FOUR);
    await segment();
    const check = columnOf(double, 1, "ABC controle");
    for (let row1 = 2; row1 <= 5; row1++) double.edit("Klanten", `${check}${row1}`, previousCheck(row1));
    const names = double.names();
    // The previous version's list of 30 spellings, at the same place.
    double.model.setName("ABC_TotaalWoorden", "='ABC-instellingen'!$B$42:$B$71");
    expect(double.values("Klanten", "J2:J5").map(([v]) => v)).toEqual(["A", "C", "B", "B"]);
    typeRow(double, 6, ["Creditnota BV", 100000, 0, "Ja", "Ja", "Ja", "Nee"]);
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(double.read("Klanten", `${check}2`).formula).not.toBe(previousCheck(2));
    expect(double.read("Klanten", `${check}2`).formula).toContain("ABC_TotaalBegin");
    expect(double.names()).toEqual(names);
    expect(double.values("Klanten", "J2:J6").map(([v]) => v)).toEqual(["A", "C", "B", "B", "A"]);
    double.uninstall();
  });
});
