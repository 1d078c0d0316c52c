/**
 * Entity extraction over a whole issue: fills `leaders`, `people`, `places`, `organizations` and
 * `keywords` of each article from its text (kicker, title, subtitles, crossheads, paragraphs).
 *
 * Two passes (issue 3): pass 1 finds leaders by title anywhere in the issue; pass 2 tags each
 * article's text exactly once, with the names found in pass 1 (and the words of a user
 * dictionary) forced to be words (胡拥军 one word, so bare mentions such as 胡拥军实地了解… count).
 * Forcing is done per call by tagging the text between those words, never by changing the
 * segmenter's process-wide dictionary: the entities of an article do not depend on what the process
 * parsed before (issue 9 item 3). Reporters (bylines, credits) are never people.
 */
import { segmenter as defaultSegmenter, type Segmenter } from '../nlp/jieba.js';
import type { Article, Diagnostic, Leader, NamedEntity, Person } from '../types.js';
import { VERSE_FORM_RE } from '../text.js';
import { hasTraditional, toSimplified } from './script.js';
import { OWN_MEDIUM_SOURCE } from './credit-lexicon.js';
import { givenCharCount, isTransliteration, worldPlaceNames } from '../data/world-sets.js';
import { type DottedName, findDottedNames, officeBefore, trimmedByNames, withStandardNameDots } from './dotted-names.js';
import type { UserDictEntry } from './user-dict.js';
import { extractKeywords, KEYWORDS_PER_ARTICLE } from './keywords.js';
import { findLeaderMentions, findOfficeChains, firstTokenEndingAfter, overlapTest, tokenAt, withNameSlotSpacesClosed, withOffsets, type LeaderMention, type Token } from './leaders.js';
import {
  COMPOUND_SURNAMES, DEMONSTRATIVE_CHARS, DEPARTMENT_END_CHARS, KINSHIP_PREFIXES, KINSHIP_WORDS, LEVEL_GLUE_CHARS, LEVEL_GLUE_CONJUNCTIONS, NAME_STOP_CHARS,
  MIN_GIVEN_CHAR_NAMES, MIN_GIVEN_CHAR_NAMES_SHORT, NAME_HOME_CHARS, RUN_NAME_GIVEN_MEAN, RUN_NAME_GIVEN_SHORT, RUN_NAME_KNOWN, RUN_NAME_SHAPE_ONLY, NICKNAME_SUFFIXES, NUMERAL_CHARS, OFFICE_CORES, ORG_SUFFIXES, ORGAN_ACTION_WORDS, PHRASE_MEASURE_WORDS, STATE_ORGAN_WORDS, SURNAMES, ZONE_WORDS, GENRE_AFTER_PLACE,
  TIME_WORDS, SPEECH_VERBS, DISEASE_AFTER_RE, RANKING_PLACE_RE, COMMON_GEOGRAPHY_NOUNS, LEADING_VERBS, ETHNIC_SUFFIX, NOT_NAME_WORDS, ONE_CHAR_PLACES, ONE_CHAR_PLACE_AFTER, CHINESE_DESCENT_WORDS, PREPOSITION_SURNAMES, ORGAN_GLUE_ENDS, ORGAN_GLUE_AFTER, ONE_CHAR_PLACE_BEFORE, ONE_CHAR_PLACE_RUN_MARKS,
} from './lexicon.js';
import { findOrganizationMentions } from './organizations.js';
import { findAppointees, findPersonMentions, findResumeEntries, isPersonName, opensWithCommonWord, type PersonMention } from './people.js';
import { BOUNDARY_WORD, SHORE_LOCATIVE, countNames, findPlaceMentions, isDistance, isKindOfPlace, isPlaceStem, preparePlaces, type PlaceMention } from './places.js';
import { findNerSpans, nerModel, prepareNer, type NerModel, type NerSpan } from '../nlp/ner.js';
import { loadIdf } from '../nlp/idf.js';

/** A place named with its administrative level (秦灶街道, 曹公祠社区, 正余镇, 海门区). */
const LEVEL_NAMED = /(?:街道|社区|[省市区县镇乡村])$/u;

/**
 * A county-level or lower unit named with its level (青岚县, 海门区, 正余镇, 秦灶街道, 曹公祠社区): inside an
 * organization's name it is still the story's place (青岚县人大常委会, 秦灶街道综合性养老服务中心: a local
 * paper's own county and townships), where a province or city is the organization's (福建省 of
 * 福建省质量技术监督局, 杭州市 of 杭州市房管局), as People's Daily 1998, MSRA and CLUENER leave places
 * inside an organization unmarked. On MSRA's first 20,000 train sentences (tagger of a --holdout 10
 * fit) places F1 .882 -> .895; on its train sentences held out of that fit .859 -> .868 (with the
 * rules of the same commit).
 */
const LOCAL_LEVEL_NAMED = /(?:街道|社区|[区县旗镇乡村])$/u;
/** A place named as a street (通欣路, 船闸西路, 人民大道, 南大街, 石板巷): the suffix rules' strongest kind. */
const STREET_NAMED = /(?:路|大道|街|巷)$/u;
/**
 * A place named as a temple, tomb, pagoda or shrine (灵隐寺, 中山陵, 雷峰塔, 岳王庙: LANDMARK_WORDS whose
 * character ends no given name): it stays whatever tagger person crosses it, as a street does (jieba
 * tags 雷峰塔/nr, and the tagger reads a surname and two characters as a person).
 */
const LANDMARK_NAMED = /[寺陵塔庙]$/u;

/**
 * A name in Latin letters, capitalised (Erik, SamuelWitwer, a handle in capitals: LYN), that the
 * tagger reads as a person: web and sports text prints foreign names, players' handles and
 * characters so (CLUENER marks 376 of its train split's 3,661 people in Latin letters). Lower-case
 * words (bylines, section: English words of a page's markup or prose) never are. On the train
 * sentences held out of a --holdout 10 fit: CLUENER people F1 .806 -> .822, MSRA's .903 unchanged;
 * with lower-case words too .824, but MSRA .902 (Windows) and English words of the zoo's source
 * files read as people.
 */
const LATIN_PERSON = /^(?:[A-Z][a-z]+)+$|^[A-Z]{3,}$/u;
/** The middle dots that join the parts of a foreign name (安德鲁·汉纳). */
const MIDDLE_DOT = /^[·・•]$/u;
/**
 * A person name the tagger may add: two or more Han characters, never a lone surname; or a foreign
 * name's parts joined by a middle dot, the first of them one character or more (德·绍京, 本·阿里,
 * 凡·高: a one-character part is a given name's initial or a particle, never a surname alone).
 */
const NER_PERSON = /^(?:\p{Script=Han}{2,}(?:[·・•]\p{Script=Han}+)*|\p{Script=Han}+(?:[·・•]\p{Script=Han}+)+)$/u;

/**
 * Whether a name the tagger reads as a person is a department: a common word of two or more
 * characters (the segmenter's tag for it alone is neither a name tag nor `x`, a word its dictionary
 * lacks) and a department's last character (DEPARTMENT_END_CHARS): 呼吸 + 科, 档案 + 室. 李文科 (李文
 * is a name) and 邓金科, 蒋建科 (邓金/x: no word of the dictionary; both gold people of MSRA's train
 * split, 7 and 6 times) stay people.
 */
export function isDepartmentName(name: string, seg: Segmenter): boolean {
  if (name.length < 3 || !DEPARTMENT_END_CHARS.has(name[name.length - 1])) return false;
  const words = seg.tag(name.slice(0, -1));
  return words.length === 1 && !words[0].tag.startsWith('nr') && words[0].tag !== 'x';
}

/** Whether `s` is a surname and nothing more (王, 欧阳). */
const isSurname = (s: string) => SURNAMES.has(s) || COMPOUND_SURNAMES.has(s);

/** What a surname takes to make a form of address: kinship and nickname words, and offices (周总理, 王书记). */
const ADDRESS_FORM_SUFFIXES: readonly string[] = [...NICKNAME_SUFFIXES, ...OFFICE_CORES];

/**
 * Whether a name the tagger reads as a person is a form of address (王婆婆, 李大爷, 张姐, 周总理):
 * a surname and a kinship or nickname word (NICKNAME_SUFFIXES) or an office (OFFICE_CORES: 周总理
 * of 毛主席、周总理、朱德, found among the wrong people of the MSRA train sentences held out of the
 * tagger's training). README "Entities": such forms are no names. A nickname prefix and a surname is
 * left to the tagger: 小平 (of 邓小平) is read as 小 + 平.
 */
export function isAddressForm(name: string): boolean {
  return ADDRESS_FORM_SUFFIXES.some((x) => name.length > x.length && name.endsWith(x) && isSurname(name.slice(0, -x.length)));
}

/**
 * Two-character elements of Tibetan given names as printed in Han transliteration (扎西, 平措, 次仁,
 * 多吉). A Tibetan name is two such elements and has no surname, so the tagger trained on Han names
 * may end one inside its last element (扎西平 of 扎西平措说: tester8's bilingual daily, Dec 2026).
 * Written for this project from common Tibetan names (no external list).
 */
const TIBETAN_NAME_ELEMENTS: ReadonlySet<string> = new Set([
  '扎西', '次仁', '多吉', '平措', '洛桑', '丹增', '旦增', '索南', '达瓦', '格桑', '卓玛', '央金', '拉姆', '措姆', '顿珠',
  '旺堆', '尼玛', '巴桑', '普布', '边巴', '罗布', '米玛', '白玛', '群培', '强巴', '益西', '德吉', '曲珍', '琼达', '嘉措',
  '加措', '仁增', '泽仁', '降措', '贡布', '阿旺', '次旦', '旺姆', '卓嘎', '央宗', '拉巴', '扎巴', '桑珠', '洛布', '次珍',
  '巴珠', '晋美', '土登', '丹巴', '欧珠', '朗杰', '旺杰', '才让', '卓么', '索朗', '仁青', '顿旦', '旺久', '次央', '德庆',
]);

/**
 * A tagger person that ends one character inside a Tibetan name element (扎西平 before 措): the span
 * with that element's second character, or `sp` unchanged.
 */
export function withWholeNameElement(sp: NerSpan, text: string): NerSpan {
  const next = text[sp.end] ?? '';
  if (sp.text.length < 3 || sp.text.length > 5 || !TIBETAN_NAME_ELEMENTS.has(sp.text.slice(-1) + next)) return sp;
  // The name opens with an element too (扎西平 opens with 扎西): a Tibetan name, not a Han name and a word.
  if (!TIBETAN_NAME_ELEMENTS.has(sp.text.slice(0, 2))) return sp;
  return { ...sp, end: sp.end + 1, text: sp.text + next };
}

/**
 * A tagger person longer than a whole Chinese name by a home character (刘德贵家 of 村支书刘德贵家的电视:
 * NAME_HOME_CHARS): the name without it (刘德贵). A name is at most a surname and two characters, so
 * only a span one longer than that is cut (张三家, 王国家 are left as read). Other spans are returned as they are.
 */
export function withoutHomeChar(sp: NerSpan): NerSpan {
  const sl = COMPOUND_SURNAMES.has(sp.text.slice(0, 2)) ? 2 : SURNAMES.has(sp.text[0]) ? 1 : 0;
  if (!sl || sp.text.length !== sl + 3 || !NAME_HOME_CHARS.has(sp.text[sp.text.length - 1])) return sp;
  return { ...sp, end: sp.end - 1, text: sp.text.slice(0, -1) };
}

/**
 * A tagger person read into the form of address printed after the name (王诚王 of 董事长王诚王总, "Wang
 * Cheng, Mr Wang": CLUENER train): a span of three or more characters whose last character is a
 * surname that makes a form of address with what follows (王 + 总: isAddressForm) is the name before it.
 * Other spans are returned as they are.
 */
export function withoutAddressedSurname(sp: NerSpan, text: string): NerSpan {
  if (sp.text.length < 3 || !SURNAMES.has(sp.text[sp.text.length - 1])) return sp;
  const last = sp.text[sp.text.length - 1];
  // The form ends there (王总，), never opens a longer word (若斯潘总理: 总理 is an office after the name).
  if (!ADDRESS_FORM_SUFFIXES.some((x) => text.startsWith(x, sp.end) && isAddressForm(last + x) && !/\p{Script=Han}/u.test(text[sp.end + x.length] ?? ''))) return sp;
  return { ...sp, end: sp.end - 1, text: sp.text.slice(0, -1) };
}

/**
 * The people of `people` (in place) read with a particle or preposition glued to a two-character name
 * (黄春以 of 现黄春以购买的是赝品: NAME_STOP_CHARS) where the same text names the person without it
 * (与黄春购买的物品相符: CLUENER train) cut to that name. People with a role, and longer names (阿南史代, whose
 * 代 opens 代笔 where the tagger once reads 阿南史: MSRA train), are left alone.
 */
export function withoutGluedStopChars(people: PersonMention[]): void {
  const names = new Set(people.map((m) => m.name));
  for (const [k, m] of people.entries()) {
    if (m.role === '' && m.name.length === 3 && isWholeNameLength(m.name.slice(0, -1)) && NAME_STOP_CHARS.has(m.name[2]) && names.has(m.name.slice(0, -1))) {
      people[k] = { ...m, name: m.name.slice(0, -1), end: m.end - 1 };
    }
  }
}

