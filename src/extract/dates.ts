/**
 * Dateline dates of Chinese newspaper stories: a small grammar for the forms district papers print
 * (2023年5月25日, 5月25日上午, 25日下午, 二〇二三年五月二十五日, ２０２３年８月２９日, 今天/昨天/前天/明天,
 * 5月上旬/中旬/下旬/月底/月初), resolved against the issue's date or year.
 *
 * Rules (issue 3 item 5): 日前/近日/近期 name no day (null); an impossible day (2月30日) gives null
 * and a `dates/impossible-date` warning; a December date in a January issue belongs to the year
 * before; document numbers such as 〔2023〕5号 are never dates. Pure and synchronous.
 */
import type { ArticleDate, Diagnostic } from '../types.js';

/** What the pipeline knows about the issue when reading a dateline. */
export interface DateContext {
  /** `YYYY-MM-DD` of the issue (from `--issue-date` or the file name), or null. */
  issueDate: string | null;
  /** Best known year of the issue (option > filename > latest year in the text), or null. */
  year: number | null;
  /**
   * `YYYY-MM-DD`: when the issue date is unknown, the latest full dateline date of the issue
   * (see `referenceDate`); gives the month of a day-only dateline (24日下午). Ignored when
   * `issueDate` is set.
   */
  referenceDate?: string | null;
}

/**
 * How far into an article's first paragraph a dateline may start, in characters. Datelines sit
 * at the very start (`5月25日上午,`) or after a short lead-in (`本报讯（记者 张三 通讯员 李四）`,
 * about 20-30 characters). Tuned on the real issue and the handed cases.
 */
export const DATELINE_WINDOW = 40;

const CN_DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0, 'Ｏ': 0, '一': 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Number characters accepted in a date: ASCII and full-width digits, Chinese numerals with 〇/零. */
const NUM = '[0-9０-９〇零○一二两三四五六七八九十]';
const YEAR_RE = `(${NUM}{4})\\s*年`;
const MONTH_RE = `(${NUM}{1,3})\\s*月`;
const DAY_RE = `(${NUM}{1,3})\\s*[日号]`;
const PART_RE = '(凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间)?';
const PERIOD_RE = '(上旬|中旬|下旬|初|底|末)';
const RELATIVE: Record<string, number> = { 前天: -2, 昨天: -1, 昨日: -1, 今天: 0, 今日: 0, 明天: 1, 明日: 1 };
const VAGUE_RE = /^(日前|近日|近期|近来|前不久|不久前|目前|近段时间)/;

/**
 * One date expression, anchored at the match start. Alternatives, longest first: full date,
 * month-day, month period (上旬…), year-month, day only, relative word.
 */
const EXPR = new RegExp(
  [
    `(?:${YEAR_RE})?\\s*${MONTH_RE}\\s*${DAY_RE}${PART_RE}`,
    `(?:${YEAR_RE})?\\s*${MONTH_RE}\\s*${PERIOD_RE}`,
    `${DAY_RE}${PART_RE}`,
    `(前天|昨天|昨日|今天|今日|明天|明日)${PART_RE}`,
  ]
    .map((s) => `(?:${s})`)
    .join('|'),
  'u',
);

