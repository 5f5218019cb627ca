import { benchAdapter, benchRecalculation } from "./adapter";
import { benchBrowser } from "./browser";
import { benchChartPlan } from "./chartPlan";
import { benchEngine } from "./engine";
import { benchRead } from "./read";

/**
 * Prints benchmark figures; `npm run bench` builds this file with esbuild and runs it: the engine part
 * in three fresh processes (the spread between processes is part of the figure), then the rest once.
 */
async function main(part: string | undefined): Promise<void> {
  if (part === "engine") {
    benchEngine();
    return;
  }
  console.log("\nplanRun with the chart's names placed (pure: the method and the whole write plan)");
  benchChartPlan();
  await benchRead();
  await benchAdapter();
  await benchRecalculation();
  await benchBrowser();
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
