import type { Language, Settings } from "../../src/method/types";
import type { StoredSettings } from "../../src/taskpane/addinApi";
import { readForm, type FieldId } from "../../src/taskpane/readForm";
import { formFromStored, type SettingsForm } from "../../src/taskpane/settingsForm";

/**
 * Each case: the settings stored in the workbook, the form the pane shows for them, and what the form
 * sends back to Segmenteer. To add a case, add a row; `sends` defaults to the stored settings.
 */
interface Case {
  name: string;
  language: Language;
  stored: StoredSettings | null;
  form: Partial<SettingsForm>;
  sends: { settings: Settings; labels: number };
}

const EQUAL = { marge: 1, snelheid: 1, innovatie: 1, netwerk: 1 };
const ONES = { marge: "1", snelheid: "1", innovatie: "1", netwerk: "1" };

const CASES: Case[] = [
  {
    name: "no settings yet: the article's defaults",
    language: "nl",
    stored: null,
    form: { method: "median", amount: "", topPercent: "20", scoreThreshold: "3", weights: ONES },
    sends: {
      settings: { revenueThreshold: { kind: "median" }, scoreThreshold: 3, weights: EQUAL, language: "nl" },
      labels: 20,
    },
  },
  {
    name: "empty settings object: the defaults too, labels as stored",
    language: "nl",
    stored: { settings: {}, labels: 10, problems: [] },
    form: { method: "median", topNOn: false, topN: "20", labelsOn: true, labels: "10" },
    sends: {
      settings: { revenueThreshold: { kind: "median" }, scoreThreshold: 3, weights: EQUAL, language: "nl" },
      labels: 10,
    },
  },
  {
    name: "fixed amount, decimal weights and score in Dutch",
    language: "nl",
    stored: {
      settings: {
        revenueThreshold: { kind: "amount", amount: 50000.5 },
        scoreThreshold: 2.5,
        weights: { marge: 2, snelheid: 1, innovatie: 0.5, netwerk: 1 },
      },
      labels: 20,
      problems: [],
    },
    form: {
      method: "amount",
      amount: "50000,5",
      scoreThreshold: "2,5",
      weights: { marge: "2", snelheid: "1", innovatie: "0,5", netwerk: "1" },
    },
    sends: {
      settings: {
        revenueThreshold: { kind: "amount", amount: 50000.5 },
        scoreThreshold: 2.5,
        weights: { marge: 2, snelheid: 1, innovatie: 0.5, netwerk: 1 },
        language: "nl",
      },
      labels: 20,
    },
  },
  {
    name: "top %, top N and labels off, in English",
    language: "en",
    stored: {
      settings: {
        revenueThreshold: { kind: "topPercent", topPercent: 12.5 },
        scoreThreshold: 3,
        weights: EQUAL,
        topN: 20,
      },
      labels: 0,
      problems: [],
    },
    form: {
      method: "topPercent",
      topPercent: "12.5",
      topNOn: true,
      topN: "20",
      labelsOn: false,
      labels: "20",
    },
    sends: {
      settings: {
        revenueThreshold: { kind: "topPercent", topPercent: 12.5 },
        scoreThreshold: 3,
        weights: EQUAL,
        topN: 20,
        language: "en",
      },
      labels: 0,
    },
  },
  {
    name: "partial weights: the missing ones are 1",
    language: "nl",
    stored: { settings: { weights: { marge: 3 } }, labels: 20, problems: [] },
    form: { weights: { marge: "3", snelheid: "1", innovatie: "1", netwerk: "1" } },
    sends: {
      settings: {
        revenueThreshold: { kind: "median" },
        scoreThreshold: 3,
        weights: { ...EQUAL, marge: 3 },
        language: "nl",
      },
      labels: 20,
    },
  },
  {
    name: "a small score and weights 0 beside one above 0 are allowed",
    language: "nl",
    stored: {
      settings: { scoreThreshold: 0.5, weights: { marge: 0, snelheid: 0, innovatie: 0, netwerk: 0.5 } },
      labels: 1,
      problems: [],
    },
    form: { scoreThreshold: "0,5", labels: "1" },
    sends: {
      settings: {
        revenueThreshold: { kind: "median" },
        scoreThreshold: 0.5,
        weights: { marge: 0, snelheid: 0, innovatie: 0, netwerk: 0.5 },
        language: "nl",
      },
      labels: 1,
    },
  },
];

