import { getColorFromString, getContrastRatio } from "@fluentui/react";

/** WCAG 2 contrast ratio of two #RRGGBB colours (1 to 21), by Fluent's own colour utilities. */
export function contrastRatio(a: string, b: string): number {
  const first = getColorFromString(a);
  const second = getColorFromString(b);
  if (!first || !second) throw new Error(`Not a colour: ${first ? b : a}`);
  return getContrastRatio(first, second);
}

/** Whether a text is a #RRGGBB colour. */
export function isHexColor(text: unknown): text is string {
  return typeof text === "string" && /^#[0-9a-f]{6}$/i.test(text);
}

/** The #rrggbb colour `share` (0–1) of the way from `from` to `to`, channel by channel. */
export function mix(from: string, to: string, share: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) => Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * share))
    .map((value) => value.toString(16).padStart(2, "0"))
    .join("")}`;
}

/** Whether white text reads better than black on this background (WCAG relative luminance below 0.179). */
export function isDarkBackground(background: string): boolean {
  return contrastRatio("#ffffff", background) > contrastRatio("#000000", background);
}

/** Text colours below 4.5:1 (WCAG AA for normal text) are not readable. */
export const AA_TEXT = 4.5;

/**
 * `color` itself when it reaches `ratio` on every surface, else the first step (of 5 %) towards
 * `extreme` (white on dark surfaces, black on light ones) that does; the extreme itself at worst.
 */
export function readableOn(
  color: string,
  surfaces: readonly string[],
  extreme: string,
  ratio = AA_TEXT,
): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(color, extreme, step / 20);
    if (surfaces.every((surface) => contrastRatio(candidate, surface) >= ratio)) return candidate;
  }
  return extreme;
}
