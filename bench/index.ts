import { benchAdapter, benchRecalculation } from "./adapter";
import { benchBrowser } from "./browser";
import { benchEngine } from "./engine";

/** Prints every benchmark figure; `npm run bench` builds this file with esbuild and runs it. */
async function main(): Promise<void> {
  console.log(`Benchmarks on Node ${process.version}`);
  benchEngine();
  await benchAdapter();
  await benchRecalculation();
  await benchBrowser();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
