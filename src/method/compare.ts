/** A number rounded to the 15 significant digits Excel compares at, so 0.1 + 0.7 equals 0.8. */
export function excelDigits(n: number): number {
  return Number(n.toPrecision(15));
}

/**
 * `a >= b` as Excel decides it: numbers that agree in their first 15 significant digits are equal,
 * so 0.1 + 0.7 (0.7999999999999999) is at least 0.8. Clear cases skip the rounding.
 */
export function atLeast(a: number, b: number): boolean {
  if (a >= b) return true;
  if (b - a > Math.abs(b) * 1e-13) return false;
  return excelDigits(a) >= excelDigits(b);
}
