/**
 * Organizations named in a story by suffix (有限公司, 公司, 局, 委员会, 工委, 学校, 医院, 商会, …; list in
 * `lexicon.ts`) with the name-like words before the suffix word (南通兴环环境卫生服务有限公司,
 * 狼山镇街道人大工委, 街道综合行政执法局). A bare suffix word (公司, 政府) is no organization.
 */
import { keepDisjoint, type Token } from './leaders.js';
import { DEMONSTRATIVE_CHARS, GENERIC_ORG_WORDS, LEADING_VERBS, OFFICE_CORES, ORG_SUFFIXES, ORGAN_ACTION_WORDS, ROLE_WORDS } from './lexicon.js';

/**
 * Endings of words jieba tags as organizations (nt) that are kinds of unit or no unit at all (施工队,
 * 联络站, 交汇处, 新兴产业, 新格局, 统战部 without its level, 法律咨询: a service). From the real issue,
 * the People's Daily 1998 NER dev split and tester12's county media centre (Dec 2026).
 */
const NT_NOT_ORG = /(?:队|站|处|业|格局|部|组|班|咨询)$/u;
/** Bodies whose names end in 会 (委员会, 协会); other words in 会 are meetings (协商会, 推进会). */
const NT_ORG_MEETING_BODIES = /(?:委员会|常委会|协会|学会|商会|联合会|理事会|工会|基金会|红十字会)$/u;

/** An organization mention with its span (UTF-16 offsets, end exclusive). */
export interface OrgMention {
  name: string;
  start: number;
  end: number;
}

/** Longest stem (characters before the suffix) of an organization name. Tuned on the real issue (南通兴环环境卫生服务: 10). */
export const MAX_ORG_STEM = 14;

const HAN_ONLY = /^\p{Script=Han}+$/u;
const BREAK_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'm', 'f', 't', 'd', 'ad', 'vd', 'y', 'e', 'o', 'v']);
/** Modifiers that do not name an organization: 相关部门, 各, 该. */
const NOT_NAME = new Set(['相关', '各', '该', '本', '有关', '各级', '多家', '全区', '全市', '全县', '新', '原', '这家', '一家', '物业']);

/** Words ending in 局 that are no bureau (格局, 大局, 布局, …). From common usage. */
const NOT_BUREAU = ['格局', '布局', '大局', '全局', '结局', '开局', '棋局', '当局', '饭局', '僵局', '时局', '残局', '变局', '终局', '骗局', '赌局'];

const ORG_SUFFIX_SET: ReadonlySet<string> = new Set(ORG_SUFFIXES);
/** The distinct lengths of ORG_SUFFIXES, longest first. */
const ORG_SUFFIX_LENGTHS = [...new Set(ORG_SUFFIXES.map((s) => s.length))].sort((a, b) => b - a);
/** 1 for each UTF-16 unit that ends some organization suffix, else 0. */
const ORG_SUFFIX_LAST = new Uint8Array(0x10000);
for (const x of ORG_SUFFIXES) if (x) ORG_SUFFIX_LAST[x.charCodeAt(x.length - 1)] = 1;
const NOT_BUREAU_SET: ReadonlySet<string> = new Set(NOT_BUREAU);
const NOT_BUREAU_LENGTHS = [...new Set(NOT_BUREAU.map((s) => s.length))];
/**
 * Tags that end a name whatever the word's length: a measure word (q) too, since a count names no
 * unit (一百二十余名/中小学教师 gave 名中小学: tester8's bilingual daily, Dec 2026).
 */
const BREAK_TAGS_ANY_LENGTH = new Set(['p', 'c', 'u', 'uj', 'ul', 'r', 'm', 'f', 'd', 'q']);
/** Single characters that never sit inside an organization name (conjunctions, prepositions, 暨, 据). */
const BREAK_CHARS = /^[暨与和及在于的到从对向为是把被将给让等或并据]$/u;