/**
 * Whether a three-character name the tagger reads as a person is a common word's compound the text
 * shows as such (芦苇荡 where 芦苇 is printed alone: 芦苇一夜之间白了头): its first two characters are one
 * dictionary word that is no name part (opensWithCommonWord) and are printed somewhere in `text`
 * without the third after them.
 */
export function isCompoundOfPrintedWord(text: string, name: string, seg: Segmenter): boolean {
  if (name.length !== 3) return false;
  const head = name.slice(0, 2);
  let alone = false;
  for (let i = text.indexOf(head); i >= 0 && !alone; i = text.indexOf(head, i + 1)) alone = text[i + 2] !== name[2];
  return alone && opensWithCommonWord(name, seg);
}

/**
 * Whether a place name is no name but a phrase of the sentence: a demonstrative or numeral and a
 * measure word before a noun (那座桥, 那座大桥, 一条街; PHRASE_MEASURE_WORDS; a numeral's phrase named
 * with its level, 三座塔村, stays), or a kinship word (二哥/ns, 大姐; KINSHIP_WORDS).
 */
export function isPhrasePlace(name: string): boolean {
  if (KINSHIP_WORDS.has(name) || (name.length >= 2 && KINSHIP_PREFIXES.has(name[0]) && KINSHIP_WORDS.has(name.slice(1)))) return true;
  if (name.length < 3 || !PHRASE_MEASURE_WORDS.has(name[1])) return false;
  return DEMONSTRATIVE_CHARS.has(name[0]) || (NUMERAL_CHARS.has(name[0]) && !LEVEL_NAMED.test(name));
}

/**
 * The places of `list` less those found only where a longer place of the list that ends with them
 * is printed (沙河 of 白沙河湿地公园 beside 白沙河: every 沙河 of `text` is the tail of a 白沙河): the
 * shorter is a piece the tagger cut from the longer. Quadratic in the list's length (a few dozen).
 */
export function withoutTailPieces(list: readonly NamedEntity[], text: string): NamedEntity[] {
  return list.filter((p) => {
    const longer = list.filter((q) => q.name.length > p.name.length && q.name.endsWith(p.name)).map((q) => q.name);
    if (!longer.length) return true;
    for (let i = text.indexOf(p.name); i >= 0; i = text.indexOf(p.name, i + 1)) {
      if (!longer.some((q) => i >= q.length - p.name.length && text.slice(i - (q.length - p.name.length), i + p.name.length) === q)) return true;
    }
    return false;
  });
}

/** A place named with its level whose stem (group 1) a name may be printed as (青岚 of 青岚县). */
const LEVEL_STEM = /^(\p{Script=Han}{2,})(?:自治州|自治县|[省市县区镇乡])$/u;

/**
 * The articles with every person that bears no role and is the stem of a place named with its
 * level anywhere in them (青岚 of 青岚籍作家 when the issue names 青岚县) taken out of `people`: the
 * name is the place's. Leaders are left alone.
 */
export function withoutPlaceStems(articles: Article[]): Article[] {
  const stems = new Set<string>();
  for (const a of articles) for (const p of a.places ?? []) {
    const m = LEVEL_STEM.exec(p.name);
    if (m) stems.add(m[1]);
  }
  if (!stems.size) return articles;
  return articles.map((a) => {
    if (!a.people?.some((x) => stems.has(x.name))) return a;
    const leaders = new Set(a.leaders.map((l) => l.name));
    return { ...a, people: a.people.filter((x) => !stems.has(x.name) || x.roles.length > 0 || leaders.has(x.name)) };
  });
}

/**
 * The place of a news lead-in at the start of a paragraph: 本报江澄3月14日讯, 本报北京讯,
 * 新华社北京3月5日电 (the paper's or an agency's own dispatch, then where it was filed and the
 * date): two to six Han characters, never 本报通讯员 or 本报记者, nor the date of a dispatch that names
 * no place before it (中新社七月十六日电台北消息: CLUENER train). Group 1 is the place.
 */
const LEAD_IN_PLACE_RE =
  new RegExp(`(?<=^|\\n)[ \\t\\u3000]*(?:${OWN_MEDIUM_SOURCE}(?!通[讯訊]|记者|記者|评论员|評論員)|新华社|新華社|中新社|中央社)(?!(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月)(\\p{Script=Han}{2,6}?)(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日)?[讯訊电電]`, 'gu');

/** The places named in the lead-ins of `text` (LEAD_IN_PLACE_RE), with their offsets. */
function leadInPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(LEAD_IN_PLACE_RE)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push({ name: m[1], start, end: start + m[1].length });
  }
  return out;
}

/** A level character that a glued two-character word ends with (受县, 和县). */
const GLUED_LEVEL = /^[省市区县镇乡]$/u;
/** Tags of words that name places or people: a word so tagged before a county is part of its run (安徽/和县). */
const PLACE_OR_NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'j']);
/** A closing quote, bracket or title mark: what follows it is no continuation of a name before it. */
const CLOSING_MARK = /^[》”’」』）)]$/u;
/** Whether a word is an organization's word: tagged nt, or ending in an organization suffix (审计局, 人民政府). */
const isOrganWord = (t: Token) => t.tag === 'nt' || ORG_SUFFIXES.some((x) => t.word.endsWith(x));

/**
 * The tagging with every two-character word that glues a preposition, verb or conjunction to a
 * level character split in two, so that the level starts the organization, office or place after
 * it: an unknown word of jieba's HMM (受县/x 人民政府 → 受/p 县/zg, 请县/x, 在县/x: LEVEL_GLUE_CHARS),
 * and a county of two characters that opens with a conjunction (和县/ns: LEVEL_GLUE_CONJUNCTIONS)
 * between a word that names no place or person and an organization's word (报告和县审计局 → 报告 和
 * 县审计局; 安徽和县人民政府 stays). The split-off character is tagged c (a conjunction) or p, the
 * level zg, as jieba tags a lone 县. Likewise an unknown word that glues an organ's last character
 * to an adverb after a word (县农业农村局已组织: 农村/n 局已/x → 局/n 已/d: ORGAN_GLUE_ENDS, ORGAN_GLUE_AFTER).
 * Returns `tokens` itself when nothing is split, else a new array covering the same text.
 */
export function splitGluedLevels(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    let split = false;
    // An organ's last character and an adverb glued by the HMM after a word (农村/n 局已/x): 局 | 已.
    if (t.word.length === 2 && t.tag === 'x' && ORGAN_GLUE_ENDS.has(t.word[0]) && ORGAN_GLUE_AFTER.has(t.word[1]) && k > 0 && tokens[k - 1].end === t.start && /^\p{Script=Han}+$/u.test(tokens[k - 1].word)) {
      out ??= tokens.slice(0, k);
      out.push({ word: t.word[0], tag: 'n', start: t.start, end: t.start + 1 });
      out.push({ word: t.word[1], tag: 'd', start: t.start + 1, end: t.end });
      continue;
    }
    if (t.word.length === 2 && GLUED_LEVEL.test(t.word[1])) {
      if (t.tag === 'x') split = LEVEL_GLUE_CHARS.has(t.word[0]);
      else if (t.tag === 'ns' && LEVEL_GLUE_CONJUNCTIONS.has(t.word[0])) {
        const prev = tokens[k - 1];
        const next = tokens[k + 1];
        // After a word that names no place or person, or after a closing quote or title mark (…的报告》和县审计局).
        const before = !!prev && prev.end === t.start && ((/^\p{Script=Han}+$/u.test(prev.word) && !PLACE_OR_NAME_TAGS.has(prev.tag)) || CLOSING_MARK.test(prev.word));
        split = before && !!next && next.start === t.end && isOrganWord(next);
      }
    }
    if (!split) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, k);
    const glue = t.word[0];
    out.push({ word: glue, tag: LEVEL_GLUE_CONJUNCTIONS.has(glue) ? 'c' : 'p', start: t.start, end: t.start + 1 });
    out.push({ word: t.word[1], tag: 'zg', start: t.start + 1, end: t.end });
  }
  return out ?? tokens;
}

/** The index of the token of `tokens` (in text order, covering the text) that holds offset `pos`, or -1. */
function tokenHolding(tokens: readonly Token[], pos: number): number {
  const lo = firstTokenEndingAfter(tokens, pos);
  return lo < tokens.length && tokens[lo].start <= pos ? lo : -1;
}

/** Longest Chinese name (surname and given name) a cut tagger person is extended to. */
const MAX_EXTENDED_NAME = 3;

/** Tags of the words a tagger person cut short is extended to: unknown words and names. */
const WHOLE_NAME_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg']);
/** Tags of a lone character that ends no name: verbs, adverbs, measure words, function words (会, 边, 杯 of 尤伯杯). */
const FUNCTION_CHAR_TAGS = new Set(['v', 'd', 'q', 'p', 'c', 'u', 'uj', 'ul', 'r', 'm', 'f']);
/**
 * Whether the character at `pos` of `text` is a particle or preposition (NAME_STOP_CHARS), a verb,
 * adverb, measure or function word alone (FUNCTION_CHAR_TAGS), or starts a
 * dictionary word with the next one (会见, 排名): a word of the sentence after a name, not the name's end.
 */
function startsWord(text: string, pos: number, seg: Segmenter): boolean {
  if (NAME_STOP_CHARS.has(text[pos])) return true;
  const alone = seg.tag(text[pos]);
  if (alone.length === 1 && FUNCTION_CHAR_TAGS.has(alone[0].tag)) return true;
  const two = text.slice(pos, pos + 2);
  return two.length === 2 && /^\p{Script=Han}{2}$/u.test(two) && seg.tag(two).length === 1;
}

/** Whether `word` has the shape of a whole Chinese name: a surname (compound or not) and a given name of one or two characters. */
function isWholeNameLength(word: string): boolean {
  const sl = COMPOUND_SURNAMES.has(word.slice(0, 2)) ? 2 : SURNAMES.has(word[0]) ? 1 : 0;
  return sl > 0 && word.length - sl >= 1 && word.length - sl <= 2;
}

/**
 * The tagger's people, each cut short where the next character starts a word (宋立 of 宋立华受县…,
 * jieba's one unknown word 宋立华受/x) extended to the whole name: when the unknown word starts where
 * the person starts and is the person, one more character and a character that ends names
 * (NAME_STOP_CHARS: 受, 在, 和 …), the person is the word without that last character (宋立华),
 * at most MAX_EXTENDED_NAME characters. A person one character short of the unknown or name word
 * (WHOLE_NAME_TAGS) it starts, when that word is a surname and a given name of one or two characters,
 * is that word (苗青 of 苗青禾/x). A person of three or more characters whose last character ends
 * names (NAME_STOP_CHARS) and starts a word running past the person (姚壮宪曾 of 姚壮宪/x 曾为/x, 佐拉再
 * of 佐拉/nrt 再添/x) ends before that character. Other spans are returned as they are.
 */
export function extendCutNames(text: string, tokens: readonly Token[], spans: readonly NerSpan[], seg?: Segmenter): NerSpan[] {
  return spans.map((sp) => {
    if (sp.kind !== 'per') return sp;
    // A name read into the word of the sentence after it (姚壮宪曾/为, 佐拉再/添): a name ends where that word starts.
    const kl = sp.end - sp.start >= 3 && NAME_STOP_CHARS.has(text[sp.end - 1]) ? tokenHolding(tokens, sp.end - 1) : -1;
    if (kl >= 0 && tokens[kl].start === sp.end - 1 && tokens[kl].end > sp.end && /^\p{Script=Han}+$/u.test(text.slice(sp.start, sp.end - 1))) {
      return { ...sp, end: sp.end - 1, text: text.slice(sp.start, sp.end - 1) };
    }
    const k = tokenHolding(tokens, sp.start);
    const t = k >= 0 ? tokens[k] : undefined;
    // A name cut one character short of the unknown or name word it starts (苗青 of 作家苗青禾/x): a name is a whole word.
    if (t && t.start === sp.start && t.end === sp.end + 1 && sp.end - sp.start >= 2 && !!seg && !startsWord(text, sp.end, seg) && WHOLE_NAME_TAGS.has(t.tag) && /^\p{Script=Han}+$/u.test(t.word) && isWholeNameLength(t.word)) {
      return { ...sp, end: t.end, text: t.word };
    }
    if (!t || t.tag !== 'x' || t.start !== sp.start || t.end !== sp.end + 2 || t.end - 1 - t.start > MAX_EXTENDED_NAME) return sp;
    if (!NAME_STOP_CHARS.has(text[t.end - 1]) || !/^\p{Script=Han}$/u.test(text[sp.end])) return sp;
    return { ...sp, end: t.end - 1, text: text.slice(sp.start, t.end - 1) };
  });
}

/**
 * Whether `piece` can be one name of a run of names printed without separators: the shape of a
 * Chinese name (isPersonName, no form of address), a given name of one or two characters that
 * names use (names.ts counts: MIN_GIVEN_CHAR_NAMES, RUN_NAME_GIVEN_SHORT), and one word of
 * the segmenter alone, a name (`nr`, `nrfg`) or unknown (`x`), or its surname alone and such a word
 * (王/永胜/nr): 杨基地 (杨/基地/n), 东四郎 (东四/郎) are none.
 */
