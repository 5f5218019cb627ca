/** @jest-environment node */
import { PALETTE } from "../../src/workbook/palette";
import { SETTINGS_SHEET } from "../../src/workbook/workbookNames";
import { demoClients } from "../../preview/demoWorkbook";
import { browserForThisFile, columnWithHeader } from "./browser";
import { expectCleanTraffic } from "./checks";
import { columnCells, expectedCounts, expectedLetters } from "./expected";

/*
 * Segmenteer on the preview's demo workbook (20 clients, header in row 3), as a user sees it: letters in
 * the sheet, the chart beside it, the summary in the pane and a new settings sheet.
 */

jest.setTimeout(60_000);

/** A palette colour as the browser reports a computed style: #C6EFCE → rgb(198, 239, 206). */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

const browser = browserForThisFile({ first: (b) => b.open(), last: (b) => b.screenshot("demo-segmented") });

describe("Segmenteer on the demo workbook", () => {
  it("starts with the 20 clients, one sheet and no chart", async () => {
    const grid = await browser.grid();
    expect(grid.A3).toBe("Klant");
    expect(grid.A4).toBe("Brouwerij De Leeuw");
    expect(Object.values(grid)).not.toContain("Segment");
    expect(await browser.tabs()).toEqual([{ name: "Klanten", shown: true }]);
    expect(await browser.page.locator("#chart svg").count()).toBe(0);
  });

  it("says the workbook is updated when Segmenteer is clicked", async () => {
    await browser.pane.getByRole("button", { name: "Segmenteer", exact: true }).click();
    await browser.pane.getByText(browser.texts.written).waitFor();
  });

  it("writes Totaal, Score and Segment, with the letters the engine computes", async () => {
    const grid = await browser.gridShowing("Segment", 3);
    const total = columnWithHeader(grid, "Totaal", 3);
    const segment = columnWithHeader(grid, "Segment", 3);
    expect(columnWithHeader(grid, "Score", 3)).toBe(String.fromCharCode(total.charCodeAt(0) + 1));
    expect(segment).toBe(String.fromCharCode(total.charCodeAt(0) + 2));
    const letters = columnCells(grid, segment, 4);
    expect(Object.keys(letters)).toHaveLength(20);
    expect(letters).toEqual(expectedLetters(demoClients("nl"), segment));
  });

  it("colours each letter green, amber or red, in the palette's fill and font", async () => {
    const fills = await browser.page.$$eval("#grid td[data-cell]", (cells) =>
      cells
        .filter((td) => ["A", "B", "C"].includes(td.textContent ?? ""))
        .map((td) => [td.textContent, getComputedStyle(td).backgroundColor, getComputedStyle(td).color]),
    );
    expect(fills).toHaveLength(20);
    for (const [letter, fill, font] of fills) {
      const colours = PALETTE[letter as "A" | "B" | "C"];
      expect([letter, fill, font]).toEqual([letter, rgb(colours.fill), rgb(colours.font)]);
    }
  });

  it("draws the ABC-matrix with a point per client in its segment's tone and the quadrant letters", async () => {
    const chart = browser.page.locator("#chart svg");
    await chart.waitFor();
    expect(await chart.getAttribute("aria-label")).toBe("ABC-matrix");
    expect(await chart.locator("circle.point").count()).toBe(20);
    const markers = await chart
      .locator("circle.point")
      .evaluateAll((dots) => dots.map((d) => d.getAttribute("fill")));
    const strong = Object.values(PALETTE).map((c) => c.strong);
    expect(markers.filter((fill) => !strong.includes(fill ?? ""))).toEqual([]);
    const texts = await chart.locator("text").allTextContents();
    expect(texts.filter((t) => /^[ABC]$/.test(t)).sort()).toEqual(["A", "B", "B", "C"]);
    expect(texts).toContain("Brouwerij De Leeuw");
  });

  it("shows the A/B/C summary with the counts the engine computes", async () => {
    const { pane, texts } = browser;
    const counts = expectedCounts(demoClients("nl"));
    expect(counts.A + counts.B + counts.C).toBe(20);
    await pane.getByText(texts.clientCount(20), { exact: true }).waitFor();
    for (const segment of ["A", "B", "C"] as const) {
      const card = pane.getByRole("article", { name: texts.segmentHeading(segment), exact: true });
      expect(await card.textContent()).toContain(`${texts.quadrantCount(counts[segment])} (`);
    }
    const status = await pane.getByRole("status").allTextContents();
    expect(status).toContain(texts.statusDone(20, counts.A, counts.B, counts.C));
  });

  it("adds the settings sheet as a tab", async () => {
    const tabs = await browser.tabs();
    expect(tabs.map((t) => t.name)).toEqual(["Klanten", SETTINGS_SHEET]);
    expect(SETTINGS_SHEET).toBe("ABC-instellingen");
  });

  it("asked for nothing but the preview and office.js, without CSP violations or errors", () => {
    expectCleanTraffic(browser.traffic);
  });
});
