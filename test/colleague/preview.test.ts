/** @jest-environment node */
import { browserForThisFile, columnWithHeader, eventually } from "../e2e/browser";

/** The browser preview as a new user tries it: segment, then edit like a colleague in the sheet view. */

jest.setTimeout(90_000);
const browser = browserForThisFile({
  first: (b) => b.open(),
  last: (b) => b.screenshot("review-colleague-edit"),
});

async function typeInto(cell: string, text: string) {
  await browser.page.locator(`#grid td[data-cell="${cell}"]`).click();
  const bar = browser.page.locator("#formula-bar");
  await bar.fill(text);
  await bar.press("Enter");
}

describe("the preview, edited like a colleague", () => {
  let segment = "";
  let marked = "";
  it("segments the demo", async () => {
    await browser.pane.getByRole("button", { name: "Segmenteer", exact: true }).click();
    const grid = await browser.gridShowing("Segment", 3);
    segment = columnWithHeader(grid, "Segment", 3);
  });

  it("typing 'misschien' as an answer shows ? in that row, marks the cell, and the pane notices the change", async () => {
    const grid = await browser.grid();
    await new Promise((resolve) => setTimeout(resolve, 700)); // past the run store's 500 ms settle window (see settleWindow.test.ts)
    const marge = Object.entries(grid)
      .find(([c, t]) => /^[A-Z]+3$/.test(c) && t === "Marge")![0]
      .replace("3", "");
    await typeInto(`${marge}4`, "misschien");
    await eventually(async () => {
      const g = await browser.grid();
      if (g[`${segment}4`] !== "?") throw new Error(`segment is ${g[`${segment}4`]}`);
    }, 30_000);
    await browser.pane.getByText(/gewijzigd sinds de laatste segmentatie/).waitFor();
    const errors = Object.values(await browser.grid()).filter((t) => /^#/.test(t));
    expect(errors).toEqual([]);
    marked = `${marge}4`;
  });

  it("P4: the sheet view shows the mark on the offending cell and the ? in Segment, as Excel would", async () => {
    const styles = await browser.page.$$eval(
      `#grid td[data-cell="${marked}"], #grid td[data-cell="${segment}4"], #grid td[data-cell="A4"]`,
      (cells) => cells.map((td) => [(td as HTMLElement).dataset.cell, getComputedStyle(td).backgroundColor]),
    );
    const plain = styles.find(([c]) => c === "A4")![1];
    expect(styles.filter(([c]) => c !== "A4").map(([c, bg]) => [c, bg !== plain])).toEqual([
      [marked, true],
      [`${segment}4`, true],
    ]);
  });

  it("Segmenteer opnieuw lists the bad answer with Ga naar cel and writes nothing", async () => {
    await browser.pane.getByRole("button", { name: "Segmenteer opnieuw" }).click();
    await browser.pane
      .getByText(/misschien/)
      .first()
      .waitFor();
  });

  it("typing a client below the list gives it a letter", async () => {
    const grid = await browser.grid();
    const last = Math.max(
      ...Object.keys(grid)
        .filter((c) => /^A\d+$/.test(c) && grid[c] !== "")
        .map((c) => Number(c.slice(1))),
    );
    const row = last + 1;
    await typeInto(`A${row}`, "Nieuwe klant");
    await typeInto(`B${row}`, "500000");
    await eventually(async () => {
      const g = await browser.grid();
      if (!["A", "B", "C", "?"].includes(g[`${segment}${row}`]))
        throw new Error(`segment ${row} is '${g[`${segment}${row}`]}'`);
    });
    const g = await browser.grid();
    expect({ row, letter: g[`${segment}${row}`] }).toEqual({ row, letter: expect.stringMatching(/^[ABC]$/) });
  });
});