/** Meetings whose names end like an organization (专题协商会 ends in 商会): no organization. From news usage. */
const MEETINGS = ['协商会', '议商会', '磋商会'];
/** Company suffixes: a company name runs left over every content word (江苏海通新材料有限公司, 新 included). */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['有限责任公司', '股份有限公司', '有限公司', '公司', '集团']);
/**
 * Institutions that a level character alone can name (县疾控中心, 市妇幼保健院), and the formal name of
 * a level's government (县人民政府, as 地方各级人民代表大会和地方各级人民政府组织法 names it; the bare
 * 县政府 stays a generic word: GENERIC_ORG_WORDS).
 */
const LEVEL_NAMED_SUFFIXES: ReadonlySet<string> = new Set(['疾控中心', '疾病预防控制中心', '指挥中心', '卫生服务中心', '妇幼保健院', '人民政府']);
/** Posts printed glued to an organization kind (小学校长 = 小学 + 校长), longest first. */
const POSTS = [...new Set([...ROLE_WORDS, ...OFFICE_CORES])].sort((a, b) => b.length - a.length);

/** POSTS by their last UTF-16 unit, each list in POSTS order. */
const POSTS_BY_LAST = new Map<number, string[]>();
for (const post of POSTS) {
  const k = post.charCodeAt(post.length - 1);
  const list = POSTS_BY_LAST.get(k);
  if (list) list.push(post);
  else POSTS_BY_LAST.set(k, [post]);
}
const NO_POSTS: readonly string[] = [];

/**
 * The organization part of a word that ends in a post (小学校长 → 小学, 医院院长 → 医院), or the word
 * itself when no suffix-and-post split exists.
 */
function withoutPost(word: string): string {
  // only posts that end with the word's last character can end it (in POSTS order)
  for (const post of POSTS_BY_LAST.get(word.charCodeAt(word.length - 1)) ?? NO_POSTS) {
    if (post.length >= word.length || !word.endsWith(post)) continue;
    const head = word.slice(0, word.length - post.length);
    if (suffixOf(head)) return head;
  }
  return word;
}

/**
 * Whether an unknown word (x) glues a function character to a name part (从镇, 春到), or opens with a
 * demonstrative (这所/x 学校: the word points at an organization named elsewhere; tester8's
 * bilingual daily, Dec 2026).
 */
function gluedFunctionChar(t: Token): boolean {
  return t.tag === 'x' && t.word.length >= 2 && (BREAK_CHARS.test(t.word[0]) || DEMONSTRATIVE_CHARS.has(t.word[0]) || BREAK_CHARS.test(t.word[t.word.length - 1]));
}

/**
 * The name part of an unknown word that glues a preposition before it (据州/x → 州, 从县/x → 县): its
 * length, or 0 when the word is not of that shape (a demonstrative's word names nothing: 这所).
 */
function namePartAfterPreposition(t: Token): number {
  return t.tag === 'x' && t.word.length >= 2 && BREAK_CHARS.test(t.word[0]) && !BREAK_CHARS.test(t.word[t.word.length - 1]) ? t.word.length - 1 : 0;
}

/** The longest organization suffix that ends `word` (ORG_SUFFIXES is longest first), or null. */
function suffixOf(word: string): string | null {
  // no suffix ends with the word's last character: none ends the word (no slice made)
  if (!word || !ORG_SUFFIX_LAST[word.charCodeAt(word.length - 1)]) return null;
  for (const len of ORG_SUFFIX_LENGTHS) {
    if (len > word.length) continue;
    const end = word.slice(word.length - len);
    if (ORG_SUFFIX_SET.has(end)) return end;
  }
  return null;
}

/** Whether `word` ends in a word with 局 that is no bureau (格局, 布局). */
function endsNotBureau(word: string): boolean {
  return NOT_BUREAU_LENGTHS.some((len) => len <= word.length && NOT_BUREAU_SET.has(word.slice(word.length - len)));
}

/**
 * Finds organizations in `text` from its tagged words with offsets. Overlaps resolve to the
 * longest name. Returns mentions in text order.
 */
