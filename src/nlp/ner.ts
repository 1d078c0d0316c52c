/**
 * A character-level named-entity tagger: each character gets one of `NER_LABELS` (BIO for person,
 * place, organization) from an averaged-perceptron linear model over features of the character's
 * neighbourhood and of the jieba tagging the caller already has (one tagging per article, issue 12),
 * decoded with first-order Viterbi. Linear in the text length.
 *
 * The weights (data/ner/model.bin.gz) are fitted by `npm run train:ner` (scripts/train-ner.mjs) on
 * the train/dev splits of public NER corpora only (People's Daily 1998 `example.dev`, MSRA's train
 * set as far as the mirror has it, CLUENER2020 `train.json`; sentences also in a test split are left
 * out); data/LICENSES.md records the sources.
 * The model is read on first use, once per process or worker. Features are looked up by hash, no
 * feature string is built per character (issue 12).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { COMPILED_DIR, readCompiled, writeCompiled, type Compiled } from './compiled.js';
import { givenCharCount, isTransliteration } from '../data/world-sets.js';
import { worldPlaceNames } from '../data/world-sets.js';
import { COMPOUND_SURNAMES, SURNAMES } from '../extract/lexicon.js';
import { gazetteerNames, gazetteerStems } from '../extract/places.js';
import { PairMasks } from '../extract/pair-masks.js';
import { HMM_EMIT } from '../data/hmm.js';

/**
 * The name states of jieba's part-of-speech HMM (src/data/hmm.ts) each character is emitted by, by
 * UTF-16 unit: the entries of unit c are `entries[start[c] .. start[c + 1])`, each the state's
 * index in `states` × 65536 + the digit's UTF-16 unit, in the order of the states and of their
 * pairs. Built once, on first use, without a string per pair.
 */
let hmmTable: { states: string[]; start: Int32Array; entries: Int32Array } | null = null;
function hmmIndex(): { states: string[]; start: Int32Array; entries: Int32Array } {
  if (!hmmTable) {
    const states = Object.keys(HMM_EMIT);
    const start = new Int32Array(0x10001);
    for (const state of states) {
      const pairs = HMM_EMIT[state];
      for (let k = 0; k + 1 < pairs.length; k += 2) start[pairs.charCodeAt(k) + 1]++;
    }
    for (let c = 0; c < 0x10000; c++) start[c + 1] += start[c];
    const at = start.slice(0, 0x10000);
    const entries = new Int32Array(start[0x10000]);
    states.forEach((state, si) => {
      const pairs = HMM_EMIT[state];
      for (let k = 0; k + 1 < pairs.length; k += 2) entries[at[pairs.charCodeAt(k)]++] = si * 0x10000 + pairs.charCodeAt(k + 1);
    });
    hmmTable = { states, start, entries };
  }
  return hmmTable;
}

/**
 * The HMM features of a character: `h` + state + digit for each name state of jieba's
 * part-of-speech HMM that emits it (src/data/hmm.ts), e.g. hB-nr2.
 */
function hmmFeatures(c: string): readonly string[] {
  if (c.length !== 1) return [];
  const { states, start, entries } = hmmIndex();
  const code = c.charCodeAt(0);
  const out: string[] = [];
  for (let k = start[code]; k < start[code + 1]; k++) out.push(`h${states[Math.floor(entries[k] / 0x10000)]}${String.fromCharCode(entries[k] % 0x10000)}`);
  return out;
}

/** The hashes (featureHash pairs, flattened) of hmmFeatures(c), by UTF-16 unit; built on first use. */
const hmmHashes = new Map<number, Int32Array>();
function hmmFeatureHashes(code: number): Int32Array {
  let h = hmmHashes.get(code);
  if (!h) {
    const fs = hmmFeatures(String.fromCharCode(code));
    h = new Int32Array(fs.length * 2);
    fs.forEach((f, k) => {
      hashString(f);
      h![2 * k] = h1;
      h![2 * k + 1] = h2;
    });
    hmmHashes.set(code, h);
  }
  return h;
}

/** Longest place name looked up at each offset for the gazetteer feature. */
const MAX_PLACE_FEATURE = 8;

/** Place-lexicon codes of a position: none, or its position in a 2-character / longer name. */
const PLACE_CODES = ['', 'Bs', 'Es', 'BL', 'ML', 'EL'] as const;

/** Bits of a set's lengths in a PlaceLexicon mask: set s (world, divisions, stems) holds bits s × PLACE_MASK_BITS + length. */
const PLACE_MASK_BITS = 9;
/** The lengths bits of one set in a mask (bits 2 … MAX_PLACE_FEATURE). */
const PLACE_LENGTHS = (1 << PLACE_MASK_BITS) - 1;

let placeLexicon: { sets: ReadonlySet<string>[]; masks: PairMasks; first: Uint8Array; second: Uint8Array } | null = null;
/**
 * The place names the gazetteer feature knows (gazetteer divisions with or without their level,
 * countries, world cities, rivers, mountains: gazetteerNames, gazetteerStems, worldPlaceNames) of
 * 2..MAX_PLACE_FEATURE characters, looked up in those sets themselves (no union is built), and for
 * each pair of first UTF-16 units a bit mask per set of the lengths of its names that start with
 * it (PLACE_MASK_BITS a set), so that a scan slices only lengths that exist and asks only the sets
 * that hold such a name. Built on first use.
 */
function placeLexiconIndex(): { sets: ReadonlySet<string>[]; masks: PairMasks; first: Uint8Array; second: Uint8Array } {
  if (!placeLexicon) {
    const sets = [worldPlaceNames(), gazetteerNames(), gazetteerStems()];
    const lengths = new Map<number, number>();
    // UTF-16 units that are the first (second) of such a name: 1, else 0 (a test before the table)
    const first = new Uint8Array(0x10000);
    const second = new Uint8Array(0x10000);
    sets.forEach((set, s) => {
      for (const n of set) {
        if (n.length < 2 || n.length > MAX_PLACE_FEATURE) continue;
        const k = PairMasks.key(n.charCodeAt(0), n.charCodeAt(1));
        lengths.set(k, (lengths.get(k) ?? 0) | (1 << (s * PLACE_MASK_BITS + n.length)));
        first[n.charCodeAt(0)] = 1;
        second[n.charCodeAt(1)] = 1;
      }
    });
    placeLexicon = { sets, masks: new PairMasks(lengths), first, second };
  }
  return placeLexicon;
}

/**
 * For each offset of `text`, the position in the longest known place name covering it (index into
 * PLACE_CODES: B, M, E with `L` for names of 3+ characters, `s` for two), or 0 when none
 * (placeLexiconIndex). Leftmost-longest.
 */
function placeLexiconPositions(text: string): Uint8Array {
  const n = text.length;
  const out = new Uint8Array(n);
  const { sets, masks, first, second } = placeLexiconIndex();
  const [world, divisions, stems] = sets;
  let i = 0;
  while (i + 1 < n) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const mask = first[c0] && second[c1] ? masks.get(c0, c1) : 0;
    let len = 0;
    if (mask !== 0) {
      const any = (mask | (mask >>> PLACE_MASK_BITS) | (mask >>> (2 * PLACE_MASK_BITS))) & PLACE_LENGTHS;
      for (let l = Math.min(MAX_PLACE_FEATURE, n - i); l >= 2; l--) {
        if (!(any & (1 << l))) continue;
        const name = text.slice(i, i + l);
        // a set is asked only when it holds a name of this length opening with this pair
        if (
          (mask & (1 << l) && world.has(name)) ||
          (mask & (1 << (PLACE_MASK_BITS + l)) && divisions.has(name)) ||
          (mask & (1 << (2 * PLACE_MASK_BITS + l)) && stems.has(name))
        ) {
          len = l;
          break;
        }
      }
    }
    if (!len) {
      i++;
      continue;
    }
    if (len === 2) {
      out[i] = 1;
      out[i + 1] = 2;
    } else {
      out[i] = 3;
      for (let k = 1; k < len - 1; k++) out[i + k] = 4;
      out[i + len - 1] = 5;
    }
    i += len;
  }
  return out;
}

