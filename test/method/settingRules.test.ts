import fc from "fast-check";
import { parseDecimal } from "../../src/method/decimalText";
import { typedAmount } from "../../src/method/shownValues";
import { EURO, MILLION_EURO, THOUSAND_EURO } from "../../src/method/units";
import { ProblemLog } from "../../src/method/problems";
import {
  acceptedText,
  checkSetting,
  methodOfWord,
  SETTING_RULES,
  settingValueOfText,
  type NumberSetting,
} from "../../src/method/settingRules";
import { DEFAULT_LABELS, DEFAULT_SETTINGS, resolveSettings } from "../../src/method/settings";
import { segmentTable } from "../../src/method/segmentTable";
import type { Cell, Language, Settings } from "../../src/method/types";
import { formFromStored } from "../../src/taskpane/settingsForm";
import { settingsSheetPlan, SETTINGS_ROWS } from "../../src/workbook/settingsSheet";

const NUMBER_SETTINGS: NumberSetting[] = [
  "topPercent",
  "amount",
  "scoreThreshold",
  "weight",
  "topN",
  "labels",
];

/** resolveSettings in a language, with the messages of its problems. */
function resolve(settings: object, language: Language = "nl") {
  const log = new ProblemLog(language);
  const resolved = resolveSettings({ ...settings, language } as Settings, log);
  return { resolved, problems: log.finish().map((p) => p.message) };
}

describe("the rule table", () => {
  it.each(NUMBER_SETTINGS)("accepts the default of %s", (setting) => {
    const rule = SETTING_RULES[setting];
    if (rule.default !== null)
      expect(checkSetting(setting, rule.default, 4)).toEqual({ ok: true, value: rule.default });
  });

  it.each(NUMBER_SETTINGS)("words what %s accepts in Dutch and English, naming its bounds", (setting) => {
    const rule = SETTING_RULES[setting];
    const nl = acceptedText(setting, "nl", null);
    const en = acceptedText(setting, "en", null);
    expect(nl).not.toEqual(en);
    for (const text of [nl, en]) {
      expect(text).toContain(String(rule.min));
      if (Number.isFinite(rule.max)) expect(text).toContain(String(rule.max));
      expect(text).not.toMatch(/\.$/);
    }
    expect(/geheel/.test(nl)).toBe(rule.decimals === 0);
    expect(/whole/.test(en)).toBe(rule.decimals === 0);
    expect(/groter dan/.test(nl)).toBe(!rule.minIncluded);
    expect(/above/.test(en)).toBe(!rule.minIncluded);
  });

  it("caps the score threshold at the sum of the weights, compared at 15 digits as Excel does", () => {
    expect(checkSetting("scoreThreshold", 0.3, 0.1 + 0.2)).toEqual({ ok: true, value: 0.3 });
    expect(checkSetting("scoreThreshold", 0.1 + 0.2, 0.3)).toEqual({ ok: true, value: 0.1 + 0.2 });
    expect(checkSetting("scoreThreshold", 0.3000001, 0.3)).toEqual({ ok: false });
    expect(checkSetting("scoreThreshold", 9, null)).toEqual({ ok: true, value: 9 });
    expect(acceptedText("scoreThreshold", "nl", 0.1 + 0.2)).toBe(
      "Gebruik een getal groter dan 0 en hoogstens 0,3 (de som van de gewichten)",
    );
    expect(acceptedText("scoreThreshold", "en", null)).toBe(
      "Use a number above 0 and at most the sum of the weights",
    );
  });

  it("reads empty per setting: top N off, labels the default, anything else rejected", () => {
    expect(checkSetting("topN", null, null)).toEqual({ ok: true, value: null });
    expect(checkSetting("labels", null, null)).toEqual({ ok: true, value: 20 });
    for (const setting of ["topPercent", "amount", "scoreThreshold", "weight"] as const) {
      expect(checkSetting(setting, null, null)).toEqual({ ok: false });
    }
  });

  it("rejects NaN and infinities, and reads -0 as 0", () => {
    for (const n of [NaN, Infinity, -Infinity])
      expect(checkSetting("amount", n, null)).toEqual({ ok: false });
    const zero = checkSetting("weight", -0, null);
    expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
  });

  it("reads typed text: a decimal comma or point by language, blank, and no number", () => {
    expect(settingValueOfText("2,5", "nl")).toBe(2.5);
    expect(settingValueOfText("12.500", "nl")).toBe(12500);
    expect(settingValueOfText("12.500", "en")).toBe(12.5);
    expect(settingValueOfText("  ", "nl")).toBeNull();
    expect(settingValueOfText("1e5", "en")).toBeNaN();
    expect(settingValueOfText("€", "nl")).toBeNaN();
    expect(settingValueOfText("€ 12.500", "nl")).toBe(12500);
  });

  it("knows the method's words in both languages and any case", () => {
    expect(methodOfWord(" Vast Bedrag ")).toBe("amount");
    expect(methodOfWord("fixed amount")).toBe("amount");
    expect(methodOfWord("TOP %")).toBe("topPercent");
    expect(methodOfWord("median")).toBe("median");
    expect(methodOfWord("gemiddelde")).toBeNull();
    expect(acceptedText("revenueMethod", "nl", null)).toBe("Kies mediaan, top % of vast bedrag");
  });
});

