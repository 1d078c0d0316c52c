/**
 * TF-IDF keywords from a tagging the caller already has (issue 12: tag once). The same arithmetic
 * as cppjieba's KeywordExtractor, which nodejieba's `extract` runs after segmenting the text a
 * second time: words of one character and jieba's stop words are skipped, a word's weight is its
 * count times its IDF (the table's mean IDF for a word not in it), best first, ties in the order
 * libstdc++'s `std::partial_sort` leaves them (so that keywords stay what `extract` gave).
 *
 * The IDF table (jieba's idf.utf8, about 6 MB, shipped with nodejieba) and the stop-word list are
 * read on the first call that needs them, once per process or worker, the table kept as its UTF-8
 * bytes with an index of its lines (compiled by `npm run build`, compiled.ts); nodejieba itself is
 * loaded without them (src/nlp/jieba.ts), so that parsing without keywords never reads them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { COMPILED_DIR, readCompiled, writeCompiled } from './compiled.js';

/** A keyword with its TF-IDF weight (count × IDF, unitless; larger is more characteristic). */
export interface WeightedWord {
  word: string;
  weight: number;
}

/** jieba's IDF table: word → IDF, and the mean over every line (cppjieba's `idfAverage_`). */
export interface IdfTable {
  /** The IDF of `word`, or undefined when the table does not list it. */
  get(word: string): number | undefined;
  /** Number of words listed. */
  size: number;
  average: number;
  stopWords: Set<string>;
}

let table: IdfTable | null = null;

/** The paths of nodejieba's bundled idf.utf8 and stop_words.utf8. */
export function idfPaths(): { idf: string; stopWords: string } {
  const require = createRequire(import.meta.url);
  const jieba = require('nodejieba') as { DEFAULT_IDF_DICT: string; DEFAULT_STOP_WORD_DICT: string };
  return { idf: jieba.DEFAULT_IDF_DICT, stopWords: jieba.DEFAULT_STOP_WORD_DICT };
}

/** Whether the IDF table has been read in this process (for tests and the benchmark). */
export function idfLoaded(): boolean {
  return table !== null;
}

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];

/**
 * The number in the UTF-8 bytes `bytes[a..b)` as C's atof reads it. Plain decimals of up to 15
 * digits (all of idf.utf8: 13.900677652) are an integer divided by a power of ten, which is
 * correctly rounded as strtod is; anything else goes through parseFloat of the decoded text.
 */
function parseDecimal(bytes: Uint8Array, a: number, b: number): number {
  let m = 0;
  let digits = 0;
  let frac = -1;
  for (let i = a; i < b; i += 1) {
    const c = bytes[i];
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits += 1;
      if (frac >= 0) frac += 1;
    } else if (c === 46 && frac < 0) frac = 0;
    else return Number.parseFloat(utf8Text(bytes, a, b));
  }
  if (digits === 0 || digits > 15) return Number.parseFloat(utf8Text(bytes, a, b));
  return frac > 0 ? m / POW10[frac] : m;
}

function utf8Text(bytes: Uint8Array, a: number, b: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + a, b - a).toString('utf8');
}

/** FNV-1a step: hashes are over UTF-16 units, so that a word is hashed as it is, with no encoding. */
function fnv(h: number, unit: number): number {
  return Math.imul(h ^ unit, 16777619);
}
const FNV_START = 0x811c9dc5;

/**
 * FNV-1a over the UTF-16 units of the text whose UTF-8 bytes are `bytes[a..b)` (decoded on the
 * fly; a byte that starts no valid sequence counts as one unit of its own, which no word's
 * encoding matches anyway).
 */
