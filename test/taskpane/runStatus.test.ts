import { problemGroups } from "../../src/taskpane/problemGroups";
import { runStatus } from "../../src/taskpane/runStatus";
import { textsFor } from "../../src/taskpane/texts";
import { outcomeOf, problem, refusedOutcome } from "./outcomes";

describe("runStatus: what the live region announces", () => {
  const nl = textsFor("nl");

  it.each([
    ["nothing before the first run", null, false, ""],
    ["busy, whatever ran before", { kind: "outcome", outcome: outcomeOf() }, true, "Bezig met segmenteren…"],
    [
      "the counts of a written run",
      { kind: "outcome", outcome: outcomeOf() },
      false,
      "Klaar: 4 klanten gesegmenteerd, 1 A, 2 B en 1 C.",
    ],
    [
      "the errors of a refused run",
      {
        kind: "outcome",
        outcome: refusedOutcome([problem("error", "a"), problem("error", "b"), problem("warning", "c")]),
      },
      false,
      "Niets gewijzigd: 2 fouten gevonden. Bekijk de meldingen.",
    ],
    [
      "why a refused run was refused, as the message above its buttons says (no list of messages follows)",
      {
        kind: "outcome",
        outcome: refusedOutcome([
          {
            ...problem("error", "Deze werkmap segmenteert al de klantenlijst Klanten!A3:I23."),
            code: "other-analysis",
          },
        ]),
      },
      false,
      "Niets gewijzigd. Deze werkmap segmenteert al de klantenlijst Klanten!A3:I23.",
    ],
    [
      "a failure's message",
      { kind: "failure", message: "Excel is bezig.", code: null },
      false,
      "Segmenteren is mislukt: Excel is bezig.",
    ],
  ] as const)("%s", (_, run, busy, expected) => {
    expect(runStatus(run, busy, nl)).toBe(expected);
  });

  it("mentions the warnings of a written run", () => {
    const outcome = outcomeOf();
    outcome.result.problems = [problem("warning", "w")];
    expect(runStatus({ kind: "outcome", outcome }, false, textsFor("en"))).toBe(
      "Done: 4 clients segmented, 1 A, 2 B and 1 C. See 1 warning.",
    );
  });
});

describe("problemGroups", () => {
  const list = [
    problem("warning", "w1"),
    problem("error", "e1"),
    problem("warning", "w2"),
    problem("error", "e2"),
  ];

  it("puts errors first and keeps the engine's order within each group", () => {
    expect(problemGroups(list).map((g) => [g.severity, g.problems.map((p) => p.message)])).toEqual([
      ["error", ["e1", "e2"]],
      ["warning", ["w1", "w2"]],
    ]);
  });

  it("cuts after the limit, counting errors first, and drops empty groups", () => {
    expect(problemGroups(list, 2).map((g) => g.severity)).toEqual(["error"]);
    expect(problemGroups(list, 3).map((g) => g.problems.length)).toEqual([2, 1]);
    expect(problemGroups([])).toEqual([]);
  });
});
