/** @jest-environment node */
import { templatePlan } from "../../src/workbook/templatePlan";
import { type Cell } from "../../src/method/types";
import { browserForThisFile, columnWithHeader, eventually } from "./browser";
import { expectCleanTraffic } from "./checks";
import { columnCells, expectedLetters } from "./expected";

/*
 * No client list yet: on an empty workbook the pane inserts the template with the example clients, and
 * Segmenteer works on it as it is.
 */

jest.setTimeout(60_000);

const TEMPLATE_SHEET = "ABC-sjabloon";

/** The template sheet's cells as insertTemplate writes them: title, intro, questions, then the table. */
function templateValues(): Cell[][] {
  const plan = templatePlan("nl", new Date().getFullYear(), true);
  const rows: Cell[][] = [[plan.title], [plan.intro], plan.questions];
  while (rows.length < plan.headerRow) rows.push([]);
  rows.push(plan.header, ...plan.rows);
  return rows.map((row) => plan.header.map((_, c) => row[c] ?? ""));
}

const browser = browserForThisFile({
  first: (b) => b.open({ workbook: "empty" }),
  last: (b) => b.screenshot("template-chart"),
});

describe("the template, then Segmenteer", () => {
  it("starts from one empty sheet", async () => {
    expect(await browser.tabs()).toEqual([{ name: "Blad1", shown: true }]);
    expect(Object.values(await browser.grid()).join("")).toBe("");
  });

  it("inserts the ABC-sjabloon sheet with example clients and shows it", async () => {
    const { pane, texts } = browser;
    const examples = pane.getByRole("checkbox", { name: "Met voorbeeldklanten", exact: true });
    // A user clicks the visible box and its label; Fluent UI hides the native input beneath them.
    await pane.locator("label", { hasText: "Met voorbeeldklanten" }).click();
    expect(await examples.isChecked()).toBe(true);
    await pane.getByRole("button", { name: "Sjabloon invoegen", exact: true }).click();
    // The message shows once on screen and once in the live region for screen readers.
    await pane
      .getByText(texts.templateInsertedWithExamples(TEMPLATE_SHEET), { exact: true })
      .first()
      .waitFor();
    await eventually(async () =>
      expect(await browser.tabs()).toEqual([
        { name: "Blad1", shown: false },
        { name: TEMPLATE_SHEET, shown: true },
      ]),
    );
    const grid = await browser.grid();
    const header = templatePlan("nl", new Date().getFullYear(), true).headerRow + 1;
    expect(grid[`A${header}`]).toBe("Klant");
    expect(grid[`A${header + 1}`]).toBe("Brouwerij De Leeuw");
  });

  it("segments the template: letters in its Segment column", async () => {
    const { pane, texts } = browser;
    await pane.getByRole("button", { name: "Segmenteer", exact: true }).click();
    await pane.getByText(texts.written).waitFor();
    const header = templatePlan("nl", new Date().getFullYear(), true).headerRow + 1;
    const grid = await browser.gridShowing("Segment", header);
    const segment = columnWithHeader(grid, "Segment", header);
    const letters = columnCells(grid, segment, header + 1);
    expect(Object.keys(letters)).toHaveLength(20);
    expect(letters).toEqual(expectedLetters(templateValues(), segment));
    expect((await browser.tabs()).find((t) => t.shown)?.name).toBe(TEMPLATE_SHEET);
  });

  it("draws the chart beside the template", async () => {
    const chart = browser.page.locator("#chart svg");
    await chart.waitFor();
    expect(await chart.locator("circle.point").count()).toBe(20);
    const texts = await chart.locator("text").allTextContents();
    expect(texts.filter((t) => /^[ABC]$/.test(t)).sort()).toEqual(["A", "B", "B", "C"]);
  });

  it("asked for nothing but the preview and office.js, without CSP violations or errors", () => {
    expectCleanTraffic(browser.traffic);
  });
});