function hashOfBytes(bytes: Uint8Array, a: number, b: number): number {
  let h = FNV_START;
  for (let i = a; i < b; ) {
    const c = bytes[i];
    let cp = c;
    let n = 1;
    if (c >= 0xf0 && c < 0xf8 && i + 3 < b) {
      cp = ((c & 7) << 18) | ((bytes[i + 1] & 63) << 12) | ((bytes[i + 2] & 63) << 6) | (bytes[i + 3] & 63);
      n = 4;
    } else if (c >= 0xe0 && c < 0xf0 && i + 2 < b) {
      cp = ((c & 15) << 12) | ((bytes[i + 1] & 63) << 6) | (bytes[i + 2] & 63);
      n = 3;
    } else if (c >= 0xc0 && c < 0xe0 && i + 1 < b) {
      cp = ((c & 31) << 6) | (bytes[i + 1] & 63);
      n = 2;
    }
    if (cp > 0xffff) {
      h = fnv(h, 0xd800 + ((cp - 0x10000) >> 10));
      h = fnv(h, 0xdc00 + ((cp - 0x10000) & 0x3ff));
    } else h = fnv(h, cp);
    i += n;
  }
  return h >>> 0;
}

/** FNV-1a over the UTF-16 units of `word` (the same hash as `hashOfBytes` of its UTF-8 bytes). */
function hashOfWord(word: string): number {
  let h = FNV_START;
  for (let i = 0; i < word.length; i += 1) h = fnv(h, word.charCodeAt(i));
  return h >>> 0;
}

/**
 * Where the UTF-8 encoding of `word` ends if `bytes` hold it from `at` (the index of the byte after
 * it), else -1. A lone surrogate in `word` matches nothing (its encoding would be U+FFFD's).
 */
function utf8MatchEnd(bytes: Uint8Array, at: number, word: string): number {
  let j = at;
  for (let i = 0; i < word.length; i += 1) {
    let cp = word.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const lo = word.charCodeAt(i + 1);
      if (cp > 0xdbff || !(lo >= 0xdc00 && lo <= 0xdfff)) return -1;
      cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
      i += 1;
    }
    if (cp < 0x80) {
      if (bytes[j] !== cp) return -1;
      j += 1;
    } else if (cp < 0x800) {
      if (bytes[j] !== (0xc0 | (cp >> 6)) || bytes[j + 1] !== (0x80 | (cp & 63))) return -1;
      j += 2;
    } else if (cp < 0x10000) {
      if (bytes[j] !== (0xe0 | (cp >> 12)) || bytes[j + 1] !== (0x80 | ((cp >> 6) & 63)) || bytes[j + 2] !== (0x80 | (cp & 63))) return -1;
      j += 3;
    } else {
      if (
        bytes[j] !== (0xf0 | (cp >> 18)) ||
        bytes[j + 1] !== (0x80 | ((cp >> 12) & 63)) ||
        bytes[j + 2] !== (0x80 | ((cp >> 6) & 63)) ||
        bytes[j + 3] !== (0x80 | (cp & 63))
      )
        return -1;
      j += 4;
    }
  }
  return j;
}

/** The index of idf.utf8's bytes: open-addressing slots of line offsets + 1, and the sums for the mean. */
export interface IdfIndex {
  slots: Int32Array;
  /** Sum of the IDFs of the lines that are a word and an IDF. */
  sum: number;
  /** Lines read (the mean's denominator, as in cppjieba). */
  lines: number;
  /** Words listed. */
  count: number;
}

/**
 * Indexes the bytes of idf.utf8 (UTF-8). Lines are `word idf`; as in cppjieba, a line that is not
 * exactly two space-separated fields is skipped but counted in the mean's denominator. An
 * open-addressing index of line offsets into the bytes (no string per word, nor a decoded text).
 */
export function indexIdf(bytes: Uint8Array): IdfIndex {
  let size = 1;
  while (size < bytes.length / 8) size <<= 1;
  const slots = new Int32Array(size); // line offset + 1; 0 is empty
  const mask = size - 1;
  let sum = 0;
  let lines = 0;
  let count = 0;
  for (let from = 0; from < bytes.length; ) {
    let to = bytes.indexOf(10, from);
    if (to < 0) to = bytes.length;
    lines += 1;
    const space = bytes.indexOf(32, from);
    const next = space < 0 ? -1 : bytes.indexOf(32, space + 1);
    if (space > from && space < to - 1 && (next < 0 || next >= to)) {
      sum += parseDecimal(bytes, space + 1, to);
      let k = hashOfBytes(bytes, from, space) & mask;
      while (slots[k] !== 0) k = (k + 1) & mask;
      slots[k] = from + 1;
      count += 1;
    }
    from = to + 1;
  }
  return { slots, sum, lines, count };
}

