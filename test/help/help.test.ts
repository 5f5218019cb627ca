/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CRITERIA, type Language } from "../../src/method/types";
import { QUESTIONS } from "../../src/method/texts";
import { ON_STRONG, PALETTE } from "../../src/workbook/palette";
import { textsFor } from "../../src/taskpane/texts";

/* assets/help.html is static, so these tests keep it in step with the texts the add-in shows. */

const html = readFileSync(join(__dirname, "../../assets/help.html"), "utf8");
const page = new DOMParser().parseFromString(html, "text/html");
const tidy = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();
const section = (language: Language) => page.getElementById(language)!;

describe("the help page", () => {
  it.each(["nl", "en"] as const)(
    "states the four questions in %s exactly as the add-in asks them",
    (language) => {
      const list = section(language).querySelector("dl.questions")!;
      const terms = [...list.querySelectorAll("dt")].map((dt) => tidy(dt.textContent));
      const questions = [...list.querySelectorAll("dd")].map((dd) => tidy(dd.textContent));
      expect(terms).toEqual(CRITERIA.map((c) => QUESTIONS[language][c].label));
      expect(questions).toEqual(CRITERIA.map((c) => QUESTIONS[language][c].question));
    },
  );

  it.each(["nl", "en"] as const)("names the ribbon button in %s as the pane does", (language) => {
    const strong = [...section(language).querySelectorAll("strong")].map((e) => tidy(e.textContent));
    expect(strong).toContain(textsFor(language).segment);
    expect(tidy(section(language).textContent)).not.toMatch(/click Segment\b|op Segment\b/);
  });

  it("paints the quadrant cells A, B and C in the palette's strong tones with its letter colour", () => {
    const css = page.querySelector("style")!.textContent ?? "";
    for (const segment of ["A", "B", "C"] as const) {
      const rule = new RegExp(`\\.${segment.toLowerCase()} \\{([^}]*)\\}`).exec(css)?.[1] ?? "";
      expect(/background: (#[0-9a-f]{6})/i.exec(rule)?.[1].toUpperCase()).toBe(PALETTE[segment].strong);
      expect(/color: (#[0-9a-f]{6})/i.exec(rule)?.[1].toUpperCase()).toBe(ON_STRONG);
    }
  });
});
