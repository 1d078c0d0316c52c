/**
 * People named in a story: leaders (found by title), everyone named after a role (人大代表,
 * 选民代表, 董事长, 负责人, 社区党委书记 …), and names jieba tags `nr` when the context confirms them
 * (a surname from the list and a role, title or speech verb next to them, or two mentions). Never
 * the reporters (bylines, credits), kinship and nickname forms (老张, 钱大妈, 小李), time words
 * (今天下午) or lone surnames.
 */
import type { Segmenter } from '../nlp/jieba.js';
import { givenCharCount, isTransliteration, worldPlaceNames } from '../data/world-sets.js';
import { isPlaceStem } from './places.js';
import { firstTokenEndingAfter, overlapTest, readName, tokenAt, type Token } from './leaders.js';
import {
  COMPOUND_SURNAMES,
  NAME_STOP_CHARS,
  NICKNAME_PREFIXES,
  NICKNAME_SUFFIXES,
  OFFICE_CORES,
  MIN_GIVEN_CHAR_NAMES,
  MIN_GIVEN_CHAR_NAMES_SHORT,
  NOT_NAME_WORDS,
  NOUN_END_CHARS,
  OCCUPATION_WORDS,
  MILITARY_RANKS,
  ROLE_WORDS,
  APPOINTMENT_VERBS,
  SPEECH_VERBS,
  SLOT_ONLY_SURNAMES,
  startsWithSurname,
  SURNAMES,
  TIME_WORDS,
} from './lexicon.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A person mention: name, the role printed before it (or ''), and its span. */
export interface PersonMention {
  name: string;
  role: string;
  start: number;
  end: number;
  /** True when the role right before the name is an occupation (OCCUPATION_WORDS): the character tagger's reading of the name wins. */
  byOccupation?: boolean;
}

/** Role and occupation words before a name. */
const PERSON_ROLE_WORDS: readonly string[] = [...ROLE_WORDS, ...OCCUPATION_WORDS, ...MILITARY_RANKS].sort((a, b) => b.length - a.length);
const OCCUPATION_SET: ReadonlySet<string> = new Set([...OCCUPATION_WORDS, ...MILITARY_RANKS]);
/** A role, optionally after a level (区人大代表), in a chain joined by 、: 区人大代表、国际青创园董事长. */
const ROLE_RE = new RegExp(`(?:${PERSON_ROLE_WORDS.map(esc).join('|')})`, 'gu');
/** Verbs after a name that confirm it is a person (王某说, 李某表示). */
const SPEECH_AFTER = new RegExp(`(?:${SPEECH_VERBS.map(esc).join('|')})`, 'uy');
/** A role in brackets right after a name: 林国平（种粮大户）. */
const ROLE_IN_BRACKETS = new RegExp(`[（(]((?:[^（）()，。；！？\\n]{0,8}?)(?:${ROLE_WORDS.map(esc).join('|')}))[）)]`, 'uy');
/** A role the clause after a name ends with: 林国平是村里的种粮大户。 (是, up to 12 characters, the role). */
const ROLE_AFTER_IS = new RegExp(`是[^，。；！？\\n]{0,12}?(${ROLE_WORDS.map(esc).join('|')})(?:之一)?(?=[，。；！？,;!?\\n]|$)`, 'uy');
/** Surname + office or role is a form of address (王书记, 李主任, 张医生), not a name. */
const ADDRESS_SUFFIXES: readonly string[] = [...new Set([...NICKNAME_SUFFIXES, ...OFFICE_CORES, ...PERSON_ROLE_WORDS])];
/** Tags a given-name word after a lone surname must not have (verbs, function words, numbers, time). */
const NOT_GIVEN_TAGS = new Set(['v', 'vn', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'd', 'm', 't', 'f', 'q', 'y', 'e', 'o']);
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg']);
/**
 * Roles of groups that are often followed by a common noun (居民幸福感, 党员干部, 村民小组): after
 * them only an unknown word (jieba `x`, as most real names are) or a known name counts as a name.
 */
