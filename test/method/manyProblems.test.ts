import { segmentTable } from "../../src/method/segmentTable";
import { type Cell } from "../../src/method/types";
import { PROBLEM_LIMIT } from "../../src/method/problems";

describe("a table with very many problems", () => {
  const header: Cell[] = ["Klant", "Omzet", "Marge", "Snelheid", "Innovatie", "Netwerk"];

  it("lists a thousand, keeps every error among them even when it comes late, and counts the rest", () => {
    const rows: Cell[][] = Array.from({ length: 1_500 }, (_, i) => [
      `Klant ${i}`,
      100,
      "",
      "",
      "Ja",
      i === 1_400 ? "?" : "Nee",
    ]);
    const result = segmentTable([header, ...rows]);
    expect(result.problems).toHaveLength(PROBLEM_LIMIT + 1);
    expect(result.problems[0]).toMatchObject({ severity: "error", code: "invalid-answer", address: "F1402" });
    const last = result.problems[PROBLEM_LIMIT];
    const warnings = 2 * 1_500 + 1;
    expect(last).toMatchObject({ code: "too-many-problems", severity: "warning", address: "" });
    expect(last.message).toContain(`${warnings + 1 - PROBLEM_LIMIT}`);
    expect(result.clients).toEqual([]);
  });

  it("counts an error it had no room for in the closing message, so the user knows nothing will be written", () => {
    const rows: Cell[][] = Array.from({ length: 1_200 }, (_, i) => [
      `Klant ${i}`,
      100,
      "Nee",
      "Ja",
      "Ja",
      `x${i}`,
    ]);
    const result = segmentTable([header, ...rows]);
    expect(result.problems.at(-1)).toMatchObject({ code: "too-many-problems", severity: "error" });
    expect(result.problems.at(-1)?.message).toContain("201");
  });
});
