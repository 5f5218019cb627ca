import fc from "fast-check";
import { repeatedNames } from "../../src/method/duplicateNames";

const naive = (names: string[]) => {
  const first = new Map<string, number>();
  const repeats: Array<[number, number]> = [];
  names.forEach((name, i) => {
    const key = name.toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else repeats.push([i, earlier]);
  });
  return repeats;
};

describe("repeatedNames", () => {
  it("finds exactly the names that repeat an earlier one, ignoring case", () => {
    const name = fc.oneof(
      fc.constantFrom("Acme", "ACME", "acme", "Bakkerij Één", "BAKKERIJ ÉÉN", "Çà va"),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(name, { maxLength: 60 }), (names) =>
        expect(repeatedNames(names.map((n) => ({ name: n })))).toEqual(naive(names)),
      ),
    );
  });

  it("finds the one repeat among a hundred thousand distinct names", () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `Klant ${i}`);
    names.push("KLANT 4242");
    expect(repeatedNames(names.map((name) => ({ name })))).toEqual([[100_000, 4242]]);
  });
});