function isRunName(piece: string, seg: Segmenter): boolean {
  if (!isPersonName(piece) || isAddressForm(piece)) return false;
  const sl = COMPOUND_SURNAMES.has(piece.slice(0, 2)) && piece.length > 2 ? 2 : 1;
  const given = piece.slice(sl);
  if (!given.length || given.length > 2) return false;
  const min = given.length === 1 ? RUN_NAME_GIVEN_SHORT : MIN_GIVEN_CHAR_NAMES;
  for (const c of given) if (givenCharCount(c) < min) return false;
  const w = seg.tag(piece);
  // one name word (李鹏/nr, 孟晓阳/x, 余秋雨/nrfg; 周恩来/t: see TAGGED_NAME_TAGS in people.ts), or the surname and a name word (王/永胜/nr)
  if (w.length === 1) return RUN_NAME_TAGS.has(w[0].tag) || (w[0].tag === 't' && piece.length === 3);
  return w.length === 2 && w[0].word.length === sl && RUN_NAME_TAGS.has(w[1].tag);
}

/** Tags of a word that is a name, or a given name after its surname, in a run of names: person words and unknown words. */
const RUN_NAME_TAGS = new Set(['nr', 'nrfg', 'x']);

/**
 * The tagger's people, a run of names printed without separators (黄菊尉健行, 程世来孟晓阳叶水茂: lists
 * of attendees and bylines whose spaces were lost) cut into its names. A person of four or more Han
 * characters (five with a compound surname first), not a transliteration alone, is cut when it is a
 * sequence of two or more run names (isRunName; one of them may be a surname and two characters of
 * any kind, at a cost of RUN_NAME_SHAPE_ONLY: 傅志寰) whose every cut is a word boundary of the
 * segmenter's reading of the whole (怀特莫尔, 怀/特莫尔/nrt, and 范博梅尔, 范博梅/尔, stay whole); of
 * several such sequences the one with the highest score: per name RUN_NAME_KNOWN for a name of
 * jieba's dictionary (one `nr` word), plus per given-name character ln(count + 1) -
 * RUN_NAME_GIVEN_MEAN (names.ts counts).
 * Other spans are returned as they are. Quadratic in a span's length (at most 4 pieces from each position).
 */
export function splitNameRuns(spans: readonly NerSpan[], seg: Segmenter): NerSpan[] {
  const out: NerSpan[] = [];
  for (const sp of spans) {
    const t = sp.text;
    if (sp.kind !== 'per' || t.length < 4 || !/^\p{Script=Han}+$/u.test(t) || (t.length <= 4 && COMPOUND_SURNAMES.has(t.slice(0, 2))) || isTransliteration(t)) {
      out.push(sp);
      continue;
    }
    // best[k][i]: the best cut of t[0, i) into run names with k names of a name's shape alone (at most one): its score and the end of each name
    const best: ({ score: number; ends: number[] } | null)[][] = [0, 1].map(() => new Array<{ score: number; ends: number[] } | null>(t.length + 1).fill(null));
    best[0][0] = { score: 0, ends: [] };
    for (let k = 0; k <= 1; k++) {
      for (let i = 0; i < t.length; i++) {
        const b = best[k][i];
        if (!b) continue;
        for (let len = 2; len <= 4 && i + len <= t.length; len++) {
          const piece = t.slice(i, i + len);
          const strong = isRunName(piece, seg);
          const sl = COMPOUND_SURNAMES.has(piece.slice(0, 2)) && piece.length > 2 ? 2 : 1;
          // a surname and two characters that are not a run name (傅志寰: 寰 is rare in names; 章/宏志/n): one per run, at a cost
          const weak = !strong && k === 0 && isPersonName(piece) && !isAddressForm(piece) && piece.length - sl === 2;
          if (!strong && !weak) continue;
          const w = seg.tag(piece);
          let score = b.score + (w.length === 1 && w[0].tag === 'nr' ? RUN_NAME_KNOWN : 0) - (weak ? RUN_NAME_SHAPE_ONLY : 0);
          for (const c of piece.slice(sl)) score += Math.log(givenCharCount(c) + 1) - RUN_NAME_GIVEN_MEAN;
          const to = weak ? k + 1 : k;
          const cur = best[to][i + len];
          if (!cur || score > cur.score) best[to][i + len] = { score, ends: [...b.ends, i + len] };
        }
      }
    }
    const w0 = best[0][t.length];
    const w1 = best[1][t.length];
    const pick = w0 && (!w1 || w0.score >= w1.score) ? w0 : w1;
    best[0][t.length] = pick;
    const whole = best[0][t.length];
    const wordEnds = new Set<number>();
    let e = 0;
    if (whole && whole.ends.length >= 2) for (const w of seg.tag(t)) wordEnds.add((e += w.word.length));
    if (!whole || whole.ends.length < 2 || !whole.ends.every((x) => wordEnds.has(x))) {
      out.push(sp);
      continue;
    }
    let from = 0;
    for (const end of whole.ends) {
      out.push({ kind: 'per', start: sp.start + from, end: sp.start + end, text: t.slice(from, end) });
      from = end;
    }
  }
  return out;
}

/** Tags of words of the sentence (verbs, adverbs, prepositions, conjunctions, particles, pronouns, numbers) no organization starts inside of. */
const SENTENCE_WORD_TAGS = new Set(['v', 'vd', 'vn', 'd', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'm', 'y', 'e', 'o', 'a', 'ad']);

/**
 * Prepositions that open a source or agent phrase before an organization (据, 从, 经, 由, 向, 对, 在),
 * found glued by the segmenter to the name's first character (据州/x 气象台: tester8's bilingual
 * daily, Dec 2026).
 */
const GLUED_PREPOSITION = /^[据从经由向对在于与和及把被给让为自]$/u;

/**
 * Where a tagger organization really starts (its start, or later): after a person's name it
 * starts inside (华受县人民政府 after 宋立华: 县人民政府), and then after the rest of an unknown word
 * that held the name (宋立华受/x); after a word of the sentence it starts inside (意县… of 同意/d:
 * 县…); after a one-character preposition or conjunction it starts with (请/p 县人民政府, 和/c
 * 县审计局, as splitGluedLevels cut them); after an organ's action inside it (南丰县委托县财政局:
 * 县财政局; ORGAN_ACTION_WORDS). `nameAt(pos)` gives the span of a person's name holding `pos`.
 * `tokens` are in text order and cover the text.
 */
function organizationStart(tokens: readonly Token[], sp: NerSpan, nameAt: (pos: number) => [number, number] | undefined): number {
  let s = sp.start;
  const name = nameAt(s);
  let inName = false;
  if (name && name[0] < s) {
    s = name[1];
    inName = true;
  }
  const k = tokenHolding(tokens, s);
  if (k >= 0 && tokens[k].start < s && ((inName && tokens[k].tag === 'x') || SENTENCE_WORD_TAGS.has(tokens[k].tag))) s = tokens[k].end;
  for (let j = tokenHolding(tokens, s); j >= 0 && j < tokens.length && tokens[j].start === s && tokens[j].end < sp.end; j++) {
    const t = tokens[j];
    if (t.word.length !== 1 || (t.tag !== 'p' && t.tag !== 'c')) break;
    s = t.end;
  }
  // A preposition the segmenter glued to the name's first character (据州/x 气象台: 据州气象台) is no part of it.
  const g = tokens[tokenHolding(tokens, s)];
  if (g && g.start === s && g.tag === 'x' && g.word.length >= 2 && GLUED_PREPOSITION.test(g.word[0]) && sp.end - s > 3) s += 1;
  // An organ's action inside the span (南丰县委托县财政局): the organization is the one after it.
  for (let j = tokenHolding(tokens, s); j >= 0 && j < tokens.length && tokens[j].end < sp.end; j++) {
    if (tokens[j].start > s && ORGAN_ACTION_WORDS.has(tokens[j].word)) s = tokens[j].end;
  }
  return s;
}

/**
 * What follows the issuer's code of a document number (文号: 青政办发〔2026〕12号, 青财社〔2026〕45号,
 * 国办函[2025]3号): at most one kind character (发, 函, 字, 复, 电) and a year in brackets. The code
 * before it abbreviates an organ but mentions none (GB/T 9704-2012, the layout of official documents).
 */
const DOC_NUMBER_AFTER = /^[发函字复电]?[〔［[（(【]\s*[0-9０-９]{4}\s*[〕］\]）)】]/u;

/** A character a name may start or end with: a letter or digit of any script (no bracket, mark or space). */
const NAME_CHAR = /^[\p{L}\p{N}]$/u;
/** Tags of name words and unknown words: a tagger organization starting inside one of them was cut short. */
const ORG_NAME_WORD_TAGS = new Set(['ns', 'nz', 'x', 'j']);
/** Longest name word a tagger organization is extended back over (梧江 of 梧江越剧团). */
const MAX_NAME_WORD = 4;

/**
 * Where a tagger organization starting at `pos` starts when `pos` lies inside a name word or an
 * unknown word (ORG_NAME_WORD_TAGS, Han only, at most MAX_NAME_WORD characters) of the tagging:
 * that word's start (梧江/x 越剧团/nt read from 江: 梧江越剧团; a name is whole words), unless the
 * characters cut off are a level glued to a preposition (据省/x) or a verb or function word alone
 * (如女/x 大: FUNCTION_CHAR_TAGS). Else `pos`.
 */
function nameWordStart(tokens: readonly Token[], pos: number, seg: Segmenter): number {
  const k = tokenHolding(tokens, pos);
  if (k < 0) return pos;
  const t = tokens[k];
  if (t.start >= pos || !ORG_NAME_WORD_TAGS.has(t.tag) || t.word.length > MAX_NAME_WORD || !/^\p{Script=Han}+$/u.test(t.word)) return pos;
  if (LEVEL_GLUE_CHARS.has(t.word[0]) || GLUED_LEVEL.test(t.word[pos - t.start])) return pos;
  // A verb or function word glued before the name (如女/x 大, 同披/x 国家队) is no part of it.
  for (const c of t.word.slice(0, pos - t.start)) {
    const alone = seg.tag(c);
    if (alone.length !== 1 || FUNCTION_CHAR_TAGS.has(alone[0].tag)) return pos;
  }
  return t.start;
}

/** Tags of verbs that end no organization's name (市卫健委/组织/v 专家: the organization is 市卫健委). */
const VERB_TAGS = new Set(['v', 'vd']);
/** Last characters of an organ's name (卫健委, 公安局, 宣传部 …) before which a verb may be cut off. */
const ORGAN_END = /[委局部办厅院会处所署司府]$/u;

/**
 * A tagger organization that runs into a verb after an organ's name (市卫健委组织 → 市卫健委; 县人民政府委托
 * → 县人民政府, 委托/n being an organ's action: ORGAN_ACTION_WORDS): the span without the verb word at
 * its end, when what remains ends as an organ's name does (ORGAN_END); else the span as found.
 * 联合国粮农组织 (one word of the tagging) is untouched.
 */
function withoutTrailingVerb(text: string, tokens: readonly Token[], sp: NerSpan): NerSpan {
  // The first token ending at or after the span's end (tokens are in text order).
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].end < sp.end) lo = mid + 1;
    else hi = mid;
  }
  const t = tokens[lo];
  if (!t || t.end !== sp.end || !(VERB_TAGS.has(t.tag) || ORGAN_ACTION_WORDS.has(t.word)) || t.start - sp.start < 2 || !ORGAN_END.test(text.slice(sp.start, t.start))) return sp;
  return { ...sp, end: t.start, text: text.slice(sp.start, t.start) };
}
/** A place name the tagger may add: Han characters (one is an abbreviation: 中, 美 in 中美关系). */
const NER_PLACE = /^\p{Script=Han}+$/u;

/** Tags of words no place name holds: verbs, prepositions, adverbs, conjunctions, particles, pronouns, numbers. */
const NOT_IN_PLACE_TAGS = new Set(['v', 'vd', 'p', 'd', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'm', 'y', 'e', 'o', 'zg']);

/**
 * Whether a word of `tokens` overlapping [start, end) is a function word or verb (NOT_IN_PLACE_TAGS)
 * of two or more characters, or of one character at the start (有香港, 撞冰山). With `numeralsOk`, a
 * numeral (m) is none: numbered streets (纬五路: 五路/m, 经三路, 二环路).
 */
function hasFunctionWord(tokens: readonly Token[], start: number, end: number, numeralsOk = false): boolean {
  // The first token ending after `start` (tokens are in text order), then on while they start before `end`.
  for (let k = firstTokenEndingAfter(tokens, start); k < tokens.length && tokens[k].start < end; k++) {
    const t = tokens[k];
    // A one-character word inside the name is a piece of an unknown name (国/胜/路), not a word of the sentence.
    if (numeralsOk && t.tag === 'm') continue;
    if (NOT_IN_PLACE_TAGS.has(t.tag) && (t.word.length > 1 || t.start <= start)) return true;
  }
  return false;
}

/**
 * Tags of the words of the sentence a tagger place may have read in at its start (游玩/v 罗斯小镇,
 * 名列/v 全乡, 以/p 金贸中心, 改编/v 自/p 香港): verbs, prepositions, adverbs, conjunctions, particles,
 * pronouns, numbers and time words. A level alone (县/zg) and a verbal noun (教育/vn 村) stay.
 */
