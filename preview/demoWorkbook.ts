import { exampleRows, type Cell } from "../src/engine";

/** Which workbook the preview opens: the 20 demo clients, the same with bad cells, or one empty sheet. */
export type PreviewWorkbook = "demo" | "bad" | "empty";

/** The demo workbook of the preview: a title, an empty row, and the 20 example clients with three years of revenue. */
export function demoClients(language: "nl" | "en"): Cell[][] {
  const nl = language === "nl";
  const header: Cell[] = nl
    ? [
        "Klant",
        "Omzet 2023",
        "Omzet 2024",
        "Omzet 2025",
        "Potentieel",
        "Marge",
        "Snelheid",
        "Innovatie",
        "Netwerk",
      ]
    : [
        "Client",
        "Revenue 2023",
        "Revenue 2024",
        "Revenue 2025",
        "Potential",
        "Margin",
        "Speed",
        "Innovation",
        "Network",
      ];
  const title = nl ? "Klantenportefeuille: 20 grootste klanten" : "Client portfolio: 20 biggest clients";
  const blank = header.map(() => "");
  return [
    [title, ...blank.slice(1)],
    blank,
    header,
    ...exampleRows(...((nl ? ["Ja", "Nee"] : ["Yes", "No"]) as [string, string])),
  ];
}

/** The cells the bad workbook spoils: an answer no one can read and an amount in words (both errors). */
export const BAD_CELLS = {
  nl: { G6: "misschien", C8: "ongeveer 10k" },
  en: { G6: "maybe", C8: "about 10k" },
} as const;

/** The demo clients with the bad cells of BAD_CELLS filled in: Segmenteer must refuse to write. */
export function badClients(language: "nl" | "en"): Cell[][] {
  const rows = demoClients(language).map((row) => [...row]);
  for (const [address, text] of Object.entries(BAD_CELLS[language])) {
    const column = address.charCodeAt(0) - 65;
    rows[Number(address.slice(1)) - 1][column] = text;
  }
  return rows;
}

/** The sheet name and cells of the chosen preview workbook, in the given language. */
export function previewWorkbook(
  kind: PreviewWorkbook,
  language: "nl" | "en",
): { sheet: string; cells: Cell[][] } {
  const nl = language === "nl";
  if (kind === "empty") return { sheet: nl ? "Blad1" : "Sheet1", cells: [] };
  return {
    sheet: nl ? "Klanten" : "Clients",
    cells: kind === "bad" ? badClients(language) : demoClients(language),
  };
}

/** Reads the ?workbook= parameter: demo unless it names bad or empty. */
export function workbookKind(value: string | null): PreviewWorkbook {
  return value === "bad" || value === "empty" ? value : "demo";
}