/** A word of the tagging with its offsets in the text (UTF-16 units). */
export interface NerToken {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** The labels, in the order of the model's weight vectors. */
export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
const L = NER_LABELS.length;
/** lineEmissions sums the seven labels' scores in seven variables: a compile error here when the labels change. */
const _sevenLabels: 7 = NER_LABELS.length;

/** An entity span found by the tagger. */
export interface NerSpan {
  kind: 'per' | 'loc' | 'org';
  start: number;
  end: number;
  text: string;
}

/** Characters that end place names (省, 河 …) and organization names (局, 委 …), used as feature classes. */
const PLACE_END = new Set([...'省市县区镇乡村州河江山湖海岛洲国路街湾峰港']);
const ORG_END = new Set([...'局委会部院厅所校社团队厂行司处办署庭军']);

/** A class of a character for features: surname, given-name frequency bucket, transliteration, place/organization end, digit, Latin. */
const classCache = new Map<string, string>();
function charClass(c: string): string {
  let k = classCache.get(c);
  if (k === undefined) {
    k = computeClass(c);
    classCache.set(c, k);
  }
  return k;
}
function computeClass(c: string): string {
  if (!c) return '#';
  if (/\p{Script=Han}/u.test(c)) {
    let k = '';
    if (SURNAMES.has(c)) k += 's';
    const g = givenCharCount(c);
    k += g >= 40 ? 'G' : g >= 10 ? 'g' : g >= 3 ? 'h' : '-';
    if (isTransliteration(c)) k += 't';
    if (PLACE_END.has(c)) k += 'p';
    if (ORG_END.has(c)) k += 'o';
    return k;
  }
  if (/[0-9０-９]/u.test(c)) return 'D';
  if (/[A-Za-zＡ-Ｚａ-ｚ]/u.test(c)) return 'A';
  return 'P';
}

/** What the features of each position of a line read from the line and its tagging. */
interface LineContext {
  n: number;
  cls: string[];
  tagAt: string[];
  posAt: string[];
  wordAt: string[];
  prevTag: string[];
  nextTag: string[];
  place: Uint8Array;
}

/** The per-position context of `text` (one line) and `tokens` (its tagging, in order). */
function lineContext(text: string, tokens: readonly NerToken[]): LineContext {
  const n = text.length;
  const cls: string[] = new Array(n);
  for (let i = 0; i < n; i++) cls[i] = charClass(text[i]);
  const tagAt: string[] = new Array(n).fill('x');
  const posAt: string[] = new Array(n).fill('S');
  const wordAt: string[] = new Array(n).fill('');
  const prevTag: string[] = new Array(n).fill('^');
  const nextTag: string[] = new Array(n).fill('$');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const pt = k > 0 && tokens[k - 1].end === t.start ? tokens[k - 1].tag : '^';
    const nt = k + 1 < tokens.length && tokens[k + 1].start === t.end ? tokens[k + 1].tag : '$';
    for (let i = t.start; i < t.end && i < n; i++) {
      tagAt[i] = t.tag;
      posAt[i] = t.end - t.start === 1 ? 'S' : i === t.start ? 'B' : i === t.end - 1 ? 'E' : 'M';
      wordAt[i] = t.word.length <= 4 ? t.word : '';
      prevTag[i] = pt;
      nextTag[i] = nt;
    }
  }
  return { n, cls, tagAt, posAt, wordAt, prevTag, nextTag, place: placeLexiconPositions(text) };
}

/**
 * The feature strings of every character of `text` (the text's UTF-16 units; characters outside
 * the BMP are two positions, as in the tagging's offsets). `tokens` cover the text in order.
 * With `each`, every position's features are handed to it instead of kept (the result is then
 * empty), so that memory does not grow with the features of a whole long line.
 * This is the definition of the features (training reads it); `findNerSpans` computes the same
 * features as hashes without building the strings (`lineEmissions`).
 */
export function nerFeatures(
  text: string,
  tokens: readonly NerToken[],
  each?: (i: number, features: string[]) => void,
): string[][] {
  const { n, cls, tagAt, posAt, wordAt, prevTag, nextTag, place } = lineContext(text, tokens);
  const ch = (i: number) => (i < 0 ? '^' : i >= n ? '$' : text[i]);
  const cl = (i: number) => (i < 0 || i >= n ? '#' : cls[i]);
  const out: string[][] = each ? [] : new Array<string[]>(n);
  for (let i = 0; i < n; i++) {
    const c0 = ch(i);
    const cm1 = ch(i - 1);
    const cp1 = ch(i + 1);
    const f = [
      'b',
      'u0' + c0,
      'u-' + cm1,
      'u+' + cp1,
      'u--' + ch(i - 2),
      'u++' + ch(i + 2),
      'b-' + cm1 + c0,
      'b+' + c0 + cp1,
      'b--' + ch(i - 2) + cm1,
      'b++' + cp1 + ch(i + 2),
      'j' + tagAt[i] + posAt[i],
      'jp' + prevTag[i] + posAt[i] + tagAt[i],
      'jn' + nextTag[i] + posAt[i] + tagAt[i],
      'k' + cl(i - 1) + '|' + cls[i] + '|' + cl(i + 1),
      'k0' + cls[i] + posAt[i] + tagAt[i],
      'k-' + cl(i - 2) + '|' + cl(i - 1) + '|' + cls[i],
      'k+' + cls[i] + '|' + cl(i + 1) + '|' + cl(i + 2),
    ];
    if (wordAt[i]) f.push('w' + wordAt[i] + posAt[i]);
    if (place[i]) f.push('g' + PLACE_CODES[place[i]], 'gj' + PLACE_CODES[place[i]] + tagAt[i]);
    for (const h of hmmFeatures(c0)) f.push(h);
    const two = text.slice(i, i + 2);
    if (COMPOUND_SURNAMES.has(two)) f.push('cs');
    if (each) each(i, f);
    else out[i] = f;
  }
  return out;
}

// Feature hashing. A feature is looked up by two 32-bit hashes of its string's UTF-16 units
// (FNV-1a and a multiply-xorshift), computed unit by unit without building the string: the
// string and the hashed forms of a feature cannot disagree, and a feature absent from the model
// matches a present one only when both 32-bit hashes collide (about one lookup in 10^13 for a
// model of a million features).

/** The running hashes: hashStart() then hashUnit/hashText per piece of the feature string. */
let h1 = 0;
let h2 = 0;
function hashStart(): void {
  h1 = 0x811c9dc5 | 0;
  h2 = 0x9747b28c | 0;
}
function hashUnit(c: number): void {
  h1 = Math.imul(h1 ^ c, 16777619);
  h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  h2 ^= h2 >>> 15;
}
function hashText(s: string): void {
  for (let k = 0; k < s.length; k++) hashUnit(s.charCodeAt(k));
}
/** Sets h1, h2 to the hashes of the whole string `s`. */
function hashString(s: string): void {
  hashStart();
  hashText(s);
}
/** The table slot of a hash pair (murmur3's finalizer of h1). */
function slotOf(a: number, mask: number): number {
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  return a & mask;
}

/**
 * A model's features by hash: open addressing, linear probing. Slot k is `slots[3k .. 3k + 3)`:
 * the two hashes and the offset of the feature's weights, -1 marking an empty slot. One array, so
 * that a probe reads one place in memory, not three (the lookups are most of the tagger's time).
 */
export interface FeatureTable {
  mask: number;
  slots: Int32Array;
}

const tables = new WeakMap<NerModel, FeatureTable>();

/**
 * The size of a feature table (FeatureTable) of `count` features: the smallest power of 2 (at least
 * 16) that keeps the load factor at most 2/3, as the pair table's. The shipped model's 342,878
 * features take 524,288 slots (6 MiB); at most 1/2, as before, took 1,048,576 (12 MiB) for fewer
 * probes per lookup (linear probing's expected probes for a miss, ½(1 + 1/(1 − load)²): 4.7 at
 * 0.65 against 1.6 at 0.33), which the tagger's memo (EmissionMemo) makes rare enough not to show
 * in its time (issue 10: memory). A lookup finds the same offset at either size.
 */
