/** @jest-environment node */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PANE_JS_BUDGET, paneScripts } from "./bundle";
import { ADDIN_ROOT, missingPreview } from "./paths";

/* The task pane's production JavaScript, as addin/taskpane.html loads it: at most 250 KB gzipped. */

describe("the weight of the task pane", () => {
  beforeAll(() => {
    const missing = missingPreview();
    if (missing) throw new Error(missing);
  });

  it("loads the runtime, the commands and the pane's own bundle, all present", () => {
    const scripts = paneScripts();
    expect(scripts.map((s) => s.file)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^runtime\./),
        expect.stringMatching(/^commands\./),
        expect.stringMatching(/^taskpane\./),
      ]),
    );
    for (const script of scripts) expect(existsSync(join(ADDIN_ROOT, script.file))).toBe(true);
  });

  it(`is at most ${PANE_JS_BUDGET.toLocaleString("en-US")} bytes gzipped (level 9)`, () => {
    const scripts = paneScripts();
    const total = scripts.reduce((sum, s) => sum + s.gzipped, 0);
    // Over budget, the failure lists every file's share.
    const overBudget =
      total <= PANE_JS_BUDGET ? [] : scripts.map((s) => `${s.file}: ${s.gzipped} bytes gzipped`);
    expect(overBudget).toEqual([]);
    expect(total).toBeGreaterThan(10_000);
  });
});
