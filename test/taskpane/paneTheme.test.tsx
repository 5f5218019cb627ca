/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { OFFICE_THEMES } from "../double/officeThemes";
import { fakeApi } from "./fakeApi";
import { outcomeOf } from "./outcomes";
import { renderPane } from "./renderPane";

/*
 * The pane in each theme Office reports, and with the system's forced colours switched on and off while
 * it is open. Contrast itself is measured in theme.test.ts (pure) and test/e2e/theme.test.ts (Chromium).
 */

/** The element the pane's theme provider renders: it says which theme the pane shows. */
const themed = () => document.querySelector<HTMLElement>("[data-theme]")!;

/** A forced-colours media query the test can switch, installed as window.matchMedia. */
function forcedColors(initially: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: initially,
    media: "(forced-colors: active)",
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  window.matchMedia = jest.fn((media: string) => {
    if (media !== query.media) throw new Error(`Unexpected media query ${media}`);
    return query as unknown as MediaQueryList;
  });
  return {
    set(on: boolean) {
      query.matches = on;
      act(() => listeners.forEach((listener) => listener()));
    },
  };
}

afterEach(() => {
  delete (window as { matchMedia?: unknown }).matchMedia;
  document.documentElement.style.colorScheme = "";
});

describe("the pane follows Office's theme", () => {
  it.each([
    { host: "no theme (Excel on the web)", officeTheme: null, kind: "light", scheme: "light" },
    { host: "Office's White theme", officeTheme: OFFICE_THEMES.light, kind: "light", scheme: "light" },
    { host: "Office's Black theme", officeTheme: OFFICE_THEMES.dark, kind: "dark", scheme: "dark" },
  ])("$host: the pane is $kind, its scrollbars $scheme", async ({ officeTheme, kind, scheme }) => {
    await renderPane(fakeApi({ officeTheme }));
    expect(themed().dataset.theme).toBe(kind);
    expect(document.documentElement.style.colorScheme).toBe(scheme);
    expect(screen.getByRole("button", { name: "Segmenteer" })).toHaveProperty("disabled", false);
  });

  it("paints the page's body in Office's background, so no white border shows around a dark pane", async () => {
    await renderPane(fakeApi({ officeTheme: OFFICE_THEMES.dark }));
    expect(getComputedStyle(document.body).backgroundColor).toBe("rgb(38, 38, 38)");
  });

  it("gives the segment cards dark fills in a dark pane, and the sheet's light ones in a light pane", async () => {
    const fills: Record<string, string> = {};
    for (const theme of ["light", "dark"] as const) {
      const api = fakeApi({ officeTheme: OFFICE_THEMES[theme], outcome: outcomeOf() });
      const { user, unmount } = await renderPane(api);
      await user.click(screen.getByRole("button", { name: "Segmenteer" }));
      fills[theme] = getComputedStyle(
        await screen.findByRole("article", { name: "A-klanten" }),
      ).backgroundColor;
      unmount();
    }
    expect(fills.light).toBe("rgb(198, 239, 206)");
    expect(fills.dark).not.toBe(fills.light);
  });

  it("switches to the system's colours when Windows high contrast comes on, and back when it goes off", async () => {
    const system = forcedColors(false);
    await renderPane(fakeApi({ officeTheme: OFFICE_THEMES.dark }));
    expect(themed().dataset.theme).toBe("dark");
    system.set(true);
    expect(themed().dataset.theme).toBe("contrast");
    system.set(false);
    expect(themed().dataset.theme).toBe("dark");
  });

  it("opens in the system's colours when they are forced from the start", async () => {
    forcedColors(true);
    await renderPane(fakeApi({ officeTheme: OFFICE_THEMES.contrast }));
    expect(themed().dataset.theme).toBe("contrast");
  });
});
