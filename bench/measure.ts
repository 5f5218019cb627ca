import { performance } from "node:perf_hooks";

/** Runs fn a number of times after one warm-up and returns the best and the median time in ms. */
export function timeBest(runs: number, fn: () => unknown): { best: number; median: number } {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { best: times[0], median: times[Math.floor(times.length / 2)] };
}

/** Rows per second, grouped by thousands. */
export function formatRate(rows: number, ms: number): string {
  return Math.round((rows / ms) * 1000).toLocaleString("en-US");
}
