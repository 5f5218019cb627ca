import { segmentTable } from "../../src/method/segmentTable";
import { loadFixtures } from "../support/fixtures";

const KLANTEN = { sheet: "Klanten", row: 0, column: 0 };

describe.each(loadFixtures("method"))("$file", (fixture) => {
  const result = segmentTable(fixture.values, fixture.settings, KLANTEN);
  const { expect: want } = fixture;

  it("reports exactly the expected problems", () => {
    expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`)).toEqual(want.problems);
  });

  if (fixture.file.startsWith("error.")) {
    it("segments nobody, so nothing can be written", () => {
      const code = fixture.file.split(".")[1];
      expect(result.problems.some((p) => p.severity === "error" && p.code === code)).toBe(true);
      expect(result.clients).toEqual([]);
    });
  } else {
    it("gives every client the expected segment", () => {
      const got = Object.fromEntries(result.clients.map((c) => [c.name, c.segment]));
      expect(got).toEqual(want.segments);
    });
  }

  if (want.quadrants) {
    it("places the clients in the expected quadrants", () => {
      expect(Object.fromEntries(result.clients.map((c) => [c.name, c.quadrant]))).toEqual(want.quadrants);
    });
  }

  if (want.outside) {
    it("leaves the expected clients outside the top", () => {
      expect(result.outside.map((c) => c.name)).toEqual(want.outside);
    });
  }

  if (want.thresholds) {
    it("applies the expected thresholds", () => {
      expect(result.thresholds).toEqual(want.thresholds);
    });
  }

  for (const [address, parts] of Object.entries(want.messageContains ?? {})) {
    it(`tells the user what is wrong in ${address}`, () => {
      const messages = result.problems
        .filter((p) => p.address === address)
        .map((p) => p.message)
        .join("\n");
      for (const part of parts) expect(messages).toContain(part);
    });
  }
});
