import type { Language } from "../method";

/** What the add-in tells the user when this Excel lacks something, per language. */
export const NOTES: Record<Language, { noCopyFrom: string; textLabels: string }> = {
  nl: {
    noCopyFrom:
      "Deze Excel kent Range.copyFrom (ExcelApi 1.9) niet: de formules zijn in delen geschreven. Het resultaat is hetzelfde, alleen trager bij grote tabellen.",
    textLabels:
      "Deze Excel kan grafieklabels niet aan cellen koppelen: de klantnamen staan als vaste tekst in de grafiek. Wijzigt u een naam, klik dan opnieuw op Segmenteer.",
  },
  en: {
    noCopyFrom:
      "This Excel lacks Range.copyFrom (ExcelApi 1.9): the formulas were written in parts. The result is the same, only slower for big tables.",
    textLabels:
      "This Excel cannot link chart labels to cells: client names are fixed text in the chart. If you rename a client, click Segment again.",
  },
};
