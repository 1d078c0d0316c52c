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
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

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
 * The number `text[a..b)` as C's atof reads it. Plain decimals of up to 15 digits (all of
 * idf.utf8: 13.900677652) are an integer divided by a power of ten, which is correctly rounded as
 * strtod is; anything else goes through parseFloat.
 */
function parseDecimal(text: string, a: number, b: number): number {
  let m = 0;
  let digits = 0;
  let frac = -1;
  for (let i = a; i < b; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits += 1;
      if (frac >= 0) frac += 1;
    } else if (c === 46 && frac < 0) frac = 0;
    else return Number.parseFloat(text.slice(a, b));
  }
  if (digits === 0 || digits > 15) return Number.parseFloat(text.slice(a, b));
  return frac > 0 ? m / POW10[frac] : m;
}

/** FNV-1a over the UTF-16 units of `text[a..b)`. */
function hashOf(text: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The index of idf.utf8's text: open-addressing slots of line offsets + 1, and the sums for the mean. */
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
 * Indexes the text of idf.utf8. Lines are `word idf`; as in cppjieba, a line that is not exactly
 * two space-separated fields is skipped but counted in the mean's denominator. An open-addressing
 * index of line offsets into the text (no string per word: about a third of the time of building
 * a Map of 259,000 words).
 */
export function indexIdf(text: string): IdfIndex {
  let size = 1;
  while (size < text.length / 8) size <<= 1;
  const slots = new Int32Array(size); // line offset + 1; 0 is empty
  const mask = size - 1;
  let sum = 0;
  let lines = 0;
  let count = 0;
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    lines += 1;
    const space = text.indexOf(' ', from);
    const next = space < 0 ? -1 : text.indexOf(' ', space + 1);
    if (space > from && space < to - 1 && (next < 0 || next >= to)) {
      sum += parseDecimal(text, space + 1, to);
      let k = hashOf(text, from, space) & mask;
      while (slots[k] !== 0) k = (k + 1) & mask;
      slots[k] = from + 1;
      count += 1;
    }
    from = to + 1;
  }
  return { slots, sum, lines, count };
}

/** The table over idf.utf8's text and its index. */
function tableOf(text: string, index: IdfIndex, stopWords: Set<string>): IdfTable {
  const { slots } = index;
  const mask = slots.length - 1;
  const get = (word: string): number | undefined => {
    for (let k = hashOf(word, 0, word.length) & mask; slots[k] !== 0; k = (k + 1) & mask) {
      const at = slots[k] - 1;
      if (text.charCodeAt(at + word.length) === 32 && text.startsWith(word, at)) {
        let end = text.indexOf('\n', at);
        if (end < 0) end = text.length;
        return parseDecimal(text, at + word.length + 1, end);
      }
    }
    return undefined;
  };
  return { get, size: index.count, average: index.sum / index.lines, stopWords };
}

/** An index being built in a worker thread (`prefetchIdf`): a flag set to 1 when its message is on the port. */
let prefetch: { flag: Int32Array; port: MessagePort; worker: Worker | null } | null = null;

/**
 * Starts reading and indexing the IDF table in a worker thread, so that it is ready by the time
 * keywords need it: a parse calls this first, and the table is built on another core while this
 * thread loads the segmenter's dictionary and lays the text out (the two took 0.2 s and 0.7 s one
 * after the other). Does nothing when the table is read or being read, or where the compiled
 * worker (idf-worker.js) is not next to this module (running from TypeScript sources); a worker
 * that cannot start leaves `loadIdf` to read the table itself.
 */
export function prefetchIdf(): void {
  if (table || prefetch) return;
  const file = fileURLToPath(new URL('./idf-worker.js', import.meta.url));
  if (!file.endsWith('.js') || !existsSync(file)) return;
  try {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(file, { workerData: { path: idfPaths().idf, flag, port: port2 }, transferList: [port2] });
    worker.unref();
    port1.unref();
    // an error in the worker sets the flag too (its message is then missing): loadIdf reads the table itself
    worker.on('error', () => {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    });
    prefetch = { flag, port: port1, worker };
  } catch {
    prefetch = null;
  }
}

/** The text and index a prefetching worker built, waiting for it; null when it failed. */
function takePrefetched(): { text: string; index: IdfIndex } | null {
  const p = prefetch;
  prefetch = null;
  if (!p) return null;
  // the worker sets the flag after posting; waiting at most 30 s keeps a stuck worker from hanging the parse
  Atomics.wait(p.flag, 0, 0, 30_000);
  const m = receiveMessageOnPort(p.port)?.message as { text?: unknown; index?: IdfIndex } | undefined;
  p.port.close();
  if (typeof m?.text !== 'string' || !m.index) {
    void p.worker?.terminate();
    return null;
  }
  return { text: m.text, index: m.index };
}

/** What a read-ahead worker is given for the IDF table: the file, and the flag and port to answer on. */
export interface IdfJob {
  path: string;
  /** Set to 1 (Atomics.store, then Atomics.notify) once the answer is posted, or on failure with none. */
  flag: Int32Array;
  /** Where the worker posts `{ text, index }` (`runIdfJob`); to be transferred to it. */
  port: MessagePort;
}

/**
 * The IDF table's read-ahead, as a job for a worker thread the caller starts (prefetch.ts runs it
 * with the tagger model's in one worker): `loadIdf` then waits for its answer, as for
 * `prefetchIdf`'s. Null when the table is read or being read.
 */
export function idfPrefetchJob(): IdfJob | null {
  if (table || prefetch) return null;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  port1.unref();
  prefetch = { flag, port: port1, worker: null };
  return { path: idfPaths().idf, flag, port: port2 };
}

/** Runs an `IdfJob` (in the worker): reads and indexes the table and posts it, the index's buffer transferred. Throws when the file cannot be read. */
export function runIdfJob(job: IdfJob): void {
  const text = readFileSync(job.path, 'utf8');
  const index = indexIdf(text);
  job.port.postMessage({ text, index }, [index.slots.buffer as ArrayBuffer]);
}

/**
 * Reads the IDF table and stop words (once; later calls return the same table), from the worker
 * `prefetchIdf` started when there is one. Throws when the files cannot be read.
 */
export function loadIdf(): IdfTable {
  if (table) return table;
  const paths = idfPaths();
  const got = takePrefetched();
  const text = got?.text ?? readFileSync(paths.idf, 'utf8');
  const index = got?.index ?? indexIdf(text);
  const stopWords = new Set(readFileSync(paths.stopWords, 'utf8').split('\n'));
  table = tableOf(text, index, stopWords);
  readBy = got ? 'worker' : 'thread';
  return table;
}

let readBy: 'worker' | 'thread' | null = null;

/** Where the IDF table was indexed: by the `prefetchIdf` worker, in this thread, or not yet (null). */
export function idfReadBy(): 'worker' | 'thread' | null {
  return readBy;
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
