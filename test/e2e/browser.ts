import { mkdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type FrameLocator,
  type Page,
} from "playwright-core";
import { textsFor, type Texts } from "../../src/taskpane/texts";
import { CHROMIUM_LAUNCH, missingPreview, OFFICE_JS, PREVIEW_ROOT, projectRoot } from "./paths";
import { startPreviewServer, type PreviewServer } from "./server";

/** Where the browser tests keep their screenshots (gitignored). */
export const ARTIFACTS = join(projectRoot(), "artifacts", "e2e");

/** Everything the browser asked for or complained about while a test file ran. */
export interface Traffic {
  /** Every request URL, in order. */
  requests: string[];
  /** Requests that were neither to 127.0.0.1 nor to the office.js CDN address: aborted. */
  aborted: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** securitypolicyviolation events of any frame: the directive, what it blocked and where. */
  cspViolations: string[];
}

/** What the preview opens: the display language, the workbook and Office's theme (see preview/index.ts). */
export interface PreviewOptions {
  lang?: "nl" | "en";
  workbook?: "demo" | "bad" | "empty";
  /** The theme Office reports (see OFFICE_THEMES); none, as Excel on the web, when left out. */
  theme?: "light" | "dark" | "contrast";
}

/** Whether a request may leave the page: the preview server, or office.js (answered with the double). */
export function isAllowedRequest(url: string): boolean {
  return url === OFFICE_JS || new URL(url).hostname === "127.0.0.1";
}

/** Retries a check (which throws while it does not hold) until it holds or the time is up. */
export async function eventually<T>(check: () => Promise<T> | T, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The letters of a column that holds `header` in the given row of a grid read with PreviewBrowser.grid. */
export function columnWithHeader(grid: Record<string, string>, header: string, row: number): string {
  for (const [cell, text] of Object.entries(grid)) {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (m && Number(m[2]) === row && text === header) return m[1];
  }
  throw new Error(`No header ${header} in row ${row}`);
}

/**
 * Routes every request of the context: office.js gets the double's shim, the tests' own files are served,
 * 127.0.0.1 goes through, and anything else is recorded and aborted.
 */
async function routeRequests(
  context: BrowserContext,
  traffic: Traffic,
  testFiles: ReadonlyMap<string, Buffer>,
): Promise<void> {
  const officeDouble = readFileSync(join(PREVIEW_ROOT, "office-double.js"));
  context.on("request", (request) => traffic.requests.push(request.url()));
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: officeDouble });
    }
    if (!isAllowedRequest(url)) {
      traffic.aborted.push(url);
      return route.abort("blockedbyclient");
    }
    const testFile = testFiles.get(new URL(url).pathname);
    return testFile
      ? route.fulfill({ status: 200, contentType: "text/javascript", body: testFile })
      : route.continue();
  });
}

