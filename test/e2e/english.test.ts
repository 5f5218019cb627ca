/** @jest-environment node */
import { demoClients } from "../../preview/demoWorkbook";
import { textsFor } from "../../src/taskpane/texts";
import { browserForThisFile, columnWithHeader } from "./browser";
import { expectCleanTraffic } from "./checks";
import { columnCells, expectedCounts, expectedLetters } from "./expected";

/* Office in English (?lang=en): the pane, the added columns and the summary speak English. */

jest.setTimeout(60_000);

const en = textsFor("en");
const nl = textsFor("nl");

const browser = browserForThisFile({
  first: (b) => b.open({ lang: "en" }),
  last: (b) => b.screenshot("english"),
});

describe("the pane with Office in English", () => {
  it("shows English headings, labels and buttons, and no Dutch ones", async () => {
    const { pane } = browser;
    expect(await pane.locator("html").getAttribute("lang")).toBe("en");
    expect(await pane.locator("h1").textContent()).toBe("ABC client segmentation");
    for (const heading of [en.settingsHeading, en.weightsHeading, en.templateHeading]) {
      expect(await pane.getByRole("heading", { name: heading, exact: true }).count()).toBe(1);
    }
    expect(await pane.getByRole("button", { name: "Run segmentation", exact: true }).count()).toBe(1);
    expect(await pane.getByRole("button", { name: "Insert template", exact: true }).count()).toBe(1);
    expect(await pane.getByRole("textbox", { name: "Weight Margin" }).count()).toBe(1);
    expect(await pane.getByRole("switch", { name: en.topNToggle }).count()).toBe(1);
    const text = (await pane.locator("body").textContent()) ?? "";
    for (const dutch of [
      nl.segment,
      nl.settingsHeading,
      nl.templateHeading,
      nl.insertTemplate,
      nl.weightsHeading,
    ]) {
      expect(text).not.toContain(dutch);
    }
  });

  it("segments the English demo: Total, Score and Segment with the engine's letters", async () => {
    const { pane } = browser;
    await pane.getByRole("button", { name: "Run segmentation", exact: true }).click();
    await pane.getByText(en.written, { exact: true }).waitFor();
    const grid = await browser.gridShowing("Segment", 3);
    const total = columnWithHeader(grid, "Total", 3);
    const row = ["Total", "Score", "Segment"].map(
      (_, i) => grid[`${String.fromCharCode(total.charCodeAt(0) + i)}3`],
    );
    expect(row).toEqual(["Total", "Score", "Segment"]);
    const segment = columnWithHeader(grid, "Segment", 3);
    expect(columnCells(grid, segment, 4)).toEqual(
      expectedLetters(demoClients("en"), segment, { language: "en" }),
    );
  });

  it("summarises in English", async () => {
    const { pane } = browser;
    const counts = expectedCounts(demoClients("en"), { language: "en" });
    await pane.getByRole("heading", { name: /^Result for / }).waitFor();
    for (const segment of ["A", "B", "C"] as const) {
      const card = pane.getByRole("article", { name: `${segment} clients`, exact: true });
      expect(await card.textContent()).toContain(`${en.quadrantCount(counts[segment])} (`);
    }
    expect(await pane.getByRole("status").allTextContents()).toContain(
      en.statusDone(20, counts.A, counts.B, counts.C),
    );
  });

  it("asked for nothing but the preview and office.js, without CSP violations or errors", () => {
    expectCleanTraffic(browser.traffic);
  });
});
