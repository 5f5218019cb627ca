/** @jest-environment node */
import { axeViolations, readable } from "./axe";
import { browserForThisFile } from "./browser";
import { expectCleanTraffic } from "./checks";

/*
 * The pane in each theme Office reports (?theme=light, dark, contrast) in Chromium, where colours are
 * computed as a user sees them: the demo segmented, axe-core (colour contrast included) without
 * violations, the page painted in Office's background, a screenshot per theme at 320 px in
 * artifacts/e2e/theme-*.png. Windows high contrast is Office's contrast colours plus forced colours.
 */

jest.setTimeout(90_000);

const browser = browserForThisFile();

/** Segments the demo and waits for the result's cards. */
async function segmentDemo(): Promise<void> {
  const { pane, texts } = browser;
  await pane.getByRole("button", { name: texts.segment, exact: true }).click();
  await pane.getByRole("article", { name: texts.segmentHeading("C") }).waitFor();
}

/**
 * Every text whose painted colour (computed, so forced colours included) reaches less than 4.5:1 on the
 * first opaque background behind it. axe-core cannot judge forced colours: it reads
 * -webkit-text-fill-color, which Chromium leaves at the author's colour while it paints the system's.
 */
async function unreadableTexts(): Promise<string[]> {
  return (await browser.paneFrame()).evaluate(() => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const linear = (c: number) =>
        c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const background = (element: Element | null): string => {
      for (let e = element; e; e = e.parentElement) {
        const color = getComputedStyle(e).backgroundColor;
        if (rgb(color)[3] !== 0) return color;
      }
      return getComputedStyle(document.body).backgroundColor;
    };
    const failures: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const text = Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? "")
        .join("")
        .trim();
      if (!text || (element as HTMLElement).offsetParent === null) continue;
      const [fg, bg] = [getComputedStyle(element).color, background(element)];
      const [hi, lo] = [luminance(rgb(fg)), luminance(rgb(bg))].sort((x, y) => y - x);
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < 4.5) failures.push(`${text.slice(0, 40)}: ${fg} on ${bg} = ${ratio.toFixed(2)}`);
    }
    return failures;
  });
}

/** The pane's theme kind, and the computed background of its page (html and body). */
async function paneLook() {
  return (await browser.paneFrame()).evaluate(() => ({
    kind: document.querySelector<HTMLElement>("[data-theme]")?.dataset.theme,
    html: getComputedStyle(document.documentElement).backgroundColor,
    body: getComputedStyle(document.body).backgroundColor,
  }));
}

describe("the pane in Office's themes (axe-core, screenshots)", () => {
  afterEach(async () => {
    await browser.page.emulateMedia({ forcedColors: "none" });
  });

  it.each([
    { theme: "light", lang: "nl", background: "rgb(255, 255, 255)" },
    { theme: "dark", lang: "nl", background: "rgb(38, 38, 38)" },
    { theme: "dark", lang: "en", background: "rgb(38, 38, 38)" },
  ] as const)("$theme ($lang): Office's background, results without violations", async (c) => {
    await browser.open({ theme: c.theme, lang: c.lang });
    await segmentDemo();
    expect(await paneLook()).toEqual({ kind: c.theme, html: "rgba(0, 0, 0, 0)", body: c.background });
    expect(readable(await axeViolations(browser))).toEqual([]);
    await browser.sizePane(320);
    await browser.paneScreenshot(`theme-${c.theme}-${c.lang}-320`);
  });

  it("does report a text below 4.5:1: a line in the background's own colour, planted for a moment", async () => {
    const frame = await browser.paneFrame();
    await frame.evaluate(() => {
      const line = document.createElement("p");
      line.id = "planted";
      line.textContent = "bleek";
      line.style.color = getComputedStyle(document.body).backgroundColor;
      document.querySelector("main")!.append(line);
    });
    const failures = await unreadableTexts();
    await frame.evaluate(() => document.getElementById("planted")!.remove());
    expect(failures).toEqual([expect.stringMatching(/^bleek: .* = 1\.00$/)]);
  });

  it("dark: problems listed, Ga naar cel and the field error read without violations", async () => {
    await browser.open({ theme: "dark", workbook: "bad" });
    const { pane, texts } = browser;
    await pane.getByRole("button", { name: texts.segment, exact: true }).click();
    await pane.getByRole("heading", { name: texts.problemsHeading }).waitFor();
    await pane.getByRole("textbox", { name: texts.weight(texts.criteria.marge) }).fill("veel");
    await pane.getByText(texts.formInvalid).waitFor();
    expect(readable(await axeViolations(browser))).toEqual([]);
    await browser.sizePane(320);
    await browser.paneScreenshot("theme-dark-problems-320");
  });

  it("Office's high-contrast colours without forced colours: results without violations", async () => {
    await browser.open({ theme: "contrast" });
    await segmentDemo();
    expect(await paneLook()).toEqual({ kind: "dark", html: "rgba(0, 0, 0, 0)", body: "rgb(0, 0, 0)" });
    expect(readable(await axeViolations(browser))).toEqual([]);
    expect(await unreadableTexts()).toEqual([]);
  });

  it("high contrast (forced colours): system colours, the segment letters still stand out, no violations", async () => {
    await browser.page.emulateMedia({ forcedColors: "active" });
    await browser.open({ theme: "contrast" });
    await segmentDemo();
    expect((await paneLook()).kind).toBe("contrast");
    const frame = await browser.paneFrame();
    const badge = await frame.evaluate(() => {
      const letter = document.querySelector<HTMLElement>("article h3 span[aria-hidden]")!;
      const style = getComputedStyle(letter);
      return { color: style.color, background: style.backgroundColor };
    });
    expect(badge.color).not.toBe(badge.background);
    expect(await unreadableTexts()).toEqual([]);
    const violations = await axeViolations(browser);
    expect(readable(violations.filter((v) => v.rule !== "color-contrast"))).toEqual([]);
    await browser.sizePane(320);
    await browser.paneScreenshot("theme-contrast-nl-320");
  });

  it("asked for nothing but the preview, office.js and axe, without CSP violations or errors", () => {
    expectCleanTraffic(browser.traffic);
  });
});