describe.each(CASES)("$name", ({ language, stored, form, sends }) => {
  it("shows the stored settings in the form", () => {
    expect(formFromStored(stored, language)).toMatchObject(form);
  });

  it("sends them back unchanged", () => {
    expect(readForm(formFromStored(stored, language), language)).toEqual({ valid: true, ...sends });
  });
});

/** Invalid forms: what the user typed and the field that must be marked. */
const INVALID: Array<[string, Partial<SettingsForm>, FieldId[]]> = [
  ["a negative weight", { weights: { ...ONES, marge: "-1" } }, ["marge"]],
  ["a weight in words", { weights: { ...ONES, netwerk: "veel" } }, ["netwerk"]],
  ["an empty weight", { weights: { ...ONES, snelheid: "" } }, ["snelheid"]],
  ["a score above the sum of the weights", { scoreThreshold: "4,5" }, ["scoreThreshold"]],
  ["a negative score", { scoreThreshold: "-0,5" }, ["scoreThreshold"]],
  ["top % above 100", { method: "topPercent", topPercent: "101" }, ["topPercent"]],
  ["an empty amount", { method: "amount", amount: "" }, ["amount"]],
  ["a negative amount", { method: "amount", amount: "-5" }, ["amount"]],
  ["top N of 0", { topNOn: true, topN: "0" }, ["topN"]],
  ["top N of 2,5", { topNOn: true, topN: "2,5" }, ["topN"]],
  ["labels of 1,5 while on", { labelsOn: true, labels: "1,5" }, ["labels"]],
  ["several at once", { scoreThreshold: "x", topNOn: true, topN: "0" }, ["scoreThreshold", "topN"]],
];

const NOT_CHECKED: Array<[string, Partial<SettingsForm>]> = [
  ["an amount that is not used (median)", { method: "median", amount: "veel" }],
  ["a top N that is switched off", { topNOn: false, topN: "0" }],
  ["labels that are switched off", { labelsOn: false, labels: "x" }],
  ["labels of 0 while on (0 = no names, as on the settings sheet)", { labelsOn: true, labels: "0" }],
  [
    "an empty top N while on (all clients, as an empty cell on the settings sheet)",
    { topNOn: true, topN: "" },
  ],
  [
    "a score equal to a sum of decimal weights that floats just below it (0,7 + 0,1 + 0,1 + 0,1)",
    { scoreThreshold: "1", weights: { marge: "0,7", snelheid: "0,1", innovatie: "0,1", netwerk: "0,1" } },
  ],
];

describe("readForm", () => {
  const base = formFromStored(null, "nl");

  it.each(INVALID)("marks %s", (_, patch, fields) => {
    const reading = readForm({ ...base, ...patch }, "nl");
    expect(reading.valid).toBe(false);
    expect(Object.keys(reading.valid ? {} : reading.errors).sort()).toEqual([...fields].sort());
  });

  it.each(NOT_CHECKED)("accepts %s", (_, patch) => {
    expect(readForm({ ...base, ...patch }, "nl").valid).toBe(true);
  });

  it("does not judge the score against the weights while a weight is invalid", () => {
    const reading = readForm({ ...base, scoreThreshold: "9", weights: { ...ONES, marge: "x" } }, "nl");
    expect(reading).toEqual({ valid: false, errors: { marge: "Gebruik een gewicht van 0 tot 100." } });
  });

  it("refuses four weights of 0 together, and then does not judge the score against their sum", () => {
    const zeros = { marge: "0", snelheid: "0", innovatie: "0", netwerk: "0" };
    expect(readForm({ ...base, scoreThreshold: "2", weights: zeros }, "nl")).toEqual({
      valid: false,
      errors: { weights: "Geef minstens één vraag een gewicht groter dan 0." },
    });
    expect(readForm({ ...base, scoreThreshold: "2", weights: zeros }, "en")).toEqual({
      valid: false,
      errors: { weights: "Give at least one question a weight above 0." },
    });
  });
});