function featureTableSize(count: number): number {
  let size = 16;
  while (2 * size < 3 * count) size *= 2;
  return size;
}

/** A hash table of `count` features, the k-th named `name(k)` with its weights at `offset(k)` (`featureTableSize`). */
function buildFeatureTable(count: number, name: (k: number) => string, offset: (k: number) => number): FeatureTable {
  const size = featureTableSize(count);
  const slots = new Int32Array(3 * size);
  for (let k = 0; k < size; k++) slots[3 * k + 2] = -1;
  const t: FeatureTable = { mask: size - 1, slots };
  for (let f = 0; f < count; f++) {
    hashString(name(f));
    let k = slotOf(h1, t.mask);
    while (slots[3 * k + 2] >= 0 && !(slots[3 * k] === h1 && slots[3 * k + 1] === h2)) k = (k + 1) & t.mask;
    slots[3 * k] = h1;
    slots[3 * k + 1] = h2;
    slots[3 * k + 2] = offset(f);
  }
  return t;
}

/** The hash table of `model`'s features: made when the model was read, else built from `model.index` on first use. */
function featureTable(model: NerModel): FeatureTable {
  let t = tables.get(model);
  if (!t) {
    const entries = [...model.index];
    t = buildFeatureTable(entries.length, (k) => entries[k][0], (k) => entries[k][1]);
    tables.set(model, t);
  }
  return t;
}

/**
 * A model's character-pair features (b-, b+, b--, b++ of nerFeatures) by pair, so that a pair met
 * costs one probe instead of four hashed lookups of its feature strings (issue 12): open
 * addressing, linear probing, PAIR_SLOT ints a slot: the pair (first UTF-16 unit × 65536 +
 * second, as an int32; EMPTY_PAIR in an empty slot), then the offsets of its b-, b+, b-- and b++
 * weights (-1 where the model lacks that feature). Made with the model's hash table (compiled by
 * `npm run build` for the shipped model), or from `model.index` on first use.
 */
export interface PairTable {
  mask: number;
  slots: Int32Array;
}
const PAIR_SLOT = 5;
/** The pair U+FFFF U+FFFF (two noncharacters) as an int32: marks an empty slot; no such feature is kept. */
const EMPTY_PAIR = -1;
/** The prefixes of the pair features, in the order of a slot's offsets. */
const PAIR_PREFIXES = ['b-', 'b+', 'b--', 'b++'] as const;

const pairTables = new WeakMap<NerModel, PairTable>();

/** The slot (index of its first int) of `pair` in `p`, or -1 when the model has no feature of it. */
function pairSlot(p: PairTable, pair: number): number {
  const { slots, mask } = p;
  for (let slot = slotOf(pair, mask); ; slot = (slot + 1) & mask) {
    const k = PAIR_SLOT * slot;
    const key = slots[k];
    if (key === pair) return k;
    if (key === EMPTY_PAIR) return -1;
  }
}

/**
 * The pair table (PairTable) of features named `name(k)` with their weights at `offset(k)`, for k
 * below `count`: a feature is a pair's when it is one of PAIR_PREFIXES and two UTF-16 units (told
 * apart by length: b--X is b- over -X, b--XY is b-- over XY). A load factor of at most 2/3.
 */
function buildPairTable(count: number, name: (k: number) => string, offset: (k: number) => number): PairTable {
  const byPair = new Map<number, number[]>();
  for (let k = 0; k < count; k++) {
    const f = name(k);
    if (f.charCodeAt(0) !== 0x62 || f.length < 4 || f.length > 5) continue;
    const which = PAIR_PREFIXES.indexOf(f.slice(0, f.length - 2) as (typeof PAIR_PREFIXES)[number]);
    if (which < 0) continue;
    const pair = (f.charCodeAt(f.length - 2) * 0x10000 + f.charCodeAt(f.length - 1)) | 0;
    if (pair === EMPTY_PAIR) continue;
    let offsets = byPair.get(pair);
    if (!offsets) byPair.set(pair, (offsets = [-1, -1, -1, -1]));
    offsets[which] = offset(k);
  }
  let size = 16;
  while (2 * size < 3 * byPair.size) size *= 2;
  const slots = new Int32Array(PAIR_SLOT * size).fill(-1);
  const mask = size - 1;
  for (const [pair, offsets] of byPair) {
    let slot = slotOf(pair, mask);
    while (slots[PAIR_SLOT * slot] !== EMPTY_PAIR) slot = (slot + 1) & mask;
    slots.set([pair, ...offsets], PAIR_SLOT * slot);
  }
  return { mask, slots };
}

/** The pair table of `model`: made when the model was read, else built from `model.index` on first use. */
function pairTable(model: NerModel): PairTable {
  let p = pairTables.get(model);
  if (!p) {
    const entries = [...model.index];
    p = buildPairTable(entries.length, (k) => entries[k][0], (k) => entries[k][1]);
    pairTables.set(model, p);
  }
  return p;
}

/** The offset of the weights of the feature whose hashes are the running h1, h2 in `t`, or -1 when the model lacks it. */
function lookup(t: FeatureTable): number {
  const { slots, mask } = t;
  for (let slot = slotOf(h1, mask); ; slot = (slot + 1) & mask) {
    const k = 3 * slot;
    const o = slots[k + 2];
    if (o < 0) return -1;
    if (slots[k] === h1 && slots[k + 1] === h2) return o;
  }
}

/** The offset of the feature `prefix` + `parts` joined (hashed piece by piece, no string built), or -1. */
function featureOffset(t: FeatureTable, prefix: string, ...parts: string[]): number {
  hashString(prefix);
  for (const p of parts) hashText(p);
  return lookup(t);
}

const CARET = 0x5e; // '^'
const DOLLAR = 0x24; // '$'
const HASH_CLASS = '#';
/** Position of a character in its word, as the features spell it: single, begin, middle, end. */
const POS_NAMES = ['S', 'B', 'M', 'E'] as const;
/** Ids of tags and classes below this are memoized in arrays; rarer ones (a user dictionary's own tags) are looked up each time or under a string key. */
const ID_RADIX = 128;
/** Not looked up yet (an offset is ≥ 0, or -1 for a feature the model lacks). */
const UNSET = -2;
/** Entries of the direct-mapped cache of character pairs (a power of 2). */
const PAIR_ENTRIES = 1 << 14;
/** Entries of the direct-mapped cache of word features (a power of 2). */
const WORD_ENTRIES = 1 << 14;
/** Weight vectors (of L labels) per character slot of EmissionMemo.charVec: its own features', then u-, u+, u--, u++ of it. */
const CHAR_VECS = 5;

/** The row `k` of `rows` (ID_RADIX × 4 offsets, UNSET until looked up), made on first use. */
function rowOf(rows: (Int32Array | undefined)[], k: number): Int32Array {
  let row = rows[k];
  if (!row) row = rows[k] = new Int32Array(ID_RADIX * 4).fill(UNSET);
  return row;
}

/**
 * Adds the L weights at offset `o` of the memo's model (none when o < 0: the model lacks the
 * feature) to `to[at .. at + L)`: read from its 16-bit integers through their values when it has
 * them (`packedWeights`), else from its weights.
 */
function addWeights(to: Float64Array, at: number, m: EmissionMemo, o: number): void {
  if (o < 0) return;
  const q = m.q;
  if (q) {
    const vals = m.vals;
    for (let y = 0; y < L; y++) to[at + y] += vals[q[o + y]];
  } else {
    const w = m.w;
    for (let y = 0; y < L; y++) to[at + y] += w[o + y];
  }
}

/**
 * The slot of UTF-16 unit `c` in `m.charVec` (the index of its first weight), its features looked
 * up and their weights summed when first met: the bias, u0c and the unit's HMM features (the
 * features of a position that depend on its own character alone) in one vector, then the
 * vectors of u-c, u+c, u--c and u++c.
 */
