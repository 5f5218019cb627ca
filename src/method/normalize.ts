/** Lower case, without accents and without anything but letters and digits: "Potentiële omzet" → "potentieleomzet". */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Lower case with surrounding spaces removed as Excel's TRIM does (plain spaces only): " JA " → "ja". */
export function normalizeWord(text: string): string {
  return text.replace(/^ +| +$/g, "").toLowerCase();
}

/** Shows a cell value in a message, shortened when long. */
export function quoteValue(value: unknown): string {
  const text = String(value);
  return `'${text.length > 40 ? `${text.slice(0, 37)}…` : text}'`;
}
