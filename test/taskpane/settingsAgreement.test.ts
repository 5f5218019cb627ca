import fc from "fast-check";
import { acceptedText, SETTING_RULES, settingValueOfText } from "../../src/method/settingRules";
import { CRITERIA, type Criterion, type Language } from "../../src/method/types";
import {
  readSettingsSheetOf,
  defaultRaw,
  formCanShow,
  num,
  readByForm,
  readByMethod,
  readBySheet,
  text,
  type Raw,
  type RawSettings,
  type SettingId,
} from "../support/settingReaders";

/*
 * The method (resolveSettings), the settings sheet (readSettingsSheet) and the pane's form (readForm)
 * judge settings by one rule table: for any value they accept and reject the same settings, say the
 * same about what is accepted, and produce the same settings.
 */

/** True when a raw value is text that stands for a number ("2,5", or a number typed as text). */
function numericText(raw: Raw, language: Language): boolean {
  if (raw.kind === "number") return raw.asText && Number.isFinite(raw.n);
  if (raw.kind === "empty") return false;
  const value = settingValueOfText(raw.text, language);
  return value !== null && Number.isFinite(value);
}

/**
 * The settings the sheet's formulas cannot count although the method and the form read a number:
 * text in a cell, such as "2,5" pasted as text (only where the sheet judges that setting).
 */
function textOnSheet(raw: RawSettings, language: Language): Set<SettingId> {
  const judged: Array<[SettingId, Raw]> = [
    ["scoreThreshold", raw.scoreThreshold],
    ["topN", raw.topN],
    ["labels", raw.labels],
    ...CRITERIA.map((c): [SettingId, Raw] => [c, raw.weights[c]]),
  ];
  if (raw.method === "topPercent") judged.push(["topPercent", raw.topPercent]);
  if (raw.method === "amount") judged.push(["amount", raw.amount]);
  return new Set(judged.filter(([, r]) => numericText(r, language)).map(([id]) => id));
}

/**
 * Reads the settings three ways and checks that the readers agree: the method and the form reject the
 * same settings for the same reasons; the sheet rejects those too, and also numbers stored as text (its
 * formulas do not count them). While a weight is rejected the score's cap differs (the sheet applies the
 * default weight), so the score is then not compared. Returns the reading a user gets: the sheet's, or
 * the form's when text on the sheet makes them differ.
 */
function expectAgreement(raw: RawSettings, language: Language) {
  const method = readByMethod(raw, language);
  const sheet = readBySheet(raw, language);
  const asText = textOnSheet(raw, language);
  const weightRejected =
    "weights" in method.rejected || CRITERIA.some((c) => c in method.rejected || asText.has(c));
  const comparable = (ids: string[]) =>
    ids.filter((id) => id !== "labels" && !(weightRejected && id === "scoreThreshold")).sort();
  // A weight stored as text is the default 1 on the sheet, so four weights of 0 are then no longer four.
  const weightAsText = CRITERIA.some((c) => asText.has(c));
  const methodRejected = Object.keys(method.rejected).filter((id) => !(weightAsText && id === "weights"));
  expect(comparable(Object.keys(sheet.rejected))).toEqual(
    comparable([...new Set([...methodRejected, ...asText])]),
  );
  if (sheet.problems.length === 0) expect(method.resolved).toEqual(sheet.resolved);
  for (const [id, message] of Object.entries(method.rejected)) {
    if ((weightRejected && id === "scoreThreshold") || !methodRejected.includes(id)) continue;
    expect(sheet.rejected[id as SettingId]).toContain(
      message.replace(/^.*? is (?:ongeldig|not valid)\. /, ""),
    );
  }
  if (!formCanShow(raw)) return sheet;
  const form = readByForm(raw, language);
  if (asText.size > 0 || weightRejected) {
    expect(comparable(Object.keys(form.rejected))).toEqual(comparable(Object.keys(method.rejected)));
    if (Object.keys(form.rejected).length === 0) expect(form.resolved).toEqual(method.resolved);
    return { ...form, problems: sheet.problems };
  }
  expect(Object.keys(form.rejected).sort()).toEqual(Object.keys(sheet.rejected).sort());
  for (const [id, sentence] of Object.entries(form.rejected)) {
    expect(sheet.rejected[id as SettingId]).toContain(sentence);
  }
  expect(form.resolved).toEqual(sheet.resolved);
  expect(form.labels).toBe(sheet.labels);
  return sheet;
}