const COLLECTIVE_ROLES = new Set(['居民', '村民', '市民', '党员', '老党员', '队员', '志愿者', '工作人员', '农户', '种植户', '社工']);
/** Role words that confirm a jieba name word after them (the collective ones do not), and their lengths. */
const CONFIRMING_ROLES: ReadonlySet<string> = new Set(PERSON_ROLE_WORDS.filter((r) => !COLLECTIVE_ROLES.has(r)));
const CONFIRMING_ROLE_LENGTHS = [...new Set([...CONFIRMING_ROLES].map((r) => r.length))];

/** Whether `word` ends with a role word that confirms a name after it (支部书记, 董事长). */
function endsWithConfirmingRole(word: string): boolean {
  return CONFIRMING_ROLE_LENGTHS.some((len) => len <= word.length && CONFIRMING_ROLES.has(word.slice(word.length - len)));
}

/** Whether a speech verb (说, 表示 …) starts at offset `pos` of `text`. */
function speechAt(text: string, pos: number): boolean {
  SPEECH_AFTER.lastIndex = pos;
  return SPEECH_AFTER.test(text);
}

/**
 * Whether `name` looks like a person's name: 2-3 Han characters (4 with a compound surname),
 * a known surname first, not a nickname or kinship form (老张, 小李, 钱大妈), not a time word.
 * `inOfficeSlot`: the name was read where an office puts one (a leader's), so the surnames read only
 * there (SLOT_ONLY_SURNAMES: 区伟明) count too.
 */
export function isPersonName(name: string, inOfficeSlot = false): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(name) || TIME_WORDS.has(name)) return false;
  const compound = COMPOUND_SURNAMES.has(name.slice(0, 2));
  if (name.length === 4 && !compound) return false;
  if (!compound && !SURNAMES.has(name[0]) && !(inOfficeSlot && SLOT_ONLY_SURNAMES.has(name[0]))) return false;
  if (NICKNAME_PREFIXES.has(name[0]) && name.length === 2) return false;
  if (ADDRESS_SUFFIXES.some((s) => name.endsWith(s) && name.length - s.length <= (compound ? 2 : 1))) return false;
  return true;
}

/**
 * The role as printed before offset `roleStart`..`roleEnd`: the role word, with a place or
 * organization span that ends right where it starts (曹公祠社区 + 党委书记), or a level character
 * (区 + 人大代表). `prefixStartByEnd` maps the end of each such span to its start (the first span
 * given with that end).
 */
function printedRole(text: string, roleStart: number, roleEnd: number, prefixStartByEnd: ReadonlyMap<number, number>): string {
  const before = prefixStartByEnd.get(roleStart);
  if (before !== undefined) return text.slice(before, roleEnd);
  if (/[省市区县镇乡村]/u.test(text[roleStart - 1] ?? '') && !/\p{Script=Han}/u.test(text[roleStart - 2] ?? '')) {
    return text.slice(roleStart - 1, roleEnd);
  }
  return text.slice(roleStart, roleEnd);
}

/**
 * Finds people named after a role word (ROLE_WORDS), chains of roles joined by 、 included, and
 * `nr` words confirmed by context. `tokens` is the one tagging of `text`; `known` are names found
 * by title in the issue; `prefixes` are place/organization spans used to print roles in full;
 * `blocked` are spans that hold no person (places). Returns mentions in text order.
 */
export function findPersonMentions(
  text: string,
  tokens: readonly Token[],
  segmenter: Segmenter,
  known: ReadonlySet<string>,
  prefixes: readonly [number, number][] = [],
  blocked: readonly [number, number][] = [],
): PersonMention[] {
  const out: PersonMention[] = [];
  const isBlocked = overlapTest(blocked);
  /** Starts of the mentions found so far. */
  const starts = new Set<number>();
  addPeopleAfterRoles(text, tokens, segmenter, known, prefixes, isBlocked, out, starts);
  addConfirmedNameWords(text, tokens, known, isBlocked, out, starts);
  addPeopleBeforeRoles(text, tokens, segmenter, known, isBlocked, out, starts);
  addTaggedPeople(text, tokens, segmenter, isBlocked, out, starts);
  return out.sort((a, b) => a.start - b.start);
}

