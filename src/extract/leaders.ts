/**
 * Leaders (officials) named with their offices: `区委书记胡拥军`, chains of offices joined by 、
 * (`区委副书记、组织部部长、统战部部长张明星`), lists after 区领导 (`区领导谢小兵、顾斌`), and OCR noise
 * in a title (`区区政府副区长`). A title in front of a name decides where the name is, not the
 * segmenter's cut (胡拥军, not 胡/拥军). Pure apart from the segmenter it is given.
 */
import type { Segmenter, TaggedWord } from '../nlp/jieba.js';
import {
  COMPOUND_SURNAMES,
  LEADER_LIST_HEADS,
  NICKNAME_SUFFIXES,
  NON_ORGAN_UNIT_ENDS,
  OFFICES_AFTER_NAME,
  NAME_STOP_CHARS,
  OFFICE_CORES,
  OFFICE_PREFIXES,
  ROLE_WORDS,
  SEASON_NAME_CHARS,
  SLOT_ONLY_SURNAMES,
  SURNAMES,
  UNIT_INTERNAL_BODIES,
} from './lexicon.js';

/** A leader mention found in a text: name, the offices printed before it, and where it is. */
export interface LeaderMention {
  name: string;
  /** Offices as printed, chain separators removed, OCR-doubled levels cleaned (区区政府 → 区政府). */
  titles: string[];
  /** Offset of the name in the text (UTF-16 code units). */
  start: number;
  end: number;
  /** The 区领导-style head when the name came from a list without titles. */
  listHead: string | null;
  /** Offsets of the first title as printed, before cleaning (`[titleStart, firstTitleEnd)`), or -1 for a name from a list. */
  titleStart: number;
  firstTitleEnd: number;
  /**
   * True when the office is a bare core (主任, 院长) or an office of a unit's own body (党委书记:
   * UNIT_INTERNAL_BODIES) printed right after a unit that is no organ (NON_ORGAN_UNIT_ENDS: 急诊科主任,
   * 医院院长, 集团公司党委书记): the name is a person's with that role, not a leader's.
   */
  headsUnit?: boolean;
}

const HAN = /\p{Script=Han}/u;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A department prefix not in the lexicon: 区住建局, 市发改委, 县政府办 (a level, 1-6 Han, an organ
 * ending). A party branch (党支部, 支部) is no department: 镇宋桥村党支部 is a town and a village branch.
 */
const DEPARTMENT = '(?:[省市区县镇](?:\\p{Script=Han}){1,6}?(?:局|委|办|(?<!支)部))';
const PREFIX = `(?:${OFFICE_PREFIXES.map(esc).join('|')}|${DEPARTMENT})`;
const CORE = `(?:${OFFICE_CORES.map(esc).join('|')})`;
const TITLE = `(?:${PREFIX}*${CORE})`;
/**
 * A chain of offices joined by 、 (or ，when OCR misreads it), ending right before a name. This is
 * the specification of `findOfficeChains`, which finds the same matches without the regex
 * engine's exponential backtracking over runs of prefixes (区委区委区委… with no office after).
 */
export const CHAIN_RE = new RegExp(`${TITLE}(?:[、，,]${TITLE})*`, 'gu');

const PREFIX_SET: ReadonlySet<string> = new Set(OFFICE_PREFIXES);
/** A unit that is no organ ending right before an office (NON_ORGAN_UNIT_ENDS). */
const NON_ORGAN_UNIT_BEFORE = new RegExp(`(?:${NON_ORGAN_UNIT_ENDS.map(esc).join('|')})$`, 'u');
/** Characters before an office that NON_ORGAN_UNIT_BEFORE reads (its longest entry). */
const NON_ORGAN_UNIT_WINDOW = Math.max(...NON_ORGAN_UNIT_ENDS.map((u) => u.length));
const CORE_SET: ReadonlySet<string> = new Set(OFFICE_CORES);
/** An office of a unit's own body: UNIT_INTERNAL_BODIES, then a core (党委书记, 党总支副书记, 办公室主任). */
const UNIT_BODY_OFFICE = new RegExp(`^(?:${UNIT_INTERNAL_BODIES.map(esc).join('|')})+(?:${OFFICE_CORES.map(esc).join('|')})$`, 'u');
/** First UTF-16 unit → the lengths of the words that start with it, longest first. */
function lengthsByFirst(words: readonly string[]): ReadonlyMap<number, readonly number[]> {
  const out = new Map<number, number[]>();
  for (const w of words) {
    const lengths = out.get(w.charCodeAt(0)) ?? [];
    if (!lengths.includes(w.length)) lengths.push(w.length);
    out.set(w.charCodeAt(0), lengths);
  }
  for (const lengths of out.values()) lengths.sort((a, b) => b - a);
  return out;
}
const PREFIX_LENGTHS = lengthsByFirst(OFFICE_PREFIXES);
const CORE_LENGTHS = lengthsByFirst(OFFICE_CORES);
const NO_LENGTHS: readonly number[] = [];
/** DEPARTMENT's parts: a level, 1-6 Han characters (code points), an organ ending. */
const DEPARTMENT_LEVELS = new Set([...'省市区县镇']);
const DEPARTMENT_ENDS = new Set([...'局委办部']);
const DEPARTMENT_MAX_STEM = 6;
const CHAIN_SEPARATORS = new Set([...'、，,']);
/** UTF-16 units an office title can start with (a prefix, a core or a DEPARTMENT level): 1, else 0. */
const TITLE_STARTS = new Uint8Array(0x10000);
for (const w of [...OFFICE_PREFIXES, ...OFFICE_CORES, ...DEPARTMENT_LEVELS]) TITLE_STARTS[w.charCodeAt(0)] = 1;
const HAN_AT = /\p{Script=Han}/uy;
const UNKNOWN = 0;
const FAIL = -1;

