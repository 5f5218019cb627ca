import type { Language } from "../method";

/** Dutch unless Office's display language is English. */
export function displayLanguage(): Language {
  const tag = typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? "") : "";
  return /^en\b/i.test(tag) ? "en" : "nl";
}
