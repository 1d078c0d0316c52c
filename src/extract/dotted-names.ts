/**
 * Dotted names: the transliterated names of Uyghur, Kazakh, Mongolian and foreign people, their
 * parts joined by a middle dot (买买提·艾力, 阿不都热合曼·吾守尔, 马克·贝内特). A dotted name is one
 * person, read whole: the segmenter cuts such names at characters that are function words elsewhere
 * (阿不都 → 阿/不/都), so they are found here on the characters, before tagging.
 *
 * Papers and OCR print the dot in several forms: · (U+00B7, the standard), ・ (U+30FB, katakana
 * middle dot), • (U+2022, bullet), ‧ (U+2027), ･ (U+FF65) and ． (U+FF0E) between Han characters.
 * One name is one identity: derived name fields (bylines, credits, people, leaders) use the standard
 * ·; the body text keeps the form as printed (`withStandardNameDots` is for matching only, and keeps
 * every offset: each dot is one UTF-16 unit either way).
 */
import { segmenter, type Segmenter } from '../nlp/jieba.js';
import { MILITARY_RANKS, OCCUPATION_WORDS, OFFICE_CORES, ROLE_WORDS } from './lexicon.js';
import { VERSE_FORM_RE } from '../text.js';
import { isTransliteration } from '../data/world-sets.js';

/** The printed forms of a name's middle dot; the first is the standard one. Source: tester11's 兵团 daily (Dec 2026) and OCR of `·`. */
export const NAME_DOTS = '·・•‧･．';
/** The standard middle dot of a dotted name (U+00B7). */
export const STANDARD_NAME_DOT = '·';

const MISPRINTED_DOT_RE = /(?<=\p{Script=Han})[・•‧･．](?=\p{Script=Han})/gu;

/** `s` with every misprinted name dot between two Han characters (・ • ‧ ･ ．) as the standard ·; same length. */
export function withStandardNameDots(s: string): string {
  return s.replace(MISPRINTED_DOT_RE, STANDARD_NAME_DOT);
}

/** True when `s` is a dotted name's shape: Han parts joined by one of NAME_DOTS (2 to 4 parts). */
export function isDottedName(s: string): boolean {
  return /^\p{Script=Han}{1,8}(?:[·・•‧･．]\p{Script=Han}{1,8}){1,3}$/u.test(s);
}

/**
 * Posts of a unit printed before a name that the office lexicons do not hold: the company, platoon
 * and battalion posts of army and 兵团 papers (连长, 指导员), and editors' desk words (美编). From
 * tester11's 兵团 daily and the posts of 中国人民解放军/新疆生产建设兵团 companies.
 */
export const UNIT_POSTS: readonly string[] = [
  '副连长',
  '连长',
  '排长',
  '营长',
  '副营长',
  '指导员',
  '教导员',
  '班长',
  '美编',
  '责编',
  '编辑',
  '记者',
  '通讯员',
  '摄影',
];

/**
 * What entertainment and sports pages print before a foreign star's name (天后奥普拉·温弗利, 影帝, 巨星)
 * and the family words before a name (老公吉姆·泰勒, 妻子, 女儿): the name starts after them. From the
 * dotted names of CLUENER2020's train split that ran one of these in (2026-12-04).
 */
export const TITLES_BEFORE_FOREIGN_NAME: readonly string[] = [
  '天后', '天王', '影后', '影帝', '歌后', '歌王', '巨星', '影星', '歌星', '笑星', '明星', '女星', '男星', '名模', '歌手', '女演员', '男演员', '主唱', '主演',
  '老公', '老婆', '丈夫', '妻子', '前妻', '前夫', '女友', '男友', '儿子', '女儿', '父亲', '母亲',
  // A club's players by their standing (曼联元老马克·休斯: CLUENER2020 train, 2026-12-05).
  '元老', '旧将', '新援', '新秀', '新星',
];

