import { performance } from "node:perf_hooks";
import { segmentTable, type Cell } from "../src/method";
import { segmentActiveSheet } from "../src/excel";
import { createExcelDouble } from "../test/double";
import { generateTable } from "./generate";
import { formatRate, timeBest } from "./measure";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A valid client table (every answer filled in) of this many rows. */
function validTable(rows: number): Cell[][] {
  return generateTable(rows).map((row, r) => row.map((c, i) => (r > 0 && i >= 5 && c === "" ? "Nee" : c)));
}

/** Runs the adapter against the test double and prints syncs, bytes per sync and time. */
export async function benchAdapter(sizes: readonly number[] = [1_000, 50_000, 200_000]): Promise<void> {
  console.log(
    "\nsegmentActiveSheet against the test double (ExcelApi 1.17 host, and 1.8 without Range.copyFrom)",
  );
  for (const apiVersion of ["1.17", "1.8"]) {
    for (const rows of sizes) {
      const double = createExcelDouble({ sheets: { Klanten: validTable(rows) }, apiVersion });
      double.install();
      const start = performance.now();
      const outcome = await segmentActiveSheet(undefined, { now: new Date(2026, 10, 26) });
      const ms = performance.now() - start;
      double.uninstall();
      const requests = double.requestBytes.map(kb).join(", ");
      const responses = double.responseBytes.map(kb).join(", ");
      console.log(
        `  ExcelApi ${apiVersion.padEnd(4)} ${rows.toLocaleString("en-US").padStart(8)} rows: ${double.syncCount} syncs, ${ms.toFixed(0)} ms, written ${outcome.written}`,
      );
      console.log(`      request per sync: ${requests}`);
      console.log(`      response per sync: ${responses}`);
    }
  }
}

/** HyperFormula recomputing the workbook's live formulas versus segmentTable on the same table. */
export async function benchRecalculation(rows = 20_000): Promise<void> {
  console.log(
    `\nLive formulas (HyperFormula) versus segmentTable on the same ${rows.toLocaleString("en-US")} rows`,
  );
  const values = validTable(rows);
  const double = createExcelDouble({ sheets: { Klanten: values } });
  double.install();
  await segmentActiveSheet(undefined, { now: new Date(2026, 10, 26) });
  double.uninstall();
  const start = performance.now();
  double.read("Klanten", "L2");
  const hf = performance.now() - start;
  const engine = timeBest(5, () => segmentTable(values)).median;
  console.log(`  HyperFormula recalculation: ${hf.toFixed(0)} ms (${formatRate(rows, hf)} rows/s)`);
  console.log(`  segmentTable (median of 5): ${engine.toFixed(1)} ms (${formatRate(rows, engine)} rows/s)`);
  console.log(`  ratio: the engine is ${(hf / engine).toFixed(0)}× faster than recomputing the formulas`);
}
