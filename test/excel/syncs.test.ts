import { generateTable } from "../../bench/generate";
import type { Cell } from "../../src/method/types";
import { segment, workbookWith } from "../support/workbook";

const MB = 1024 * 1024;

/** A valid client table of this many rows (every answer filled in). */
const table = (rows: number): Cell[][] =>
  generateTable(rows).map((row, r) => row.map((c, i) => (r > 0 && i >= 5 && c === "" ? "Nee" : c)));

async function run(rows: number, apiVersion: string) {
  const double = workbookWith(table(rows), { apiVersion });
  const outcome = await segment();
  double.uninstall();
  expect(outcome.written).toBe(true);
  expect(outcome.syncs).toBe(double.syncCount);
  return {
    syncs: double.syncCount,
    requests: double.requestBytes,
    responses: double.responseBytes,
    notes: outcome.notes,
  };
}

describe("round trips to Excel", () => {
  describe("where Excel can copy formulas down (ExcelApi 1.9 and later)", () => {
    it("segments 20 and 1,000 rows in 3 requests (look, read, write), with a write that does not grow with the rows", async () => {
      const small = await run(20, "1.17");
      const large = await run(1_000, "1.17");
      for (const { syncs, requests, responses, notes } of [small, large]) {
        expect(syncs).toBe(3);
        // The settings sheet's formulas and texts, the columns' first row and the chart: about 65 KB.
        expect(requests[2]).toBeLessThan(96 * 1024);
        expect(Math.max(...responses)).toBeLessThan(4 * MB);
        expect(notes).toEqual([]);
      }
      // Fifty times the rows: only the addresses in the formulas get longer (rows 1001 against 21).
      expect(large.requests[2]).toBeLessThan(small.requests[2] * 1.1);
    });

    it("segments 50,000 rows with one small write; only the read is chunked to stay under 5 MB a response", async () => {
      const { syncs, requests, responses } = await run(50_000, "1.17");
      // Look, three chunks of values and formulas (number formats of all columns in the first, of the
      // amount columns after it), write.
      expect(syncs).toBe(5);
      expect(requests.at(-1)).toBeLessThan(64 * 1024);
      expect(Math.max(...responses)).toBeLessThanOrEqual(5 * MB);
    }, 120_000);
  });

  describe("on an ExcelApi 1.8 host, which writes formulas as arrays", () => {
    it.each([20, 1_000])("segments %i rows in 3 requests", async (rows) => {
      const { syncs, requests, notes } = await run(rows, "1.8");
      expect(syncs).toBe(3);
      expect(requests[2]).toBeLessThan(4 * MB);
      expect(notes.join(" ")).toMatch(/copyFrom \(ExcelApi 1\.9\)/);
    });

    it("splits the formulas of 50,000 rows into requests of at most 4 MB", async () => {
      const { syncs, requests, responses } = await run(50_000, "1.8");
      const writes = requests.slice(4);
      expect(syncs).toBeGreaterThan(5);
      expect(writes.length).toBe(syncs - 4);
      for (const bytes of requests) expect(bytes).toBeLessThanOrEqual(4 * MB);
      expect(writes.reduce((a, b) => a + b, 0)).toBeGreaterThan(4 * MB);
      expect(Math.max(...responses)).toBeLessThanOrEqual(5 * MB);
    }, 300_000);
  });
});
