import { exampleRows, type Cell } from "../src/engine";

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
