import fc from "fast-check";
import { OUTSIDE_MARK } from "../../src/workbook/formulas";
import { segmentTable } from "../../src/method/segmentTable";
import { type Cell, type Settings } from "../../src/method/types";
import {
  arbLiveSettings,
  arbClientTable,
  NO_SPELLINGS,
  YES_SPELLINGS,
  type GeneratedTable,
} from "../support/generators";
import { segment, sheetSegments, workbookWith } from "../support/workbook";

/**
 * The workbook a colleague opens without the add-in must segment exactly as the add-in does: these
 * properties compute the segments with HyperFormula from the formulas the adapter wrote, for many
 * generated tables, and compare them with segmentTable, before and after a colleague edits a cell.
 */

/** A change a colleague makes in the workbook: an answer or an amount of one client. */
const arbEdit = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom("answer", "revenue", "potential"),
  question: fc.nat({ max: 3 }),
  answer: fc.constantFrom(...YES_SPELLINGS, ...NO_SPELLINGS),
  amount: fc.integer({ min: 0, max: 2_000_000 }),
});

const expectedLetters = (values: Cell[][], settings: Settings, origin = 0) => {
  const result = segmentTable(values, { ...settings, language: "nl" });
  const want = new Map<number, Cell>();
  for (const c of result.clients) want.set(origin + c.row, c.segment);
  for (const c of result.outside) want.set(origin + c.row, OUTSIDE_MARK);
  return { result, want };
};

type Edit = typeof arbEdit extends fc.Arbitrary<infer T> ? T : never;

/** The cell an edit changes, as an A1 address (the table's values start at A1). */
const editAddress = (table: GeneratedTable, row: number, edit: Edit) => {
  const column =
    edit.kind === "answer"
      ? 2 + table.yearColumns + edit.question
      : edit.kind === "revenue"
        ? 1
        : 1 + table.yearColumns;
  return `${String.fromCharCode(65 + column)}${row + 1}`;
};

/** Segments the table in a fresh workbook, compares the sheet's letters with the engine's, edits, compares again. */
async function checkTable(table: GeneratedTable, settings: Settings, edit: Edit, asTable: boolean) {
  const width = table.values[0].length;
  const body = table.values.slice(table.headerRow);
  const double = workbookWith(
    asTable ? body : table.values,
    asTable
      ? {
          tables: [
            {
              sheet: "Klanten",
              name: "Klanten",
              address: `A1:${String.fromCharCode(64 + width)}${body.length}`,
            },
          ],
        }
      : {},
  );
  const values = asTable ? body : table.values;
  const origin = 0;
  const outcome = await segment(settings);
  expect(outcome.result.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(outcome.written).toBe(true);
  const { want } = expectedLetters(values, settings, origin);
  expect(sheetSegments(double, outcome.result, origin)).toEqual(want);

  const clients = [...outcome.result.clients, ...outcome.result.outside];
  const client = clients[edit.pick % clients.length];
  double.edit(
    "Klanten",
    editAddress(table, client.row, edit),
    edit.kind === "answer" ? edit.answer : edit.amount,
  );
  const changed = double.values("Klanten", `A1:${String.fromCharCode(64 + width)}${values.length}`);
  const after = expectedLetters(changed, settings, origin);
  expect(after.result.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(sheetSegments(double, after.result, origin)).toEqual(after.want);
  double.uninstall();
}

describe("the live workbook segments as the add-in does", () => {
  it("on a plain range, before and after a colleague changes an answer or an amount", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbClientTable({ maxClients: 25 }),
        arbLiveSettings,
        arbEdit,
        (table, settings, edit) => checkTable(table, settings, edit, false),
      ),
      { numRuns: 40 },
    );
  });

  it("in an Excel Table with structured references, before and after an edit", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbClientTable({ maxClients: 25 }),
        arbLiveSettings,
        arbEdit,
        (table, settings, edit) => checkTable(table, settings, edit, true),
      ),
      { numRuns: 25 },
    );
  });
});
