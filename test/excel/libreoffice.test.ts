import fc from "fast-check";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { a1, columnLetters } from "../../src/method/addresses";
import { segmentTable } from "../../src/method/segmentTable";
import type { Cell, SegmentationResult, Settings } from "../../src/method/types";
import { OUTSIDE_MARK } from "../../src/workbook/formulas";
import { readSettingsSheet } from "../../src/workbook/readSettingsSheet";
import { SETTINGS_READ_AREA, SETTINGS_ROWS, VALUE_COLUMN } from "../../src/workbook/settingsSheet";
import { SETTINGS_SHEET } from "../../src/workbook/workbookNames";
import type { CellData, ExcelDouble } from "../double";
import { arbLiveSettings, arbClientTable, type GeneratedTable } from "../support/generators";
import { recalculateAll, type RecalculatedBook } from "../support/libreoffice";
import { segment, workbookWith } from "../support/workbook";
import { CLIENT_NAMES, TOTAL_ROW_LABELS } from "../support/totalLabels";
import { fileFormula, writeXlsx } from "../support/xlsx";

/**
 * LibreOffice Calc is a second, independent spreadsheet engine for the live formulas. For a fixed-seed
 * sample of generated client lists (plain ranges and Excel Tables) the add-in segments against the
 * double, a colleague then edits the workbook as the issue lists, and the workbook is saved as .xlsx.
 * One LibreOffice run recalculates all of them. For every row below the header, Totaal, Score and
 * Segment must agree between LibreOffice, the double (HyperFormula) and the engine (segmentTable on the
 * edited values: a row the engine reports with an error shows "?" and no Totaal or Score). No cell
 * holding a formula the add-in wrote may show an error value. Figures go to the console and to
 * artifacts/libreoffice/report.json, with the workbooks of the first disagreeing cases beside it.
 */

/** The colleague edits the issue lists; every kind is tried on the same number of generated workbooks. */
const EDIT_KINDS = [
  "none",
  "blank-amount",
  "text-amount",
  "answer-typo",
  "wildcard-answer",
  "error-value",
  "decimal-weights",
  "cents-at-fixed-amount",
  "new-client-below",
  "deleted-row",
  "total-row-below",
  "total-label-below",
  "credit-note",
  "bad-weight",
  "bad-method",
] as const;
type EditKind = (typeof EDIT_KINDS)[number];

const PER_KIND = 10;
/** Preparing the 150 workbooks and one LibreOffice run over them take 20–45 s; LibreOffice's own limit is 10 minutes. */
const TIMEOUT = 15 * 60_000;
const SEED = 9;
const ARTIFACTS = join(__dirname, "..", "..", "artifacts", "libreoffice");
const ERROR_VALUE = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/** The random parts of an edit: which client and column, which variant of the typed text, new amounts and answers. */
const arbEditDetails = fc.record({
  pick: fc.nat(),
  column: fc.nat(),
  variant: fc.nat({ max: 1 }),
  cents: fc.array(fc.integer({ min: 1, max: 9_999_999 }), { minLength: 3, maxLength: 3 }),
  answers: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
});
type EditDetails = typeof arbEditDetails extends fc.Arbitrary<infer T> ? T : never;

interface Case {
  index: number;
  kind: EditKind;
  table: GeneratedTable;
  asTable: boolean;
  settings: Settings;
  details: EditDetails;
}

/** What one case expects of a row: Totaal, Score and Segment. */
interface RowExpectation {
  row: number;
  total: CellData;
  score: CellData;
  segment: CellData;
}

/** A case after the add-in ran and the colleague edited: the saved workbook and what the double and engine say. */
interface Prepared {
  case: Case;
  file: string;
  edit: string;
  columns: { total: string; score: string; segment: string };
  rows: Array<RowExpectation & { double: { total: CellData; score: CellData; segment: CellData } }>;
  /** Every cell holding a formula the add-in wrote, with the double's value: "Sheet!A1" → value. */
  ownFormulas: Map<string, CellData>;
}

/** One value that two of the three engines see differently. */
interface Disagreement {
  case: number;
  kind: EditKind;
  asTable: boolean;
  edit: string;
  cell: string;
  column: string;
  libreoffice: CellData;
  double: CellData;
  engine: CellData;
}

