import { performance } from "node:perf_hooks";
import { readSnapshot } from "../src/excel/readSnapshot";
import { generateTable } from "./generate";
import { createExcelDouble } from "../test/double";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * Reads the sheet (values, formulas, number formats: all columns' in the first chunk, the amount columns'
 * after it, hidden rows) from the test double, its amounts in a euro format, and prints the syncs, the
 * time and the biggest response; then once more where Excel fails to count the hidden rows.
 */
export async function benchRead(sizes: readonly number[] = [1_000, 50_000, 200_000]): Promise<void> {
  console.log("\nreadSnapshot alone against the test double (the read before planRun)");
  const runs = [
    ...["1.17", "1.8"].flatMap((apiVersion) => sizes.map((rows) => ({ apiVersion, rows, failing: false }))),
    { apiVersion: "1.17", rows: sizes[sizes.length - 1], failing: true },
  ];
  for (const { apiVersion, rows, failing } of runs) {
    const double = createExcelDouble({ sheets: { Klanten: generateTable(rows) }, apiVersion });
    // Amounts in a euro format, as most lists have them: longer number formats than General.
    double.setNumberFormat("Klanten", `B2:E${rows + 1}`, '#,##0 "€"');
    double.install();
    if (failing) double.failVisibleView();
    const start = performance.now();
    const read = await Excel.run((context) => readSnapshot(context));
    const ms = performance.now() - start;
    double.uninstall();
    console.log(
      `  ExcelApi ${apiVersion.padEnd(4)} ${rows.toLocaleString("en-US").padStart(8)} rows: ${read.syncs} syncs, ${ms.toFixed(0)} ms, biggest response ${mb(Math.max(...double.responseBytes))}${failing ? " (visible view failing)" : ""}`,
    );
  }
}