/*
 * The passes of findPersonMentions, each a function of its own: V8 optimizes each apart, so that a
 * rule first reached late in a batch sends only its own pass back to be compiled again, not the
 * whole finder (the one function was compiled 6–7 times in a 100-file batch). Each adds its
 * mentions to `out` and their starts to `starts`, skipping names at a start already taken.
 */

/** People named after a role word (ROLE_WORDS), with the chain of roles joined by 、 before them. */
function addPeopleAfterRoles(
  text: string,
  tokens: readonly Token[],
  segmenter: Segmenter,
  known: ReadonlySet<string>,
  prefixes: readonly [number, number][],
  isBlocked: (s: number, e: number) => boolean,
  out: PersonMention[],
  starts: Set<number>,
): void {
  const prefixStartByEnd = new Map<number, number>();
  for (const [s, e] of prefixes) if (!prefixStartByEnd.has(e)) prefixStartByEnd.set(e, s);
  const roles: { start: number; end: number }[] = [];
  const roleByEnd = new Map<number, { start: number; end: number }>();
  for (const m of text.matchAll(ROLE_RE)) {
    const r = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
    roles.push(r);
    if (!roleByEnd.has(r.end)) roleByEnd.set(r.end, r);
  }
  for (const r of roles) {
    const pos = r.end;
    if (!SURNAMES.has(text[pos] ?? '') && !COMPOUND_SURNAMES.has(text.slice(pos, pos + 2))) continue;
    // After a role (not an office) the name must be a name word: 黄燕/x, 王建忠/x, 邵/nr 振华.
    const at = tokenAt(tokens, pos);
    const roleWord = text.slice(r.start, r.end);
    if (at >= 0) {
      const t = tokens[at];
      const wordTags = COLLECTIVE_ROLES.has(roleWord) ? ['x'] : ['nr', 'nrt', 'nrfg', 'x', 'nz'];
      const ok =
        (t.word.length >= 2 && wordTags.includes(t.tag)) ||
        (CONFIRMING_ROLES.has(roleWord) && boundedName(text, pos, tokens) !== null) ||
        // A lone surname cut as any word (林/ng 海涛, 黄/a 建军) after a role that names one person.
        (t.word.length === 1 && !COLLECTIVE_ROLES.has(roleWord) && !NOT_GIVEN_TAGS.has(t.tag) && cutAsName(tokens, at, readName(text, pos, segmenter, known, tokens) ?? t.word)) ||
        known.has(text.slice(pos, pos + 3)) ||
        known.has(text.slice(pos, pos + 2));
      if (!ok) continue;
    } else if (!gluedToName(tokens, pos)) continue;
    const name = readName(text, pos, segmenter, known, tokens) ?? (CONFIRMING_ROLES.has(roleWord) ? boundedName(text, pos, tokens) : null);
    if (!name || !isPersonName(name) || isBlocked(pos, pos + name.length)) continue;
    // After an occupation the name is whole words of the tagging, not one common word (作者简介, 田径运/动员).
    if (OCCUPATION_SET.has(roleWord) && !wholeNameWords(tokens, pos, pos + name.length)) continue;
    // The chain of roles before the name: 崇川区人大代表、曹公祠社区党委书记.
    const chain: string[] = [printedRole(text, r.start, r.end, prefixStartByEnd)];
    let head = r.end - chain[0].length;
    for (;;) {
      if (text[head - 1] !== '、') break;
      const prev = roleByEnd.get(head - 1);
      if (!prev) break;
      const role = printedRole(text, prev.start, prev.end, prefixStartByEnd);
      chain.unshift(role);
      head = prev.end - role.length;
    }
    out.push({ name, role: chain.join('、'), start: pos, end: pos + name.length, ...(OCCUPATION_SET.has(roleWord) ? { byOccupation: true } : {}) });
    starts.add(pos);
  }
}

