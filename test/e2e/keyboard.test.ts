/** @jest-environment node */
import { demoClients } from "../../preview/demoWorkbook";
import { columnWithHeader, eventually, browserForThisFile } from "./browser";
import { expectCleanTraffic } from "./checks";
import { paneControls, tabThroughPane, tabTo } from "./focus";
import { columnCells, expectedLetters } from "./expected";

/*
 * The pane without a mouse: Tab reaches every control in reading order, the arrow keys choose the
 * revenue method, a weight is typed, Space switches top N on, Enter runs Segmenteer and, on a table with
 * bad cells, Enter on "Ga naar cel" selects the cell.
 */

jest.setTimeout(90_000);

/** The pane's controls before any run, in the order a keyboard user meets them. */
const IDLE_CONTROLS = [
  'radio "Mediaan"',
  'textbox "Scoredrempel"',
  'textbox "Gewicht Marge"',
  'textbox "Gewicht Snelheid"',
  'textbox "Gewicht Innovatie"',
  'textbox "Gewicht Netwerk"',
  'switch "Alleen de grootste N klanten"',
  'switch "Klantnamen in de grafiek"',
  'textbox "Aantal namen"',
  'button "Segmenteer"',
  'checkbox "Met voorbeeldklanten"',
  'button "Sjabloon invoegen"',
];

const browser = browserForThisFile();

describe("the pane by keyboard alone, on the demo workbook", () => {
  beforeAll(async () => {
    await browser.open();
  });

  it("reaches every control with Tab, in reading order", async () => {
    const controls = await paneControls(browser);
    expect(controls).toEqual(IDLE_CONTROLS);
    expect(await tabThroughPane(browser)).toEqual(controls);
  });

  it("chooses the revenue method with the arrow keys", async () => {
    const { pane } = browser;
    await tabTo(browser, 'radio "Mediaan"');
    await browser.page.keyboard.press("ArrowDown");
    expect(await pane.getByRole("radio", { name: "Vast bedrag" }).isChecked()).toBe(true);
    expect(await pane.getByRole("textbox", { name: "Bedrag (€)" }).count()).toBe(1);
    await browser.page.keyboard.press("ArrowDown");
    expect(await pane.getByRole("radio", { name: "Top %" }).isChecked()).toBe(true);
    expect(await pane.getByRole("textbox", { name: "Top-percentage (%)" }).inputValue()).toBe("20");
    await browser.page.keyboard.press("ArrowUp");
    await browser.page.keyboard.press("ArrowUp");
    expect(await pane.getByRole("radio", { name: "Mediaan" }).isChecked()).toBe(true);
    expect(await pane.getByRole("textbox", { name: "Bedrag (€)" }).count()).toBe(0);
  });

  it("changes a weight by typing", async () => {
    const { pane, texts } = browser;
    await tabTo(browser, 'textbox "Gewicht Marge"');
    await browser.page.keyboard.press("Control+A");
    await browser.page.keyboard.type("2");
    expect(await pane.getByRole("textbox", { name: "Gewicht Marge" }).inputValue()).toBe("2");
    await pane.getByText(texts.scoreThresholdHelp("5")).waitFor();
  });

  it("switches 'Alleen de grootste N klanten' on with Space", async () => {
    const { pane } = browser;
    const toggle = pane.getByRole("switch", { name: "Alleen de grootste N klanten" });
    expect(await toggle.getAttribute("aria-checked")).toBe("false");
    await tabTo(browser, 'switch "Alleen de grootste N klanten"');
    await browser.page.keyboard.press("Space");
    expect(await toggle.getAttribute("aria-checked")).toBe("true");
    expect(await pane.getByRole("textbox", { name: "Aantal klanten (N)" }).inputValue()).toBe("20");
  });

  it("runs Segmenteer with Enter, with the typed weight", async () => {
    const { pane, texts } = browser;
    await tabTo(browser, 'button "Segmenteer"');
    await browser.page.keyboard.press("Enter");
    await pane.getByText(texts.written).waitFor();
    const grid = await browser.gridShowing("Segment", 3);
    const segment = columnWithHeader(grid, "Segment", 3);
    const weights = { marge: 2, snelheid: 1, innovatie: 1, netwerk: 1 };
    const letters = columnCells(grid, segment, 4);
    expect(letters).toEqual(expectedLetters(demoClients("nl"), segment, { weights, topN: 20 }));
    expect(letters).not.toEqual(expectedLetters(demoClients("nl"), segment));
    // The focus follows the result, which scrolled into view: the next Tab goes on from there.
    const focused = await (
      await browser.paneFrame()
    ).evaluate(() => {
      const el = document.activeElement!;
      const box = el.getBoundingClientRect();
      return { labelledBy: el.getAttribute("aria-labelledby"), top: box.top, height: innerHeight };
    });
    expect(focused.labelledBy).toBe("results-heading");
    expect(focused.top).toBeGreaterThanOrEqual(0);
    expect(focused.top).toBeLessThan(focused.height);
    await browser.screenshot("keyboard");
  });

  it("still reaches every control in order after the run", async () => {
    const controls = await paneControls(browser);
    expect(controls).toContain('textbox "Aantal klanten (N)"');
    expect(await tabThroughPane(browser)).toEqual(controls);
  });
});

describe("Ga naar cel by keyboard alone, on the table with bad cells", () => {
  beforeAll(async () => {
    await browser.open({ workbook: "bad" });
  });

  afterAll(async () => {
    await browser.screenshot("keyboard-go-to-cell");
  });

  it("runs Segmenteer with Enter and reaches every problem's Ga naar cel with Tab", async () => {
    await tabTo(browser, 'button "Segmenteer"');
    await browser.page.keyboard.press("Enter");
    await browser.pane.getByRole("heading", { name: browser.texts.problemsHeading }).waitFor();
    const controls = await paneControls(browser);
    const segmenteer = controls.indexOf('button "Segmenteer"');
    expect(controls.slice(segmenteer + 1, segmenteer + 3)).toEqual([
      'button "Ga naar cel Klanten!G6"',
      'button "Ga naar cel Klanten!C8"',
    ]);
    expect(await tabThroughPane(browser)).toEqual(controls);
  });

  it("selects the cell with Enter on Ga naar cel", async () => {
    expect(await browser.activeCell()).toBe("A4");
    await tabTo(browser, 'button "Ga naar cel Klanten!G6"');
    await browser.page.keyboard.press("Enter");
    await eventually(async () => expect(await browser.activeCell()).toBe("G6"));
    expect(await browser.selection()).toEqual({ sheet: "Klanten", cell: "G6" });
    await tabTo(browser, 'button "Ga naar cel Klanten!C8"');
    await browser.page.keyboard.press("Space");
    await eventually(async () => expect(await browser.activeCell()).toBe("C8"));
    expect(await browser.selection()).toEqual({ sheet: "Klanten", cell: "C8" });
  });

  it("asked for nothing but the preview and office.js, without CSP violations or errors", () => {
    expectCleanTraffic(browser.traffic);
  });
});