/**
 * The matches of `CHAIN_RE` in `text` (same starts, same texts), found by the same leftmost,
 * priority-ordered search with each position's outcome remembered: whether an office title
 * (`PREFIX* CORE`) starts at a position, and where the regex would end it, depends on the
 * position only, because nothing after a title can make the regex take it back. Linear in the
 * text length times the number of alternatives.
 */
export function findOfficeChains(text: string): { index: number; match: string }[] {
  // memo[q]: UNKNOWN, FAIL, or 1 + the end of the title the regex reads from q.
  const memo = new Int32Array(text.length + 2);

  /** The ends of the prefixes at q, in the regex's order: the literal prefixes longest first, then DEPARTMENT, shortest first. */
  const prefixEnds = (q: number): number[] => {
    const ends: number[] = [];
    for (const len of PREFIX_LENGTHS.get(text.charCodeAt(q)) ?? NO_LENGTHS) if (q + len <= text.length && PREFIX_SET.has(text.slice(q, q + len))) ends.push(q + len);
    if (DEPARTMENT_LEVELS.has(text[q])) {
      let p = q + 1;
      for (let k = 1; k <= DEPARTMENT_MAX_STEM; k++) {
        HAN_AT.lastIndex = p;
        if (!HAN_AT.test(text)) break;
        p = HAN_AT.lastIndex;
        if (DEPARTMENT_ENDS.has(text[p]) && !(text[p] === '部' && text[p - 1] === '支')) ends.push(p + 1);
      }
    }
    return ends;
  };
  /** The end of the first office core at q (the longest, as the alternation is longest first), or FAIL. */
  const coreEnd = (q: number): number => {
    for (const len of CORE_LENGTHS.get(text.charCodeAt(q)) ?? NO_LENGTHS) if (q + len <= text.length && CORE_SET.has(text.slice(q, q + len))) return q + len;
    return FAIL;
  };
  /** Whether a title may start at q (its first character starts some prefix or core). */
  const canStart = (q: number) => q < text.length && TITLE_STARTS[text.charCodeAt(q)] === 1;
  /** Where the title starting at q ends (FAIL if none): depth-first over the prefixes, without recursion. */
  const titleEnd = (q0: number): number => {
    if (!canStart(q0)) return FAIL;
    if (memo[q0] === UNKNOWN) {
      const stack = [{ q: q0, ends: prefixEnds(q0), k: 0 }];
      while (stack.length) {
        const f = stack[stack.length - 1];
        if (f.k < f.ends.length) {
          const next = canStart(f.ends[f.k]) ? memo[f.ends[f.k]] : FAIL;
          if (next === UNKNOWN) stack.push({ q: f.ends[f.k], ends: prefixEnds(f.ends[f.k]), k: 0 });
          else if (next === FAIL) f.k++;
          else {
            memo[f.q] = next;
            stack.pop();
          }
          continue;
        }
        const end = coreEnd(f.q);
        memo[f.q] = end === FAIL ? FAIL : end + 1;
        stack.pop();
      }
    }
    return memo[q0] === FAIL ? FAIL : memo[q0] - 1;
  };

  const out: { index: number; match: string }[] = [];
  for (let s = 0; s < text.length; ) {
    let end = titleEnd(s);
    if (end === FAIL) {
      // The next start the regex tries (a whole code point on).
      const cp = text.codePointAt(s) ?? 0;
      s += cp > 0xffff ? 2 : 1;
      continue;
    }
    for (;;) {
      if (!CHAIN_SEPARATORS.has(text[end])) break;
      const next = titleEnd(end + 1);
      if (next === FAIL) break;
      end = next;
    }
    out.push({ index: s, match: text.slice(s, end) });
    s = end;
  }
  return out;
}
/** National offices printed after a name (OFFICES_AFTER_NAME), longest first, not followed by a name character run into another office. */
const AFTER_NAME_RE = new RegExp(`(?:${[...OFFICES_AFTER_NAME].sort((a, b) => b.length - a.length).map(esc).join('|')})`, 'gu');