/** jieba person words (nr) confirmed by a role or office before them, a speech verb after them, or a name known from a title. */
function addConfirmedNameWords(
  text: string,
  tokens: readonly Token[],
  known: ReadonlySet<string>,
  isBlocked: (s: number, e: number) => boolean,
  out: PersonMention[],
  starts: Set<number>,
): void {
  // jieba person words, confirmed by context.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!NAME_TAGS.has(t.tag) || !isPersonName(t.word) || isBlocked(t.start, t.end)) continue;
    if (starts.has(t.start)) continue;
    const prev = tokens[k - 1]?.word ?? '';
    // jieba's nr is noisy on news text (文明/nr, 养老/nr, 幸福感/nr): a role, an office or a speech
    // verb next to the word, or a name known from a title, confirms it; repetition does not.
    const confirmed =
      known.has(t.word) ||
      endsWithConfirmingRole(prev) ||
      speechAt(text, t.end);
    if (confirmed) {
      out.push({ name: t.word, role: '', start: t.start, end: t.end });
      starts.add(t.start);
    }
  }
}

/** Names with a role or a speech verb after them: 林国平说, 林国平（种粮大户）, 林国平是村里的种粮大户. */
function addPeopleBeforeRoles(
  text: string,
  tokens: readonly Token[],
  segmenter: Segmenter,
  known: ReadonlySet<string>,
  isBlocked: (s: number, e: number) => boolean,
  out: PersonMention[],
  starts: Set<number>,
): void {
  // Names with a role or a speech verb after them: 林国平说, 林国平（种粮大户）, 林国平是村里的种粮大户.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (starts.has(t.start) || !startsWithSurname(t.word)) continue;
    const name = readName(text, t.start, segmenter, known, tokens);
    if (!name || !isPersonName(name) || isBlocked(t.start, t.start + name.length) || !cutAsName(tokens, k, name)) continue;
    const end = t.start + name.length;
    const role = roleAfter(text, end);
    if (role === null && !speechAt(text, end)) continue;
    out.push({ name, role: role ?? '', start: t.start, end });
    starts.add(t.start);
  }
}

/** Names from the tagging alone: unknown or person words that read as names, and transliterated foreign names. */
function addTaggedPeople(
  text: string,
  tokens: readonly Token[],
  segmenter: Segmenter,
  isBlocked: (s: number, e: number) => boolean,
  out: PersonMention[],
  starts: Set<number>,
): void {
  // Names from the tagging alone: unknown (HMM) or person words whose given-name characters are
  // those of names, and transliterated foreign names (克林顿, 卡洛斯·阿马特).
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (starts.has(t.start) || isBlocked(t.start, t.end)) continue;
    const foreign = foreignNameAt(text, tokens, k);
    if (foreign) {
      if (!isBlocked(t.start, foreign.end)) {
        out.push({ name: text.slice(t.start, foreign.end), role: '', start: t.start, end: foreign.end });
        starts.add(t.start);
      }
      k = foreign.last;
      continue;
    }
    // After a figure the word counts people (3万人, 200余人), it names none.
    if (isTaggedName(t, segmenter) && !/[\d０-９零〇一二三四五六七八九十百千万亿余多几]/u.test(text[t.start - 1] ?? '')) {
      out.push({ name: t.word, role: '', start: t.start, end: t.end });
      starts.add(t.start);
    }
  }
}

/** Tags of a word that may run from a role into the name after it: unknown (HMM) and name words (主任陈/x 明). */
const GLUED_NAME_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg', 'nz']);

/**
 * Whether the word of `tokens` that holds offset `pos` (where a name would start, inside that word)
 * may hold a name's start: an unknown or name word (GLUED_NAME_TAGS), or a dictionary word that takes
 * only the name's first character (教练车/n 范根/x: 车范根). A dictionary word running over the role's
 * end and two or more characters past it is a compound, and nothing after the role is a name:
 * 党员干部/n (role 党员, no person 干部), 行业主管部门/n (role 业主 inside 行业, no person 管部门). Found
 * among the wrong people of the MSRA train and CLUENER train sentences held out of the tagger's training.
 */
function gluedToName(tokens: readonly Token[], pos: number): boolean {
  const t = tokens[firstTokenEndingAfter(tokens, pos)];
  return !t || t.start > pos || t.end - pos < 2 || GLUED_NAME_TAGS.has(t.tag);
}