describe("one default per setting, from the table", () => {
  it("gives the method's defaults", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      revenueThreshold: { kind: "median" },
      scoreThreshold: SETTING_RULES.scoreThreshold.default,
      weights: { marge: 1, snelheid: 1, innovatie: 1, netwerk: 1 },
      topN: null,
      language: "nl",
    });
    expect(DEFAULT_LABELS).toBe(SETTING_RULES.labels.default);
  });

  it("fills a new settings sheet and a new form with the same defaults", () => {
    const plan = settingsSheetPlan(
      DEFAULT_SETTINGS,
      { totals: "T", selected: "S", header: "H", own: "O" },
      "",
      20,
      "nl",
    );
    const cell = (row: number): Cell | undefined =>
      plan.cells.find((c) => c.row === row && c.column === 1)?.content ?? undefined;
    const form = formFromStored(null, "nl");
    expect(cell(SETTINGS_ROWS.topPercent)).toBe(SETTING_RULES.topPercent.default);
    expect(form.topPercent).toBe(String(SETTING_RULES.topPercent.default));
    expect(cell(SETTINGS_ROWS.topN)).toBe("");
    expect([form.topNOn, form.topN]).toEqual([false, String(SETTING_RULES.topN.suggested)]);
    expect(cell(SETTINGS_ROWS.labels)).toBe(DEFAULT_LABELS);
    expect([form.labelsOn, form.labels]).toEqual([true, String(DEFAULT_LABELS)]);
    expect(cell(SETTINGS_ROWS.scoreThreshold)).toBe(3);
    expect(form.scoreThreshold).toBe("3");
  });
});

