/**
 * The legal forms a company name may carry before or after its name, as words of letters only (B.V. is
 * "bv", Comm.V. "commv"): Belgian and Dutch, French, English and German ones, and "& Co".
 */
export const LEGAL_FORMS: readonly string[] = [
  "bv",
  "nv",
  "bvba",
  "ebvba",
  "cv",
  "cva",
  "cvba",
  "cvoa",
  "vof",
  "commv",
  "commva",
  "gcv",
  "vzw",
  "ivzw",
  "io",
  "srl",
  "sprl",
  "sa",
  "scrl",
  "sc",
  "scs",
  "sca",
  "snc",
  "asbl",
  "sarl",
  "sas",
  "cie",
  "ltd",
  "limited",
  "plc",
  "llc",
  "llp",
  "inc",
  "corp",
  "co",
  "gmbh",
  "ag",
  "kg",
];

const LEGAL = new Set(LEGAL_FORMS);

/** The longest legal form, so longer words are never looked up. */
const LONGEST = Math.max(...LEGAL_FORMS.map((form) => form.length));

/** What a character is in a name's key: a letter or digit (its folded code), a joiner (dropped) or a separator. */
const JOINER = -1;
const SEPARATOR = -2;

/** Characters dropped inside a word, so "B.V." is "bv", "O'Neill" "oneill" and "Van-Dam" "vandam". */
const JOINERS = new Set([".", "'", "’", "‘", "-", "‐", "`", "´"].map((c) => c.charCodeAt(0)));

/** The folded code of every character up to U+02FF: lower case without accents ("É" → "e"), or JOINER or SEPARATOR. */
const FOLD = new Int32Array(0x300).map((_, code) => classify(code));

function classify(code: number): number {
  if (JOINERS.has(code)) return JOINER;
  const ch = String.fromCharCode(code);
  if (!/[\p{L}\p{N}]/u.test(ch)) return SEPARATOR;
  const base = ch
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return base.length === 1 ? base.charCodeAt(0) : ch.toLowerCase().charCodeAt(0);
}

/** FNV-1a's start and step, for hashing folded codes without building strings. */
const FNV_START = 0x811c9dc5;
const fnv = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

/** A bit per low 16 bits of each legal form's hash, so most words are told apart before they are ever built as a string. */
const LEGAL_BITS = new Uint32Array(1 << 11);
for (const form of LEGAL_FORMS) {
  const h = [...form].reduce((hash, ch) => fnv(hash, ch.charCodeAt(0)), FNV_START);
  LEGAL_BITS[(h >>> 5) & 0x7ff] |= 1 << (h & 31);
}

/** The folded code of a character of a name, or JOINER or SEPARATOR. */
function foldAt(name: string, i: number): number {
  const code = name.charCodeAt(i);
  return code < 0x300 ? FOLD[code] : foldOther(name, i, code);
}

/** The final sigma, which a whole word's toLowerCase gives where a single letter's gives σ. */
const FINAL_SIGMA = 0x3c2;

/** The folded code of a character from U+0300 on: surrogates kept, letters and digits lower case, the rest separators. */
function foldOther(name: string, i: number, code: number): number {
  if (JOINERS.has(code)) return JOINER;
  if (code >= 0xd800 && code <= 0xdfff) return code;
  if (code === FINAL_SIGMA) return FINAL_SIGMA + 1;
  const ch = name[i];
  return /[\p{L}\p{N}]/u.test(ch) ? ch.toLowerCase().charCodeAt(0) : SEPARATOR;
}

/** The folded letters and digits of name[from, to). */
function folded(name: string, from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i++) {
    const code = foldAt(name, i);
    if (code >= 0) text += String.fromCharCode(code);
  }
  return text;
}

/** True when the word name[from, to), with this many letters and digits hashing to `hash`, is a legal form. */
const isLegalForm = (name: string, from: number, to: number, found: number, hash: number): boolean =>
  found <= LONGEST &&
  (LEGAL_BITS[(hash >>> 5) & 0x7ff] & (1 << (hash & 31))) !== 0 &&
  LEGAL.has(folded(name, from, to));

/** Where the key of the name scanned last starts and ends in it. */
let keyFrom = 0;
let keyTo = 0;

/**
 * Scans a name once: its words are runs of letters, digits and joiners holding a letter or digit; its
 * key runs from the first word that is no legal form to the last one (the first word when every one is
 * a legal form). Sets keyFrom and keyTo and returns the FNV-1a hash of the key's folded letters and
 * digits, or null when the name has none. Only a name that starts with a legal form ("NV Peeters")
 * hashes its key in a second pass.
 */
function scan(name: string): number | null {
  let h = FNV_START;
  let words = 0;
  let wordStart = -1;
  let wordHash = FNV_START;
  let found = 0;
  let firstEnd = 0;
  let firstHash = 0;
  let firstLegal = false;
  let keptFrom = -1;
  let keptTo = -1;
  let keptHash = 0;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    const code = c < 0x300 ? FOLD[c] : foldOther(name, i, c);
    if (code !== SEPARATOR) {
      if (wordStart < 0) wordStart = i;
      if (code >= 0) {
        found++;
        h = fnv(h, code);
        wordHash = fnv(wordHash, code);
      }
      continue;
    }
    if (wordStart >= 0 && found > 0) {
      const legal = isLegalForm(name, wordStart, i, found, wordHash);
      if (words === 0) {
        keyFrom = wordStart;
        firstEnd = i;
        firstHash = h;
        firstLegal = legal;
      }
      if (!legal) {
        if (keptFrom < 0) keptFrom = wordStart;
        keptTo = i;
        keptHash = h;
      }
      words++;
    }
    wordStart = -1;
    wordHash = FNV_START;
    found = 0;
  }
  if (words === 0) return null;
  if (keptFrom < 0) {
    keyTo = firstEnd;
    return firstHash;
  }
  keyTo = keptTo;
  if (!firstLegal) return keptHash;
  keyFrom = keptFrom;
  let key = FNV_START;
  for (let i = keyFrom; i < keyTo; i++) {
    const code = foldAt(name, i);
    if (code >= 0) key = fnv(key, code);
  }
  return key;
}

/**
 * A name as near-duplicates share it: lower case, without accents, punctuation, spaces and legal forms,
 * so "Bakker BV", "Bakker B.V." and "BAKKER" all give "bakker", and "Électro-Service SA" "electroservice".
 * Empty when the name has no letter or digit.
 */
export function nameKey(name: string): string {
  return scan(name) === null ? "" : folded(name, keyFrom, keyTo);
}

/** FNV-1a over nameKey(name), computed without building the key; null when the key is empty (no letter or digit). */
export function nameKeyHash(name: string): number | null {
  return scan(name);
}