/** Words whose IDF a table remembers at most (tableOf), about 10 MB. */
const IDF_MEMO_WORDS = 1 << 17;

/** The table over idf.utf8's bytes and its index. */
function tableOf(bytes: Uint8Array, index: IdfIndex, stopWords: Set<string>): IdfTable {
  const { slots } = index;
  const mask = slots.length - 1;
  const lookUp = (word: string): number | undefined => {
    for (let k = hashOfWord(word) & mask; slots[k] !== 0; k = (k + 1) & mask) {
      const at = slots[k] - 1;
      const end = utf8MatchEnd(bytes, at, word);
      if (end >= 0 && bytes[end] === 32) {
        let lineEnd = bytes.indexOf(10, end);
        if (lineEnd < 0) lineEnd = bytes.length;
        return parseDecimal(bytes, end + 1, lineEnd);
      }
    }
    return undefined;
  };
  // The words looked up so far and their IDF (NaN: not in the table). Every article asks again
  // for the same common words; a map read costs less than a probe of the 6 MB table (issue 12).
  // Emptied when it reaches IDF_MEMO_WORDS, so that a long batch keeps it bounded.
  const memo = new Map<string, number>();
  const get = (word: string): number | undefined => {
    let v = memo.get(word);
    if (v === undefined) {
      if (memo.size >= IDF_MEMO_WORDS) memo.clear();
      v = lookUp(word) ?? NaN;
      memo.set(word, v);
    }
    return Number.isNaN(v) ? undefined : v;
  };
  return { get, size: index.count, average: index.sum / index.lines, stopWords };
}

/** The IDF index's compiled form (`compileIdf`, written by `npm run build`). */
export const COMPILED_IDF_FILE = path.join(COMPILED_DIR, 'idf-index.bin');

/**
 * Writes the compiled form of the IDF table `file` (its `indexIdf`) to `out`, named by the file's
 * SHA-1 (compiled.ts). Run by `npm run build` (scripts/build-models.mjs). Throws when the file
 * cannot be read or written.
 */
export function compileIdf(file = idfPaths().idf, out = COMPILED_IDF_FILE): void {
  const bytes = readFileSync(file);
  const { slots, sum, lines, count } = indexIdf(bytes);
  writeCompiled(out, bytes, { sum, lines, count }, { slots }, file);
}

/**
 * The index of `source` (the IDF file, whose bytes are `bytes`) from its compiled form `file`, or
 * null when there is none made from these bytes (told by the file's identity, else its SHA-1).
 */
function compiledIndex(bytes: Uint8Array, source: string, file: string): IdfIndex | null {
  const c = readCompiled(file, { path: source, bytes });
  if (!c) return null;
  const { slots } = c.arrays;
  const { sum, lines, count } = c.meta;
  if (!(slots instanceof Int32Array) || typeof sum !== 'number' || typeof lines !== 'number' || typeof count !== 'number') return null;
  return { slots, sum, lines, count };
}

/**
 * Reads the IDF table and stop words (once; later calls return the same table), the index from
 * its compiled form when that was made from the same file (a few milliseconds), else built here
 * (about 0.1 s of CPU). Throws when the files cannot be read.
 */
export function loadIdf(): IdfTable {
  if (table) return table;
  const paths = idfPaths();
  const got = readIdfTable(paths.idf, paths.stopWords, COMPILED_IDF_FILE);
  table = got.table;
  readFrom = got.from;
  return table;
}

/**
 * The IDF table of the files `idf` (idf.utf8) and `stopWords`, its index read from `compiled`
 * (`compileIdf`) when that was made from the same bytes, else built; says which it did. The same
 * table either way. Throws when `idf` or `stopWords` cannot be read.
 */
