/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { acceptedText, SETTING_RULES, type NumberSetting } from "../../src/method/settingRules";
import type { Language } from "../../src/method/types";

/* The help page states what each setting accepts in the very words of the rule table (SETTING_RULES). */

const html = readFileSync(join(__dirname, "../../assets/help.html"), "utf8");
const page = new DOMParser().parseFromString(html, "text/html");
const tidy = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

const IN_ORDER: NumberSetting[] = ["topPercent", "amount", "scoreThreshold", "weight", "topN", "labels"];

describe.each(["nl", "en"] as const)("the help page in %s", (language: Language) => {
  it("states what each setting accepts, as the pane and the settings sheet say it", () => {
    const list = page.getElementById(language)!.querySelector("dl.accepted")!;
    const said = [...list.querySelectorAll("dd")].map((dd) => tidy(dd.textContent));
    expect(said).toEqual(
      IN_ORDER.map((setting) => {
        const text = `${acceptedText(setting, language, null)}.`;
        return setting === "weight" ? `${text} ${SETTING_RULES.weight.noneAbove0[language]}.` : text;
      }),
    );
  });
});