/** Characters of context on each side that `isWholeWord` tags. */
const WHOLE_WORD_CONTEXT = 4;

/**
 * Whether `[start, end)` of `text` starts a word: no word of the segmenter's tagging of a short
 * window around it runs across `start` and ends inside the name (院/长江/流域 holds no name 江流域
 * after 院长). A name known from the issue is whole by definition. The window
 * (WHOLE_WORD_CONTEXT characters each side) keeps the answer the same in both passes.
 */
function isWholeWord(text: string, start: number, end: number, segmenter: Segmenter, known: ReadonlySet<string>): boolean {
  if (known.has(text.slice(start, end))) return true;
  const from = Math.max(0, start - WHOLE_WORD_CONTEXT);
  let words: TaggedWord[];
  try {
    words = segmenter.tag(text.slice(from, Math.min(text.length, end + WHOLE_WORD_CONTEXT)));
  } catch {
    return true;
  }
  let at = from;
  for (const w of words) {
    const wEnd = at + w.word.length;
    // A word across the name's end is common in good text (张军/作报告 cut 张/军作/报告), so only its start counts.
    if (at < start && wEnd > start && wEnd <= end) return false;
    at = wEnd;
  }
  return true;
}

/** A role word (ROLE_WORDS) or an office's last character run (findOfficeChains), then a surname, spaces and a Han character. */
let nameSlotSpaceRe: RegExp | null = null;

/**
 * `text` with the spaces inside a name in a name's slot closed up, for matching (the printed text is kept
 * elsewhere): after an office (findOfficeChains) or a role word (ROLE_WORDS), a surname (SURNAMES,
 * COMPOUND_SURNAMES), a run of ASCII or ideographic spaces and a Han character: 民警李　强说 → 民警李强说,
 * 所长王　勇介绍 → 所长王勇介绍 (a two-character name padded to three, as papers print names), 区委书记胡 拥军
 * → 区委书记胡拥军 (an OCR slip, issue 8). Any other space is kept (凤溪县　农村饮水…: a lead-in, 成　员：).
 * The text is shorter by the spaces closed up; names read on it are reported closed up, as bylines are.
 * Source: tester30's police paper (Dec 2026: 交警大队民警李　强 had no person) and issue 8.
 */
export function withNameSlotSpacesClosed(text: string): string {
  if (!/[ \t\u3000]/u.test(text)) return text;
  nameSlotSpaceRe ??= new RegExp(
    `(?<=(?:${ROLE_WORDS.map(esc).join('|')}|${OFFICE_CORES.map(esc).join('|')})(?:${[...COMPOUND_SURNAMES].map(esc).join('|')}|[${[...SURNAMES].join('')}]))[ \\t\\u3000]+(?=\\p{Script=Han})`,
    'gu',
  );
  let out = text.replace(nameSlotSpaceRe, '');
  for (const chain of findOfficeChains(out)) {
    const at = chain.index + chain.match.length;
    const sl = COMPOUND_SURNAMES.has(out.slice(at, at + 2)) ? 2 : SURNAMES.has(out[at] ?? '') ? 1 : 0;
    if (!sl) continue;
    const gap = /^[ \t\u3000]+(?=\p{Script=Han})/u.exec(out.slice(at + sl, at + sl + 8));
    if (gap) out = out.slice(0, at + sl) + out.slice(at + sl + gap[0].length);
  }
  return out;
}

/** Administrative suffixes a name read after an office must not end with or run into (区长/丰街道, 处长/丰村). */
const PLACE_FRAGMENT_RE = /^(?:街道|社区|村|镇|乡|县|区|市|省)/u;

/**
 * Whether a name read after an office is a piece of a place (区长丰街道办事处 is 区 + 长丰街道, not
 * 区长 + 丰街道): the name ends with, or is followed by, an administrative suffix.
 */