const JUNK = [
  "",
  " ",
  "abc",
  "NaN",
  "Infinity",
  "-",
  "1,2,3",
  "1e5",
  "0x10",
  "€",
  "#N/A",
  "veel",
  "12.500,50.3",
];
const NUMERIC_TEXT = [
  "12.500",
  "12.500,5",
  "12,500.5",
  "€ 5",
  "5 %",
  "2,5",
  "2.5",
  "-1",
  " 7 ",
  "0,3",
  "1,5",
];
const SPECIAL = [0, -0, 5e-324, -1e-9, 1e15, 1e21, 1e300, Number.MAX_VALUE, NaN, Infinity, -Infinity];

const asRaw = ([n, asText]: [number, boolean]): Raw => ({ kind: "number", n, asText });

/**
 * Raw values of a setting: mostly the interesting ones near its bounds (so that many generated
 * settings are valid as a whole), else any integer, decimal, huge or non-finite number, text that
 * is or is not a number, or nothing.
 */
const arbRaw = (near: number[]): fc.Arbitrary<Raw> =>
  fc.oneof(
    { weight: 16, arbitrary: fc.tuple(fc.constantFrom(...near), fc.boolean()).map(asRaw) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.oneof(
            fc.integer({ min: -5, max: 120 }),
            fc.double({ min: -10, max: 110, noNaN: true }),
            fc.constantFrom(...SPECIAL),
            fc.double(),
          ),
          fc.boolean(),
        )
        .map(asRaw),
    },
    { weight: 1, arbitrary: fc.constantFrom(...JUNK, ...NUMERIC_TEXT).map(text) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }).map(text) },
    { weight: 1, arbitrary: fc.constant<Raw>({ kind: "empty" }) },
  );

/**
 * Settings with every value drawn by arbRaw, or (`fewChanges`) the defaults with each value changed
 * only now and then, so that many cases are valid as a whole or wrong in one setting only.
 */
const arbSettingsOf = (fewChanges: boolean): fc.Arbitrary<RawSettings> => {
  const byDefault = defaultRaw();
  const setting = (near: number[], usual: Raw) =>
    fewChanges
      ? fc.oneof({ weight: 5, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: arbRaw(near) })
      : arbRaw(near);
  const weightNear = [0, 0.1, 0.2, 0.5, 0.7, 1, 1.5, 2, -0.5];
  return fc.record({
    method: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...SETTING_RULES.revenueMethod.choices) },
      { weight: 1, arbitrary: fc.constantFrom("gemiddelde", "", "top", "mean") },
    ),
    topPercent: setting([0, 0.5, 20, 99.99, 100, 100.0001, 101], num(20)),
    amount: setting([0, 0.01, 25000, 1e9], num(25000)),
    scoreThreshold: setting([0, 0.3, 1, 2, 2.5, 3, 3.0000001, 4, 4.5, 5], byDefault.scoreThreshold),
    weights: fc.record(
      Object.fromEntries(CRITERIA.map((c) => [c, setting(weightNear, byDefault.weights[c])])) as Record<
        Criterion,
        fc.Arbitrary<Raw>
      >,
    ),
    topN: setting([0, 1, 2, 2.5, 20, 1000], byDefault.topN),
    labels: setting([0, 1, 1.5, 20, 500], byDefault.labels),
    topNOff: fc.boolean(),
    labelsOff: fc.boolean(),
  });
};

const arbSettings = fc.oneof(arbSettingsOf(false), arbSettingsOf(true));

