/**
 * Bylines, credits and lead-ins (datelines) of Chinese newspapers.
 *
 * Forms recognised (from the real issue and the conventions of Chinese dailies and district
 * papers: 《人民日报》, 《南通日报》, 新华社 wire copy):
 * - a byline line set between middle dots: `·金驰·`, `·缪通 陈苏君·` (role '' — the paper prints none);
 * - a credit line in brackets: `（记者 王峰 通讯员 李四）`, `（本报记者 王峰）`;
 * - a photo or text credit line: `记者 杨阳 摄`, `文/图 记者 王峰`, `杨阳 摄`;
 * - a lead-in at the start of the first paragraph: `本报讯（记者 陆雯 通讯员 顾晓峰）`,
 *   `本报南通6月7日电（记者 …）`, `新华社北京6月7日电（记者 …）`.
 */
import type { Credit } from '../types.js';
import { BYLINE_DOT_THRESHOLD, MAX_CREDIT_LINE_LENGTH, RUN_ON_CREDIT_TAIL } from '../heuristics.js';
import { bylineDotScore, loneQuotesAsSpaces } from '../stages/markers.js';
import { OWN_NEWS_LEAD_SOURCE, visualLength } from '../text.js';
import { COMPOUND_SURNAMES, OFFICE_CORES, SURNAMES } from './lexicon.js';

/** True when a name starts with a Chinese surname (single or compound, from lexicon.ts). */
function hasSurname(name: string): boolean {
  return SURNAMES.has(name[0]) || COMPOUND_SURNAMES.has(name.slice(0, 2));
}

/** Role words that stand before names, longest first (as printed). */
const LEADING_ROLES = [
  '本报特约记者', '本报记者', '特约记者', '见习记者', '实习记者', '首席记者', '融媒体记者', '记者',
  '特约通讯员', '通讯员', '实习生', '摄影记者', '摄影', '文/图', '文／图', '图/文', '图／文', '撰稿', '撰文',
  '供图', '文字/', '摄影/', '文/', '图/', '摄/', '文／', '图／', '摄／', '文', '图',
  // Traditional forms (Big5 papers of Taiwan and Hong Kong).
  '本報特約記者', '本報記者', '特約記者', '見習記者', '實習記者', '記者', '特約通訊員', '通訊員', '實習生',
  '攝影記者', '攝影', '文/圖', '文／圖', '圖/文', '圖／文', '供圖', '圖/', '攝/', '圖',
].sort((a, b) => b.length - a.length);
/** Role words that follow names: `杨阳 摄`. */
const TRAILING_ROLES = ['摄影', '摄', '供图', '报道', '攝影', '攝', '供圖', '報導', '報道'];
/** True for a role word that follows names (`摄`, `报道`: TRAILING_ROLES). */
export function isTrailingRole(word: string): boolean {
  return TRAILING_ROLES.includes(word);
}
/** Offices (lexicon.ts OFFICE_CORES) that stand as a role before a name on a byline line: 县长　郑明远. */
const OFFICE_WORDS: ReadonlySet<string> = new Set(OFFICE_CORES);
/** Trailing words that only make a credit after a role: 记者 王峰 报道. */
const REPORTED = new Set(['报道', '報導', '報道']);

const NAME_RE = /^\p{Script=Han}{2,4}$/u;
/**
 * Between middle dots a byline may name a desk or office instead of a person (·崇组宣·,
 * ·区委宣传部·, ·区融媒体中心·): up to this many Han characters.
 */
const DOT_NAME_RE = /^\p{Script=Han}{2,8}$/u;
const DOT = '[·•・●]';
const DOT_LINE_RE = new RegExp(`^${DOT}\\s*([^·•・●]+?)\\s*${DOT}$`, 'u');

/**
 * Parses a sequence of roles and names (`记者 王峰 李四 通讯员 张三`, `杨阳 摄`, `金驰`).
 * Returns null unless every token is a role or a name (`nameRe`: 2-4 Han characters by default)
 * and there is a name.
 */