/** LibreOffice stores TRUE and FALSE as the numbers 1 and 0 with a boolean format: compare them as numbers. */
const normalized = (value: CellData): CellData => (typeof value === "boolean" ? Number(value) : value);

/** Equal as a spreadsheet shows it: numbers to 12 significant digits, text exactly. */
function same(a: CellData, b: CellData): boolean {
  const x = normalized(a);
  const y = normalized(b);
  if (typeof x === "number" && typeof y === "number")
    return x === y || Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x), Math.abs(y));
  return x === y;
}

/** The column letter of the header in the header row, or "" when the add-in wrote no such column. */
function columnOf(double: ExcelDouble, headerRow: number, header: string): string {
  const row = double.values("Klanten", `A${headerRow + 1}:AZ${headerRow + 1}`)[0];
  const found = row.findIndex((cell) => cell === header);
  return found < 0 ? "" : columnLetters(found);
}

/** Totaal, Score and Segment the engine expects for each row, from the edited values and the settings sheet. */
function engineExpectation(
  values: Cell[][],
  settings: Settings,
  headerRow: number,
): Map<number, RowExpectation> {
  const questioned = new Set<number>();
  let result: SegmentationResult = segmentTable(values, settings);
  // A row with an error shows "?"; the others are segmented as if the error rows were empty.
  for (let round = 0; round < 5; round++) {
    const errors = result.problems.filter((p) => p.severity === "error" && p.row > headerRow);
    if (errors.length === 0) break;
    for (const p of errors) questioned.add(p.row);
    const blanked = values.map((row, r) => (questioned.has(r) ? row.map(() => "") : row));
    result = segmentTable(blanked, settings);
  }
  const expected = new Map<number, RowExpectation>();
  for (const row of questioned) expected.set(row, { row, total: "", score: "", segment: "?" });
  for (const c of result.clients)
    expected.set(c.row, { row: c.row, total: c.total, score: c.score, segment: c.segment });
  for (const c of result.outside)
    expected.set(c.row, { row: c.row, total: c.total, score: c.score, segment: OUTSIDE_MARK });
  return expected;
}

/** A cell of the list: a zero-based sheet row and column. */
const at = (row: number, column: number) => a1(row, column);
const settingsCell = (row: number) => a1(row, VALUE_COLUMN);

/**
 * Makes the colleague's edit; returns what was done, or `skip` with the reason when the double cannot
 * do it yet.
 */
