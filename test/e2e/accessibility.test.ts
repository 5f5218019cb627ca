/** @jest-environment node */
import { acceptedText } from "../../src/method/settingRules";
import { axeViolations, readable } from "./axe";
import { browserForThisFile } from "./browser";
import { expectCleanTraffic } from "./checks";

/*
 * axe-core (WCAG 2.0 A/AA and 2.1 AA) on the real pane in Chromium, where colours, contrast and layout
 * are computed as a user sees them: idle, with results, with problems listed and with an invalid field.
 */

jest.setTimeout(60_000);

const browser = browserForThisFile();

describe("accessibility of the pane (axe-core)", () => {
  it("has no violations when idle", async () => {
    await browser.open();
    expect(readable(await axeViolations(browser))).toEqual([]);
  });

  it("does report a violation: a button without a name, planted for a moment", async () => {
    const frame = await browser.paneFrame();
    await frame.evaluate(() => document.querySelector("main")!.append(document.createElement("button")));
    const violations = await axeViolations(browser);
    await frame.evaluate(() => document.querySelector("main > button:last-child")!.remove());
    expect(violations.map((v) => v.rule)).toEqual(["button-name"]);
    expect(readable(await axeViolations(browser))).toEqual([]);
  });

  it("has no violations with the results of a run", async () => {
    const { pane, texts } = browser;
    await pane.getByRole("button", { name: texts.segment, exact: true }).click();
    await pane.getByText(texts.written).waitFor();
    await pane.getByRole("article", { name: texts.segmentHeading("C") }).waitFor();
    expect(readable(await axeViolations(browser))).toEqual([]);
    await browser.screenshot("accessibility-results");
  });

  it("has no violations with problems listed", async () => {
    await browser.open({ workbook: "bad" });
    const { pane, texts } = browser;
    await pane.getByRole("button", { name: texts.segment, exact: true }).click();
    await pane.getByRole("heading", { name: texts.problemsHeading }).waitFor();
    expect(readable(await axeViolations(browser))).toEqual([]);
    await browser.screenshot("accessibility-problems");
  });

  it("has no violations with an invalid field and its error message", async () => {
    await browser.open();
    const { pane, texts } = browser;
    await pane.getByRole("textbox", { name: texts.weight(texts.criteria.marge) }).fill("veel");
    await pane.getByText(`${acceptedText("weight", "nl", null)}.`).waitFor();
    await pane.getByText(texts.formInvalid).waitFor();
    expect(readable(await axeViolations(browser))).toEqual([]);
  });

  it("has no violations in English after a run", async () => {
    await browser.open({ lang: "en" });
    const { pane, texts } = browser;
    await pane.getByRole("button", { name: texts.segment, exact: true }).click();
    await pane.getByText(texts.written).waitFor();
    expect(readable(await axeViolations(browser))).toEqual([]);
  });

  it("asked for nothing but the preview, office.js and axe, without CSP violations or errors", () => {
    expectCleanTraffic(browser.traffic);
  });
});
