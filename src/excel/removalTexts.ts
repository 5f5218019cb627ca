import type { Language } from "../method";

/** Why the analysis could not be taken off a list, in the user's language; nothing was changed. */
export const REMOVAL_REFUSALS = {
  noAnalysis: {
    nl: () => "Deze werkmap segmenteert geen klantenlijst: er is geen analyse om te verwijderen.",
    en: () => "This workbook segments no client list: there is no analysis to remove.",
  },
  sheetProtected: {
    nl: (sheet: string) =>
      `Het blad ${sheet} is beveiligd, dus de analyse kan er niet af; er is niets gewijzigd. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer opnieuw.`,
    en: (sheet: string) =>
      `The sheet ${sheet} is protected, so the analysis cannot be taken off it; nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.`,
  },
  tableBlocked: {
    nl: (table: string, cells: string) =>
      `De kolommen van de add-in in de tabel ${table} kunnen er niet uit zonder ${cells} naar links te verschuiven (deze Excel kan een tabel niet verkleinen); er is niets gewijzigd. Verplaats die cellen of verklein de tabel (Tabelontwerp > Formaat van tabel wijzigen) en probeer opnieuw.`,
    en: (table: string, cells: string) =>
      `The add-in's columns in the table ${table} cannot leave it without moving ${cells} to the left (this Excel cannot resize a table); nothing was changed. Move those cells or resize the table (Table Design > Resize Table) and try again.`,
  },
} as const satisfies Record<string, Record<Language, (...args: never[]) => string>>;

/** A removal refused before anything changed: its message, and the sheet it is about. */
export class RemovalRefused extends Error {
  constructor(
    message: string,
    readonly sheet: string,
    readonly reason: "sheet-protected" | "table-blocked",
  ) {
    super(message);
    this.name = "RemovalRefused";
  }
}

/** Recognises a RemovalRefused, also across realms. */
export const isRemovalRefused = (error: unknown): error is RemovalRefused =>
  error instanceof Error && error.name === "RemovalRefused";