function isPlaceFragment(text: string, pos: number, name: string): boolean {
  const end = pos + name.length;
  return PLACE_FRAGMENT_RE.test(text.slice(end, end + 2)) || /(?:街道|社区|[村镇乡县区市省])$/u.test(name) || /^(?:街道|社区)/u.test(text.slice(pos + 1, pos + 3));
}

const LIST_RE = new RegExp(`(?:${LEADER_LIST_HEADS.map(esc).join('|')})`, 'gu');

/** Tags that a first word after a title must not have to be read as a name (not a function word). */
const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'm', 'f', 't', 'd', 'x_punct']);
/** Tags of dictionary words that are names or unknown words (jieba's HMM output is `x`). */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x', 'nz']);

/** Tags a two-character word after a surname tagged `nr` must not have to be its given name (function words, numbers, time, places). */
const GIVEN_BLOCK_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'm', 'q', 't', 'f', 'x_punct', 'ns', 'v', 'vn']);

/** How many characters after a title the segmenter sees to decide a name's length. */
export const NAME_WINDOW = 8;

/**
 * Reads a person's name at `pos` in `text`: a surname from the 百家姓 list (compound surnames
 * allowed; SLOT_ONLY_SURNAMES too, as this reads the slot where an office or a role puts a name) and a given name of 1-2 Han characters. The length comes from, in order: a name
 * already known (found by title elsewhere in the issue), a stop character (与/在/等 …) after two
 * characters, and the segmenter's tagging of a short window (`NAME_WINDOW`): a surname cut off as
 * its own word takes the next word (胡/拥军 → 胡拥军), a dictionary word that is not a name
 * (全面, 密切联系) is no name. Returns null when no name starts at `pos`.
 */
export function readName(
  text: string,
  pos: number,
  segmenter: Segmenter,
  known: ReadonlySet<string> = new Set(),
  tokens?: readonly Token[],
): string | null {
  for (const len of [4, 3, 2]) {
    const cand = text.slice(pos, pos + len);
    if (cand.length === len && known.has(cand)) return cand;
  }
  const sl = COMPOUND_SURNAMES.has(text.slice(pos, pos + 2)) ? 2 : SURNAMES.has(text[pos] ?? '') || SLOT_ONLY_SURNAMES.has(text[pos] ?? '') ? 1 : 0;
  if (!sl) return null;
  let given = 0;
  while (given < 2 && HAN.test(text[pos + sl + given] ?? '')) given++;
  if (given === 0) return null;
  // A name the dictionary knows as one (杨再兴/nr) holds the characters NAME_STOP_CHARS would cut it at.
  if (NAME_STOP_CHARS.has(text[pos + sl]) || (given === 2 && NAME_STOP_CHARS.has(text[pos + sl + 1]))) {
    const whole = dictionaryNameAt(text, pos, sl, segmenter, tokens);
    if (whole) return whole;
  }
  if (NAME_STOP_CHARS.has(text[pos + sl])) return null;
  if (given === 1) return text.slice(pos, pos + sl + 1);
  if (NAME_STOP_CHARS.has(text[pos + sl + 1])) return text.slice(pos, pos + sl + 1);
  const at = tokens ? tokenAt(tokens, pos) : -1;
  if (at >= 0 && tokens) return nameFromTags(tokens.slice(at, at + 3), sl);
  const window = text.slice(pos, pos + NAME_WINDOW);
  let tags: TaggedWord[];
  try {
    tags = segmenter.tag(window);
  } catch {
    return text.slice(pos, pos + sl + 2);
  }
  return nameFromTags(tags, sl);
}

/** Tags of a dictionary word that is a person's name (jieba's nr/nrfg/nrt; not its unknown-word x). */
const DICTIONARY_NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);

/**
 * The dictionary's person name starting at `pos` after a surname of `sl` characters (杨再兴/nr over 副州长杨再兴出席),
 * or null: one word of the tagging (`tokens`, else a tag of the NAME_WINDOW there) starting at `pos`, tagged
 * DICTIONARY_NAME_TAGS, of 1-2 Han characters after the surname. Lets a name hold a character of
 * NAME_STOP_CHARS (再, 全, 和…) the way the language's dictionary prints it (tester23's 州报: 副州长杨再兴 had no
 * leader). On pd98 dev, CLUENER dev and MSRA test people and leader scores unchanged or up (README Entities).
 */
