/**
 * Dates of Chinese newspaper stories: the dateline date of an article (`findArticleDate`) and every
 * date expression of a text (`findDates`), read by the grammar of date-grammar.ts (2023年5月25日,
 * 15年3月2日, 二〇〇六年十二月, 昨晚, 大前天, 上周三, 上月9日, 一季度, 年底, 九月下旬, 2019年4月12-19日,
 * 8日至9日, …) and resolved against the issue's date or year.
 *
 * Rules (issue 3 item 5, issue 9 item 4): 日前/近日/近期 name no day (null); an impossible day
 * (2月30日) gives null and a `dates/impossible-date` warning; a month and day without a year take
 * the occurrence nearest the issue date (a December date in a January issue belongs to the year
 * before); document numbers such as 〔2023〕5号 are never dates. Pure and synchronous.
 */
import type { ArticleDate, Diagnostic } from '../types.js';
import { ISSUE_YEARS, LUNAR_BEFORE_RE, NUMERIC_DATE_SOURCE, ROC_DATE_SOURCE, parseNumber, readDate, type DateMatch, type DateReference } from './date-grammar.js';
import { ADOPTION_NOTE_RE, SERIAL_NUMBER_BEFORE_RE, WORD_DOC_NUMBER_SOURCE } from '../text.js';

export { parseNumber, TWO_DIGIT_YEAR_AHEAD, type DatePrecision, type DateReference } from './date-grammar.js';

/** What the pipeline knows about the issue when reading a dateline (see `DateReference`). */
export type DateContext = DateReference;

/**
 * How far into an article's first paragraph a dateline may start, in characters. Datelines sit
 * at the very start (`5月25日上午,`) or after a short lead-in (`本报讯（记者 张三 通讯员 李四）`,
 * about 20-30 characters). Tuned on the real issue and the handed cases.
 */
export const DATELINE_WINDOW = 40;

/** Number characters accepted in a date: ASCII and full-width digits, Chinese numerals with 〇/零. */
/** Digits and Chinese numerals: a date starting with one must not continue a longer number. */
const NUMERAL_RE = /[0-9０-９〇零○Ｏ一二两三四五六七八九十]/u;
/** Words that say a story names no day (近日, 日前): no date, and no later one is looked for. */
const VAGUE_RE = /^(日前|近日|近期|近来|前不久|不久前|目前|近段时间)/u;
/**
 * Words before a date that make it a recurring time, no day of the story (每年6月中旬前后, 每逢5月,
 * 每到春节, 每月15日, 历年9月): such a date is read over and no date is taken from it. Source: how
 * explanatory and feature pieces (科普, 节令) name the season or day something recurs on.
 */
const RECURRING_BEFORE_RE = /(?:每年|每逢|每到|每当|每月|每周|每个月|每一年|历年|往年|逢年)$/u;
/**
 * Characters a date expression can start with (digits, numerals, 今昨前明后大本这上下当次翌去首第周星礼年岁春夏秋冬;
 * 民 of a Republic-era year 民國115年 and 後 of 後（7）日: date-grammar.ts ROC_ERA, REL_DAY_BRACKETED).
 */
const START_RE = /[0-9０-９〇零○Ｏ一二两三四五六七八九十今昨前明后後大本这上下当次翌去首第周星礼年岁春夏秋冬民]/u;
/** A character before a number that makes it part of a longer number or a document number (〔2023〕5号, 第5号). */
const NOT_AFTER_RE = /[0-9０-９〇零○一二两三四五六七八九十百千万〕］\]】第.．:：/-]/u;
/**
 * What follows a date that cites a page of an earlier issue (本报6月20日A6版《…》一文, 5月3日第2版刊发的):
 * a page number with 版 (A6版, 第2版, 3版, 第十二版). Such a date names the issue cited (a
 * correction's or a follow-up's reference), not the day the story reports on. Source: how
 * Chinese papers cite their own pages in 更正 notes and follow-ups (本报X月X日X版).
 */
const PAGE_CITATION_RE = /^\s*(?:第\s*)?[A-Za-zＡ-Ｚａ-ｚ]?[0-9０-９一二三四五六七八九十]{1,3}\s*版/u;
/** Precisions a dateline can have: a day (昨天, 5月25日, 8日至9日, 上周三) or part of a month (5月下旬). */
const DATELINE_PRECISIONS = new Set(['day', 'xun']);

