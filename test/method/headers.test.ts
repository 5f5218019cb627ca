import fc from "fast-check";
import { ACCEPTED_HEADERS, decorationOf, headerRole, readHeader } from "../../src/method/headers";

const variants = (text: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.constantFrom("", " ", "  "),
    )
    .map(
      ([upper, pad]) =>
        pad + [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join("") + pad,
    );

/** Revenue headers as lists spell them, without year or unit. */
const REVENUE = [
  "Omzet",
  "Jaaromzet",
  "Netto-omzet",
  "Omzet excl. btw",
  "Gefactureerd",
  "Gefactureerde omzet",
  "Revenue",
  "Annual revenue",
  "Net sales",
  "Turnover",
  "Sales",
  "Chiffre d'affaires",
  "Chiffre d’affaires HTVA",
  "CA",
  "C.A.",
];

/** Potential headers as lists spell them, without year or unit. */
const POTENTIAL = [
  "Potentieel",
  "Potentiële omzet",
  "Omzetpotentieel",
  "Groeipotentieel",
  "Extra omzet",
  "Bijkomende omzet",
  "Potential",
  "Potential revenue",
  "Revenue potential",
  "Upsell potential",
  "Additional revenue",
  "Potentiel",
  "Potentiel de croissance",
  "CA additionnel",
];

const YEARS = [
  "",
  "2025",
  "FY24",
  "FY 2024",
  "'24",
  "2024-2025",
  "2024/25",
  "vorig jaar",
  "last year",
  "N-1",
];

const UNITS: ReadonlyArray<readonly [string, number | null]> = [
  ["", null],
  ["(€)", 1],
  ["EUR", 1],
  ["in euro", 1],
  ["(k€)", 1000],
  ["K€", 1000],
  ["kEUR", 1000],
  ["x1000", 1000],
  ["(x 1.000)", 1000],
  ["(000)", 1000],
  ["in duizenden", 1000],
  ["duizend euro", 1000],
  ["in thousands", 1000],
  ["en milliers", 1000],
  ["M€", 1_000_000],
  ["(mio)", 1_000_000],
  ["in miljoenen", 1_000_000],
  ["x 1.000.000", 1_000_000],
];

const SPACING = fc.constantFrom(" ", "  ", "\n", " \u00a0", "\r\n");

describe("header matching", () => {
  const accepted = Object.values(ACCEPTED_HEADERS).flatMap((byRole) =>
    Object.entries(byRole).flatMap(([role, texts]) => texts.map((t) => [role, t] as const)),
  );

  it.each(accepted)("recognises %s from %j", (role, text) => {
    expect(headerRole(text)).toBe(role);
  });

  it("ignores case, accents and surrounding spaces", () => {
    fc.assert(
      fc.property(fc.constantFrom(...accepted), fc.context(), ([role, text], ctx) => {
        fc.assert(
          fc.property(variants(text), (variant) => {
            ctx.log(variant);
            expect(headerRole(variant)).toBe(role);
            expect(headerRole(variant.normalize("NFD").replace(/[\u0300-\u036f]/g, ""))).toBe(role);
          }),
          { numRuns: 5 },
        );
      }),
    );
  });

  it("reads any revenue or potential header with any year and unit as that, in the unit it names", () => {
    const base = fc.oneof(
      fc.constantFrom(...REVENUE).map((text) => ["revenue", text] as const),
      fc.constantFrom(...POTENTIAL).map((text) => ["potential", text] as const),
    );
    fc.assert(
      fc.property(
        base,
        fc.constantFrom(...YEARS),
        fc.constantFrom(...UNITS),
        SPACING,
        fc.boolean(),
        ([role, text], year, [unit, factor], space, yearFirst) => {
          const parts = yearFirst && year !== "" ? [year, text, unit] : [text, year, unit];
          const header = parts.filter((p) => p !== "").join(space);
          const reading = readHeader(header);
          expect(reading.role).toBe(role);
          expect(reading.unit?.factor ?? null).toBe(factor);
          expect(reading.skip).toBeNull();
        },
      ),
    );
  });

  it("never reads a header with a per cent sign as an amount", () => {
    const around = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...REVENUE, ...POTENTIAL, "2025"));
    fc.assert(
      fc.property(around, around, fc.constantFrom("%", " %", "(%)", "% "), (before, after, percent) => {
        const role = headerRole(`${before}${percent}${after}`);
        expect(role === "revenue" || role === "potential").toBe(false);
      }),
    );
  });

  it.each([
    // Dutch
    ["Omzet 2025", "revenue"],
    ["Jaaromzet 2024 (€)", "revenue"],
    ["Omzet (k€)", "revenue"],
    ["Omzet\n2024", "revenue"],
    ["  Omzet   2024  ", "revenue"],
    ["Omzet vorig jaar?", "revenue"],
    ["Netto-omzet excl. btw", "revenue"],
    ["Totale omzet", "revenue"],
    ["Potentieel 2025", "potential"],
    ["Potentiële omzet", "potential"],
    ["Extra omzet", "potential"],
    ["Bijkomende omzet 2026", "potential"],
    ["Groeipotentieel", "potential"],
    ["Klantnaam", "name"],
    ["Naam van de klant", "name"],
    ["Bedrijfsnaam", "name"],
    ["Relatie", "name"],
    ["Relatienaam", "name"],
    ["Debiteur", "name"],
    ["Debiteurnaam", "name"],
    ["Organisatie", "name"],
    ["Marge?", "marge"],
    ["1. Marge", "marge"],
    ["Q1 Marge", "marge"],
    ["Marge > 20%", "marge"],
    ["Goede marge (J/N)", "marge"],
    ["Snelheid (ja/nee)", "snelheid"],
    ["Innovatie?", "innovatie"],
    ["Netwerk (Ja/Nee)", "netwerk"],
    // English
    ["Revenue FY24", "revenue"],
    ["Revenue 2024 (in thousands)", "revenue"],
    ["Net sales", "revenue"],
    ["Potential revenue 2026", "potential"],
    ["Upsell potential", "potential"],
    ["Account Name", "name"],
    ["Company Name", "name"],
    ["Organisation", "name"],
    ["Customer name", "name"],
    ["Margin (Y/N)", "marge"],
    ["Speed?", "snelheid"],
    // French, as Belgian exports use it
    ["Client", "name"],
    ["Nom du client", "name"],
    ["Société", "name"],
    ["Raison sociale", "name"],
    ["Chiffre d'affaires", "revenue"],
    ["CA 2024", "revenue"],
    ["CA HTVA (k€)", "revenue"],
    ["Potentiel", "potential"],
    ["Marge", "marge"],
    ["Rapidité", "snelheid"],
    ["Vitesse (oui/non)", "snelheid"],
    ["Innovation", "innovatie"],
    ["Réseau", "netwerk"],
    ["Cliënt", "name"],
  ])("reads %j as %s", (text, role) => {
    expect(headerRole(text)).toBe(role);
  });

  it.each([
    "Klantnummer",
    "Klantnr.",
    "Debiteurnummer",
    "Account ID",
    "Klant sinds",
    "Aantal klanten",
    "Contactpersoon",
    "Accountmanager",
    "Sales rep",
    "Totaal",
    "Subtotaal",
    "Segment",
    "Opmerkingen",
    "Regio",
    "Sector",
    "Verwachte omzet 2026",
    "Budget omzet",
    "Omzet Q1",
    "Marge %",
    "Marge (€)",
    "Brutomarge",
    2024,
    true,
    null,
    undefined,
  ])("does not read %j as a column of the method", (text) => {
    expect(headerRole(text)).toBeNull();
  });

  it.each([
    ["Omzet %", "share"],
    ["% omzet", "share"],
    ["Omzet (%)", "share"],
    ["Aandeel", "share"],
    ["Aandeel in omzet", "share"],
    ["Share of revenue", "share"],
    ["Part du CA", "share"],
    ["Groei %", "growth"],
    ["Omzetgroei", "growth"],
    ["Growth", "growth"],
    ["Revenue growth 2025", "growth"],
    ["Evolutie omzet", "growth"],
    ["Évolution CA", "growth"],
    ["Δ omzet", "growth"],
    ["Verschil omzet", "growth"],
    ["Omzet vs vorig jaar", "growth"],
    ["Omzet t.o.v. 2024", "growth"],
    ["Aantal facturen", "count"],
    ["# facturen", "count"],
    ["Number of invoices", "count"],
    ["Nombre de factures", "count"],
    ["Datum laatste factuur", "date"],
    ["Omzetdatum", "date"],
    ["Date dernière facture", "date"],
  ])("leaves %j out as a %s, never as an amount", (text, reason) => {
    expect(readHeader(text)).toMatchObject({ role: null, skip: reason });
  });

  it.each(["Last order date", "# orders", "Klant sinds", "Marge %", "Aantal medewerkers"])(
    "ignores %j without naming it as a left-out amount column (it does not speak of amounts)",
    (text) => {
      expect(readHeader(text)).toMatchObject({ role: null, skip: null });
    },
  );

  it.each([
    ["Totaal omzet", true],
    ["Gemiddelde omzet 2023-2025", true],
    ["Average revenue", true],
    ["Omzet 2024", false],
  ])("marks %j as a total or average of the revenue columns: %s", (text, aggregate) => {
    expect(readHeader(text)).toMatchObject({ role: "revenue", aggregate });
  });

  it("reads Naam, Name and Nom as a name that yields to a specific one", () => {
    expect(readHeader("Naam")).toMatchObject({ role: "name", weak: true });
    expect(readHeader("Name")).toMatchObject({ role: "name", weak: true });
    expect(readHeader("Bedrijf")).toMatchObject({ role: "name", weak: false });
  });
});

describe("cells that decorate a header", () => {
  it.each([
    [2023, "period"],
    ["2024", "period"],
    ["FY24", "period"],
    ["2024-2025", "period"],
    ["vorig jaar", "period"],
    ["2024 (k€)", "period"],
    ["(€)", "unit"],
    ["€", "unit"],
    ["EUR", "unit"],
    ["in €", "unit"],
    ["Bedrag in €", "unit"],
    ["k€", "unit"],
    ["x1000", "unit"],
    ["(Ja/Nee)", "unit"],
    ["J/N", "unit"],
    ["ja/nee", "unit"],
    ["(%)", "unit"],
  ])("reads %j as a %s", (cell, kind) => {
    expect(decorationOf(cell)).toBe(kind);
  });

  it.each(["", "Klant", "Bakker BV", "Ja", 125000, 2023.5, 1850, "Opmerking", null])(
    "reads %j as no decoration",
    (cell) => {
      expect(decorationOf(cell)).toBeNull();
    },
  );
});
