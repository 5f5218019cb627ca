import { OUTPUT_HEADERS } from "../../src/method/resultColumns";
import { textsFor, type Texts } from "../../src/taskpane/texts";

/** Every text of a dictionary by its path, with functions called on sample arguments. */
function flatten(value: unknown, path = ""): Array<[string, string]> {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") return [[path, String(value(3, 3, 3, 3))]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    flatten(v, path ? `${path}.${k}` : k),
  );
}

describe("the texts", () => {
  const nl = flatten(textsFor("nl"));
  const en = flatten(textsFor("en"));

  it("has the same keys in Dutch and English (TypeScript checks this too)", () => {
    expect(en.map(([k]) => k)).toEqual(nl.map(([k]) => k));
  });

  it("has no empty text and no leftover placeholder", () => {
    for (const [key, text] of [...nl, ...en]) {
      expect([key, text.trim().length > 0]).toEqual([key, true]);
      expect([key, /undefined|NaN|\{\w+\}/.test(text)]).toEqual([key, false]);
    }
  });

  it("translates every text except names that stay the same", () => {
    const same = new Set(["methods.topPercent", "methodWords.topPercent", "convertLine"]);
    const english = new Map(en);
    const untranslated = nl.filter(([k, v]) => english.get(k) === v && !same.has(k)).map(([k]) => k);
    expect(untranslated).toEqual([]);
  });

  it("uses the product's names and the article's words", () => {
    const t: Texts = textsFor("nl");
    expect(t.productName).toBe("ABC-klantsegmentatie");
    expect(t.segment).toBe("Segmenteer");
    expect(t.goToCell).toBe("Ga naar cel");
    expect(t.nothingChanged(1)).toBe(
      "Er is niets gewijzigd in de werkmap. Verbeter de fout hieronder en klik opnieuw op Segmenteer.",
    );
    expect(t.nothingChanged(3)).toBe(
      "Er is niets gewijzigd in de werkmap. Verbeter de 3 fouten hieronder en klik opnieuw op Segmenteer.",
    );
    expect(textsFor("en").segment).toBe("Run segmentation");
    expect(t.clientsLine(1, "25%")).toBe("1 klant (25% van de klanten)");
    expect(t.clientsLine(2, "50%")).toBe("2 klanten (50% van de klanten)");
    expect(t.problemsSummary(2, 1)).toBe("2 fouten en 1 waarschuwing.");
    expect(t.problemsSummary(0, 3)).toBe("3 waarschuwingen.");
    expect(textsFor("en").problemsSummary(1, 0)).toBe("1 error.");
  });

  it.each(["nl", "en"] as const)("names the %s button differently from the column it fills", (language) => {
    const button = textsFor(language).segment.toLowerCase();
    expect(Object.values(OUTPUT_HEADERS[language]).map((h) => h.toLowerCase())).not.toContain(button);
  });
});

describe("what a removal says it removed", () => {
  const t = textsFor("nl");
  it("names the settings sheet by the name it had, and says when the list's sheet was gone already", () => {
    expect(t.removed("Klanten!A3:I23", [], "Instellingen")).toBe(
      "De analyse is verwijderd: de kolommen (ook de verborgen hulpkolommen), kleuren, Ja/Nee-keuzelijsten en grafiek bij Klanten!A3:I23, de namen die met ABC_ beginnen en het blad Instellingen.",
    );
    expect(t.removed("", [], "ABC-instellingen", true)).toBe(
      "De analyse is verwijderd: de namen die met ABC_ beginnen en het blad ABC-instellingen. Het blad met de lijst was al verwijderd.",
    );
    expect(textsFor("en").removed("Klanten!A3:I23", ["Klanten!K6"])).toBe(
      "The analysis is removed: the columns (the hidden helper columns too), colours, Yes/No drop-downs and chart at Klanten!A3:I23 and the names starting with ABC_. What you typed into the add-in's columns yourself stayed: Klanten!K6.",
    );
  });
});