function applyEdit(
  double: ExcelDouble,
  c: Case,
  clientRows: number[],
  tableAddress: () => string,
): { edit: string } | { skip: string } {
  const { table, details } = c;
  const years = table.yearColumns;
  const potential = 1 + years;
  const firstAnswer = 2 + years;
  const width = firstAnswer + 4;
  const row = clientRows[details.pick % clientRows.length];
  const last = Math.max(...clientRows);
  const type = (sheet: string, address: string, content: CellData) => double.edit(sheet, address, content);
  const amountColumn = 1 + (details.column % (years + 1));
  const answerColumn = firstAnswer + (details.column % 4);
  const below = (cells: CellData[], what: string) => {
    const before = tableAddress();
    cells.forEach((content, column) => type("Klanten", at(last + 1, column), content));
    if (c.asTable && tableAddress() === before)
      return { skip: "the double does not grow a Table when a row is typed directly below it" };
    return { edit: `${what} in row ${last + 2}` };
  };
  switch (c.kind) {
    case "none":
      return { edit: "no edit" };
    case "blank-amount":
      type("Klanten", at(row, amountColumn), "");
      return { edit: `${at(row, amountColumn)} emptied` };
    case "text-amount": {
      const text = details.variant === 0 ? "'9000" : "€ 260.000,00";
      type("Klanten", at(row, amountColumn), text);
      return { edit: `${at(row, amountColumn)} := ${text}` };
    }
    case "answer-typo": {
      const text = details.variant === 0 ? "misschien" : "jaa";
      type("Klanten", at(row, answerColumn), text);
      return { edit: `${at(row, answerColumn)} := ${text}` };
    }
    case "wildcard-answer": {
      const text = details.variant === 0 ? "*" : "?";
      type("Klanten", at(row, answerColumn), text);
      return { edit: `${at(row, answerColumn)} := ${text}` };
    }
    case "error-value": {
      const formula = details.variant === 0 ? "=NA()" : "=1/0";
      const column = details.column % width;
      type("Klanten", at(row, column), formula);
      return { edit: `${at(row, column)} := ${formula}` };
    }
    case "decimal-weights": {
      const weights = { marge: 0.1, snelheid: 0.7, innovatie: 0, netwerk: 0 };
      for (const [criterion, weight] of Object.entries(weights))
        type(SETTINGS_SHEET, settingsCell(SETTINGS_ROWS.weights[criterion as keyof typeof weights]), weight);
      type(SETTINGS_SHEET, settingsCell(SETTINGS_ROWS.scoreThreshold), 0.8);
      type("Klanten", at(row, firstAnswer), "Ja");
      type("Klanten", at(row, firstAnswer + 1), "Ja");
      return { edit: `weights 0.1/0.7/0/0, score threshold 0.8, row ${row + 1} yes on Marge and Snelheid` };
    }
    case "cents-at-fixed-amount": {
      const cents = details.cents.slice(0, years);
      const rest = cents.reduce((s, x) => s + x, 0) % years;
      if (rest > 0) cents[years - 1] += years - rest;
      const average = cents.reduce((s, x) => s + x, 0) / years / 100;
      cents.forEach((x, i) => type("Klanten", at(row, 1 + i), x / 100));
      type("Klanten", at(row, potential), "");
      type(SETTINGS_SHEET, settingsCell(SETTINGS_ROWS.method), "vast bedrag");
      type(SETTINGS_SHEET, settingsCell(SETTINGS_ROWS.fixedAmount), average);
      return {
        edit: `row ${row + 1} amounts ${cents.map((x) => x / 100).join("/")}, vast bedrag ${average}`,
      };
    }
    case "new-client-below": {
      const revenues = details.cents.slice(0, years).map((x) => x / 100);
      const answers = details.answers.map((yes) => (yes ? "Ja" : "Nee"));
      return below(["Nieuwe klant", ...revenues, details.cents[0], ...answers], "a new client");
    }
    case "deleted-row": {
      double.deleteRows("Klanten", row + 1, 1);
      return { edit: `row ${row + 1} deleted` };
    }
    case "total-row-below": {
      const first = Math.min(...clientRows);
      const sum = (column: number) => `=SUM(${at(first, column)}:${at(last, column)})`;
      const sums = Array.from({ length: years + 1 }, (_, i) => sum(1 + i));
      return below(["Totaal", ...sums], "a Totaal row");
    }
    case "total-label-below": {
      const labels = [...TOTAL_ROW_LABELS, ...CLIENT_NAMES];
      const label = labels[details.pick % labels.length];
      const revenues = details.cents.slice(0, years).map((x) => x / 100);
      const answers = details.answers.map((yes) => (yes ? "Ja" : "Nee"));
      return below([label, ...revenues, 0, ...answers], `${JSON.stringify(label)} typed`);
    }
    case "credit-note": {
      const column = 1 + (details.column % years);
      const others = Array.from({ length: years }, (_, i) => 1 + i)
        .filter((c) => c !== column)
        .map((c) => double.read("Klanten", at(row, c)).value)
        .reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);
      // Variant 0: a credit note of up to € 99.999,99; variant 1: one that cancels the other years exactly (average 0).
      const amount = details.variant === 0 ? -details.cents[0] / 100 : -others || -0.01;
      type("Klanten", at(row, column), amount);
      return { edit: `${at(row, column)} := ${amount}` };
    }
    case "bad-weight":
      type(SETTINGS_SHEET, settingsCell(SETTINGS_ROWS.weights.marge), "veel");
      return { edit: `${settingsCell(SETTINGS_ROWS.weights.marge)} := veel` };
    case "bad-method":
      type(SETTINGS_SHEET, settingsCell(SETTINGS_ROWS.method), "gemiddelde");
      return { edit: `${settingsCell(SETTINGS_ROWS.method)} := gemiddelde` };
  }
}

