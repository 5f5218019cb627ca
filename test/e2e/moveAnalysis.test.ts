/** @jest-environment node */
import { templatePlan } from "../../src/workbook/templatePlan";
import { browserForThisFile, columnWithHeader, eventually } from "./browser";
import { expectCleanTraffic } from "./checks";
import { columnCells } from "./expected";

/*
 * The dead end, as a new user walks into it: the demo is segmented, a template is inserted,
 * Segmenteer on the template is refused; "Verplaats de analyse naar deze lijst" moves the analysis in
 * one click: the template gets letters, the demo sheet keeps none of the add-in's columns.
 */

jest.setTimeout(90_000);

const TEMPLATE_SHEET = "ABC-sjabloon";

const browser = browserForThisFile({ first: (b) => b.open(), last: (b) => b.screenshot("analysis-moved") });

/** Shows a sheet in the preview by clicking its tab. */
async function showSheet(name: string): Promise<void> {
  await browser.page.locator("#tabs button", { hasText: name }).click();
}

describe("demo → Segmenteer → Sjabloon invoegen → Segmenteer → Verplaats de analyse", () => {
  it("segments the demo, then inserts the template and says Segmenteer there offers the move", async () => {
    const { pane, texts } = browser;
    await pane.getByRole("button", { name: "Segmenteer", exact: true }).click();
    await pane.getByText(texts.written).waitFor();
    await pane.locator("label", { hasText: "Met voorbeeldklanten" }).click();
    await pane.getByRole("button", { name: "Sjabloon invoegen", exact: true }).click();
    await pane
      .getByText(/biedt aan de analyse hierheen te verplaatsen/)
      .first()
      .waitFor();
    expect(await pane.getByText(texts.written).count()).toBe(1);
  });

  it("refuses Segmenteer on the template with the whole segmented list and the ways forward", async () => {
    const { pane } = browser;
    await pane.getByRole("button", { name: "Segmenteer", exact: true }).click();
    await pane
      .getByText(/segmenteert al de klantenlijst Klanten!A3:I23/)
      .first()
      .waitFor();
    const group = pane.getByRole("group", { name: "Wat nu?" });
    expect(await group.getByRole("button").allTextContents()).toEqual([
      "Ga naar de gesegmenteerde lijst",
      "Verplaats de analyse naar deze lijst",
      "Verwijder de analyse",
    ]);
    expect(await pane.getByText(/is ingevoegd/).count()).toBe(0);
    await browser.screenshot("other-analysis-refused");
  });

  it("moves the analysis in one click: letters on the template, none of the add-in's columns on Klanten", async () => {
    const { pane, texts } = browser;
    await pane.getByRole("button", { name: "Verplaats de analyse naar deze lijst", exact: true }).click();
    await pane.getByText(texts.written).waitFor();
    const header = templatePlan("nl", new Date().getFullYear(), true).headerRow + 1;
    await eventually(async () =>
      expect((await browser.tabs()).find((t) => t.shown)?.name).toBe(TEMPLATE_SHEET),
    );
    const grid = await browser.gridShowing("Segment", header);
    const letters = columnCells(grid, columnWithHeader(grid, "Segment", header), header + 1);
    expect(Object.values(letters).filter((l) => /^[ABC]$/.test(l))).toHaveLength(20);
    await showSheet("Klanten");
    const demo = await browser.grid();
    expect(Object.values(demo)).not.toEqual(expect.arrayContaining(["Totaal"]));
    expect(Object.values(demo)).not.toEqual(expect.arrayContaining(["Segment"]));
    expect(await browser.page.locator("#chart svg").count()).toBe(0);
  });

  it("asked for nothing but the preview and office.js, without CSP violations or errors", () => {
    expectCleanTraffic(browser.traffic);
  });
});
