import { statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import type { Cell } from "../src/method";
import { segmentActiveSheet } from "../src/excel";
import { createExcelDouble } from "../test/double";
import { convertWithLibreOffice, readRecalculated } from "../test/support/libreoffice";
import { writeXlsx } from "../test/support/xlsx";
import { generateTable } from "./generate";

/** The sizes measured by default; 100k only when 50k predicts it ends within this many minutes. */
const SIZES = [1_000, 10_000, 50_000];
const BIG = 100_000;
const BIG_BUDGET_MINUTES = 12;

/** A valid client table (every answer filled in) of this many rows. */
function validTable(rows: number): Cell[][] {
  return generateTable(rows).map((row, r) => row.map((c, i) => (r > 0 && i >= 5 && c === "" ? "Nee" : c)));
}

/** Saves a generated list of this size: as the add-in leaves it behind when `segmented`, else the bare list. */
async function saveWorkbook(rows: number, file: string, segmented: boolean): Promise<void> {
  const double = createExcelDouble({ sheets: { Klanten: validTable(rows) } });
  double.install();
  try {
    const outcome = segmented ? await segmentActiveSheet(undefined, { now: new Date(2026, 10, 26) }) : null;
    if (outcome && !outcome.written) throw new Error(`The add-in wrote nothing for ${rows} rows.`);
  } finally {
    double.uninstall();
  }
  await writeXlsx(double.model, file);
}

/** Seconds of one LibreOffice run converting this file, and the converted file. */
async function convertSeconds(file: string, outDir: string, timeoutMs: number) {
  const { files, ms } = await convertWithLibreOffice([file], outDir, timeoutMs);
  return { seconds: ms / 1000, converted: files[0] };
}

/** How many Segment cells LibreOffice filled with a letter or the outside mark, and how many show an error. */
async function segmentCounts(file: string): Promise<{ segmented: number; errors: number }> {
  const book = await readRecalculated(file);
  const cells = book.get("Klanten") ?? new Map();
  const header = [...cells.entries()].find(
    ([address, c]) => /^[A-Z]+1$/.test(address) && c.value === "Segment",
  );
  const column = header ? header[0].replace(/\d+$/, "") : "";
  let segmented = 0;
  let errors = 0;
  for (const [address, c] of cells) {
    if (c.error && c.formula) errors++;
    if (column && address.replace(/\d+$/, "") === column && /^[ABC–?]$/.test(String(c.value))) segmented++;
  }
  return { segmented, errors };
}

/**
 * Times LibreOffice recalculating the live formulas the add-in writes, at 1k, 10k and 50k client rows
 * (100k when 50k predicts it ends in reasonable time): the conversion of the saved workbook minus that
 * of an empty workbook (LibreOffice's start-up), minus that of the bare list (loading and saving the
 * data), and the growth from 10k to 50k and 100k rows.
 */
export async function benchLibreOffice(): Promise<void> {
  console.log("\nLibreOffice Calc recalculating the live formulas (one headless soffice run per size)");
  const dir = await mkdtemp(join(tmpdir(), "abc-bench-libreoffice-"));
  try {
    const empty = join(dir, "empty.xlsx");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Klanten");
    await book.xlsx.writeFile(empty);
    const baseline = (await convertSeconds(empty, join(dir, "out-empty"), 120_000)).seconds;
    console.log(`  empty workbook (start-up and save): ${baseline.toFixed(1)} s`);

    const net = new Map<number, number>();
    const formulas = new Map<number, number>();
    const sizes = [...SIZES, BIG];
    for (const rows of sizes) {
      if (rows === BIG) {
        const at50k = net.get(50_000) ?? Infinity;
        const predicted = (at50k * (BIG / 50_000) ** 2) / 60;
        if (predicted > BIG_BUDGET_MINUTES) {
          console.log(
            `  ${BIG.toLocaleString("en-US")} rows: skipped (50k predicts about ${predicted.toFixed(0)} min if the growth is quadratic)`,
          );
          break;
        }
      }
      const list = join(dir, `list-${rows}.xlsx`);
      await saveWorkbook(rows, list, false);
      const bare = (await convertSeconds(list, join(dir, `out-list-${rows}`), 30 * 60_000)).seconds;
      const file = join(dir, `live-${rows}.xlsx`);
      const start = performance.now();
      await saveWorkbook(rows, file, true);
      const prepare = (performance.now() - start) / 1000;
      const { seconds, converted } = await convertSeconds(file, join(dir, `out-${rows}`), 30 * 60_000);
      const counts = await segmentCounts(converted);
      net.set(rows, Math.max(0, seconds - baseline));
      formulas.set(rows, Math.max(0, seconds - bare));
      const size = statSync(file).size / 1e6;
      console.log(
        `  ${rows.toLocaleString("en-US").padStart(7)} rows: ${seconds.toFixed(1)} s in soffice, ${(seconds - baseline).toFixed(1)} s net of start-up, ` +
          `${(seconds - bare).toFixed(1)} s more than the bare list (${bare.toFixed(1)} s)`,
      );
      console.log(
        `      file ${size.toFixed(1)} MB, written by the double and exceljs in ${prepare.toFixed(1)} s; LibreOffice segmented ` +
          `${counts.segmented.toLocaleString("en-US")} rows, ${counts.errors.toLocaleString("en-US")} formula cells show an error value`,
      );
    }
    const ratio = (times: Map<number, number>, to: number) => {
      const a = times.get(10_000);
      const b = times.get(to);
      return a && b ? `${(b / a).toFixed(1)}×` : "not measured";
    };
    for (const to of [50_000, BIG])
      console.log(
        `  10k → ${to / 1000}k rows (linear ${to / 10_000}×, quadratic ${(to / 10_000) ** 2}×): net of start-up ${ratio(net, to)}, beyond the bare list ${ratio(formulas, to)}`,
      );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

benchLibreOffice().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
