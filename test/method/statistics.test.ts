import fc from "fast-check";
import { median, nthLargest, percentileInc } from "../../src/method/thresholds";

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const totals = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 200 });

describe("statistics over client totals", () => {
  it("median equals the middle of the sorted totals (mean of the two middle ones for an even count)", () => {
    fc.assert(
      fc.property(totals, (xs) => {
        const s = sorted(xs);
        const n = s.length;
        const want = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        expect(median(Float64Array.from(xs))).toBe(want);
      }),
    );
  });

  it("percentileInc interpolates between the sorted totals as PERCENTILE.INC does", () => {
    fc.assert(
      fc.property(totals, fc.integer({ min: 0, max: 100 }), (xs, p) => {
        const s = sorted(xs);
        const h = (p / 100) * (s.length - 1);
        const lo = Math.floor(h);
        const want = lo + 1 < s.length ? s[lo] + (h - lo) * (s[lo + 1] - s[lo]) : s[lo];
        expect(percentileInc(Float64Array.from(xs), p / 100)).toBeCloseTo(want, 6);
      }),
    );
  });

  it("nthLargest is the n-th value from the top, as LARGE gives it", () => {
    fc.assert(
      fc.property(totals, fc.integer({ min: 1, max: 200 }), (xs, n) => {
        const want = n <= xs.length ? sorted(xs)[xs.length - n] : -Infinity;
        expect(nthLargest(Float64Array.from(xs), n)).toBe(want);
      }),
    );
  });

  it("leaves the caller's totals untouched", () => {
    const xs = Float64Array.from([5, 1, 4, 2, 3]);
    median(xs);
    percentileInc(xs, 0.8);
    nthLargest(xs, 2);
    expect(Array.from(xs)).toEqual([5, 1, 4, 2, 3]);
  });
});
