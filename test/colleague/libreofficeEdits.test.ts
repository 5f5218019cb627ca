import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { columnLetters } from "../../src/method/addresses";
import type { Cell, Settings } from "../../src/method/types";
import { readSettingsSheet } from "../../src/workbook/readSettingsSheet";
import { SETTINGS_READ_AREA } from "../../src/workbook/settingsSheet";
import type { ExcelDouble } from "../double";
import { recalculateAll } from "../support/libreoffice";
import { segment, workbookWith } from "../support/workbook";
import { writeXlsx } from "../support/xlsx";
import { CLIENT_NAMES, TOTAL_ROW_LABELS } from "../support/totalLabels";
import { expectedLetters, FOUR, MIXED_UNITS } from "./helpers";
import { HEADER } from "../support/snapshots";

/** My own adversarial edits, recalculated by LibreOffice: Segment of every row in LO vs double vs engine. */

interface Case {
  name: string;
  values?: Cell[][];
  settings?: Settings;
  table?: boolean;
  edit(d: ExcelDouble): void;
}

const S = "ABC-instellingen";
const CASES: Case[] = [
  {
    name: "wildcards and tilde as answers",
    edit: (d) => {
      d.edit("Klanten", "D2", "*");
      d.edit("Klanten", "E3", "?");
      d.edit("Klanten", "F4", "~");
      d.edit("Klanten", "G5", "J*");
    },
  },
  {
    name: "accepted spellings incl. booleans and numbers",
    edit: (d) => {
      d.edit("Klanten", "D2", " JA ");
      d.edit("Klanten", "E2", true);
      d.edit("Klanten", "F2", 1);
      d.edit("Klanten", "G2", "WAAR");
      d.edit("Klanten", "D3", "x");
      d.edit("Klanten", "E3", "✓");
      d.edit("Klanten", "F3", "0");
      d.edit("Klanten", "G3", false);
    },
  },
  {
    name: "odd names: #Hashtag text, a number, ' Som: ' and ' GRAND TOTAL '",
    edit: (d) => {
      d.edit("Klanten", "A2", "'#Hashtag");
      d.edit("Klanten", "A3", 12345);
      d.edit("Klanten", "A6", " Som: ");
      d.edit("Klanten", "B6", 999999);
      d.edit("Klanten", "A7", " GRAND TOTAL ");
      d.edit("Klanten", "B7", 999999);
    },
  },
  {
    name: "total rows below a Table",
    table: true,
    edit: (d) => {
      ["Subtotaal", 404000, 0].forEach((v, i) => d.edit("Klanten", `${"ABC"[i]}6`, v));
      ["Totaal:", 404000, 0].forEach((v, i) => d.edit("Klanten", `${"ABC"[i]}7`, v));
    },
  },
  {
    name: "total labels and client names that look like them, in the list and typed below it",
    values: [
      FOUR[0],
      ...FOUR.slice(1),
      ...[...TOTAL_ROW_LABELS, ...CLIENT_NAMES].map((name, i): Cell[] => [
        name,
        1000 * (i + 1),
        0,
        "Ja",
        i % 2 === 0 ? "Ja" : "Nee",
        "Ja",
        "Nee",
      ]),
    ],
    edit: (d) => {
      const below = FOUR.length + TOTAL_ROW_LABELS.length + CLIENT_NAMES.length + 1;
      ["Totaal (41 klanten)", 999999, 0].forEach((v, i) => d.edit("Klanten", `${"ABC"[i]}${below}`, v));
      ["West Totaal", 999999, 0].forEach((v, i) => d.edit("Klanten", `${"ABC"[i]}${below + 1}`, v));
      ["Total Logistics NV", 999999, 0, "Ja"].forEach((v, i) =>
        d.edit("Klanten", `${"ABCD"[i]}${below + 2}`, v),
      );
    },
  },
  {
    name: "credit notes: a negative year, an average of exactly 0, a negative average and a negative potential",
    values: [
      HEADER,
      ["Creditnota", 90000, -15000, 45000, 0, "Ja", "Ja", "Ja", "Nee"],
      ["Centen", 0.3, -0.1, -0.2, 0, "Ja", "Ja", "Ja", "Nee"],
      ["Andersom", 0.1, 0.2, -0.3, 0, "Ja", "Nee", "Ja", "Nee"],
      ["Netto nul", 1234.56, "", -1234.56, 5, "Nee", "Nee", "Nee", "Nee"],
      ["Groot", 400000, 380000, 420000, 0, "Ja", "Nee", "Nee", "Nee"],
      ["Klein", 5000, 6000, 7000, 0, "Nee", "Nee", "Ja", "Nee"],
      ["Later negatief", 100, 100, 100, 0, "Ja", "Ja", "Ja", "Ja"],
    ],
    edit: (d) => {
      d.edit("Klanten", "C6", -500000);
      d.edit("Klanten", "D7", -4000);
      d.edit("Klanten", "E7", -1);
      d.edit("Klanten", "B3", 0.30000000000000004);
      d.edit("Klanten", "C8", -500);
    },
  },
  {
    name: "revenue in k€ and potential in €, with a credit note in thousands",
    values: [
      ...MIXED_UNITS.slice(0, 3),
      ["Midden", 60, 70, 7500, "Ja", "Nee", "Nee", "Nee"],
      ["Belofte", 35.5, 45, 40000, "Ja", "Ja", "Ja", "Nee"],
    ],
    settings: { revenueThreshold: { kind: "amount", amount: 60000 } },
    edit: (d) => {
      d.edit("Klanten", "C4", -10.5);
      d.edit("Klanten", "D3", 0.1);
    },
  },
  {
    name: "weights 0.6/0.7 vs threshold 1.3",
    settings: { scoreThreshold: 1.3, weights: { marge: 0.6, snelheid: 0.7, innovatie: 0, netwerk: 0 } },
    edit: (d) => {
      d.edit("Klanten", "D5", "Ja");
      d.edit("Klanten", "E5", "Ja");
      d.edit("Klanten", "D4", "Ja");
      d.edit("Klanten", "E4", "Ja");
    },
  },
  {
    name: "cents: revenue 0.7 + potential 0.1 vs fixed amount 0.8",
    settings: { revenueThreshold: { kind: "amount", amount: 0.8 } },
    edit: (d) => {
      d.edit("Klanten", "B3", 0.7);
      d.edit("Klanten", "C3", 0.1);
    },
  },
  {
    name: "cents: three years averaged at a fixed amount",
    values: [
      ["Klant", "Omzet 2022", "Omzet 2023", "Omzet 2024", "Marge", "Snelheid", "Innovatie", "Netwerk"],
      ["Centen", 0.1, 0.2, 0.3, "Ja", "Ja", "Ja", "Nee"],
      ["Meer", 1234567.8, 1234567.98, "", "Ja", "Nee", "Ja", "Nee"],
      ["Ander", 5, 5, 5, "Nee", "Nee", "Nee", "Nee"],
    ],
    settings: { revenueThreshold: { kind: "amount", amount: 0.2 } },
    edit: (d) => {
      d.edit(S, "B8", 1234567.89);
      d.edit(S, "B8", 0.2);
    },
  },
  {
    name: "error values in name and potential, blank in revenue",
    edit: (d) => {
      d.edit("Klanten", "A2", "=NA()");
      d.edit("Klanten", "C3", "=1/0");
      d.edit("Klanten", "B4", "");
    },
  },
  {
    name: "score threshold above the sum of weights, and '2,5' as text",
    edit: (d) => {
      d.edit(S, "B15", 4.5);
      d.edit(S, "B16", "2,5");
    },
  },
  {
    name: "top % with 50 and top N 3 and a new client below",
    edit: (d) => {
      d.edit(S, "B6", "top %");
      d.edit(S, "B7", 50);
      d.edit(S, "B10", 3);
      ["Nieuw", 70000, 5, "Ja", "", "Ja", "nee"].forEach((v, i) => d.edit("Klanten", `${"ABCDEFG"[i]}6`, v));
    },
  },
];