const PLACE_LEAD_TAGS = new Set(['v', 'vd', 'p', 'd', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'y', 'e', 'o', 't']);
/** Tags of verbs: jieba tags some pieces of foreign names so (比绍/v 机场), see cleanTaggerPlace. */
const PLACE_LEAD_VERB_TAGS = new Set(['v', 'vd']);
/**
 * One-character words of the sentence a tagger place may have read in at its start: prepositions of
 * place and particles (以/金贸中心, 在, 自). Other single characters so tagged often open a name the
 * segmenter cut (太/d 湖边, 塞/v 弗勒, 比/p 绍机场), so they stay.
 */
const PLACE_LEAD_CHARS: ReadonlySet<string> = new Set([...'在于从自以到往向对经由的了是和与及或把被将给让叫玩去来']);

/** A word for a nation (中华民族, 阿拉伯民族): the place before 民族 names it, unlike a people's name cut short (哈萨 of 哈萨克族). */
const NATION_WORD = /民族$/u;

/**
 * A tagger place less the words of the sentence read in at its start (PLACE_LEAD_TAGS, LEADING_VERBS,
 * TIME_WORDS: 扎根山村 → 山村, 时候海渔广场 → 海渔广场), or null when what is left is shorter than two
 * characters or names a kind of place, not one (山村, 全乡, 戈壁新城: isKindOfPlace for every word), is a
 * common word jieba's dictionary tags as a name (换新颜: NOT_NAME_WORDS), or
 * the place is an ethnic group's name that names no country (哈萨克 of 哈萨克族: ETHNIC_SUFFIX after it). A span that does not
 * start on a word boundary is judged as it is.
 */
export function cleanTaggerPlace(sp: NerSpan, tokens: readonly Token[], text: string): NerSpan | null {
  // A common word jieba's dictionary tags as a name (换新颜/nrt: NOT_NAME_WORDS) is no place either.
  if (NOT_NAME_WORDS.has(sp.text)) return null;
  // (A country's people keep it: 朝鲜族, 蒙古族, as MSRA marks them.)
  if (ETHNIC_SUFFIX.test(text.slice(sp.end, sp.end + 1)) && sp.text.length >= 2 && !worldPlaceNames().has(sp.text)) return null;
  // Nor a piece of an ethnic group's name (哈萨 of 哈萨克族/nz, read by the tagger fitted with CLUENER's
  // scenes); a nation named after a place keeps it (中华 of 中华民族, as MSRA marks it: NATION_WORD).
  const word = tokens[tokenHolding(tokens, sp.start)];
  if (word && word.start === sp.start && word.end > sp.end + 1 && ETHNIC_SUFFIX.test(text.slice(word.end - 1, word.end)) && !NATION_WORD.test(word.word) && sp.text.length >= 2 && !worldPlaceNames().has(sp.text)) return null;
  let start = sp.start;
  // Whether a word was trimmed for its verb tag alone (not a verb of LEADING_VERBS).
  let byTag = false;
  // Where the span would start without the words trimmed for their tag alone.
  let known0 = sp.start;
  for (let k = firstTokenEndingAfter(tokens, start); k < tokens.length && tokens[k].start === start && tokens[k].end < sp.end; k++) {
    const t = tokens[k];
    const known = LEADING_VERBS.has(t.word) || TIME_WORDS.has(t.word);
    // (A word the place lists name is the place's, whatever its tag: 比绍/v of 比绍机场.)
    const lead = t.word.length === 1 ? PLACE_LEAD_CHARS.has(t.word) : known || (PLACE_LEAD_TAGS.has(t.tag) && !worldPlaceNames().has(t.word) && !isPlaceStem(t.word));
    if (!lead) break;
    if (!known && PLACE_LEAD_VERB_TAGS.has(t.tag)) byTag = true;
    start = t.end;
    if (!byTag) known0 = start;
  }
  const wordsFrom = (from: number) => {
    const words: string[] = [];
    for (let j = firstTokenEndingAfter(tokens, from); j < tokens.length && tokens[j].start < sp.end; j++) words.push(text.slice(Math.max(from, tokens[j].start), Math.min(sp.end, tokens[j].end)));
    return words;
  };
  // Every word a kind of place (山村, 戈壁 + 新城): a description, no name.
  const kindOnly = (from: number) => {
    const words = wordsFrom(from);
    return words.length > 0 && words.every(isKindOfPlace);
  };
  // A verb by its tag alone before a kind of place (比绍/v 机场) is the name's first part: the span stays whole.
  if (byTag && kindOnly(start)) start = known0;
  if (start > sp.start && sp.end - start < 2) return null;
  if (kindOnly(start)) return null;
  return start === sp.start ? sp : { ...sp, start, text: text.slice(start, sp.end) };
}

/** Tags of a common word (noun, verbal noun, verb, adjective, distinguishing word) a place never ends inside. */
const COMMON_WORD_TAGS: ReadonlySet<string> = new Set(['n', 'vn', 'v', 'a', 'b', 'd']);
/** The last character of a place naming its kind: a road's, a street's or a level's. */
const PLACE_KIND_END_RE = /^[路街道巷镇乡村县区市省]$/u;

/**
 * Whether a place found in `text` (offsets into it; `tokens` its tagging) is something else the sentence
 * reads: (1) its last character, a kind of place (路, 街, 镇…: PLACE_KIND_END_RE), opens a common word of the tagging
 * after a common word (城区主要路 of 城区/主要/路段: a road's stretch, no road; 发展乡 of 发展/乡村; 江湾路 of
 * 江湾/ns 路段 and 中国 of 中国人民 are kept);
 * (2) a disease's word follows it (阿尔茨海默 of 阿尔茨海默病, 克山病: DISEASE_AFTER_RE); (3) it is a ranking
 * description, a common noun then 大/强 and a level (农业大镇, 旅游强县, 经济大省: RANKING_PLACE_RE, the noun
 * tagged a common word). Source: tester30's police paper (Dec 2026); on pd98 dev, CLUENER dev and MSRA test
 * (npm run eval:entities) places P/R unchanged or up (README Entities).
 */
function isMisreadPlace(p: { start: number; end: number }, text: string, tokens: readonly Token[]): boolean {
  const k = tokenHolding(tokens, p.end - 1);
  if (k >= 0 && tokens[k].start === p.end - 1 && tokens[k].end > p.end && PLACE_KIND_END_RE.test(text[p.end - 1]) && COMMON_WORD_TAGS.has(tokens[k].tag)) {
    // …after a common word, not a name (主要/b 路段, 发展/vn 乡村; 江湾/ns 路段 is the stretch of 江湾路, a road)
    const before = k > 0 ? tokens[k - 1] : undefined;
    if (before && before.end === p.end - 1 && before.start >= p.start && COMMON_WORD_TAGS.has(before.tag)) return true;
  }
  if (DISEASE_AFTER_RE.test(text.slice(p.end, p.end + 3))) return true;
  const m = RANKING_PLACE_RE.exec(text.slice(p.start, p.end));
  if (m) {
    const head = tokens[tokenHolding(tokens, p.start)];
    if (head && head.start === p.start && head.end === p.start + m[1].length && COMMON_WORD_TAGS.has(head.tag)) return true;
  }
  return false;
}

/** What separates the items of a printed list of names (an award list's row: 贺子涵　蒋思远　韩沐晴). */
const LIST_SEPARATORS = /[\s\u3000、，,；;]+/u;
/** Fewest other items with a name's shape in a row that make it a list of names. */
const MIN_LIST_NAMES = 2;

/**
 * The item of a list of names that starts at `start` of `text`, or null: the item (between
 * LIST_SEPARATORS, within one line) has a name's shape (isPersonName) and so do at least
 * MIN_LIST_NAMES other items of its line (an award list's row: 贺子涵　蒋思远　韩沐晴　杨一诺).
 */
export function nameListItemAt(text: string, start: number): { name: string; start: number; end: number } | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', start);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  let at = 0;
  let item: { name: string; start: number; end: number } | null = null;
  let others = 0;
  for (const part of line.split(/([\s\u3000、，,；;]+)/u)) {
    if (part && !LIST_SEPARATORS.test(part)) {
      if (lineStart + at === start) item = { name: part, start, end: start + part.length };
      else if (isPersonName(part)) others++;
    }
    at += part.length;
  }
  return item && isPersonName(item.name) && others >= MIN_LIST_NAMES ? item : null;
}

/**
 * Places of one character (京, 美, 华) kept where the press prints such a short form: in a run of them
 * (中美, 京、津、石, 江淮: ONE_CHAR_PLACE_RUN_MARKS between), or a short form of ONE_CHAR_PLACES after
 * a mark, a space or a character it follows in words (来京, 访华, 亿美元: ONE_CHAR_PLACE_BEFORE), or
 * opening a word of the tagging `tokens` (奥运会, 美方: MSRA marks these short forms). Others are dropped: 华 of
 * a word for people of Chinese descent (华侨, 华人: CHINESE_DESCENT_WORDS), the surname of a name in a list of names (韩 of 韩沐晴: `listNames` gets the name), a
 * piece of a word (德 of 师德, 法 of 监督法), a character that is no short form (拉 of 每拉一针, 汀 of 汀政发).
 */
export function withoutStrayOneCharPlaces(places: readonly PlaceMention[], text: string, tokens: readonly Token[], listNames: PersonMention[]): PlaceMention[] {
  const ones = places.filter((p) => p.end - p.start === 1);
  if (!ones.length) return [...places];
  const starts = new Set(ones.map((p) => p.start));
  // Longer places' ends: a short form right after a place is one of a run (亚特兰大奥运会, 科索沃阿族).
  const ends = new Set(places.filter((p) => p.end - p.start > 1).map((p) => p.end));
  const inRun = (p: PlaceMention) => {
    for (let gap = 0; gap <= 1; gap++) {
      if (starts.has(p.end + gap) && ONE_CHAR_PLACE_RUN_MARKS.test(text.slice(p.end, p.end + gap))) return true;
      if (starts.has(p.start - 1 - gap) && ONE_CHAR_PLACE_RUN_MARKS.test(text.slice(p.start - gap, p.start))) return true;
    }
    return false;
  };
  return places.filter((p) => {
    if (p.end - p.start !== 1) return true;
    // 华 of 华侨, 华人, 华裔 names a people, no place (CHINESE_DESCENT_WORDS).
    if (CHINESE_DESCENT_WORDS.has(text.slice(p.start, p.start + 2))) return false;
    const item = nameListItemAt(text, p.start);
    if (item) {
      if (!listNames.some((m) => m.start === item.start)) listNames.push({ name: item.name, role: '', start: item.start, end: item.end });
      return false;
    }
    if (inRun(p) || (ends.has(p.start) && ONE_CHAR_PLACES.has(p.name))) return true;
    const before = text[p.start - 1] ?? '';
    if (!ONE_CHAR_PLACES.has(p.name)) return false;
    if (!/\p{Script=Han}/u.test(before) || ONE_CHAR_PLACE_BEFORE.has(before) || ONE_CHAR_PLACES.has(before) || ONE_CHAR_PLACE_AFTER.has(text[p.end] ?? '')) return true;
    // After another character the short form opens a word of its own (大/奥运会, 的/华人, 希望/葡方), never a piece of one (师/德, 监督/法, 沅州港).
    const k = tokenHolding(tokens, p.start);
    return k >= 0 && tokens[k].start === p.start && tokens[k].end - tokens[k].start >= 2;
  });
}

/** Tags of a character standing alone as a common noun (梯/n, 绳/n): a noun's head, not a given name's. */
const NOUN_CHAR_TAGS = new Set(['n']);

/**
 * Whether a two-character person the tagger read without a role is a compound noun (藤梯, a rattan
 * ladder, in 攀着藤梯: tester21's weekend in-depth edition, Dec 2026): its first character is in no
 * surname list (SURNAMES, COMPOUND_SURNAMES: 藤 is no Chinese surname; 滕 is), its second is used by
 * fewer than MIN_GIVEN_CHAR_NAMES_SHORT names of jieba's dictionary and the segmenter tags it alone
 * as a common noun (NOUN_CHAR_TAGS), and the two are no transliteration (萨达, 卡门). On the train
 * sentences held out of a --holdout 10 fit (CLUENER 1,065, MSRA 4,523) and People's Daily dev it
 * drops two gold people (兰侨, 蜀牛: nicknames) and no other.
 */
export function isNounCompound(name: string, seg: Segmenter): boolean {
  if (name.length !== 2 || !/^\p{Script=Han}{2}$/u.test(name) || isSurname(name[0])) return false;
  if (givenCharCount(name[1]) >= MIN_GIVEN_CHAR_NAMES_SHORT || isTransliteration(name)) return false;
  const alone = seg.tag(name[1]);
  return alone.length === 1 && NOUN_CHAR_TAGS.has(alone[0].tag);
}

/**
 * Whether a two-character "name" is two short forms of places opening with no surname (菲华 of
 * 菲华各界社团, Filipino-Chinese: ONE_CHAR_PLACES): a people or a pair of states, no one's name (韩美,
 * opening with the surname 韩, may be one).
 */
export function isShortFormPair(name: string): boolean {
  return name.length === 2 && ONE_CHAR_PLACES.has(name[0]) && ONE_CHAR_PLACES.has(name[1]) && !SURNAMES.has(name[0]) && !COMPOUND_SURNAMES.has(name);
}

