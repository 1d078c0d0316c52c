/**
 * How plausible a decoding is as Chinese text: the cost of each character, its negative natural log
 * probability under a unigram model of Chinese (nats), summed over a text's non-ASCII characters.
 * Comparing two decodings of the same bytes by their costs is a likelihood-ratio test: bytes valid
 * in UTF-8 and in GB18030 (今日岚溪 in UTF-8 reads as GB18030 浠婃棩宀氭邯) are taken in the
 * encoding whose text is cheaper. ASCII reads the same in all of them and is skipped.
 *
 * The model covers the full CJK range, not one standard's level-1 set: 岚 (GB 2312 level 2) costs
 * 12 nats, 今 7, the mojibake 婃 12.5; Han characters jieba's dictionary does not hold cost
 * {@link UNSEEN_HAN_COST}. Every weight is here, with what it was set from.
 */
import { CHAR_COST_BUCKETS } from '../data/char-freq.js';

/**
 * Cost of a Han character of GB 2312 or Big5 level 1 (the commonest 3,755 simplified and 5,401
 * traditional characters) at most: jieba's dictionary counts simplified text, where traditional
 * characters (國 16.1, 際 unseen) are rare; this keeps a traditional UTF-8 line as plausible as the
 * simplified one it spells. 10.5 nats is the cost of about the 2,500th commonest character.
 */
export const LEVEL1_MAX_COST = 10.5;
/** A Han character the dictionary does not hold (extension blocks, rare forms): above its rarest (17.7). */
export const UNSEEN_HAN_COST = 18;
/**
 * CJK and full-width punctuation, general punctuation, letterlike symbols (℃, №), enclosed and
 * Roman numerals, box drawing and geometric shapes (□, ■, ◎, ★), full-width forms (０-９, Ａ-Ｚ):
 * what papers print beside Han text. About one character in seven of news text is punctuation;
 * 5 nats (1 in 150) for any one of them keeps a line of symbols (——, □□, ０７３６－８２１２) plausible.
 */
export const SYMBOL_COST = 5;
/** Other letters and signs (Latin-1 and extended Latin, Greek, Cyrillic, kana, Hangul): rare in Chinese text. */
export const FOREIGN_COST = 14;
/** U+FFFD, private use, C1 controls, lone surrogates and noncharacters: what a wrong decoding gives. */
export const BROKEN_COST = 25;

/** The symbols of {@link SYMBOL_COST}. */
const SYMBOL_RE = /[\u00b7\u00d7\u2010-\u205e\u2100-\u218f\u2190-\u21ff\u2460-\u24ff\u2500-\u27bf\u3000-\u303f\ufe30-\ufe4f\uff01-\uff65\uffe0-\uffe6]/u;
/** What {@link BROKEN_COST} is for. */
const BROKEN_RE = /[\u0080-\u009f\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff\ufffd]/u;
const HAN_RE = /\p{Script=Han}/u;

let table: Map<string, number> | null = null;

/** The dictionary's costs by character, built once from {@link CHAR_COST_BUCKETS}. */
function costTable(): Map<string, number> {
  if (!table) {
    table = new Map();
    for (const [k, chars] of CHAR_COST_BUCKETS) for (const ch of chars) table.set(ch, k / 2);
  }
  return table;
}

/**
 * The cost of one non-ASCII character (a code point), in nats. `isLevel1` says whether a Han
 * character is of GB 2312 or Big5 level 1 (capped at {@link LEVEL1_MAX_COST}).
 */
export function charCost(ch: string, isLevel1: (ch: string) => boolean): number {
  const known = costTable().get(ch);
  if (known !== undefined) return isLevel1(ch) ? Math.min(known, LEVEL1_MAX_COST) : known;
  if (HAN_RE.test(ch)) return isLevel1(ch) ? LEVEL1_MAX_COST : UNSEEN_HAN_COST;
  if (SYMBOL_RE.test(ch)) return SYMBOL_COST;
  if (BROKEN_RE.test(ch)) return BROKEN_COST;
  return FOREIGN_COST;
}

/**
 * A function giving the summed cost of the non-ASCII characters of a text (see {@link charCost}; 0
 * for ASCII text), each character's cost remembered by code unit (a table of the BMP) or, beyond
 * the BMP, by character: a file's lines repeat their characters, and this runs over every line of a
 * mixed-encoding file twice.
 */
export function textCoster(isLevel1: (ch: string) => boolean): (text: string) => number {
  const bmp = new Float32Array(0x10000).fill(NaN);
  const astral = new Map<string, number>();
  return (text) => {
    let cost = 0;
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      if (u < 0x80) continue;
      if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          const ch = text.slice(i, i + 2);
          let c = astral.get(ch);
          if (c === undefined) astral.set(ch, (c = charCost(ch, isLevel1)));
          cost += c;
          i++;
          continue;
        }
      }
      let c = bmp[u];
      if (Number.isNaN(c)) bmp[u] = c = charCost(String.fromCharCode(u), isLevel1);
      cost += c;
    }
    return cost;
  };
}
