import { columnLetters } from "../../src/method/addresses";
import type { SegmentationResult, SkipReason } from "../../src/method/types";
import type { EngineFixture, ExpectedColumns } from "./fixtures";

/** One thing a fixture expects of a reading, beside what the engine gave, both in the fixture's terms. */
export interface Aspect {
  got: unknown;
  want: unknown;
}

/** The aspects of a reading a fixture can expect, in the order they are checked. */
export const ASPECTS = [
  "columns",
  "segments",
  "outside",
  "thresholds",
  "problems",
  "subtotalRows",
  "messages",
] as const;

/** The name of one aspect. */
export type AspectName = (typeof ASPECTS)[number];

const ROLES = ["name", "potential", "marge", "snelheid", "innovatie", "netwerk"] as const;

const letterOrNull = (column: number | undefined): string | null =>
  column === undefined || column < 0 ? null : columnLetters(column);

/** A number as Excel compares it, to 15 significant digits. */
const at15 = (n: number): number => Number(n.toPrecision(15));

/**
 * The columns the engine found, in the fixture's terms and limited to what the fixture names. Fields an
 * earlier engine did not have read as that engine meant them: the header is one row, amounts in euros.
 */
function columnsOf(result: SegmentationResult, want: ExpectedColumns): ExpectedColumns {
  const columns = result.columns;
  const headerRow = columns.headerRow;
  const headerTop = columns.headerTop ?? headerRow;
  const got: ExpectedColumns = {
    header:
      headerRow < 0
        ? null
        : headerTop === headerRow
          ? `${headerRow + 1}`
          : `${headerTop + 1}:${headerRow + 1}`,
  };
  if (want.header === null) return got;
  const criteria = columns.criteria ?? {};
  const found: Record<(typeof ROLES)[number], number> = {
    name: columns.name,
    potential: columns.potential,
    ...criteria,
  };
  for (const role of ROLES) if (role in want) got[role] = letterOrNull(found[role]);
  if ("revenue" in want) got.revenue = (columns.revenue ?? []).map((c) => columnLetters(c));
  if ("unit" in want) got.unit = columns.unit?.symbol ?? "€";
  if ("unit" in want || "scale" in want) {
    const scale: Record<string, number> = {};
    for (const [column, factor] of Object.entries(columns.scale ?? {})) {
      if (factor !== 1) scale[columnLetters(Number(column))] = factor;
    }
    got.scale = scale;
  }
  if (want.skipped) {
    const listed = new Map((columns.skipped ?? []).map((s) => [columnLetters(s.column), s.reason]));
    const skipped: Record<string, SkipReason> = {};
    for (const letter of Object.keys(want.skipped)) {
      const reason = listed.get(letter);
      if (reason) skipped[letter] = reason;
    }
    got.skipped = skipped;
  }
  return got;
}

/** The expected columns with the defaults a fixture leaves out: no scaled columns. */
function expectedColumns(want: ExpectedColumns): ExpectedColumns {
  if (want.header === null || !("unit" in want || "scale" in want)) return want;
  return { ...want, scale: want.scale ?? {} };
}

/** Every segmented client's letter by name; a name listed twice with different letters shows both ("A|B"). */
function segmentsOf(result: SegmentationResult): Record<string, string> {
  const letters = new Map<string, Set<string>>();
  for (const client of result.clients) {
    const set = letters.get(client.name) ?? new Set<string>();
    set.add(client.segment);
    letters.set(client.name, set);
  }
  return Object.fromEntries([...letters].map(([name, set]) => [name, [...set].sort().join("|")]));
}

/** What the problems' messages at an address hold of the parts the fixture looks for. */
function messagesOf(result: SegmentationResult, want: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(want).map(([address, parts]) => {
      const text = result.problems
        .filter((p) => p.address === address)
        .map((p) => p.message)
        .join("\n");
      return [address, parts.filter((part) => text.includes(part))];
    }),
  );
}

/** The aspects a fixture expects: those its `expect` names, and always the problems. */
export function expectedAspects(fixture: EngineFixture): AspectName[] {
  const want = fixture.expect;
  const named: Record<AspectName, unknown> = {
    columns: want.columns,
    segments: want.segments,
    outside: want.outside,
    thresholds: want.thresholds,
    problems: want.problems,
    subtotalRows: want.subtotalRows,
    messages: want.messageContains,
  };
  return ASPECTS.filter((aspect) => named[aspect] !== undefined);
}

/** One aspect of the engine's reading of a fixture beside what the fixture expects, in the fixture's terms. */
export function compareAspect(
  fixture: EngineFixture,
  result: SegmentationResult,
  aspect: AspectName,
): Aspect {
  const want = fixture.expect;
  switch (aspect) {
    case "columns":
      return { got: columnsOf(result, want.columns!), want: expectedColumns(want.columns!) };
    case "segments":
      return { got: segmentsOf(result), want: want.segments };
    case "outside":
      return { got: result.outside.map((c) => c.name), want: want.outside };
    case "thresholds": {
      const { revenue, score } = result.thresholds;
      return {
        got: { revenue: at15(revenue), score: at15(score) },
        want: { revenue: at15(want.thresholds!.revenue), score: at15(want.thresholds!.score) },
      };
    }
    case "problems":
      return { got: result.problems.map((p) => `${p.severity} ${p.code} ${p.address}`), want: want.problems };
    case "subtotalRows":
      return { got: (result.subtotalRows ?? []).map((r) => r + 1), want: want.subtotalRows };
    case "messages":
      return { got: messagesOf(result, want.messageContains!), want: want.messageContains };
  }
}
