import { browserForThisFile, type PreviewBrowser } from "./browser";

/*
 * Issue 12, item 5: a message appears where the user's eyes are. In a pane of 320 × 640 px, after each
 * action the pane's new message is fully in view and holds the focus (or the region that holds it does),
 * whatever was on screen before: the confirmation of Sjabloon invoegen under an earlier result, the
 * result of Segmenteer, a refusal, and the result of moving the analysis.
 */

const browser = browserForThisFile();

/** Where the focused element is, and whether the given text is fully inside the pane's viewport. */
async function inView(b: PreviewBrowser, text: string) {
  const frame = await b.paneFrame();
  return frame.evaluate((wanted) => {
    const bars = [...document.querySelectorAll<HTMLElement>(".ms-MessageBar")];
    const bar = bars.find((el) => (el.textContent ?? "").includes(wanted));
    const box = bar?.getBoundingClientRect();
    const focused = document.activeElement;
    return {
      found: bar !== undefined,
      fullyVisible: box !== undefined && box.top >= 0 && box.bottom <= innerHeight,
      focusHolds: bar !== undefined && focused !== null && focused !== document.body && focused.contains(bar),
    };
  }, text);
}

/** Opens the demo workbook in a pane of 320 × 640 px. */
async function openSmall(b: PreviewBrowser): Promise<void> {
  await b.open({ workbook: "demo" });
  await b.page.$eval("#pane", (pane) =>
    Object.assign((pane as HTMLElement).style, { width: "320px", height: "640px" }),
  );
}

/** Waits until a message holding `text` has settled (Fluent renders a MessageBar's text a moment later). */
async function settled(b: PreviewBrowser, text: string) {
  await b.pane.locator(".ms-MessageBar", { hasText: text }).first().waitFor();
  await b.page.waitForTimeout(1200);
  return inView(b, text);
}

it("shows the template's confirmation in view and focused, below an earlier result", async () => {
  await openSmall(browser);
  const { pane, texts } = browser;
  await pane.getByRole("button", { name: texts.segment, exact: true }).click();
  await pane.getByText(texts.written).waitFor();
  await pane.locator("label", { hasText: texts.withExamples }).click();
  await pane.getByRole("button", { name: texts.insertTemplate, exact: true }).click();
  expect(await settled(browser, "ABC-sjabloon")).toEqual({
    found: true,
    fullyVisible: true,
    focusHolds: true,
  });
});

it("brings a refusal and its ways forward into view, with the focus on the result", async () => {
  const { pane, texts } = browser;
  await pane.getByRole("button", { name: texts.segment, exact: true }).click();
  const state = await settled(browser, "segmenteert al");
  expect(state).toMatchObject({ found: true, focusHolds: true });
  const move = pane.getByRole("button", { name: texts.remedies["move-analysis"], exact: true });
  const box = await move.boundingBox();
  const frameTop = (await browser.page.locator("#pane").boundingBox())!.y;
  expect(box!.y - frameTop + box!.height).toBeLessThanOrEqual(640);
});

it("keeps the focus in the pane, on the result, after moving the analysis (its button is gone)", async () => {
  const { pane, texts } = browser;
  await pane.getByRole("button", { name: texts.remedies["move-analysis"], exact: true }).click();
  await pane.getByText(texts.written).waitFor();
  const state = await settled(browser, texts.written);
  expect(state.focusHolds).toBe(true);
});
