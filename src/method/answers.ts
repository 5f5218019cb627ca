import { normalizeWord } from "./normalize";
import type { Cell } from "./types";

/** The words that count as "Ja", lower case; the workbook's formulas use the same list. */
export const YES_WORDS: readonly string[] = ["ja", "j", "yes", "y", "x", "✓", "✔", "1", "true", "waar"];

/** The words that count as "Nee", lower case. */
export const NO_WORDS: readonly string[] = ["nee", "n", "no", "0", "false", "onwaar"];

const spellings = (word: string): string[] => [
  word,
  word.toUpperCase(),
  word[0].toUpperCase() + word.slice(1),
];

const ANSWERS = new Map<string, boolean>([
  ...YES_WORDS.flatMap((w) => spellings(w).map((s) => [s, true] as const)),
  ...NO_WORDS.flatMap((w) => spellings(w).map((s) => [s, false] as const)),
]);

/** How an answer cell reads: yes, no, empty (counts as no) or invalid. */
export type AnswerReading = "yes" | "no" | "empty" | "invalid";

/** Reads an answer cell: Ja/Nee and their accepted spellings, booleans, 1 and 0. */
export function readAnswer(cell: Cell): AnswerReading {
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  if (typeof cell === "number") return cell === 1 ? "yes" : cell === 0 ? "no" : "invalid";
  const exact = ANSWERS.get(cell);
  if (exact !== undefined) return exact ? "yes" : "no";
  const word = normalizeWord(cell);
  if (word === "") return "empty";
  const answer = ANSWERS.get(word);
  return answer === undefined ? "invalid" : answer ? "yes" : "no";
}