/**
 * Whether [start, end) of the text is made of whole words of `tokens` (none runs across either
 * end) and is not one word with a tag other than a name's or an unknown word's (简介/n).
 */
function wholeNameWords(tokens: readonly Token[], start: number, end: number): boolean {
  const k = tokenAt(tokens, start);
  if (k < 0) return false;
  let j = k;
  while (j < tokens.length && tokens[j].end < end) j++;
  if (j >= tokens.length || tokens[j].end !== end) return false;
  return j > k || NAME_TAGS.has(tokens[k].tag) || tokens[k].tag === 'x' || tokens[k].tag === 'nz';
}

/** Characters of time words that point at a time (今天, 当时, 去年, 上午): such a word is no given name. */
const DEICTIC_TIME_CHARS = /[今昨前明去后当近时年月天日午晚早夜期间刻周代]/u;

/**
 * A surname and a two-character given name that the tagging cut otherwise (徐国/ns 平) after a role
 * that names one person (退休教师徐国平主动…), when every word inside is a content word and what
 * follows cannot continue the name: no Han, a stop character (主动, 说 …), or a verb or function
 * word (介绍/v). Returns null otherwise.
 */
function boundedName(text: string, pos: number, tokens: readonly Token[]): string | null {
  const sl = COMPOUND_SURNAMES.has(text.slice(pos, pos + 2)) ? 2 : SURNAMES.has(text[pos] ?? '') ? 1 : 0;
  if (!sl) return null;
  const end = pos + sl + 2;
  const name = text.slice(pos, end);
  if (!/^\p{Script=Han}+$/u.test(name) || name.length !== sl + 2) return null;
  if ([...name.slice(sl)].some((c) => NAME_STOP_CHARS.has(c))) return null;
  const after = text[end] ?? '';
  const next = tokenAt(tokens, end);
  // What follows ends the name: no Han, a stop character (平说 cut as one word), or a verb or function word (介绍/v).
  const ends = !/\p{Script=Han}/u.test(after) || NAME_STOP_CHARS.has(after) || (next >= 0 && NOT_GIVEN_TAGS.has(tokens[next].tag));
  if (!ends) return null;
  // Every word inside is a content word (和/c 两/m 名/q is no name); a given name the dictionary
  // holds as a festival or solar term (严/立冬, 国庆) is one, a deictic time word (今天, 当时) none.
  const at = tokenAt(tokens, pos);
  if (at < 0) return null;
  for (let j = at; j < tokens.length && tokens[j].start < end; j++) {
    const t = tokens[j];
    const givenTime = t.tag === 't' && t.start === pos + sl && t.end === end && !TIME_WORDS.has(t.word) && !DEICTIC_TIME_CHARS.test(t.word);
    if (NOT_GIVEN_TAGS.has(t.tag) && !givenTime) return null;
  }
  return name;
}

/** The role printed right after a name (in brackets, or the clause 是…ROLE), or null. */
function roleAfter(text: string, end: number): string | null {
  for (const re of [ROLE_IN_BRACKETS, ROLE_AFTER_IS]) {
    re.lastIndex = end;
    const m = re.exec(text);
    if (m) return m[1];
  }
  return null;
}

/**
 * Whether the tagging cuts `name` (starting at token `k`) as a name: one name-like word (林国平/x,
 * 李四/nr), or a lone surname and given-name words that are no verbs or function words (林/国平).
 * A dictionary word that starts with a surname character (有人/r, 党员/n, 游客/n) is no name.
 */
function cutAsName(tokens: readonly Token[], k: number, name: string): boolean {
  const end = tokens[k].start + name.length;
  const first = tokens[k];
  if (first.end === end) return NAME_TAGS.has(first.tag) || first.tag === 'x' || first.tag === 'nz';
  if (first.word.length > 2 || (first.word.length === 2 && !COMPOUND_SURNAMES.has(first.word) && !NAME_TAGS.has(first.tag))) return false;
  for (let j = k + 1; j < tokens.length && tokens[j].start < end; j++) {
    if (tokens[j].end > end || NOT_GIVEN_TAGS.has(tokens[j].tag)) return false;
  }
  return true;
}

