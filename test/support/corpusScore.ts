import { join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Cell, Origin, SegmentationResult, Settings, TableFacts } from "../../src/method/types";
import { expectsError, loadFixtures, tableFacts, type EngineFixture } from "./fixtures";
import { compareAspect, expectedAspects, type Aspect, type AspectName } from "./reading";

/** segmentTable as any version of the engine exports it (older ones ignore the facts). */
export type SegmentTable = (
  values: readonly (readonly Cell[])[],
  settings?: Settings,
  origin?: Origin,
  facts?: TableFacts,
) => SegmentationResult;

/** How one table was read: correct, or which aspects went wrong and how. */
export interface TableScore {
  file: string;
  correct: boolean;
  /** One short line per aspect that differs from the fixture. */
  wrong: string[];
}

const KLANTEN: Origin = { sheet: "Klanten", row: 0, column: 0 };

const list = (items: unknown[]): string => items.map((item) => JSON.stringify(item)).join(", ");

/** A short line saying how an aspect differs: what is missing and what is extra, or what was got instead. */
function difference(name: AspectName, { got, want }: Aspect): string {
  if (Array.isArray(got) && Array.isArray(want)) {
    const missing = want.filter((w) => !got.some((g) => isDeepStrictEqual(g, w)));
    const extra = got.filter((g) => !want.some((w) => isDeepStrictEqual(g, w)));
    const parts = [
      missing.length ? `missing ${list(missing)}` : "",
      extra.length ? `extra ${list(extra)}` : "",
    ];
    return `${name}: ${parts.filter(Boolean).join("; ") || "same items, other order"}`;
  }
  if (typeof got === "object" && got && typeof want === "object" && want) {
    const g = got as Record<string, unknown>;
    const w = want as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(g), ...Object.keys(w)])].filter(
      (key) => !isDeepStrictEqual(g[key], w[key]),
    );
    return `${name}: ${keys.map((key) => `${key} ${JSON.stringify(g[key])} (want ${JSON.stringify(w[key])})`).join(", ")}`;
  }
  return `${name}: ${JSON.stringify(got)} (want ${JSON.stringify(want)})`;
}

/** Reads one fixture with the engine and says whether every expectation is met. */
export function scoreTable(segmentTable: SegmentTable, fixture: EngineFixture): TableScore {
  let result: SegmentationResult;
  try {
    result = segmentTable(fixture.values, fixture.settings, KLANTEN, tableFacts(fixture));
  } catch (error) {
    return { file: fixture.file, correct: false, wrong: [`threw: ${(error as Error).message}`] };
  }
  const wrong: string[] = [];
  for (const name of expectedAspects(fixture)) {
    const aspect = compareAspect(fixture, result, name);
    if (!isDeepStrictEqual(aspect.got, aspect.want)) wrong.push(difference(name, aspect));
  }
  if (expectsError(fixture) && result.clients.length > 0) wrong.push("segments: clients despite an error");
  return { file: fixture.file, correct: wrong.length === 0, wrong };
}

/** Scores every table of the corpus (test/fixtures/lists) with the engine. */
export function scoreCorpus(segmentTable: SegmentTable, fixtures = loadFixtures("lists")): TableScore[] {
  return fixtures.map((fixture) => scoreTable(segmentTable, fixture));
}

/**
 * Prints how many corpus tables the engine of a checkout reads correctly, and why the others fail:
 * `npx tsx test/support/corpusScore.ts [checkout]` (default: this one), e.g. a `git worktree` of an
 * earlier commit to measure "before".
 */
async function main(): Promise<void> {
  const root = resolve(process.argv[2] ?? join(__dirname, "..", ".."));
  const engine = (await import(join(root, "src", "method", "segmentTable"))) as {
    segmentTable: SegmentTable;
  };
  const scores = scoreCorpus(engine.segmentTable);
  const correct = scores.filter((s) => s.correct).length;
  console.log(`${root}: ${correct} of ${scores.length} tables read correctly`);
  for (const score of scores.filter((s) => !s.correct)) {
    console.log(`- ${score.file}`);
    for (const line of score.wrong) console.log(`    ${line}`);
  }
}

if (require.main === module) void main();
