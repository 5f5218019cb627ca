/* Builds the preview (its production pane is measured) and the benchmarks (bundled, as the add-in ships), then runs them; LibreOffice's recalculation of the live formulas comes last. */
import { build } from "esbuild";
import { spawnSync } from "node:child_process";

const preview = spawnSync("npx", ["webpack", "--config", "webpack.preview.js"], {
  stdio: ["ignore", "ignore", "inherit"],
});
if (preview.status !== 0) process.exit(preview.status ?? 1);

await build({
  entryPoints: ["bench/index.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  outfile: "bench-dist/bench.js",
  logLevel: "warning",
});
// LibreOffice's recalculation of the live formulas, in its own bundle: exceljs (test-only) stays a
// run-time require and never enters the add-in's or the engine's bundle.
await build({
  entryPoints: ["bench/libreoffice.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  outfile: "bench-dist/libreoffice.js",
  external: ["exceljs"],
  logLevel: "warning",
});
/** Runs a bundled benchmark script in a fresh node process. */
const script = (file, ...args) =>
  spawnSync(process.execPath, ["--max-old-space-size=8192", file, ...args], { stdio: "inherit" }).status ?? 1;
/** Runs one part of the benchmarks in a fresh node process. */
const part = (...args) => script("bench-dist/bench.js", ...args);

console.log(`Benchmarks on Node ${process.version}`);
for (let run = 1; run <= 3; run++) {
  console.log(`\nsegmentTable (engine), process ${run} of 3`);
  if (part("engine") !== 0) process.exit(1);
}
if (part() !== 0) process.exit(1);
process.exit(script("bench-dist/libreoffice.js"));
