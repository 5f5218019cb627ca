import { templatePlan } from "../src/workbook";
import { type Cell } from "../src/method";

/** Which workbook the preview opens: the 20 demo clients, the same with bad cells, or one empty sheet. */
export type PreviewWorkbook = "demo" | "bad" | "empty";

/**
 * The demo workbook of the preview: a title, an empty row, and the 20 example clients with three years
 * of revenue — the template's own header and example rows, so the preview shows what the template gives.
 */
export function demoClients(language: "nl" | "en", year = 2026): Cell[][] {
  const plan = templatePlan(language, year, true);
  const title =
    language === "nl" ? "Klantenportefeuille: 20 grootste klanten" : "Client portfolio: 20 biggest clients";
  const blank = plan.header.map((): Cell => "");
  return [[title, ...blank.slice(1)], blank, plan.header, ...plan.rows];
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