describe("the three readers of the settings agree", () => {
  it.each(["nl", "en"] as const)("on every value of every setting (%s)", (language) => {
    fc.assert(
      fc.property(arbSettings, (raw) => {
        expectAgreement(raw, language);
      }),
      { numRuns: 600 },
    );
  });
});

/** A setting, a value, and what all three readers make of it: the value they apply, or rejected. */
type Edge = [string, (raw: RawSettings) => void, SettingId, number | null | "rejected"];

const set =
  (patch: Partial<RawSettings>) =>
  (raw: RawSettings): void =>
    void Object.assign(raw, patch);
const weights = (values: number[]) =>
  set({ weights: Object.fromEntries(CRITERIA.map((c, i) => [c, num(values[i])])) as Record<Criterion, Raw> });
const both =
  (...steps: Array<(raw: RawSettings) => void>) =>
  (raw: RawSettings) =>
    steps.forEach((s) => s(raw));

const EDGES: Edge[] = [
  ["top % below 0", set({ method: "topPercent", topPercent: num(-0.01) }), "topPercent", "rejected"],
  [
    "top % 0 (nobody, yet the biggest would count)",
    set({ method: "topPercent", topPercent: num(0) }),
    "topPercent",
    "rejected",
  ],
  ["top % 0,0001", set({ method: "topPercent", topPercent: text("0,0001") }), "topPercent", 0.0001],
  [
    "top % 0,00001 (5 decimals)",
    set({ method: "topPercent", topPercent: text("0,00001") }),
    "topPercent",
    "rejected",
  ],
  ["top % 12,5 as text", set({ method: "topPercent", topPercent: text("12,5") }), "topPercent", 12.5],
  ["top % 99,9999", set({ method: "topPercent", topPercent: text("99,9999") }), "topPercent", 99.9999],
  [
    "top % 99.99999999999993",
    set({ method: "topPercent", topPercent: num(99.99999999999993) }),
    "topPercent",
    "rejected",
  ],
  [
    "top % 100 (everybody: no C-client)",
    set({ method: "topPercent", topPercent: num(100) }),
    "topPercent",
    "rejected",
  ],
  [
    "top % 100.00000000000001 (100 at 15 digits)",
    set({ method: "topPercent", topPercent: num(100.00000000000001) }),
    "topPercent",
    "rejected",
  ],
  [
    "top % 33.33330000000001 (4 decimals at 15 digits)",
    set({ method: "topPercent", topPercent: num(33.33330000000001) }),
    "topPercent",
    33.3333,
  ],
  ["top % above 100", set({ method: "topPercent", topPercent: num(100.5) }), "topPercent", "rejected"],
  ["top % empty", set({ method: "topPercent", topPercent: text("") }), "topPercent", "rejected"],
  ["top % in words", set({ method: "topPercent", topPercent: text("twintig") }), "topPercent", "rejected"],
  ["a negative amount", set({ method: "amount", amount: num(-1) }), "amount", "rejected"],
  ["amount 0 (every client big)", set({ method: "amount", amount: num(0) }), "amount", "rejected"],
  ["amount 0,01", set({ method: "amount", amount: text("0,01") }), "amount", 0.01],
  ["an amount of 1e-300", set({ method: "amount", amount: num(1e-300) }), "amount", 1e-300],
  ["a huge amount", set({ method: "amount", amount: num(1e21) }), "amount", 1e21],
  ["an amount with € and groups", set({ method: "amount", amount: text("€ 12.500") }), "amount", 12500],
  ["an empty amount", set({ method: "amount", amount: text("") }), "amount", "rejected"],
  ["an infinite amount", set({ method: "amount", amount: num(Infinity) }), "amount", "rejected"],
  ["a negative score", set({ scoreThreshold: num(-0.5) }), "scoreThreshold", "rejected"],
  ["score 0 (every client right)", set({ scoreThreshold: num(0) }), "scoreThreshold", "rejected"],
  ["score 0,001", set({ scoreThreshold: text("0,001") }), "scoreThreshold", 0.001],
  ["score equal to the sum of the weights", set({ scoreThreshold: num(4) }), "scoreThreshold", 4],
  ["score just above the sum", set({ scoreThreshold: num(4.000001) }), "scoreThreshold", "rejected"],
  ["score 4,5 above the sum 4", set({ scoreThreshold: text("4,5") }), "scoreThreshold", "rejected"],
  ["an empty score", set({ scoreThreshold: text("") }), "scoreThreshold", "rejected"],
  [
    "score 0,3 with weights 0,1 + 0,2 (equal at 15 digits, as in Excel)",
    both(weights([0.1, 0.2, 0, 0]), set({ scoreThreshold: text("0,3") })),
    "scoreThreshold",
    0.3,
  ],
  [
    "score 1 with weights 0,7 + 0,1 + 0,1 + 0,1 (the sum floats just below 1)",
    both(weights([0.7, 0.1, 0.1, 0.1]), set({ scoreThreshold: num(1) })),
    "scoreThreshold",
    1,
  ],
  [
    "score 0,31 with weights 0,1 + 0,2",
    both(weights([0.1, 0.2, 0, 0]), set({ scoreThreshold: text("0,31") })),
    "scoreThreshold",
    "rejected",
  ],
  ["a negative weight", (raw) => (raw.weights.marge = num(-0.1)), "marge", "rejected"],
  ["weight 0", both(weights([0, 1, 1, 1]), set({ scoreThreshold: num(3) })), "marge", 0],
  ["weight 2,5", (raw) => (raw.weights.netwerk = text("2,5")), "netwerk", 2.5],
  ["weight 100", (raw) => (raw.weights.netwerk = num(100)), "netwerk", 100],
  ["weight 100,5", (raw) => (raw.weights.netwerk = text("100,5")), "netwerk", "rejected"],
  ["a huge weight", (raw) => (raw.weights.netwerk = num(1e308)), "netwerk", "rejected"],
  ["four weights of 0", both(weights([0, 0, 0, 0]), set({ scoreThreshold: num(1) })), "weights", "rejected"],
  [
    "three weights of 0 and one of 0,5",
    both(weights([0, 0, 0, 0.5]), set({ scoreThreshold: text("0,5") })),
    "netwerk",
    0.5,
  ],
  ["an empty weight", (raw) => (raw.weights.snelheid = text("")), "snelheid", "rejected"],
  ["top N 0", set({ topN: num(0) }), "topN", "rejected"],
  ["top N 1", set({ topN: num(1) }), "topN", 1],
  ["top N 20.000000000000004 (20 at 15 digits)", set({ topN: num(20.000000000000004) }), "topN", 20],
  ["top N 19.999999999999996 (20 at 15 digits)", set({ topN: num(19.999999999999996) }), "topN", 20],
  ["top N above the number of clients", set({ topN: num(1e6) }), "topN", 1e6],
  ["top N 2,5", set({ topN: text("2,5") }), "topN", "rejected"],
  ["top N -3", set({ topN: num(-3) }), "topN", "rejected"],
  ["top N empty (all clients)", set({ topN: text("") }), "topN", null],
  ["top N switched off (all clients)", set({ topN: text(""), topNOff: true }), "topN", null],
  ["labels -1", set({ labels: num(-1) }), "labels", "rejected"],
  ["labels 0 (no names)", set({ labels: num(0) }), "labels", 0],
  ["labels switched off (no names)", set({ labels: num(0), labelsOff: true }), "labels", 0],
  ["labels 1,5", set({ labels: text("1,5") }), "labels", "rejected"],
  ["labels 2.9999999999999996 (3 at 15 digits)", set({ labels: num(2.9999999999999996) }), "labels", 3],
  ["labels empty (the default 20)", set({ labels: text("") }), "labels", 20],
];

