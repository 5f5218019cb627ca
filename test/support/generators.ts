import fc from "fast-check";
import { DEFAULT_SETTINGS, maxScoreOf } from "../../src/method/settings";
import type { Cell, RevenueThreshold, Settings } from "../../src/method/types";

/** Spellings a user may type for yes and for no (all accepted). */
export const YES_SPELLINGS: Cell[] = [
  "Ja",
  "ja",
  " JA ",
  "J",
  "Yes",
  "y",
  "X",
  "✓",
  1,
  "1",
  true,
  "WAAR",
  "true",
];
export const NO_SPELLINGS: Cell[] = ["Nee", "nee", "N", "No", "n", 0, "0", false, "ONWAAR", "false", ""];

/** A generated client before it is laid out as cells. */
export interface GeneratedClient {
  name: string;
  revenues: Cell[];
  potential: Cell;
  answers: Cell[];
}

/** A generated client table: the cells and the names of the clients in it. */
export interface GeneratedTable {
  values: Cell[][];
  names: string[];
  headerRow: number;
  yearColumns: number;
}

const amount = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.integer({ min: 0, max: 200_000_000 }).map((cents) => cents / 100),
);

const answer = fc.oneof(fc.constantFrom(...YES_SPELLINGS), fc.constantFrom(...NO_SPELLINGS));

/** A generated client whose cells are all valid (some amounts and answers left empty where allowed). */
export function arbClient(yearColumns: number): fc.Arbitrary<Omit<GeneratedClient, "name">> {
  return fc.record({
    revenues: fc
      .array(fc.oneof({ weight: 4, arbitrary: amount }, { weight: 1, arbitrary: fc.constant<Cell>("") }), {
        minLength: yearColumns,
        maxLength: yearColumns,
      })
      .chain((cells) =>
        cells.some((c) => c !== "") ? fc.constant(cells) : amount.map((a) => [a as Cell, ...cells.slice(1)]),
      ),
    potential: fc.oneof({ weight: 4, arbitrary: amount }, { weight: 1, arbitrary: fc.constant<Cell>("") }),
    answers: fc.array(answer, { minLength: 4, maxLength: 4 }),
  });
}

/** A valid client table with a header, maybe title rows above it and blank rows between clients. */
export function arbClientTable(
  options: { minClients?: number; maxClients?: number } = {},
): fc.Arbitrary<GeneratedTable> {
  const { minClients = 1, maxClients = 30 } = options;
  return fc
    .record({
      yearColumns: fc.integer({ min: 1, max: 3 }),
      titleRows: fc.integer({ min: 0, max: 2 }),
    })
    .chain(({ yearColumns, titleRows }) =>
      fc.record({
        yearColumns: fc.constant(yearColumns),
        titleRows: fc.constant(titleRows),
        clients: fc.array(arbClient(yearColumns), { minLength: minClients, maxLength: maxClients }),
        blankAfter: fc.array(fc.boolean(), { minLength: maxClients, maxLength: maxClients }),
      }),
    )
    .map(({ yearColumns, titleRows, clients, blankAfter }) =>
      layoutTable(
        clients.map((c, i) => ({ ...c, name: `Klant ${i + 1}` })),
        yearColumns,
        titleRows,
        blankAfter,
      ),
    );
}

/** Lays generated clients out as cells: title rows, the header, then a row per client. */
export function layoutTable(
  clients: GeneratedClient[],
  yearColumns: number,
  titleRows = 0,
  blankAfter: boolean[] = [],
): GeneratedTable {
  const years = Array.from({ length: yearColumns }, (_, i) => `Omzet ${2022 + i}`);
  const header: Cell[] = ["Klant", ...years, "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];
  const width = header.length;
  const blank = (): Cell[] => Array<Cell>(width).fill("");
  const values: Cell[][] = [];
  for (let i = 0; i < titleRows; i++) values.push(i === 0 ? ["ABC-analyse", ...blank().slice(1)] : blank());
  values.push(header);
  clients.forEach((c, i) => {
    values.push([c.name, ...c.revenues, c.potential, ...c.answers]);
    if (blankAfter[i] && i < clients.length - 1) values.push(blank());
  });
  return { values, names: clients.map((c) => c.name), headerRow: titleRows, yearColumns };
}

/** Any cell value Office.js could hand over, and some it would not. */
export const arbAnyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.double(),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom<Cell>(
    "",
    "Ja",
    "Nee",
    "#N/A",
    "#DEEL/0!",
    "€ 12,5",
    "Klant",
    "Omzet",
    "Marge",
    "Netwerk",
    "Totaal",
  ),
);

/** A revenue threshold of any kind: the median, a fixed amount up to `maxAmount`, or a top % from 0 to 100. */
export const arbRevenueThreshold = (maxAmount: number): fc.Arbitrary<RevenueThreshold> =>
  fc.oneof(
    fc.constant({ kind: "median" as const }),
    fc.record({ kind: fc.constant("amount" as const), amount: fc.integer({ min: 1, max: maxAmount }) }),
    fc.record({ kind: fc.constant("topPercent" as const), topPercent: fc.integer({ min: 1, max: 99 }) }),
  );

/** True when the score threshold (given or the default) is within the sum of the weights (given or 1 each). */
export const scoreWithinWeights = (settings: Settings): boolean =>
  (settings.scoreThreshold ?? DEFAULT_SETTINGS.scoreThreshold) <=
  maxScoreOf({ ...DEFAULT_SETTINGS.weights, ...settings.weights });

/** Valid settings for live-workbook properties: the score threshold (given or the default 3) stays within the sum of the weights. */
export const arbLiveSettings: fc.Arbitrary<Settings> = fc
  .record(
    {
      revenueThreshold: arbRevenueThreshold(1_500_000),
      scoreThreshold: fc.constantFrom(0.5, 1, 2, 2.5, 3, 4),
      weights: fc.record(
        {
          marge: fc.constantFrom(0, 0.5, 1, 2),
          snelheid: fc.constantFrom(1, 2),
          netwerk: fc.constantFrom(0.5, 1),
        },
        { requiredKeys: [] },
      ),
      topN: fc.integer({ min: 1, max: 30 }),
    },
    { requiredKeys: [] },
  )
  .filter(scoreWithinWeights);
