/**
 * What Excel shows for a number in a cell or on an axis with a simple number format: quoted text around
 * `#,##0` with optional decimals (`"€ "#,##0`, `#,##0.0" k€"`), in a Dutch (Belgian) or English Excel.
 * Written apart from the add-in's own formatting, so a test can hold the pane's text against the sheet's.
 * Any other format code throws: a test must not silently compare against a format it cannot read.
 */
export function excelText(value: number, numberFormat: string, language: "nl" | "en"): string {
  const m = /^((?:"[^"]*")*)#,##0(?:\.(0+))?((?:"[^"]*")*)$/.exec(numberFormat);
  if (!m) throw new Error(`excelText does not read the number format ${JSON.stringify(numberFormat)}`);
  const literal = (quoted: string) => quoted.replace(/"/g, "");
  const decimals = m[2]?.length ?? 0;
  const { whole, fraction } = roundHalfUp(value, decimals);
  const [group, point] = language === "nl" ? [".", ","] : [",", "."];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return `${literal(m[1])}${grouped}${decimals > 0 ? point + fraction : ""}${literal(m[3])}`;
}

/** A number ≥ 0 rounded half up to `decimals`, from its shortest decimal form (as Excel rounds at 15 digits). */
function roundHalfUp(value: number, decimals: number): { whole: string; fraction: string } {
  const text = String(value);
  if (!(value >= 0) || /e/i.test(text)) throw new Error(`excelText reads plain numbers ≥ 0, not ${text}`);
  const [intPart, fracPart = ""] = text.split(".");
  const scaled = BigInt(intPart + fracPart.padEnd(decimals, "0").slice(0, decimals));
  const rest = fracPart.slice(decimals);
  const rounded = rest !== "" && rest[0] >= "5" ? scaled + 1n : scaled;
  const digits = rounded.toString().padStart(decimals + 1, "0");
  return {
    whole: digits.slice(0, digits.length - decimals),
    fraction: digits.slice(digits.length - decimals),
  };
}
