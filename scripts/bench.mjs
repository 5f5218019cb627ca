/* Builds the benchmarks the way the add-in ships (bundled, one scope) and runs them. */
import { build } from "esbuild";
import { spawnSync } from "node:child_process";

await build({
  entryPoints: ["bench/index.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  outfile: "bench-dist/bench.js",
  logLevel: "warning",
});
const result = spawnSync(process.execPath, ["--max-old-space-size=8192", "bench-dist/bench.js"], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