export function parseCredits(inner: string, nameRe: RegExp = NAME_RE): Credit[] | null {
  const tokens = inner.split(/[\s\u3000、，,]+/u).filter(Boolean);
  const credits: Credit[] = [];
  let role = '';
  let roleOpen = false; // a role was read and no name yet: 文/图 记者 王峰 → role "文/图 记者"
  const pending: Credit[] = [];
  for (let tok of tokens) {
    let peeled = true;
    while (peeled && tok) {
      peeled = false;
      for (const r of LEADING_ROLES) {
        const rest = tok.slice(r.length);
        // A one-character role (文, 图) stands alone: 图片新闻 is no credit of 片新闻.
        if (r.length === 1 && rest) continue;
        if (tok.startsWith(r) && (!rest || nameRe.test(rest) || LEADING_ROLES.some((x) => rest.startsWith(x)))) {
          const printed = r.replace(/[/／]$/u, ''); // 文/金驰 → role 文
          role = roleOpen ? `${role} ${printed}` : printed;
          roleOpen = true;
          tok = tok.slice(r.length);
          peeled = true;
          break;
        }
      }
    }
    if (!tok) continue;
    // An office before a name is its role, as a bulletin sets a speech's byline (县长　郑明远).
    if (OFFICE_WORDS.has(tok) && !roleOpen) {
      role = tok;
      roleOpen = true;
      continue;
    }
    // 报道 after a name only with a role before it (记者 王峰 报道): 乡镇新闻报道 is a headline.
    const trail = TRAILING_ROLES.find(
      (r) =>
        (tok === r || (tok.endsWith(r) && NAME_RE.test(tok.slice(0, -r.length)))) &&
        (!REPORTED.has(r) || role !== '' || credits.some((c) => c.role)),
    );
    if (trail) {
      const name = tok.slice(0, tok.length - trail.length);
      if (name) pending.push({ name, role });
      roleOpen = false;
      const full = role ? `${role} ${trail}` : trail;
      for (const c of pending) credits.push({ name: c.name, role: full });
      pending.length = 0;
      continue;
    }
    if (!nameRe.test(tok)) return null;
    pending.push({ name: tok, role });
    roleOpen = false;
  }
  credits.push(...pending);
  return credits.length ? credits : null;
}

/**
 * A line that is only a byline or credit: `·金驰·`, `（记者 王峰）`, `记者 杨阳 摄`.
 * Returns the credits (names with roles as printed) or null. A `·` inside running text
 * (`“和·钟”共济`) is not a byline: the whole line must be the byline.
 */
export function parseCreditLine(line: string): Credit[] | null {
  // An ideographic space OCR read as a quote (县长”郑明远) separates the words as printed.
  const t = loneQuotesAsSpaces(line.trim());
  if (!t || visualLength(t) > MAX_CREDIT_LINE_LENGTH) return null;
  const dot = DOT_LINE_RE.exec(t);
  if (dot) return /[，。！？；：,.!?;:]/u.test(dot[1]) ? null : parseCredits(dot[1], DOT_NAME_RE);
  const ocr = ocrDotCredits(t);
  if (ocr) return ocr;
  const br = /^[（(]\s*([^（）()]+?)\s*[）)]$/u.exec(t);
  if (br) {
    // （记者 王峰）, or names alone when they are people's names: （葛晓东）, （王峰 李娜）.
    const c = parseCredits(br[1]);
    return c && (c.some((x) => x.role) || c.every((x) => hasSurname(x.name) && x.name.length <= 3)) ? c : null;
  }
  const c = parseCredits(t);
  // Without dots or brackets, a credit line must say a role and name people (a known surname):
  // else a headline such as 县报新闻摄影 would do.
  return c && c.every((x) => x.role && hasSurname(x.name)) ? c : null;
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
  const names = inner.split(/[\s\u3000]+/u);
  if (!names.every((n) => /^\p{Script=Han}{2,3}$/u.test(n) && hasSurname(n))) return null;
  return names.map((name) => ({ name, role: '' }));
}

