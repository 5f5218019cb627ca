/** @jest-environment node */
import { axeViolations, readable } from "./axe";
import { browserForThisFile } from "./browser";
import { expectCleanTraffic } from "./checks";
import { overflowingText } from "./overflow";
import { PANE_STATES, type PaneLanguage } from "./paneStates";

/*
 * Every state of the pane (paneStates.ts), in Dutch and English, at the narrowest and widest width Office
 * gives a task pane: a screenshot of the whole pane in artifacts/e2e/panes/<state>.<lang>.<width>.png,
 * no text that overflows its box or the pane, and no axe-core violation. The screenshots are for a
 * person to look at as a new user would; the checks fail on what a person would see as broken.
 */

jest.setTimeout(60_000);

const WIDTHS = [320, 450] as const;
const LANGUAGES: readonly PaneLanguage[] = ["nl", "en"];

const browser = browserForThisFile();

/** What the checks found at one width: text that does not fit, and axe's violations. */
interface Found {
  overflow: string[];
  axe: string[];
}

describe.each(LANGUAGES)("the pane's states in %s", (lang) => {
  it.each(PANE_STATES.map((state) => [state.name, state] as const))(
    "%s: screenshots at 320 and 450 px, all text fits, no axe violations",
    async (name, state) => {
      await browser.open({ ...state.open, lang });
      await state.reach(browser, lang);
      const found: Record<string, Found> = {};
      const clean: Record<string, Found> = {};
      for (const width of WIDTHS) {
        await browser.sizePane(width);
        await browser.paneScreenshot(`panes/${name}.${lang}.${width}`);
        found[width] = {
          overflow: await overflowingText(await browser.paneFrame()),
          axe: readable(await axeViolations(browser)),
        };
        clean[width] = { overflow: [], axe: [] };
      }
      expect({ [`${name}.${lang}`]: found }).toEqual({ [`${name}.${lang}`]: clean });
    },
  );
});

/** What the overflow check says, beyond what it said before, about a paragraph planted in the pane for a moment. */
async function plantedOverflow(text: string, style: Record<string, string>): Promise<string[]> {
  const frame = await browser.paneFrame();
  const before = await overflowingText(frame);
  await frame.evaluate(
    ([t, s]) => {
      const planted = document.createElement("p");
      planted.id = "planted";
      planted.textContent = t;
      Object.assign(planted.style, s);
      document.querySelector("main")!.append(planted);
    },
    [text, style] as const,
  );
  const found = (await overflowingText(frame)).filter((line) => !before.includes(line));
  await frame.evaluate(() => document.getElementById("planted")!.remove());
  expect(await overflowingText(frame)).toEqual(before);
  return found;
}

describe("the checks themselves", () => {
  it("report a word wider than the pane, naming its text", async () => {
    await browser.open();
    await browser.sizePane(320);
    const word = "Omzetdrempelberekeningsmethodekeuzeondersteuningsinformatie";
    const found = await plantedOverflow(word, { fontSize: "32px", overflowWrap: "normal" });
    expect(found.join("\n")).toContain(`"${word}"`);
    expect(found.some((line) => line.startsWith("the pane is "))).toBe(true);
  });

  it("report text cut off at the side of a box that hides its overflow", async () => {
    const text = "Zet tekstbedragen om naar getallen";
    const found = await plantedOverflow(text, { width: "120px", overflow: "hidden", whiteSpace: "nowrap" });
    expect(found).toEqual([expect.stringMatching(`^<p> "${text}" needs \\d+ px wide but its box is 120 px`)]);
  });

  it("report lines cut off at the bottom of a box that hides its overflow, as a wrapped button label", async () => {
    const text = "Zet tekstbedragen om naar getallen";
    const found = await plantedOverflow(text, { width: "120px", height: "20px", overflow: "hidden" });
    expect(found).toEqual([expect.stringMatching(`^<p> "${text}" needs \\d+ px high but its box is 20 px`)]);
  });

  it("asked for nothing but the preview, office.js and axe, without CSP violations or errors", () => {
    expectCleanTraffic(browser.traffic);
  });
});