/** Words before a name that end where the name starts: offices, roles, occupations, ranks, unit posts, titles. Longest first. */
const WORDS_BEFORE_NAME: readonly string[] = [
  ...new Set([...OFFICE_CORES, ...ROLE_WORDS, ...OCCUPATION_WORDS, ...MILITARY_RANKS, ...UNIT_POSTS, ...TITLES_BEFORE_FOREIGN_NAME]),
].sort((a, b) => b.length - a.length);

/** Longest last part of a dotted name when nothing after it marks where it ends (克瓦希涅夫斯基 is 7). */
export const MAX_DOTTED_LAST_PART = 8;
/** Tags of a one-character word that starts no name's first part before it (读/v 约翰·拉贝, 的/uj). */
const STOP_CHAR_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul']);
/**
 * Last characters of a place named after a person (萨姆·休斯敦堡, 阿夸·伊博姆州) or of a housing estate a
 * property page names after its developer (保利·罗兰香谷, 世茂·宫园, 东亚·瑞晶苑: CLUENER2020 train): no person.
 * None of them is a character of transliterated names (TRANSLIT_CHARS).
 */
const PLACE_END_RE = /[州堡市县省镇村街路桥港湾岛山河湖城园苑府邸郡庭墅谷]$/u;
/** Words after a name that end it: honorifics, offices and ranks (吐克先生, 哈格隆德上将). */
const WORDS_AFTER_NAME: readonly string[] = [
  '先生',
  '女士',
  '夫人',
  '同志',
  ...MILITARY_RANKS,
  ...OCCUPATION_WORDS,
];
/**
 * Words right after a dotted form that make it a place's or an institution's name (扬·斯马茨大街,
 * 雅克·卡蒂埃大桥, 史密斯·巴内金融服务公司): no person is named.
 */
const NAMED_AFTER_RE = /^(?:大街|大道|大桥|街|路|桥|广场|公司|集团|博物馆|纪念馆|大学|学院|基金会|中心|奖)/u;
/** Longest first part of a dotted name (阿不都热合曼 is 6) when nothing before it marks where it starts. */
export const MAX_DOTTED_PART = 6;

/**
 * Characters after which a dotted name's last part has ended: particles, prepositions, conjunctions
 * and verbs of saying (努尔兰·哈布都拉家, 艾尔肯·阿不力孜在, 热依汗古丽·肉孜说), adverbs (莱文却). Narrower than
 * NAME_STOP_CHARS: 提, 都, 力, 合 are common in Uyghur names (买买提, 阿不都, 艾力, 热合曼).
 */
const AFTER_NAME_CHARS: ReadonlySet<string> = new Set([
  ...'说在家和与及同的是等也到向对给把被从称讲了就还又曾已便正将以于为著则有死',
  // Adverbs that follow a subject and open no transliterated syllable (卡尔·莱文却对…, …仍, 亦, 竟: CLUENER2020 train).
  ...'却仍亦竟均皆才即',
]);
/** Locatives that close the phrase before a name and open no transliterated syllable (会上安迪·沃霍尔). */
const GLUED_LOCATIVES: ReadonlySet<string> = new Set([...'上下里内']);
/** Characters after which a dotted name's first part starts: prepositions and particles (与塔依尔·买买提). */
const BEFORE_NAME_CHARS: ReadonlySet<string> = new Set([...'与和及同对向给把被让由请的了是在为据']);
/** Tags of a word that ends a dotted name's last part when it follows it (介绍/v, 今年/t). */
const SENTENCE_TAGS = new Set([
  'v',
  'vd',
  'vn',
  't',
  'p',
  'c',
  'u',
  'uj',
  'ul',
  'r',
  'm',
  'f',
  'a',
  'ad',
  'd',
  'z',
]);
/** A numeral character: a word tagged m without one (多瓦/m of 阿莫多瓦) is a transliteration's syllables, no number. */
const NUMERAL_CHAR = /[0-9０-９〇零一二三四五六七八九十百千万亿两]/u;
/** Tags of a function word that ends a dotted name's last part, one character as it may be (德·绍京以总分: 以/p). */
const FUNCTION_WORD_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul']);
/**
 * Tags of a dictionary word that is a name's part when it stands alone as one: unknown and person
 * words (艾力/x, 塔依尔/nr). Not nrt alone: jieba tags 科普 so, and 健康·科普 is a page label (zoo health-paper).
 */
