import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Cell, Settings, SkipReason, TableFacts } from "../../src/method/types";

/** What a fixture's sheet knows besides the values: formulas, date formats, hidden rows, an Excel Table. */
export interface FixtureFacts {
  /** Formulas by A1 address, in English as Office.js `range.formulas` gives them; every other cell holds its value. */
  formulas?: Record<string, string>;
  /** The A1 addresses of the cells formatted as a date or a time. */
  dates?: string[];
  /** The hidden rows, 1-based as Excel numbers them. */
  hidden?: number[];
  /** The Excel Table's name: the values are then the Table's range, its header in the first row. */
  table?: string;
}

/** Where a fixture says the method's columns are, by column letter; a role left out is not checked. */
export interface ExpectedColumns {
  /** The header's sheet rows: "3", or "3:4" when it spans two rows (a two-row header or a units row); null when there is none. */
  header: string | null;
  name?: string | null;
  revenue?: string[];
  potential?: string | null;
  marge?: string | null;
  snelheid?: string | null;
  innovatie?: string | null;
  netwerk?: string | null;
  /** The unit amounts are read and shown in: "€", "k€" or "M€". */
  unit?: string;
  /** The amount columns whose cells are multiplied to be in `unit` (every other amount column: 1). */
  scale?: Record<string, number>;
  /** Columns that must be listed as not read, with the reason (others may be listed too). */
  skipped?: Record<string, SkipReason>;
}

/** One engine fixture: a client table with the outcome segmentTable must give. */
export interface EngineFixture {
  file: string;
  description: string;
  /** Where a table of this shape comes from (which export or habit). */
  source?: string;
  values: Cell[][];
  settings?: Settings;
  facts?: FixtureFacts;
  expect: {
    columns?: ExpectedColumns;
    segments?: Record<string, string>;
    quadrants?: Record<string, string>;
    outside?: string[];
    thresholds?: { revenue: number; score: number };
    problems: string[];
    /** Sheet rows (1-based) left out because their formulas add up the rows above. */
    subtotalRows?: number[];
    messageContains?: Record<string, string[]>;
  };
}

/** Every fixture file in test/fixtures/<folder>, parsed. */
export function loadFixtures(folder: string): EngineFixture[] {
  const dir = join(__dirname, "..", "fixtures", folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({
      file,
      ...(JSON.parse(readFileSync(join(dir, file), "utf8")) as Omit<EngineFixture, "file">),
    }));
}

/** Zero-based row and column of an A1 address such as "C12". */
export function cellIndex(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`${a1} is not an A1 cell address`);
  return { row: Number(m[2]) - 1, column: letterIndex(m[1]) };
}

/** Zero-based column of column letters: A → 0, AA → 26. */
export function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Whether the fixture expects an error, so that nothing may be written. */
export function expectsError(fixture: EngineFixture): boolean {
  return fixture.expect.problems.some((p) => p.startsWith("error "));
}

/** The cells as a user typed them: the values, with a formula wherever the fixture gives one. */
export function typedCells(fixture: EngineFixture): Cell[][] {
  const cells = fixture.values.map((row) => [...row]);
  for (const [a1, formula] of Object.entries(fixture.facts?.formulas ?? {})) {
    const { row, column } = cellIndex(a1);
    cells[row][column] = formula;
  }
  return cells;
}

/** The facts segmentTable is given for the fixture, as the sheet side reads them from a workbook. */
export function tableFacts(fixture: EngineFixture): TableFacts {
  const given = fixture.facts ?? {};
  const facts: TableFacts = {};
  if (given.formulas) facts.formulas = typedCells(fixture);
  if (given.dates) {
    facts.dateCells = given.dates.map((a1) => {
      const { row, column } = cellIndex(a1);
      return [row, column] as const;
    });
  }
  if (given.hidden) facts.hiddenRows = given.hidden.length;
  if (given.table) facts.table = given.table;
  return facts;
}
