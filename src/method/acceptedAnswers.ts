import { NO_WORDS, YES_WORDS } from "./answers";
import type { Language } from "./types";

const BOOLEAN_WORDS = new Set(["true", "false", "waar", "onwaar"]);

const show = (word: string): string =>
  word.length <= 1 || BOOLEAN_WORDS.has(word) ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1);

/** The accepted answers as a sentence for messages: which words mean yes, which mean no. */
export function acceptedAnswers(language: Language): string {
  const yes = YES_WORDS.map(show).join(", ");
  const no = NO_WORDS.map(show).join(", ");
  return language === "nl"
    ? `${yes} (ja) of ${no} (nee); hoofdletters en spaties eromheen maken niet uit, leeg telt als Nee`
    : `${yes} (yes) or ${no} (no); case and surrounding spaces do not matter, empty counts as No`;
}