const PART_NAME_TAGS = new Set(['x', 'nr', 'nrfg']);
/** Tags of a word that may be a name (or part of one): unknown, person, foreign, abbreviation. */
const NAME_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg', 'nz', 'j']);

/**
 * A run of Han characters joined by dots. The lookbehind starts a match only where a Han run starts:
 * without it every position inside a long run without a dot was tried and each try scanned to the
 * run's end (quadratic: a one-line paragraph of 正文×60000 took 36 s, issue 10).
 */
const DOTTED_RUN_RE = /(?<!\p{Script=Han})\p{Script=Han}+(?:·\p{Script=Han}+)+/gu;

/** A dotted name found in a text: offsets into it and the name with the standard dot. */
export interface DottedName {
  name: string;
  start: number;
  end: number;
}

/**
 * Where a dotted name's first part starts inside `run` (the Han characters before the first dot):
 * after the last office, role or post word (WORDS_BEFORE_NAME), else after a preposition or
 * particle, else after the last dictionary word that can be no name's part (戈壁滩上种葡萄艾力:
 * 葡萄/n), at most MAX_DOTTED_PART characters back.
 */
function firstPartStart(run: string, seg: Segmenter): number {
  let cut = 0;
  for (const w of WORDS_BEFORE_NAME) {
    const at = run.lastIndexOf(w);
    if (at >= 0 && at + w.length < run.length && at + w.length > cut) cut = at + w.length;
  }
  // After an office or role the name starts, whatever its first syllable's tag (部长/安/v 瓦尔).
  const afterTitle = cut > 0;
  if (cut === 0)
    for (let i = run.length - 2; i >= 0; i--)
      if (BEFORE_NAME_CHARS.has(run[i])) {
        cut = i + 1;
        break;
      }
  // Back over the words of the rest while they may be a name's: 儿子/n, 宇航员/n, 名叫/v end it; a
  // verb the segmenter cut out of a name (阿不都 热合/v 曼) does not, when one character follows it.
  const rest = run.slice(cut);
  const words = seg.tag(rest);
  let start = rest.length;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    const taken = rest.length - start;
    if (taken > 0 && w.word.length >= 2 && !NAME_TAGS.has(w.tag) && !(w.tag === 'v' && taken === 1)) break;
    if (taken > 0 && w.word.length === 1 && STOP_CHAR_TAGS.has(w.tag) && !NAME_TAGS.has(w.tag)) break;
    // A one-character verb after a function word or opening what is left of the run (为/拍/v 克林特, 为了/帮/v
    // 亚当, 。如/v 米兰) is the sentence's; after a name's word (阿合/x 买/v 提江) it is a syllable.
    if (taken >= 2 && w.word.length === 1 && w.tag === 'v' && (k === 0 ? !afterTitle : STOP_CHAR_TAGS.has(words[k - 1].tag))) break;
    if (taken + w.word.length > MAX_DOTTED_PART) break;
    start -= w.word.length;
  }
  // A locative the HMM glued to the name's first syllables (拍卖会上/安迪: 上安迪/x) is the sentence's.
  const first = words.find((_, k) => words.slice(0, k).reduce((n, x) => n + x.word.length, 0) === start);
  if (first && first.tag === 'x' && first.word.length >= 3 && GLUED_LOCATIVES.has(first.word[0])) start += 1;
  return cut + (start === rest.length ? Math.max(0, rest.length - 1) : start);
}

/** Characters after a last part's longest end that its tagging sees (the words the sentence goes on with). */
const LAST_PART_CONTEXT = 4;