/** Runs the add-in on the case's list, edits, saves the workbook and notes what the double and the engine say. */
async function prepare(c: Case, dir: string): Promise<Prepared | { skip: string }> {
  const { table, asTable } = c;
  const width = table.values[0].length;
  const values = asTable ? table.values.slice(table.headerRow) : table.values;
  const headerRow = asTable ? 0 : table.headerRow;
  const tables = asTable
    ? [{ sheet: "Klanten", name: "Tabel1", address: `A1:${columnLetters(width - 1)}${values.length}` }]
    : [];
  const double = workbookWith(values, { tables });
  try {
    const outcome = await segment(c.settings);
    if (!outcome.written)
      return { skip: `not written: ${outcome.result.problems.map((p) => p.code).join(", ")}` };
    const clientRows = [...outcome.result.clients, ...outcome.result.outside].map((x) => x.row);
    const applied = applyEdit(double, c, clientRows, () => double.tables()[0]?.address ?? "");
    if ("skip" in applied) return applied;

    const lastRow = values.length; // one row below the list, where a colleague may type
    const inputs = double.values("Klanten", `A1:${columnLetters(width - 1)}${lastRow + 1}`) as Cell[][];
    const sheetSettings = readSettingsSheet(
      double.values(SETTINGS_SHEET, SETTINGS_READ_AREA) as Cell[][],
      "nl",
    );
    const expected = engineExpectation(inputs, { ...sheetSettings.settings, language: "nl" }, headerRow);
    const columns = {
      total: columnOf(double, headerRow, "Totaal"),
      score: columnOf(double, headerRow, "Score"),
      segment: columnOf(double, headerRow, "Segment"),
    };
    const read = (column: string, row: number) =>
      column ? double.read("Klanten", `${column}${row + 1}`).value : "";
    const rows: Prepared["rows"] = [];
    for (let row = headerRow + 1; row <= lastRow; row++) {
      const want = expected.get(row) ?? { row, total: "", score: "", segment: "" };
      const shown = {
        total: read(columns.total, row),
        score: read(columns.score, row),
        segment: read(columns.segment, row),
      };
      rows.push({ ...want, double: shown });
    }

    const ownFormulas = new Map<string, CellData>();
    for (const sheet of double.model.sheets) {
      for (const [key, cell] of sheet.cells) {
        const row = Math.floor(key / 16384);
        const column = key % 16384;
        const ours = sheet.name === SETTINGS_SHEET || (sheet.name === "Klanten" && column >= width);
        if (ours && cell.formula !== undefined)
          ownFormulas.set(`${sheet.name}!${a1(row, column)}`, double.model.value(sheet, row, column));
      }
    }
    const file = join(dir, `case-${String(c.index).padStart(3, "0")}.xlsx`);
    await writeXlsx(double.model, file);
    return { case: c, file, edit: applied.edit, columns, rows, ownFormulas };
  } finally {
    double.uninstall();
  }
}

/** The figures of a whole run. */
interface Figures {
  cases: number;
  tried: Record<string, number>;
  skipped: Record<string, number>;
  rowsChecked: number;
  /** The rows checked by the Segment the engine expects ("" for a row that is no client). */
  rowsBySegment: Record<string, number>;
  disagreements: { libreofficeVsEngine: number; doubleVsEngine: number; libreofficeVsDouble: number };
  ownFormulaCells: number;
  errorValues: { libreoffice: number; double: number };
  otherCellsLibreofficeVsDouble: number;
  ms: { prepare: number; libreoffice: number; read: number };
}

