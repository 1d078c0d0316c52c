/**
 * Keywords of a story: jieba's TF-IDF weighting (its idf.utf8, src/nlp/idf.ts) of the words of the
 * article's one tagging (no second segmentation, issue 12), best first, without
 * numbers, single characters, punctuation and stop words (`STOP_WORDS` in lexicon.ts), and, when
 * the article's own tagging is given, without pieces that tagging does not cut as a content word
 * (能收, 力抓 cut across words; 地说, 上要, 李四到 glued by the HMM to a particle or a name), words it
 * reads only as a person's name, three characters or more (names are the people's; 生逢其/nr of 生逢其时 is a misread piece) and
 * the rest of a count after a number (30余场, 9点半: `countPieces`).
 */
import type { Segmenter, TaggedWord } from '../nlp/jieba.js';
import { tfidf } from '../nlp/idf.js';
import { STOP_WORDS } from './lexicon.js';

/** Keywords kept per article (issue 3 item 6). */
export const KEYWORDS_PER_ARTICLE = 8;
/** Candidates asked from the extractor before filtering, so that 8 remain after it. */
const CANDIDATES = 40;

/**
 * Part-of-speech tags of content words (jieba/ICTCLAS): nouns n*, verbs v*, adjectives a*,
 * distinguishing words b, idioms i, set phrases l, abbreviations j, foreign words eng. Not
 * adverbs d, numerals m, time words t, pronouns r, locatives f, places-of s, function words.
 */
const CONTENT_TAG = /^(?:n|v|a|b|i|l|j|eng)/u;
/**
 * Characters that never start a word the HMM glued together (tag x): particles, auxiliaries,
 * locatives and measure words that jieba's dictionary would have cut off (地说, 上要, 能收, 个村),
 * in simplified and traditional forms. From the x-tagged keywords of the real issue and fixtures.
 */
const FRAGMENT_START = new Set([
  ...'的地得了着过在是和与及或就也都还又要能会可将把被让给对向从上下个余这那其之而并且等率每各该说到說與會將對從給讓還這們個過為於',
  // The unit closing a date, glued to the word after it (月生 of 1979年5月生, 日起 of 9月5日起: tester11's
  // party-building paper, Dec 2026).
  ...'年月日号',
]);
/**
 * Characters that never end such a word: particles and the verbs of going and saying a name or an
 * adverb runs into (李四到, 地说, 国華率). From the same keywords.
 */
const FRAGMENT_END = new Set([...'的地得了着过到说率在和与及或把被将說與將過們']);

/**
 * Tags of a person's name: a word of three characters or more the tagging reads only so is a name or a
 * misread piece (生逢其/nr of 生逢其时), no keyword (two-character ones are often words: 华裔/nr).
 */
const PERSON_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/**
 * Characters that open the rest of a count when the word stands right after a number (30/余场, 9/点半,
 * 8.6/万亩, 200/多户): such a word is a piece of the count, no keyword (tester12's youth paper, Dec 2026).
 */
const COUNT_PIECE_START = new Set([...'余多点来几万亿千百']);
/** A number as the tagging cuts it (30/m, 9/x, 8.6, 三十). */
const NUMBER_WORD = /^(?:[0-9０-９.．]+|[〇零一二三四五六七八九十百千万亿两]+)$/u;

/**
 * The words of `tokens` that open with COUNT_PIECE_START and stand right after a number at every
 * occurrence (余场 of 30余场): pieces of counts.
 */
export function countPieces(tokens: readonly TaggedWord[]): Set<string> {
  const after = new Set<string>();
  const elsewhere = new Set<string>();
  tokens.forEach((t, k) => {
    if (!COUNT_PIECE_START.has(t.word[0])) return;
    const prev = tokens[k - 1];
    if (prev && (prev.tag === 'm' || NUMBER_WORD.test(prev.word))) after.add(t.word);
    else elsewhere.add(t.word);
  });
  for (const w of elsewhere) after.delete(w);
  return after;
}

/** Whether a keyword candidate is kept: 2+ characters, Han only, no digits, not a stop word. */
export function isKeyword(word: string, exclude: ReadonlySet<string> = new Set()): boolean {
  return /^\p{Script=Han}{2,}$/u.test(word) && !/[〇零一二三四五六七八九十百千万亿两]{2,}/u.test(word) && !STOP_WORDS.has(word) && !exclude.has(word);
}

/**
 * Whether `word` is a whole content word of the article: some token of `tokens` (the article's one
 * tagging) is `word` with a content tag (`CONTENT_TAG`), or is `word` tagged x (a word the
 * dictionary does not know: 托育, 千禧园, 筑牢) that neither starts nor ends with a function
 * character (`FRAGMENT_START`, `FRAGMENT_END`). `tagsOf` maps each word of the tagging to its tags.
 */
export function isContentWord(word: string, tagsOf: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const tags = tagsOf.get(word);
  if (!tags) return false;
  for (const tag of tags) {
    if (CONTENT_TAG.test(tag)) return true;
    if (tag === 'x' && !FRAGMENT_START.has(word[0]) && !FRAGMENT_END.has(word[word.length - 1])) return true;
  }
  return false;
}

/** Whether `word` is a name of `names` with one character glued before or after it (李四到). */
export function isNamePlusOne(word: string, names: ReadonlySet<string>): boolean {
  return word.length >= 3 && (names.has(word.slice(0, -1)) || names.has(word.slice(1)));
}

/**
 * Word → the tags the tagging gives it anywhere in the text; with `only`, for those words alone
 * (the others are absent), so that the index of a long article is no larger than its question.
 */
export function tagIndex(tokens: readonly TaggedWord[], only?: ReadonlySet<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const t of tokens) {
    if (only && !only.has(t.word)) continue;
    const tags = out.get(t.word);
    if (tags) tags.add(t.tag);
    else out.set(t.word, new Set([t.tag]));
  }
  return out;
}

/**
 * Top `n` TF-IDF keywords of `text` (best first). `exclude` removes words such as the reporters'
 * names, and words made of one of them and one more character. `tokens`, the article's tagging of
 * `text` when the caller has it, is what the words are counted on (no second segmentation) and
 * keeps only whole content words (`isContentWord`); without it `segmenter.extract` is asked.
 * Returns [] for text without words.
 */
export function extractKeywords(
  text: string,
  segmenter: Segmenter,
  n = KEYWORDS_PER_ARTICLE,
  exclude: ReadonlySet<string> = new Set(),
  tokens?: readonly TaggedWord[],
): string[] {
  if (!text.trim()) return [];
  const candidates = tokens ? tfidf(tokens, CANDIDATES) : segmenter.extract(text, CANDIDATES);
  // the tags of the candidates only (isContentWord asks about nothing else)
  const tagsOf = tokens ? tagIndex(tokens, new Set(candidates.map((c) => c.word))) : null;
  const pieces = tokens ? countPieces(tokens) : new Set<string>();
  const out: string[] = [];
  for (const { word } of candidates) {
    if (!isKeyword(word, exclude) || isNamePlusOne(word, exclude) || out.includes(word) || pieces.has(word)) continue;
    if (tagsOf && !isContentWord(word, tagsOf)) continue;
    if (tagsOf && word.length >= 3 && [...(tagsOf.get(word) ?? [])].every((t) => PERSON_TAGS.has(t))) continue;
    out.push(word);
    if (out.length >= n) break;
  }
  return out;
}
