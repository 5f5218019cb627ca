import fc from "fast-check";
import { nameRepeats } from "../../src/method/duplicateNames";

const repeatedNames = (items: Array<{ name: string }>) => nameRepeats(items).duplicates;
import { nameKey } from "../../src/method/legalForms";
import { segmentTable } from "../../src/method/segmentTable";

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

describe("nameRepeats: exact repeats", () => {
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

/** The naive reading of nameRepeats' similar names: the first earlier name with the same key, unless the name repeats one exactly. */
const naiveSimilar = (names: string[]) => {
  const exact = new Set(naive(names).map(([repeat]) => repeat));
  const first = new Map<string, number>();
  const similar: Array<[number, number]> = [];
  names.forEach((name, i) => {
    const key = nameKey(name);
    if (key === "") return;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else if (!exact.has(i)) similar.push([i, earlier]);
  });
  return similar;
};

const KLANTEN = { sheet: "Klanten", row: 0, column: 0 };
const HEADER = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];
const listOf = (names: string[]) => [
  HEADER,
  ...names.map((name, i) => [name, 1000 * (i + 1), 0, "Ja", "Ja", "Ja", "Nee"]),
];
const warnings = (names: string[]) =>
  segmentTable(listOf(names), {}, KLANTEN).problems.map((p) => `${p.code} ${p.address}`);

describe("near-duplicate names", () => {
  it("flags Bakker BV and Bakker B.V. as a possible duplicate, naming both cells (issue 11, failure 4)", () => {
    const result = segmentTable(
      listOf(["Aerts", "Bakker BV", "Claes", "Dubois", "Evers", "Fonteyn", "Bakker B.V."]),
      {},
      KLANTEN,
    );
    expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual([
      "warning similar-name Klanten!A8",
    ]);
    expect(result.problems[0].message).toBe(
      "Klanten!A8: 'Bakker B.V.' lijkt dezelfde klant als 'Bakker BV' in Klanten!A3 (zelfde naam op hoofdletters, accenten, leestekens of rechtsvorm na). Voeg de rijen samen als het om één klant gaat.",
    );
    expect(result.clients).toHaveLength(7);
  });

  it.each([
    ["Électro Service SA", "ELECTRO-SERVICE S.A."],
    ["De Smet & Co", "De Smet"],
    ["NV Peeters", "Peeters N.V."],
    ["Schmidt GmbH & Co. KG", "Schmidt"],
    ["O'Brien Ltd", "OBrien Limited"],
    ["Van Dam Comm.V.", "Vandam CommV"],
    ["Janssens BVBA", "Janssens SRL"],
    ["Café Noir, VZW", "cafe noir asbl"],
  ])("flags %p and %p", (a, b) => {
    expect(warnings([a, "Ander", b])).toEqual(["similar-name Klanten!A4"]);
  });

  it.each([
    ["Bakker BV", "Bakkers BV"],
    ["Smet", "De Smet"],
    ["Bakker BV", "Bakker Bouw BV"],
    ["BV Een", "BV Twee"],
    ["Sarl Invest", "Invest SA Holding"],
  ])("does not flag %p and %p", (a, b) => {
    expect(warnings([a, b])).toEqual([]);
  });

  it("keeps duplicate-name for an exact repeat (ignoring case) and flags the near one once", () => {
    expect(warnings(["Bakker BV", "bakker bv", "Bakker B.V.", "BAKKER B.V."])).toEqual([
      "duplicate-name Klanten!A3",
      "similar-name Klanten!A4",
      "duplicate-name Klanten!A5",
    ]);
  });

  it("finds exactly what the naive reading finds", () => {
    const name = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            "Bakker",
            "bakker",
            "BAKKER",
            "Électro",
            "electro",
            "De",
            "Smet",
            "Café",
            "cafe",
            "ΟΔΟΣ",
            "οδος",
            "ǅ",
            "Ǆ",
          ),
          fc.constantFrom(
            "BV",
            "B.V.",
            "bv",
            "NV",
            "N.V.",
            "SA",
            "S.A.",
            "& Co",
            "Ltd",
            "GmbH",
            "-",
            ".",
            ",",
          ),
          fc.string({ maxLength: 3 }),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .chain((parts) => fc.constantFrom(" ", "", "  ").map((gap) => parts.join(gap)));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), (names) =>
        expect(nameRepeats(names.map((n) => ({ name: n })))).toEqual({
          duplicates: naive(names),
          similar: naiveSimilar(names),
        }),
      ),
    );
  });

  it("finds the one near-duplicate among a hundred thousand distinct names", () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `Klant ${i} BV`);
    names.push("Klant 4242 B.V.");
    expect(nameRepeats(names.map((name) => ({ name })))).toEqual({
      duplicates: [],
      similar: [[100_000, 4242]],
    });
  });
});
