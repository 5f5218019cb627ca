import { segmentTable } from "../../src/method/segmentTable";
import type { SegmentationResult } from "../../src/method/types";
import { expectsError, loadFixtures, tableFacts } from "../support/fixtures";
import { compareAspect, expectedAspects, type AspectName } from "../support/reading";

const KLANTEN = { sheet: "Klanten", row: 0, column: 0 };
const LISTS = loadFixtures("lists");

/** What each aspect's test promises the user. */
const PROMISES: Record<AspectName, string> = {
  columns: "reads the expected columns as name, revenue, potential and questions, in the expected unit",
  segments: "gives every client the expected segment",
  outside: "leaves the expected clients outside the top",
  thresholds: "applies the expected thresholds",
  problems: "reports exactly the expected problems",
  subtotalRows: "leaves out the rows whose formulas add up the rows above",
  messages: "names the cells and values in its messages",
};

describe("the corpus of client lists as people have them", () => {
  it("holds at least 60 tables, among them every failure issue 11 quotes", () => {
    expect(LISTS.length).toBeGreaterThanOrEqual(60);
    const files = LISTS.map((f) => f.file);
    for (const quoted of ["issue1.", "issue2.", "issue3.", "issue4.", "error.missing-column.issue5"]) {
      expect(files.some((file) => file.startsWith(quoted))).toBe(true);
    }
  });

  it("names a table error.* exactly when it expects an error, so failures are told apart by name", () => {
    const misnamed = LISTS.filter((f) => expectsError(f) !== f.file.startsWith("error.")).map((f) => f.file);
    expect(misnamed).toEqual([]);
  });
});

describe.each(LISTS)("$file", (fixture) => {
  let result: SegmentationResult;

  beforeAll(() => {
    result = segmentTable(fixture.values, fixture.settings, KLANTEN, tableFacts(fixture));
  });

  for (const aspect of expectedAspects(fixture)) {
    it(PROMISES[aspect], () => {
      const { got, want } = compareAspect(fixture, result, aspect);
      expect(got).toEqual(want);
    });
  }

  if (expectsError(fixture)) {
    it("segments nobody, so nothing can be written", () => {
      expect(result.clients).toEqual([]);
    });
  }
});
