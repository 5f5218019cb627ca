import { segmentTable } from "../src/method";
import { generateTable } from "./generate";
import { formatRate, timeBest } from "./measure";

/** Times segmentTable on generated tables and prints rows per second. */
export function benchEngine(sizes: readonly number[] = [10_000, 100_000, 1_000_000]): void {
  for (const rows of sizes) {
    const values = generateTable(rows);
    const runs = rows >= 1_000_000 ? 7 : 10;
    const { best, median } = timeBest(runs, () => segmentTable(values));
    console.log(
      `  ${rows.toLocaleString("en-US").padStart(9)} rows: best ${best.toFixed(1)} ms, median ${median.toFixed(1)} ms → ${formatRate(rows, best)} rows/s (target at 1M: ≥ 2,000,000)`,
    );
  }
}
