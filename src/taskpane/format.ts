import type { Language } from "../method";

const LOCALES: Readonly<Record<Language, string>> = { nl: "nl-BE", en: "en" };

/** The time of day in hours and minutes on the local clock (14:05); numbers are shown by the method's rules (shownAmount …). */
export function formatTime(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(moment);
}
