import { planRun } from "../src/workbook/planRun";
import type { SheetSnapshot } from "../src/workbook";
import { generateTable } from "./generate";
import { timeBest } from "./measure";

/** A snapshot of one sheet holding `values` from A1, as the adapter would read it before a first run. */
function snapshotOf(values: unknown[][]): SheetSnapshot {
  return {
    sheet: "Klanten",
    grid: { row: 0, column: 0, values, formulas: values },
    tables: [],
    activeCell: { row: 0, column: 0 },
    settings: null,
    settingsProtected: false,
    names: new Map(),
    chart: null,
    protected: false,
    validations: new Map(),
    conditionalFormats: [],
  } as SheetSnapshot;
}

/** Times planRun (the method and the whole write plan) with 0, 20 and 100 names placed in the chart. */
export function benchChartPlan(sizes: readonly number[] = [10_000, 100_000]): void {
  for (const rows of sizes) {
    const snapshot = snapshotOf(generateTable(rows));
    const run = (labels: number) =>
      planRun(snapshot, { labels, language: "nl", now: new Date(0), token: "bench0" });
    if (!run(20).plan) throw new Error("The generated table was refused; the benchmark would time nothing.");
    const time = (labels: number) => timeBest(3, () => run(labels)).best;
    const [none, twenty, hundred] = [0, 20, 100].map(time);
    console.log(
      `  ${rows.toLocaleString("en-US").padStart(9)} rows: planRun ${none.toFixed(0)} ms without names, ${twenty.toFixed(0)} ms with 20, ${hundred.toFixed(0)} ms with 100`,
    );
  }
}
