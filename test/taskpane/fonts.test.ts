/** @jest-environment jsdom */

type Host = Window & { FabricConfig?: unknown; __stylesheet__?: unknown };

/** The CSS Fluent generates when it loads in a fresh module registry and a fresh style sheet. */
async function fluentCss(withConfig: boolean): Promise<string> {
  delete (window as Host).FabricConfig;
  delete (window as Host).__stylesheet__;
  let css = "";
  await jest.isolateModulesAsync(async () => {
    if (withConfig) await import("../../src/taskpane/fabricConfig");
    const fluent = await import("@fluentui/react");
    css = fluent.Stylesheet.getInstance().getRules(true);
  });
  return css;
}

describe("fonts under the Content-Security-Policy", () => {
  it("Fluent declares its web fonts on Microsoft's CDN by default", async () => {
    expect(await fluentCss(false)).toMatch(/@font-face[^}]*cdn\.office\.net/);
  });

  it("declares none once fabricConfig has run first, as index.tsx does", async () => {
    expect(await fluentCss(true)).not.toMatch(/@font-face/);
  });
});