/** The edges' texts are written the Dutch way; in English the same numbers are typed with a decimal point. */
function inLanguage(raw: RawSettings, language: Language): RawSettings {
  if (language === "nl") return raw;
  const english = (r: Raw): Raw =>
    r.kind === "text" ? text(r.text.replace(/\./g, "").replace(",", ".")) : r;
  const weightsInEnglish = Object.fromEntries(CRITERIA.map((c) => [c, english(raw.weights[c])]));
  return {
    ...raw,
    topPercent: english(raw.topPercent),
    amount: english(raw.amount),
    scoreThreshold: english(raw.scoreThreshold),
    weights: weightsInEnglish as Record<Criterion, Raw>,
    topN: english(raw.topN),
    labels: english(raw.labels),
  };
}

/** The value the resolved settings (or the label count) hold for a setting. */
function applied(reading: ReturnType<typeof readBySheet>, id: SettingId): number | null {
  const resolved = reading.resolved!;
  const rt = resolved.revenueThreshold;
  switch (id) {
    case "labels":
      return reading.labels;
    case "topPercent":
      return rt.kind === "topPercent" ? rt.topPercent : NaN;
    case "amount":
      return rt.kind === "amount" ? rt.amount : NaN;
    case "scoreThreshold":
    case "topN":
      return resolved[id];
    case "method":
    case "weights":
      return NaN;
    default:
      return resolved.weights[id];
  }
}

