import fc from "fast-check";
import { segmentTable } from "../../src/method/segmentTable";
import { type Cell, type Segment, type Settings, type TableFacts } from "../../src/method/types";
import {
  arbAnyCell,
  arbClientTable,
  arbRevenueThreshold,
  scoreWithinWeights,
  YES_SPELLINGS,
} from "../support/generators";

const RANK: Record<Segment, number> = { C: 0, B: 1, A: 2 };

/** Valid settings: the score threshold (given or the default 3) stays within the sum of the weights. */
const arbSettings: fc.Arbitrary<Settings> = fc
  .record(
    {
      revenueThreshold: arbRevenueThreshold(2_000_000),
      scoreThreshold: fc.integer({ min: 1, max: 4 }),
      weights: fc.record({
        marge: fc.integer({ min: 0, max: 3 }),
        netwerk: fc.double({ min: 0, max: 2, noNaN: true }),
      }),
      topN: fc.integer({ min: 1, max: 40 }),
    },
    { requiredKeys: [] },
  )
  .filter(scoreWithinWeights);

const segmentsByName = (values: Cell[][], settings?: Settings) =>
  Object.fromEntries(segmentTable(values, settings).clients.map((c) => [c.name, c.segment]));

describe("segmentTable, for every valid table", () => {
  it("gives every non-blank client row exactly one segment (or leaves it outside the top N)", () => {
    fc.assert(
      fc.property(arbClientTable(), arbSettings, (table, settings) => {
        const result = segmentTable(table.values, settings);
        expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
        const rows = [...result.clients, ...result.outside].map((c) => c.row).sort((a, b) => a - b);
        const expected = table.values
          .map((row, r) => (r > table.headerRow && row[0] !== "" ? r : -1))
          .filter((r) => r >= 0);
        expect(rows).toEqual(expected);
        for (const c of result.clients) expect(["A", "B", "C"]).toContain(c.segment);
      }),
    );
  });

  it("gives the same segments whatever the order of the rows", () => {
    fc.assert(
      fc.property(arbClientTable({ minClients: 2 }), arbSettings, fc.integer(), (table, settings, seed) => {
        const head = table.values.slice(0, table.headerRow + 1);
        const body = table.values.slice(table.headerRow + 1);
        const shuffled = fc.sample(fc.shuffledSubarray(body, { minLength: body.length }), {
          seed,
          numRuns: 1,
        })[0];
        expect(segmentsByName([...head, ...shuffled], settings)).toEqual(
          segmentsByName(table.values, settings),
        );
      }),
    );
  });

  it("never moves a client down when its revenue rises or a Nee becomes Ja (fixed thresholds)", () => {
    fc.assert(
      fc.property(
        arbClientTable(),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.nat({ max: 3 }),
        (table, amount, scoreThreshold, pick, raise, question) => {
          const settings: Settings = { revenueThreshold: { kind: "amount", amount }, scoreThreshold };
          const before = segmentTable(table.values, settings);
          const client = before.clients[pick % before.clients.length];
          const richer = table.values.map((row) => [...row]);
          const firstRevenue = richer[client.row].findIndex(
            (cell, c) => c >= 1 && c <= table.yearColumns && cell !== "",
          );
          richer[client.row][firstRevenue] = (richer[client.row][firstRevenue] as number) + raise;
          const keener = table.values.map((row) => [...row]);
          keener[client.row][1 + table.yearColumns + 1 + question] = YES_SPELLINGS[0];
          for (const changed of [richer, keener]) {
            const after = segmentTable(changed, settings).clients.find((c) => c.row === client.row)!;
            expect(RANK[after.segment]).toBeGreaterThanOrEqual(RANK[client.segment]);
          }
        },
      ),
    );
  });

  it("has summary counts and shares that add up", () => {
    fc.assert(
      fc.property(arbClientTable(), arbSettings, (table, settings) => {
        const { summary, clients, outside } = segmentTable(table.values, settings);
        const segments = Object.values(summary.segments);
        const quadrants = Object.values(summary.quadrants);
        expect(segments.reduce((n, s) => n + s.count, 0)).toBe(clients.length);
        expect(quadrants.reduce((n, q) => n + q.count, 0)).toBe(clients.length);
        expect(summary.clientCount).toBe(clients.length);
        expect(summary.outsideCount).toBe(outside.length);
        expect(segments.reduce((n, s) => n + s.clientShare, 0)).toBeCloseTo(1, 9);
        const revenue = clients.reduce((n, c) => n + c.revenue, 0);
        expect(summary.revenue).toBeCloseTo(revenue, 3);
        if (revenue > 0) expect(segments.reduce((n, s) => n + s.revenueShare, 0)).toBeCloseTo(1, 9);
        for (const s of segments) {
          expect(s.count).toBe(clients.filter((c) => c.segment === s.segment).length);
          expect(s.approach.length).toBeGreaterThan(20);
        }
      }),
    );
  });
});

