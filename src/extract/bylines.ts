/**
 * Bylines, credits and lead-ins (datelines) of Chinese newspapers.
 *
 * Forms recognised (from the real issue and the conventions of Chinese dailies, evening, trade,
 * rural, campus and theory pages and 新华社 wire copy; the role words are credit-lexicon.ts):
 * - a byline line set between middle dots: `·金驰·`, `·缪通 陈苏君·` (role '' — the paper prints none);
 * - a credit line in brackets: `（记者 王峰 通讯员 李四）`, `（本报记者　包　蕾　整理）`, an expert's
 *   signature `（省农业科学院植物保护研究所研究员　阮清和）` (unit and title are the role);
 * - a photo or text credit line: `记者 杨阳 摄`, `文/图 记者 王峰`, `文／石　磊　图／柏　川`,
 *   `新华社记者　李　洵　摄`, `新华社发（马克·贝内特摄）`, `本报驻东京记者　蒋　岚`, `□ 孟　杨`,
 *   `执笔：贺秋实　方　圆`; names padded to three cells (`田　野`) are one name;
 * - a lead-in at the start of the first paragraph: `本报讯（记者 陆雯 通讯员 顾晓峰）`,
 *   `本报南通6月7日电（记者 …）`, `据新华社柏林7月17日电（记者 …）`, and its credit without brackets
 *   (`本报讯　记者　王　俊　昨天…`, `本报开罗7月17日电　记者沈默报道：…`), or a credit opening the
 *   story (`本报记者　樊　越　报道　昨晚…`);
 * - a credit closing a paragraph: `…工作。（记者 王峰）`, `…。本报通讯员　车　骋　摄`, a brief's
 *   closing names `…。（樊越）`.
 * Credits name people: `（省农业气象中心供稿）`, `（新华社电）`, `（作者为…教授）` give none.
 */
import type { Credit } from '../types.js';
import { NAME_DOTS, isDottedName, isNamedByParts } from './dotted-names.js';
import { BYLINE_DOT_THRESHOLD, MAX_CREDIT_LINE_LENGTH, OCR_CLOSE_BRACKETS, OCR_OPEN_BRACKETS, OCR_SLASHES, RUN_ON_CREDIT_TAIL } from '../heuristics.js';
import { bylineDotScore, joinSpacedNames, loneQuotesAsSpaces, splitNameRun } from '../stages/markers.js';
import { lineMemo, OWN_NEWS_LEAD_SOURCE, SENTENCE_STOP, visualLength } from '../text.js';
import { COMPOUND_SURNAMES, MILITARY_RANKS, OFFICE_CORES, ORG_SUFFIXES, SLOT_ONLY_SURNAMES, SURNAMES } from './lexicon.js';
import { isPlaceStem } from './places.js';
import { worldPlaceNames } from '../data/world-sets.js';
import { hasTraditional, toSimplified } from './script.js';
import {
  ARTWORK_ROLES,
  AUTHOR_MARKS,
  MESSAGE_CREDIT_RE,
  MESSAGE_REPLIER_FIELD_RE,
  MESSAGE_WRITER_FIELD_RE,
  CREDIT_COLON_ROLES,
  CLOSING_NOTES,
  QR_ACTION_RE,
  CREDIT_NOT_NAMES,
  ROLE_WORD_TAILS,
  CREDIT_PRESS,
  CREDIT_SCOPES,
  CREDIT_PRESS_ENDINGS,
  CREDIT_PRESS_ROLES,
  CREDIT_QUALIFIERS,
  CREDIT_TRAILING,
  ORAL_ROLES,
  SLASH_CREDIT_REPORTED,
  WIRE_AGENCIES,
  CREDIT_TRAILING_NEED_ROLE,
  CREDIT_WORK_ROLES,
  FILING_PLACE_WORDS,
  PICTURE_SOURCES,
  PICTURE_SUPPLIED_BY_SOURCE,
  PICTURE_SUPPLIED,
  READER_ROLES,
  REPRINT_SOURCE_VERBS,
  SCHOOL_GRADES,
  SOURCE_NOTE_ROLES,
  SIGNATURE_ROLES,
  SIGNATURE_STANDINGS,
  DEPARTMENT_ENDS,
  SIGNATURE_UNIT_ENDS,
  TOWNSHIP_ENDS,
  SIGNATURE_TITLES,
  PREFIXED_PRESS_ROLE_RE,
  TRAILER_PIECE_ROLES,
  TRAILER_ROLES,
  UNIT_PRESS_ROLES,
  OWN_MEDIUM_SOURCE,
} from './credit-lexicon.js';

/**
 * An artwork's caption printed as one line, the work's title (often with its medium in brackets)
 * set apart by spaces from the artist's name and a role word of ARTWORK_ROLES: `秋韵（国画）　　陈砚秋　作`
 * → `{ work: '秋韵（国画）', credit: { name: '陈砚秋', role: '作' } }`. The name is 2-4 Han characters
 * opening with a surname; the work's title carries no punctuation of running text and is no credit
 * (记者　沈涛　摄 is a press credit line). Null otherwise (a headline that ends in 作 or 书 has no space
 * before the name: 精心打造民生工作).
 */
export function artworkCredit(line: string): { work: string; credit: Credit } | null {
  const m = ARTWORK_LINE_RE.exec(line.trim());
  // A press credit line (记者　沈涛　摄, 通讯员　苏晓　摄) is no artwork's caption.
  if (!m || parseCreditLine(line) || parseCreditLine(m[1])) return null;
  const name = m[2].replace(/[\s\u3000]+/gu, '');
  if (!/^\p{Script=Han}{2,4}$/u.test(name) || !hasSurname(name)) return null;
  if (/[，。；！？,;!?：:]/u.test(m[1]) || !/\p{Script=Han}{2}/u.test(m[1])) return null;
  return { work: m[1].trim(), credit: { name, role: m[3] } };
}

/** Title, spaces, the artist (2-4 Han characters, padding allowed), optional spaces, the role word. */
const ARTWORK_LINE_RE = new RegExp(
  `^(.{2,30}?)[\\s\\u3000]+(\\p{Script=Han}(?:[\\s\\u3000]?\\p{Script=Han}){1,3})[\\s\\u3000]*(${[...ARTWORK_ROLES].sort((a, b) => b.length - a.length).join('|')})$`,
  'u',
);

/** True when a name starts with a Chinese surname (single or compound, from lexicon.ts). */
/** A token a credit never reads as a name: a column's word after a role (CREDIT_NOT_NAMES) or a role word's wrapped tail (ROLE_WORD_TAILS). */
function notAName(token: string): boolean {
  return CREDIT_NOT_NAMES.has(token) || ROLE_WORD_TAILS.has(token);
}

function hasSurname(name: string): boolean {
  return SURNAMES.has(name[0]) || COMPOUND_SURNAMES.has(name.slice(0, 2));
}

/**
 * Work roles printed as one token with a slash inside (文/图 记者 王峰): kept as printed. Other work
 * roles take a slash after them (文/金驰 → role 文; credit-lexicon.ts CREDIT_WORK_ROLES).
 */
const COMPOUND_WORK_ROLES = ['文/图', '文／图', '图/文', '图／文', '文/圖', '文／圖', '圖/文', '圖／文'];
/** One-character work roles that may stand alone before a name (文　金驰): 图片新闻 is no credit of 片新闻. */
const LONE_WORK_ROLES = new Set(['文', '图', '圖']);
/**
 * Role words of two or more characters that a credit line prints before the names with a space
 * instead of a colon or slash (制图　温　岚, 制表　邵明珂, 执笔　贺秋实, 绘图　X): the work roles
 * (credit-lexicon.ts CREDIT_WORK_ROLES) and colon roles (CREDIT_COLON_ROLES), read as a whole token
 * only (制图说明 is no role). Papers print the spaced form as often as the colon form under a
 * graphic or a report (tester21's weekend edition: 制图　温　岚 under an infographic, Dec 2026). A
 * role that also follows names (执笔, 整理: CREDIT_TRAILING) stays theirs after a name (贺秋实　执笔).
 */