describe.each(["nl", "en"] as const)("every edge value (%s)", (language) => {
  it.each(EDGES)("%s", (_, change, id, expected) => {
    const raw = defaultRaw();
    change(raw);
    const sheet = expectAgreement(inLanguage(raw, language), language);
    if (expected === "rejected") {
      expect(Object.keys(sheet.rejected)).toEqual([id]);
    } else {
      expect(sheet.rejected).toEqual({});
      expect(applied(sheet, id)).toBe(expected);
    }
  });

  it("judges the score on the sheet against the weights it applies, the default for an invalid one", () => {
    const raw = { ...defaultRaw(), scoreThreshold: num(9) };
    raw.weights.marge = text("x");
    expectAgreement(raw, language);
    expect(Object.keys(readBySheet(raw, language).rejected)).toEqual(["scoreThreshold", "marge"]);
    const sheet = readSettingsSheetOf(raw, language);
    expect(sheet.settings.weights?.marge).toBe(1);
    expect(sheet.settings.scoreThreshold).toBe(3);
  });

  it("rejects a number stored as text in a settings cell, which the sheet's formulas do not count", () => {
    const raw = defaultRaw();
    raw.weights.netwerk = text(language === "nl" ? "2,5" : "2.5");
    expect(readByForm(raw, language).rejected).toEqual({});
    const sheet = readSettingsSheetOf(raw, language);
    expect(sheet.problems.map((p) => p.address)).toEqual(["'ABC-instellingen'!B19"]);
    expect(sheet.problems[0].severity).toBe("warning");
    expect(sheet.settings.weights?.netwerk).toBe(1);
  });

  it("names what is accepted, the sum of the weights included", () => {
    const raw = defaultRaw();
    weights([1, 0.5, 0, 0])(raw);
    const sheet = expectAgreement(raw, language);
    expect(sheet.rejected.scoreThreshold).toContain(acceptedText("scoreThreshold", language, 1.5));
    expect(acceptedText("scoreThreshold", language, 1.5)).toContain(language === "nl" ? "1,5" : "1.5");
    expect(sheet.problems[0].address).toBe("'ABC-instellingen'!B15");
  });

  it("rejects an unknown method word on the sheet and in the method alike", () => {
    const raw = { ...defaultRaw(), method: "gemiddelde" };
    const sheet = expectAgreement(raw, language);
    expect(Object.keys(sheet.rejected)).toEqual(["method"]);
    expect(sheet.problems[0].address).toBe("'ABC-instellingen'!B6");
    expect(sheet.problems[0].message).toContain(acceptedText("revenueMethod", language, null));
  });

  it("reads the method's word in either language and any case", () => {
    for (const sheetWord of [" Vast Bedrag ", "FIXED AMOUNT"]) {
      const raw = { ...defaultRaw(), method: "amount", amount: num(5), sheetWord };
      expect(expectAgreement(raw, language).resolved!.revenueThreshold).toEqual({
        kind: "amount",
        amount: 5,
      });
    }
  });
});
