import type { Language } from "../method";

/** What the add-in says when lifting a refusal did not work, per language; nothing was changed then. */
export const REFUSAL_TEXTS: Record<
  Language,
  {
    cannotUnprotect(sheet: string): string;
    stillUnprotected(sheet: string): string;
    noTable(table: string): string;
    rowAboveTaken(table: string, row: string, cell: string, value: string): string;
    noRowAbove(table: string): string;
  }
> = {
  nl: {
    cannotUnprotect: (sheet) =>
      `Excel kon de beveiliging van het blad ${sheet} niet opheffen; is ze met een wachtwoord beveiligd? Hef ze op via Controleren > Beveiliging blad opheffen en klik opnieuw op Segmenteer. Er is niets gewijzigd.`,
    stillUnprotected: (sheet) =>
      `Het blad ${sheet} kon na de segmentatie niet opnieuw beveiligd worden en is nu onbeveiligd. Beveilig het opnieuw via Controleren > Blad beveiligen.`,
    noTable: (table) =>
      `De tabel ${table} bestaat niet meer. Klik opnieuw op Segmenteer. Er is niets gewijzigd.`,
    rowAboveTaken: (table, row, cell, value) =>
      `Excel zet de veldnamenrij van de tabel ${table} in rij ${row}, maar daar staat al iets (${cell}: ${value}). Maak rij ${row} leeg en probeer opnieuw: Excel zet er de veldnamen van de tabel terug, die u daarna kunt aanpassen. Er is niets gewijzigd.`,
    noRowAbove: (table) =>
      `De tabel ${table} begint in rij 1, dus er is geen rij voor de veldnamen. Voeg boven de tabel een rij in en probeer opnieuw. Er is niets gewijzigd.`,
  },
  en: {
    cannotUnprotect: (sheet) =>
      `Excel could not unprotect the sheet ${sheet}; is it protected with a password? Unprotect it (Review > Unprotect Sheet) and click Run segmentation again. Nothing was changed.`,
    stillUnprotected: (sheet) =>
      `The sheet ${sheet} could not be protected again after the segmentation and is now unprotected. Protect it again (Review > Protect Sheet).`,
    noTable: (table) =>
      `The table ${table} no longer exists. Click Run segmentation again. Nothing was changed.`,
    rowAboveTaken: (table, row, cell, value) =>
      `Excel puts the header row of the table ${table} in row ${row}, but that row holds data (${cell}: ${value}). Clear row ${row} and try again: Excel puts the table's column names back there, which you can then change. Nothing was changed.`,
    noRowAbove: (table) =>
      `The table ${table} starts in row 1, so there is no row for its headers. Insert a row above the table and try again. Nothing was changed.`,
  },
};
