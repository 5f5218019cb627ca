import type { Language } from "../method";
import type { ReplacedSetting } from "../workbook";
import { errorText, officeErrorCode } from "./officeErrors";

/** What the add-in tells the user when this Excel lacks something, per language. */
export const NOTES: Record<Language, { noCopyFrom: string; textLabels: string }> = {
  nl: {
    noCopyFrom:
      "Deze versie van Excel kent Range.copyFrom (ExcelApi 1.9) niet: de formules zijn in delen geschreven. Het resultaat is hetzelfde, alleen trager bij grote tabellen.",
    textLabels:
      "Deze versie van Excel kan grafieklabels niet aan cellen koppelen: de klantnamen staan als vaste tekst in de grafiek. Wijzigt u een naam, klik dan opnieuw op Segmenteer.",
  },
  en: {
    noCopyFrom:
      "This version of Excel lacks Range.copyFrom (ExcelApi 1.9): the formulas were written in parts. The result is the same, only slower for big tables.",
    textLabels:
      "This version of Excel cannot link chart labels to cells: client names are fixed text in the chart. If you rename a client, click Run segmentation again.",
  },
};

/** The note that a run from the pane replaced a value on the settings sheet, per language. */
export function replacedSettingNote(setting: ReplacedSetting, language: Language): string {
  const was = setting.was === "" ? (language === "nl" ? "(leeg)" : "(empty)") : `'${setting.was}'`;
  const now = setting.now === "" ? (language === "nl" ? "(leeg)" : "(empty)") : setting.now;
  return language === "nl"
    ? `${setting.address}: ${was} is vervangen door ${now} uit het paneel.`
    : `${setting.address}: ${was} was replaced by ${now} from the pane.`;
}

const KNOWN: Record<string, Record<Language, string>> = {
  AccessDenied: {
    nl: "Excel weigerde de wijziging: is het blad beveiligd? Hef de beveiliging op en probeer opnieuw.",
    en: "Excel refused the change: is the sheet protected? Unprotect it and try again.",
  },
  InvalidOperationInCellEditMode: {
    nl: "U bent een cel aan het bewerken. Druk op Enter of Esc en probeer opnieuw.",
    en: "You are editing a cell. Press Enter or Esc and try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    nl: "De tabel is te groot voor één verzoek aan Excel op het web.",
    en: "The table is too big for one request to Excel on the web.",
  },
  ApiNotFound: {
    nl: "Deze Excel-versie mist een functie die de add-in nodig heeft (ExcelApi 1.8). Werk Office bij.",
    en: "This version of Excel lacks a feature the add-in needs (ExcelApi 1.8). Please update Office.",
  },
};

/** A message for the user about an error Excel (or the add-in) raised, with Excel's own code and text. */
export function describeFailure(error: unknown, language: Language): string {
  const code = officeErrorCode(error);
  const detail = errorText(error) ?? String(error);
  const known = code ? KNOWN[code]?.[language] : undefined;
  return `${known ?? detail}${code ? ` (${code})` : ""}`;
}

/** The note that the run wrote the workbook but the add-in cannot follow its changes, with Excel's reason. */
export function watchFailedNote(reason: string, language: Language): string {
  return language === "nl"
    ? `De werkmap is bijgewerkt, maar het paneel kan niet volgen of ze nog wijzigt: ${reason}`
    : `The workbook is updated, but the pane cannot follow whether it changes: ${reason}`;
}