/** Compares one case's recalculated workbook with the double and the engine. */
function compare(p: Prepared, book: RecalculatedBook, figures: Figures, found: Found): void {
  const c = p.case;
  const lo = (sheet: string, address: string) => book.get(sheet)?.get(address);
  const note = (cell: string, column: string, libreoffice: CellData, double: CellData, engine: CellData) =>
    found.disagreements.push({
      case: c.index,
      kind: c.kind,
      asTable: c.asTable,
      edit: p.edit,
      cell,
      column,
      libreoffice,
      double,
      engine,
    });
  for (const r of p.rows) {
    figures.rowsChecked++;
    figures.rowsBySegment[String(r.segment)] = (figures.rowsBySegment[String(r.segment)] ?? 0) + 1;
    for (const key of ["total", "score", "segment"] as const) {
      const column = p.columns[key];
      const cell = column ? `Klanten!${column}${r.row + 1}` : `Klanten!(no ${key} column)`;
      const libreoffice = column ? (lo("Klanten", `${column}${r.row + 1}`)?.value ?? "") : "";
      const double = r.double[key];
      const engine = r[key];
      const loEngine = !same(libreoffice, engine);
      const doubleEngine = !same(double, engine);
      const loDouble = !same(libreoffice, double);
      if (loEngine) figures.disagreements.libreofficeVsEngine++;
      if (doubleEngine) figures.disagreements.doubleVsEngine++;
      if (loDouble) figures.disagreements.libreofficeVsDouble++;
      if (loEngine || doubleEngine || loDouble) note(cell, key, libreoffice, double, engine);
    }
  }
  const compared = new Set(
    p.rows.flatMap((r) =>
      Object.values(p.columns)
        .filter(Boolean)
        .map((column) => `Klanten!${column}${r.row + 1}`),
    ),
  );
  for (const [address, double] of p.ownFormulas) {
    figures.ownFormulaCells++;
    const [sheet, cell] = address.split("!");
    const recalculated = lo(sheet, cell);
    const libreoffice = recalculated?.value ?? "";
    if (recalculated?.error) {
      figures.errorValues.libreoffice++;
      found.errorCells.push({
        case: c.index,
        kind: c.kind,
        engine: "libreoffice",
        cell: address,
        value: libreoffice,
        formula: recalculated.formula ?? "",
      });
    }
    if (typeof double === "string" && ERROR_VALUE.test(double)) {
      figures.errorValues.double++;
      found.errorCells.push({
        case: c.index,
        kind: c.kind,
        engine: "double",
        cell: address,
        value: double,
        formula: "",
      });
    }
    if (!compared.has(address) && !same(libreoffice, double)) {
      figures.otherCellsLibreofficeVsDouble++;
      found.otherCells.push({
        case: c.index,
        kind: c.kind,
        cell: address,
        libreoffice,
        double,
        formula: recalculated?.formula ?? "",
      });
    }
  }
}

/** What the comparisons found, case by case. */
interface Found {
  disagreements: Disagreement[];
  errorCells: Array<{
    case: number;
    kind: EditKind;
    engine: string;
    cell: string;
    value: CellData;
    formula: string;
  }>;
  otherCells: Array<{
    case: number;
    kind: EditKind;
    cell: string;
    libreoffice: CellData;
    double: CellData;
    formula: string;
  }>;
}

const count = <T extends string>(items: readonly T[]) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [item]: (acc[item] ?? 0) + 1 }), {});

/** The first few of a list, for a failure message that stays readable. */
const firstOf = <T>(items: readonly T[], n = 15) => items.slice(0, n);

