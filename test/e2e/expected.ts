import { segmentTable } from "../../src/method/segmentTable";
import { type Cell, type Segment, type Settings } from "../../src/method/types";

/** The letter the engine gives each client, by the address of its Segment cell (e.g. "L4" → "A"). */
export function expectedLetters(
  values: readonly (readonly Cell[])[],
  segmentColumn: string,
  settings: Settings = {},
): Record<string, Segment> {
  const result = segmentTable(values, settings);
  if (result.problems.some((p) => p.severity === "error")) throw new Error("The engine refuses these values");
  return Object.fromEntries(result.clients.map((c) => [`${segmentColumn}${c.row + 1}`, c.segment]));
}

/** How many clients the engine puts in each segment. */
export function expectedCounts(
  values: readonly (readonly Cell[])[],
  settings: Settings = {},
): Record<Segment, number> {
  const { summary } = segmentTable(values, settings);
  return { A: summary.segments.A.count, B: summary.segments.B.count, C: summary.segments.C.count };
}

/** The cells of a column in the grid, from a first row on, by address. */
export function columnCells(
  grid: Record<string, string>,
  column: string,
  fromRow: number,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(grid).filter(([cell]) => {
      const m = /^([A-Z]+)(\d+)$/.exec(cell);
      return m !== null && m[1] === column && Number(m[2]) >= fromRow && grid[cell] !== "";
    }),
  );
}