function charSlotOf(m: EmissionMemo, c: number): number {
  let slot = m.charSlot[c];
  if (slot >= 0) return slot;
  const { t } = m;
  if ((m.charCount + 1) * CHAR_VECS * L > m.charVec.length) {
    const grown = new Float64Array(m.charVec.length * 2);
    grown.set(m.charVec);
    m.charVec = grown;
  }
  slot = m.charCount++ * CHAR_VECS * L;
  const v = m.charVec;
  const u = String.fromCharCode(c);
  addWeights(v, slot, m, m.bias);
  addWeights(v, slot, m, featureOffset(t, 'u0', u));
  const hashes = hmmFeatureHashes(c);
  for (let k = 0; k < hashes.length; k += 2) {
    h1 = hashes[k];
    h2 = hashes[k + 1];
    addWeights(v, slot, m, lookup(t));
  }
  addWeights(v, slot + L, m, featureOffset(t, 'u-', u));
  addWeights(v, slot + 2 * L, m, featureOffset(t, 'u+', u));
  addWeights(v, slot + 3 * L, m, featureOffset(t, 'u--', u));
  addWeights(v, slot + 4 * L, m, featureOffset(t, 'u++', u));
  m.charSlot[c] = slot;
  return slot;
}

/**
 * What `lineEmissions` remembers of a model: the offsets of features it has looked up, keyed by
 * what each feature is made of (a character, a character pair, tag and word-position ids, class
 * ids), so that a feature met again costs an array or map read instead of hashing its string and
 * probing the model's table (most of the tagger's time, issue 12). Bounded: per UTF-16 unit, a
 * fixed-size pair cache, and maps over the few tags and character classes.
 */
interface EmissionMemo {
  t: FeatureTable;
  /** The model's weights, when it has no 16-bit integers (`q`); else empty. */
  w: Float32Array | Float64Array;
  /** The model's weights as 16-bit integers (`packedWeights`, read as unsigned), or null. */
  q: Uint16Array | null;
  /** The value of each 16-bit integer of `q` (indexed by it read as unsigned). */
  vals: Float32Array;
  /** The model's pair features by pair. */
  pairs: PairTable;
  /**
   * A direct-mapped cache of the word features (w + word + position): per entry the hashes of w +
   * the word (wordKeys, two ints) and the offsets for the positions S, B, M, E (wordOffs, four;
   * UNSET until looked up), so that a frequent word's features are not probed for in the model's
   * table at every position.
   */
  wordKeys: Int32Array;
  wordOffs: Int32Array;
  /** Offset of the bias feature `b`. */
  bias: number;
  /** Offset of `cs` (a compound surname starts here). */
  cs: number;
  /** Per UTF-16 unit, its slot in `charVec` (-1 until first met). */
  charSlot: Int32Array;
  /**
   * CHAR_VECS weight vectors per slot (charSlotOf): the sum of the bias, u0c and the unit's HMM
   * features, then u-c, u+c, u--c, u++c (zeros for a feature the model lacks). Grown as units are met.
   */
  charVec: Float64Array;
  charCount: number;
  /** Per pair cache entry: the pair (first unit × 65536 + second) and the offsets of b-, b+, b--, b++. */
  pairKey: Float64Array;
  pairOff: Int32Array;
  /** Class of each UTF-16 unit as an id (-1 until first met) and the ids' names. */
  classOfUnit: Int16Array;
  classIds: Map<string, number>;
  /** Tag name → id. */
  tagIds: Map<string, number>;
  /** (tag, position) → offset of j; (previous tag, tag, position) → jp; (next tag, tag, position) → jn; (class, tag, position) → k0 (UNSET until first met; ids below ID_RADIX). */
  j: Int32Array;
  /** Rows by previous tag, next tag or class (made when first needed), each (tag, position). */
  jp: (Int32Array | undefined)[];
  jn: (Int32Array | undefined)[];
  k0: (Int32Array | undefined)[];
  /** (class, class, class) → index in `offsets` of k, k-, k+ over those three. */
  classTriples: Map<number | string, number>;
  /** (place code, tag) → index in `offsets` of g, gj. */
  placeTag: Map<number | string, number>;
  offsets: number[];
  /** Pairs of UTF-16 units that are compound surnames (first × 65536 + second), and 1 per unit that starts one. */
  compound: Set<number>;
  compoundStart: Uint8Array;
}

/**
 * A model's feature weights as its file stores them (issue 10: memory): 16-bit integers over a
 * scale, each weight the float32 nearest to int / scale. Kept so, 2 bytes a weight (4.6 MiB for the
 * shipped model's 2,400,146, against 9.2 MiB as float32), and read through `packedValues`, the
 * same floats the file's decoding always gave, so every sum is the same to the last bit.
 */
export interface PackedWeights {
  ints: Int16Array;
  scale: number;
}

/** The 16-bit weights of a model read from a file or its compiled form, with their values (`packedValues`). */
const packedOf = new WeakMap<NerModel, { ints: Int16Array; values: Float32Array }>();

const valueTables = new Map<number, Float32Array>();

/**
 * The weight each 16-bit integer stands for under `scale`, indexed by the integer read as unsigned
 * (65,536 floats, 256 KiB, one per scale): the float32 nearest to int / scale.
 */
function packedValues(scale: number): Float32Array {
  let values = valueTables.get(scale);
  if (!values) {
    values = new Float32Array(0x10000);
    for (let u = 0; u < 0x10000; u++) values[u] = ((u << 16) >> 16) / scale;
    valueTables.set(scale, values);
  }
  return values;
}

/** No weights: the memo's unused side (`EmissionMemo.w` or `vals`). */
const EMPTY_WEIGHTS = new Float32Array(0);

const memos = new WeakMap<NerModel, EmissionMemo>();

function emissionMemo(model: NerModel): EmissionMemo {
  let m = memos.get(model);
  if (m) return m;
  const t = featureTable(model);
  const packed = packedOf.get(model);
  const compound = new Set<number>();
  const compoundStart = new Uint8Array(0x10000);
  for (const s of COMPOUND_SURNAMES) {
    if (s.length !== 2) continue;
    compound.add(s.charCodeAt(0) * 0x10000 + s.charCodeAt(1));
    compoundStart[s.charCodeAt(0)] = 1;
  }
  m = {
    t,
    w: packed ? EMPTY_WEIGHTS : model.weights,
    q: packed ? new Uint16Array(packed.ints.buffer, packed.ints.byteOffset, packed.ints.length) : null,
    vals: packed ? packed.values : EMPTY_WEIGHTS,
    pairs: pairTable(model),
    wordKeys: new Int32Array(2 * WORD_ENTRIES),
    wordOffs: new Int32Array(4 * WORD_ENTRIES).fill(UNSET),
    bias: featureOffset(t, 'b'),
    cs: featureOffset(t, 'cs'),
    charSlot: new Int32Array(0x10000).fill(-1),
    charVec: new Float64Array(256 * CHAR_VECS * L),
    charCount: 0,
    pairKey: new Float64Array(PAIR_ENTRIES).fill(-1),
    pairOff: new Int32Array(PAIR_ENTRIES * 4),
    classOfUnit: new Int16Array(0x10000).fill(-1),
    classIds: new Map([[HASH_CLASS, 0]]),
    tagIds: new Map(),
    j: new Int32Array(ID_RADIX * 4).fill(UNSET),
    jp: new Array<Int32Array | undefined>(ID_RADIX).fill(undefined),
    jn: new Array<Int32Array | undefined>(ID_RADIX).fill(undefined),
    k0: new Array<Int32Array | undefined>(ID_RADIX).fill(undefined),
    classTriples: new Map(),
    placeTag: new Map(),
    offsets: [],
    compound,
    compoundStart,
  };
  memos.set(model, m);
  return m;
}

/** The id of `name` in `ids` (a new one when first seen). */
function idOf(ids: Map<string, number>, name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = ids.size;
    ids.set(name, id);
  }
  return id;
}

/** The names of each id map's ids, by id (rebuilt when the map has grown). */
const idNames = new WeakMap<Map<string, number>, string[]>();

/** The name of id `id` in `ids` (an array read; the array is rebuilt only when `ids` has grown since). */
function nameOf(ids: Map<string, number>, id: number): string {
  let names = idNames.get(ids);
  if (!names || names.length !== ids.size) {
    names = new Array<string>(ids.size);
    for (const [name, k] of ids) names[k] = name;
    idNames.set(ids, names);
  }
  const name = names[id];
  if (name === undefined) throw new Error(`no name for id ${id}`);
  return name;
}