describe("segmentTable, for arbitrary input", () => {
  it("never throws: whatever the cells and settings, bad input becomes problems", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(arbAnyCell, { maxLength: 9 }), { maxLength: 12 }),
        fc.anything(),
        (values, settings) => {
          const result = segmentTable(values, settings as Settings);
          for (const p of result.problems) {
            expect(["error", "warning"]).toContain(p.severity);
            expect(p.message.length).toBeGreaterThan(10);
          }
          if (result.problems.some((p) => p.severity === "error")) expect(result.clients).toEqual([]);
        },
      ),
    );
  });

  it("never throws on a real header with arbitrary cells below it", () => {
    const header: Cell[] = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];
    fc.assert(
      fc.property(
        fc.array(fc.array(arbAnyCell, { minLength: 7, maxLength: 7 }), { maxLength: 12 }),
        (rows) => {
          const result = segmentTable([header, ...rows]);
          for (const p of result.problems.filter((q) => q.row >= 1))
            expect(p.address).toMatch(/^[A-G]\d+(:[A-G]\d+)?$/);
        },
      ),
    );
  });
});

describe("segmentTable, for anything a caller hands it", () => {
  const HEADER: unknown[] = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];
  const wild = fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
  });
  const arbRow = fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.oneof(arbAnyCell, wild), { maxLength: 9 }) },
    { weight: 1, arbitrary: wild },
  );
  const call = (values: unknown, settings?: unknown, origin?: unknown, facts?: unknown) =>
    segmentTable(
      values as Cell[][],
      settings as Settings,
      origin as { row: number; column: number },
      facts as TableFacts,
    );
  const sane = (result: ReturnType<typeof segmentTable>) => {
    for (const p of result.problems) {
      expect(["error", "warning"]).toContain(p.severity);
      expect(typeof p.message).toBe("string");
      expect(typeof p.address).toBe("string");
    }
    if (result.problems.some((p) => p.severity === "error")) expect(result.clients).toEqual([]);
    for (const c of result.clients) expect(Number.isFinite(c.total)).toBe(true);
  };

  it("never throws on any nested input: rows that are no arrays, cells that are no cells, ragged rows, odd settings, origin and facts", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.array(arbRow, { maxLength: 8 }).map((rows) => [HEADER, ...rows]),
        ),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (values, settings, origin, facts) => sane(call(values, settings, origin, facts)),
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "Klant,Omzet"],
    ["an object", { 0: HEADER }],
    ["rows that are not arrays", [HEADER, null, "Acme", 42, { name: "Acme" }]],
    ["null and undefined cells", [HEADER, ["Acme", null, undefined, "Ja", null, "Ja", undefined]]],
    ["a sparse row", [HEADER, Object.assign(new Array(7), { 0: "Acme", 1: 1000 })]],
    ["NaN and Infinity amounts", [HEADER, ["Acme", Number.NaN, Infinity, "Ja", "Ja", "Ja", "Ja"]]],
    [
      "objects, arrays and dates as cells",
      [HEADER, [{}, [1, 2], new Date(0), Object.create(null), 1n, Symbol("x"), () => 1]],
    ],
    ["a ragged table", [HEADER, ["Acme"], ["Beta", 1000, 0, "Ja", "Ja", "Ja", "Ja", "extra", "cells"], []]],
  ])("reads %s without throwing", (_, values) => {
    sane(call(values));
    sane(call(values, null, null, null));
    sane(
      call(
        values,
        { language: "en" },
        { sheet: 5, row: -1, column: "B" },
        { formulas: [[null]], dateCells: [null, [1]], hiddenRows: "2", table: 7 },
      ),
    );
  });

  it.each([
    ["scoreThreshold", { scoreThreshold: 3n }],
    ["topN", { topN: 20n }],
    ["a weight", { weights: { marge: 2n } }],
    ["a fixed amount", { revenueThreshold: { kind: "amount", amount: 100000n } }],
    ["language", { language: 1n }],
    [
      "a cyclic value",
      {
        topN: (() => {
          const o: Record<string, unknown> = {};
          o.self = o;
          return o;
        })(),
      },
    ],
  ])("reads a BigInt or unprintable setting (%s) as an invalid setting, without throwing", (_, settings) => {
    const values = [
      HEADER,
      ["Acme", 1000, 0, "Ja", "Ja", "Ja", "Ja"],
      ["Beta", 2000, 0, "Nee", "Ja", "Ja", "Ja"],
    ];
    const result = call(values, settings);
    sane(result);
    expect(result.problems.map((p) => p.code)).toContain("invalid-setting");
  });

  it("reads good rows among bad ones as the clients they are", () => {
    const values = [HEADER, null, ["Acme", 1000, null, "Ja", "Ja", "Ja", "Ja"], [undefined, undefined]];
    const result = call(values);
    expect(result.clients.map((c) => [c.name, c.total, c.segment])).toEqual([["Acme", 1000, "A"]]);
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("segmentTable on input that throws while it is read", () => {
  const throwing = () => {
    throw new Error("getter broke");
  };
  const cases: Array<[string, () => ReturnType<typeof segmentTable>]> = [
    [
      "a settings getter",
      () => segmentTable([["Klant"]], Object.defineProperty({}, "language", { get: throwing })),
    ],
    [
      "an origin getter",
      () =>
        segmentTable(
          [["Klant"]],
          {},
          Object.defineProperty({ row: 0, column: 0 }, "sheet", { get: throwing }),
        ),
    ],
    ["a values proxy", () => segmentTable(new Proxy([["Klant"]], { get: throwing }))],
  ];
  it.each(cases)("reports %s as an error and segments nobody, without throwing", (_, run) => {
    const result = run();
    expect(result.clients).toEqual([]);
    expect(result.problems.map((p) => [p.severity, p.code])).toContainEqual(["error", "unreadable-input"]);
    expect(result.problems.find((p) => p.code === "unreadable-input")?.message).toContain("getter broke");
  });
});
