/** @jest-environment node */
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { demoClients } from "../../preview/demoWorkbook";
import { columnWithHeader, eventually, browserForThisFile } from "./browser";
import { scriptSources } from "./bundle";
import { expectCleanTraffic } from "./checks";
import { cspMetas, parsePolicy } from "./csp";
import { columnCells, expectedLetters } from "./expected";
import { ADDIN_ROOT, OFFICE_JS, PREVIEW_ROOT, projectRoot } from "./paths";

/*
 * What the add-in may load and run: its own origin and the office.js CDN only, enforced by a
 * Content-Security-Policy on both pages; no raw HTML from React; and no HyperFormula (GPL, in the test
 * double only) in what ships.
 */

jest.setTimeout(60_000);

const CDN = "https://appsforoffice.microsoft.com";
const PAGES = ["taskpane.html", "commands.html"];

/**
 * Sources a directive may name besides 'self' and the CDN. style-src 'unsafe-inline': Fluent UI's
 * merge-styles injects the pane's styles as <style> rules at run time. object-src 'none' forbids
 * plug-ins altogether.
 */
const ALSO_ALLOWED: Record<string, string[]> = {
  "style-src": ["'unsafe-inline'"],
  "object-src": ["'none'"],
};

/** The preview page's window: the double's registered ribbon commands. */
interface PreviewWindow {
  abcPreview: { double: { actions: Map<string, (event: { completed(): void }) => unknown> } };
}

/** Every file below a folder, recursively. */
function filesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

describe.each(PAGES)("the Content-Security-Policy of %s", (page) => {
  const html = readFileSync(join(ADDIN_ROOT, page), "utf8");
  const metas = cspMetas(html);
  const policy = parsePolicy(metas[0] ?? "");

  it("is one meta tag in the head, before any script", () => {
    expect(metas).toHaveLength(1);
    const head = html.slice(0, html.search(/<\/head>/i));
    expect(head.search(/http-equiv=["']?Content-Security-Policy/i)).toBeGreaterThan(-1);
    expect(head.search(/http-equiv=["']?Content-Security-Policy/i)).toBeLessThan(head.search(/<script/i));
  });

  it("falls back to 'self' and allows scripts from 'self' and the office.js CDN only", () => {
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["script-src"]?.sort()).toEqual(["'self'", CDN].sort());
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'self'"]);
  });

  it("names no source but 'self' and the office.js CDN (and the few exceptions explained above)", () => {
    expect(Object.keys(policy).length).toBeGreaterThan(3);
    for (const [directive, sources] of Object.entries(policy)) {
      const allowed = ["'self'", CDN, ...(ALSO_ALLOWED[directive] ?? [])];
      expect({ directive, sources: sources.filter((s) => !allowed.includes(s)) }).toEqual({
        directive,
        sources: [],
      });
    }
  });

  it("loads office.js from the CDN and every other script from the add-in's own origin", () => {
    const sources = scriptSources(html);
    expect(sources[0]).toBe(OFFICE_JS);
    for (const src of sources.slice(1)) expect(src).toMatch(/^[\w.-]+\.js$/);
  });
});

describe("what the add-in ships", () => {
  it("has no dangerouslySetInnerHTML anywhere in src/", () => {
    const files = filesIn(join(projectRoot(), "src"));
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => readFileSync(file, "utf8").includes("dangerouslySetInnerHTML"))).toEqual(
      [],
    );
  });

  it("bundles no HyperFormula (GPL: the test double's formula engine must never ship)", () => {
    const shipped = filesIn(ADDIN_ROOT).filter((file) => [".js", ".txt", ".html"].includes(extname(file)));
    expect(shipped.filter((f) => extname(f) === ".js").length).toBeGreaterThanOrEqual(3);
    const found = shipped.filter((file) => /hyperformula/i.test(readFileSync(file, "utf8")));
    expect(found).toEqual([]);
    // The check can see it: the preview page, which hosts the double, does bundle it.
    expect(readFileSync(join(PREVIEW_ROOT, "preview.js"), "utf8")).toMatch(/hyperformula/i);
  });
});

describe("in the browser", () => {
  const browser = browserForThisFile();

  it("the pane opens every workbook in both languages and segments them", async () => {
    for (const lang of ["nl", "en"] as const) {
      for (const workbook of ["demo", "bad", "empty"] as const) {
        await browser.open({ lang, workbook });
        const { pane, texts } = browser;
        await pane.getByRole("button", { name: texts.segment, exact: true }).click();
        await pane.getByRole("heading", { name: new RegExp(`^${texts.resultsHeading}\\b`) }).waitFor();
      }
    }
  });

  it("the ribbon's Segmenteer runs from commands.html, under its own policy", async () => {
    await browser.open();
    const frame = await browser.paneFrame();
    // Forget the pane's registration, so the command that runs below is the one commands.html registers.
    await browser.page.evaluate(() => (window as unknown as PreviewWindow).abcPreview.double.actions.clear());
    await frame.goto(new URL("commands.html", frame.url()).href);
    expect(cspMetas(await frame.content())).toHaveLength(1);
    await eventually(async () =>
      expect(
        await browser.page.evaluate(() =>
          (window as unknown as PreviewWindow).abcPreview.double.actions.has("segmenteer"),
        ),
      ).toBe(true),
    );
    await browser.page.evaluate(
      () =>
        new Promise<void>((completed) => {
          const { actions } = (window as unknown as PreviewWindow).abcPreview.double;
          void actions.get("segmenteer")!({ completed });
        }),
    );
    const grid = await browser.gridShowing("Segment", 3);
    const segment = columnWithHeader(grid, "Segment", 3);
    expect(columnCells(grid, segment, 4)).toEqual(expectedLetters(demoClients("nl"), segment));
  });

  it("asked for nothing but the preview and office.js, without CSP violations or errors", () => {
    expectCleanTraffic(browser.traffic);
    const hosts = new Set(browser.traffic.requests.map((url) => new URL(url).host));
    expect([...hosts].sort()).toEqual([
      new URL(browser.traffic.requests[0]).host,
      "appsforoffice.microsoft.com",
    ]);
  });

  it("enforces the policy: an inline script and a request to another origin are refused", async () => {
    await browser.open();
    const frame = await browser.paneFrame();
    const before = browser.traffic.requests.length;
    const outcome = await frame.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.abcInlineRan = true;";
      document.head.append(script);
      const fetched = await fetch("https://example.com/").then(
        () => "fetched",
        () => "refused",
      );
      return { inlineRan: "abcInlineRan" in window, fetched };
    });
    expect(outcome).toEqual({ inlineRan: false, fetched: "refused" });
    await eventually(() => expect(browser.traffic.cspViolations.join("\n")).toMatch(/connect-src/));
    expect(browser.traffic.cspViolations.join("\n")).toMatch(/script-src/);
    // The browser refused both itself: neither reached the network, nor even the test's router.
    expect(browser.traffic.requests.slice(before)).toEqual([]);
    expect(browser.traffic.aborted).toEqual([]);
  });
});