/** Converts ASCII/full-width digits or Chinese numerals (二〇二三, 二十五, 十二) to a number, or NaN. */
export function parseNumber(s: string): number {
  const t = s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
  if (/^[0-9]+$/.test(t)) return Number(t);
  if (!/^[〇零○Ｏ一二两三四五六七八九十]+$/.test(t)) return Number.NaN;
  if (t.includes('十')) {
    const [a, b] = t.split('十');
    if (t.split('十').length > 2) return Number.NaN;
    const tens = a === '' ? 1 : CN_DIGIT[a];
    const ones = b === '' ? 0 : CN_DIGIT[b];
    if (tens === undefined || ones === undefined || a.length > 1 || b.length > 1) return Number.NaN;
    return tens * 10 + ones;
  }
  let n = 0;
  for (const c of t) n = n * 10 + CN_DIGIT[c];
  return n;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Days in a month; `y` null uses a leap year so that 2月29日 is not rejected without a year. */
function validWithoutYear(m: number, d: number): boolean {
  return isValidDay(2024, m, d);
}

function parseIsoDate(s: string | null): { y: number; m: number; d: number } | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** Result of parsing one date expression. */
export interface ParsedDate {
  date: ArticleDate | null;
  diagnostics: Diagnostic[];
}

function diag(code: string, message: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic {
  return { severity, code, message, line: null, column: null };
}

/**
 * Parses one date expression that starts at the beginning of `text` (trailing text is ignored).
 * Returns `{date: null}` with no diagnostics when `text` does not start with a date, null with
 * `dates/impossible-date` for a day that does not exist, and an `iso` of null with `dates/no-year`
 * when the year is neither printed nor known from `ctx`.
 * `date.text` is the expression as printed (digits and widths kept, 上午/下午 included).
 */
export function parseChineseDate(text: string, ctx: DateContext): ParsedDate {
  const vague = VAGUE_RE.exec(text);
  if (vague) return { date: null, diagnostics: [] };
  const m = EXPR.exec(text);
  if (!m || m.index !== 0) return { date: null, diagnostics: [] };
  const printed = m[0].trimEnd();
  const issue = parseIsoDate(ctx.issueDate);
  const knownYear = ctx.year ?? issue?.y ?? null;
  const inferred: string[] = [];

  // Relative words against the issue date.
  if (m[10] !== undefined) {
    if (!issue) {
      return { date: { text: printed, iso: null, precision: 'day', inferred: ['date'] }, diagnostics: [diag('dates/no-issue-date', `relative date ${printed} needs the issue date`, 'info')] };
    }
    const dt = new Date(Date.UTC(issue.y, issue.m - 1, issue.d + RELATIVE[m[10]]));
    const iso = `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
    return { date: { text: printed, iso, precision: 'day', inferred: ['year', 'month', 'day'] }, diagnostics: [] };
  }

  let year: number | null;
  let month: number;
  let day: number | null = null;
  let precision: ArticleDate['precision'] = 'day';
  if (m[3] !== undefined) {
    year = m[1] !== undefined ? parseNumber(m[1]) : null;
    month = parseNumber(m[2]);
    day = parseNumber(m[3]);
  } else if (m[7] !== undefined) {
    year = m[5] !== undefined ? parseNumber(m[5]) : null;
    month = parseNumber(m[6]);
    precision = 'month';
  } else {
    // Day only (25日): the month comes from the issue date.
    year = null;
    day = parseNumber(m[8]);
    const ref = issue ?? parseIsoDate(ctx.referenceDate ?? null);
    if (!ref) {
      return { date: { text: printed, iso: null, precision: 'day', inferred: ['month'] }, diagnostics: [diag('dates/no-month', `day-only date ${printed} needs the issue date`, 'info')] };
    }
    month = ref.m;
    inferred.push('month');
    // A day after the issue's day belongs to the month before (28日 in an issue of the 2nd).
    if (day > ref.d && issue) {
      month -= 1;
      if (month === 0) {
        month = 12;
        year = ref.y - 1;
      }
    }
    if (year === null) year = ref.y;
    inferred.push('year');
  }
  if (Number.isNaN(month) || (day !== null && Number.isNaN(day)) || (year !== null && Number.isNaN(year))) {
    return { date: null, diagnostics: [] };
  }
  if (day !== null && !validWithoutYear(month, day)) {
    return { date: null, diagnostics: [diag('dates/impossible-date', `impossible date ${printed}`)] };
  }
  if (year === null) {
    if (knownYear === null) {
      return { date: { text: printed, iso: null, precision, inferred: ['year'] }, diagnostics: [diag('dates/no-year', `no year known for ${printed}`, 'info')] };
    }
    year = knownYear;
    // A late-year dateline in an early-year issue belongs to the year before (12月30日, issue 1月3日).
    const issueMonth = issue?.m ?? null;
    if (issueMonth !== null && issue !== null && month - issueMonth >= ROLLOVER_MONTHS && year === issue.y) year -= 1;
    inferred.push('year');
  }
  if (day !== null && !isValidDay(year, month, day)) {
    return { date: null, diagnostics: [diag('dates/impossible-date', `impossible date ${printed}`)] };
  }
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${day === null ? '01' : pad(day)}`;
  return { date: { text: printed, iso, precision, inferred }, diagnostics: [] };
}

/**
 * A dateline month this many months after the issue's month is taken as last year's
 * (12月 in a January issue: 11). Newspapers report on the past, so a date far "ahead" in the same
 * year is the previous year's; 6 months splits the difference.
 */
export const ROLLOVER_MONTHS = 6;

/** Text that marks a number that looks like a year as a document number: 〔2023〕, [2023], 【2023】. */
const DOC_NUMBER_RE = /[〔［[【(（]\s*[0-9０-９]{4}\s*[〕］\]】)）]/g;

/**
 * 4-digit years written as years in `text` (2023年, ２０２３年, 二〇二三年), in order of appearance;
 * document numbers (〔2023〕5号) and digits that are part of longer numbers are skipped.
 * Only years 1900-2099 count.
 */
export function findYears(text: string): number[] {
  const cleaned = text.replace(DOC_NUMBER_RE, (s) => ' '.repeat(s.length));
  const out: number[] = [];
  const re = new RegExp(`(?<![0-9０-９])(${NUM}{4})\\s*年`, 'gu');
  for (const m of cleaned.matchAll(re)) {
    const y = parseNumber(m[1]);
    if (y >= 1900 && y <= 2099) out.push(y);
  }
  return out;
}

const QUOTE_OPEN = /^[“「『"]$/u;
const QUOTE_CLOSE: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"' };

/**
 * Finds the dateline date of an article: the first date expression within `DATELINE_WINDOW`
 * characters of the start of `text` (the first paragraph), or of the end of a quotation the
 * paragraph opens with (“……”24日下午,…). Relative and vague words count only
 * at the start of a clause. `line` is the source line of the paragraph, copied into diagnostics.
 * Returns `{date: null}` for no date, a vague one (近日) or an impossible one (with a warning).
 */
export function findArticleDate(
  text: string,
  ctx: DateContext,
  line: number | null,
): { date: ArticleDate | null; diagnostics: Diagnostic[] } {
  // A story may open with a quotation and put the dateline after it: “……。”24日下午,…
  let from = 0;
  while (QUOTE_OPEN.test(text[from] ?? '')) {
    const close = text.indexOf(QUOTE_CLOSE[text[from]], from + 1);
    if (close < 0) break;
    from = close + 1;
  }
  const head = text.slice(0, from + DATELINE_WINDOW);
  const start = new RegExp(`${NUM}|前天|昨天|昨日|今天|今日|明天|明日|日前|近日|近期`, 'gu');
  for (const m of head.slice(from).matchAll(start)) {
    const i = (m.index ?? 0) + from;
    // A number inside a longer number or a document number is no date start.
    if (/[0-9０-９〇零一二两三四五六七八九十〕］\]】第]/u.test(text[i - 1] ?? '')) continue;
    const r = parseChineseDate(text.slice(i), ctx);
    const isVague = VAGUE_RE.test(text.slice(i));
    if (isVague) return { date: null, diagnostics: [] };
    if (r.date || r.diagnostics.length) {
      return { date: r.date, diagnostics: r.diagnostics.map((d) => ({ ...d, line, column: line === null ? null : i + 1 })) };
    }
  }
  return { date: null, diagnostics: [] };
}

/**
 * The latest date, to the day, printed with its month in the datelines of an issue
 * (`firstParagraphs`: each article's first paragraph), for `DateContext.referenceDate` when the
 * issue date is unknown. Null when no dateline prints a month and day, or no year is known.
 */
export function referenceDate(firstParagraphs: readonly string[], ctx: DateContext): string | null {
  let best: string | null = null;
  for (const p of firstParagraphs) {
    const d = findArticleDate(p, { issueDate: null, year: ctx.year }, null).date;
    if (d?.iso && d.precision === 'day' && !d.inferred.includes('month') && (best === null || d.iso > best)) best = d.iso;
  }
  return best;
}
