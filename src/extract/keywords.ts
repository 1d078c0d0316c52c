/**
 * Keywords of a story: jieba's TF-IDF extraction (its bundled idf.utf8), best first, without
 * numbers, single characters, punctuation and stop words (`STOP_WORDS` in lexicon.ts).
 */
import type { Segmenter } from '../nlp/jieba.js';
import { STOP_WORDS } from './lexicon.js';

/** Keywords kept per article (issue 3 item 6). */
export const KEYWORDS_PER_ARTICLE = 8;
/** Candidates asked from the extractor before filtering, so that 8 remain after it. */
const CANDIDATES = 40;

/** Whether a keyword candidate is kept: 2+ characters, Han only, no digits, not a stop word. */
export function isKeyword(word: string, exclude: ReadonlySet<string> = new Set()): boolean {
  return /^\p{Script=Han}{2,}$/u.test(word) && !/[〇零一二三四五六七八九十百千万亿两]{2,}/u.test(word) && !STOP_WORDS.has(word) && !exclude.has(word);
}

/**
 * Top `n` TF-IDF keywords of `text` (best first). `exclude` removes words such as the reporters'
 * names. Returns [] for text without words.
 */
export function extractKeywords(text: string, segmenter: Segmenter, n = KEYWORDS_PER_ARTICLE, exclude: ReadonlySet<string> = new Set()): string[] {
  if (!text.trim()) return [];
  const out: string[] = [];
  for (const { word } of segmenter.extract(text, CANDIDATES)) {
    if (isKeyword(word, exclude) && !out.includes(word)) out.push(word);
    if (out.length >= n) break;
  }
  return out;
}
