import type { Cell } from "../src/method";
import { planRun } from "../src/workbook/planRun";
import { snapshotOf } from "../test/support/snapshots";
import { generateTable } from "./generate";
import { timeBest } from "./measure";

/** Times planRun (the method and the whole write plan) with 0, 20 and 100 names placed in the chart. */
export function benchChartPlan(sizes: readonly number[] = [10_000, 100_000]): void {
  for (const rows of sizes) {
    const snapshot = snapshotOf(generateTable(rows) as Cell[][]);
    const run = (labels: number) => planRun(snapshot, { labels, language: "nl", now: new Date(0) });
    if (!run(20).plan) throw new Error("The generated table was refused; the benchmark would time nothing.");
    const time = (labels: number) => timeBest(3, () => run(labels)).best;
    const [none, twenty, hundred] = [0, 20, 100].map(time);
    console.log(
      `  ${rows.toLocaleString("en-US").padStart(9)} rows: planRun ${none.toFixed(0)} ms without names, ${twenty.toFixed(0)} ms with 20, ${hundred.toFixed(0)} ms with 100`,
    );
  }
}