/** Tags of words that can be names by themselves: unknown, person, and (three characters only) other proper nouns and time words, which jieba's dictionary gives some names (辛业江/nz, 周恩来/t). */
const TAGGED_NAME_TAGS = new Set(['x', 'nr', 'nz', 't']);
/** Tags of a two-character word that is a name part, not a common word (高云/nr, 李岚/x). */
const NAME_PART_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x', 'ns', 'nz']);

/** Whether the first two characters of `word` are one dictionary word that is no name part (幸福/a, 宣传/vn). */
export function opensWithCommonWord(word: string, seg: Segmenter): boolean {
  const head = seg.tag(word.slice(0, 2));
  return head.length === 1 && !NAME_PART_TAGS.has(head[0].tag);
}

/**
 * Whether a word is a Chinese name by its tagging alone: unknown to the dictionary (`x`, the HMM's
 * words) or tagged a person, a surname first (isPersonName), each given-name character used by
 * enough names of jieba's dictionary (MIN_GIVEN_CHAR_NAMES, MIN_GIVEN_CHAR_NAMES_SHORT for a
 * one-character given name), no place name and no common word jieba mistags (NOT_NAME_WORDS).
 */
export function isTaggedName(t: { word: string; tag: string }, seg?: Segmenter): boolean {
  if (!TAGGED_NAME_TAGS.has(t.tag) || (t.tag !== 'x' && t.tag !== 'nr' && t.word.length !== 3)) return false;
  if (!isPersonName(t.word) || NOT_NAME_WORDS.has(t.word) || worldPlaceNames().has(t.word) || isPlaceStem(t.word)) return false;
  if (NICKNAME_SUFFIXES.includes(t.word.slice(-1)) || NOUN_END_CHARS.has(t.word.slice(-1))) return false;
  // A word that opens with a common word (幸福/感, 宣传/册, 梅雨/期: all tagged nr by jieba's dictionary) is that word's compound.
  if (seg && t.word.length === 3 && opensWithCommonWord(t.word, seg)) return false;
  // A three-character person word of the dictionary (江泽民, 李岚清) is a name.
  if (t.tag === 'nr' && t.word.length >= 3) return true;
  const sl = COMPOUND_SURNAMES.has(t.word.slice(0, 2)) && t.word.length > 2 ? 2 : 1;
  const givenName = t.word.slice(sl);
  const min = givenName.length === 1 ? MIN_GIVEN_CHAR_NAMES_SHORT : MIN_GIVEN_CHAR_NAMES;
  // A two-character person or unknown word (文明/nr, 高峰/nr, 阴转/x) is a common word as often as a name.
  if (t.word.length === 2) return false;
  for (const c of givenName) if (givenCharCount(c) < min) return false;
  return true;
}

/** Whether a token can be a part of a foreign name: transliteration characters (Han only), not ending with a character that ends names. */
function isForeignNamePart(x: Token | undefined): boolean {
  return !!x && isTransliteration(x.word) && /^\p{Script=Han}+$/u.test(x.word) && !NAME_STOP_CHARS.has(x.word[x.word.length - 1]);
}

/** Tags of words that make a run of transliteration characters a foreign name. */
const FOREIGN_TAGS = new Set(['nrt', 'nrfg', 'nr']);

/**
 * A transliterated foreign name starting at token `k`: a person word of transliteration characters
 * (克林顿/nr, 琼斯/nrt), or parts of them joined by · (卡洛斯·阿马特). Returns the end offset and
 * the last token's index, or null. Place names (莫斯科, 阿根廷) are no people.
 */
