import type { AxeResults } from "axe-core";
import type { PreviewBrowser } from "./browser";

/** The WCAG levels the pane must meet: 2.0 A and AA, and 2.1 AA. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21aa"];

/** One axe violation, readable in a test failure: rule, impact, help and the offending elements. */
export interface Violation {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the pane's document (loaded into the pane frame on first use) and returns its violations. */
export async function axeViolations(browser: PreviewBrowser): Promise<Violation[]> {
  const frame = await browser.paneFrame();
  if (!(await frame.evaluate(() => "axe" in window))) {
    await browser.addPaneScript(require.resolve("axe-core/axe.min.js"));
  }
  return frame.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(...args: unknown[]): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? "",
      help: `${v.help} (${v.helpUrl})`,
      nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`),
    }));
  }, TAGS);
}

/** The violations as lines of text, so a failing expect(...).toEqual([]) shows what to fix. */
export function readable(violations: readonly Violation[]): string[] {
  return violations.map(
    (v) => `${v.rule} [${v.impact}] ${v.help}\n${v.nodes.map((node) => `    ${node}`).join("\n")}`,
  );
}
