import { segmentTable } from "../../src/method/segmentTable";
import { QUADRANT_ADVICE, SEGMENT_ADVICE } from "../../src/method/texts";
import type { Cell, Language } from "../../src/method/types";
import { textsFor } from "../../src/taskpane/texts";

const KLANTEN = { sheet: "Klanten", row: 0, column: 0 };

const messagesOf = (values: Cell[][], language: Language) =>
  segmentTable(values, { language }, KLANTEN).problems.map((p) => p.message);

describe("problem messages", () => {
  it.each([
    ["nl", "Klanten!B2: 'veel' is geen bedrag (Omzet 2024)."],
    ["en", "Klanten!B2: 'veel' is not an amount (Omzet 2024)."],
  ] as const)("name the column by the user's own header text (%s)", (language, start) => {
    const messages = messagesOf(
      [
        ["Klant", "Omzet 2024", "Potentieel", "1. Marge", "Snelheid", "Innovatie", "Netwerk"],
        ["Een", "veel", 0, "misschien", "Ja", "Ja", "Ja"],
      ],
      language,
    );
    expect(messages.find((m) => m.includes("Klanten!B2"))).toMatch(
      new RegExp(`^${start.replace(/[.()]/g, "\\$&")}`),
    );
    expect(messages.find((m) => m.includes("Klanten!D2"))).toContain("1. Marge");
    expect(messages.join("\n")).not.toMatch(/\((Omzet|Revenue)\)/);
  });

  it("list the accepted headers in the message's language first; English ones in English", () => {
    const values: Cell[][] = [
      ["Client", "Revenue", "Margin", "Speed", "Network"],
      ["Acme", 100, "Yes", "Yes", "Yes"],
    ];
    const [missing] = messagesOf(values, "en");
    expect(missing).toBe(
      "Column Innovation is missing from the header row (Klanten!A1:E1). Accepted headers: Innovation (or in Dutch: Innovatie).",
    );
    expect(messagesOf(values, "nl")[0]).toContain(
      "Toegelaten kopteksten: Innovatie (of in het Engels: Innovation).",
    );
  });

  it("give English example headers when there is no header row in English", () => {
    const [en] = messagesOf([["nothing"], ["here"]], "en");
    expect(en).toContain("Client, Revenue, Margin, Speed, Innovation, Network");
    expect(en).not.toMatch(/Klant|Omzet|Marge/);
    const [nl] = messagesOf([["niets"], ["hier"]], "nl");
    expect(nl).toContain("Klant, Omzet, Marge, Snelheid, Innovatie, Netwerk");
  });
});

describe("the advice", () => {
  it.each(["nl", "en"] as const)(
    "reads once after the pane's own %s label, never starting with a label of its own",
    (language) => {
      const label = textsFor(language).approach.replace(":", "").toLowerCase();
      const advice = [
        ...Object.values(QUADRANT_ADVICE[language]),
        ...Object.values(SEGMENT_ADVICE[language]),
      ];
      for (const text of advice) {
        expect(text.toLowerCase()).not.toContain(label);
        expect(text).toMatch(/^[A-Z]/);
      }
      expect(QUADRANT_ADVICE[language]["top-right"]).not.toMatch(/^[^,.]*:/);
    },
  );
});