/** A lead-in found at the start of a paragraph. */
export interface LeadIn {
  /** The lead-in as printed, without its credit: `本报讯`, `本报南通6月7日电`, `新华社北京6月7日电`. */
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

const LEAD_RE = new RegExp(
  `^(${OWN_NEWS_LEAD_SOURCE}|本[报報][\\p{Script=Han}0-9０-９]{0,12}[电電]|(?:新华社|新華社|中新社|中央社)[\\p{Script=Han}0-9０-９]{0,16}[电電]|(?!本[报報]通[讯訊])\\p{Script=Han}{2,8}[讯訊])\\s*([（(]([^（）()]{1,60})[）)])?\\s*`,
  'u',
);
/** Lead-ins that need no credit in brackets to count: the paper's own and the news agencies'. */
const AGENCY_RE = /^(本[报報]|新华社|新華社|中新社|中央社)/u;

/**
 * Splits a lead-in (本报讯（记者 … 通讯员 …）) off the start of a paragraph, or returns null.
 * A bracket that holds no credit (本报讯（特约评论员文章）) stays in the dateline, with no credits.
 */
export function parseLeadIn(paragraph: string): LeadIn | null {
  const m = LEAD_RE.exec(paragraph);
  if (!m) return null;
  const [whole, head, bracket, inner] = m;
  // "XX讯" must be a news-agency style lead-in, not a word ending in 讯 (通讯, 资讯) mid-sentence.
  if (!AGENCY_RE.test(head) && !bracket) return null;
  const credits = inner ? (parseCredits(inner) ?? []) : [];
  if (bracket && !credits.length && !AGENCY_RE.test(head)) return null;
  const rest = paragraph.slice(whole.length);
  if (bracket && !credits.length) return { dateline: whole.trimEnd(), creditLine: null, credits, rest };
  return { dateline: head, creditLine: bracket ?? null, credits, rest };
}

/**
 * A trailing credit at the end of a paragraph: `…工作。（记者 王峰）`, or a photo credit run on
 * after the caption's last sentence, `…抢收晚稻。记者　杨阳　摄`. Returns the paragraph without it
 * and the credit text as printed, or null.
 */
export function splitTrailingCredit(paragraph: string): { rest: string; creditLine: string; credits: Credit[] } | null {
  // A ·byline· run on after the last sentence: …守土尽责。·金驰·
  const dot = /(?<=[。！？”])\s*([·•・●][^·•・●]{2,20}[·•・●])$/u.exec(paragraph);
  if (dot) {
    const credits = parseCreditLine(dot[1]);
    if (credits) return { rest: paragraph.slice(0, dot.index).trimEnd(), creditLine: dot[1], credits };
  }
  // A photo credit run on after the caption's last sentence: …抢收晚稻。记者　杨阳　摄 (searched in
  // the paragraph's tail only: its two runs of spaces would otherwise backtrack quadratically)
  const tailAt = Math.max(0, paragraph.length - RUN_ON_CREDIT_TAIL);
  const photo = /(?<=[。！？”])\s*((?:(?:本报)?记者|通讯员|文\/图|摄影)?[\s\u3000]*\p{Script=Han}{2,4}(?:[\s\u3000、]+\p{Script=Han}{2,4})*[\s\u3000]*(?:摄|摄影))$/u.exec(paragraph.slice(tailAt));
  if (photo) {
    const credits = parseCredits(photo[1]);
    if (credits) return { rest: paragraph.slice(0, tailAt + photo.index).trimEnd(), creditLine: photo[1].trim(), credits };
  }
  const m = /[（(]\s*([^（）()]{2,40}?)\s*[）)]\s*$/u.exec(paragraph);
  if (!m || m.index === 0) return null;
  const credits = parseCredits(m[1]);
  if (!credits || !credits.some((c) => c.role)) return null;
  return { rest: paragraph.slice(0, m.index).trimEnd(), creditLine: m[0].trim(), credits };
}