describe("LibreOffice recalculates the live workbook as the double and the engine do", () => {
  const figures: Figures = {
    cases: 0,
    tried: {},
    skipped: {},
    rowsChecked: 0,
    rowsBySegment: {},
    disagreements: { libreofficeVsEngine: 0, doubleVsEngine: 0, libreofficeVsDouble: 0 },
    ownFormulaCells: 0,
    errorValues: { libreoffice: 0, double: 0 },
    otherCellsLibreofficeVsDouble: 0,
    ms: { prepare: 0, libreoffice: 0, read: 0 },
  };
  const found: Found = { disagreements: [], errorCells: [], otherCells: [] };

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), "abc-libreoffice-cases-"));
    try {
      const samples = fc.sample(
        fc.record({
          table: arbClientTable({ maxClients: 25 }),
          asTable: fc.boolean(),
          settings: arbLiveSettings,
          details: arbEditDetails,
        }),
        { seed: SEED, numRuns: PER_KIND * EDIT_KINDS.length },
      );
      const cases: Case[] = samples.map((s, index) => ({
        ...s,
        index,
        kind: EDIT_KINDS[index % EDIT_KINDS.length],
      }));
      let start = performance.now();
      const prepared: Prepared[] = [];
      const skips: string[] = [];
      for (const c of cases) {
        const p = await prepare(c, dir);
        if ("skip" in p) skips.push(`${c.kind}: ${p.skip}`);
        else prepared.push(p);
      }
      figures.ms.prepare = Math.round(performance.now() - start);
      figures.cases = prepared.length;
      figures.tried = count(prepared.map((p) => p.case.kind));
      figures.skipped = count(skips);

      start = performance.now();
      const { books, ms } = await recalculateAll(prepared.map((p) => p.file));
      figures.ms.libreoffice = Math.round(ms);
      figures.ms.read = Math.round(performance.now() - start - ms);
      prepared.forEach((p, i) => compare(p, books[i], figures, found));

      await mkdir(ARTIFACTS, { recursive: true });
      const failing = [...new Set([...found.disagreements, ...found.errorCells].map((d) => d.case))].slice(
        0,
        12,
      );
      for (const index of failing) {
        const p = prepared.find((x) => x.case.index === index)!;
        await copyFile(p.file, join(ARTIFACTS, `case-${String(index).padStart(3, "0")}.xlsx`));
      }
      const caseList = prepared.map((p) => ({
        case: p.case.index,
        kind: p.case.kind,
        asTable: p.case.asTable,
        edit: p.edit,
        settings: p.case.settings,
      }));
      await writeFile(
        join(ARTIFACTS, "report.json"),
        JSON.stringify({ figures, ...found, cases: caseList }, null, 2),
      );
      console.log(
        `LibreOffice differential check (seed ${SEED}): ${JSON.stringify(figures, null, 2)}\n` +
          `Examples: ${JSON.stringify(firstOf(found.disagreements, 5), null, 1)}\nDetails in ${join(ARTIFACTS, "report.json")}`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, TIMEOUT);

  it("tries every edit kind the issue lists", () => {
    const missing = EDIT_KINDS.filter((kind) => !figures.tried[kind]);
    expect({ missing, skipped: figures.skipped }).toEqual({ missing: [], skipped: expect.anything() });
  });

  it("shows the same Totaal, Score and Segment in LibreOffice, the double and the engine", () => {
    expect(Object.keys(figures.rowsBySegment).sort()).toEqual(["", "?", "A", "B", "C", OUTSIDE_MARK].sort());
    expect({ count: found.disagreements.length, first: firstOf(found.disagreements) }).toEqual({
      count: 0,
      first: [],
    });
  });

  it("shows no error value in any cell holding a formula the add-in wrote", () => {
    expect({ count: found.errorCells.length, first: firstOf(found.errorCells) }).toEqual({
      count: 0,
      first: [],
    });
  });

  it("computes every other cell the add-in wrote as the double does", () => {
    expect({ count: found.otherCells.length, first: firstOf(found.otherCells) }).toEqual({
      count: 0,
      first: [],
    });
  });
});

describe("formulas as a file stores them", () => {
  it("writes structured references in file form and prefixes functions newer than Excel 2007", () => {
    expect(fileFormula("=Tabel1[@[Totaal]]*2")).toBe("Tabel1[[#This Row],[Totaal]]*2");
    expect(fileFormula("=Tabel1[@Totaal]")).toBe("Tabel1[[#This Row],[Totaal]]");
    expect(fileFormula("=[@[ABC selectie]]", "Tabel1")).toBe("Tabel1[[#This Row],[ABC selectie]]");
    expect(fileFormula("=SUM(Tabel1[[Totaal]])")).toBe("SUM(Tabel1[[Totaal]])");
    expect(fileFormula('=IF(A1="[@x]",PERCENTILE.INC(B:B,0.8),UNICHAR(8211))')).toBe(
      'IF(A1="[@x]",_xlfn.PERCENTILE.INC(B:B,0.8),_xlfn.UNICHAR(8211))',
    );
    expect(fileFormula("=_xlfn.PERCENTILE.INC('ABC-instellingen'!B1:B9,0.5)+FILTER(A:A,B:B)")).toBe(
      "_xlfn.PERCENTILE.INC('ABC-instellingen'!B1:B9,0.5)+_xlfn._xlws.FILTER(A:A,B:B)",
    );
  });
});
