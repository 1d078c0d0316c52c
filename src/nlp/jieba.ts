/**
 * The only module that imports nodejieba. Its dictionary (jieba.dict.utf8, the HMM model and the
 * default user dictionary; about 0.7 s on the reference machine) is loaded once per process or
 * worker, lazily, on the first call that needs it. jieba's 6 MB IDF table is not handed to
 * nodejieba (a one-line placeholder is, data/jieba/): keywords read it in src/nlp/idf.ts, only
 * when asked for, and weigh the words of the tagging the caller already has (issue 12).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { tfidf, type WeightedWord } from './idf.js';

export type { WeightedWord } from './idf.js';

/** A word with its jieba part-of-speech tag (ICTCLAS tags: nr person, ns place, nt organization, …). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/**
 * The small segmenter interface everything else depends on, so that tests and other languages
 * can swap the implementation.
 */
export interface Segmenter {
  /** Cut text into words (precise mode, with HMM for unknown words). */
  cut(text: string): string[];
  /** Cut and tag with parts of speech. */
  tag(text: string): TaggedWord[];
  /**
   * Not used by bulletin and not provided by the default segmenter: adding words to a process-wide
   * dictionary makes an article's entities depend on what was parsed before (issue 9). Names found
   * by title and user-dictionary words are forced per call instead (`tagWithWords` in
   * extract/entities.ts). Kept optional so that other segmenters may still offer it.
   */
  insertWord?(word: string, tag?: string): void;
  /**
   * TF-IDF keywords, best first, at most `topN`. The default segmenter tags `text` and weighs its
   * words (src/nlp/idf.ts); callers that have the tagging already use `tfidf` on it instead.
   */
  extract(text: string, topN: number): WeightedWord[];
}

type NodeJieba = typeof import('nodejieba');

let jieba: NodeJieba | null = null;

/** A one-line IDF table for nodejieba's `load()`, which would otherwise read jieba's 6 MB one. */
const IDF_PLACEHOLDER = fileURLToPath(new URL('../../data/jieba/idf-placeholder.utf8', import.meta.url));

/** nodejieba's module (the native binding opened, no dictionary read yet). */
function nodejieba(): NodeJieba {
  const require = createRequire(import.meta.url);
  return require('nodejieba') as NodeJieba;
}

function load(): NodeJieba {
  if (!jieba) {
    const j = nodejieba();
    // takes the dictionary loadInBackground started (waiting for it if need be), else loads it here
    j.load({ idfDict: IDF_PLACEHOLDER });
    jieba = j;
  }
  return jieba;
}

/**
 * Starts loading the segmenter's dictionary on a thread of its own (nodejieba's `loadInBackground`,
 * added by patches/nodejieba+3.5.8.patch) and returns at once, so that the rest of start-up (the
 * pipeline's modules, the input, the tagger's model) runs meanwhile on the main thread instead of
 * after it (issue 12: one issue's whole CLI against `load()` alone). The first cut or tag then takes
 * it, waiting for the rest if need be: the same dictionary as a load on first use. For a process
 * that will segment: one whose dictionary nothing needs pays for it all the same. Does nothing
 * when the dictionary is loaded or loading, or when nodejieba was built without the patch.
 */
export function preloadSegmenter(): void {
  if (jieba || preloading) return;
  preloading = true;
  try {
    (nodejieba() as NodeJieba & { loadInBackground?: (o: { idfDict: string }) => boolean }).loadInBackground?.({ idfDict: IDF_PLACEHOLDER });
  } catch {
    // no native binding: the first cut or tag throws its error, as without a preload
  }
}
let preloading = false;

/** Whether `preloadSegmenter` was called in this thread (the dictionary loading or loaded). */
export function segmenterPreloading(): boolean {
  return preloading;
}

/** The process-wide nodejieba segmenter. Loading happens on first use; errors (missing native
 * binding) are thrown from that first call. */
export const segmenter: Segmenter = {
  cut: (text) => load().cut(text),
  tag: (text) => load().tag(text),
  extract: (text, topN) => tfidf(load().tag(text), topN),
};