describe("resolveSettings", () => {
  it("takes the tagged revenue threshold", () => {
    for (const rt of [
      { kind: "median" },
      { kind: "topPercent", topPercent: 12.5 },
      { kind: "amount", amount: 25000 },
    ] as const) {
      expect(resolve({ revenueThreshold: rt })).toEqual({
        resolved: { ...DEFAULT_SETTINGS, revenueThreshold: rt },
        problems: [],
      });
    }
  });

  it.each([
    ["median", { kind: "median" }],
    [{ amount: 25000 }, { kind: "amount", amount: 25000 }],
    [{ topPercent: 12.5 }, { kind: "topPercent", topPercent: 12.5 }],
  ])("normalises the earlier shape %j for callers of the old contract", (old, tagged) => {
    expect(resolve({ revenueThreshold: old })).toEqual({
      resolved: { ...DEFAULT_SETTINGS, revenueThreshold: tagged },
      problems: [],
    });
  });

  it("segments with an earlier shape exactly as with the tagged one", () => {
    const values: Cell[][] = [
      ["Klant", "Omzet", "Marge", "Snelheid", "Innovatie", "Netwerk"],
      ["Een", 100, "Ja", "Ja", "Ja", "Ja"],
      ["Twee", 40, "Ja", "Nee", "Ja", "Ja"],
      ["Drie", 10, "Nee", "Nee", "Nee", "Nee"],
    ];
    const old = segmentTable(values, { revenueThreshold: { amount: 30 } } as unknown as Settings);
    const tagged = segmentTable(values, { revenueThreshold: { kind: "amount", amount: 30 } });
    expect(old).toEqual(tagged);
  });

  it.each([
    [
      { revenueThreshold: { kind: "gemiddelde" } },
      "Instelling revenueThreshold",
      "Kies mediaan, top % of vast bedrag",
    ],
    [{ revenueThreshold: "mean" }, "Instelling revenueThreshold", "Kies mediaan, top % of vast bedrag"],
    [
      { revenueThreshold: { kind: "topPercent" } },
      "revenueThreshold.topPercent: null",
      "groter dan 0 en kleiner dan 100",
    ],
    [
      { revenueThreshold: { topPercent: 120 } },
      "revenueThreshold.topPercent: 120",
      "groter dan 0 en kleiner dan 100",
    ],
    [
      { revenueThreshold: { topPercent: 0 } },
      "revenueThreshold.topPercent: 0",
      "groter dan 0 en kleiner dan 100",
    ],
    [
      { revenueThreshold: { topPercent: 12.34567 } },
      "revenueThreshold.topPercent: 12.34567",
      "hoogstens 4 decimalen",
    ],
    [
      { revenueThreshold: { kind: "amount", amount: -1 } },
      "revenueThreshold.amount: -1",
      "bedrag groter dan 0",
    ],
    [
      { revenueThreshold: { kind: "amount", amount: 0 } },
      "revenueThreshold.amount: 0",
      "bedrag groter dan 0",
    ],
    [{ weights: { marge: -1 } }, "weights.marge: -1", "gewicht van 0 tot 100"],
    [{ weights: { marge: 101 } }, "weights.marge: 101", "gewicht van 0 tot 100"],
    [{ weights: { marge: "2" } }, 'weights.marge: "2"', "gewicht van 0 tot 100"],
    [
      { weights: { marge: 0, snelheid: 0, innovatie: 0, netwerk: 0 }, scoreThreshold: 1 },
      "weights: [0,0,0,0]",
      "Geef minstens één vraag een gewicht groter dan 0",
    ],
    [
      { scoreThreshold: null },
      "scoreThreshold: null",
      "groter dan 0 en hoogstens 4 (de som van de gewichten)",
    ],
    [{ scoreThreshold: 0 }, "scoreThreshold: 0", "groter dan 0 en hoogstens 4 (de som van de gewichten)"],
    [{ scoreThreshold: 4.5 }, "scoreThreshold: 4.5", "groter dan 0 en hoogstens 4 (de som van de gewichten)"],
    [{ topN: 2.5 }, "topN: 2.5", "geheel getal van 1 of meer, of laat leeg"],
  ])("rejects %j, saying what is accepted", (settings, named, accepted) => {
    const { problems } = resolve(settings);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(named);
    expect(problems[0]).toContain(accepted);
  });

  it("accepts null for top N (all clients) and a score equal to the sum of decimal weights", () => {
    const weights = { marge: 0.1, snelheid: 0.2, innovatie: 0, netwerk: 0 };
    expect(resolve({ topN: null, scoreThreshold: 0.3, weights }).problems).toEqual([]);
  });

  it("judges the default score threshold against the given weights too", () => {
    const { problems } = resolve({ weights: { marge: 0, snelheid: 0 } }, "en");
    expect(problems).toEqual([
      "Setting scoreThreshold: 3 is not valid. Use a number above 0 and at most 2 (the sum of the weights).",
    ]);
  });

  it("does not judge the score against the sum while a weight is invalid", () => {
    const { problems } = resolve({ weights: { marge: "veel" }, scoreThreshold: 9 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("weights.marge");
  });
});

describe("an amount written for a field (typedAmount)", () => {
  it("groups thousands the Belgian or English way, rounds half up from 15 digits and drops trailing zeros", () => {
    expect(typedAmount(69166.66666666667, EURO, "nl")).toBe("69.167");
    expect(typedAmount(1250.45, THOUSAND_EURO, "nl")).toBe("1.250,5");
    expect(typedAmount(1250, THOUSAND_EURO, "nl")).toBe("1.250");
    expect(typedAmount(1.005, MILLION_EURO, "en")).toBe("1.01");
    expect(typedAmount(1250000.4, EURO, "en")).toBe("1,250,000");
  });

  it("is read back by parseDecimal as the rounded number, for any amount and language", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e15, noNaN: true }),
        fc.constantFrom([EURO, 0] as const, [THOUSAND_EURO, 1] as const, [MILLION_EURO, 2] as const),
        fc.constantFrom("nl" as const, "en" as const),
        (value, [unit, decimals], language) => {
          const text = typedAmount(value, unit, language);
          const read = parseDecimal(text, language)!;
          expect(Math.abs(read - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + Math.abs(value) * 1e-14);
        },
      ),
    );
  });
});