function dictionaryNameAt(text: string, pos: number, sl: number, segmenter: Segmenter, tokens?: readonly Token[]): string | null {
  let word: TaggedWord | undefined;
  const at = tokens ? tokenAt(tokens, pos) : -1;
  if (tokens && at >= 0) word = tokens[at].start === pos ? tokens[at] : undefined;
  else if (!tokens) {
    try {
      word = segmenter.tag(text.slice(pos, pos + NAME_WINDOW))[0];
    } catch {
      word = undefined;
    }
  }
  if (!word || !DICTIONARY_NAME_TAGS.has(word.tag)) return null;
  const len = word.word.length - sl;
  // A surname and a form of address (姚先生/nr, 钱大妈) is no name.
  if (NICKNAME_SUFFIXES.includes(word.word.slice(sl))) return null;
  return (len === 1 || len === 2) && /^\p{Script=Han}+$/u.test(word.word) ? word.word : null;
}

/** Decides a name from the tagged window that starts with a surname of length `sl`. */
function nameFromTags(tags: TaggedWord[], sl: number): string | null {
  const [t1, t2, t3] = tags;
  if (!t1) return null;
  if (t1.word.length > sl) {
    // An unknown word that runs a full name into a character that ends names (宋立华受/x 县人民政府委托): the name.
    if (t1.tag === 'x' && t1.word.length === sl + 3 && NAME_STOP_CHARS.has(t1.word[sl + 2]) && !NAME_STOP_CHARS.has(t1.word[sl])) return t1.word.slice(0, sl + 2);
    if (t1.word.length > sl + 2) return null; // 密切联系, 全力以赴
    // A noun of the surname and one character, then an unknown word that opens with the name's last
    // character (程志/n 远所作/x: the segmenter cut 程志远所作 at the wrong place): a three-character name.
    if (t1.word.length === sl + 1 && t1.tag === 'n' && t2?.tag === 'x' && t2.word.length >= 2 && HAN.test(t2.word[0]) && !NAME_STOP_CHARS.has(t2.word[0])) {
      return t1.word + t2.word[0];
    }
    if (!NAME_TAGS.has(t1.tag)) return null; // 全面/n, 强调/v
    // A name word one character short of a full given name, then a lone character that is no
    // function word or verb: 欧阳明/华 → 欧阳明华, 司马光/明 → 司马光明.
    if (t1.word.length === sl + 1 && t2 && t2.word.length === 1 && isNameChar(t2)) return t1.word + t2.word;
    return t1.word;
  }
  // The surname stands alone: 胡/拥军, 邵/振华, 张/明星, 张/文/动.
  if (['p', 'c', 'u', 'uj', 'ul', 'r', 'd'].includes(t1.tag)) return null; // 和/c 交警
  // A surname character used as a verb before a verb (委员能/v 运用/v) starts no name.
  if (t1.tag === 'v' && t2 && (t2.tag === 'v' || t2.tag === 'vn')) return null;
  // A lone surname, then a two-character word of any content tag (赵/nr 立新/d, 孙/zg 立新/d):
  // after a surname standing alone the given name's dictionary tag (立新 as an adverb) is weak.
  if (t2 && t2.word.length === 2 && /^\p{Script=Han}{2}$/u.test(t2.word) && !NAME_STOP_CHARS.has(t2.word[0]) && !GIVEN_BLOCK_TAGS.has(t2.tag)) {
    return t1.word + t2.word;
  }
  if (!t2 || !HAN.test(t2.word[0]) || FUNCTION_TAGS.has(t2.tag) || NAME_STOP_CHARS.has(t2.word[0])) return null;
  if (t2.word.length === 2) return t1.word + t2.word;
  if (t2.word.length > 2) return null;
  const two = t1.word + t2.word;
  if (t3 && t3.word.length === 1 && isNameChar(t3)) return two + t3.word;
  return two;
}

/**
 * Whether a one-character word can end a given name: Han, not a stop character, function word or
 * verb; a season that names end with (秋 of 卢映/x 秋/t: SEASON_NAME_CHARS) is one though jieba tags it a time word.
 */
function isNameChar(t: TaggedWord): boolean {
  if (t.tag === 't' && SEASON_NAME_CHARS.has(t.word)) return true;
  return HAN.test(t.word) && !NAME_STOP_CHARS.has(t.word) && !FUNCTION_TAGS.has(t.tag) && t.tag !== 'v';
}