export function findOrganizationMentions(text: string, tokens: readonly Token[]): OrgMention[] {
  const cands: OrgMention[] = [];
  // (Each rule is a function of its own, so that V8 recompiles one, not the finder, when a branch
  // is first taken late in a batch: the one function was compiled five times in a 100-file batch.)
  for (let k = 0; k < tokens.length; k++) addSuffixRuleOrganization(text, tokens, k, cands);
  addTaggedOrganizations(tokens, cands);
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  return keepDisjoint(cands).sort((a, b) => a.start - b.start);
}

/** A word ending in an organization suffix (token `k`), with the name's words before it, into `cands`. */
function addSuffixRuleOrganization(text: string, tokens: readonly Token[], k: number, cands: OrgMention[]): void {
  let last = tokens[k];
  if (!HAN_ONLY.test(last.word)) return;
  if (!suffixOf(last.word)) {
    const head = withoutPost(last.word);
    if (head !== last.word) last = { ...last, word: head, end: last.start + head.length };
  }
  const suffix = suffixOf(last.word);
  if (!suffix) return;
  if (MEETINGS.some((m) => last.word.endsWith(m))) return;
  const company = COMPANY_SUFFIXES.has(suffix);
  // 局 and 党委 end many words (格局, 结局): the suffix must be its own word or end a longer one.
  if (suffix === '局' && (last.word.length === 2 || endsNotBureau(last.word))) return;
  let start = last.start;
  let firstWord = '';
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t.end !== start || !HAN_ONLY.test(t.word) || BREAK_CHARS.test(t.word)) break;
    if (gluedFunctionChar(t)) {
      // 据州/x 气象台: the preposition is no part of the name; what follows it is (州气象台).
      const rest = namePartAfterPreposition(t);
      if (rest && last.end - (t.end - rest) - suffix.length <= MAX_ORG_STEM) {
        start = t.end - rest;
        firstWord = t.word.slice(t.word.length - rest);
      }
      break;
    }
    // 新, 原 before a company are part of its name (海通新材料有限公司); before others they qualify it (新成立的…).
    if (NOT_NAME.has(t.word) && !(company && t.word.length === 1 && j < k - 1 && tokens[j - 1]?.end === t.start && HAN_ONLY.test(tokens[j - 1].word))) break;
    if (BREAK_TAGS.has(t.tag) && t.word.length > 1) break;
    if (BREAK_TAGS_ANY_LENGTH.has(t.tag)) break;
    // What an organ does (委托/n, 部署/n) ends the name before it: 市政府部署县交通局 names 县交通局.
    if (ORGAN_ACTION_WORDS.has(t.word)) break;
    if (last.end - t.start - suffix.length > MAX_ORG_STEM) break;
    start = t.start;
    firstWord = t.word;
  }
  // A verb or preposition swept up in front (记/海西镇…党支部, 经/省政府同意) is no part of the name;
  // what is left is judged as a name on its own (省政府 is a bare kind: GENERIC_ORG_WORDS).
  if (LEADING_VERBS.has(firstWord) && last.end - start - firstWord.length - suffix.length >= 1) start += firstWord.length;
  const name = text.slice(start, last.end);
  const stemOk = name.length - suffix.length >= 2 || (LEVEL_NAMED_SUFFIXES.has(suffix) && /^[省市区县镇乡]$/u.test(name.slice(0, name.length - suffix.length)));
  if (!stemOk || GENERIC_ORG_WORDS.has(name.replace(/([省市区县镇乡])\1+/gu, '$1'))) return;
  cands.push({ name, start, end: last.end });
}

/** jieba's organization words (nt), into `cands`. */
function addTaggedOrganizations(tokens: readonly Token[], cands: OrgMention[]): void {
  // jieba's organization words (新华社/nt, 全国人大/nt, 联合国/nt) that are no bare kind (政府, 公司).
  for (const t of tokens) {
    if (t.tag !== 'nt' || t.word.length < 3 || !HAN_ONLY.test(t.word) || GENERIC_ORG_WORDS.has(t.word) || NT_NOT_ORG.test(t.word)) continue;
    if (t.word.endsWith('会') && (!NT_ORG_MEETING_BODIES.test(t.word) || MEETINGS.some((m) => t.word.endsWith(m)))) continue;
    cands.push({ name: t.word, start: t.start, end: t.end });
  }
}
