import { spawn } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { CellData } from "../double";

/** A cell of a recalculated workbook: its value ("#N/A"-style text for an error) and its formula, if any. */
export interface RecalculatedCell {
  value: CellData;
  formula?: string;
  error: boolean;
}

/** A recalculated workbook: per sheet name, the non-empty cells by A1 address. */
export type RecalculatedBook = Map<string, Map<string, RecalculatedCell>>;

/**
 * LibreOffice keeps the cached values of an .xlsx file unless told to recalculate on load (it ignores
 * fullCalcOnLoad); the profile sets "Recalculation on file load" for Excel 2007 and newer to "always".
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const INSTALL_HINT =
  "LibreOffice Calc is needed to check the live formulas in a second spreadsheet engine: install the Debian package libreoffice-calc (apt-get install libreoffice-calc; .ci/run installs it).";

/** The soffice program: `soffice` or `libreoffice` on PATH, else Debian's /usr/bin/soffice; throws when there is none. */
export function findSoffice(): string {
  const candidates = (process.env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => [join(dir, "soffice"), join(dir, "libreoffice")]);
  candidates.push("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice");
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here: try the next place
    }
  }
  throw new Error(`No soffice found on PATH or in /usr/bin. ${INSTALL_HINT}`);
}

/** Runs a program to its end, or kills its process group after `timeoutMs`; resolves with its output. */
function run(
  program: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

/**
 * Opens every .xlsx file in one headless LibreOffice (its start-up costs seconds), recalculates all
 * formulas and saves each as .xlsx in `outDir` under the same file name; returns the saved files, in
 * the same order, and how long LibreOffice took. The input files need distinct names.
 */
export async function convertWithLibreOffice(
  files: readonly string[],
  outDir: string,
  timeoutMs = 10 * 60_000,
): Promise<{ files: string[]; ms: number }> {
  const soffice = findSoffice();
  const profile = await mkdtemp(join(tmpdir(), "abc-libreoffice-profile-"));
  try {
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    await mkdir(outDir, { recursive: true });
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      ...files,
    ];
    const start = performance.now();
    const result = await run(soffice, args, timeoutMs);
    const ms = performance.now() - start;
    const outputs = files.map((file) => join(outDir, basename(file)));
    const missing = outputs.filter((file) => !existsSync(file));
    if (result.timedOut)
      throw new Error(
        `LibreOffice did not finish ${files.length} files within ${timeoutMs} ms.\n${result.output}`,
      );
    if (result.code !== 0 || missing.length > 0)
      throw new Error(
        `LibreOffice (${soffice}) exited with ${result.code} and did not write ${missing.length} of ${files.length} files (${missing.slice(0, 3).join(", ")}).\n${result.output}`,
      );
    return { files: outputs, ms };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** A cached value as exceljs reads it, as Office.js `values` would give it. */
function valueOf(value: unknown): { value: CellData; error: boolean } {
  if (value === null || value === undefined) return { value: "", error: false };
  if (typeof value === "object" && "error" in value) return { value: String(value.error), error: true };
  if (value instanceof Date) return { value: value.toISOString(), error: false };
  if (typeof value === "object" && "richText" in value)
    return { value: (value.richText as Array<{ text: string }>).map((r) => r.text).join(""), error: false };
  return { value: value as CellData, error: false };
}

/** Reads the cached values (and formulas) of a saved workbook. */
export async function readRecalculated(file: string): Promise<RecalculatedBook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const book: RecalculatedBook = new Map();
  workbook.eachSheet((sheet) => {
    const cells = new Map<string, RecalculatedCell>();
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          // cell.result, not cell.value.result: exceljs drops a result of 0 or false from `value`.
          cells.set(cell.address, { ...valueOf(cell.result), formula: cell.formula });
        } else cells.set(cell.address, valueOf(cell.value));
      }),
    );
    book.set(sheet.name, cells);
  });
  return book;
}

/** Recalculates every file in one LibreOffice run and reads the values back, per input file in order. */
export async function recalculateAll(
  files: readonly string[],
  timeoutMs?: number,
): Promise<{ books: RecalculatedBook[]; ms: number }> {
  const outDir = await mkdtemp(join(tmpdir(), "abc-libreoffice-out-"));
  try {
    const converted = await convertWithLibreOffice(files, outDir, timeoutMs);
    const books: RecalculatedBook[] = [];
    for (const file of converted.files) books.push(await readRecalculated(file));
    return { books, ms: converted.ms };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