/** A memo key of small ids: one number when all are below ID_RADIX, else a string. */
function memoKey(a: number, b: number, c: number, d: number): number | string {
  return a < ID_RADIX && b < ID_RADIX && c < ID_RADIX ? ((a * ID_RADIX + b) * ID_RADIX + c) * 4 + d : `${a},${b},${c},${d}`;
}

/** Stores `found` (offsets just looked up) in `m.offsets` under `key` of `map`; returns their index. */
function remember(m: EmissionMemo, map: Map<number | string, number>, key: number | string, found: number[]): number {
  const at = m.offsets.length;
  m.offsets.push(...found);
  map.set(key, at);
  return at;
}


/** Appends offset `o` to `fo` at `q` when the model has the feature (o ≥ 0); returns the new count. */
function put(fo: Int32Array, q: number, o: number): number {
  if (o < 0) return q;
  fo[q] = o;
  return q + 1;
}

/** Per-line work arrays of lineEmissions, grown to the longest line (positions -2 … n + 1 are stored at +2). */
let work = {
  size: 0,
  code: new Int32Array(0),
  cls: new Int32Array(0),
  tag: new Int32Array(0),
  pos: new Uint8Array(0),
  prev: new Int32Array(0),
  next: new Int32Array(0),
  wordOff: new Int32Array(0),
  slots: new Int32Array(0),
  pairs: new Int32Array(0),
  triples: new Int32Array(0),
  features: new Int32Array(64),
};
function workArrays(n: number): typeof work {
  if (work.size < n + 4) {
    const size = Math.max(n + 4, 2 * work.size, 256);
    work = {
      size,
      code: new Int32Array(size),
      cls: new Int32Array(size),
      tag: new Int32Array(size),
      pos: new Uint8Array(size),
      prev: new Int32Array(size),
      next: new Int32Array(size),
      wordOff: new Int32Array(size),
      slots: new Int32Array(size),
      pairs: new Int32Array(4 * size),
      triples: new Int32Array(size),
      features: work.features,
    };
  }
  return work;
}

/**
 * The label scores (n × L, written to `emissions[0 .. n × L)`) of every position of `text` (one line): the
 * weights of exactly the features nerFeatures gives, added in the same order (so the same sums to
 * the last bit), found by their hashes and remembered per model (EmissionMemo). No string is built
 * per character. The line's tagging is `tokens[lineTokens[0 .. count)]`, in order, with offsets in
 * the whole text whose offset `base` the line starts at (no token is copied per line).
 */
