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
 * The positions of items whose name repeats an earlier one (ignoring case), each with the position of its first
 * occurrence. A 2 MB bit filter over name hashes finds the few names that might repeat; only those go
 * into a small hash table keyed by the full hash, where names are compared, which at a million names is
 * several times faster than putting every name in a Map.
 */
export function repeatedNames(
  items: ReadonlyArray<{ readonly name: string }>,
): Array<[repeat: number, first: number]> {
  const hashes = new Int32Array(items.length);
  const seen = new Uint32Array(FILTER_BITS / 32);
  const suspect = new Uint32Array(FILTER_BITS / 32);
  let suspects = 0;
  for (let i = 0; i < items.length; i++) {
    const h = foldedHash(items[i].name);
    hashes[i] = h;
    const bit = h & (FILTER_BITS - 1);
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if ((seen[word] & mask) !== 0) {
      suspect[word] |= mask;
      suspects++;
    } else seen[word] |= mask;
  }
  const repeats: Array<[number, number]> = [];
  if (suspects === 0) return repeats;
  let size = 16;
  while (size < suspects * 8) size *= 2;
  const mask = size - 1;
  const slotHash = new Int32Array(size);
  const slotItem = new Int32Array(size).fill(-1);
  for (let i = 0; i < items.length; i++) {
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
      if (slotHash[slot] === h && sameName(items[earlier].name, items[i].name)) {
        repeats.push([i, earlier]);
        break;
      }
    }
  }
  return repeats;
}

const sameName = (a: string, b: string): boolean =>
  a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());
