/** @jest-environment node */
import { segmentTable } from "../../src/method/segmentTable";
import { badClients, BAD_CELLS } from "../../preview/demoWorkbook";
import { browserForThisFile, eventually } from "./browser";
import { expectCleanTraffic } from "./checks";

/*
 * A client table with an answer no one can read ("misschien") and an amount in words ("ongeveer 10k"):
 * Segmenteer lists both problems with their cells, writes nothing, and "Ga naar cel" selects the cell.
 */

jest.setTimeout(60_000);

/** The problems the engine finds in the bad workbook, errors first as the pane lists them. */
const problems = segmentTable(badClients("nl"), { language: "nl" }, { sheet: "Klanten", row: 0, column: 0 })
  .problems.slice()
  .sort((a, b) => Number(b.severity === "error") - Number(a.severity === "error"));

let before: Record<string, string>;
const browser = browserForThisFile({
  first: async (b) => {
    await b.open({ workbook: "bad" });
    before = await b.grid();
  },
  last: (b) => b.screenshot("bad-cells-go-to-cell"),
});

describe("Segmenteer on a table with bad cells", () => {
  it("opens the demo with the bad cells in it", () => {
    expect(before.G6).toBe(BAD_CELLS.nl.G6);
    expect(before.C8).toBe(BAD_CELLS.nl.C8);
    expect(problems.map((p) => [p.severity, p.address])).toEqual([
      ["error", "Klanten!G6"],
      ["error", "Klanten!C8"],
    ]);
  });

  it("lists every problem with its message and a Ga naar cel for its cell", async () => {
    const { pane, texts } = browser;
    await pane.getByRole("button", { name: "Segmenteer", exact: true }).click();
    await pane.getByRole("heading", { name: texts.problemsHeading }).waitFor();
    expect(await pane.getByText(texts.problemsSummary(2, 0), { exact: true }).count()).toBe(1);
    for (const problem of problems) {
      expect(await pane.getByText(problem.message).count()).toBe(1);
      const goTo = pane.getByRole("button", { name: `${texts.goToCell} ${problem.address}`, exact: true });
      expect(await goTo.textContent()).toBe("Ga naar cel");
    }
    await browser.screenshot("bad-cells-problems");
  });

  it("says nothing was changed, and nothing was", async () => {
    const { pane, texts } = browser;
    expect(await pane.getByText(texts.nothingChanged(2), { exact: true }).count()).toBe(1);
    expect(await pane.getByRole("status").allTextContents()).toContain(texts.statusNothingChanged(2));
    expect(await pane.getByText(texts.written).count()).toBe(0);
    expect(await browser.tabs()).toEqual([{ name: "Klanten", shown: true }]);
    expect(await browser.grid()).toEqual(before);
    expect(await browser.page.locator("#chart svg").count()).toBe(0);
  });

  it("selects the first problem's cell with Ga naar cel", async () => {
    const { pane, texts } = browser;
    const first = pane.getByRole("button", { name: new RegExp(`^${texts.goToCell} `) }).first();
    expect(await first.getAttribute("aria-label")).toBe(`${texts.goToCell} ${problems[0].address}`);
    expect(await browser.activeCell()).toBe("A4");
    await first.click();
    await eventually(async () => expect(await browser.activeCell()).toBe("G6"));
    expect(await browser.selection()).toEqual({ sheet: "Klanten", cell: "G6" });
    expect(await browser.page.locator("#grid td.active").count()).toBe(1);
  });

  it("selects the second problem's cell too", async () => {
    const { pane, texts } = browser;
    await pane.getByRole("button", { name: `${texts.goToCell} Klanten!C8`, exact: true }).click();
    await eventually(async () => expect(await browser.activeCell()).toBe("C8"));
    expect(await browser.selection()).toEqual({ sheet: "Klanten", cell: "C8" });
    await pane.getByRole("button", { name: `${texts.goToCell} Klanten!G6`, exact: true }).click();
    await eventually(async () => expect(await browser.activeCell()).toBe("G6"));
  });

  it("asked for nothing but the preview and office.js, without CSP violations or errors", () => {
    expectCleanTraffic(browser.traffic);
  });
});
