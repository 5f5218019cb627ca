import { nameKey, nameKeyHash } from "./legalForms";

/**
 * FNV-1a over the name's code units, ASCII folded with `| 32` (A–Z to a–z, and a few signs onto others:
 * harmless, the hash only filters) and other letters through toLowerCase, so "ACME" and "acme" hash alike.
 */
function foldedHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    h = Math.imul(h ^ (c < 128 ? c | 32 : name[i].toLowerCase().charCodeAt(0)), 0x01000193);
  }
  return h;
}

const FILTER_BITS = 1 << 24;

/**
 * The positions whose key repeats an earlier one, each with the position of the key's first occurrence;
 * `hashes` holds each key's hash, `same` compares two keys. A 2 MB bit filter over the hashes finds the few keys that might repeat; only those go into a
 * small hash table keyed by the full hash, where keys are compared, which at a million names is several
 * times faster than putting every key in a Map.
 */
function repeats(
  hashes: Int32Array,
  same: (earlier: number, later: number) => boolean,
): Array<[repeat: number, first: number]> {
  const seen = new Uint32Array(FILTER_BITS / 32);
  const suspect = new Uint32Array(FILTER_BITS / 32);
  let suspects = 0;
  for (let i = 0; i < hashes.length; i++) {
    const bit = hashes[i] & (FILTER_BITS - 1);
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if ((seen[word] & mask) !== 0) {
      suspect[word] |= mask;
      suspects++;
    } else seen[word] |= mask;
  }
  const found: Array<[number, number]> = [];
  if (suspects === 0) return found;
  let size = 16;
  while (size < suspects * 8) size *= 2;
  const mask = size - 1;
  const slotHash = new Int32Array(size);
  const slotItem = new Int32Array(size).fill(-1);
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i];
    const bit = h & (FILTER_BITS - 1);
    if ((suspect[bit >>> 5] & (1 << (bit & 31))) === 0) continue;
    for (let slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      const earlier = slotItem[slot];
      if (earlier < 0) {
        slotItem[slot] = i;
        slotHash[slot] = h;
        break;
      }
      if (slotHash[slot] === h && same(earlier, i)) {
        found.push([i, earlier]);
        break;
      }
    }
  }
  return found;
}

const sameName = (a: string, b: string): boolean =>
  a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());

/**
 * The names that repeat an earlier one: `duplicates` exactly (ignoring case), `similar` apart from
 * case, accents, punctuation, spaces and legal forms ("Bakker B.V." after "Bakker BV"), each with the
 * position of the earliest name it repeats (for a similar one, the first name of its kind); a
 * duplicate is never also similar. One hash per name: names the same apart from case share their key
 * (nameKey), so the duplicates are found among the names of one key; a name without a letter or digit
 * has no key and is keyed by its own text.
 */
export function nameRepeats(items: ReadonlyArray<{ readonly name: string }>): {
  duplicates: Array<[repeat: number, first: number]>;
  similar: Array<[repeat: number, first: number]>;
} {
  const hashes = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const name = items[i].name;
    hashes[i] = nameKeyHash(name) ?? foldedHash(name);
  }
  const keys = new Map<number, string>();
  const keyOf = (i: number): string => {
    let key = keys.get(i);
    if (key === undefined) {
      const name = items[i].name;
      key = nameKey(name) || `\u0000${name.toLowerCase()}`;
      keys.set(i, key);
    }
    return key;
  };
  const duplicates: Array<[number, number]> = [];
  const similar: Array<[number, number]> = [];
  // Per key (by its first name): the first name of each spelling seen, to find the exact repeats.
  const spellings = new Map<number, number[]>();
  const pairs = repeats(hashes, (a, b) => keyOf(a) === keyOf(b));
  for (const [repeat, first] of pairs) {
    let seen = spellings.get(first);
    if (!seen) spellings.set(first, (seen = [first]));
    const same = seen.find((earlier) => sameName(items[earlier].name, items[repeat].name));
    if (same !== undefined) duplicates.push([repeat, same]);
    else {
      similar.push([repeat, first]);
      seen.push(repeat);
    }
  }
  return { duplicates, similar };
}