const ERR = /^#/;

describe("LibreOffice on my own edits", () => {
  const results: Array<{ name: string; problems: unknown[] }> = [];
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), "review9-"));
    const prepared: Array<{
      c: Case;
      file: string;
      width: number;
      rows: number;
      double: Record<string, Cell>;
      engine: Record<number, Cell>;
      ours: string[];
    }> = [];
    for (const [i, c] of CASES.entries()) {
      const values = c.values ?? FOUR;
      const width = values[0].length;
      const double = workbookWith(values, {
        tables: c.table
          ? [{ sheet: "Klanten", name: "Lijst", address: `A1:${columnLetters(width - 1)}${values.length}` }]
          : [],
      });
      const outcome = await segment(c.settings);
      if (!outcome.written) throw new Error(`${c.name}: not written`);
      c.edit(double);
      const rows = values.length + 3;
      const inputs = double.values("Klanten", `A1:${columnLetters(width - 1)}${rows}`) as Cell[][];
      const sheet = readSettingsSheet(double.values(S, SETTINGS_READ_AREA) as Cell[][], "nl");
      const engine = expectedLetters(inputs, { ...sheet.settings, language: "nl" });
      const segCol = columnLetters(width + 2);
      const shown: Record<string, Cell> = {};
      for (let r = 2; r <= rows; r++) shown[`${segCol}${r}`] = double.read("Klanten", `${segCol}${r}`).value;
      const ours: string[] = [];
      for (const s of double.model.sheets)
        for (const [key, cell] of s.cells) {
          const col = key % 16384;
          if (cell.formula !== undefined && (s.name === S || col >= width))
            ours.push(`${s.name}!${columnLetters(col)}${Math.floor(key / 16384) + 1}`);
        }
      const file = join(dir, `c${i}.xlsx`);
      await writeXlsx(double.model, file);
      prepared.push({ c, file, width, rows, double: shown, engine, ours });
      double.uninstall();
    }
    const { books } = await recalculateAll(prepared.map((p) => p.file));
    prepared.forEach((p, i) => {
      const book = books[i];
      const problems: unknown[] = [];
      for (const [cell, d] of Object.entries(p.double)) {
        const row = Number(cell.replace(/^[A-Z]+/, ""));
        const lo = book.get("Klanten")?.get(cell)?.value ?? "";
        const engine = p.engine[row] ?? "";
        if (lo !== d || d !== engine) problems.push({ cell, libreoffice: lo, double: d, engine });
      }
      for (const address of p.ours) {
        const [sheet, cell] = address.split("!");
        const v = book.get(sheet)?.get(cell);
        if (v?.error || (typeof v?.value === "string" && ERR.test(v.value)))
          problems.push({ errorValue: address, value: v.value, formula: v.formula });
      }
      results.push({ name: p.c.name, problems });
    });
    await rm(dir, { recursive: true, force: true });
  }, 10 * 60_000);

  it.each(CASES.map((c) => c.name))("%s: LibreOffice, double and engine agree; no error values", (name) => {
    expect(results.find((r) => r.name === name)?.problems).toEqual([]);
  });
});