/** How many characters of `run` (the Han characters after the last dot) the last part holds. */
function lastPartLength(run: string, seg: Segmenter): number {
  let end = run.length;
  for (const w of WORDS_AFTER_NAME) {
    const at = run.indexOf(w, 1);
    if (at >= 1 && at < end) end = at;
  }
  for (let i = 1; i < end; i++)
    if (AFTER_NAME_CHARS.has(run[i])) {
      end = i;
      break;
    }
  let pos = 0;
  // The run is tagged with a few characters past `end`, as the sentence goes on (贝丽/x 终于/d, not
  // 贝丽终/x 于 of the run cut before 到; 泰勒/nr 拥有/v, not 泰勒拥 cut before 有).
  let nameWordsSoFar = true;
  const words = seg.tag(run.slice(0, Math.min(run.length, end + LAST_PART_CONTEXT)));
  for (const [k, t] of words.entries()) {
    if (pos >= end) break;
    // A one-character verb after a name's words of two characters or more, before a particle or the
    // run's end (迈克·尼科尔斯/nrt 来/v 了/ul: CLUENER train), is the sentence's: the name ends before it;
    // never a syllable of transliterated names (纳伊夫·哈瓦特/nrt 迈/v 和: MSRA train, TRANSLIT_CHARS).
    const next = words[k + 1];
    if (pos >= 2 && nameWordsSoFar && t.word.length === 1 && t.tag === 'v' && !isTransliteration(t.word) && (!next || FUNCTION_WORD_TAGS.has(next.tag))) return pos;
    // A word across the character that ends names (拥有 across 有, 略为 across 为): the tagging's cut
    // holds for a dictionary word after a name's words (泰勒/nr 拥有: 泰勒), the character's otherwise
    // (拉马/ns 略为: 拉马略; 康德/nr 苏则/x: 康德苏).
    if (pos + t.word.length > end) return pos >= 2 && nameWordsSoFar && t.tag !== 'x' ? pos : end;
    nameWordsSoFar &&= NAME_TAGS.has(t.tag);
    const sentenceWord = SENTENCE_TAGS.has(t.tag) && (t.tag !== 'm' || NUMERAL_CHAR.test(t.word));
    if (pos >= 1 && ((t.word.length >= 2 && sentenceWord) || FUNCTION_WORD_TAGS.has(t.tag)))
      return pos;
    // A word of the dictionary after two characters or more ends the name (吐克先生, 拉贝日记, 卡蒂埃大桥).
    if (pos >= 2 && t.word.length >= 2 && !NAME_TAGS.has(t.tag) && t.tag !== 'ns' && t.tag !== 'm') return pos;
    pos += t.word.length;
  }
  return Math.min(end, MAX_DOTTED_LAST_PART);
}

/**
 * The dotted names of `text` (already `withStandardNameDots`), whole: the first part starts after
 * an office, role or post (团长阿不都热合曼·吾守尔) or a preposition, the last part ends before a
 * particle, preposition or verb (…·吾守尔介绍). Not names: a classical poem's title (七律·登凤鸣山)
 * and words of the dictionary joined by a dot (团场·连队, 科技·服务: a page's label).
 */
export function findDottedNames(text: string, seg: Segmenter): DottedName[] {
  const out: DottedName[] = [];
  for (const m of text.matchAll(DOTTED_RUN_RE)) {
    const at = m.index ?? 0;
    const parts = m[0].split(STANDARD_NAME_DOT);
    // A run may hold names one after another (安吉丽娜·茱莉在哈莉·贝丽): a middle part that ends
    // before its last character ends one name, and the next starts in what follows in that part.
    let partAt = at;
    let start = at + firstPartStart(parts[0], seg);
    for (let i = 1; i < parts.length; i++) {
      partAt += parts[i - 1].length + 1;
      const p = parts[i];
      const len = lastPartLength(p, seg);
      if (i < parts.length - 1 && len === p.length) continue;
      if (len >= 1 && start < partAt - 1) addName(text, start, partAt + len, seg, out);
      const restStart = partAt + Math.max(len, 1);
      start = restStart + firstPartStart(text.slice(restStart, partAt + p.length), seg);
    }
  }
  return out;
}