/** Tags of a whole word that is no name (相识/v, 宣布/v, 通过/p, 并且/c, 已经/d). */
const WORD_NOT_NAME_TAGS = new Set(['v', 'vd', 'p', 'c', 'd', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud']);

/**
 * Whether `name` is a word of the language rather than a name, as the segmenter reads it alone:
 * one word tagged as a verb, preposition, conjunction, adverb or particle (主席相识 gives no leader
 * 相识, 美国总统宣布 none 宣布), a conjunction and more (首相和大主教: 和大), or a one-character
 * adverb and verb (俱乐部主席都遭到: 都遭). Found by reading the MSRA test split's and (the adverb)
 * CLUENER dev's wrong leaders (so those splits' leader precision after it is optimistic); on
 * sentences held out of the tagger's training it changes nothing. 高峰/nr, 宋平/x, 常明/x stay names.
 */
export function isWordNotName(name: string, segmenter: Segmenter): boolean {
  const words = segmenter.tag(name);
  if (words.length === 1) return WORD_NOT_NAME_TAGS.has(words[0].tag);
  if (words[0].word.length !== 1) return false;
  // An adverb and a one-character verb (主席都遭到…: 都遭; 还说, 也称).
  return words[0].tag === 'c' || (words[0].tag === 'd' && words.length === 2 && words[1].word.length === 1 && words[1].tag === 'v');
}

/** A level or state organ in an office (县长, 县政协主席, 市委书记): such an office may be printed after the name it belongs to. */
const LEVEL_IN_OFFICE = /[省市区县州旗镇乡]|国务院|中央|全国/u;
/** Tags of the word before a name that a postposed office follows: function words and verbs (由王伟明县长主持, 会见了…). */
const BEFORE_NAME_TAGS = new Set([...FUNCTION_TAGS, 'v', 'vn']);
/** Tags of a two-character word that is a name of its own (张三/nr, not 滨澜/x or 李庄/ns). */
const TWO_CHAR_NAME_TAGS = new Set(['nr', 'nrt', 'nrfg']);

/**
 * The name an office chain `m` is printed after (王伟明县长，县政协主席李德胜: 王伟明), or null. The
 * first office must name its level or organ (县长, 县政协主席, 国务院总理: LEVEL_IN_OFFICE; a bare 书记
 * after a name is a form of address) or be a national office news prints after names
 * (OFFICES_AFTER_NAME), and end a word; the name is whole (read by `readName` to the office's start,
 * opening a word after a mark, a function word or a verb), two characters only when the tagging
 * reads a name there (not a place stem: 滨澜县委, 李庄镇长) or the issue names it by title elsewhere.
 */
function postposedName(text: string, m: { index: number; match: string }, segmenter: Segmenter, known: ReadonlySet<string>, tokens?: readonly Token[]): string | null {
  const first = m.match.split(/[、，,]/u)[0];
  if (!LEVEL_IN_OFFICE.test(first) && !OFFICES_AFTER_NAME.includes(first)) return null;
  const firstEnd = m.index + first.length;
  // The office ends a word: 主任医师, 县长助理 are other words.
  if (HAN.test(text[firstEnd] ?? '') && !CHAIN_SEPARATORS.has(text[firstEnd])) {
    if (!tokens || tokenAt(tokens, firstEnd) < 0) return null;
  }
  if (tokens && tokenAt(tokens, m.index) < 0) return null;
  for (const len of [4, 3, 2]) {
    const start = m.index - len;
    if (start < 0) continue;
    const cand = text.slice(start, m.index);
    if (!/^\p{Script=Han}+$/u.test(cand)) continue;
    const name = readName(text, start, segmenter, known, tokens);
    if (name !== cand) continue;
    const prev = text[start - 1] ?? '';
    if (HAN.test(prev)) {
      // After a Han character the name opens a word of the tagging that follows a function word or a verb.
      if (!tokens) continue;
      const k = tokenAt(tokens, start);
      if (k <= 0 || !BEFORE_NAME_TAGS.has(tokens[k - 1].tag)) continue;
    }
    if (!known.has(name)) {
      if (isWordNotName(name, segmenter)) continue;
      if (len === 2) {
        const k = tokens ? tokenAt(tokens, start) : -1;
        const word = k >= 0 && tokens ? tokens[k] : segmenter.tag(name)[0];
        if (!word || word.word !== name || !TWO_CHAR_NAME_TAGS.has(word.tag)) continue;
      }
    }
    return name;
  }
  return null;
}

/** Cleans one printed office: drops an OCR-doubled level (区区政府副区长 → 区政府副区长). */
export function cleanTitle(title: string): string {
  return title.replace(/([省市区县镇乡])\1+/gu, '$1');
}

/**
 * Finds leaders named with titles in `text`: every chain of offices (lexicon in `lexicon.ts`)
 * followed by a name, and every list after 区领导/县领导/… (names joined by 、). `known` are names
 * found by title elsewhere in the issue (pass 1), used to decide name lengths consistently.
 * `chains` are `findOfficeChains(text)`, for a caller that has them already (they depend on the
 * text only). Returns mentions in text order; a name may occur several times.
 */
export function findLeaderMentions(
  text: string,
  segmenter: Segmenter,
  known: ReadonlySet<string> = new Set(),
  tokens?: readonly Token[],
  chains: readonly { index: number; match: string }[] = findOfficeChains(text),
): LeaderMention[] {
  const out: LeaderMention[] = [];
  const chainStarts = new Set(chains.map((c) => c.index));
  const chainEnds = new Set(chains.map((c) => c.index + c.match.length));
  for (const chain of chains) {
    let m = chain;
    // An office printed after a name (王伟明县长，县政协主席李德胜): the first office is that name's, the
    // rest of the chain the next name's.
    const before = chainEnds.has(m.index) ? null : postposedName(text, m, segmenter, known, tokens);
    if (before) {
      const first = m.match.split(/[、，,]/u)[0];
      const rest = m.match.slice(first.length + 1);
      let after = m.index + m.match.length;
      while (text[after] === ' ' || text[after] === '\u3000') after++;
      // One office between two names (王伟明县长李德胜) is the second's, as offices are printed before names.
      if (rest || !readName(text, after, segmenter, known, tokens)) {
        out.push({ name: before, titles: [cleanTitle(first)], start: m.index - before.length, end: m.index, listHead: null, titleStart: m.index, firstTitleEnd: m.index + first.length });
        if (!rest) continue;
        m = { index: m.index + first.length + 1, match: rest };
      }
    }
    // A bare office (主任, 院长) or one of the unit's own body (党委书记) heading a department, hospital,
    // school or company is no leader's (急诊科主任, 集团公司党委书记).
    const first = m.match.split(/[、，,]/u)[0];
    const headsUnit = (CORE_SET.has(first) || UNIT_BODY_OFFICE.test(first)) && NON_ORGAN_UNIT_BEFORE.test(text.slice(Math.max(0, m.index - NON_ORGAN_UNIT_WINDOW), m.index));
    const end = m.index + m.match.length;
    let pos = end;
    while (text[pos] === ' ' || text[pos] === '\u3000') pos++;
    const name = readName(text, pos, segmenter, known, tokens);
    if (!name || isPlaceFragment(text, pos, name) || !isWholeWord(text, pos, pos + name.length, segmenter, known)) continue;
    if (!known.has(name) && isWordNotName(name, segmenter)) continue;
    const titles = m.match.split(/[、，,]/u).filter(Boolean).map(cleanTitle);
    const firstTitleEnd = m.index + m.match.split(/[、，,]/u)[0].length;
    out.push({ name, titles, start: pos, end: pos + name.length, listHead: null, titleStart: m.index, firstTitleEnd, ...(headsUnit ? { headsUnit } : {}) });
    // Names sharing the title, joined by 、 (副主任韩春燕、冯国庆): each until an office starts again
    // (区委书记王振华、区长李志强 is two chains).
    let next = pos + name.length;
    while (text[next] === '、' && !chainStarts.has(next + 1)) {
      const more = readName(text, next + 1, segmenter, known, tokens);
      if (!more) break;
      out.push({ name: more, titles, start: next + 1, end: next + 1 + more.length, listHead: null, titleStart: m.index, firstTitleEnd, ...(headsUnit ? { headsUnit } : {}) });
      next += 1 + more.length;
    }
  }
  // A national office after the name (江泽民总书记, 李强总理): the name must start a word.
  for (const m of text.matchAll(AFTER_NAME_RE)) {
    const at = m.index ?? 0;
    for (const len of [4, 3, 2]) {
      const start = at - len;
      if (start < 0) continue;
      const name = readName(text, start, segmenter, known, tokens);
      if (name?.length !== len) continue;
      if (tokens && tokenAt(tokens, start) < 0) continue;
      // What comes before the name ends a word: no Han, or a whole word of the tagging.
      if (!tokens && HAN.test(text[start - 1] ?? '')) continue;
      if (!known.has(name) && isWordNotName(name, segmenter)) continue;
      // Read already as the name before an office chain (李强总理、王沪宁主席).
      if (out.some((o) => o.start === start && o.end === at)) break;
      out.push({ name, titles: [m[0]], start, end: at, listHead: null, titleStart: at, firstTitleEnd: at + m[0].length });
      break;
    }
  }
  for (const m of text.matchAll(LIST_RE)) {
    let pos = (m.index ?? 0) + m[0].length;
    for (;;) {
      const name = readName(text, pos, segmenter, known, tokens);
      if (!name) break;
      out.push({ name, titles: [], start: pos, end: pos + name.length, listHead: m[0], titleStart: -1, firstTitleEnd: -1 });
      pos += name.length;
      if (text[pos] !== '、') break;
      pos++;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A tagged word with its offsets in the text it was cut from (UTF-16 code units, end exclusive). */
export interface Token extends TaggedWord {
  start: number;
  end: number;
}

/**
 * Adds offsets to a segmenter's tagging of `text`. jieba returns the words in order and covers
 * the text (whitespace included as `x` tokens); when a word is not found at the expected place
 * (the segmenter dropped characters), the search resynchronises on the next occurrence.
 * `text` being a piece of a longer text that starts at offset `base` there, the offsets are in
 * the longer text; the tokens are appended to `out` (default: a new array), which is returned.
 */
export function withOffsets(text: string, tags: TaggedWord[], base = 0, out: Token[] = []): Token[] {
  let pos = 0;
  for (const t of tags) {
    let at = text.startsWith(t.word, pos) ? pos : text.indexOf(t.word, pos);
    if (at < 0) at = pos;
    out.push({ word: t.word, tag: t.tag, start: at + base, end: at + base + t.word.length });
    pos = at + t.word.length;
  }
  return out;
}

/**
 * Index of each token array by start offset, built once per array (arrays from `withOffsets` are
 * not changed): `at[pos - from]` is the first token starting at `pos`, or -1. A typed array over the
 * tokens' offsets instead of a Map of them (issue 12: no per-token allocation on the hot path).
 */
const tokenStarts = new WeakMap<readonly Token[], { from: number; at: Int32Array }>();

/** The index of the first token of `tokens` (in text order) that ends after offset `pos` (binary search), or tokens.length. */
export function firstTokenEndingAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the first token in `tokens` that starts at offset `pos`, or -1 (the same answer as
 * `tokens.findIndex((t) => t.start === pos)`). The first call on an array indexes it (O(n) in its
 * tokens and the span of text they cover); later calls are O(1), so looking up every name in an
 * article stays linear in its length.
 */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let index = tokenStarts.get(tokens);
  if (!index) {
    let from = 0;
    let to = -1;
    if (tokens.length) {
      from = to = tokens[0].start;
      for (const t of tokens) {
        if (t.start < from) from = t.start;
        else if (t.start > to) to = t.start;
      }
    }
    const at = new Int32Array(to - from + 1).fill(-1);
    for (let k = 0; k < tokens.length; k++) if (at[tokens[k].start - from] < 0) at[tokens[k].start - from] = k;
    index = { from, at };
    tokenStarts.set(tokens, index);
  }
  const k = pos - index.from;
  return k >= 0 && k < index.at.length ? index.at[k] : -1;
}

/**
 * A test of overlap with a fixed set of spans (`[start, end)`, UTF-16 offsets): the returned
 * function answers, for `[s, e)`, whether some span has `start < e && s < end` — the same answer
 * as scanning the spans, in O(log n) per question after an O(n log n) sort.
 */
export function overlapTest(spans: readonly (readonly [number, number])[]): (s: number, e: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const starts = sorted.map(([st]) => st);
  // maxEnd[k]: the largest end among the k+1 spans that start first.
  const maxEnd: number[] = [];
  sorted.forEach(([, en], k) => maxEnd.push(k === 0 ? en : Math.max(maxEnd[k - 1], en)));
  return (s, e) => {
    // How many spans start before e (binary search for the first start >= e).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < e) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > s;
  };
}

/**
 * Keeps, from `cands` already in order of preference, each span that overlaps none kept before it
 * (`[start, end)` spans, UTF-16 offsets, none empty), the same choice as testing each against
 * every kept span. Linear in the largest end plus the candidates' total length; the order of
 * `cands` is kept.
 */
export function keepDisjoint<T extends { start: number; end: number }>(cands: readonly T[]): T[] {
  let size = 0;
  for (const c of cands) size = Math.max(size, c.end);
  const taken = new Uint8Array(size);
  const out: T[] = [];
  for (const c of cands) {
    let free = true;
    for (let j = c.start; j < c.end; j++) {
      if (taken[j]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  return out;
}
