import fc from "fast-check";
import { ACCEPTED_HEADERS, headerRole } from "../../src/method/headers";

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

  it.each([
    ["Omzet 2022", "revenue"],
    ["Jaaromzet 2024 (€)", "revenue"],
    ["Revenue FY24", "revenue"],
    ["Potentiële omzet", "potential"],
    ["Extra omzet", "potential"],
    ["Marge?", "marge"],
    ["1. Marge", "marge"],
    ["Netwerk (Ja/Nee)", "netwerk"],
    ["Cliënt", "name"],
    ["Totaal", null],
    ["Segment", null],
    ["Opmerkingen", null],
    [2024, null],
  ])("reads %j as %s", (text, role) => {
    expect(headerRole(text)).toBe(role);
  });
});
