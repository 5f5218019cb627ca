import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type * as Playwright from "playwright-core";
import { PANE_JS_BUDGET, paneScripts } from "../test/e2e/bundle";
import { CHROMIUM_LAUNCH, missingPreview, OFFICE_JS, PREVIEW_ROOT } from "../test/e2e/paths";
import { startPreviewServer } from "../test/e2e/server";

/** How many cold loads of the pane the first-render figure is the median of. */
const LOADS = 5;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1).padStart(6)} kB`;

/**
 * playwright-core, required at run time: scripts/bench.mjs bundles the benchmarks with esbuild, and
 * playwright-core cannot be bundled (it reads its own package files next to its code).
 */
function playwright(): typeof Playwright {
  return createRequire(__filename)("playwright-core") as typeof Playwright;
}

/** Prints the size of each script addin/taskpane.html loads, as served and gzipped, and the total. */
function printWeight(): void {
  const scripts = paneScripts();
  console.log("\nTask pane JavaScript (production build in dist-preview/addin, as taskpane.html loads it)");
  for (const s of scripts) console.log(`  ${s.file.padEnd(24)} ${kB(s.bytes)} raw, ${kB(s.gzipped)} gzipped`);
  const raw = scripts.reduce((sum, s) => sum + s.bytes, 0);
  const gzipped = scripts.reduce((sum, s) => sum + s.gzipped, 0);
  const verdict = gzipped <= PANE_JS_BUDGET ? "within" : "OVER";
  console.log(
    `  ${"total".padEnd(24)} ${kB(raw)} raw, ${kB(gzipped)} gzipped (level 9; ${verdict} the ${PANE_JS_BUDGET / 1000} kB budget)`,
  );
}

/**
 * Set in every frame before its scripts run: in the pane's frame, notes performance.now() (ms since the
 * frame's navigation start) when React first puts the pane's h1 in the DOM, and when the settings form
 * (its first text field) appears after the workbook's settings are read.
 */
function markFirstRender(): void {
  if (!location.pathname.endsWith("/addin/taskpane.html")) return;
  const marks = {} as { h1?: number; form?: number };
  Object.assign(window, { abcBenchMarks: marks });
  const observer = new MutationObserver(() => {
    marks.h1 ??= document.querySelector("h1") ? performance.now() : undefined;
    marks.form ??= document.querySelector("input[type=text]") ? performance.now() : undefined;
    if (marks.h1 !== undefined && marks.form !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** One cold load of the preview in a fresh context: the pane's marks and where its frame started. */
async function loadOnce(
  browser: Playwright.Browser,
  origin: string,
  officeDouble: Buffer,
): Promise<{ h1: number; form: number; sincePage: number }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  try {
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: officeDouble });
      return new URL(url).hostname === "127.0.0.1" ? route.continue() : route.abort();
    });
    await context.addInitScript(markFirstRender);
    const page = await context.newPage();
    await page.goto(`${origin}/preview.html`);
    const frame = await (await page.waitForSelector("#pane")).contentFrame();
    if (!frame) throw new Error("The preview has no pane frame");
    await frame.waitForSelector("h1");
    await frame.waitForSelector("input[type=text]");
    const pane = await frame.evaluate(() => ({
      ...(window as unknown as { abcBenchMarks: { h1: number; form: number } }).abcBenchMarks,
      origin: performance.timeOrigin,
    }));
    const pageOrigin = await page.evaluate(() => performance.timeOrigin);
    return { h1: pane.h1, form: pane.form, sincePage: pane.origin - pageOrigin + pane.h1 };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Prints the weight of the production task pane's JavaScript and the pane's first render in headless
 * Chromium (median of 5 cold loads of the preview). Builds nothing: it needs `npm run build:preview`.
 */
export async function benchBrowser(): Promise<void> {
  const missing = missingPreview();
  if (missing) {
    console.log(`\nTask pane weight and first render: skipped. ${missing}`);
    return;
  }
  printWeight();
  const officeDouble = readFileSync(join(PREVIEW_ROOT, "office-double.js"));
  const server = await startPreviewServer();
  const browser = await playwright().chromium.launch(CHROMIUM_LAUNCH);
  try {
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await loadOnce(browser, server.origin, officeDouble));
    const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
    console.log(`\nTask pane first render in headless Chromium (${LOADS} cold loads of the preview, median)`);
    console.log(
      `  pane heading in the DOM:   ${ms(loads.map((l) => l.h1))} after the pane's navigation start`,
    );
    console.log(`                             ${ms(loads.map((l) => l.sincePage))} after the preview page's`);
    console.log(
      `  settings form shown:       ${ms(loads.map((l) => l.form))} after the pane's navigation start`,
    );
    console.log(`  each load (heading):       ${loads.map((l) => l.h1.toFixed(0)).join(", ")} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}
