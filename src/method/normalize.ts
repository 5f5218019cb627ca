/** Lower case, without accents and without anything but letters and digits: "Potentiële omzet" → "potentieleomzet". */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Text as Excel's TRIM leaves it: plain spaces (not tabs or non-breaking ones) off both ends, inner runs made one. */
export function excelTrim(text: string): string {
  const last = text.length - 1;
  if (last < 0 || (text.charCodeAt(0) !== 32 && text.charCodeAt(last) !== 32 && !text.includes("  ")))
    return text;
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

/** Lower case after Excel's TRIM, as a formula's case-insensitive `=` compares text: " JA " → "ja". */
export function normalizeWord(text: string): string {
  return excelTrim(text).toLowerCase();
}

/** Shows a cell value in a message, shortened when long. */
export function quoteValue(value: unknown): string {
  const text = String(value);
  return `'${text.length > 40 ? `${text.slice(0, 37)}…` : text}'`;
}
