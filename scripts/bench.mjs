/* Builds the preview (its production pane is measured) and the benchmarks (bundled, as the add-in ships), then runs them. */
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
/** Runs one part of the benchmarks in a fresh node process. */
const part = (...args) =>
  spawnSync(process.execPath, ["--max-old-space-size=8192", "bench-dist/bench.js", ...args], {
    stdio: "inherit",
  }).status ?? 1;

console.log(`Benchmarks on Node ${process.version}`);
for (let run = 1; run <= 3; run++) {
  console.log(`\nsegmentTable (engine), process ${run} of 3`);
  if (part("engine") !== 0) process.exit(1);
}
process.exit(part());