/** Records every securitypolicyviolation event of every frame, listened for before the frame's own scripts run. */
async function recordCspViolations(context: BrowserContext, traffic: Traffic): Promise<void> {
  await context.exposeBinding("abcE2eCspViolation", ({ frame }, text: string) => {
    traffic.cspViolations.push(`${frame.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { abcE2eCspViolation(text: string): void }).abcE2eCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || "an inline script or style"} ` +
          `(${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

/** Records console errors and uncaught exceptions of the page and its frames. */
function recordErrors(page: Page, traffic: Traffic): void {
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    traffic.consoleErrors.push(message.text());
    // Chromium says so on the console too, e.g. when a violation happens before any listener could run.
    if (/Content Security Policy|^Refused to/.test(message.text()))
      traffic.cspViolations.push(message.text());
  });
  page.on("pageerror", (error) => traffic.pageErrors.push(error.message));
}

/**
 * One headless Chromium on the preview: a fresh context whose every request is routed (127.0.0.1 goes
 * through, the office.js CDN address gets dist-preview/office-double.js, anything else is aborted and
 * recorded), with console errors, page errors and CSP violations recorded.
 */
export class PreviewBrowser {
  private language: "nl" | "en" = "nl";

  private constructor(
    private readonly server: PreviewServer,
    readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
    readonly traffic: Traffic,
    /** Files only the tests serve, under /__e2e__/ on the preview's origin (see addPaneScript). */
    private readonly testFiles: Map<string, Buffer>,
  ) {}

  /** Starts the preview server and the browser; fails with a clear message when the preview is not built. */
  static async start(): Promise<PreviewBrowser> {
    const missing = missingPreview();
    if (missing) throw new Error(missing);
    const server = await startPreviewServer();
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch(CHROMIUM_LAUNCH);
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      context.setDefaultTimeout(10_000);
      const traffic: Traffic = {
        requests: [],
        aborted: [],
        consoleErrors: [],
        pageErrors: [],
        cspViolations: [],
      };
      const testFiles = new Map<string, Buffer>();
      await routeRequests(context, traffic, testFiles);
      await recordCspViolations(context, traffic);
      const page = await context.newPage();
      recordErrors(page, traffic);
      return new PreviewBrowser(server, browser, context, page, traffic, testFiles);
    } catch (error) {
      await browser?.close();
      await server.close();
      throw error;
    }
  }

  /** The task pane, as a frame locator (stays valid across navigations). */
  get pane(): FrameLocator {
    return this.page.frameLocator("#pane");
  }

  /** The pane's texts in the language the preview was opened in. */
  get texts(): Texts {
    return textsFor(this.language);
  }

  /** The task pane's frame, to evaluate scripts in it. */
  async paneFrame(): Promise<Frame> {
    const frame = await (await this.page.waitForSelector("#pane")).contentFrame();
    if (!frame) throw new Error("The pane frame has no content");
    return frame;
  }

  /** Opens the preview and waits until the pane has rendered and loaded the workbook's settings. */
  async open(options: PreviewOptions = {}): Promise<void> {
    this.language = options.lang ?? "nl";
    const query = new URLSearchParams(
      Object.entries(options).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    ).toString();
    await this.page.goto(`${this.server.origin}/preview.html${query ? `?${query}` : ""}`);
    await this.pane.locator("h1").waitFor();
    const segment = this.pane.getByRole("button", { name: this.texts.segment, exact: true });
    await eventually(async () => {
      if (!(await segment.isEnabled())) throw new Error("The pane is still loading its settings");
    });
  }

  /** The text of every cell of the sheet the preview shows, by address ("A1" → "Klant"). */
  grid(): Promise<Record<string, string>> {
    return this.page.$$eval("#grid td[data-cell]", (cells) =>
      Object.fromEntries(cells.map((td) => [(td as HTMLElement).dataset.cell!, td.textContent ?? ""])),
    );
  }

  /** The grid (see grid) once the shown sheet has `header` in the given row, e.g. after a run. */
  gridShowing(header: string, row: number): Promise<Record<string, string>> {
    return eventually(async () => {
      const cells = await this.grid();
      columnWithHeader(cells, header, row);
      return cells;
    });
  }

  /** The cell the grid marks as active, or null. */
  activeCell(): Promise<string | null> {
    return this.page.$eval(
      "#grid",
      (grid) => grid.querySelector<HTMLElement>("td.active")?.dataset.cell ?? null,
    );
  }

  /** The sheet tabs, in order, and which one is shown. */
  tabs(): Promise<Array<{ name: string; shown: boolean }>> {
    return this.page.$$eval("#tabs button", (buttons) =>
      buttons.map((b) => ({ name: b.textContent ?? "", shown: b.getAttribute("aria-pressed") === "true" })),
    );
  }

  /** The active sheet and cell according to the test double. */
  selection(): Promise<{ sheet: string; cell: string }> {
    return this.page.evaluate(() =>
      (
        window as unknown as { abcPreview: { double: { selection(): { sheet: string; cell: string } } } }
      ).abcPreview.double.selection(),
    );
  }

  /**
   * Loads a script file into the pane, e.g. axe-core. It is served from the preview's own origin because
   * the pane's Content-Security-Policy rightly refuses the inline script that addScriptTag({ path }) makes.
   */
  async addPaneScript(file: string): Promise<void> {
    const path = `/__e2e__/${basename(file)}`;
    this.testFiles.set(path, readFileSync(file));
    await (await this.paneFrame()).addScriptTag({ url: path });
  }

  /** Changes a cell of the preview's workbook as a colleague without the add-in would (see ExcelDouble.edit). */
  async editCell(sheet: string, cell: string, content: string | number): Promise<void> {
    await this.page.evaluate(
      ([s, c, v]) =>
        (
          window as unknown as { abcPreview: { double: { edit(s: string, c: string, v: unknown): void } } }
        ).abcPreview.double.edit(s, c, v),
      [sheet, cell, content] as const,
    );
  }

  /** Makes a cell the active one in Excel, as a user clicking it (or its sheet's tab) would. */
  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.page.evaluate(
      (target) =>
        (
          window as unknown as {
            abcPreview: { double: { select(t: { sheet: string; cell: string }): void } };
          }
        ).abcPreview.double.select(target),
      { sheet, cell },
    );
  }

  /**
   * Gives the pane's frame `width` CSS pixels of content and the full height of its document (at least
   * `minHeight`, room for a dialog), so that a screenshot of the frame shows the whole pane at that width.
   */
  async sizePane(width: number, minHeight = 640): Promise<void> {
    const frame = await this.paneFrame();
    const setHeight = (height: number) =>
      this.page.$eval(
        "#pane",
        (pane, [w, h]) =>
          Object.assign((pane as HTMLElement).style, {
            width: `${w}px`,
            height: `${h}px`,
          }),
        [width, height] as const,
      );
    await setHeight(minHeight);
    const full = await frame.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => resolve(document.documentElement.scrollHeight)),
        ),
    );
    await setHeight(Math.max(full, minHeight));
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }

  /** Saves a screenshot of the pane's frame (size it with sizePane first) to artifacts/e2e/<name>.png; returns its path. */
  async paneScreenshot(name: string): Promise<string> {
    const path = join(ARTIFACTS, `${name}.png`);
    mkdirSync(dirname(path), { recursive: true });
    await this.page.locator("#pane").screenshot({ path, animations: "disabled" });
    return path;
  }

  /** Saves a screenshot of the whole page to artifacts/e2e/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  /** Closes the browser and the preview server (the server even when the browser fails to close). */
  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      await this.server.close();
    }
  }
}

/**
 * One browser for the whole test file, started before its tests and closed after them. The returned
 * handle forwards to it, so tests write `browser.open()` as if they held the browser itself.
 */
export function browserForThisFile(
  steps: {
    first?: (browser: PreviewBrowser) => Promise<unknown>;
    last?: (browser: PreviewBrowser) => Promise<unknown>;
  } = {},
): PreviewBrowser {
  let started: PreviewBrowser | undefined;
  beforeAll(async () => {
    started = await PreviewBrowser.start();
    await steps.first?.(started);
  }, 60_000);
  afterAll(async () => {
    if (!started) return;
    try {
      await steps.last?.(started);
    } finally {
      await started.close();
    }
  });
  return new Proxy({} as PreviewBrowser, {
    get(_, key) {
      if (!started) throw new Error("The preview browser has not started yet.");
      const value = Reflect.get(started, key, started) as unknown;
      return typeof value === "function" ? value.bind(started) : value;
    },
  });
}
