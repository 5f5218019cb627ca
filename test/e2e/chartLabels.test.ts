/** @jest-environment node */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, browserForThisFile, eventually, type PreviewBrowser } from "./browser";

/*
 * The chart as a sales manager sees it at the default settings, in the demo and in the template with
 * example clients: every name and letter drawn clear of every other (measured on the drawn text), and a
 * screenshot of the chart alone kept as an artefact.
 */

jest.setTimeout(90_000);

/** A drawn text's box in the chart's own units (points), measured by the browser. */
interface Drawn {
  text: string;
  box: { left: number; top: number; right: number; bottom: number };
  planned: number[];
}

/** Every label and letter the preview drew, with the box the browser measured and the box the plan allowed. */
function drawnTexts(browser: PreviewBrowser): Promise<Drawn[]> {
  return browser.page.$$eval("#chart svg text[data-label-box]", (nodes) =>
    nodes.map((node) => {
      const b = (node as SVGTextElement).getBBox();
      return {
        text: node.textContent ?? "",
        box: { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height },
        planned: (node.getAttribute("data-label-box") ?? "").split(" ").map(Number),
      };
    }),
  );
}

const overlap = (a: Drawn["box"], b: Drawn["box"]) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Pairs of drawn texts whose ink overlaps. */
function overlapping(drawn: Drawn[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < drawn.length; i++)
    for (let j = i + 1; j < drawn.length; j++)
      if (overlap(drawn[i].box, drawn[j].box)) pairs.push(`${drawn[i].text} × ${drawn[j].text}`);
  return pairs;
}

async function chartScreenshot(browser: PreviewBrowser, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await browser.page.locator("#chart svg").screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

async function segmentAndMeasure(browser: PreviewBrowser, screenshot: string): Promise<Drawn[]> {
  await browser.pane.getByRole("button", { name: browser.texts.segment, exact: true }).click();
  await browser.pane.getByText(browser.texts.written).waitFor();
  const drawn = await eventually(async () => {
    const texts = await drawnTexts(browser);
    if (texts.length < 5) throw new Error(`only ${texts.length} labels drawn`);
    return texts;
  });
  await chartScreenshot(browser, screenshot);
  return drawn;
}

function expectReadable(drawn: Drawn[]): void {
  expect(overlapping(drawn)).toEqual([]);
  for (const d of drawn) {
    const [left, top, right, bottom] = d.planned;
    // The plan's text-width model is an upper bound of what the browser draws (0.5 pt of rounding).
    expect({ text: d.text, fits: d.box.left >= left - 0.5 && d.box.right <= right + 0.5 }).toEqual({
      text: d.text,
      fits: true,
    });
    expect(d.box.top).toBeGreaterThanOrEqual(top - 2);
    expect(d.box.bottom).toBeLessThanOrEqual(bottom + 2);
  }
}

const browser = browserForThisFile();

describe("the chart at the default settings", () => {
  it("demo: names the clients without one name or letter over another", async () => {
    await browser.open();
    const drawn = await segmentAndMeasure(browser, "chart-demo");
    expect(
      drawn
        .filter((d) => /^[ABC]$/.test(d.text))
        .map((d) => d.text)
        .sort(),
    ).toEqual(["A", "B", "B", "C"]);
    expect(drawn.length - 4).toBeGreaterThanOrEqual(12);
    expectReadable(drawn);
  });

  it("demo in English: the same, with the English chart", async () => {
    await browser.open({ lang: "en" });
    const drawn = await segmentAndMeasure(browser, "chart-demo-en");
    expect(drawn.length - 4).toBeGreaterThanOrEqual(12);
    expectReadable(drawn);
    expect(await browser.page.locator("#chart svg").getAttribute("aria-label")).toBe("ABC matrix");
  });

  it("template with example clients (its list starts under title rows): every name on its own client's point", async () => {
    await browser.open({ workbook: "empty" });
    await browser.pane.locator("label", { hasText: "Met voorbeeldklanten" }).click();
    await browser.pane.getByRole("button", { name: "Sjabloon invoegen", exact: true }).click();
    await eventually(async () =>
      expect((await browser.tabs()).some((t) => t.name === "ABC-sjabloon" && t.shown)).toBe(true),
    );
    const drawn = await segmentAndMeasure(browser, "chart-template");
    expectReadable(drawn);
    const names = await browser.page.$$eval("#chart svg circle.point", (dots) =>
      dots.map((d) => d.querySelector("title")?.textContent ?? ""),
    );
    const labelled = names.filter((t) => !t.startsWith(" ("));
    expect(labelled.length).toBe(drawn.length - 4);
  });
});
