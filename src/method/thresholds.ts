/** Rearranges values so that values[k] is the k-th smallest (0-based) and returns it (quickselect, O(n)). */
function selectInPlace(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    const pivot = values[(left + right) >>> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k];
}

function smallestFrom(values: Float64Array, start: number): number {
  let min = Infinity;
  for (let i = start; i < values.length; i++) if (values[i] < min) min = values[i];
  return min;
}

/** The median as Excel's MEDIAN computes it (mean of the two middle values for an even count); 0 when empty. */
export function median(totals: Float64Array): number {
  const n = totals.length;
  if (n === 0) return 0;
  const copy = Float64Array.from(totals);
  const upper = n >> 1;
  if (n % 2 === 1) return selectInPlace(copy, upper);
  const low = selectInPlace(copy, upper - 1);
  const high = smallestFrom(copy, upper);
  return (low + high) / 2;
}

/** The k-th percentile (0 ≤ k ≤ 1) as Excel's PERCENTILE.INC computes it; 0 when empty. */
export function percentileInc(totals: Float64Array, k: number): number {
  const n = totals.length;
  if (n === 0) return 0;
  const copy = Float64Array.from(totals);
  const h = k * (n - 1);
  const lower = Math.floor(h);
  const low = selectInPlace(copy, lower);
  if (lower + 1 >= n || h === lower) return low;
  const high = smallestFrom(copy, lower + 1);
  return low + (h - lower) * (high - low);
}

/** The n-th largest value (1-based), as Excel's LARGE computes it; -Infinity when n exceeds the count. */
export function nthLargest(totals: Float64Array, n: number): number {
  if (n > totals.length) return -Infinity;
  return selectInPlace(Float64Array.from(totals), totals.length - n);
}