function foreignNameAt(text: string, tokens: readonly Token[], k: number): { end: number; last: number } | null {
  const part = isForeignNamePart;
  if (!part(tokens[k]) || (k > 0 && tokens[k - 1].end === tokens[k].start && part(tokens[k - 1]))) return null;
  // A run of adjacent words of transliteration characters (尤尔/科夫), parts joined by a middle dot.
  let last = k;
  let strong = FOREIGN_TAGS.has(tokens[k].tag);
  let dots = 0;
  for (;;) {
    const next = tokens[last + 1];
    if (next && next.start === tokens[last].end && part(next)) {
      last++;
      if (FOREIGN_TAGS.has(next.tag)) strong = true;
      continue;
    }
    if (next && /^[·・•]$/u.test(next.word) && part(tokens[last + 2])) {
      last += 2;
      dots++;
      continue;
    }
    break;
  }
  const name = text.slice(tokens[k].start, tokens[last].end);
  // Two characters alone (多达/nrt, 科普/nrt) are too often common words.
  if (name.length < 3 || (!strong && dots === 0)) return null;
  if (worldPlaceNames().has(name) || isPlaceStem(name) || NOT_NAME_WORDS.has(name)) return null;
  // A Chinese name of a known surname is read as one (李/成 is no foreign name).
  if (dots === 0 && tokens[k].tag === 'nr' && SURNAMES.has(name[0]) && name.length <= 3) return null;
  return { end: tokens[last].end, last };
}

/**
 * An appointment or removal: a verb of APPOINTMENT_VERBS, the appointee, then 为 (任命X为…) or 的 and
 * 职务 later in the clause (免去X的…职务). Group 1 is the verb, group 2 the name (shortest first).
 */
const APPOINTMENT_RE = new RegExp(`(${APPOINTMENT_VERBS.map(esc).join('|')})(\\p{Script=Han}{2,4}?)(?=为|的[^，。；;\\n]*职务)`, 'gu');

/**
 * People appointed or removed in a 任免 list or notice (任命孟思源为…, 免去费书瑶的…职务): the name
 * after an appointment verb (APPOINTMENT_RE) when the verb and the name are whole words of `tokens`
 * (the verb a word of its own, the name ending where a word ends) and the name has a name's shape
 * (isPersonName). Role ''. Returns mentions in text order.
 */
export function findAppointees(text: string, tokens: readonly Token[]): PersonMention[] {
  // the offsets where a word ends, made only for a text that holds a match (most hold none)
  let ends: Set<number> | null = null;
  const out: PersonMention[] = [];
  for (const m of text.matchAll(APPOINTMENT_RE)) {
    const at = m.index ?? 0;
    const nameStart = at + m[1].length;
    const name = m[2];
    const nameEnd = nameStart + name.length;
    ends ??= new Set(tokens.map((t) => t.end));
    if (tokenAt(tokens, at) < 0 || !ends.has(nameStart) || !ends.has(nameEnd) || !isPersonName(name)) continue;
    out.push({ name, role: '', start: nameStart, end: nameEnd });
  }
  return out;
}

/**
 * The person a resume entry is about: a 任前公示's, candidates' or appointees' list entry opens a
 * paragraph or line with the name, then the sex between commas (程立新，男，汉族，1979年5月生，…;
 * 【3】欧阳丹青，女，土家族，…), perhaps after the entry's number (1.　, 2、, （3）, 【3】). Source: the
 * 干部任前公示 and 候选人 lists of Chinese party organisation departments (组工通讯, county papers;
 * tester11's 组工通讯, Dec 2026). The name must have a name's shape (isPersonName; a compound
 * surname gives four characters). Role ''. Returns mentions in text order.
 */
export function findResumeEntries(text: string): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of text.matchAll(RESUME_ENTRY_RE)) {
    const name = m[2];
    if (!isPersonName(name)) continue;
    const start = (m.index ?? 0) + m[1].length;
    out.push({ name, role: '', start, end: start + name.length });
  }
  return out;
}
/** A resume entry's opening (findResumeEntries): line start, its number, the name (group 2), then ，男， or ，女，. */
const RESUME_ENTRY_RE =
  /((?:^|\n)[\s\u3000]*(?:[0-9０-９]{1,3}[.．、]|[（(【[][0-9０-９一二三四五六七八九十]{1,3}[）)】\]])?[\s\u3000]*)(\p{Script=Han}{2,4})[，,]\s*[男女][，,]/gu;