function lineEmissions(
  model: NerModel,
  text: string,
  tokens: readonly NerToken[],
  lineTokens: Int32Array,
  count: number,
  base: number,
  emissions: Float64Array,
): void {
  const m = emissionMemo(model);
  const { t, pairKey, pairOff, w, vals } = m;
  const qw = m.q;
  const n = text.length;
  const a = workArrays(n);
  const { code, cls, tag, pos, prev, next, wordOff, slots, pairs, triples } = a;
  const { wordKeys, wordOffs } = m;
  // characters and their classes at -2 … n + 1
  for (let j = -2; j < n + 2; j++) {
    const c = j < 0 ? CARET : j >= n ? DOLLAR : text.charCodeAt(j);
    code[j + 2] = c;
    if (j < 0 || j >= n) cls[j + 2] = 0;
    else {
      let k = m.classOfUnit[c];
      if (k < 0) {
        k = idOf(m.classIds, charClass(String.fromCharCode(c)));
        if (k < 0x8000) m.classOfUnit[c] = k;
      }
      cls[j + 2] = k;
    }
    slots[j + 2] = charSlotOf(m, c);
  }
  // the tagging at each position (defaults: tag x, a single character, no word, line ends around)
  const x = idOf(m.tagIds, 'x');
  const caret = idOf(m.tagIds, '^');
  const dollar = idOf(m.tagIds, '$');
  for (let i = 0; i < n; i++) {
    tag[i] = x;
    pos[i] = 0;
    prev[i] = caret;
    next[i] = dollar;
    wordOff[i] = -1;
  }
  for (let k = 0; k < count; k++) {
    const tk = tokens[lineTokens[k]];
    const id = idOf(m.tagIds, tk.tag);
    const before = k > 0 ? tokens[lineTokens[k - 1]] : undefined;
    const after = k + 1 < count ? tokens[lineTokens[k + 1]] : undefined;
    const pt = before && before.end === tk.start ? idOf(m.tagIds, before.tag) : caret;
    const nt = after && after.start === tk.end ? idOf(m.tagIds, after.tag) : dollar;
    // the word's entry in the word cache (the hashes of w + the word, to which each position adds its place in the word)
    let e = -1;
    if (tk.word.length <= 4 && tk.word !== '') {
      hashString('w');
      hashText(tk.word);
      e = (slotOf(h1 ^ Math.imul(h2, 0x9e3779b1), WORD_ENTRIES - 1)) * 2;
      if (wordKeys[e] !== h1 || wordKeys[e + 1] !== h2) {
        wordKeys[e] = h1;
        wordKeys[e + 1] = h2;
        wordOffs.fill(UNSET, 2 * e, 2 * e + 4);
      }
    }
    const wh1 = h1;
    const wh2 = h2;
    const start = tk.start - base;
    const end = tk.end - base;
    for (let i = start; i < end && i < n; i++) {
      const ps = end - start === 1 ? 0 : i === start ? 1 : i === end - 1 ? 3 : 2;
      tag[i] = id;
      pos[i] = ps;
      // (one store either way: a store first reached late sends the function back to be compiled)
      let o = -1;
      if (e >= 0) {
        o = wordOffs[2 * e + ps];
        if (o === UNSET) {
          h1 = wh1;
          h2 = wh2;
          hashUnit(POS_NAMES[ps].charCodeAt(0));
          o = wordOffs[2 * e + ps] = lookup(t);
        }
      }
      wordOff[i] = o;
      prev[i] = pt;
      next[i] = nt;
    }
  }
  // character pairs starting at -2 … n (b-, b+, b--, b++ of each), through the direct-mapped cache
  for (let j = -2; j <= n; j++) {
    const c1 = code[j + 2];
    const c2 = code[j + 3];
    const key = c1 * 0x10000 + c2;
    const e = (Math.imul(c1 ^ Math.imul(c2, 0x9e3779b1), 0x85ebca6b) >>> 16) & (PAIR_ENTRIES - 1);
    if (pairKey[e] !== key) {
      const at = pairSlot(m.pairs, key | 0);
      for (let k = 0; k < 4; k++) pairOff[4 * e + k] = at < 0 ? -1 : m.pairs.slots[at + 1 + k];
      pairKey[e] = key;
    }
    const at = 4 * (j + 2);
    pairs[at] = pairOff[4 * e];
    pairs[at + 1] = pairOff[4 * e + 1];
    pairs[at + 2] = pairOff[4 * e + 2];
    pairs[at + 3] = pairOff[4 * e + 3];
  }
  // class triples starting at -2 … n - 1 (k, k-, k+ of each)
  for (let j = -2; j < n; j++) {
    const c1 = cls[j + 2];
    const c2 = cls[j + 3];
    const c3 = cls[j + 4];
    const key = memoKey(c1, c2, c3, 0);
    let at = m.classTriples.get(key);
    if (at === undefined) {
      const p = nameOf(m.classIds, c1);
      const q = nameOf(m.classIds, c2);
      const r = nameOf(m.classIds, c3);
      const found = [featureOffset(t, 'k', p, '|', q, '|', r), featureOffset(t, 'k-', p, '|', q, '|', r), featureOffset(t, 'k+', p, '|', q, '|', r)];
      at = remember(m, m.classTriples, key, found);
    }
    triples[j + 2] = at;
  }
  const places = placeLexiconPositions(text);
  const v = m.charVec;
  // The weights of a position's character features come summed per character (charSlotOf); the
  // offsets of its other features are gathered first and their weights then added label by label.
  // The model's weights are int16 over a scale in float32 (encodeNerModel), so every such sum of
  // a few dozen of them is exact in float64 whatever the order: the same sums, bit for bit, as
  // adding nerFeatures' weights in its order (viterbi).
  const fo = a.features;
  for (let i = 0; i < n; i++) {
    const at = i * L;
    const c0 = code[i + 2];
    const own = slots[i + 2];
    const um = slots[i + 1] + L; // u- of i - 1
    const up = slots[i + 3] + 2 * L; // u+ of i + 1
    const umm = slots[i] + 3 * L; // u-- of i - 2
    const upp = slots[i + 4] + 4 * L; // u++ of i + 2
    let q = 0;
    q = put(fo, q, pairs[4 * (i + 1)]); // b- over (i - 1, i)
    q = put(fo, q, pairs[4 * (i + 2) + 1]); // b+ over (i, i + 1)
    q = put(fo, q, pairs[4 * i + 2]); // b-- over (i - 2, i - 1)
    q = put(fo, q, pairs[4 * (i + 3) + 3]); // b++ over (i + 1, i + 2)
    const tg = tag[i];
    const ps = pos[i];
    const pv = prev[i];
    const nx = next[i];
    const k0 = cls[i + 2];
    if (tg < ID_RADIX && pv < ID_RADIX && nx < ID_RADIX && k0 < ID_RADIX) {
      const tp = tg * 4 + ps;
      let o = m.j[tp];
      if (o === UNSET) o = m.j[tp] = featureOffset(t, 'j', nameOf(m.tagIds, tg), POS_NAMES[ps]);
      q = put(fo, q, o);
      const jp = rowOf(m.jp, pv);
      o = jp[tp];
      if (o === UNSET) o = jp[tp] = featureOffset(t, 'jp', nameOf(m.tagIds, pv), POS_NAMES[ps], nameOf(m.tagIds, tg));
      q = put(fo, q, o);
      const jn = rowOf(m.jn, nx);
      o = jn[tp];
      if (o === UNSET) o = jn[tp] = featureOffset(t, 'jn', nameOf(m.tagIds, nx), POS_NAMES[ps], nameOf(m.tagIds, tg));
      q = put(fo, q, o);
      q = put(fo, q, m.offsets[triples[i + 1]]); // k over (i - 1, i, i + 1)
      const ck = rowOf(m.k0, k0);
      o = ck[tp];
      if (o === UNSET) o = ck[tp] = featureOffset(t, 'k0', nameOf(m.classIds, k0), POS_NAMES[ps], nameOf(m.tagIds, tg));
      q = put(fo, q, o);
    } else {
      // a tag beyond the arrays (a user dictionary with many tags of its own): looked up each time
      const [pn, nn, tn, s] = [nameOf(m.tagIds, pv), nameOf(m.tagIds, nx), nameOf(m.tagIds, tg), POS_NAMES[ps]];
      q = put(fo, q, featureOffset(t, 'j', tn, s));
      q = put(fo, q, featureOffset(t, 'jp', pn, s, tn));
      q = put(fo, q, featureOffset(t, 'jn', nn, s, tn));
      q = put(fo, q, m.offsets[triples[i + 1]]); // k over (i - 1, i, i + 1)
      q = put(fo, q, featureOffset(t, 'k0', nameOf(m.classIds, k0), s, tn));
    }
    const offsets = m.offsets;
    q = put(fo, q, offsets[triples[i] + 1]); // k- over (i - 2, i - 1, i)
    q = put(fo, q, offsets[triples[i + 2] + 2]); // k+ over (i, i + 1, i + 2)
    q = put(fo, q, wordOff[i]); // w + the word + the position in it
    const place = places[i];
    if (place) {
      const ptKey = memoKey(place, tg, 0, 0);
      let pt = m.placeTag.get(ptKey);
      if (pt === undefined) {
        const code = PLACE_CODES[place];
        pt = remember(m, m.placeTag, ptKey, [featureOffset(t, 'g', code), featureOffset(t, 'gj', code, nameOf(m.tagIds, tg))]);
      }
      q = put(fo, q, offsets[pt]);
      q = put(fo, q, offsets[pt + 1]);
    }
    if (m.compoundStart[c0] && i + 1 < n && m.compound.has(c0 * 0x10000 + code[i + 3])) q = put(fo, q, m.cs);
    // one sum per label, all seven carried through the features together (independent additions,
    // each feature's weights read in a row)
    let s0 = v[own] + v[um] + v[up] + v[umm] + v[upp];
    let s1 = v[own + 1] + v[um + 1] + v[up + 1] + v[umm + 1] + v[upp + 1];
    let s2 = v[own + 2] + v[um + 2] + v[up + 2] + v[umm + 2] + v[upp + 2];
    let s3 = v[own + 3] + v[um + 3] + v[up + 3] + v[umm + 3] + v[upp + 3];
    let s4 = v[own + 4] + v[um + 4] + v[up + 4] + v[umm + 4] + v[upp + 4];
    let s5 = v[own + 5] + v[um + 5] + v[up + 5] + v[umm + 5] + v[upp + 5];
    let s6 = v[own + 6] + v[um + 6] + v[up + 6] + v[umm + 6] + v[upp + 6];
    if (qw) {
      // the shipped model's weights: 16-bit integers, each read through its value (the same floats)
      for (let k = 0; k < q; k++) {
        const o = fo[k];
        s0 += vals[qw[o]];
        s1 += vals[qw[o + 1]];
        s2 += vals[qw[o + 2]];
        s3 += vals[qw[o + 3]];
        s4 += vals[qw[o + 4]];
        s5 += vals[qw[o + 5]];
        s6 += vals[qw[o + 6]];
      }
    } else {
      for (let k = 0; k < q; k++) {
        const o = fo[k];
        s0 += w[o];
        s1 += w[o + 1];
        s2 += w[o + 2];
        s3 += w[o + 3];
        s4 += w[o + 4];
        s5 += w[o + 5];
        s6 += w[o + 6];
      }
    }
    emissions[at] = s0;
    emissions[at + 1] = s1;
    emissions[at + 2] = s2;
    emissions[at + 3] = s3;
    emissions[at + 4] = s4;
    emissions[at + 5] = s5;
    emissions[at + 6] = s6;
  }
}

/** A fitted model: transition weights (from label × to label, plus a start row) and feature weights. */
export interface NerModel {
  /** (L + 1) × L: row L is the start of a line. */
  trans: Float64Array;
  /** Feature → offset of its L weights in `weights`; not changed once the model is made (findNerSpans keeps a hash table of it). */
  readonly index: Map<string, number>;
  /**
   * The feature weights. A model read from a file or its compiled form makes them only when this is
   * read (training, tests): the tagger reads its 16-bit integers (`PackedWeights`), the same values.
   */
  readonly weights: Float32Array | Float64Array;
}

/** Whether label `to` may follow label `from` (an I- label only after its B- or I-; -1 is the start). */
export function allowed(from: number, to: number): boolean {
  const name = NER_LABELS[to];
  if (!name.startsWith('I-')) return true;
  if (from < 0) return false;
  const kind = name.slice(2);
  return NER_LABELS[from] === 'B-' + kind || NER_LABELS[from] === 'I-' + kind;
}

/** `allowed(from, to)` as a table: row L is the start. */
const ALLOWED: readonly boolean[] = Array.from({ length: (L + 1) * L }, (_, k) =>
  allowed(Math.floor(k / L) === L ? -1 : Math.floor(k / L), k % L),
);

/** Adds the weights of `features` under `model` to `emissions[at .. at + L)`. */
function addEmissions(
  model: NerModel,
  features: readonly string[],
  emissions: Float64Array,
  at: number,
): void {
  for (const f of features) {
    const o = model.index.get(f);
    if (o !== undefined) for (let y = 0; y < L; y++) emissions[at + y] += model.weights[o + y];
  }
}

/** The best label sequence for `feats` under `model` (first-order Viterbi with the BIO constraint). */
export function viterbi(model: NerModel, feats: readonly (readonly string[])[]): number[] {
  const n = feats.length;
  const emissions = new Float64Array(n * L);
  for (let i = 0; i < n; i++) addEmissions(model, feats[i], emissions, i * L);
  return decode(model, emissions, n);
}

