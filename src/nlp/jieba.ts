/**
 * The only module that imports nodejieba. The dictionary (about 1.1 s to load on the reference
 * machine: 0.9 s for jieba.dict.utf8, 0.3 s for idf.utf8) is loaded once per process or worker,
 * lazily, on the first call that needs it.
 */
import { createRequire } from 'node:module';

/** A word with its jieba part-of-speech tag (ICTCLAS tags: nr person, ns place, nt organization, …). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** A keyword with its TF-IDF weight (unitless, larger is more characteristic). */
export interface WeightedWord {
  word: string;
  weight: number;
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
  /** TF-IDF keywords, best first, at most `topN`. */
  extract(text: string, topN: number): WeightedWord[];
}

type NodeJieba = typeof import('nodejieba');

let jieba: NodeJieba | null = null;

function load(): NodeJieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    jieba = require('nodejieba') as NodeJieba;
    jieba.load();
  }
  return jieba;
}

/** The process-wide nodejieba segmenter. Loading happens on first use; errors (missing native
 * binding) are thrown from that first call. */
export const segmenter: Segmenter = {
  cut: (text) => load().cut(text),
  tag: (text) => load().tag(text),
  extract: (text, topN) => load().extract(text, topN),
};
