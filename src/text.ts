/**
 * Small text predicates shared by the layout stages. Pure functions over strings.
 */
import { MAX_HEADLINE_LENGTH, MAX_KICKER_LENGTH } from './heuristics.js';

/** True for a Han (CJK unified ideograph) character, including extensions A-G. */
export function isHan(ch: string): boolean {
  return /^\p{Script=Han}$/u.test(ch);
}

const HAN_RE = /\p{Script=Han}/u;

/** True when the string contains at least one Han character. */
export function hasHan(s: string): boolean {
  return HAN_RE.test(s);
}

/**
 * Width of a line as set in a column: Han, kana, full-width forms and CJK punctuation count 1,
 * everything else (ASCII letters, digits, half-width punctuation) 0.5. Whitespace counts 0.
 */
export function visualLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (/\s/.test(ch)) continue;
    n += c >= 0x2e80 || (c >= 0x2010 && c <= 0x201f) || c === 0x2026 || c === 0xb7 ? 1 : 0.5;
  }
  return n;
}

/**
 * Characters that end a sentence (or a paragraph): 。！？…, their half-width forms, closing quotes
 * and brackets after such a mark, and the colon (a paragraph that ends with ： introduces the next).
 */
const SENTENCE_END_RE = /(?:[。！？!?…；;：:]|[.](?<![A-Za-z0-9][.]))[”’」』）)\]》]*$|[”’」』]$/u;

/** True when the text (trailing whitespace ignored) ends a sentence. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END_RE.test(text.trimEnd());
}

/** Sentence punctuation that a headline seldom contains but running text almost always does. */
const BODY_PUNCT_RE = /[，。；：！？、,;:!?]/u;

/** True when the text contains punctuation of running text (，。；：！？、 and half-width forms). */
export function hasBodyPunctuation(text: string): boolean {
  return BODY_PUNCT_RE.test(text);
}

/** True when a line ends with the kicker dash: ——, ──, or a lone long dash. */
export function endsWithKickerDash(text: string): boolean {
  return /(?:——|──|—|--)$/u.test(text.trimEnd());
}

/**
 * Headline shape: short, containing Han, not ending a sentence with 。, and without the commas and
 * full stops of running text (one ， or ！ is allowed: 凝心聚力，奋勇争先). A line ending in ——
 * is a kicker and may be longer and punctuated. Thresholds: MAX_HEADLINE_LENGTH, MAX_KICKER_LENGTH.
 */
export function isHeadlineShaped(text: string): boolean {
  const t = text.trim();
  if (!hasHan(t)) return false;
  const len = visualLength(t);
  if (endsWithKickerDash(t)) return len <= MAX_KICKER_LENGTH;
  if (len > MAX_HEADLINE_LENGTH) return false;
  if (/[。；;：:、]/u.test(t)) return false;
  if (/[。！？!?…]$/u.test(t) && len > 16) return false;
  const commas = (t.match(/[，,！!？?]/gu) ?? []).length;
  return commas <= 1;
}
