/** Width classes of characters in em, on the generous side of Calibri and DejaVu Sans (Excel's and the preview's fonts). */
const CLASSES: ReadonlyArray<[RegExp, number]> = [
  [/[ .,:;'|!iIjl·]/, 0.32],
  [/[ftr()[\]{}\-/"`]/, 0.42],
  [/[0-9$*+<=>?^_~]/, 0.64],
  [/[mwMW@%&Æ]/, 0.98],
  [/[A-Z]/, 0.74],
  [/[a-z]/, 0.6],
];

/** Anything else (accented and other scripts' letters, symbols) counts as an upper-case letter. */
const OTHER = 0.74;

/** CJK ideographs, full-width forms and emoji are drawn a full em wide or wider. */
const WIDE = { from: 0x2e80, width: 1.15 } as const;

/** The width, in points, of a text in a sans-serif font of `size` points (an upper bound, not a measurement). */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text.normalize("NFC")) {
    if (ch.codePointAt(0)! >= WIDE.from) {
      em += WIDE.width;
      continue;
    }
    const hit = CLASSES.find(([pattern]) => pattern.test(ch));
    em += hit ? hit[1] : OTHER;
  }
  return em * size;
}

/** The height, in points, of one line of text in a font of `size` points. */
export function lineHeight(size: number): number {
  return size * 1.25;
}