/**
 * Whether a three-character "name" can be read as a preposition that is also a surname and a place's
 * name (于金山 of 民国廿六年秋于金山, 向上海: PREPOSITION_SURNAMES; the place a gazetteer name or stem or
 * a world place). The caller decides from the context which reading holds.
 */
export function isPrepositionAndPlace(name: string): boolean {
  const rest = name.slice(1);
  return name.length === 3 && PREPOSITION_SURNAMES.has(name[0]) && (isPlaceStem(rest) || worldPlaceNames().has(rest));
}

/** Longest name the tagger may extend a leader's name to (梅德韦 → 梅德韦杰夫, 5; with a middle dot more). */
const MAX_TAGGER_LEADER_NAME = 12;

/**
 * Leader mentions checked against the character tagger's spans (src/nlp/ner.ts): a name the tagger
 * reads longer from the same start is that longer name (梅德韦 → 梅德韦杰夫: the office found the
 * start, the tagger the end); a name inside a tagger place or organization with no tagger person
 * over it is no name (乌克兰总统 gives no leader 乌克兰, 红党主席 none 红党), and so is a name the tagger
 * reads no person over at all (部长席位, 总统任期, 主席国计划, 院长明白: the office found a word of the
 * sentence). On the sentences held out of the tagger's training (People's Daily dev, MSRA train,
 * CLUENER train; the model of `train-ner.mjs --holdout 10`) the 14 leaders of 511 that the tagger
 * read no person over were all wrong, and every right one had one. Returns the mentions,
 * the names given by the tagger (`extended`: they may be longer than isPersonName allows) and the
 * names dropped or replaced (`rejected`: not added again from other articles' titles). Chosen on
 * People's Daily dev, MSRA val and CLUENER train.
 */
function checkLeaderNames(
  mentions: readonly LeaderMention[],
  spans: readonly NerSpan[],
  withModel: boolean,
): { mentions: LeaderMention[]; extended: Set<string>; rejected: Set<string> } {
  const out: LeaderMention[] = [];
  const extended = new Set<string>();
  const rejected = new Set<string>();
  if (!withModel) return { mentions: [...mentions], extended, rejected };
  const personByStart = new Map<number, NerSpan>();
  for (const sp of spans) if (sp.kind === 'per') personByStart.set(sp.start, sp);
  const personOver = overlapTest(spans.filter((x) => x.kind === 'per').map((x): [number, number] => [x.start, x.end]));
  for (const m of mentions) {
    const sp = personByStart.get(m.start);
    if (sp && sp.end > m.end && sp.end - sp.start <= MAX_TAGGER_LEADER_NAME && NER_PERSON.test(sp.text)) {
      out.push({ ...m, name: sp.text, end: sp.end });
      extended.add(sp.text);
      rejected.add(m.name);
      continue;
    }
    if (!personOver(m.start, m.end)) {
      rejected.add(m.name);
      continue;
    }
    out.push(m);
  }
  for (const m of out) rejected.delete(m.name);
  return { mentions: out, extended, rejected };
}

/** Whether one word of `tokens` holds the offsets [start, end). */
function inOneWord(tokens: readonly Token[], start: number, end: number): boolean {
  const k = tokenHolding(tokens, start);
  return k >= 0 && tokens[k].start <= start && tokens[k].end >= end;
}

/** Kinds of development zone (ZONE_WORDS: 高新技术产业开发区) that end a zone's name after its stem. */
const ZONE_KIND_SET: ReadonlySet<string> = new Set(ZONE_WORDS);
/** A level alone (社区, 街道, 村): the end of a unit named with it. */
const LEVEL_WORD = /^(?:街道|社区|[省市区县镇乡村])$/u;

/** Tags of words that are names or unknown words: a suffix rule's place holding one outside the tagger's places is kept whole. */
const NAME_WORD_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'x', 'j']);

/**
 * Places of a suffix rule that swept common words in with a name (莫斯科开馆, 参观南京江东门纪念馆,
 * 距离安苑小区) become the tagger's places inside them (莫斯科; 南京, 江东门纪念馆; 安苑小区) when those
 * start and end on word boundaries and every word left out is no name word (NAME_WORD_TAGS).
 * Others are returned as they are. Chosen on the sentences held out of the tagger's training.
 */
function trimToTaggerPlaces(places: readonly PlaceMention[], spans: readonly NerSpan[], tokens: readonly Token[], locExact: ReadonlySet<string>): PlaceMention[] {
  // The tagger's places and the word boundaries are only gathered when a suffix rule's place needs them.
  let locs: NerSpan[] | null = null;
  let startsWord: Set<number> | null = null;
  let endsWord: Set<number> | null = null;
  const out: PlaceMention[] = [];
  for (const m of places) {
    if (!m.bySuffix || locExact.has(`${m.start}:${m.end}`)) {
      out.push(m);
      continue;
    }
    locs ??= spans.filter((x) => x.kind === 'loc' && NER_PLACE.test(x.text));
    const inner = locs.filter((x) => m.start <= x.start && x.end <= m.end && (x.start > m.start || x.end < m.end));
    if (inner.length > 0) {
      startsWord ??= new Set(tokens.map((t) => t.start));
      endsWord ??= new Set(tokens.map((t) => t.end));
    }
    const onWords = inner.length > 0 && inner.every((x) => startsWord!.has(x.start) && endsWord!.has(x.end));
    const covered = (t: Token) => inner.some((x) => x.start <= t.start && t.end <= x.end);
    // The words inside the place left out of the tagger's places (tokens are in text order: only those from the place's start are read).
    const leftOut: Token[] = [];
    for (let k = firstTokenEndingAfter(tokens, m.start); onWords && k < tokens.length && tokens[k].start < m.end; k++) {
      const t = tokens[k];
      if (t.start >= m.start && t.end <= m.end && !covered(t)) leftOut.push(t);
    }
    // A zone or unit named with its stem and its kind or level (云岭/ns 高新技术/n 产业/n 开发区/n, 曹公祠/x
    // 社区/n) is one place whatever the tagger reads in it: the words after the tagger's places are that
    // kind (ZONE_WORDS) or level (LEVEL_NAMED), nothing swept in.
    const tail = leftOut.map((t) => t.word).join('');
    const zoneKind = leftOut.length > 0 && leftOut[0].start === Math.max(...inner.map((x) => x.end)) && leftOut[leftOut.length - 1].end === m.end &&
      (ZONE_KIND_SET.has(tail) || LEVEL_WORD.test(tail));
    if (!onWords || zoneKind || leftOut.some((t) => NAME_WORD_TAGS.has(t.tag))) {
      out.push(m);
      continue;
    }
    for (const x of inner) out.push({ name: x.text, start: x.start, end: x.end });
  }
  return out;
}

/**
 * Combines the character-level tagger's spans (src/nlp/ner.ts) with the rule-based finders, in
 * place. People: a rule mention is kept when a role or office was printed with it or the tagger
 * reads the same span as a person; the tagger's people are added where no kept mention, leader
 * name, or kept place named as a street or with its level (通欣路, 曹公祠社区) overlaps, never a
 * department (isDepartmentName: 呼吸科). Places: a rule place is kept when the tagger reads the same span as a place, it
 * is named with its level (LEVEL_NAMED), or no tagger person/organization overlaps it (or it is
 * named as a street, STREET_NAMED: 船闸西路 under a tagger 西路闸管所) and no verb or function word is inside it (fragments: 走向市场之路, 有香港, 莫斯科开馆), unless the tagger reads it
 * as a run of places (江苏省如东县孙窑乡: a tagger place starts where it starts, another ends where it
 * ends, none is the whole); the tagger's places
 * (one character included: 中, 美 in 中美关系) are added where no kept place overlaps.
 * Chosen on sentences held out of the tagger's training (People's Daily dev, MSRA train, CLUENER
 * train; scripts/train-ner.mjs --holdout 10), and checked on the bundled issue (npm run score).
 */
function addTaggerEntities(
  text: string,
  tokens: readonly Token[],
  spans: readonly NerSpan[],
  people: PersonMention[],
  places: PlaceMention[],
  reporters: ReadonlySet<string>,
  leaderSpans: readonly [number, number][],
  seg: Segmenter,
): void {
  const key = (s: number, e: number) => `${s}:${e}`;
  const exact = (kind: NerSpan['kind']) => new Set(spans.filter((x) => x.kind === kind).map((x) => key(x.start, x.end)));
  const perExact = exact('per');
  // After an occupation (教授, 主教练) the tagger's person from the same start is the name (主教练鲁迪内, not
  // 鲁迪); a tagger person elsewhere over it makes it none; a name the tagger reads nothing over stays (副司机严立冬).
  const perByStart = new Map(spans.filter((x) => x.kind === 'per' && NER_PERSON.test(x.text)).map((x) => [x.start, x]));
  const anyOver = overlapTest(spans.map((x): [number, number] => [x.start, x.end]));
  for (const [k, m] of people.entries()) {
    const sp = perByStart.get(m.start);
    // A role's name read up to a middle dot (负责人安德鲁·汉纳: 安德鲁) is the tagger's whole dotted name.
    const dotted = !!sp && sp.end > m.end && MIDDLE_DOT.test(text[m.end]);
    if (sp && ((m.role !== '' && sp.end !== m.end) || dotted)) people[k] = { ...m, name: sp.text, end: sp.end };
  }
  const keptPeople = people.filter(
    (m) => (m.role !== '' && (!m.byOccupation || perByStart.has(m.start) || !anyOver(m.start, m.end))) || perExact.has(key(m.start, m.end)),
  );
  people.length = 0;
  for (const item of keptPeople) people.push(item);
  const locExact = exact('loc');
  const otherOver = overlapTest(spans.filter((x) => x.kind !== 'loc').map((x): [number, number] => [x.start, x.end]));
  const locStarts = new Set(spans.filter((x) => x.kind === 'loc').map((x) => x.start));
  const locEnds = new Set(spans.filter((x) => x.kind === 'loc').map((x) => x.end));
  // A run of places the tagger reads as two or more (江苏省如东县孙窑乡, 非洲几内亚湾, 中国香港): its places.
  const isRun = (m: PlaceMention) => !locExact.has(key(m.start, m.end)) && locStarts.has(m.start) && locEnds.has(m.end);
  // A street or a unit named with its level stays whatever tagger span crosses it (a street with no verb or function word in it).
  const keptPlaces = places.filter(
    (m) =>
      !isRun(m) &&
      (locExact.has(key(m.start, m.end)) ||
        LEVEL_NAMED.test(m.name) ||
        ((!otherOver(m.start, m.end) || STREET_NAMED.test(m.name) || LANDMARK_NAMED.test(m.name)) && !hasFunctionWord(tokens, m.start, m.end, STREET_NAMED.test(m.name)))),
  );
  places.length = 0;
  for (const item of trimToTaggerPlaces(keptPlaces, spans, tokens, locExact)) places.push(item);
  // The tagger's people, where no kept person, leader or place named as a street or with its level is (通欣路 is no one).
  const personTaken = overlapTest([
    ...people.map((m): [number, number] => [m.start, m.end]),
    ...leaderSpans,
    ...places.filter((m) => LEVEL_NAMED.test(m.name) || STREET_NAMED.test(m.name) || LANDMARK_NAMED.test(m.name)).map((m): [number, number] => [m.start, m.end]),
  ]);
  for (const span of spans) {
    const sp = span.kind === 'per' ? withoutAddressedSurname(withWholeNameElement(withoutHomeChar(span), text), text) : span;
    if (sp.kind !== 'per' || !(NER_PERSON.test(sp.text) || LATIN_PERSON.test(sp.text)) || reporters.has(sp.text) || personTaken(sp.start, sp.end)) continue;
    // A classical poem's title (七律·登凤鸣山) has the shape of a dotted foreign name; it is none.
    if (VERSE_FORM_RE.test(sp.text)) continue;
    if (isDepartmentName(sp.text, seg)) continue;
    if (isAddressForm(sp.text)) continue;
    // A time word the tagger reads as a name (金秋时节: 金秋) is none, nor a common word jieba tags as one (换新颜/nrt).
    if (TIME_WORDS.has(sp.text) || NOT_NAME_WORDS.has(sp.text)) continue;
    if (isShortFormPair(sp.text)) continue;
    // 于金山 of 民国廿六年秋于金山” is "at 金山": a preposition glued to the word before it (年秋于/x) or a
    // phrase that ends at a mark; 于金山同志, 于金山说 are someone.
    if (isPrepositionAndPlace(sp.text) && (!/\p{Script=Han}/u.test(text[sp.end] ?? '') || tokenAt(tokens, sp.start) < 0)) continue;
    // A surname and one character names seldom use (MIN_GIVEN_CHAR_NAMES_SHORT), a count right after it and
    // no role before it (领域张榜12项): a verb and its object, no one's name.
    if (sp.text.length === 2 && givenCharCount(sp.text[1]) < MIN_GIVEN_CHAR_NAMES_SHORT && !isTransliteration(sp.text) && /^[0-9０-９]/u.test(text[sp.end] ?? '')) continue;
    if (isCompoundOfPrintedWord(text, sp.text, seg)) continue;
    // A noun compound with no surname in front (藤梯, a rattan ladder) is no one's name.
    if (isNounCompound(sp.text, seg)) continue;
    people.push({ name: sp.text, role: '', start: sp.start, end: sp.end });
  }
  withoutGluedStopChars(people);
  const placeTaken = overlapTest(places.map((p): [number, number] => [p.start, p.end]));
  // Nothing inside the name of a person a role or office introduced is a place (代表罗建国: no place 罗).
  const namedByRole = overlapTest([...leaderSpans, ...people.filter((m) => m.role !== '').map((m): [number, number] => [m.start, m.end])]);
  for (const span of spans) {
    const sp = span.kind === 'loc' ? cleanTaggerPlace(span, tokens, text) : null;
    if (!sp || !NER_PLACE.test(sp.text) || placeTaken(sp.start, sp.end) || namedByRole(sp.start, sp.end)) continue;
    // The boundary formula alone (东至 of 东至沿河大道) is no place.
    if (sp.text.length === 2 && BOUNDARY_WORD.test(sp.text)) continue;
    // A unit of length after a number (十二华里, 3公里: LENGTH_UNITS) is a distance.
    if (isDistance(text, sp.start, sp.text)) continue;
    // A place's name in a word of an art, a cuisine or a speech named after it (黄梅戏, 粤剧, 川菜, 上海话:
    // GENRE_AFTER_PLACE) is none.
    if (GENRE_AFTER_PLACE.has(text[sp.end] ?? '') && inOneWord(tokens, sp.start, sp.end + 1)) continue;
    // The boundary formula of a notice is no part of the place after it (北至纬五路: 纬五路).
    const from = BOUNDARY_WORD.test(sp.text) && sp.text.length >= 4 ? sp.start + 2 : sp.start;
    // The shore of a river or lake is no part of it (白沙河畔: 白沙河).
    const to = SHORE_LOCATIVE.test(sp.text) && sp.end - from >= 3 ? sp.end - 1 : sp.end;
    places.push({ name: text.slice(from, to), start: from, end: to });
  }
  places.sort((x, y) => x.start - y.start);
}

