import type { Cell } from "../src/method";

/** A small deterministic random generator (mulberry32), so every run measures the same table. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ANSWERS: Cell[] = ["Ja", "Nee", "ja", "nee", "X", "", 1, 0, true, false];

/** A client table of the given size with three year columns, as Office.js would hand it over. */
export function generateTable(rows: number, seed = 1): Cell[][] {
  const next = random(seed);
  const values: Cell[][] = [
    [
      "Klant",
      "Omzet 2022",
      "Omzet 2023",
      "Omzet 2024",
      "Potentieel",
      "Marge",
      "Snelheid",
      "Innovatie",
      "Netwerk",
    ],
  ];
  for (let i = 0; i < rows; i++) {
    const pick = () => ANSWERS[Math.floor(next() * ANSWERS.length)];
    values.push([
      `Klant ${i + 1}`,
      Math.round(next() * 500_000),
      next() < 0.1 ? "" : Math.round(next() * 500_000),
      Math.round(next() * 500_000),
      next() < 0.2 ? "" : Math.round(next() * 100_000),
      pick(),
      pick(),
      pick(),
      pick(),
    ]);
  }
  return values;
}
