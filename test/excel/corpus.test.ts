import { columnLetters } from "../../src/method/addresses";
import type { Cell } from "../../src/method/types";
import { OUTSIDE_MARK } from "../../src/workbook/formulas";
import type { SegmentOutcome } from "../../src/excel";
import { createExcelDouble, type ExcelDouble } from "../double";
import { cellIndex, expectsError, loadFixtures, typedCells, type EngineFixture } from "../support/fixtures";
import { outputColumn, segment } from "../support/workbook";

const LISTS = loadFixtures("lists");

/** The number format a user gives a pasted date (Format Cells > Date). */
const DATE_FORMAT = "dd/mm/yyyy";

/** The fixture's values as a sheet holds them: a rectangle, empty cells as "". */
function sheetValues(fixture: EngineFixture): Cell[][] {
  const width = Math.max(...fixture.values.map((row) => row.length));
  return fixture.values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
}

/** A workbook holding the fixture on sheet Klanten from A1: its formulas, its Excel Table, date formats and hidden rows. */
function workbookOf(fixture: EngineFixture): ExcelDouble {
  const values = sheetValues(fixture);
  const last = `${columnLetters(values[0].length - 1)}${values.length}`;
  const table = fixture.facts?.table;
  const double = createExcelDouble({
    sheets: { Klanten: typedCells(fixture) },
    tables: table ? [{ sheet: "Klanten", name: table, address: `A1:${last}` }] : [],
  });
  for (const a1 of fixture.facts?.dates ?? []) double.setNumberFormat("Klanten", a1, DATE_FORMAT);
  for (const row of fixture.facts?.hidden ?? []) double.hideRows("Klanten", row, 1);
  double.install();
  return double;
}

/** The sheet row (1-based) of the header row right above the clients, as the fixture expects it. */
const headerRowOf = (fixture: EngineFixture): number =>
  Number((fixture.expect.columns?.header ?? "1").split(":").pop());

/** Sheet rows (1-based) the fixture expects to be left out as totals: by their label or by their formulas. */
function totalRows(fixture: EngineFixture): Set<number> {
  const rows = new Set(fixture.expect.subtotalRows ?? []);
  for (const problem of fixture.expect.problems) {
    const m = /^warning total-row Klanten!([A-Z]+\d+)$/.exec(problem);
    if (m) rows.add(cellIndex(m[1]).row + 1);
  }
  return rows;
}

/** What the Segment column should show in each row below the header: the letter, "–" outside the top, "" elsewhere. */
function expectedLetters(fixture: EngineFixture): Cell[] {
  const name = cellIndex(`${fixture.expect.columns?.name ?? "A"}1`).column;
  const totals = totalRows(fixture);
  const outside = new Set(fixture.expect.outside ?? []);
  const segments = fixture.expect.segments ?? {};
  return sheetValues(fixture)
    .map((row, r) => {
      const client = String(row[name]).replace(/^ +| +$/g, "");
      if (r < headerRowOf(fixture) || totals.has(r + 1) || client === "") return "";
      if (outside.has(client)) return OUTSIDE_MARK;
      return segments[client] ?? "";
    })
    .slice(headerRowOf(fixture));
}

/** What is wrong with an address that should name a range of sheet Klanten (Klanten!A1:G0 is no range), or null. */
function notARange(address: string): string | null {
  const m = /^Klanten!([A-Z]+\d+)(?::([A-Z]+\d+))?$/.exec(address);
  if (!m) return `${address} is not an address on Klanten`;
  const first = cellIndex(m[1]);
  const last = cellIndex(m[2] ?? m[1]);
  return first.row >= 0 && last.row >= first.row && last.column >= first.column
    ? null
    : `${address} is no range`;
}

describe.each(LISTS)("$file in a workbook", (fixture) => {
  let double: ExcelDouble;
  let before: unknown;
  let outcome: SegmentOutcome;

  beforeAll(async () => {
    double = workbookOf(fixture);
    before = double.dump();
    outcome = await segment(fixture.settings);
  });

  afterAll(() => double.uninstall());

  if (fixture.facts?.formulas) {
    it("computes the values the fixture shows from its formulas, as Excel does", () => {
      const values = sheetValues(fixture);
      const last = `${columnLetters(values[0].length - 1)}${values.length}`;
      expect(double.values("Klanten", `A1:${last}`)).toEqual(values);
    });
  }

  it("reports the fixture's problems from what it reads in the workbook", () => {
    expect(outcome.result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual(
      fixture.expect.problems,
    );
  });

  if (expectsError(fixture)) {
    it("writes nothing: every sheet, name, table and chart stays as it was", () => {
      expect(outcome.written).toBe(false);
      expect(double.dump()).toEqual(before);
      expect(double.sheetNames()).toEqual(["Klanten"]);
    });

    if (fixture.expect.columns?.header) {
      it("names the analysed table as a real range", () => {
        expect(notARange(outcome.table)).toBeNull();
      });
    }
  } else {
    it("shows the expected letters in the sheet's Segment column, and nothing on total rows", () => {
      expect(outcome.written).toBe(true);
      const header = headerRowOf(fixture);
      const column = outputColumn(double, header - 1, "Segment");
      const last = fixture.values.length;
      const shown = double.values("Klanten", `${column}${header + 1}:${column}${last}`).map((row) => row[0]);
      expect(shown).toEqual(expectedLetters(fixture));
    });
  }
});