/**
 * Combines the tagger's organizations with the rule-based ones, in place: a rule organization is
 * kept when the tagger reads the same span as one, or no tagger span crosses its ends and no tagger
 * person is inside it (a place inside is normal: 悦来镇 in 悦来镇中心小学); the tagger's
 * organizations (two or more characters) are added where no kept one overlaps. A place inside a
 * tagger organization (中国 in 中国政府) is then that organization's (see the place list). Chosen as
 * addTaggerEntities was (held-out training sentences). Linear in the text length.
 */
function addTaggerOrganizations(
  text: string,
  tokens: readonly Token[],
  taggerSpans: readonly NerSpan[],
  orgs: { name: string; start: number; end: number }[],
  names: readonly (readonly [number, number])[],
  seg: Segmenter,
): void {
  // Each offset's person name (the last that holds it), for organizationStart.
  const nameOver = new Map<number, [number, number]>();
  for (const [s, e] of names) for (let i = s; i < e; i++) nameOver.set(i, [s, e]);
  const spans: NerSpan[] = [];
  for (const sp of taggerSpans) {
    if (sp.kind !== 'org') {
      spans.push(sp);
      continue;
    }
    let start = organizationStart(tokens, sp, (pos) => nameOver.get(pos));
    let end = sp.end;
    // A bracket or other mark read into the name (【省政府办公厅) is no part of it.
    while (start < end && !NAME_CHAR.test(text[start])) start++;
    while (end > start && !NAME_CHAR.test(text[end - 1])) end--;
    // A name cut out of a name word (江越剧团 of 梧江/x 越剧团/nt) starts where that word starts.
    if (start === sp.start) start = nameWordStart(tokens, start, seg);
    if (end - start < 2) continue;
    // A time word or a number the tagging reads as one word (（星期日）, 二〇二四年) names no organization.
    const whole = tokenAt(tokens, start);
    if (whole >= 0 && tokens[whole].end === end && (tokens[whole].tag === 't' || tokens[whole].tag === 'm')) continue;
    spans.push(withoutTrailingVerb(text, tokens, start === sp.start && end === sp.end ? sp : { ...sp, start, end, text: text.slice(start, end) }));
  }
  const orgExact = new Set(spans.filter((x) => x.kind === 'org').map((x) => `${x.start}:${x.end}`));
  // The tagger span over each offset (-1: none) and whether it is a person.
  const spanAt = new Int32Array(text.length + 1).fill(-1);
  spans.forEach((x, k) => spanAt.fill(k, x.start, x.end));
  const crosses = (s: number, e: number) => (s > 0 && spanAt[s] >= 0 && spanAt[s] === spanAt[s - 1]) || (spanAt[e - 1] >= 0 && spanAt[e - 1] === spanAt[e]);
  const personInside = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (spanAt[i] >= 0 && spans[spanAt[i]].kind === 'per') return true;
    return false;
  };
  // A rule organization that starts with a person's name the segmenter glued to the next word
  // (宋立华受/x 县人民政府: 宋立华受县人民政府) is what follows that unknown word (县人民政府).
  const afterGluedName = (o: { name: string; start: number; end: number }) => {
    const name = nameOver.get(o.start);
    if (!name || name[0] !== o.start) return o;
    const k = tokenHolding(tokens, name[1] - 1);
    if (k < 0 || tokens[k].tag !== 'x' || tokens[k].end <= name[1] || o.end - tokens[k].end < 3) return o;
    return { name: text.slice(tokens[k].end, o.end), start: tokens[k].end, end: o.end };
  };
  const kept = orgs
    .map((o) => (orgExact.has(`${o.start}:${o.end}`) ? o : afterGluedName(o)))
    .filter((o) => orgExact.has(`${o.start}:${o.end}`) || (!crosses(o.start, o.end) && !personInside(o.start, o.end)));
  orgs.length = 0;
  for (const item of kept) orgs.push(item);
  const taken = overlapTest(orgs.map((o): [number, number] => [o.start, o.end]));
  for (const sp of spans) if (sp.kind === 'org' && sp.text.length >= 2 && !taken(sp.start, sp.end)) orgs.push({ name: sp.text, start: sp.start, end: sp.end });
  orgs.sort((x, y) => x.start - y.start);
}

/** Keywords taken before dropping artefacts of names, so that `KEYWORDS_PER_ARTICLE` remain. */
const KEYWORD_CANDIDATES = 16;

/** Options of `extractEntities` and `extractArticleEntities`. */
export interface EntityOptions {
  /** The segmenter (default: the process-wide nodejieba one). */
  segmenter?: Segmenter;
  /** Keywords are computed unless this is false (the text API's default is false). */
  keywords?: boolean;
  /**
   * Words of a user dictionary (user-dict.ts): each is kept whole by the segmentation, and those
   * tagged nr, ns, nt are people, places and organizations wherever the text holds them.
   */
  userDict?: readonly UserDictEntry[];
  /**
   * The character-level tagger's model (src/nlp/ner.ts), whose people and places are combined with
   * the rule-based finders'. Default: the shipped one (data/ner/model.bin.gz); null: rules only.
   */
  nerModel?: NerModel | null;
}

/** The text entities are read from: headline parts and paragraphs, one per line. */
export function articleText(a: Article): string {
  return [a.kicker ?? '', a.title, ...a.subtitles, ...a.crossheads, ...a.paragraphs].filter(Boolean).join('\n');
}

/**
 * A fixed set of names indexed by their first UTF-16 unit, to find all of them in a text in one
 * pass: at each offset only the lengths of names that start with that character are looked up.
 * Linear in the text length (times the number of distinct name lengths per first character).
 */
export class NameFinder {
  private readonly names: ReadonlySet<string>;
  /** First UTF-16 unit → the lengths of the names that start with it, longest first. */
  private readonly lengthsByFirst = new Map<number, number[]>();

  /** `names`: the names to find; empty strings are ignored. */
  constructor(names: Iterable<string>) {
    const set = new Set<string>();
    for (const n of names) if (n) set.add(n);
    this.names = set;
    for (const n of set) {
      const k = n.charCodeAt(0);
      const lengths = this.lengthsByFirst.get(k) ?? [];
      if (!lengths.includes(n.length)) lengths.push(n.length);
      this.lengthsByFirst.set(k, lengths);
    }
    for (const lengths of this.lengthsByFirst.values()) lengths.sort((a, b) => b - a);
  }

  /**
   * Every occurrence of every name in `text`, overlapping ones included: name → start offsets
   * (UTF-16 units, ascending). Names that do not occur are absent.
   */
  find(text: string): Map<string, number[]> {
    const out = new Map<string, number[]>();
    if (this.names.size === 0) return out;
    for (let i = 0; i < text.length; i++) {
      const lengths = this.lengthsByFirst.get(text.charCodeAt(i));
      if (!lengths) continue;
      for (const len of lengths) {
        if (i + len > text.length) continue;
        const s = text.slice(i, i + len);
        if (!this.names.has(s)) continue;
        const at = out.get(s);
        if (at) at.push(i);
        else out.set(s, [i]);
      }
    }
    return out;
  }
}

/**
 * Counts non-overlapping occurrences of `names` in `text`, longer names first (张文锦 before 张文),
 * each name's occurrences from the left. `found` is `new NameFinder(names).find(text)` when the
 * caller has it already. Returns name → count (0 for a name that does not occur), longest first.
 */