const SPACED_ROLE_WORDS: ReadonlySet<string> = new Set([...CREDIT_WORK_ROLES, ...CREDIT_COLON_ROLES].filter((r) => r.length >= 2 && !r.includes('/') && !r.includes('／')));
/** The characters of `s` escaped for use inside a regular-expression class. */
const escapeClass = (s: string): string => s.replace(/[\\\]^-]/gu, '\\$&');
const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
/** `alt` of role words whose characters a padded credit line may space out (摄　影：X, 执　笔：X). */
const spacedAlt = (xs: readonly string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map((x) => [...x].join('[\\s\\u3000]*'))
    .join('|');
const PRESS_SOURCE =
  `(?:${alt(CREDIT_PRESS)}|\\p{Script=Han}{1,8}?(?:${alt(CREDIT_PRESS_ENDINGS)}))`;
/**
 * A press role at the start of a token: the press (本报, 新华社, 澜江商报), a post abroad or in a
 * region (驻东京), qualifiers (学生, 特约) and the role (记者, 通讯员); or a press's release (新华社发).
 */
const PRESS_ROLE_SOURCE =
  `(?:${PRESS_SOURCE}?(?:驻\\p{Script=Han}{1,6}?)?(?:${alt(CREDIT_QUALIFIERS)})*(?:${alt(CREDIT_PRESS_ROLES)})|${PRESS_SOURCE}发)`;
const PRESS_ROLE_START_RE = new RegExp(`^${PRESS_ROLE_SOURCE}`, 'u');
const PRESS_ROLE_RE = new RegExp(`^${PRESS_ROLE_SOURCE}$`, 'u');
/**
 * A work role before a slash (文／温言). The slash as printed, or as a decoder gives it: WHATWG Big5
 * (iconv-lite, browsers) reads the Big5 solidus A241 of non-Microsoft encoders as ∕ (U+2215), and
 * ⁄ (U+2044) is the fraction slash.
 */
const WORK_SLASH_RE = new RegExp(`^(?:${alt(CREDIT_WORK_ROLES)})\\s*[/／∕⁄]`, 'u');
/**
 * A class year as a student's signature prints it after the school (澄江师范学院2021级学生, …2022届毕业生):
 * the year of entry (级) or of leaving (届), two or four digits.
 */
const CLASS_YEAR = '(?:[0-9０-９]{4}|[0-9０-９]{2})[级届級屆]';
/**
 * A whole token that signs as a reader, author, expert or letter writer, its unit before it: 桂水县读者,
 * 省农业科学院…研究员, 某合成旅二营列兵 (credit-lexicon.ts SIGNATURE_ROLES, SIGNATURE_TITLES, SIGNATURE_STANDINGS;
 * lexicon.ts MILITARY_RANKS).
 */
const SIGNATURE_RE = new RegExp(
  `^\\p{Script=Han}{0,20}?(?:${CLASS_YEAR}\\p{Script=Han}{0,8}?)?(?:${alt([...SIGNATURE_ROLES, ...SIGNATURE_TITLES, ...MILITARY_RANKS, ...SIGNATURE_STANDINGS])})$`,
  'u',
);
/**
 * A pupil's school, grade and class, a whole token before the pupil's name on a composition's
 * signature (沅湄县实验中学初二（3）班, 五（2）班, 七年级1班): credit-lexicon.ts SCHOOL_GRADES, the class
 * number in brackets or not, then 班. The token is the signature's role, as a reader's unit is.
 */
const SCHOOL_CLASS_RE = new RegExp(
  `^\\p{Script=Han}{0,24}?(?:${alt(SCHOOL_GRADES)})(?:[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[0-9０-９一二三四五六七八九十]{1,2})班$`,
  'u',
);
/**
 * A unit's name (ending in an organisation suffix of lexicon.ts ORG_SUFFIXES after at least two
 * characters of its own) right before a correspondent's role (credit-lexicon.ts UNIT_PRESS_ROLES):
 * 沅湄县实验小学通讯员.
 */
function unitPressRole(tok: string): { role: string; length: number } | null {
  for (const r of UNIT_PRESS_ROLES) {
    const at = tok.indexOf(r);
    if (at < 3) continue;
    const unit = tok.slice(0, at);
    if (!/^\p{Script=Han}+$/u.test(unit) || unit.length > 24) continue;
    if (!ORG_SUFFIXES.some((x) => unit.endsWith(x) && unit.length - x.length >= 2)) continue;
    const rest = tok.slice(at + r.length);
    if (rest === '' || /^\p{Script=Han}/u.test(rest)) return { role: tok.slice(0, at + r.length), length: at + r.length };
  }
  return null;
}
const TRAILING_ROLES = [...CREDIT_TRAILING].sort((a, b) => b.length - a.length);
/** True for a role word that follows names (`摄`, `报道`: credit-lexicon.ts CREDIT_TRAILING). */
export function isTrailingRole(word: string): boolean {
  return TRAILING_ROLES.includes(word);
}
/** Offices (lexicon.ts OFFICE_CORES) that stand as a role before a name on a byline line: 县长　郑明远. */
const OFFICE_WORDS: ReadonlySet<string> = new Set(OFFICE_CORES);

const NAME_RE = /^\p{Script=Han}{2,4}$/u;
/** A foreign name as Chinese prints it, parts joined by a middle dot: 马克·贝内特. */
const FOREIGN_NAME_RE = /^\p{Script=Han}{1,8}(?:[·・•‧]\p{Script=Han}{1,10}){1,3}$/u;
/**
 * Between middle dots a byline may name a desk or office instead of a person (·崇组宣·,
 * ·区委宣传部·, ·区融媒体中心·): up to this many Han characters.
 */
const DOT_NAME_RE = /^\p{Script=Han}{2,8}$/u;
const DOT = '[·•・●]';
const DOT_LINE_RE = new RegExp(`^${DOT}\\s*([^·•・●]+?)\\s*${DOT}$`, 'u');
/**
 * A `·name·` byline holding a dotted name (`·买买提·艾力·`, `·金驰　阿依古丽·吐尔逊·`): the dots at
 * the ends frame the names, the dots inside join a name's parts.
 */
const DOTTED_DOT_LINE_RE = new RegExp(`^${DOT}\\s*(\\p{Script=Han}[\\p{Script=Han}${NAME_DOTS}\\s\\u3000]*\\p{Script=Han})\\s*${DOT}$`, 'u');
/** A name between a byline's dots: a desk's or person's name (DOT_NAME_RE) or a dotted name (买买提·艾力). */
const DOT_OR_DOTTED_NAME_RE = new RegExp(`^(?:\\p{Script=Han}{2,8}|\\p{Script=Han}{1,8}(?:[${NAME_DOTS}]\\p{Script=Han}{1,10}){1,3})$`, 'u');
const AUTHOR_MARK_RE = new RegExp(`^[${AUTHOR_MARKS}]\\s*`, 'u');

/**
 * True when a credit's role (as `parseCredits` gives it) is the press's: a reporter, stringer or
 * photographer (记者, 本报通讯员, 新华社记者 摄, 文/图), not a reader's or an expert's signature
 * (桂水县读者) nor an office (县长). Only such a credit closes a paragraph in brackets.
 */
export function isPressRole(role: string): boolean {
  return role
    .split(' ')
    .some((w) => PRESS_ROLE_RE.test(w) || CREDIT_WORK_ROLES.includes(w) || COMPOUND_WORK_ROLES.includes(w) || TRAILING_ROLES.includes(w));
}

/**
 * A token of a credit: a role before names, a role after them, the place the report was filed from
 * (发自利马: no name), or a word (a name, or not).
 */
interface CreditToken {
  kind: 'role' | 'trail' | 'place' | 'word';
  text: string;
}

/**
 * The place a report was filed from, a whole token of a credit (credit-lexicon.ts FILING_PLACE_WORDS):
 * 发自利马, 發自紐約, 发自布宜诺斯艾利斯; a role after it glued on (发自开罗报道) is read by creditTokens.
 */
const FILING_PLACE_RE = new RegExp(`^(?:${alt(FILING_PLACE_WORDS)})\\p{Script=Han}{1,10}$`, 'u');

/** The role at the start of a token (`记者王峰` → 记者, `文／温` → 文), with its printed length; or null. */
function leadingRole(tok: string): { role: string; length: number } | null {
  const compound = COMPOUND_WORK_ROLES.find((r) => tok.startsWith(r));
  if (compound) return { role: compound, length: compound.length };
  if (LONE_WORK_ROLES.has(tok) || SPACED_ROLE_WORDS.has(tok)) return { role: tok, length: tok.length };
  // …scoped to the page or the piece (本版制图　唐　咏, 本文图片　X: CREDIT_SCOPES).
  if (CREDIT_SCOPES.some((x) => tok.startsWith(x) && SPACED_ROLE_WORDS.has(tok.slice(x.length)))) return { role: tok, length: tok.length };
  const slash = WORK_SLASH_RE.exec(tok);
  if (slash) return { role: slash[0].replace(/\s*[/／∕⁄]$/u, ''), length: slash[0].length };
  const press = PRESS_ROLE_START_RE.exec(tok);
  if (press && (press[0].length === tok.length || /^\p{Script=Han}/u.test(tok.slice(press[0].length)))) {
    return { role: press[0], length: press[0].length };
  }
  return unitPressRole(tok);
}

/**
 * Splits credit text into roles and words: roles peeled off the front of a token (记者王峰), a
 * trailing role off its end (沈默报道, 明摄), and two single characters standing apart joined into
 * the two-character name they pad to three cells (王　俊 → 王俊, 记者韩　笑 → 韩笑).
 */
function creditTokens(inner: string): CreditToken[] {
  const out: CreditToken[] = [];
  const raw = inner.split(/[\s\u3000、，,]+/u).filter(Boolean);
  for (let i = 0; i < raw.length; i++) {
    let tok = raw[i];
    // A one-character work role and one character more, the two last on the line and alone
    // (（文　华）, 本报通讯员　文　华): a two-character name padded to three cells (文 and 图 are surnames
    // and given names too), not the role 文 over a one-character name, which no credit prints.
    if (i === raw.length - 2 && LONE_WORK_ROLES.has(tok) && /^\p{Script=Han}$/u.test(raw[i + 1]) && !LONE_WORK_ROLES.has(raw[i + 1]) && !(i > 0 && /^\p{Script=Han}$/u.test(raw[i - 1]))) {
      out.push({ kind: 'word', text: tok + raw[i + 1] });
      break;
    }
    for (let r = leadingRole(tok); r && tok; r = leadingRole(tok)) {
      // 摄影 after names is their role (杨阳 摄影), not one before the next.
      if (r.length === tok.length && TRAILING_ROLES.includes(tok) && out.length && out[out.length - 1].kind === 'word') break;
      out.push({ kind: 'role', text: r.role });
      tok = tok.slice(r.length);
    }
    if (!tok) continue;
    if (FILING_PLACE_RE.test(tok)) {
      const trail = TRAILING_ROLES.find((r) => tok.endsWith(r) && FILING_PLACE_RE.test(tok.slice(0, -r.length)));
      out.push({ kind: 'place', text: trail ? tok.slice(0, -trail.length) : tok });
      if (trail) out.push({ kind: 'trail', text: trail });
      continue;
    }
    if (OFFICE_WORDS.has(tok) || SIGNATURE_RE.test(tok) || SCHOOL_CLASS_RE.test(tok) || PREFIXED_PRESS_ROLE_RE.test(tok)) {
      out.push({ kind: 'role', text: tok });
      continue;
    }
    // (An oral history's 口述 is a role only as a word of its own: 亲历者口述 is a headline.)
    const trail = TRAILING_ROLES.find((r) => tok.endsWith(r) && (tok.length === r.length || !ORAL_ROLES.includes(r)));
    if (trail && tok.length > trail.length) out.push({ kind: 'word', text: tok.slice(0, -trail.length) }, { kind: 'trail', text: trail });
    else if (trail) out.push({ kind: 'trail', text: trail });
    else out.push({ kind: 'word', text: tok });
  }
  return joinedSingles(out);
}

/**
 * Credit tokens with single characters spaced out joined into names (creditTokens' second pass, a
 * function of its own so that V8 compiles each pass apart).
 */
function joinedSingles(out: readonly CreditToken[]): CreditToken[] {
  const single = (t: CreditToken | undefined) => t?.kind === 'word' && /^\p{Script=Han}$/u.test(t.text);
  const joined: CreditToken[] = [];
  for (let k = 0; k < out.length; k++) {
    // Exactly three single characters in a row, the first a surname: one three-character name
    // spaced out character by character (本报记者　沈　嘉　禾, 融媒记者　刘　思　远), as two-character names
    // are padded; an even run is two-character names (柏　舟　黎　川).
    if (single(out[k]) && single(out[k + 1]) && single(out[k + 2]) && !single(out[k + 3]) && !single(out[k - 1]) && hasSurname(out[k].text)) {
      joined.push({ kind: 'word', text: out[k].text + out[k + 1].text + out[k + 2].text });
      k += 2;
    } else if (single(out[k]) && single(out[k + 1])) {
      joined.push({ kind: 'word', text: out[k].text + out[k + 1].text });
      k++;
    } else joined.push(out[k]);
  }
  return joined;
}

/**
 * Parses a sequence of roles and names (`记者 王峰 李四 通讯员 张三`, `杨阳 摄`, `金驰`,
 * `新华社记者　孟　凡　林　苇`, `（本报记者　包　蕾　整理）`, `省农业科学院植物保护研究所研究员　阮清和`).
 * Returns null unless every token is a role (credit-lexicon.ts) or a name (`nameRe`: 2-4 Han
 * characters by default; a foreign name with middle dots, 马克·贝内特) and there is a name. Roles are
 * as printed; a role after the names is added to the role each name was printed with (记者 摄;
 * 特约记者蒋立川、通讯员邵文斌报道 → 特约记者 报道, 通讯员 报道). A trailing 报道 (CREDIT_TRAILING_NEED_ROLE)
 * needs a role before the names unless `bareReported` (a lead-in's credit: 本报讯　庞　毅、谭振宇报道：).
 * The place the report was filed from (发自利马, FILING_PLACE_RE) belongs to the credit and names no one.
 */
export function parseCredits(inner: string, nameRe: RegExp = NAME_RE, bareReported = false): Credit[] | null {
  const credits: Credit[] = [];
  let role = '';
  let roleOpen = false; // a role was read and no name yet: 文/图 记者 王峰 → role "文/图 记者"
  const pending: Credit[] = [];
  for (const tok of creditTokens(inner)) {
    // The place the report was filed from (发自利马) is part of the credit and names no one.
    if (tok.kind === 'place') continue;
    if (tok.kind === 'role') {
      role = roleOpen ? `${role} ${tok.text}` : tok.text;
      roleOpen = true;
      continue;
    }
    if (tok.kind === 'trail') {
      // 报道 after a name only with a role before it (记者 王峰 报道): 乡镇新闻报道 is a headline.
      if (!bareReported && CREDIT_TRAILING_NEED_ROLE.has(tok.text) && role === '' && !credits.some((c) => c.role)) return null;
      if (!pending.length) return null;
      roleOpen = false;
      // Each name keeps the role printed before it (特约记者蒋立川、通讯员邵文斌报道: 特约记者 报道, 通讯员 报道).
      for (const c of pending) credits.push({ name: c.name, role: c.role ? `${c.role} ${tok.text}` : tok.text });
      pending.length = 0;
      continue;
    }
    if ((!nameRe.test(tok.text) && !FOREIGN_NAME_RE.test(tok.text)) || notAName(tok.text)) return null;
    pending.push({ name: tok.text, role });
    roleOpen = false;
  }
  credits.push(...pending);
  // A foreign name is read only with a role (新华社发（马克·贝内特摄）): 科技·服务 is a section's name.
  if (credits.some((c) => !c.role && !nameRe.test(c.name))) return null;
  return credits.length ? credits : null;
}

/**
 * The credits of a message's or a reply's credit line on a 民生·问政 page (credit-lexicon.ts
 * MESSAGE_CREDIT_RE), or null when `line` is none: the netizen who wrote the message, by the handle
 * printed (网友“澄江老陈” → 澄江老陈, 网友ID：小鱼爱吃鱼 → 小鱼爱吃鱼; role 网友, the label as printed),
 * as a reader's signature names its reader. A masked phone number (网友：138****6672) names no one, nor
 * does the replying office (回复单位：市住建局): [] then.
 */
export function messageCredits(line: string): Credit[] | null {
  const t = line.trim();
  if (!MESSAGE_CREDIT_RE.test(t)) return null;
  const m = MESSAGE_WRITER_FIELD_RE.exec(t);
  if (!m) return [];
  const label = /^[\s\u3000]*(\p{Script=Han}+)/u.exec(m[0])?.[1] ?? '';
  // 留言人：网友“X”: the writer's label, then the handle in quotes
  const value = (m[1] ?? m[2]).replace(/^(?:网友|網友|网民|網民)(?=[“"「])/u, '').replace(/^[“"「]|[”"」]$/gu, '');
  // a masked number (138****6672) or digits alone name no one
  if (!value || /[*＊×]/u.test(value) || /^[0-9０-９\-－]+$/u.test(value)) return [];
  return [{ name: value, role: label }];
}

/**
 * True when `line` is the credit line of a reply printed under the message it answers (回复单位：市住建局　回复时间：
 * 2026年5月8日: a message credit line, credit-lexicon.ts MESSAGE_CREDIT_RE, naming the replying office): it
 * heads the reply, which belongs to the message's item; it closes nothing.
 */
export function headsReply(line: string): boolean {
  const t = line.trim();
  return MESSAGE_CREDIT_RE.test(t) && MESSAGE_REPLIER_FIELD_RE.test(t);
}

/**
 * A line that is only a byline or credit: `·金驰·`, `（记者 王峰）`, `记者 杨阳 摄`.
 * Returns the credits (names with roles as printed) or null. A `·` inside running text
 * (`“和·钟”共济`) is not a byline: the whole line must be the byline.
 */
export function parseCreditLine(line: string): Credit[] | null {
  const read = rememberedCreditLine(line);
  // a copy: callers may change what they are given
  return read && read.map((c) => ({ ...c }));
}

/**
 * Lines whose reading parseCreditLine remembers at most (a map of lines to credits, emptied when
 * full, so that a long batch keeps it bounded). The layout step and the structure step ask for
 * the same short lines: about three calls a distinct line within one issue (the bundled issue: 225
 * calls, 70 lines; the zoo's papers alike), 5.6 over a 100-file batch of the bench corpus (43,491
 * calls, 7,766 lines: its files repeat the fixtures' issues).
 */
const CREDIT_MEMO_LINES = 8192;
/** Longest line (UTF-16 units) parseCreditLine remembers: a longer one is read each time (no credit line is so long: MAX_CREDIT_LINE_LENGTH). */
const CREDIT_MEMO_MAX_UNITS = 200;
const rememberedCreditLine = lineMemo((line: string) => readCreditLine(line), CREDIT_MEMO_LINES, CREDIT_MEMO_MAX_UNITS);

/** parseCreditLine without its memory. */
function readCreditLine(line: string): Credit[] | null {
  const printed = parseCreditLinePrinted(line);
  if (printed || !hasTraditional(line)) return printed;
  return onSimplified(line, parseCreditLinePrinted);
}

/**
 * A credit of a page in traditional script read on its simplified form (OpenCC, extract/script.ts),
 * as the structure model reads such a page: the surnames, roles and office words of the lexicons
 * are simplified (盧衛東, 讀者　馮秀英（退休教師）, （江嵐律師事務所律師　祁望舒）: tester8's Big5 copy of a
 * paper lost 4 of 10 bylines, Dec 2026). Names and roles come back as printed, character for
 * character; null when the conversion changed the length (a phrase conversion) or nothing was read.
 */
function onSimplified(text: string, read: (t: string) => Credit[] | null): Credit[] | null {
  const simple = toSimplified(text);
  if (simple.length !== text.length) return null;
  const credits = read(simple);
  return credits ? credits.map((c) => ({ name: printedAs(c.name, simple, text), role: printedAs(c.role, simple, text) })) : null;
}

/** `part`, read from `simple` (the simplified form of `text`, of its length), as `text` prints it, character by character in order. */
function printedAs(part: string, simple: string, text: string): string {
  let at = 0;
  let out = '';
  for (const ch of part) {
    const k = simple.indexOf(ch, at);
    if (k < 0) return part;
    out += text.slice(k, k + ch.length);
    at = k + ch.length;
  }
  return out;
}

function parseCreditLinePrinted(line: string): Credit[] | null {
  // An ideographic space OCR read as a quote (县长”郑明远) separates the words as printed.
  let t = loneQuotesAsSpaces(line.trim());
  if (!t || visualLength(t) > MAX_CREDIT_LINE_LENGTH) return null;
  const dot = DOT_LINE_RE.exec(t);
  if (dot) return /[，。！？；：,.!?;:]/u.test(dot[1]) ? null : parseCredits(dot[1], DOT_NAME_RE);
  const dotted = DOTTED_DOT_LINE_RE.exec(t);
  if (dotted) return parseCredits(dotted[1], DOT_OR_DOTTED_NAME_RE);
  // A line of dotted names alone under a title (艾力・买买提, 阿依古丽·吐尔逊　周文涛): the writers' names.
  const bare = dottedNamesAlone(t);
  if (bare) return bare;
  const ocr = ocrDotCredits(t);
  if (ocr) return ocr;
  // A box or star before an author's name (□ 孟　杨, ■本报通讯员　薄　溪) marks the byline.
  const mark = AUTHOR_MARK_RE.exec(t);
  if (mark) t = t.slice(mark[0].length);
  // A press's release of a photo, the photographer in brackets: 新华社发（马克·贝内特摄）.
  const release = RELEASE_LINE_RE.exec(t);
  if (release) {
    const c = parseCredits(`${release[1]} ${release[2]}`);
    return c && c.every((x) => x.role) ? c : null;
  }
  // The story's editor in brackets at its end, as Taiwan papers and the Central News Agency print it
  // (（編輯：陳怡君）1151202: the wire's date code after it, Republic year, month, day): a credit
  // of the story, role as printed (an editor's line of the page, 责任编辑：…, is page furniture).
  const editor = EDITOR_CREDIT_RE.exec(t);
  if (editor) {
    const c = parseCredits(editor[2]);
    return c && c.every((x) => !x.role && (personOrForeign(x.name) || personOrForeign(toSimplified(x.name))))
      ? c.map((x) => ({ name: x.name, role: editor[1].replace(/[\s\u3000]/gu, '') }))
      : null;
  }
  const br = /^[（(]\s*([^（）()]+?)\s*[）)]$/u.exec(t) ?? ocrRoundBracket(t);
  // A reprint's source note names its author after the source, set apart by a space
  // (（摘自3月11日《澄江农民报》　文／周立群）, （摘自《…》　作者：孙敏）): the author is the credit; a note
  // naming only the source (（据《天气知识》）, （摘自《晚晴》）) names no one.
  // The author may stand first, the source after a space (（作者：石　岩　摘自6月2日《桐江日报》）), and the
  // note may stand without brackets on a line of its own (摘自《桐江晚报》, 据《桐江日报》).
  const reprint = REPRINT_NOTE_RE.exec(br ? br[1] : t);
  if (reprint) return reprint[1] ? authorCredit(reprint[1]) : null;
  const authorFirst = br ? AUTHOR_FIRST_NOTE_RE.exec(br[1]) : null;
  if (authorFirst) return authorCredit(authorFirst[1]);
  if (br) {
    // （记者 王峰）, or names alone when they are people's names: （葛晓东）, （王峰 李娜）.
    // A reader's signature in brackets (（桂水县读者　邵长根）) closes the question they asked, in the body.
    // A town's name before the writer's (（枫溪镇　杨　帆）): the contributing unit, which a name
    // reader would take for a person of three characters (TOWNSHIP_ENDS).
    if (TOWNSHIP_UNIT_RE.test(br[1])) {
      const unit = unitAndNames(br[1]);
      if (unit) return unit;
    }
    const c = parseCredits(br[1]);
    if (c?.some((x) => READER_RE.test(x.role))) return null;
    // (A name of any shape alone in brackets on its line, closing a brief: （央金）; closerName.)
    if (c && (c.some((x) => x.role) || c.every((x) => isPersonalName(x.name)) || (c.length <= 3 && c.every((x) => closerName(x.name) && !OFFICE_CLOSER_RE.test(x.name))))) return c;
    return colonCredits(br[1]) ?? unitAndNames(br[1]);
  }
  const trailer = trailerCredits(t);
  if (trailer) return trailer;
  // A role and a colon before the names: 执笔：贺秋实　方　圆, 摄影：王峰, 摄　影：本报记者　王峰 (the
  // press role after the colon is added to the colon's: 摄　影 本报记者); an editor's line is furniture.
  if (COLON_CREDIT_RE.test(t)) return colonCredits(t);
  if (SOURCE_FIRST_RE.test(t)) {
    const after = colonCredits(t);
    if (after) return after;
  }
  const slashed = ocrSlashCredits(t);
  if (slashed) return slashed;
  // A signature with a note on the signer in brackets after the name (读者　莫川平（晴川市城东区）, 读者
  // 冯秀英（退休教师）): the signer is the credit, the note is printed with it.
  const noted = SIGNATURE_NOTE_RE.exec(t);
  if (noted) {
    const c = parseCredits(noted[1]);
    if (c && c.length <= 3 && c.every((x) => SIGNATURE_RE.test(x.role.split(' ').pop() ?? '') && personOrForeign(x.name))) return c;
  }
  const c = parseCredits(t);
  // Without dots or brackets, a credit line must say a role and name people (a known surname):
  // else a headline such as 县报新闻摄影 would do. After an author's mark, names alone will do.
  if (c && c.every((x) => (x.role ? personInSlot(x.name) : mark && c.length <= 3 && personOrForeign(x.name)))) return c;
  // …or name them in a credit's positions, whatever their shape (creditByPosition).
  if (c && creditByPosition(t, c)) return c;
  // Two names after a press role whose space OCR closed up (新华社记者”郑雨桐白 泣: hOCR keeps no
  // space between Han words, 郑雨桐　白　澜 as printed): cut as splitNameRun cuts two dotted names.
  const closed = closedUpRoleCredits(t);
  if (closed) return closed;
  // A piece signed by its writer's unit and name on a line of its own, as a 学习心得, 心得体会 or
  // reader's piece ends (澄溪县审计局　邵明川: a unit ending in an organisation suffix, then one to
  // three personal names), as in brackets (（青石镇中心学校　景岚）): the names, the unit their role.
  return unitAndNames(t);
}

/** A press role, then 5-6 Han characters in up to three runs and nothing else (closedUpRoleCredits). */
const ROLE_THEN_HAN_RE = new RegExp(`^(${PRESS_ROLE_SOURCE})[\\s\\u3000]*(\\p{Script=Han}+(?:[\\s\\u3000]+\\p{Script=Han}+){0,2})$`, 'u');

/**
 * The credits of a press role's line whose two names OCR ran together (新华社记者 郑雨桐白 泣 for
 * 新华社记者　郑雨桐　白　澜: Tesseract's hOCR joins Han words without a space, the OCR harness's degraded
 * wire copy): the 5-6 characters after the role, spaces taken out, cut into two personal names by
 * splitNameRun (the second opening with a surname, the more common surnames winning). Null when
 * the line is no such run or no sure cut is found.
 */
function closedUpRoleCredits(t: string): Credit[] | null {
  const m = ROLE_THEN_HAN_RE.exec(t);
  if (!m) return null;
  const cut = splitNameRun(m[2].replace(/[\s\u3000]/gu, ''));
  if (!cut || !cut.every((n) => isPersonalName(n))) return null;
  const role = m[1].replace(/[\s\u3000]/gu, '');
  return cut.map((name) => ({ name, role }));
}

/**
 * A line that is one pair of round brackets as OCR reads them (`〈代表工委)`, `〈岗川市…主任医师 许文芮)`,
 * `(阮晓〉`: OCR_OPEN_BRACKETS, OCR_CLOSE_BRACKETS), at least one of the two marks still round (a
 * pair of other brackets as printed, 【…】 or 〈…〉, is a label or a title, not a credit's bracket):
 * as `exec` gives it, group 1 what is inside; else null.
 */
function ocrRoundBracket(t: string): RegExpExecArray | null {
  const m = OCR_ROUND_BRACKET_LINE_RE.exec(t);
  if (!m) return null;
  return /^[（(]/u.test(m[0]) || /[）)]$/u.test(m[0]) ? m : null;
}
const OCR_ROUND_BRACKET_LINE_RE = new RegExp(
  `^[${escapeClass(OCR_OPEN_BRACKETS)}]\\s*([^${escapeClass(OCR_OPEN_BRACKETS + OCR_CLOSE_BRACKETS)}]+?)\\s*[${escapeClass(OCR_CLOSE_BRACKETS)}]$`,
  'u',
);

/**
 * A new-media trailer line: two or more roles of credit-lexicon.ts TRAILER_ROLES, each before a
 * colon and its names (记者：章可欣　编辑：孟知秋　审核：钟　毓　终审：杜　衡, 文/图：宁　晓　编辑：孟知秋),
 * at least one of them a writer's, photographer's or reviewer's (TRAILER_PIECE_ROLES: a page's editor
 * line, 责任编辑：X　校对：Y, is furniture). Every name is a credit, its role the role printed before
 * it; names are personal names (a known surname) or a press role and names (记者：本报记者　X). Null
 * otherwise.
 */
function trailerCredits(t: string): Credit[] | null {
  const heads = [...t.matchAll(TRAILER_HEAD_RE)];
  if (heads.length < 2 || heads[0].index !== 0) return null;
  const credits: Credit[] = [];
  let piece = false;
  for (let k = 0; k < heads.length; k++) {
    const role = heads[k][2].replace(/[\s\u3000]/gu, '');
    if (TRAILER_PIECE_ROLES.includes(role)) piece = true;
    const value = t.slice(heads[k].index + heads[k][0].length, k + 1 < heads.length ? heads[k + 1].index : t.length);
    const c = parseCredits(value);
    if (!c || !c.every((x) => personOrForeign(x.name))) return null;
    credits.push(...c.map((x) => ({ name: x.name, role: x.role ? `${role} ${x.role}` : role })));
  }
  return piece ? credits : null;
}
/**
 * A trailer role (credit-lexicon.ts TRAILER_ROLES, its characters perhaps spaced out) and its colon, at the line's start or after a space.
 * A run of spaces is tried from its first space only (the lookbehind): tried from each of its spaces, a
 * line of 60,000 spaces took quadratic time (test/linear-time.property.test.ts); the matches are the same.
 */
const TRAILER_HEAD_RE = new RegExp(`(^|(?<![\\s\\u3000])[\\s\\u3000]+)(${spacedAlt(TRAILER_ROLES)})[\\s\\u3000]*[：:][\\s\\u3000]*`, 'gu');

/** A work role with its slash (文／, 图／, 文／图, 摄影／) opening a credit line, then a space or a name. */
const SLASH_ROLES_LEAD_RE = new RegExp(
  `^(?:(?:${alt(CREDIT_WORK_ROLES)})\\s*[/／∕⁄]\\s*)+(?:(?:${alt(CREDIT_WORK_ROLES)})(?=[\\s\\u3000]))?`,
  'u',
);
/** A photographer's role word closing a credit line, set apart by a space (旦增　罗明　摄, 次仁　摄影). */
const PHOTO_TRAIL_RE = /[\s\u3000](?:摄影|摄|攝影|攝)$/u;

/**
 * Names read by where they stand, not by a surname list: a credit line whose names are set apart
 * by spaces between a work role with its slash before them (文／图　丹珠, 文／阿旺) or a
 * photographer's role word after them (旦增　罗明　摄, 记者　次仁　摄). Tibetan, Uyghur and Mongolian
 * names written in Han characters (旦增, 央金, 阿依古丽) open with no Han surname, and Han names
 * with a rare surname none in lexicon.ts either; the credit's structure names them all the same.
 * Each name is 2-4 Han characters and no column word (CREDIT_NOT_NAMES); at most
 * MAX_POSITIONAL_NAMES of them. Source: the credit conventions of credit-lexicon.ts; found by
 * tester8 on a Tibetan-area daily (Dec 2026).
 */
function creditByPosition(t: string, c: Credit[]): boolean {
  if (c.length > MAX_POSITIONAL_NAMES || !c.every((x) => x.role && NAME_RE.test(x.name) && !notAName(x.name))) return false;
  return SLASH_ROLES_LEAD_RE.test(t) || PHOTO_TRAIL_RE.test(t);
}
/** At most this many names are read by their position in a credit line alone (creditByPosition). */
const MAX_POSITIONAL_NAMES = 4;

/**
 * A work role's credit whose slash OCR misread (heuristics.ts OCR_SLASHES: 文了黄一喝 for 文／黄一鸣):
 * the whole line is one work role (credit-lexicon.ts CREDIT_WORK_ROLES), one such mark and one to
 * three names of 2-3 Han characters (4 with a compound surname) each opening with a known surname.
 * The credits carry the role as printed before the mark (文). Null otherwise (a real slash is read
 * by parseCredits).
 */
function ocrSlashCredits(line: string): Credit[] | null {
  const m = OCR_SLASH_CREDIT_RE.exec(line);
  if (!m) return null;
  const names = joinSpacedNames(m[2].split(/[\s\u3000]+/u));
  // Two or three characters (four with a compound surname, 欧阳志明): a misread line is weak evidence.
  const fits = (n: string) => NAME_RE.test(n) && hasSurname(n) && (n.length <= 3 || COMPOUND_SURNAMES.has(n.slice(0, 2)));
  if (names.length > 3 || !names.every(fits)) return null;
  return names.map((name) => ({ name, role: m[1] }));
}
const OCR_SLASH_CREDIT_RE = new RegExp(
  `^(${alt(CREDIT_WORK_ROLES)})\\s*[${escapeClass(OCR_SLASHES)}]\\s*(\\p{Script=Han}+(?:[\\s\\u3000]+\\p{Script=Han}+){0,5})$`,
  'u',
);

/**
 * The inside of a reprint's source note (credit-lexicon.ts REPRINT_SOURCE_VERBS): the verb, up to 16
 * characters (a date: 3月11日), the source in 《》, what follows it glued on (2024年第2期), and, after a
 * space, the author as a credit line prints it (文／周立群, 作者：孙敏): group 1, or none.
 */
const REPRINT_NOTE_RE = new RegExp(
  `^(?:${alt(REPRINT_SOURCE_VERBS)})[^《》（）()]{0,16}《[^《》（）()]{1,24}》[^\\s\\u3000《》（）()]{0,16}(?:[\\s\\u3000]+([^《》（）()]{2,20}))?$`,
  'u',
);

/**
 * A reprint's source note with the author before the source, set apart by a space: 作者：石　岩　摘自
 * 6月2日《桐江日报》, 林晓舟／文　摘自《…》. Group 1 the author as a credit line prints it.
 */
const AUTHOR_FIRST_NOTE_RE = new RegExp(
  `^([^《》（）()]{2,20}?)[\\s\\u3000]+(?:${alt(REPRINT_SOURCE_VERBS)})[^《》（）()]{0,16}《[^《》（）()]{1,24}》[^\\s\\u3000《》（）()]{0,16}$`,
  'u',
);

/**
 * The author of a reprint's source note as a credit line prints it: 作者　林晓舟, 作者：孙敏, 文／周立群,
 * and a name before its work role and a slash after it, as digests print it (林晓舟／文, 石岩/图: role
 * 文, 图). The names must be personal names (a known surname). Null when it names no one.
 */
function authorCredit(text: string): Credit[] | null {
  const direct = parseCreditLine(text);
  if (direct) return direct;
  const m = NAME_SLASH_ROLE_RE.exec(text.trim());
  if (!m) {
    // The author's name alone after the source (（摘自《溪南商报》　沈佳音）): one to three personal names.
    const alone = parseCredits(text);
    return alone && alone.length <= 3 && alone.every((x) => !x.role && isPersonalName(x.name) && !CLOSING_NOTES.has(x.name)) ? alone : null;
  }
  const c = parseCredits(m[1]);
  return c && c.length <= 3 && c.every((x) => !x.role && isPersonalName(x.name)) ? c.map((x) => ({ name: x.name, role: m[2] })) : null;
}
/** Names, then a slash and a work role (credit-lexicon.ts CREDIT_WORK_ROLES): 林晓舟／文, 石　岩/图. */
const NAME_SLASH_ROLE_RE = new RegExp(`^(\\p{Script=Han}[\\p{Script=Han}\\s\u3000、]{1,12}?)\\s*[/／∕⁄]\\s*(${alt(CREDIT_WORK_ROLES)})$`, 'u');

/**
 * A story's editor credited in brackets at its end: （编辑：王小明）, （編輯：陳怡君）, （责任编辑：…）,
 * optionally followed by a wire's date code of 6-8 digits (1151202, the Central News Agency's
 * Republic year, month and day). Group 1 the role as printed, group 2 the names.
 */
const EDITOR_CREDIT_RE = /^[（(]\s*((?:责任|責任)?(?:编[\s\u3000]*辑|編[\s\u3000]*輯)|责编|責編)\s*[：:]\s*([^（）()：:]{2,20}?)\s*[）)]\s*(?:[0-9０-９]{6,8})?$/u;

/** A press's release of a photo with the photographer in brackets: 新华社发（马克·贝内特摄）. */
const RELEASE_LINE_RE = new RegExp(`^(${PRESS_SOURCE}发)\\s*[（(]\\s*([^（）()]+?)\\s*[）)]$`, 'u');

/**
 * A signature and a short note on the signer in brackets at the line's end: 读者　莫川平（晴川市城东区）.
 * The name part is read greedily up to its last non-space (read lazily, each character tried scanned
 * the spaces after it: quadratic on a long run of them, test/linear-time.property.test.ts).
 */
const SIGNATURE_NOTE_RE = /^([^（）()]*[^（）()\s])\s*[（(]([^（）()]{1,16})[）)]$/u;
/** A reader's signature role (读者, 桂水县读者, 锦城区观众): credit-lexicon.ts READER_ROLES. */
const READER_RE = new RegExp(`(?:${READER_ROLES.join('|')})$`, 'u');
/** A credit role (scoped or not: 本版制图; credit-lexicon.ts CREDIT_SCOPES, CREDIT_COLON_ROLES) and a colon before the names, then the names. */
/** A credit role before a colon, scoped or not (本版制图, 执笔, 摄　影), as a regular-expression source. */
const COLON_ROLE_SOURCE = `(?:${alt(CREDIT_SCOPES)})?(?:${spacedAlt([...CREDIT_COLON_ROLES, ...CREDIT_WORK_ROLES])})`;
const COLON_CREDIT_RE = new RegExp(`^(${COLON_ROLE_SOURCE})\\s*[：:]\\s*(.+)$`, 'u');
/** A source note's role, its colon and the source up to white space (SOURCE_NOTE_ROLES: 数据来源：…　). */
const SOURCE_FIRST_RE = new RegExp(`^(?:${[...SOURCE_NOTE_ROLES].join('|')})\\s*[：:][^\\s\\u3000]{2,30}[\\s\\u3000]+`, 'u');
/** A role and its colon at the start of the text (colonCredits). */
const COLON_ROLE_START_RE = new RegExp(`^${COLON_ROLE_SOURCE}\\s*[：:]`, 'u');
/** Where a role and its colon start, at the line's start or after white space (colonCredits). */
const COLON_ROLE_AT_RE = new RegExp(`(?:^|[\\s\\u3000]+)${COLON_ROLE_SOURCE}\\s*[：:]`, 'gu');

/**
 * The writer's unit and the writer in brackets at an item's end, as a 简报 or a 政务信息 closes an
 * item contributed by an office or a town (（市住建局　王立新）, （县农业农村局　李　娜　周　平）,
 * （枫溪镇　杨　帆）: TOWNSHIP_ENDS): one
 * organisation's name (ending in an organisation suffix of lexicon.ts ORG_SUFFIXES after at least
 * two characters of its own), set apart by a space, then one to three personal names. The names are
 * the credits, the unit their role as printed (as a signature's unit is: 桂水县读者, …研究所研究员).
 * Null for anything else (（东湖区政府办）, a unit alone, names no one).
 */
/** A township's or village's name (TOWNSHIP_ENDS, two characters or more before the end) and a space, opening a signature. */
const TOWNSHIP_UNIT_RE = new RegExp(`^\\p{Script=Han}{2,22}(?:${TOWNSHIP_ENDS.join('|')})[\\s\\u3000]+\\S`, 'u');

function unitAndNames(inner: string): Credit[] | null {
  const m = /^(\p{Script=Han}{3,24})[\s\u3000]+(.+)$/u.exec(inner.trim());
  if (!m || ![...ORG_SUFFIXES, ...SIGNATURE_UNIT_ENDS, ...DEPARTMENT_ENDS, ...TOWNSHIP_ENDS].some((x) => m[1].endsWith(x) && m[1].length - x.length >= 2)) return null;
  const names = parseCredits(m[2]);
  // The writer's post may stand between the unit and the name, set apart by spaces as the unit is
  // (沂澜明德律师事务所　律师　葛明远, 澄阳市总工会　法律顾问　葛明远: a lawyer's or adviser's signature
  // closing a 职工维权 / 法律问答 answer, tester31's workers' paper, Dec 2026): a role the credit
  // lexicons know (creditTokens), before the names; the unit and the post are then the role.
  if (!names || names.length > 3 || !names.every((x) => isPersonalName(x.name) && (!x.role || x.role === names[0].role))) return null;
  return names.map((x) => ({ name: x.name, role: x.role ? `${m[1]} ${x.role}` : m[1] }));
}

/**
 * Credits of a role and a colon before the names (执笔：贺秋实　方　圆, 摄影：王峰, 摄　影：本报记者　王峰:
 * the press role after the colon is added to the colon's, 摄　影 本报记者), one such pair after
 * another on one line (撰文：区美仪　摄影：谭浩然, as a staff newsletter closes a story: tester18's
 * Hong Kong group newsletter, Dec 2026), the names of a pair after their unit too (文：财务部　周颖诗:
 * role 文 财务部, as `unitAndNames` reads a unit). After a role a name may have a surname read only
 * in such a slot (区, 麦: lexicon.ts SLOT_ONLY_SURNAMES). Null unless every pair names people.
 */
function colonCredits(t: string): Credit[] | null {
  // A source named first (数据来源：江州市广播电视监测中心　制表：邵明珂, a table's trailer: tester19's
  // TV-guide weekly, Dec 2026) is no person's credit: the credits are those of the pairs after it.
  const source = SOURCE_FIRST_RE.exec(t);
  if (source) {
    const rest = t.slice(source[0].length);
    return COLON_ROLE_START_RE.test(rest) ? colonCredits(rest) : null;
  }
  const starts = [...t.matchAll(COLON_ROLE_AT_RE)].map((m) => m.index! + m[0].length - m[0].trimStart().length);
  if (!starts.length || starts[0] !== 0) return null;
  const out: Credit[] = [];
  for (let k = 0; k < starts.length; k++) {
    const m = COLON_CREDIT_RE.exec(t.slice(starts[k], starts[k + 1] ?? t.length).trim());
    if (!m) return null;
    const c = parseCredits(m[2]);
    if (c && c.every((x) => personInSlot(x.name))) {
      out.push(...c.map((x) => ({ name: x.name, role: x.role ? `${m[1]} ${x.role}` : m[1] })));
      continue;
    }
    const unit = unitAndNames(m[2]);
    if (!unit) return null;
    out.push(...unit.map((x) => ({ name: x.name, role: `${m[1]} ${x.role}` })));
  }
  return out;
}

/** A name in a credit's slot after its role: a known surname, a slot-only one (区伟明, 麦颖彤), or a foreign name. */
function personInSlot(name: string): boolean {
  return personOrForeign(name) || (SLOT_ONLY_SURNAMES.has(toSimplified(name[0])) && name.length >= 2 && name.length <= 3);
}

/**
 * True for a credit that names who supplied a picture, not who made it, when that is no person: a
 * stock source alone (资料图片: credit-lexicon.ts PICTURE_SOURCES), or an organisation or a crew before
 * 供图 (（江州卫视供图）, 图／剧组供图: PICTURE_SUPPLIED), whose name has no personal name's shape
 * (a known surname and two or three characters, a dotted or foreign name). Such a credit stays in
 * `credits` and its line in `creditLines`; it is no byline (tester19's TV-guide weekly, Dec 2026:
 * 江州卫视, 剧组 and 资料图片 came out as bylines).
 */
export function isSupplierCredit(c: Credit): boolean {
  const simple = toSimplified(c.name);
  if (PICTURE_SOURCES.includes(c.name) || PICTURE_SOURCES.includes(simple)) return true;
  const last = c.role.split(/\s+/u).pop() ?? '';
  if (!PICTURE_SUPPLIED.includes(last)) return false;
  return !isPersonalName(c.name) && !isPersonalName(simple) && !isDottedName(c.name) && !FOREIGN_NAME_RE.test(c.name);
}

/** A Chinese personal name as a credit prints it alone: a known surname, two or three characters. */
export function isPersonalName(name: string): boolean {
  return hasSurname(name) && name.length <= 3;
}

/** A name with a known surname, or a foreign name with middle dots (马克·贝内特). */
function personOrForeign(name: string): boolean {
  return hasSurname(name) || FOREIGN_NAME_RE.test(name);
}

/**
 * One to three names alone, each dotted (艾力・买买提, 努尔古丽·阿不都) or of a known surname, at least
 * one dotted, separated by spaces or 、: a writer's signature (a brief's closing （努尔古丽·阿不都）, a
 * byline line under a title). Not a page's label of dictionary words (团场·连队: isCompoundPageName
 * takes that only right under a running head) and no poem's title (七律·登凤鸣山). Role ''; null otherwise.
 */
function dottedNamesAlone(t: string): Credit[] | null {
  const names = t.split(/[\s\u3000、]+/u).filter(Boolean);
  if (!names.length || names.length > 3 || !names.some(isDottedName)) return null;
  if (!names.every((n) => isNamedByParts(n) || isPersonalName(n))) return null;
  return names.map((name) => ({ name, role: '' }));
}

/**
 * A `·name·` byline whose dots OCR misread (`` `金驰. ``, `“金驰，`, `* 缪通 陈苏君 。`): dot-like
 * marks at both ends by `bylineDotScore` (markers.ts), and between them one to three personal
 * names of 2-3 Han characters, each starting with a known surname (without real dots a desk name
 * such as 崇组宣 cannot be told from a quoted word, so it is not read). Null otherwise.
 */
function ocrDotCredits(t: string): Credit[] | null {
  // A quotation (“王明。”) has the same frame as a byline: opening and closing quotes.
  if (bylineDotScore(t) < BYLINE_DOT_THRESHOLD || (/^[“‘"]/u.test(t) && /[”’"]$/u.test(t))) return null;
  const inner = /^[^\p{Script=Han}]*(\p{Script=Han}[\p{Script=Han}\s\u3000]*\p{Script=Han})[^\p{Script=Han}]*$/u.exec(t)?.[1];
  if (!inner) return null;
  const names = joinSpacedNames(inner.split(/[\s\u3000]+/u));
  if (!names.every((n) => /^\p{Script=Han}{2,3}$/u.test(n) && hasSurname(n))) return null;
  return names.map((name) => ({ name, role: '' }));
}

/** A lead-in found at the start of a paragraph. */
export interface LeadIn {
  /**
   * The lead-in as printed, without its credit: `本报讯`, `本报南通6月7日电`, `新华社北京6月7日电`; '' when
   * the credit is all there is (〔記者何志明／東溪報導〕: the article's dateline stays null).
   */
  dateline: string;
  /**
   * The credit in brackets after it, as printed (`（记者　陆雯　通讯员　顾晓峰）`), or null. It goes to
   * the article's `creditLines`, so that no character of the lead-in is recorded twice.
   */
  creditLine: string | null;
  credits: Credit[];
  /** The paragraph after the lead-in (the body starts here). */
  rest: string;
}

/**
 * A lead-in's head: the paper's own (本报讯, 本报北京6月20日电), an agency's dateline (新华社北京6月20日电)
 * or a …讯. A dateline's place and day may hold a space OCR put in a wide blank between two
 * characters (`新华社内罗毕6 月19日电`, `新华社北京6月20日 电`: Tesseract's hOCR of the OCR harness's
 * wire copy, scripts/ocr); the dateline is kept as read.
 */
const LEAD_HEAD_SOURCE = `${OWN_NEWS_LEAD_SOURCE}|${OWN_MEDIUM_SOURCE}(?:[\\p{Script=Han}0-9０-９]| (?=[\\p{Script=Han}0-9０-９])){0,12}[电電]|据?(?:新华社|新華社|中新社|中央社)(?:[\\p{Script=Han}0-9０-９]| (?=[\\p{Script=Han}0-9０-９])){0,16}[电電]|(?!${OWN_MEDIUM_SOURCE}通[讯訊])\\p{Script=Han}{2,8}[讯訊]`;
/** The news agencies of credit-lexicon.ts WIRE_AGENCIES as a regular-expression alternation, longest first. */
const WIRE_AGENCY_SOURCE = [...WIRE_AGENCIES].sort((a, b) => b.length - a.length).join('|');
/**
 * An agency's bracketed lead-in opening running text: （中央社記者林芳如台南2日電）台南市…, （路透倫敦3日電）英國…,
 * （法新社巴黎4日電）… (parseLeadIn): the agency (WIRE_AGENCIES), the place and day, 电/電.
 */
const WIRE_BRACKET_LEAD_RE = new RegExp(`^([（(]\\s*(?:${WIRE_AGENCY_SOURCE})[\\p{Script=Han}0-9０-９、]{0,24}?[电電]\\s*[）)])\\s*(?=\\p{Script=Han})`, 'u');
/**
 * A credit in brackets opening running text with a slash before where it was filed, the Taiwan
 * house style (〔記者何志明／東溪報導〕東溪鄉公所…, 【記者陳家豪、林怡君／嵐港報導】…, （記者蔡宛庭／嵐港報導）…,
 * 〔編譯鄭雅文／綜合報導〕…; simplified 〔记者X／台北报导〕): the bracket (（）, 〔〕, 【】, ［］), the credits
 * (role and names, parseCredits), a slash, the place or 綜合/外電 (at most 10 Han) and SLASH_CREDIT_REPORTED.
 * Groups: the bracket as printed, the credits.
 */
/** A credit in brackets opening running text without the slash (（記者　何志明）…): the bracket, its inside. */
const BRACKET_CREDIT_LEAD_RE = /^([（(〔【［]\s*([^（）()〔〕【】［\]\n]{2,30}?)\s*[）)〕】］])\s*(?=\S)/u;
const SLASH_CREDIT_LEAD_RE = new RegExp(
  `^([（(〔【［\\[]\\s*([^（）()〔〕【】［\\]／/\\n]{2,40}?)\\s*[／/]\\s*\\p{Script=Han}{0,10}?(?:${SLASH_CREDIT_REPORTED.join('|')})\\s*[）)〕】］\\]])\\s*(?=\\S)`,
  'u',
);
/**
 * The inside of a wire's lead-in in brackets, a reporter named: the agency, 记者/記者, the names
 * (several set apart by 、) run on into the place, the day (2日, 12月2日) and 电/電.
 */
const WIRE_REPORTER_RE = new RegExp(
  `^[（(]\\s*(?:${WIRE_AGENCY_SOURCE})([记記]者)((?:\\p{Script=Han}{2,4}、){0,3}\\p{Script=Han}{4,12}?)((?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日\\s*[电電]\\s*[）)]$`,
  'u',
);

/**
 * A place a dateline names: a gazetteer name or stem (isPlaceStem: 北京, 广州, 崇川) or a name of the
 * world lists, also with its level (台北; 台南 as 台南县, 高雄 as 高雄县: Taiwan's divisions are in
 * the world lists, data/world.ts).
 */
function isKnownPlace(place: string): boolean {
  const world = worldPlaceNames();
  return isPlaceStem(place) || world.has(place) || world.has(`${place}县`) || world.has(`${place}市`);
}

/**
 * The reporters of a wire's lead-in in brackets (（中央社記者林芳如台南2日電）): the last name runs on
 * into the place with nothing between, so it is read only when exactly one cut gives a name of a
 * name's shape (a known surname, simple or compound, and one or two more characters) and a known
 * place (isPlaceStem on the simplified form: 台南, 北京, 广州); names before it set apart by 、 must
 * each be a name of that shape. Role as printed (記者). [] when unsure.
 */
export function wireBracketCredits(bracket: string): Credit[] {
  const m = WIRE_REPORTER_RE.exec(bracket.trim());
  if (!m) return [];
  const parts = m[2].split('、');
  const last = parts.pop()!;
  if (!parts.every((n) => isPersonalName(n) || isPersonalName(toSimplified(n)))) return [];
  const cuts: string[] = [];
  for (let k = 2; k <= Math.min(4, last.length - 2); k++) {
    const name = last.slice(0, k);
    const surname = COMPOUND_SURNAMES.has(name.slice(0, 2)) && k >= 3 ? name.slice(0, 2) : name.slice(0, 1);
    const given = name.length - surname.length;
    if (!(hasSurname(name) || hasSurname(toSimplified(name))) || given < 1 || given > 2) continue;
    const place = last.slice(k);
    if (isKnownPlace(place) || isKnownPlace(toSimplified(place))) cuts.push(name);
  }
  if (cuts.length !== 1) return [];
  return [...parts, cuts[0]].map((name) => ({ name, role: m[1] }));
}

const LEAD_RE = new RegExp(`^(${LEAD_HEAD_SOURCE})\\s*([（(]([^（）()]{1,60})[）)])?\\s*`, 'u');
/**
 * LEAD_RE with the bracket in any form OCR reads it in (OCR_OPEN_BRACKETS, OCR_CLOSE_BRACKETS:
 * `本报讯〈记者”王峰　通讯员李雅楠)`), the full-width bracket's wide blank read as two marks too
 * (`新华社曼谷6月20日电《〈记者陈曦)`: three of the wire copy's lead-ins on the OCR harness's degraded
 * 3-column render, heldout-wire-3col); used only when its bracket holds a credit.
 */
const LEAD_OCR_RE = new RegExp(
  `^(${LEAD_HEAD_SOURCE})\\s*([${escapeClass(OCR_OPEN_BRACKETS)}]{0,2}([^${escapeClass(OCR_OPEN_BRACKETS + OCR_CLOSE_BRACKETS)}]{1,60})[${escapeClass(OCR_CLOSE_BRACKETS)}])\\s*`,
  'u',
);
/** Quote marks inside a lead-in's credit: an ideographic space OCR misread (`记者”王峰`, `记者 ”陈晓`). */
const CREDIT_QUOTES_RE = /[“”‘’"]/gu;
/** Quote marks and commas inside a lead-in's credit as OCR read it: a space misread (`记者，陈晓`). */
const OCR_CREDIT_SPACES_RE = /[“”‘’"，,]/gu;
/** Lead-ins that need no credit in brackets to count: the paper's own and the news agencies' (据新华社… relayed). */
const AGENCY_RE = new RegExp(`^(${OWN_MEDIUM_SOURCE}|据?新华社|据?新華社|据?中新社|据?中央社|【\\s*\\p{Script=Han}{0,6}[报報刊])`, 'u');

/**
 * A name OCR cut after its surname inside a lead-in's credit, closed up (`通讯员李 雅楠` →
 * `通讯员李雅楠`: Tesseract --psm 4 on a column of the OCR harness's county paper put a blank after
 * 李): a lone Han character, alone or after a press role, then one or two Han characters that are
 * no role, when the three make a personal name (`isPersonalName`). Spaced-out two-character names
 * (王 峰) close up so too, as `joinSpacedNames` reads them.
 */
function closeSplitNames(inner: string): string {
  const toks = inner.split(/ +/u);
  for (let i = 0; i + 1 < toks.length; i++) {
    let rest = toks[i];
    for (let r = leadingRole(rest); r && rest; r = leadingRole(rest)) rest = rest.slice(r.length);
    const next = toks[i + 1];
    if (/^\p{Script=Han}$/u.test(rest) && /^\p{Script=Han}{1,2}$/u.test(next) && !leadingRole(next) && isPersonalName(rest + next)) {
      toks[i] += next;
      toks.splice(i + 1, 1);
    }
  }
  return toks.join(' ');
}

/**
 * Splits a lead-in (本报讯（记者 … 通讯员 …）) off the start of a paragraph, or returns null.
 * A bracket that holds no credit (本报讯（特约评论员文章）) stays in the dateline, with no credits.
 * A credit set after the lead-in without brackets (`本报讯　记者　王　俊　昨天…`,
 * `本报开罗7月17日电　记者沈默报道：…`) is read by `openingCredit`.
 */
export function parseLeadIn(paragraph: string): LeadIn | null {
  // A news agency's lead-in in brackets opening the story, its reporter inside (（中央社記者林芳如台南2日電）,
  // as Taiwan papers print the Central News Agency's copy): the dateline as printed; its reporter,
  // whose name runs on into the place, is read only where the cut is sure (wireBracketCredits).
  const wire = WIRE_BRACKET_LEAD_RE.exec(paragraph);
  if (wire) return { dateline: wire[1], creditLine: null, credits: wireBracketCredits(wire[1]), rest: paragraph.slice(wire[0].length) };
  // A credit in brackets with a slash before where it was filed (〔記者何志明／東溪報導〕, Taiwan's house
  // style): the bracket is the credit line as printed, no dateline before it (''); every credit a press role.
  const slash = SLASH_CREDIT_LEAD_RE.exec(paragraph);
  if (slash) {
    const credits = parseCredits(slash[2]);
    if (credits?.length && credits.every((c) => isPressRole(c.role) && (isPersonalName(c.name) || isPersonalName(toSimplified(c.name)))))
      return { dateline: '', creditLine: slash[1], credits, rest: paragraph.slice(slash[0].length) };
  }
  // The same credit without the slash and place, opening running text with no lead-in before it
  // （記者　何志明）東溪鄉公所…, 【記者陳家豪】…: only press roles and personal names, text after it.
  const bare = BRACKET_CREDIT_LEAD_RE.exec(paragraph);
  if (bare) {
    const credits = parseCredits(bare[2]);
    if (credits?.length && credits.every((c) => isPressRole(c.role) && (isPersonalName(c.name) || isPersonalName(toSimplified(c.name)))))
      return { dateline: '', creditLine: bare[1], credits, rest: paragraph.slice(bare[0].length) };
  }
  // The bracket as OCR read it (〈记者”王峰　通讯员李雅楠)), when what it holds is a credit; its
  // opening mark lost (本报讯　通讯员 ”李雅楠) 6月…) only when a press role opens it.
  const ocr = LEAD_OCR_RE.exec(paragraph);
  if (ocr && !LEAD_RE.exec(paragraph)?.[2] && (OCR_OPEN_BRACKETS.includes(ocr[2][0]) || PRESS_ROLE_START_RE.test(ocr[3].trimStart()))) {
    const credits = parseCredits(closeSplitNames(ocr[3].replace(OCR_CREDIT_SPACES_RE, ' ')));
    if (credits?.length && credits.every((c) => c.role || isPersonalName(c.name)) && (AGENCY_RE.test(ocr[1]) || credits.some((c) => c.role)))
      return { dateline: ocr[1], creditLine: ocr[2], credits, rest: paragraph.slice(ocr[0].length) };
  }
  const m = LEAD_RE.exec(paragraph);
  if (!m) return null;
  const [whole, head, bracket, inner] = m;
  // "XX讯" must be a news-agency style lead-in, not a word ending in 讯 (通讯, 资讯) mid-sentence.
  if (!AGENCY_RE.test(head) && !bracket) return null;
  const credits = inner ? (parseCredits(inner) ?? parseCredits(inner.replace(CREDIT_QUOTES_RE, ' ')) ?? []) : [];
  if (bracket && !credits.length && !AGENCY_RE.test(head)) return null;
  const rest = paragraph.slice(whole.length);
  if (bracket && !credits.length) return { dateline: whole.trimEnd(), creditLine: null, credits, rest };
  // A credit after the lead-in, set off by a space or by the lead-in's own closing bracket
  // (【本報訊】記者陳嘉欣報道：…, as Hong Kong and Macau dailies print it), or glued to it where OCR
  // lost the space: a press role right after it (本报讯记者 周子涵 ”通讯员 程嘉未 昨天上午…, Tesseract's
  // hOCR of the OCR harness's 4-column metro-evening render; openingCredit still wants the names
  // set off by spaces, so 本报讯记者从…获悉 opens no credit).
  if (!bracket && (whole.length > head.length || head.endsWith('】') || PRESS_ROLE_START_RE.test(rest))) {
    const open = openingCredit(rest, false);
    if (open) return { dateline: head, creditLine: open.creditLine, credits: open.credits, rest: open.rest };
  }
  // The space after the lead-in read as a quote mark or a comma (本报讯“记者 周子涵 …, 本报讯，记者 王俊，…):
  // the mark kept at the head of the credit line, as printed.
  const quoted = bracket ? null : LEAD_QUOTE_GAP_RE.exec(rest);
  if (quoted) {
    const open = openingCredit(rest.slice(quoted[0].length), false);
    if (open) return { dateline: head, creditLine: quoted[0] + open.creditLine, credits: open.credits, rest: open.rest };
  }
  return { dateline: head, creditLine: bracket ?? null, credits, rest };
}

/** A lone quote mark or comma OCR read for the space between a lead-in and its credit's press role (本报讯“记者 周子涵, 本报讯，记者 王俊): parseLeadIn. */
const LEAD_QUOTE_GAP_RE = new RegExp(`^[“”‘’"，,][\\s\\u3000]*(?=${PRESS_ROLE_SOURCE})`, 'u');

/**
 * A credit printed without brackets at the start of running text, spaces around it: after a
 * lead-in (`记者　王　俊　昨天…`, `记者　许安然　实习生　顾　晨　前天…`, `记者沈默报道：第十九届…`) or
 * opening the first paragraph (`本报记者　樊　越　报道　昨晚…`; `needReported`: it must end in 报道,
 * as nothing else marks where the credit ends). It must open with a press role (credit-lexicon.ts)
 * and name people (known surnames). Returns the credit as printed, its credits and the text after
 * it, or null.
 */
export function openingCredit(text: string, needReported: boolean): { creditLine: string; credits: Credit[]; rest: string } | null {
  const head = text.slice(0, 60);
  // After a lead-in, staff may be named with no role word, the names then closed by 报道 and its
  // colon (本报讯　庞　毅、谭振宇报道：…, 本报讯　韦嘉宁、特约通讯员冯　岩报道：…): 报道 tells the names from
  // the news, so it is required there, and every name must be a personal name (a known surname).
  const bare = !PRESS_ROLE_START_RE.test(head);
  if (bare && (needReported || !BARE_REPORTED_RE.test(head))) return null;
  // Where the credit may end: before a space, or after 报道 (and its colon) glued to the text.
  const ends = new Set<number>();
  for (const x of head.matchAll(/(?<=\S)(?=[\s\u3000])/gu)) ends.add(x.index);
  // …or before a quote mark or a comma OCR read for the space after it (通讯员 程嘉禾”上昨天上午…,
  // 通讯员 程嘉条，昨天上午…).
  for (const x of head.matchAll(/(?<=\p{Script=Han})(?=[”’，,])/gu)) ends.add(x.index);
  for (const x of head.matchAll(/[报報][道導][：:]?/gu)) ends.add(x.index + x[0].length);
  let best: { end: number; credits: Credit[] } | null = null;
  for (const end of [...ends].sort((a, b) => a - b)) {
    const printed = head.slice(0, end).replace(/[：:]$/u, '');
    if (visualLength(printed) > MAX_CREDIT_LINE_LENGTH) break;
    // A space OCR read as a quote mark or a comma between a name and the next role (记者 周子涵 ”通讯员
    // 程嘉未, 记者 王俊，通讯员 …): the candidate credit alone is read so (OCR_CREDIT_SPACES_RE, as in a
    // lead-in's bracket; the story's own quotations after it keep theirs).
    const c = parseCredits(printed.replace(OCR_CREDIT_SPACES_RE, ' '), NAME_RE, bare);
    // Names with a known surname; a stringer's pen name (通讯员　铁　宣) only right after its role.
    if (!c || !isPressRole(c[0].role)) continue;
    if (!c.every((x, k) => x.role && (personOrForeign(x.name) || (!bare && (k === 0 || c[k - 1].role !== x.role))))) continue;
    if ((needReported || bare) && !/[报報][道導]$/u.test(printed)) continue;
    if (bare && !c.every((x) => isPersonalName(x.name))) continue;
    best = { end, credits: c };
  }
  if (!best) return null;
  // The space after the credit read as a closing quote or a comma (记者 周子涵 ”记者昨天从…, 程嘉条，昨天…):
  // nothing opened the quote and no clause ends in a credit, so it is the credit's gap as OCR printed
  // it, kept with the credit line (no quotation or clause of the text).
  const gap = /^[\s\u3000]*[”’，,][\s\u3000]*(?=\p{Script=Han})/u.exec(text.slice(best.end));
  const end = best.end + (gap ? gap[0].length : 0);
  const rest = text.slice(end).replace(/^[\s\u3000]+/u, '');
  if (!rest) return null;
  return { creditLine: text.slice(0, end).trim(), credits: best.credits, rest };
}

/**
 * Run-in credits that open with a name, not a role (庞　毅、谭振宇报道：, 韦嘉宁、特约通讯员冯　岩报道：): a
 * name of two or three Han characters (padded ones spaced out), 、 or a space, and 报道 with its colon
 * within the credit's length. Only after a lead-in (openingCredit).
 */
const BARE_REPORTED_RE = /^\p{Script=Han}(?:[\s\u3000]?\p{Script=Han}){1,2}(?:[、，\s\u3000][^。！？；]{0,30}?)?[报報][道導][：:]/u;

/**
 * A trailing credit at the end of a paragraph: `…工作。（记者 王峰）`, or a photo credit run on
 * after the caption's last sentence, `…抢收晚稻。记者　杨阳　摄`. Returns the paragraph without it
 * and the credit text as printed, or null.
 */
export function splitTrailingCredit(paragraph: string): { rest: string; creditLine: string; credits: Credit[] } | null {
  const printed = splitTrailingCreditPrinted(paragraph);
  if (printed || !TRAILING_CREDIT_END_RE.test(paragraph) || !hasTraditional(paragraph.slice(-RUN_ON_CREDIT_TAIL))) return printed;
  // a page in traditional script: read on its simplified form (see onSimplified)
  const simple = toSimplified(paragraph);
  if (simple.length !== paragraph.length) return null;
  const t = splitTrailingCreditPrinted(simple);
  if (!t) return null;
  const lineAt = simple.lastIndexOf(t.creditLine);
  return {
    rest: paragraph.slice(0, t.rest.length),
    creditLine: lineAt < 0 ? t.creditLine : paragraph.slice(lineAt, lineAt + t.creditLine.length),
    credits: t.credits.map((c) => ({ name: printedAs(c.name, simple, paragraph), role: printedAs(c.role, simple, paragraph) })),
  };
}

/** A ·byline· run on after the last sentence (text.ts SENTENCE_STOP, or a closing quote): …守土尽责。·金驰· */
const RUN_ON_DOT_BYLINE_RE = new RegExp(String.raw`(?<=${SENTENCE_STOP}|”)\s*([·•・●][^·•・●]{2,20}[·•・●])$`, 'u');
/** Text that ends with a sentence's stop (text.ts SENTENCE_STOP) or a closing quote, spaces aside. */
const AFTER_SENTENCE_RE = new RegExp(String.raw`(?:${SENTENCE_STOP}|”)\s*$`, 'u');
/** How a paragraph with a trailing credit ends: a bracket, a byline dot, or a photographer's 摄/攝 (the cheap test before a traditional page is read simplified). */
const TRAILING_CREDIT_END_RE = /[）)·•・●摄攝]\s*$/u;

function splitTrailingCreditPrinted(paragraph: string): { rest: string; creditLine: string; credits: Credit[] } | null {
  // A ·byline· run on after the last sentence: …守土尽责。·金驰·
  const dot = RUN_ON_DOT_BYLINE_RE.exec(paragraph);
  if (dot) {
    const credits = parseCreditLine(dot[1]);
    if (credits) return { rest: paragraph.slice(0, dot.index).trimEnd(), creditLine: dot[1], credits };
  }
  // A photo credit run on after the caption's last sentence: …抢收晚稻。记者　杨阳　摄, …。本报通讯员　车　骋　摄
  // (searched in the paragraph's tail only: its runs of spaces would otherwise backtrack quadratically)
  const tailAt = Math.max(0, paragraph.length - RUN_ON_CREDIT_TAIL);
  const photo = RUN_ON_PHOTO_RE.exec(paragraph.slice(tailAt));
  if (photo) {
    const credits = parseCredits(loneQuotesAsSpaces(photo[1]));
    if (credits && credits.every((c) => personOrForeign(c.name))) {
      return { rest: paragraph.slice(0, tailAt + photo.index).trimEnd(), creditLine: photo[1].trim(), credits };
    }
  }
  const m = /[（(]\s*([^（）()]{2,40}?)\s*[）)]\s*$/u.exec(paragraph) ?? ocrClosingBracket(paragraph);
  if (!m || m.index === 0) return null;
  const afterSentence = AFTER_SENTENCE_RE.test(paragraph.slice(0, m.index));
  // After the last sentence, a reprint's source note naming its author (…全过程。（摘自《溪南商报》　沈佳音）, a
  // caption's …过半。（选自《槐安报》　邵远航　摄）) or a writer's unit and name (…颁发了证书。（青石镇中心学校　景岚）,
  // as unitAndNames reads such a note on its own line): the credit line, its names the credits. A note
  // naming only the source (（摘自《江城晚报》）) names no one and stays in the paragraph.
  if (afterSentence) {
    const noted = REPRINT_NOTE_RE.test(m[1].trim()) ? parseCreditLine(`（${m[1].trim()}）`) : unitAndNames(m[1]);
    if (noted?.length) return { rest: paragraph.slice(0, m.index).trimEnd(), creditLine: m[0].trim(), credits: noted };
  }
  // An ideographic space OCR read as a quote (〈阮”晓)) separates the names as printed.
  const inner = loneQuotesAsSpaces(m[1]);
  const credits = parseCredits(inner) ?? (afterSentence ? dottedNamesAlone(inner.trim()) : null);
  // A press credit (（记者　柏　川　摄）), or a brief's closing names alone after its last sentence
  // (…同比增长10.6%。（卫澜）, （吴　晴）); a reader's or an expert's signature in a paragraph is no byline.
  // (Names of any shape stand there, 2-4 Han characters each, not a closing note: （央金）, （次仁）; an
  // office's closer, （代表工委）, is read below.)
  const closer =
    credits !== null &&
    afterSentence &&
    credits.length <= 3 &&
    credits.every((c) => !c.role && (isPersonalName(c.name) || closerName(c.name) || isDottedName(c.name))) &&
    !OFFICE_CLOSER_RE.test(m[1].trim());
  if (!credits || (!closer && !credits.some((c) => isPressRole(c.role)))) {
    // A brief closed by the office that wrote it, in brackets after its last sentence (…全面通水。
    // （代表工委）, （办公室）, （县委宣传部）): a credit with no person in it.
    if (afterSentence && OFFICE_CLOSER_RE.test(m[1].trim())) {
      return { rest: paragraph.slice(0, m.index).trimEnd(), creditLine: m[0].trim(), credits: [] };
    }
    return null;
  }
  return { rest: paragraph.slice(0, m.index).trimEnd(), creditLine: m[0].trim(), credits };
}

/**
 * A credit naming no person run in after a paragraph's last sentence, in brackets: a reprint's source
 * note naming only the source (…當選新一屆會長。（據加拿大《星島日報》）, …。（据《滨澜侨报》）:
 * credit-lexicon.ts REPRINT_SOURCE_VERBS) or a picture's supplier that is no person (…表演。（旅加濱瀾同鄉會供圖）,
 * （滨澜市侨联供图）: PICTURE_SUPPLIED after an organisation, or PICTURE_SOURCES: （资料图片）). Returns the
 * paragraph without it and the credit line as printed, or null (a credit naming people is
 * splitTrailingCredit's). For an item's last paragraph when it is assembled: the note is the item's
 * credit line, as one on a line of its own is (tester13's 侨报, findings 6 and 7).
 */
export function splitRunInSourceNote(paragraph: string): { rest: string; creditLine: string } | null {
  const m = RUN_IN_NOTE_RE.exec(paragraph);
  if (!m) return null;
  const inner = m[2].trim();
  const simple = toSimplified(inner);
  const reprint = REPRINT_NOTE_RE.exec(inner) ?? REPRINT_NOTE_RE.exec(simple);
  const supplier = PICTURE_SUPPLIED.find((w) => inner.endsWith(w));
  const supplied =
    supplier !== undefined &&
    /^\p{Script=Han}{2,20}$/u.test(inner.slice(0, -supplier.length)) &&
    !isPersonalName(inner.slice(0, -supplier.length)) &&
    !isPersonalName(simple.slice(0, -supplier.length));
  if (!(reprint && !reprint[1]) && !supplied && !SUPPLIED_BY_RE.test(inner) && !PICTURE_SOURCES.includes(inner)) return null;
  return { rest: paragraph.slice(0, m.index).trimEnd(), creditLine: m[1] };
}
/** A picture's supplier written out, the whole bracket (credit-lexicon.ts PICTURE_SUPPLIED_BY_SOURCE). */
const SUPPLIED_BY_RE = new RegExp(`^${PICTURE_SUPPLIED_BY_SOURCE}$`, 'u');
/** A bracket closing a paragraph right after its last sentence's end: group 1 the bracket as printed, group 2 inside. */
const RUN_IN_NOTE_RE = new RegExp(String.raw`(?<=${SENTENCE_STOP}[”’」』"]?)[\s\u3000]*([（(]([^（）()]{2,40})[）)])[\s\u3000]*$`, 'u');

/**
 * The closing bracket of a paragraph as OCR may read it (OCR_OPEN_BRACKETS, OCR_CLOSE_BRACKETS:
 * `…参加。 〈黄一鸣)`, `…参加。(黄一鸣〉`), for `splitTrailingCredit`: the match as `exec` gives it
 * (index, whole text, inside), or null. A pair of book-title marks (《…》) is a title, never a
 * credit; what is inside must still parse as credits or an office (splitTrailingCredit).
 */
function ocrClosingBracket(paragraph: string): RegExpExecArray | null {
  const m = OCR_CLOSING_BRACKET_RE.exec(paragraph);
  if (!m) return null;
  const whole = m[0].trim();
  return whole.startsWith('《') && whole.endsWith('》') ? null : m;
}
const OCR_CLOSING_BRACKET_RE = new RegExp(
  `[${escapeClass(OCR_OPEN_BRACKETS)}]\\s*([^${escapeClass(OCR_OPEN_BRACKETS + OCR_CLOSE_BRACKETS)}]{2,40}?)\\s*[${escapeClass(OCR_CLOSE_BRACKETS)}]\\s*$`,
  'u',
);

/**
 * A name of any shape closing a paragraph in brackets after its last sentence (…票价十元。（央金）):
 * 2-4 Han characters that are no closing note (credit-lexicon.ts CLOSING_NOTES: （待续）, （有删节）)
 * and no column word nor a QR code's instruction (QR_ACTION_RE: （扫码报名）). The bracket's position names the brief's writer, whose name may open with no
 * Han surname (Tibetan, Uyghur, Mongolian names in Han characters).
 */
function closerName(name: string): boolean {
  return /^\p{Script=Han}{2,4}$/u.test(name) && !SOURCE_NOTE_RE.test(name) && !CLOSING_NOTES.has(name) && !QR_ACTION_RE.test(name) && !notAName(name);
}

/**
 * A source note, not a writer: （据新华社）, （摘自…）, （转自…）, （综合…）, （来源：…）, and a wire's or
 * paper's own closing note (（新华社电）, （中新社电）, （本报讯）): a news source's word at its end.
 */
const SOURCE_NOTE_RE = /^(?:据|摘|转|综合|来源|選自|选自|據)|(?:电|讯|社|网|台|报|電|訊|網|報)$/u;

/**
 * An office signing a brief in brackets at its end: a short name ending in an office word (代表工委,
 * 办公室, 县委宣传部, 研究室, 信息科). Source: the closers of 动态/简讯 items in 人大, government and
 * party bulletins (issue 7, tester2's 常委会动态). A pen name that reads as a person's (（司宣）) stays
 * a named credit.
 */
const OFFICE_CLOSER_RE = /^\p{Script=Han}{0,8}(?:办公室|工委|委员会|委|办|局|科|处|室|部|中心|站|所|队|组)$/u;

/**
 * A photo credit run on after a sentence: an optional press role, one to six names or halves of
 * padded ones, 摄. After the role, a blank may be read by OCR as a quote mark (`…七成。通讯员 黄晓靶”摄`:
 * Tesseract on the OCR harness's 4-column metro-evening render; loneQuotesAsSpaces reads it so).
 */
const RUN_ON_PHOTO_RE = new RegExp(
  `(?<=${SENTENCE_STOP}|”)[\\s\\u3000]*((?:${PRESS_ROLE_SOURCE}|文/图|文／图|摄影)?[\\s\\u3000“”]*\\p{Script=Han}{1,4}(?:[\\s\\u3000、“”]+\\p{Script=Han}{1,4}){0,5}[\\s\\u3000“”]*(?:摄影|摄))$`,
  'u',
);
