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
const result = spawnSync(process.execPath, ["--max-old-space-size=8192", "bench-dist/bench.js"], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