export function countOccurrences(text: string, names: Iterable<string>, found?: ReadonlyMap<string, readonly number[]>): Map<string, number> {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  const where = found ?? new NameFinder(sorted).find(text);
  const used = new Uint8Array(text.length);
  const out = new Map<string, number>();
  for (const n of sorted) {
    let count = 0;
    for (const i of where.get(n) ?? []) {
      let free = true;
      for (let j = i; j < i + n.length; j++) {
        if (used[j]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      used.fill(1, i, i + n.length);
      count++;
    }
    out.set(n, count);
  }
  return out;
}

/** Adds roles, dropping one that is part of another (书记 inside 区委书记, 社区党委书记 inside 曹公祠社区党委书记). */
export function mergeRoles(have: readonly string[], add: readonly string[]): string[] {
  let out = [...have];
  for (const r of add) {
    if (out.some((h) => h.includes(r))) continue;
    out = out.filter((h) => !r.includes(h));
    out.push(r);
  }
  return out;
}

function reportersOf(a: Article): Set<string> {
  return new Set([...a.bylines, ...a.credits.map((c) => c.name)].filter(Boolean));
}

/** Offices of a government or party organ of a township or above: 县委, 区政府, 镇长, 街道党工委, 人大, 政协. */
const OFFICIAL_LEVEL_RE = /[省市县区州旗]委|[省市县区州旗镇乡]政府|[省市县区州旗镇乡]长|镇党委|乡党委|街道|党工委|人大|政协|纪委|监委|部长|局长|厅长/u;
/** Posts of a village or residents' community and its party branch. */
const GRASSROOTS_RE = /村|社区|居委会|党支部|党总支|支部|小组/u;

/** True for a post of a village or community (村党支部书记, 社区党委书记, 村委会主任). */
export function isGrassrootsPost(title: string): boolean {
  return GRASSROOTS_RE.test(title) && !OFFICIAL_LEVEL_RE.test(title.replace(/社区/gu, ''));
}

/** The spans of every occurrence of `names`, from `found` (name → start offsets). */
function spansOf(names: Iterable<string>, found: ReadonlyMap<string, readonly number[]>): [number, number][] {
  const out: [number, number][] = [];
  for (const n of names) for (const i of found.get(n) ?? []) out.push([i, i + n.length]);
  return out;
}

/**
 * The titles of a leader mention as printed with the place the office belongs to: a place that
 * ends where the first title starts (宋桥村 + 党支部书记), or ends with the level character the
 * title starts with (海西镇 + 镇党委书记, 清河镇 + 镇镇长), is part of that title (宋桥村党支部书记,
 * 海西镇党委书记, 清河镇镇长: printed from the place on, not cleaned as an OCR echo).
 * `placeByEnd` maps each place's end offset to the place. Returns the titles, the first one extended.
 */
export function titlesWithPlace(text: string, m: LeaderMention, placeByEnd: ReadonlyMap<number, { start: number; end: number }>): string[] {
  if (m.titleStart < 0 || m.titles.length === 0) return m.titles;
  const before = placeByEnd.get(m.titleStart);
  if (before) return [text.slice(before.start, m.titleStart) + m.titles[0], ...m.titles.slice(1)];
  // The place holds the title's first character: the title is printed from the place on (清河镇 + 镇长 is 清河镇镇长, not an OCR echo).
  const over = placeByEnd.get(m.titleStart + 1);
  if (over && over.start < m.titleStart) return [text.slice(over.start, m.firstTitleEnd), ...m.titles.slice(1)];
  return m.titles;
}

/**
 * Reads and builds what entity extraction reads on its first article (the tagger's model and tables,
 * the gazetteer's and the world lists' sets, the IDF table of keywords) ahead of it: the CLI calls it
 * while the segmenter's dictionary loads in the background (main.ts), so that the two overlap. The
 * entities found are the same either way: these are caches of fixed data.
 */
export function prepareEntities(): void {
  prepareNer();
  preparePlaces();
  worldPlaceNames();
  givenCharCount('');
  isTransliteration('');
  loadIdf();
}

/**
 * Fills the entity fields of every article (new objects; the input is not changed).
 * Returns the articles and diagnostics (`entities/segmenter-failed` when tagging throws for an
 * article, whose entity fields then stay as they were).
 */
export function extractArticleEntities(articles: Article[], options: EntityOptions = {}): { articles: Article[]; diagnostics: Diagnostic[] } {
  // Articles in traditional script are read on their simplified form and reported as printed.
  const converted = articles.map((a) => (hasTraditional(articleText(a)) ? simplifiedArticle(a) : null));
  if (converted.every((c) => c === null)) return extractFromArticles(articles, options);
  const res = extractFromArticles(articles.map((a, i) => converted[i] ?? a), options);
  const out = articles.map((a, i) => {
    const c = converted[i];
    if (!c) return res.articles[i];
    const printed = articleText(a);
    const simple = articleText(c);
    const e = res.articles[i];
    /** The printed form of a string read on the simplified text (same offsets when the conversion kept the length). */
    const asPrinted = (s: string): string => {
      const at = simple.indexOf(s);
      return at >= 0 && simple.length === printed.length ? printed.slice(at, at + s.length) : s;
    };
    return {
      ...a,
      leaders: e.leaders.map((l) => ({ ...l, name: asPrinted(l.name), titles: l.titles.map(asPrinted) })),
      people: e.people.map((p) => ({ ...p, name: asPrinted(p.name), roles: p.roles.map(asPrinted) })),
      places: e.places.map((p) => ({ ...p, name: asPrinted(p.name) })),
      organizations: e.organizations.map((o) => ({ ...o, name: asPrinted(o.name) })),
      keywords: e.keywords.map(asPrinted),
    };
  });
  return { articles: out, diagnostics: res.diagnostics };
}

/** An article with every text field converted to simplified characters (see script.ts). */
function simplifiedArticle(a: Article): Article {
  const s = toSimplified;
  return {
    ...a,
    kicker: a.kicker === null ? null : s(a.kicker),
    title: s(a.title),
    subtitles: a.subtitles.map(s),
    crossheads: a.crossheads.map((c) => ({ ...c, text: s(c.text) })),
    paragraphs: a.paragraphs.map(s),
    bylines: a.bylines.map(s),
    credits: a.credits.map((c) => ({ ...c, name: s(c.name) })),
  };
}

/** `extractArticleEntities` on articles in simplified script. */
function extractFromArticles(articles: Article[], options: EntityOptions): { articles: Article[]; diagnostics: Diagnostic[] } {
  const seg = options.segmenter ?? defaultSegmenter;
  const diagnostics: Diagnostic[] = [];
  // Misprinted name dots (买买提•艾力) read as the standard · (same offsets): one name, one identity.
  // …and a name's slot read with the spaces inside the name closed up (民警李　强, 区委书记胡 拥军).
  const texts = articles.map((a) => withNameSlotSpacesClosed(withStandardNameDots(articleText(a))));

  // Pass 1: leaders by title across the issue.
  const known = new Set<string>();
  // each text's chains of offices, found once for both passes (they depend on the text alone)
  const chainsOf = texts.map((t) => findOfficeChains(t));
  texts.forEach((text, i) => {
    const reporters = reportersOf(articles[i]);
    for (const m of findLeaderMentions(text, seg, undefined, undefined, chainsOf[i])) if (!m.headsUnit && !reporters.has(m.name) && isPersonName(m.name, true)) known.add(m.name);
  });
  // Known names are looked for in every article: one pass over its text finds those it holds.
  const knownFinder = new NameFinder(known);
  const userDict = options.userDict ?? [];
  const userTags = new Map<string, string>();
  for (const e of userDict) if (!userTags.has(e.word)) userTags.set(e.word, e.tag || 'x');
  for (const n of known) if (!userTags.has(n)) userTags.set(n, 'nr');
  const forcedNames = userDict.length ? [...userTags.keys()] : [...known];
  const forcedFinder = new NameFinder(forcedNames);
  const userOfKind = (tag: string) => userDict.filter((e) => e.tag === tag).map((e) => e.word);
  const userFinders = { nr: new NameFinder(userOfKind('nr')), ns: new NameFinder(userOfKind('ns')), nt: new NameFinder(userOfKind('nt')) };
  const knownOrder = new Map([...known].map((n, k) => [n, k]));

  // Pass 2: tag each article once and read every kind of entity from that tagging.
  const read = articles.map((a, i) => {
    const text = texts[i];
    // each article's text is let go once it is read (a large input's articles are not all held twice)
    texts[i] = '';
    // Dotted names (阿不都热合曼·吾守尔) are found on the characters and tagged whole: the segmenter cuts them.
    // (the article is tagged a second time for its whole names only when it prints a dotted name: issue 12)
    const dottedRuns = findDottedNames(text, seg);
    const dotted = dottedRuns.length ? trimmedByNames(dottedRuns, text, wholeNamesIn(text, seg), isPersonName) : [];
    let rawTokens: Token[];
    try {
      const finder = dotted.length ? new NameFinder([...forcedNames, ...dotted.map((d) => d.name)]) : forcedFinder;
      rawTokens = tagWithWords(text, seg, finder, userTags);
    } catch (err) {
      diagnostics.push({ severity: 'warning', code: 'entities/segmenter-failed', message: `article ${a.id}: ${String(err)}`, line: a.lines[0], column: null });
      return a;
    }
    // The tagger reads jieba's words as it was trained on them; the rules read them with glued levels split (受县 → 受 县).
    const tokens = splitGluedLevels(rawTokens);
    const reporters = reportersOf(a);
    const model = options.nerModel === undefined ? nerModel() : options.nerModel;
    // A compound surname alone (申屠 of 任命申屠明远为) is no one's name: a lone surname, as 庞 is
    // (MSRA's train split marks 4 of its 31 people of a compound surname so, clans of history: 拓跋).
    const nerSpans = model
      ? splitNameRuns(extendCutNames(text, tokens, findNerSpans(text, rawTokens, model), seg), seg).filter((sp) => sp.kind !== 'per' || !COMPOUND_SURNAMES.has(sp.text))
      : [];
    const checked = checkLeaderNames(findLeaderMentions(text, seg, known, tokens, chainsOf[i]).filter((m) => !reporters.has(m.name)), nerSpans, model !== null);
    const leaderMentions: LeaderMention[] = withDottedLeaders(
      checked.mentions.filter((m) => isPersonName(m.name, true) || checked.extended.has(m.name)),
      dotted,
      text,
      reporters,
    );
    const leaderNames = new Set(leaderMentions.map((m) => m.name));
    // Names the issue gives an office elsewhere, held here without one: people of this article, whole names.
    const namedHere = new Set(leaderNames);
    for (const n of [...knownFinder.find(text).keys()].sort((x, y) => (knownOrder.get(x) ?? 0) - (knownOrder.get(y) ?? 0))) {
      if (!checked.rejected.has(n)) namedHere.add(n);
    }
    const leaderFound = new NameFinder(namedHere).find(text);
    const nameSpans = spansOf(namedHere, leaderFound);

    const places = findPlaceMentions(text, tokens, nameSpans);
    const orgs: { name: string; start: number; end: number }[] = findOrganizationMentions(text, tokens);
    const prefixes: [number, number][] = [...places, ...orgs].map((p) => [p.start, p.end]);
    const personMentions = findPersonMentions(text, tokens, seg, known, prefixes, places.map((p) => [p.start, p.end])).filter(
      (m) => !reporters.has(m.name),
    );
    if (model) addTaggerEntities(text, tokens, nerSpans, personMentions, places, reporters, nameSpans, seg);
    if (model) {
      const names: [number, number][] = [...nameSpans, ...personMentions.map((m): [number, number] => [m.start, m.end])];
      for (const sp of nerSpans) if (sp.kind === 'per') names.push([sp.start, sp.end]);
      addTaggerOrganizations(text, tokens, nerSpans, orgs, names, seg);
    }
    // The issuer's code of a document number (青政办发〔2026〕12号) is no mention of an organization.
    const notCodes = orgs.filter((o) => !DOC_NUMBER_AFTER.test(text.slice(o.end, o.end + 8)));
    orgs.length = 0;
    for (const item of notCodes) orgs.push(item);
    // The appointees of a 任免 list (免去费书瑶的…职务), where no one is read over them.
    const personOver = overlapTest(personMentions.map((m): [number, number] => [m.start, m.end]));
    for (const m of findAppointees(text, tokens)) if (!personOver(m.start, m.end) && !reporters.has(m.name)) personMentions.push(m);
    // …and the people of a 任前公示's entries (1.　程立新，男，汉族，…).
    for (const m of findResumeEntries(text)) if (!personOver(m.start, m.end) && !reporters.has(m.name)) personMentions.push(m);
    // A name the article prints as an organization (沅州恒丰 of a table of clubs) is no one's when no role introduced it.
    const orgNames = new Set(orgs.map((o) => o.name));
    const notOrgs = personMentions.filter((m) => m.role !== '' || !orgNames.has(m.name));
    personMentions.length = 0;
    for (const item of notOrgs.sort((x, y) => x.start - y.start)) personMentions.push(item);
    // The place of a lead-in (本报江澄3月14日讯) is a place and no one's name.
    const leadIns = leadInPlaces(text);
    if (leadIns.length) {
      const inLeadIn = overlapTest(leadIns.map((p): [number, number] => [p.start, p.end]));
      const keptPeople = personMentions.filter((m) => !inLeadIn(m.start, m.end));
      personMentions.length = 0;
      for (const item of keptPeople) personMentions.push(item);
      // Places inside the lead-in's place are pieces of it (the tagger's 江 of 江澄).
      const inside = (p: PlaceMention) => leadIns.some((l) => l.start <= p.start && p.end <= l.end);
      const keptPlaces = places.filter((p) => !inside(p));
      places.length = 0;
      for (const item of keptPlaces) places.push(item);
      const placeTaken = overlapTest(places.map((p): [number, number] => [p.start, p.end]));
      for (const p of leadIns) if (!placeTaken(p.start, p.end)) places.push(p);
      places.sort((x, y) => x.start - y.start);
    }

    // One-character places where no short form of a place is printed (韩 of a list's 韩沐晴, 德 of 师德): none.
    if (places.some((p) => p.end - p.start === 1)) {
      const listNames: PersonMention[] = [];
      const kept = withoutStrayOneCharPlaces(places, text, tokens, listNames);
      places.length = 0;
      places.push(...kept);
      const personOver = overlapTest(personMentions.map((m): [number, number] => [m.start, m.end]));
      for (const m of listNames) if (!personOver(m.start, m.end) && !reporters.has(m.name)) personMentions.push(m);
      personMentions.sort((x, y) => x.start - y.start);
    }
    // Places that the sentence reads otherwise: cut inside a common word (城区主要路 of 路段), a disease's name
    // (阿尔茨海默 of 阿尔茨海默病), a ranking description (农业大镇, 旅游强县).
    if (places.some((p) => isMisreadPlace(p, text, tokens))) {
      const kept = places.filter((p) => !isMisreadPlace(p, text, tokens));
      places.length = 0;
      places.push(...kept);
    }
    // A dotted name is one person, whole: pieces of it (阿不, 曼·吾守尔) give way to it.
    if (dotted.length) {
      // Dotted names never overlap one another (each is found after the last), so a mention overlaps
      // one it is not exactly when it overlaps one and is none of them. Indexed, not a scan per
      // mention: a paragraph of 20,000 dotted names was quadratic here (issue 10).
      const overlapsDotted = overlapTest(dotted.map((d): [number, number] => [d.start, d.end]));
      const spanKey = (m: { start: number; end: number }) => `${m.start}:${m.end}`;
      const dottedSpans = new Set(dotted.map(spanKey));
      const kept = personMentions.filter((m) => !(overlapsDotted(m.start, m.end) && !dottedSpans.has(spanKey(m))));
      const keptSpans = new Set(kept.map(spanKey));
      for (const d of dotted)
        if (!reporters.has(d.name) && !keptSpans.has(spanKey(d))) {
          kept.push({ name: d.name, role: '', start: d.start, end: d.end });
          keptSpans.add(spanKey(d));
        }
      personMentions.length = 0;
      for (const item of kept.sort((x, y) => x.start - y.start)) personMentions.push(item);
    }
    const counted = [...namedHere, ...personMentions.map((m) => m.name)];
    const found = new NameFinder(counted).find(text);
    const counts = countOccurrences(text, counted, found);
    /** Offset of a name's first occurrence (-1 when absent), as `text.indexOf(name)`. */
    const firstAt = (name: string) => found.get(name)?.[0] ?? -1;
    const titlesOf = new Map<string, string[]>();
    const placeByEnd = new Map(places.map((p) => [p.end, p]));
    for (const m of leaderMentions) {
      const titles = titlesOf.get(m.name) ?? [];
      titles.push(...titlesWithPlace(text, m, placeByEnd));
      titlesOf.set(m.name, titles);
    }
    const leaders: Leader[] = [...leaderNames]
      .filter((n) => (counts.get(n) ?? 0) > 0)
      .map((name) => ({
        name,
        titles: [...new Set(titlesOf.get(name) ?? [])],
        mentions: counts.get(name) ?? 0,
      }))
      .sort((x, y) => firstAt(x.name) - firstAt(y.name));
    const roles = new Map<string, string[]>();
    for (const l of leaders) roles.set(l.name, [...l.titles]);
    for (const n of namedHere) if (!roles.has(n)) roles.set(n, []);
    // Village and community posts (村党支部书记, 社区党委书记, 村委会主任) are people with roles,
    // not leaders: "leaders" are officials of a township, county, city or province.
    // So are heads of units that are no organ (急诊科主任, 医院院长: LeaderMention.headsUnit).
    const unitHeads = new Set(leaderMentions.filter((m) => m.headsUnit).map((m) => m.name));
    for (const m of leaderMentions) if (!m.headsUnit) unitHeads.delete(m.name);
    const officials = leaders.filter((l) => (!l.titles.length || !l.titles.every(isGrassrootsPost)) && !unitHeads.has(l.name));
    for (const m of personMentions) roles.set(m.name, mergeRoles(roles.get(m.name) ?? [], m.role ? m.role.split('、') : []));
    const people: Person[] = [...roles]
      .filter(([name]) => (counts.get(name) ?? 0) > 0)
      .map(([name, r]) => ({ name, roles: r, mentions: counts.get(name) ?? 0 }))
      .sort((x, y) => firstAt(x.name) - firstAt(y.name))
      // A name cut before its last character (庞景 of 庞景和表示) is read whole; a leader's is as found.
      .map((p) => (leaderNames.has(p.name) ? p : { ...p, name: wholeNameBeforeStop(p.name, text) ?? p.name }));
    // A place inside an organization's name (江苏 in 江苏海通新材料有限公司, 悦来镇中心 in 悦来镇中心小学,
    // 福建省 in 福建省质量技术监督局) is that organization's, not a place of the story, unless it is also
    // printed alone; a county or lower unit named with its level (青岚县 in 青岚县人大常委会, 秦灶街道 in
    // 秦灶街道综合性养老服务中心: LOCAL_LEVEL_NAMED) is the story's place all the same.
    // So is a state named with one of its organs and nothing more (韩国政府, 美国国会: STATE_ORGAN_WORDS).
    const ofState = (p: PlaceMention, o: { name: string; start: number }) => o.start === p.start && STATE_ORGAN_WORDS.has(o.name.slice(p.end - p.start));
    const placesInOrgs: NamedEntity[] = countNames(
      places.filter((p) => LOCAL_LEVEL_NAMED.test(p.name) || !orgs.some((o) => o.start <= p.start && p.end <= o.end && !ofState(p, o))),
    );
    // Phrases of the sentence (那座桥, 二哥) are no places; a piece found only inside a longer place is none either (沙河 of 白沙河).
    // Nor are common nouns of geography (平原, 海岛, 太阳: COMMON_GEOGRAPHY_NOUNS), nor a people (华侨: CHINESE_DESCENT_WORDS).
    const placeList = withoutTailPieces(placesInOrgs.filter((p) => !isPhrasePlace(p.name) && !COMMON_GEOGRAPHY_NOUNS.has(p.name) && !CHINESE_DESCENT_WORDS.has(p.name)), text);
    // A bare kind of unit (中心, 公司) is no organization; a unit whose name the paper hides after its
    // service or command (陆军某合成旅, 武警雁川总队某支队: HIDDEN_UNIT_RE) is named with the hidden part.
    // (the offsets where a word ends, made only for an article that prints a hidden unit: issue 12)
    let ends: ReadonlySet<number> | null = null;
    const wordEnds = (): ReadonlySet<number> => (ends ??= new Set(tokens.map((t) => t.end)));
    const organizations: NamedEntity[] = countNames(orgs.filter((o) => !BARE_ORG_KINDS.has(o.name)).map((o) => withHiddenUnit(o, text, wordEnds)));
    // A keyword cut out of the middle of a name (山镇 from 狼山镇街道) is a segmentation artefact.
    const names = [...placeList, ...organizations].map((p) => p.name);
    const keywords = options.keywords === false ? [] : extractKeywords(text, seg, KEYWORD_CANDIDATES, new Set([...reporters, ...roles.keys(), ...known]), tokens)
      .filter((w) => !names.some((n) => n.indexOf(w) > 0))
      .slice(0, KEYWORDS_PER_ARTICLE);
    // Names of the user dictionary the text holds, where the finders missed them.
    if (userDict.length) {
      addUserNames(text, userFinders.nr, people, (name, mentions) => ({ name, roles: [], mentions }));
      addUserNames(text, userFinders.ns, placeList, (name, mentions) => ({ name, mentions }));
      addUserNames(text, userFinders.nt, organizations, (name, mentions) => ({ name, mentions }));
    }
    return { ...a, leaders: officials, people, places: placeList, organizations, keywords };
  });
  // A name that is elsewhere in the issue the stem of a place named with its level is that place's (青岚 of 青岚县).
  return { articles: withoutPlaceStems(read), diagnostics };
}

/** The three-character person words of `text` as the segmenter tags them (nr: 陈俊生), with offsets: whole names beside a dotted one (two characters, 隆德, are too often a piece of one). */
function wholeNamesIn(text: string, seg: Segmenter): { name: string; start: number; end: number }[] {
  if (!text.includes('·')) return [];
  return withOffsets(text, seg.tag(text))
    .filter((t) => t.tag === 'nr' && t.word.length === 3)
    .map((t) => ({ name: t.word, start: t.start, end: t.end }));
}

/**
 * `mentions` with the leaders named by a dotted name after an office (团长阿不都热合曼·吾守尔,
 * 副县长古丽娜尔·买买提), and without mentions that are pieces of a dotted name.
 */
function withDottedLeaders(mentions: LeaderMention[], dotted: readonly DottedName[], text: string, reporters: ReadonlySet<string>): LeaderMention[] {
  if (!dotted.length) return mentions;
  const piece = (m: LeaderMention) => dotted.some((d) => m.start < d.end && d.start < m.end && (m.start !== d.start || m.end !== d.end));
  const out = mentions.filter((m) => !piece(m));
  for (const d of dotted) {
    const office = officeBefore(text, d.start);
    if (!office || reporters.has(d.name) || out.some((m) => m.start === d.start)) continue;
    const titleStart = d.start - office.length;
    out.push({ name: d.name, titles: [office], start: d.start, end: d.end, listHead: null, titleStart, firstTitleEnd: d.start });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Kinds of unit that name no unit alone (中心, 公司, 委员会): lexicon.ts ORG_SUFFIXES. */
/** Conjunctions that end a name when a name or noun follows (张三和李四), and may be a given name's last character (庞景和). */
const NAME_CONJUNCTIONS: ReadonlySet<string> = new Set([...'和与及同']);
// (委员会 alone is left: a story names a committee it named before so, and MSRA's test split marks it.)
const BARE_ORG_KINDS: ReadonlySet<string> = new Set([...ORG_SUFFIXES.filter((k) => k !== '委员会'), '中心', '部门', '单位', '机关', '部队', '基地', '中队', '支队', '大队', '总队', '工厂', '加工厂']);

/**
 * A name cut before a conjunction (和, 与, 及, 同) that is its last given-name character here: a
 * conjunction joins two names or nouns, never a name and a verb, so where every mention of a
 * two-character name is followed by the same such character and once the three are followed by a
 * verb of saying (庞景和表示, 研究员庞景和指着…: 庞景和, not 庞景), the three are the name. The character must
 * be one names use (givenCharCount). Returns the whole name, or null. (Other characters that end
 * names, 又, 还, 在, follow whole names before a verb: 克林顿又说.)
 */
function wholeNameBeforeStop(name: string, text: string): string | null {
  if (name.length !== 2) return null;
  let next: string | null = null;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const c = text[at + name.length] ?? '';
    if (next === null) next = c;
    if (c !== next) return null;
  }
  if (!next || !NAME_CONJUNCTIONS.has(next) || givenCharCount(next) === 0) return null;
  const whole = name + next;
  for (let at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + 1)) {
    const rest = text.slice(at + whole.length, at + whole.length + 4);
    if (SPEECH_VERBS.some((v) => rest.startsWith(v))) return whole;
  }
  return null;
}

/**
 * 某 and a unit's kind after an organization (陆军某合成旅, 海军某舰载航空兵部队, 武警雁川总队某支队): how the
 * military press names a unit without its number. The kinds, two characters or one (HIDDEN_UNIT_KINDS).
 */
const HIDDEN_UNIT_KINDS: readonly string[] = ['部队', '支队', '大队', '中队', '总队', '分队', '基地', '中心', '旅', '团', '营', '连', '师', '军', '舰', '站', '部'];
/** Most Han characters between 某 and the kind of a hidden unit (某舰载航空兵部队: 6). */
const HIDDEN_UNIT_MAX_STEM = 8;

/**
 * An organization with the hidden unit printed right after it taken in: 陆军 + 某合成旅. The unit ends at
 * the first kind (HIDDEN_UNIT_KINDS) that ends a word of the tagging (`wordEnds()`: offsets where a
 * word ends) or comes before a character that ends names (NAME_STOP_CHARS: 旅在/x), or a kind of two
 * characters: 某合成旅/千里…, 某合成旅在…, 某舰载航空兵部队 (not 某舰 of 舰载).
 */
function withHiddenUnit<T extends { name: string; start: number; end: number }>(o: T, text: string, wordEnds: () => ReadonlySet<number>): T {
  if (text[o.end] !== '某') return o;
  for (let k = o.end + 1; k <= o.end + 1 + HIDDEN_UNIT_MAX_STEM && /\p{Script=Han}/u.test(text[k] ?? ''); k++) {
    for (const kind of HIDDEN_UNIT_KINDS) {
      if (!text.startsWith(kind, k)) continue;
      const end = k + kind.length;
      // (jieba's HMM may glue a preposition to the kind: 旅在/x.)
      if (kind.length === 1 && !wordEnds().has(end) && !NAME_STOP_CHARS.has(text[end] ?? '')) continue;
      return { ...o, name: text.slice(o.start, end), end };
    }
  }
  return o;
}

/**
 * Tags `text` once with the words `forced` finds in it (leftmost, longest first, no overlaps)
 * kept whole, tagged as `tags` says (default `nr`, person names): the text between them is tagged by `seg`, each forced word
 * becomes one token. The same result whatever the segmenter was asked before (no dictionary
 * insertion). Returns tokens with offsets covering the text.
 */
export function tagWithWords(text: string, seg: Segmenter, forced: NameFinder, tags?: ReadonlyMap<string, string>): Token[] {
  const found = forced.find(text);
  if (found.size === 0) return withOffsets(text, seg.tag(text));
  const spans: { start: number; end: number }[] = [];
  for (const [name, starts] of found) for (const s of starts) spans.push({ start: s, end: s + name.length });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Token[] = [];
  let pos = 0;
  for (const sp of spans) {
    if (sp.start < pos) continue;
    if (sp.start > pos) {
      const piece = text.slice(pos, sp.start);
      withOffsets(piece, seg.tag(piece), pos, out);
    }
    const word = text.slice(sp.start, sp.end);
    out.push({ word, tag: tags?.get(word) ?? 'nr', start: sp.start, end: sp.end });
    pos = sp.end;
  }
  if (pos < text.length) {
    const piece = text.slice(pos);
    withOffsets(piece, seg.tag(piece), pos, out);
  }
  return out;
}

/** The entities of one text, as `extractEntities` returns them. */
export interface TextEntities {
  /** Officials named with their offices (区委书记胡拥军), in order of first mention. */
  leaders: Leader[];
  /** Everyone named (leaders included), with roles as printed. */
  people: Person[];
  places: NamedEntity[];
  organizations: NamedEntity[];
  /** TF-IDF keywords (empty unless `options.keywords` is true). */
  keywords: string[];
}

/**
 * The text-in API: people, leaders, places and organizations named in `text` (one article or
 * any run of text; lines are paragraphs), read exactly as `parseIssue` reads an article.
 * Deterministic: the same text and options give the same result whatever was parsed before.
 * Throws only when the segmenter cannot load (missing native binding).
 */
export function extractEntities(text: string, options: EntityOptions = {}): TextEntities {
  const paragraphs = text.split(/\r?\n/u).filter((l) => l.trim() !== '');
  const article: Article = {
    id: 'text', kind: 'article', kicker: null, title: '', subtitles: [], crossheads: [], dateline: null,
    bylines: [], credits: [], creditLines: [], date: null, leaders: [], people: [], places: [], organizations: [],
    keywords: [], paragraphs, body: paragraphs.join('\n'), lines: [1, 1], spans: [], joins: [],
  } as unknown as Article;
  const { articles, diagnostics } = extractArticleEntities([article], { ...options, keywords: options.keywords ?? false });
  const err = diagnostics.find((d) => d.code === 'entities/segmenter-failed');
  if (err) throw new Error(err.message);
  const a = articles[0];
  return { leaders: a.leaders, people: a.people, places: a.places, organizations: a.organizations, keywords: a.keywords };
}

/** Appends to `list` the names `finder` finds in `text` that it lacks, with their non-overlapping counts. */
function addUserNames<T extends { name: string }>(text: string, finder: NameFinder, list: T[], make: (name: string, mentions: number) => T): void {
  const found = finder.find(text);
  if (found.size === 0) return;
  const have = new Set(list.map((x) => x.name));
  for (const [name, mentions] of countOccurrences(text, found.keys(), found)) if (mentions > 0 && !have.has(name)) list.push(make(name, mentions));
}