/** Result of parsing one date expression. */
export interface ParsedDate {
  date: ArticleDate | null;
  diagnostics: Diagnostic[];
}

function diag(code: string, message: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic {
  return { severity, code, message, line: null, column: null };
}

/** An ArticleDate and its diagnostics from a grammar match printed as `printed`. */
function toParsed(m: DateMatch, printed: string): ParsedDate {
  if (m.kind === 'impossible')
    return { date: null, diagnostics: [diag('dates/impossible-date', `impossible date ${printed}`)] };
  const date: ArticleDate = {
    text: printed,
    iso: m.iso,
    end: m.end,
    precision: m.precision,
    inferred: m.inferred,
  };
  if (m.missing === 'no-year') {
    const relative = m.inferred.includes('day');
    return {
      date,
      diagnostics: [
        relative
          ? diag('dates/no-issue-date', `relative date ${printed} needs the issue date`, 'info')
          : diag('dates/no-year', `no year known for ${printed}`, 'info'),
      ],
    };
  }
  if (m.missing === 'no-month')
    return { date, diagnostics: [diag('dates/no-month', `${printed} needs the issue date`, 'info')] };
  return { date, diagnostics: [] };
}

/**
 * Parses one date expression that starts at the beginning of `text` (trailing text is ignored).
 * Returns `{date: null}` with no diagnostics when `text` does not start with a date, null with
 * `dates/impossible-date` for a day that does not exist, and an `iso` of null with `dates/no-year`
 * (or `dates/no-month`, `dates/no-issue-date`) when what it needs is neither printed nor known
 * from `ctx`. `date.text` is the expression as printed (digits and widths kept, 上午/下午 included).
 */
export function parseChineseDate(text: string, ctx: DateContext): ParsedDate {
  if (VAGUE_RE.test(text)) return { date: null, diagnostics: [] };
  const m = readDate(text, 0, ctx, true);
  if (!m) return { date: null, diagnostics: [] };
  return toParsed(m, text.slice(0, m.length).trimEnd());
}

/**
 * A line that is only a full date (year, month and day), bare or in brackets: a government
 * document's signing date (成文日期) printed under the issuing body at its end (云泽县人民政府 /
 * 2023年4月28日), or a speech's date under its title (（2023年5月6日）). Source: the layout of
 * 党政机关公文 (GB/T 9704-2012, 成文日期 in full) as government bulletins print it, and in digits as a
 * clerk types it in a word processor (柳溪村村民委员会 / 2024.3.7, 2024-03-07; NUMERIC_DATE_SOURCE); a
 * Republic-era date (中華民國115年12月1日: ROC_DATE_SOURCE), with the document's number beside it as Taiwan's
 * notices print it (…　府交工字第1150235012號: text.ts WORD_DOC_NUMBER_SOURCE).
 */
const DATE_ONLY_LINE_RE = new RegExp(
  `^[（(]?\\s*(?:(?:[0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})\\s*年\\s*[0-9０-９一二三四五六七八九十]{1,2}\\s*月\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*日|${ROC_DATE_SOURCE}|${NUMERIC_DATE_SOURCE})\\s*[）)]?(?:[\\s\\u3000]+${WORD_DOC_NUMBER_SOURCE})?$`,
  'u',
);

/** True when a line is only a full date, bare or in brackets (DATE_ONLY_LINE_RE): a signing date. */
export function isDateOnlyLine(text: string): boolean {
  return DATE_ONLY_LINE_RE.test(text.trim());
}

/**
 * The date of a line that is only a full date (`DATE_ONLY_LINE_RE`: 2023年4月28日, （2023年5月6日）,
 * 二〇二三年五月六日), or null for any other line. Impossible days give null with a warning.
 */
export function dateOnlyLine(text: string, ctx: DateContext): ParsedDate | null {
  const t = text.trim();
  if (!DATE_ONLY_LINE_RE.test(t)) return null;
  const inner = t.replace(/^[（(]\s*/u, '').replace(/\s*[）)]$/u, '');
  const r = parseChineseDate(inner, ctx);
  return r.date || r.diagnostics.length ? r : null;
}

/**
 * The date of a document's adoption note under its title (ADOPTION_NOTE_RE of text.ts:
 * （2024年6月27日…会议通过）): its first full date, or null for any other line.
 */
export function adoptionNoteDate(text: string, ctx: DateContext): ParsedDate | null {
  const t = text.trim();
  if (!ADOPTION_NOTE_RE.test(t)) return null;
  const r = parseChineseDate(t.replace(/^[（(]\s*/u, ''), ctx);
  return r.date || r.diagnostics.length ? r : null;
}

/** Text that marks a number that looks like a year as a document number: 〔2023〕, [2023], 【2023】. */
const DOC_NUMBER_RE = /[〔［[【(（]\s*[0-9０-９]{4}\s*[〕］\]】)）]/g;

/** A year of four digits (Arabic, full-width or Chinese) before 年, not inside a longer number (findYears; matchAll copies it, so its lastIndex stays 0). */
const YEAR_RE = /(?<![0-9０-９])([0-9０-９〇零○一二两三四五六七八九十]{4})\s*年/gu;

/**
 * 4-digit years written as years in `text` (2023年, ２０２３年, 二〇二三年), in order of appearance;
 * document numbers (〔2023〕5号) and digits that are part of longer numbers are skipped.
 * Only years of `ISSUE_YEARS` (1900-2099) count.
 */
export function findYears(text: string): number[] {
  return findYearMentions(text).map((m) => m.year);
}

/**
 * Words right before a year that make it a plan's target, not a year the story happens in:
 * 到一九九〇年, 到2029年底, 力争2030年, 预计2027年. Source: how plans and reports state targets (规划,
 * 政府工作报告, the 1980s 翻番 targets: 到一九九〇年，全县工农业总产值要比一九八〇年翻一番).
 */
const PLAN_TARGET_BEFORE_RE = /(?:到|至|力争|争取|计划|预计|规划|预期|目标)\s*$/u;

/**
 * What follows a year that makes it the day a rule takes effect, a date still to come when the
 * issue reports the rule (自2026年1月1日起施行, 2026年3月1日起实施, 自2025年起执行): a target as a plan's
 * year is. The month and day after the year, then 起 and a verb of taking effect. Source: how
 * 法规, 办法 and 通知 state their effective date (自…起施行); tester21's weekend edition (Dec 2026).
 */
const EFFECTIVE_AFTER_RE = /^(?:[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?)?\s*起\s*(?:施行|实施|执行|生效|正式施行|正式实施)/u;

/** A year `findYearMentions` found, and whether it is a plan's target (PLAN_TARGET_BEFORE_RE) or an effective date (EFFECTIVE_AFTER_RE). */
export interface YearMention {
  year: number;
  target: boolean;
}

/** The years of `findYears`, each with whether it is printed as a plan's target (到一九九〇年). */
export function findYearMentions(text: string): YearMention[] {
  const cleaned = text.replace(DOC_NUMBER_RE, (s) => ' '.repeat(s.length));
  const out: YearMention[] = [];
  for (const m of cleaned.matchAll(YEAR_RE)) {
    const y = parseNumber(m[1]);
    if (y >= ISSUE_YEARS.first && y <= ISSUE_YEARS.last)
      out.push({
        year: y,
        target: PLAN_TARGET_BEFORE_RE.test(cleaned.slice(Math.max(0, m.index! - 3), m.index)) || EFFECTIVE_AFTER_RE.test(cleaned.slice(m.index! + m[0].length, m.index! + m[0].length + 16)),
      });
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
  const end = Math.min(text.length, from + DATELINE_WINDOW);
  for (let i = from; i < end; i += 1) {
    if (VAGUE_RE.test(text.slice(i, i + 5))) return { date: null, diagnostics: [] };
    const m = matchAt(text, i, ctx, true);
    if (!m) continue;
    // Not a dateline: a year, a month, a quarter or a week (今年以来, 5月份, 上周); read on after it.
    // …nor the date of an issue whose page the text cites (本报6月20日A6版《…》一文中).
    if (
      (m.kind === 'date' && !DATELINE_PRECISIONS.has(m.precision)) ||
      PAGE_CITATION_RE.test(text.slice(i + m.length)) ||
      RECURRING_BEFORE_RE.test(text.slice(Math.max(0, i - 3), i)) ||
      isLunar(text, i)
    ) {
      i += m.length - 1;
      continue;
    }
    const r = toParsed(m, text.slice(i, i + m.length).trimEnd());
    return {
      date: r.date,
      diagnostics: r.diagnostics.map((d) => ({ ...d, line, column: line === null ? null : i + 1 })),
    };
  }
  return { date: null, diagnostics: [] };
}

/** Whether the date expression at `i` of `text` is of the lunar calendar (date-grammar.ts LUNAR_BEFORE_RE: 农历正月十五). */
function isLunar(text: string, i: number): boolean {
  return LUNAR_BEFORE_RE.test(text.slice(Math.max(0, i - 8), i));
}

/** A number and 号 (876号): with SERIAL_NUMBER_BEFORE_RE before it, a document's or case's serial. */
const SERIAL_HAO_RE = /^[0-9０-９]{1,6}\s*号/u;

/**
 * A date expression starting at `i` of `text`, unless `i` is inside a number or after a document
 * number, or is the serial of a document or case number (（2023）澄0125民初876号, 云政发〔2023〕5号: text.ts
 * SERIAL_NUMBER_BEFORE_RE).
 */
function matchAt(text: string, i: number, ref: DateReference, dayHao: boolean): DateMatch | null {
  const c = text[i];
  if (!START_RE.test(c)) return null;
  if (NUMERAL_RE.test(c) && NOT_AFTER_RE.test(text[i - 1] ?? '')) return null;
  if (SERIAL_HAO_RE.test(text.slice(i, i + 8)) && SERIAL_NUMBER_BEFORE_RE.test(text.slice(Math.max(0, i - 24), i))) return null;
  return readDate(text, i, ref, dayHao);
}

/** A date found in running text: the ArticleDate and where it is printed. */
export interface FoundDate extends ArticleDate {
  /** Offset of the expression in the text (UTF-16 code units), and its length. */
  index: number;
  length: number;
}

/** Options of `findDates`. */
export interface FindDatesOptions {
  /** `YYYY-MM-DD` the relative dates (昨天, 上月, 下周六) and the years of 5月25日 resolve against. */
  issueDate?: string | null;
  /** The year when the issue's day is unknown. Defaults to the year of `issueDate`. */
  year?: number | null;
}

/**
 * Every date expression of `text` (an article, a paragraph), in order: each with the text as
 * printed, `iso` (first day, `YYYY-MM-DD`), `end` (last day of a span longer than a day, else
 * null), `precision` (day, week, xun, month, quarter, season or year), `inferred` and its offset.
 * Vague words (近日, 日前) give nothing; an impossible date (2月30日) gives no date and a
 * `dates/impossible-date` warning whose column is its offset + 1; a date that needs the issue date
 * when none is given has `iso` null and an info diagnostic (`dates/no-year`, `dates/no-month`,
 * `dates/no-issue-date`). Throws nothing; a malformed `issueDate` counts as none.
 *
 * @example findDates('2019年4月12-19日举行', { issueDate: '2020-05-01' }).dates[0]
 *   // { text: '2019年4月12-19日', iso: '2019-04-12', end: '2019-04-19', precision: 'day', inferred: [], index: 0, length: 12 }
 */
export function findDates(
  text: string,
  options: FindDatesOptions = {},
): { dates: FoundDate[]; diagnostics: Diagnostic[] } {
  const issueDate =
    options.issueDate && /^\d{4}-\d{2}-\d{2}$/.test(options.issueDate) ? options.issueDate : null;
  const ref: DateReference = {
    issueDate,
    year: options.year ?? (issueDate ? Number(issueDate.slice(0, 4)) : null),
  };
  const dates: FoundDate[] = [];
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const vague = VAGUE_RE.exec(text.slice(i, i + 5));
    if (vague) {
      i += vague[0].length - 1;
      continue;
    }
    const m = matchAt(text, i, ref, false);
    if (!m) continue;
    const printed = text.slice(i, i + m.length).trimEnd();
    // A recurring time (每年6月中旬) names no date, nor does a lunar one (农历八月十五日) a Gregorian one.
    if (RECURRING_BEFORE_RE.test(text.slice(Math.max(0, i - 3), i)) || isLunar(text, i)) {
      i += m.length - 1;
      continue;
    }
    const r = toParsed(m, printed);
    if (r.date) dates.push({ ...r.date, index: i, length: printed.length });
    diagnostics.push(...r.diagnostics.map((d) => ({ ...d, column: i + 1 })));
    i += m.length - 1;
  }
  return { dates, diagnostics };
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
    if (d?.iso && d.precision === 'day' && !d.inferred.includes('month') && (best === null || d.iso > best))
      best = d.iso;
  }
  return best;
}