/** For each label, the labels that may come before it (ALLOWED), in increasing order. */
const PREDECESSORS: readonly Int8Array[] = NER_LABELS.map((_, y) =>
  Int8Array.from(Array.from({ length: L }, (_, p) => p).filter((p) => ALLOWED[p * L + y])),
);

/**
 * Viterbi over `n` positions whose label scores are `emissions` (n × L): two rows of path scores
 * and a back pointer per position and label; the allowed predecessors of each label are visited in
 * increasing order, so ties go to the lowest label.
 */
function decode(model: NerModel, emissions: Float64Array, n: number): number[] {
  if (n === 0) return [];
  const trans = model.trans;
  let prev = new Float64Array(L);
  let cur = new Float64Array(L);
  const back = new Int8Array(n * L);
  for (let y = 0; y < L; y++) prev[y] = ALLOWED[L * L + y] ? emissions[y] + trans[L * L + y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const at = i * L;
    for (let y = 0; y < L; y++) {
      const preds = PREDECESSORS[y];
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k];
        const s = prev[p] + trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[y] = best + emissions[at + y];
      back[at + y] = arg;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (prev[k] > prev[y]) y = k;
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * L + y];
  }
  return out;
}

/**
 * Punctuation no entity name holds: sentence and clause marks, quotation marks and title brackets
 * (a tagger span over `。集团公司` or `“钢铁驼队` is cut there; middle dots of foreign names and
 * brackets inside an organization's name are kept). Found on a fresh user's railway weekly.
 */
const NAME_BREAK = new Set([...'。，、；：！？“”‘’「」『』《》〈〉,;:!?"\'']);

/**
 * The entity spans of a label sequence over `text` (offsets in `text`, shifted by `base`); a
 * {@link NAME_BREAK} character ends a span whatever its label.
 */
export function spansOf(text: string, labels: readonly number[], base = 0): NerSpan[] {
  const out: NerSpan[] = [];
  let kind: NerSpan['kind'] | null = null;
  let start = 0;
  const close = (end: number) => {
    if (kind) out.push({ kind, start: start + base, end: end + base, text: text.slice(start, end) });
    kind = null;
  };
  for (let i = 0; i < labels.length; i++) {
    const name = NER_LABELS[labels[i]];
    if (name === 'O' || NAME_BREAK.has(text[i])) close(i);
    else if (name.startsWith('B-')) {
      close(i);
      kind = name.slice(2).toLowerCase() as NerSpan['kind'];
      start = i;
    }
  }
  close(labels.length);
  return out;
}

const MODEL_FILE = fileURLToPath(new URL('../../data/ner/model.bin.gz', import.meta.url));
/** The model's compiled form (`compileNerModel`, written by `npm run build`). */
export const COMPILED_MODEL_FILE = path.join(COMPILED_DIR, 'ner-model.bin');
let loaded: NerModel | null | undefined;
let readFrom: 'compiled' | 'source' | null = null;

/**
 * The shipped model (data/ner/model.bin.gz), read on first call, once per process or worker, from
 * its compiled form when that was made from the same file (a few milliseconds), else decoded from
 * the file (about 0.15 s of CPU); null when the file is absent (then no spans are found).
 */
export function nerModel(): NerModel | null {
  if (loaded !== undefined) return loaded;
  try {
    const got = readNerModelCompiled(MODEL_FILE, COMPILED_MODEL_FILE);
    loaded = got.model;
    readFrom = got.from;
  } catch {
    loaded = null;
  }
  return loaded;
}

/**
 * Reads the model file `file` from its compiled form `compiled` (`compileNerModel`) when that was
 * made from the same bytes, else decodes `file` itself; says which it did. The same model either
 * way (weights, transitions and hash table bit for bit). Throws as `readNerModel`.
 */
export function readNerModelCompiled(file: string, compiled: string): { model: NerModel; from: 'compiled' | 'source' } {
  // the model file itself is read only when the compiled form cannot be told made from it by its identity
  const c = readCompiled(compiled, { path: file }, ['names']);
  const parts = c ? partsOfCompiled(c) : null;
  return { model: nerModelFromParts(parts ?? decodeNerModel(readFileSync(file), file)), from: parts ? 'compiled' : 'source' };
}

/**
 * Reads the shipped model and builds what the tagger builds on its first line (the feature tables,
 * the place lexicon's index, the HMM index), so that a process can do it while it waits for
 * something else (jieba.ts `preloadSegmenter`); the tagger's results are the same either way.
 */
export function prepareNer(): void {
  const model = nerModel();
  if (model) emissionMemo(model);
  placeLexiconIndex();
  hmmIndex();
}

/** Whether the model in use was read from its compiled form, decoded from its file, or not read yet (null). */
export function nerModelReadFrom(): 'compiled' | 'source' | null {
  return readFrom;
}

/**
 * Writes the compiled form of the model file `file` (its decoded `NerModelParts`: weights,
 * transitions, the features' hash table and their names) to `out`, named by the file's SHA-1
 * (compiled.ts). Run by `npm run build` (scripts/build-models.mjs). Throws as `readNerModel`, or
 * on a write error.
 */
export function compileNerModel(file: string, out = COMPILED_MODEL_FILE): void {
  const gz = readFileSync(file);
  const parts = decodeNerModel(gz, file);
  const names = Buffer.from(parts.names as string, 'utf8');
  writeCompiled(
    out,
    gz,
    { mask: parts.table.mask, pairMask: parts.pairs.mask, scale: parts.weights.scale },
    { trans: parts.trans, weights: parts.weights.ints, slots: parts.table.slots, names, pairSlots: parts.pairs.slots },
    file,
  );
}

/** The parts of a compiled model (views over the compiled file), or null when they are not all there. */
function partsOfCompiled(c: Compiled): NerModelParts | null {
  const { trans, weights, slots, pairSlots } = c.arrays;
  const loadNames = c.lazy?.names;
  const { mask, pairMask, scale } = c.meta;
  if (!(trans instanceof Float64Array) || !(weights instanceof Int16Array) || !(slots instanceof Int32Array)) return null;
  if (typeof scale !== 'number' || !(scale > 0)) return null;
  if (!(pairSlots instanceof Int32Array) || typeof pairMask !== 'number' || pairSlots.length !== PAIR_SLOT * (pairMask + 1)) return null;
  if (!loadNames || typeof mask !== 'number' || slots.length !== 3 * (mask + 1)) return null;
  if (trans.length !== (L + 1) * L || weights.length % L !== 0) return null;
  // the feature names, read from the compiled file only when `index` is (training, tests): a parse never does
  const names = (): Uint8Array => {
    const got = loadNames();
    if (!(got instanceof Uint8Array)) throw new Error(`${COMPILED_MODEL_FILE}: the feature names could not be read`);
    return got;
  };
  return { trans, weights: { ints: weights, scale }, names, table: { mask, slots }, pairs: { mask: pairMask, slots: pairSlots } };
}

/** First line of a model file. */
const MODEL_MAGIC = 'bulletin-ner 1';

/** A model as scripts/train-ner.mjs has it: quantized weights (weight = int / scale). */
export interface QuantizedNerModel {
  scale: number;
  /** (L + 1) × L transition weights, row L the start of a line. */
  trans: ArrayLike<number>;
  /** Feature names, in the order of their weight vectors. */
  features: readonly string[];
  /** features × L weights, each within ±32767. */
  weights: ArrayLike<number>;
}

/**
 * The bytes of a model file (gzipped): a line `bulletin-ner 1`, a JSON line `{ scale, labels,
 * features: count, namesBytes }`, the feature names joined by \n (UTF-8, namesBytes long), then
 * little-endian int16: the (L + 1)·L transition weights and the features·L weights. Throws when a
 * weight does not fit in 16 bits.
 */