export function readIdfTable(idf: string, stopWords: string, compiled: string): { table: IdfTable; from: 'compiled' | 'source' } {
  const bytes = readFileSync(idf);
  const fromCompiled = compiledIndex(bytes, idf, compiled);
  const index = fromCompiled ?? indexIdf(bytes);
  const stops = new Set(readFileSync(stopWords, 'utf8').split('\n'));
  return { table: tableOf(bytes, index, stops), from: fromCompiled ? 'compiled' : 'source' };
}

let readFrom: 'compiled' | 'source' | null = null;

/** Whether the IDF index was read from its compiled form, built from the table, or not yet (null). */
export function idfReadFrom(): 'compiled' | 'source' | null {
  return readFrom;
}

/**
 * The `topN` TF-IDF keywords of a text from its words (`tokens`: the text's segmentation, in
 * order, e.g. the result of nodejieba `tag`), best first. Returns [] for no words.
 */
export function tfidf(
  tokens: readonly { word: string }[],
  topN: number,
  idfTable: IdfTable = loadIdf(),
): WeightedWord[] {
  const counts = new Map<string, number>();
  for (const { word } of tokens) {
    if (isSingleCodePoint(word) || idfTable.stopWords.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // cppjieba collects the words in a std::map (ordered by UTF-8 bytes), weighs them, then
  // partial-sorts by weight: ties keep the order that algorithm leaves.
  const words = [...counts.keys()].sort(compareUtf8);
  const items: WeightedWord[] = words.map((word) => ({
    word,
    weight: (counts.get(word) ?? 0) * (idfTable.get(word) ?? idfTable.average),
  }));
  return partialSort(items, Math.min(topN, items.length));
}

function isSingleCodePoint(word: string): boolean {
  if (word.length === 1) return true;
  return word.length === 2 && word.codePointAt(0)! > 0xffff;
}

/** Orders strings as their UTF-8 bytes (std::string's order): code points, not UTF-16 units. */
function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i += 1;
  }
  return a.length - b.length;
}

/**
 * libstdc++'s `std::partial_sort(first, first + k, last, comp)` with comp = greater weight:
 * heap-select the k best, then sort that heap. Reproduced step by step (make_heap, adjust_heap,
 * push_heap, pop_heap) because equal weights come out in the order these steps leave them.
 * Returns the first k elements.
 */
function partialSort(a: WeightedWord[], k: number): WeightedWord[] {
  const comp = (x: WeightedWord, y: WeightedWord) => x.weight > y.weight;
  const pushHeap = (first: number, hole: number, top: number, value: WeightedWord) => {
    let parent = Math.floor((hole - 1) / 2);
    while (hole > top && comp(a[first + parent], value)) {
      a[first + hole] = a[first + parent];
      hole = parent;
      parent = Math.floor((hole - 1) / 2);
    }
    a[first + hole] = value;
  };
  const adjustHeap = (first: number, hole: number, len: number, value: WeightedWord) => {
    const top = hole;
    let second = hole;
    while (second < Math.floor((len - 1) / 2)) {
      second = 2 * (second + 1);
      if (comp(a[first + second], a[first + second - 1])) second -= 1;
      a[first + hole] = a[first + second];
      hole = second;
    }
    if ((len & 1) === 0 && second === Math.floor((len - 2) / 2)) {
      second = 2 * (second + 1);
      a[first + hole] = a[first + second - 1];
      hole = second - 1;
    }
    pushHeap(first, hole, top, value);
  };
  const makeHeap = (first: number, last: number) => {
    const len = last - first;
    if (len < 2) return;
    let parent = Math.floor((len - 2) / 2);
    for (;;) {
      adjustHeap(first, parent, len, a[first + parent]);
      if (parent === 0) return;
      parent -= 1;
    }
  };
  const popHeap = (first: number, last: number, result: number) => {
    const value = a[result];
    a[result] = a[first];
    adjustHeap(first, 0, last - first, value);
  };
  if (k === 0) return [];
  makeHeap(0, k);
  for (let i = k; i < a.length; i += 1) if (comp(a[i], a[0])) popHeap(0, k, i);
  for (let last = k; last > 1; ) {
    last -= 1;
    popHeap(0, last, last);
  }
  return a.slice(0, k);
}
