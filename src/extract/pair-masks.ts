/**
 * Bit masks by the pair of UTF-16 units a name opens with (issue 12: scan once, no per-position
 * allocation). The gazetteer scans (places.ts `findGazetteerNames`, the tagger's place feature in
 * nlp/ner.ts) ask at nearly every offset of an article which lengths of names start with the two
 * units there. A `Map` keyed by `first × 65536 + second` answers that, but the key of two Han
 * units is above V8's small-integer range (2^30), so every lookup hashes a boxed number; here the
 * pair is one int32 in an Int32Array probed by a murmur3 finalizer: no boxing, no allocation.
 */

/** U+FFFF U+FFFF (two noncharacters, in no name) as an int32: marks an empty slot. */
const EMPTY = -1;

/** The slot of int32 key `a` in a table of `mask + 1` slots (murmur3's finalizer). */
function slotOf(a: number, mask: number): number {
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  return a & mask;
}

/** A fixed table from a pair of UTF-16 units to a non-zero int32 (a bit mask); 0 for a pair it lacks. */
export class PairMasks {
  /** Slot k is `slots[2k]` (the pair as an int32, EMPTY when free) and `slots[2k + 1]` (its mask). */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /**
   * `masks`: pair key (`first × 65536 + second`, as `PairMasks.key` makes it) → mask. Pairs whose
   * mask is 0 are left out (they read 0 all the same); the pair U+FFFF U+FFFF cannot be stored.
   * At most half the slots are used.
   */
  constructor(masks: ReadonlyMap<number, number>) {
    let size = 16;
    while (size < 2 * masks.size) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size).fill(EMPTY);
    // (forEach: no [key, value] array per entry, as for…of over a Map makes)
    masks.forEach((m, key) => {
      const pair = key | 0;
      if (m === 0 || pair === EMPTY) return;
      let slot = slotOf(pair, this.mask);
      while (this.slots[2 * slot] !== EMPTY && this.slots[2 * slot] !== pair) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = pair;
      this.slots[2 * slot + 1] = m;
    });
  }

  /** The key of the units `c0`, `c1` in the map handed to the constructor. */
  static key(c0: number, c1: number): number {
    return c0 * 0x10000 + c1;
  }

  /** The mask of the pair of UTF-16 units `c0`, `c1`, or 0 when the table lacks it. */
  get(c0: number, c1: number): number {
    const pair = ((c0 << 16) | c1) | 0;
    const { slots, mask } = this;
    for (let slot = slotOf(pair, mask); ; slot = (slot + 1) & mask) {
      const k = slots[2 * slot];
      if (k === EMPTY) return 0;
      if (k === pair) return slots[2 * slot + 1];
    }
  }
}