export function encodeNerModel(m: QuantizedNerModel): Buffer {
  const names = Buffer.from(m.features.join('\n'), 'utf8');
  const head = Buffer.from(
    `${MODEL_MAGIC}\n${JSON.stringify({ scale: m.scale, labels: NER_LABELS, features: m.features.length, namesBytes: names.length })}\n`,
    'utf8',
  );
  const ints = new Int16Array(m.trans.length + m.weights.length);
  const put = (v: number, k: number) => {
    if (!Number.isInteger(v) || v < -32767 || v > 32767) throw new RangeError(`model weight ${v} does not fit in int16`);
    ints[k] = v;
  };
  for (let k = 0; k < m.trans.length; k++) put(m.trans[k], k);
  for (let k = 0; k < m.weights.length; k++) put(m.weights[k], m.trans.length + k);
  const body = Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength);
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) body.swap16(); // stored little-endian
  return gzipSync(Buffer.concat([head, names, body]), { level: 9 });
}

/**
 * A model file decoded into typed arrays and text: what `readNerModel` builds a model of. `names`
 * are the feature names joined by \n, as text or as its UTF-8 bytes, or (a compiled model's) a
 * function reading those bytes, called only when `index` is read; `table` the features' hash
 * table, `pairs` the pair features by pair.
 */
export interface NerModelParts {
  trans: Float64Array;
  /** The feature weights as the model file has them: 16-bit integers over `scale` (weight = int / scale, in float32). */
  weights: PackedWeights;
  names: string | Uint8Array | (() => Uint8Array);
  table: FeatureTable;
  pairs: PairTable;
}

/**
 * Reads a model file written by scripts/train-ner.mjs (encodeNerModel). The features' hash table
 * is built here; `index` (feature name → offset, which training and viterbi() read) only when first
 * read. Throws when the file cannot be read or is not such a model.
 */
export function readNerModel(file: string): NerModel {
  return nerModelFromParts(readNerModelParts(file));
}

/** Decodes a model file into `NerModelParts` (readNerModel, compileNerModel). Throws as readNerModel does. */
export function readNerModelParts(file: string): NerModelParts {
  return decodeNerModel(readFileSync(file), file);
}

/** Decodes the bytes `gz` of the model file `file` (named in errors) into `NerModelParts`. */
function decodeNerModel(gz: Uint8Array, file: string): NerModelParts {
  const buf = gunzipSync(gz);
  const nl1 = buf.indexOf(10);
  const nl2 = buf.indexOf(10, nl1 + 1);
  if (nl1 < 0 || nl2 < 0 || buf.toString('utf8', 0, nl1) !== MODEL_MAGIC) throw new Error(`${file}: not a bulletin-ner model`);
  const head = JSON.parse(buf.toString('utf8', nl1 + 1, nl2)) as { scale: number; labels: string[]; features: number; namesBytes: number };
  if (head.labels.join() !== NER_LABELS.join()) throw new Error(`${file}: labels ${head.labels.join()} are not ${NER_LABELS.join()}`);
  const namesEnd = nl2 + 1 + head.namesBytes;
  const namesText = head.features ? buf.toString('utf8', nl2 + 1, namesEnd) : '';
  const count = namesText ? lineCount(namesText) : 0;
  const nTrans = (L + 1) * L;
  const bytes = buf.subarray(namesEnd);
  if (bytes.length !== 2 * (nTrans + count * L)) throw new Error(`${file}: truncated model`);
  // the int16s copied into an aligned array in one go (then byte-swapped on a big-endian machine)
  const ints = new Int16Array(bytes.length / 2);
  const intBytes = Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength);
  bytes.copy(intBytes);
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) intBytes.swap16();
  const weights: PackedWeights = { ints: ints.subarray(nTrans), scale: head.scale };
  const trans = new Float64Array(nTrans);
  for (let k = 0; k < nTrans; k++) trans[k] = ints[k] / head.scale;
  const table = buildFeatureTableOfLines(namesText, count);
  const lines = namesText ? namesText.split('\n') : [];
  const pairs = buildPairTable(lines.length, (k) => lines[k], (k) => k * L);
  return { trans, weights, names: namesText, table, pairs };
}

/** The number of lines of `text` (newlines + 1). */
function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/**
 * `buildFeatureTable` over feature names joined by \n (the k-th line's weights at k·L), hashing
 * each name where it lies in `names` instead of splitting it into a string per feature: the
 * same hashes, so the same table.
 */
function buildFeatureTableOfLines(names: string, count: number): FeatureTable {
  const size = featureTableSize(count);
  const slots = new Int32Array(3 * size);
  for (let k = 0; k < size; k++) slots[3 * k + 2] = -1;
  const mask = size - 1;
  let from = 0;
  for (let f = 0; f < count; f++) {
    let to = names.indexOf('\n', from);
    if (to < 0) to = names.length;
    hashStart();
    for (let i = from; i < to; i++) hashUnit(names.charCodeAt(i));
    let k = slotOf(h1, mask);
    while (slots[3 * k + 2] >= 0 && !(slots[3 * k] === h1 && slots[3 * k + 1] === h2)) k = (k + 1) & mask;
    slots[3 * k] = h1;
    slots[3 * k + 1] = h2;
    slots[3 * k + 2] = f * L;
    from = to + 1;
  }
  return { mask, slots };
}

/** The model of decoded parts (`readNerModelParts`). */
export function nerModelFromParts(parts: NerModelParts): NerModel {
  const { trans, weights: packed, names, table, pairs } = parts;
  let index: Map<string, number> | null = null;
  let weights: Float32Array | null = null;
  const model: NerModel = {
    trans,
    // as floats only when read (training, tests): the tagger reads the 16-bit integers (packedOf)
    get weights() {
      if (!weights) {
        const values = packedValues(packed.scale);
        weights = new Float32Array(packed.ints.length);
        for (let k = 0; k < weights.length; k++) weights[k] = values[packed.ints[k] & 0xffff];
      }
      return weights;
    },
    get index() {
      if (!index) {
        index = new Map();
        const bytes = typeof names === 'function' ? names() : names;
        const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
        const list = text ? text.split('\n') : [];
        for (let k = 0; k < list.length; k++) index.set(list[k], k * L);
      }
      return index;
    },
  };
  tables.set(model, table);
  pairTables.set(model, pairs);
  packedOf.set(model, { ints: packed.ints, values: packedValues(packed.scale) });
  return model;
}

/** The label scores of the line findNerSpans is at (grown to the longest line up to KEPT_ROWS_LINE characters, reused: lineEmissions writes every score decode reads). */
let emissionRows = new Float64Array(256 * L);
/** Lines longer than this (UTF-16 units) get scores of their own, let go after the line (a whole file on one line is not kept). */
const KEPT_ROWS_LINE = 1 << 16;

/** Indices of the tokens of the line findNerSpans is at (grown to the longest line's count, reused). */
let lineTokens = new Int32Array(256);

/**
 * Entity spans of `text` by the shipped model, line by line, using `tokens` (the one tagging of
 * `text`, offsets in `text`). Empty when the model file is missing.
 */

export function findNerSpans(
  text: string,
  tokens: readonly NerToken[],
  model: NerModel | null = nerModel(),
): NerSpan[] {
  if (!model) return [];
  const out: NerSpan[] = [];
  let k = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    // the line's tokens, as indices into `tokens` (no token is copied)
    let count = 0;
    while (k < tokens.length && tokens[k].end <= lineStart) k++;
    for (let j = k; j < tokens.length && tokens[j].start < lineEnd; j++) {
      const t = tokens[j];
      if (t.start >= lineStart && t.end <= lineEnd) {
        if (count === lineTokens.length) {
          const grown = new Int32Array(2 * lineTokens.length);
          grown.set(lineTokens);
          lineTokens = grown;
        }
        lineTokens[count++] = j;
      }
    }
    if (/\p{Script=Han}/u.test(line)) {
      const size = line.length * L;
      if (emissionRows.length < size && line.length <= KEPT_ROWS_LINE) emissionRows = new Float64Array(Math.max(2 * emissionRows.length, size));
      const emissions = size <= emissionRows.length ? emissionRows : new Float64Array(size);
      lineEmissions(model, line, tokens, lineTokens, count, lineStart, emissions);
      // one at a time: a 1 MB line of names has more spans than a call takes arguments
      for (const span of spansOf(line, decode(model, emissions, line.length), lineStart)) out.push(span);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