/** Adds the dotted name at `start`..`end` of `text` to `out` unless it is none (a poem's title, a place's or work's name). */
function addName(text: string, start: number, end: number, seg: Segmenter, out: DottedName[]): void {
  const name = text.slice(start, end);
  if (!name.includes(STANDARD_NAME_DOT) || /^·|·$/u.test(name)) return;
  if (
    VERSE_FORM_RE.test(name) ||
    PLACE_END_RE.test(name) ||
    NAMED_AFTER_RE.test(text.slice(end)) ||
    insideTitleMarks(text, start)
  )
    return;
  if (!isNamedByParts(name, seg)) return;
  out.push({ name, start, end });
}

/** True when offset `at` lies between 《 and 》 or “ and ” (a work's title: 《灵山静水·方骏画集》, “书香·港情”). */
function insideTitleMarks(text: string, at: number): boolean {
  // Only the 12 characters before `at` are looked at (a mark further back is too far): searching the
  // whole text back made a paragraph of many dotted names quadratic.
  const near = text.slice(Math.max(0, at - 12), at);
  const open = Math.max(near.lastIndexOf('《'), near.lastIndexOf('“'));
  if (open < 0) return false;
  return !/[》”]/u.test(near.slice(open));
}

/**
 * True when a dotted form names a person by its parts: some part is no single dictionary word, or a
 * name's word (x, nr, nrt…), or a noun of three characters or more (买买提/n). Words of the
 * dictionary joined by a dot (团场·连队, 科技·服务: a page's or column's label) are none, nor is a
 * poem's title (七律·登凤鸣山). `seg` defaults to the process segmenter (tagging only, no mutation).
 */
export function isNamedByParts(name: string, seg: Segmenter = segmenter): boolean {
  if (!isDottedName(name) || VERSE_FORM_RE.test(name)) return false;
  return name.split(/[·・•‧･．]/u).some((p) => {
    const ws = seg.tag(p);
    return ws.length !== 1 || PART_NAME_TAGS.has(ws[0].tag) || (ws[0].tag === 'n' && p.length >= 3);
  });
}

/**
 * `dotted` with each name trimmed off the whole names found beside its dots in the same run
 * (陈俊生司马义·艾买提彭珮云 of a list printed without separators, 陈俊生 and 彭珮云 read as
 * people: 司马义·艾买提; never a name whose given name is transliteration syllables, 滕斯坦 of
 * 罗伊·利希滕斯坦). `people`: the offsets of names read otherwise, with `isWhole` telling
 * a whole Chinese name (a known surname) from a piece of a dotted one (阿不).
 */
export function trimmedByNames(
  dotted: readonly DottedName[],
  text: string,
  people: readonly { start: number; end: number; name: string }[],
  isWhole: (name: string) => boolean,
): DottedName[] {
  const out: DottedName[] = [];
  for (const d of dotted) {
    let { start, end } = d;
    const firstDot = text.indexOf(STANDARD_NAME_DOT, start);
    const lastDot = text.lastIndexOf(STANDARD_NAME_DOT, end - 1);
    for (const m of people) {
      if (!isWhole(m.name) || m.name.includes(STANDARD_NAME_DOT)) continue;
      if (m.start >= start && m.end <= firstDot && m.end < firstDot) start = Math.max(start, m.end);
      // A "name" whose given name is transliteration syllables (滕斯坦 of 利希滕斯坦) is the last part's end, no name of its own.
      if (m.start > lastDot && m.end <= end && m.start > lastDot + 1 && !isTransliteration(m.name.slice(1))) end = Math.min(end, m.start);
    }
    if (start < firstDot && end > lastDot + 1) out.push({ name: text.slice(start, end), start, end });
  }
  return out;
}

/** The office printed right before a dotted name (团长, 副县长, 连长), or null. */
export function officeBefore(text: string, start: number): string | null {
  for (const w of [...OFFICE_CORES, '副连长', '连长', '营长', '指导员', '教导员'])
    if (text.startsWith(w, start - w.length)) return w;
  return null;
}
