/**
 * TF-IDF keywords from a tagging the caller already has (issue 12: tag once). The same arithmetic
 * as cppjieba's KeywordExtractor, which nodejieba's `extract` runs after segmenting the text a
 * second time: words of one character and jieba's stop words are skipped, a word's weight is its
 * count times its IDF (the table's mean IDF for a word not in it), best first, ties in the order
 * libstdc++'s `std::partial_sort` leaves them (so that keywords stay what `extract` gave).
 *
 * The IDF table (jieba's idf.utf8, about 6 MB, shipped with nodejieba) and the stop-word list are
 * read on the first call that needs them, once per process or worker; nodejieba itself is loaded
 * without them (src/nlp/jieba.ts), so that parsing without keywords never reads them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A keyword with its TF-IDF weight (count × IDF, unitless; larger is more characteristic). */
export interface WeightedWord {
  word: string;
  weight: number;
}

/** jieba's IDF table: word → IDF, and the mean over every line (cppjieba's `idfAverage_`). */
export interface IdfTable {
  idf: Map<string, number>;
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

/**
 * Reads the IDF table and stop words (once; later calls return the same table). Lines are
 * `word idf`; as in cppjieba, a line without exactly two space-separated fields is skipped but
 * counted in the mean's denominator. Throws when the files cannot be read.
 */
export function loadIdf(): IdfTable {
  if (table) return table;
  const paths = idfPaths();
  const idf = new Map<string, number>();
  let sum = 0;
  let lines = 0;
  const text = readFileSync(paths.idf, 'utf8');
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    lines += 1;
    const fields = splitOnSpaces(text.slice(from, to));
    if (fields.length === 2) {
      const value = Number.parseFloat(fields[1]);
      idf.set(fields[0], value);
      sum += value;
    }
    from = to + 1;
  }
  const stopWords = new Set(readFileSync(paths.stopWords, 'utf8').split('\n'));
  table = { idf, average: sum / lines, stopWords };
  return table;
}

/**
 * The `topN` TF-IDF keywords of a text from its words (`tokens`: the text's segmentation, in
 * order, e.g. the result of nodejieba `tag`), best first. Returns [] for no words.
 */
export function tfidf(tokens: readonly { word: string }[], topN: number, idfTable: IdfTable = loadIdf()): WeightedWord[] {
  const counts = new Map<string, number>();
  for (const { word } of tokens) {
    if (isSingleCodePoint(word) || idfTable.stopWords.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // cppjieba collects the words in a std::map (ordered by UTF-8 bytes), weighs them, then
  // partial-sorts by weight: ties keep the order that algorithm leaves.
  const words = [...counts.keys()].sort(compareUtf8);
  const items: WeightedWord[] = words.map((word) => ({ word, weight: (counts.get(word) ?? 0) * (idfTable.idf.get(word) ?? idfTable.average) }));
  return partialSort(items, Math.min(topN, items.length));
}

/** limonp's `Split(line, buf, " ")`: fields between spaces, a trailing space adding none. */
function splitOnSpaces(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < line.length) {
    const end = line.indexOf(' ', start);
    if (end < 0) {
      out.push(line.slice(start));
      break;
    }
    out.push(line.slice(start, end));
    start = end + 1;
  }
  return out;
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
