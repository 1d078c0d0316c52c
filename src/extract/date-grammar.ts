/**
 * The grammar of Chinese date expressions as newspapers print them, and their resolution against
 * a reference date (the issue's). One expression is read at a time, from a given offset:
 *
 *   expression := point (SEP point)?            2017年8月11日至8月22日, 8日至9日, 前年11月到去年3月
 *   point      := year? (quarter | half | year-part | season | first-n | month (day | xun)? )?
 *               | month (day | xun)? | day | relative-day | week weekday? | weekday
 *   year       := 2023年 | 二〇〇六年 | 15年 (two digits, only before a month, quarter or part) |
 *                 今年 去年 前年 大前年 明年 后年 次年 上一年 这一年
 *
 * Chosen over `@microsoft/recognizers-text-date-time` (33 of 90 of the JioNLP day-level cases in
 * fixtures/dates/, its past/future alternatives resolved toward the reference) and chrono-node's
 * zh parsers (20 of 90) after measuring both on the same cases (bench/dates-compare.mjs); this
 * grammar reads all the listed forms. Date arithmetic is date-fns'. Pure and synchronous.
 */
// One module per function: date-fns' index would load all of its ~300 modules at start-up (issue 12).
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { lightFormat } from 'date-fns/lightFormat';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';

/** The unit a date names: what `iso` (and `end`) are precise to. */
export type DatePrecision = 'day' | 'week' | 'xun' | 'month' | 'quarter' | 'season' | 'year';

/** Where a date expression is resolved from. */
export interface DateReference {
  /** `YYYY-MM-DD` of the issue (the reference for 昨天, 上月, 下周六, and the year of 5月25日), or null. */
  issueDate: string | null;
  /** The issue's year when its day is unknown (a year-only reference), or null. */
  year: number | null;
  /** `YYYY-MM-DD` giving the month of a day-only date (24日) when `issueDate` is null. */
  referenceDate?: string | null;
}

/** One expression read at an offset of a text. */
export type DateMatch =
  | {
      kind: 'date';
      /** Characters read (the expression as printed is `text.slice(at, at + length)`). */
      length: number;
      /** First day, `YYYY-MM-DD`, or null when the year (or month) is neither printed nor known. */
      iso: string | null;
      /** Last day of the span when longer than one day (a range, a month, a quarter…), else null. */
      end: string | null;
      precision: DatePrecision;
      /** Parts taken from the reference, not printed: `year`, `month`, `day`. */
      inferred: string[];
      /** Why `iso` is null: `no-year` or `no-month` (nothing to resolve against). */
      missing?: 'no-year' | 'no-month';
      /** Whether the expression is a range (至, 到, —, -). */
      range: boolean;
    }
  | { kind: 'impossible'; length: number };

/** Number characters of a date: ASCII and full-width digits, Chinese numerals with 〇/零. */
const NUM = '[0-9０-９〇零○Ｏ一二两三四五六七八九十]';
/** Range separators: 至, 到, dashes and tildes (12-19日, 2008年——2018年, 8日至9日). */
const SEP = '\\s*(?:至|到|—+|－|-|~|～|―+)\\s*';
/** Parts of a day printed after a date (kept in the printed text, not resolved). */
const PART = '(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|夜里)?';
/** Ignored after an expression: 左右 (about), 份 (月份), 内 (年内). */
const TAIL = '(?:左右)?';

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Converts ASCII/full-width digits or Chinese numerals (二〇二三, 二十五, 十二) to a number, or NaN. */
export function parseNumber(s: string): number {
  const t = s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
  if (/^[0-9]+$/.test(t)) return Number(t);
  if (!/^[〇零○Ｏ一二两三四五六七八九十]+$/.test(t)) return Number.NaN;
  if (t.includes('十')) {
    const parts = t.split('十');
    if (parts.length > 2) return Number.NaN;
    const [a, b] = parts;
    const tens = a === '' ? 1 : CN_DIGIT[a];
    const ones = b === '' ? 0 : CN_DIGIT[b];
    if (tens === undefined || ones === undefined || a.length > 1 || b.length > 1) return Number.NaN;
    return tens * 10 + ones;
  }
  let n = 0;
  for (const c of t) n = n * 10 + CN_DIGIT[c];
  return n;
}

/**
 * A two-digit year (15年, 九七年) is in the 2000s unless that puts it more than this many years
 * after the reference year (or after 2000 for older references): 24年 → 2024 and 三三年 → 1933 for
 * a 2021 reference, 九零年 → 1990 for a 1973 one. From the JioNLP cases (fixtures/dates/).
 */
export const TWO_DIGIT_YEAR_AHEAD = 10;

/**
 * A month (and day) printed without a year is last year's when it is this many months or more
 * after the reference's month (12月30日 in an issue of 3 January: 11), else the reference year's:
 * newspapers report the past, and announce what is up to half a year ahead. 7 keeps 9月30日 in a
 * March reference and 十二月20号 in a June one in the same year (JioNLP cases, fixtures/dates/).
 */
export const ROLLOVER_MONTHS = 7;

/**
 * The years an issue's date and a year written in its text are read in: a running head's year, a
 * date in a file name, `findYears` and `--issue-date` (1899-01-01 is refused, exit 2). Chinese
 * newspapers of the OCR archives this reads start after 1900; 2099 bounds a typo (2204).
 */
export const ISSUE_YEARS = { first: 1900, last: 2099 } as const;

/** A year's digits as a masthead prints them one by one: Arabic, full-width, or Chinese numerals with 〇/○/零 (一九八五, 二〇二三). */
export const YEAR_DIGIT = '[0-9０-９〇零○Ｏ一二三四五六七八九]';
/** A month or a day: one or two Arabic digits, or a Chinese number up to 三十一 (五, 十二, 二十五). */
const MONTH_OR_DAY = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})';
/**
 * A full date in digits with a separator, as word processors, office (OA) systems and reposted
 * notices type it: 2024.3.4, 2024-03-04, 2024/3/4 (ISO 8601's order, year month day, the order of
 * GB/T 7408 and of every Chinese form), the same separator twice; full-width digits and ．too.
 * Not a date when it continues a longer number or another separated group (a version number
 * 2024.3.4.1, an account 2024-03-04-5, a decimal 12024.3.4), nor when the year is outside
 * ISSUE_YEARS, the month outside 1-12 or the day outside 1-31 (`numericDateParts`). Amounts
 * (2024.35) and phone numbers (0571-8888-1234, 0000-6231234) never have this shape. The source of
 * a regular expression without capturing groups (FULL_DATE_SOURCE takes it in).
 */
export const NUMERIC_DATE_SOURCE =
  '(?<![0-9０-９.．/／\\-－])[0-9０-９]{4}(?:[.．][0-9０-９]{1,2}[.．]|[-－][0-9０-９]{1,2}[-－]|[/／][0-9０-９]{1,2}[/／])[0-9０-９]{1,2}(?![0-9０-９]|[.．/／\\-－][0-9０-９])';

/** A numeric full date (NUMERIC_DATE_SOURCE) read at its start, and its parts. */
const NUMERIC_DATE_RE = new RegExp(
  `(?<![0-9０-９.．/／\\-－])([0-9０-９]{4})([.．/／\\-－])([0-9０-９]{1,2})\\2([0-9０-９]{1,2})(?![0-9０-９]|[.．/／\\-－][0-9０-９])`,
  'uy',
);

/**
 * Year, month and day of a numeric full date starting at `i` of `s` (NUMERIC_DATE_SOURCE, the same
 * separator twice), and its length; null when there is none there, the year is outside ISSUE_YEARS,
 * or the month or day cannot be one.
 */
export function numericDateParts(s: string, i: number): { year: number; month: number; day: number; length: number } | null {
  NUMERIC_DATE_RE.lastIndex = i;
  const m = NUMERIC_DATE_RE.exec(s);
  if (!m) return null;
  const year = parseNumber(m[1]);
  const month = parseNumber(m[3]);
  const day = parseNumber(m[4]);
  if (!(year >= ISSUE_YEARS.first && year <= ISSUE_YEARS.last) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 31)) return null;
  return { year, month, day, length: m[0].length };
}

/**
 * Words naming the Republic-era calendar before its year (民國112年 = 2023, 中華民國115年 = 2026: year
 * 1 is 1912), as Taiwan prints datelines, mastheads, notices and government documents; simplified and
 * traditional. ROC_YEAR_OFFSET is what is added to the printed year.
 */
const ROC_ERA = '(?:中華民國|中华民国|民國|民国)';
/** Year 1 of the Republic-era calendar is 1912 (ROC_ERA): the western year is the printed one plus this. */
export const ROC_YEAR_OFFSET = 1911;
/**
 * A Republic-era full date (ROC_ERA): 中華民國115年12月5日, 民國一一五年十二月五日, 中華民國一百一十五年十二月五日;
 * the source of a regular expression without capturing groups (FULL_DATE_SOURCE takes it in; a
 * signing date line alone is the structure cue date-only).
 */
export const ROC_DATE_SOURCE = `${ROC_ERA}\\s*(?:${YEAR_DIGIT}{1,3}|${MONTH_OR_DAY}|[一二三四五六七八九]?百[零〇]?${MONTH_OR_DAY}?)\\s*年\\s*${MONTH_OR_DAY}\\s*月\\s*${MONTH_OR_DAY}\\s*日`;
/**
 * A full date as mastheads and running heads print it: 2021年11月4日, ２０２１年１１月４日, and in
 * Chinese numerals 一九八五年三月五日, 二〇二三年十二月三十日 (the style of every Chinese paper's
 * masthead until the 1990s, and of formal datelines since), and the Republic-era date of Taiwan's
 * mastheads and documents, 中華民國115年12月5日, 民國一一五年十二月五日 (ROC_ERA). The source of a regular expression, for
 * furniture.ts and markers.ts (one definition; `fullDateIso` reads a match).
 */
export const FULL_DATE_SOURCE = `(?:${YEAR_DIGIT}{4}\\s*年\\s*${MONTH_OR_DAY}\\s*月\\s*${MONTH_OR_DAY}\\s*日|${ROC_DATE_SOURCE}|${NUMERIC_DATE_SOURCE})`;
/**
 * Words before a date that make it a date of the lunar calendar, not the Gregorian one: 农历八月十五日,
 * 农历乙丑年八月十五日 (up to one 干支 year between), and a day after a lunar month's own name
 * (正月十五日, 腊月二十三日, 冬月). A masthead printed the lunar date beside the Gregorian one until
 * the 1990s, and stories date festivals so. Such a date is never an issue's or a story's date.
 */
export const LUNAR_BEFORE_RE =
  /(?:(?:农历|農曆|阴历|陰曆|夏历|夏曆|旧历|舊曆)\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?|(?:正|腊|臘|冬)月)\s*$/u;

/**
 * The ISO date (`YYYY-MM-DD`) of a full date matched by FULL_DATE_SOURCE (the year read digit by
 * digit, month and day by `parseNumber`), or null when the day does not exist (2月30日) or the year
 * is outside ISSUE_YEARS.
 *
 * Own code, not a library: of the npm converters, nzh 1.0.14 (the most used) reads 二〇二三 as 223 and
 * 一九九〇 as 199 (it knows no 〇), 廿五 as 5; chinese-numbers-converter 2.3.1 reads those right but
 * OCR's mixed year 一九8五 as 0 (13 forms tried by hand, Dec 2026: 一九八五 二〇二三 一九九〇 二零零六
 * 一九八〇 十二 三十一 二十 廿五 三 十 零 ○). Newspaper years are digit by digit, months and days
 * counted (parseNumber), which this grammar reads already.
 */
export function fullDateIso(printed: string): string | null {
  const n = numericDateParts(printed.trim(), 0);
  if (n && n.length === printed.trim().length)
    return validDay(n.year, n.month, n.day) ? `${n.year}-${String(n.month).padStart(2, '0')}-${String(n.day).padStart(2, '0')}` : null;
  const roc = new RegExp(`^${ROC_ERA}\\s*(\\S{1,6}?)\\s*年\\s*(\\S{1,3}?)\\s*月\\s*(\\S{1,3}?)\\s*日$`, 'u').exec(printed.trim());
  const m = roc ?? /^(\S{4})\s*年\s*(\S{1,3}?)\s*月\s*(\S{1,3}?)\s*日$/u.exec(printed.trim());
  if (!m) return null;
  const y = roc ? rocYear(m[1]) : yearOfDigits(m[1]);
  const mo = parseNumber(m[2]);
  const d = parseNumber(m[3]);
  if (!(y >= ISSUE_YEARS.first && y <= ISSUE_YEARS.last) || !validDay(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The western year of a Republic-era year as printed after ROC_ERA (115, 一一五 digit by digit,
 * 一百一十五 or 九十九 counted), or NaN.
 */
export function rocYear(printed: string): number {
  const counted = printed.replace(/^([一二三四五六七八九]?)百[零〇]?(.*)$/u, (_, h: string, rest: string) => String((h ? (CN_DIGIT[h] ?? Number.NaN) : 1) * 100 + (rest ? parseNumber(rest) : 0)));
  const n = /^[0-9０-９]+$/u.test(counted) || counted.includes('十') ? parseNumber(counted) : yearOfDigits(counted);
  return n >= 1 ? n + ROC_YEAR_OFFSET : Number.NaN;
}

/**
 * A year printed digit by digit (YEAR_DIGIT: 1985, １９８５, 一九八五, 二〇二三, OCR's mixed 一九8五) as a
 * number, or NaN when a character is no digit.
 */
export function yearOfDigits(digits: string): number {
  let y = 0;
  for (const c of digits) {
    const d = /[0-9]/u.test(c) ? Number(c) : /[０-９]/u.test(c) ? c.charCodeAt(0) - 0xff10 : c === '两' ? undefined : CN_DIGIT[c];
    if (d === undefined) return Number.NaN;
    y = y * 10 + d;
  }
  return y;
}

/**
 * The first full date (FULL_DATE_SOURCE) printed in `text` that is not a lunar one (LUNAR_BEFORE_RE),
 * as ISO and where it is printed; null when there is none, or the first one names no real day.
 */
export function findFullDate(text: string): { iso: string | null; index: number; length: number } | null {
  const re = new RegExp(FULL_DATE_SOURCE, 'gu');
  for (const m of text.matchAll(re)) {
    if (LUNAR_BEFORE_RE.test(text.slice(Math.max(0, m.index! - 8), m.index))) continue;
    return { iso: fullDateIso(m[0]), index: m.index!, length: m[0].length };
  }
  return null;
}

/** Relative years: offset from the reference year. */
const REL_YEAR: Record<string, number> = {
  大前年: -3,
  前年: -2,
  去年: -1,
  上一年: -1,
  今年: 0,
  本年: 0,
  这一年: 0,
  明年: 1,
  次年: 1,
  翌年: 1,
  后年: 2,
};
/** Relative days: offset from the reference day (昨晚 is yesterday evening). */
const REL_DAY: Record<string, number> = {
  大大前天: -4,
  大前天: -3,
  前天: -2,
  昨天: -1,
  昨日: -1,
  昨晚: -1,
  昨夜: -1,
  昨晨: -1,
  今天: 0,
  今日: 0,
  本日: 0,
  今晚: 0,
  今晨: 0,
  今早: 0,
  明天: 1,
  明日: 1,
  明晚: 1,
  后天: 2,
  大后天: 3,
  大大后天: 4,
};
/**
 * The relative-day words printed before the day of the month in brackets, as the Traditional-Chinese
 * press of Taiwan dates its news (市府昨（4）日宣布, 今（5）日起, 前（3）日, 明（6）日): offset from the
 * reference day. The bracketed number is the day of the month; it wins when the word and the issue
 * date disagree (resolve). Source: the dating style of 聯合報, 自由時報, 中國時報 and 中央社 copy as
 * printed (tester29's taiwan-local-daily, Dec 2026); simplified 后 too.
 */
const REL_DAY_BRACKETED: Record<string, number> = { 前: -2, 昨: -1, 今: 0, 明: 1, 後: 2, 后: 2 };
/** Relative months: offset from the reference month. */
const REL_MONTH: Record<string, number> = {
  上个月: -1,
  上一个月: -1,
  上月: -1,
  本月: 0,
  这个月: 0,
  当月: 0,
  下个月: 1,
  下一个月: 1,
  下月: 1,
};
/** Relative weeks (Monday to Sunday): offset from the reference's week. */
const REL_WEEK: Record<string, number> = {
  上上周: -2,
  上周: -1,
  上一周: -1,
  上个星期: -1,
  上星期: -1,
  上个礼拜: -1,
  上礼拜: -1,
  本周: 0,
  这周: 0,
  这个星期: 0,
  本星期: 0,
  下周: 1,
  下一周: 1,
  下个星期: 1,
  下星期: 1,
  下个礼拜: 1,
  下礼拜: 1,
  下下周: 2,
};
/** Relative quarters: offset from the reference's quarter. */
const REL_QUARTER: Record<string, number> = {
  上个季度: -1,
  上季度: -1,
  本季度: 0,
  这个季度: 0,
  下个季度: 1,
  下季度: 1,
};
const WEEKDAY: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
};
/** Seasons by meteorological months: spring March-May … winter December-February. */
const SEASON_START: Record<string, number> = { 春: 3, 夏: 6, 秋: 9, 冬: 12 };

const alt = (words: Record<string, number>): string =>
  Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .join('|');

const R = {
  year4: new RegExp(`(${NUM}{4})\\s*年(?!代|度)`, 'uy'),
  year2: new RegExp(`(${NUM}{2})\\s*年(?!代|度)`, 'uy'),
  relYear: new RegExp(`(${alt(REL_YEAR)})(?!度)`, 'uy'),
  bothYears: /今明两年/uy,
  // 民國112年, 中華民國一一五年 (ROC_ERA; digits one by one or counted), and a bare year of three
  // digits 100-199 before a month (115年12月15日: Taiwan's notices and documents drop the era's name;
  // no western year is printed with three digits).
  rocYear: new RegExp(`${ROC_ERA}\\s*(${NUM}{1,4}|[一二三四五六七八九]?百[零〇]?${NUM}{0,3})\\s*年(?!代|度)`, 'uy'),
  rocBareYear: new RegExp(`(?<![0-9０-９.．])(1[0-9０-９]{2}|１[0-9０-９]{2})\\s*年(?=\\s*${NUM}{1,2}\\s*月)`, 'uy'),
  relDayBracketed: new RegExp(`(${alt(REL_DAY_BRACKETED)})\\s*[（(]\\s*(${NUM}{1,3})\\s*[）)]\\s*(?:日|晚|晨|早|夜)`, 'uy'),
  quarter: new RegExp(`(?:第)?([一二三四1-4１-４]|首)\\s*季度(?:(初|末|底))?`, 'uy'),
  quarterRange: new RegExp(`([一二三四1-4])${SEP}([一二三四1-4])\\s*季度`, 'uy'),
  relQuarter: new RegExp(`(${alt(REL_QUARTER)})(?:(初|末|底))?`, 'uy'),
  firstN: new RegExp(`(前|后)(${NUM}{1,2})\\s*个?(季度|月)(?!份)`, 'uy'),
  half: /(上|下)半年/uy,
  yearPartAfterYear:
    /(?:年)?(初(?![步心中级次稿审选衷期])|底(?![线数气子层部])|末(?![端尾])|终(?![端点身])|伊始)/uy,
  yearPartAlone: /(年初|年底|年末|年终|岁末)(?![步心中级次稿审选衷期线数气子层部端尾点])/uy,
  seasonAfterYear: /(春|夏|秋|冬)(?:季|天)?(?![节运耕茶装播收种令])/uy,
  seasonAlone: /(春|夏|秋|冬)(?:季|天)(?![节])/uy,
  firstMonth: /首月/uy,
  month: new RegExp(`(${NUM}{1,3})\\s*月(?:份)?`, 'uy'),
  monthRange: new RegExp(`(${NUM}{1,2})${SEP}(${NUM}{1,2})\\s*月(?:份)?`, 'uy'),
  relMonth: new RegExp(`(${alt(REL_MONTH)})`, 'uy'),
  day: new RegExp(`(${NUM}{1,3})\\s*[日号]`, 'uy'),
  dayRi: new RegExp(`(${NUM}{1,3})\\s*日`, 'uy'),
  dayRange: new RegExp(`(${NUM}{1,3})${SEP}(${NUM}{1,3})\\s*[日号]`, 'uy'),
  xun: /(上|中|下)旬/uy,
  monthPart: /月?(初(?![步心中级次稿审选衷期])|底(?![线数气子层部])|末(?![端尾]))/uy,
  relDay: new RegExp(`(${alt(REL_DAY)})`, 'uy'),
  relWeek: new RegExp(`(${alt(REL_WEEK)})(?:(?:周|星期|礼拜)?([一二三四五六日天1-7])(?![0-9]))?`, 'uy'),
  weekday: /(?:周|星期|礼拜)([一二三四五六日天])/uy,
  part: new RegExp(PART, 'uy'),
  tail: new RegExp(TAIL, 'uy'),
  sep: new RegExp(SEP, 'uy'),
  yearRangeStart: new RegExp(`(${NUM}{4})${SEP}(?=${NUM}{2,4}\\s*年)`, 'uy'),
};

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** A date expression as printed, before resolution. Unset fields were not printed. */
interface Point {
  year?: number;
  /** Two-digit year as printed (15 in 15年). */
  year2?: number;
  relYear?: number;
  bothYears?: boolean;
  quarter?: number;
  quarterTo?: number;
  relQuarter?: number;
  quarterPart?: 'begin' | 'end';
  firstN?: { from: 'first' | 'last'; n: number; unit: 'month' | 'quarter' };
  half?: 1 | 2;
  yearPart?: 'begin' | 'end' | 'start';
  season?: number;
  month?: number;
  monthTo?: number;
  relMonth?: number;
  day?: number;
  dayTo?: number;
  xun?: 'early' | 'mid' | 'late' | 'begin' | 'end';
  relDay?: number;
  /** The relative word's offset of a day printed in brackets after it (昨（4）日: -1, day 4). */
  dayWord?: number;
  relWeek?: number;
  weekday?: number;
}

/**
 * Words before a day in Chinese numerals that make it a count or an idiom, not a date:
 * 三十年如一日, 日复一日, 每一日, 第一日, 同一日, 这一日, 某一日, 前一日.
 */
const CN_DAY_NOT_AFTER = new Set([...'如复每第同这那某数几头前后当逐']);
/**
 * What may follow a day in Chinese numerals printed alone (十五日上午, 新华社北京十五日电, 十五日，…):
 * a part of the day, the wire's 电/讯, 起, 晚/夜/早, or a clause break. Anything else (一日三餐, 一日游,
 * 一日千里, 一日之内) is a count or an idiom. Source: how dailies print datelines (a day alone in
 * Chinese numerals appears in wire datelines and older papers), checked on the zoo and a fresh
 * user's railway weekly (他三十年如一日扎根检车一线 was dated).
 */
const CN_DAY_THEN = /(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|夜里|电|讯|起|晚|夜|早|[，,、。；（(\s])/uy;

/**
 * Whether a day alone in Chinese numerals (`s[start..end)`, e.g. 十五日) reads as a date: not `两`,
 * not after {@link CN_DAY_NOT_AFTER}, and followed by {@link CN_DAY_THEN}; the end of a range
 * (after 至/到/a dash) always is.
 */
function chineseDayAloneIsDate(s: string, start: number, end: number): boolean {
  if (s.slice(start, end).includes('两')) return false;
  // the end of a range (九号到十五号, 8日至十日): the start already made it a date
  let k = start - 1;
  while (k >= 0 && /\s/u.test(s[k])) k--;
  if (k >= 0 && /[至到—－\-~～―]/u.test(s[k])) return true;
  if (start > 0 && CN_DAY_NOT_AFTER.has(s[start - 1])) return false;
  if (end >= s.length) return false;
  CN_DAY_THEN.lastIndex = end;
  return CN_DAY_THEN.test(s);
}

/**
 * What after a day alone (10日) makes it a span of days: 内, 以内, 之内 (请于公开之日起10日内向村务监督委员会
 * 反映, 公示期7日内). Every 公示, 公开 and 通知 sets its deadline so.
 */
const DURATION_AFTER_DAY_RE = /^(?:内|以内|之内)/u;
/**
 * What a number and 号 name when a noun follows them: a building, a line, a gate, a room (7号楼, 3号线,
 * 2号院, 5号门, 12号窗口, 1号地块): a house or serial number, never a day alone (a dateline's 7号 stands
 * before a time of day or a comma). Source: 民生 copy of city dailies (tester26's wenzheng-page, Dec 2026:
 * 7号楼加装电梯 had dated the story the 7th).
 */
const NUMBERED_THING_AFTER_HAO_RE = /^(?:楼|院|线|门|口|厅|馆|库|房|车|机|桥|窗|地块|站|台|泊位|仓|井|柜|床|码头|坑|栋|幢|单元|公寓|宿舍|大院|小区|文件|令|字)/u;

/** Reads one point at `i`; returns it and where it ends, or null. `dayHao`: accept 5号 alone. */
function readPoint(s: string, i: number, dayHao: boolean): { p: Point; end: number } | null {
  const p: Point = {};
  let j = i;
  let m: RegExpExecArray | null;
  const numeric = numericDateParts(s, j);
  if (numeric) return { p: { year: numeric.year, month: numeric.month, day: numeric.day }, end: j + numeric.length };
  if ((m = at(R.relDayBracketed, s, j))) {
    p.day = parseNumber(m[2]);
    p.dayWord = REL_DAY_BRACKETED[m[1]];
    return { p, end: j + m[0].length };
  }
  if ((m = at(R.relDay, s, j))) {
    p.relDay = REL_DAY[m[1]];
    return { p, end: j + m[0].length };
  }
  if ((m = at(R.relWeek, s, j))) {
    p.relWeek = REL_WEEK[m[1]];
    if (m[2]) p.weekday = WEEKDAY[m[2]];
    return { p, end: j + m[0].length };
  }
  if (s[j - 1] !== '每' && (m = at(R.weekday, s, j))) {
    p.relWeek = 0;
    p.weekday = WEEKDAY[m[1]];
    return { p, end: j + m[0].length };
  }
  let hasYear = false;
  if ((m = at(R.bothYears, s, j))) {
    p.bothYears = true;
    return { p, end: j + m[0].length };
  }
  if ((m = at(R.rocYear, s, j)) || (m = at(R.rocBareYear, s, j))) {
    p.year = rocYear(m[1]);
    if (Number.isNaN(p.year)) return null;
    hasYear = true;
    j += m[0].length;
  } else if ((m = at(R.year4, s, j))) {
    p.year = parseNumber(m[1]);
    hasYear = true;
    j += m[0].length;
  } else if ((m = at(R.year2, s, j))) {
    p.year2 = parseNumber(m[1]);
    hasYear = true;
    j += m[0].length;
  } else if ((m = at(R.relYear, s, j))) {
    p.relYear = REL_YEAR[m[1]];
    hasYear = true;
    j += m[0].length;
  }
  // After a year, or alone: a part of the year.
  if ((m = at(R.quarterRange, s, j))) {
    p.quarter = parseNumber(m[1]);
    p.quarterTo = parseNumber(m[2]);
    return { p, end: j + m[0].length };
  }
  if ((m = at(R.quarter, s, j))) {
    p.quarter = m[1] === '首' ? 1 : parseNumber(m[1]);
    if (m[2]) p.quarterPart = m[2] === '初' ? 'begin' : 'end';
    return { p, end: j + m[0].length };
  }
  if (!hasYear && (m = at(R.relQuarter, s, j))) {
    p.relQuarter = REL_QUARTER[m[1]];
    if (m[2]) p.quarterPart = m[2] === '初' ? 'begin' : 'end';
    return { p, end: j + m[0].length };
  }
  if ((m = at(R.firstN, s, j)) && (hasYear || m[1] === '前')) {
    const n = parseNumber(m[2]);
    if (!Number.isNaN(n)) {
      p.firstN = { from: m[1] === '前' ? 'first' : 'last', n, unit: m[3] === '月' ? 'month' : 'quarter' };
      return { p, end: j + m[0].length };
    }
  }
  if ((m = at(R.half, s, j))) {
    p.half = m[1] === '上' ? 1 : 2;
    return { p, end: j + m[0].length };
  }
  if ((m = hasYear ? at(R.yearPartAfterYear, s, j) : at(R.yearPartAlone, s, j))) {
    const w = m[1].replace(/^年/u, '');
    p.yearPart = w === '初' ? 'begin' : w === '伊始' ? 'start' : 'end';
    return { p, end: j + m[0].length };
  }
  if ((m = hasYear ? at(R.seasonAfterYear, s, j) : at(R.seasonAlone, s, j))) {
    p.season = SEASON_START[m[1]];
    return { p, end: j + m[0].length };
  }
  if (hasYear && (m = at(R.firstMonth, s, j))) {
    p.month = 1;
    return { p, end: j + m[0].length };
  }
  // Months.
  if ((m = at(R.monthRange, s, j))) {
    p.month = parseNumber(m[1]);
    p.monthTo = parseNumber(m[2]);
    return { p, end: j + m[0].length };
  }
  let hasMonth = false;
  if ((m = at(R.month, s, j))) {
    p.month = parseNumber(m[1]);
    hasMonth = true;
    j += m[0].length;
  } else if (!hasYear && (m = at(R.relMonth, s, j))) {
    p.relMonth = REL_MONTH[m[1]];
    hasMonth = true;
    j += m[0].length;
  }
  if (!hasMonth) {
    if (hasYear) {
      // A year alone: four digits or a relative year (two digits alone read as a duration: 坚守24年).
      if (p.year2 !== undefined) return null;
      return { p, end: j };
    }
    // A day alone (25日, 8至9日), only at the start of an expression.
    if ((m = at(R.dayRange, s, j))) {
      p.day = parseNumber(m[1]);
      p.dayTo = parseNumber(m[2]);
      return { p, end: j + m[0].length };
    }
    // N日内, N日以内, N日之内 (请于10日内反映, 公示期7日内): a span of days, never a day of the month.
    if ((m = at(dayHao ? R.day : R.dayRi, s, j)) && !DURATION_AFTER_DAY_RE.test(s.slice(j + m[0].length, j + m[0].length + 2)) && !(m[0].endsWith('号') && NUMBERED_THING_AFTER_HAO_RE.test(s.slice(j + m[0].length, j + m[0].length + 2))) && (/[0-9０-９]/u.test(m[1]) || chineseDayAloneIsDate(s, j, j + m[0].length))) {
      p.day = parseNumber(m[1]);
      return { p, end: j + m[0].length };
    }
    return null;
  }
  if ((m = at(R.dayRange, s, j))) {
    p.day = parseNumber(m[1]);
    p.dayTo = parseNumber(m[2]);
    return { p, end: j + m[0].length };
  }
  if ((m = at(R.day, s, j))) {
    p.day = parseNumber(m[1]);
    return { p, end: j + m[0].length };
  }
  if ((m = at(R.xun, s, j))) {
    p.xun = m[1] === '上' ? 'early' : m[1] === '中' ? 'mid' : 'late';
    return { p, end: j + m[0].length };
  }
  if ((m = at(R.monthPart, s, j))) {
    p.xun = m[1] === '初' ? 'begin' : 'end';
    return { p, end: j + m[0].length };
  }
  return { p, end: j };
}

/** A calendar day; years below 100 stay as written (date-fns and Date would map 15 to 1915). */
function mkDate(y: number, m: number, d: number): Date {
  const t = new Date(2000, 0, 1);
  t.setFullYear(y, m - 1, d);
  return t;
}

function iso(d: Date): string {
  return `${String(d.getFullYear()).padStart(4, '0')}${lightFormat(d, '-MM-dd')}`;
}

function parseIso(s: string | null | undefined): Date | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? mkDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function expandTwoDigitYear(yy: number, refYear: number | null): number {
  const y = 2000 + yy;
  return y <= Math.max(refYear ?? 2000, 2000) + TWO_DIGIT_YEAR_AHEAD ? y : 1900 + yy;
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(mkDate(y, m, 1)).getDate();
}

type Resolved =
  | { kind: 'span'; start: Date; end: Date; precision: DatePrecision; inferred: string[] }
  | { kind: 'impossible' }
  | { kind: 'missing'; what: 'no-year' | 'no-month'; precision: DatePrecision; inferred: string[] };

/** The span of a month part: 上旬 1-10, 中旬 11-20, 下旬 21-end, 月初 1-5, 月底 25-end. */
function xunSpan(y: number, m: number, xun: NonNullable<Point['xun']>): [Date, Date] {
  const last = lastDayOfMonth(mkDate(y, m, 1));
  switch (xun) {
    case 'early':
      return [mkDate(y, m, 1), mkDate(y, m, 10)];
    case 'mid':
      return [mkDate(y, m, 11), mkDate(y, m, 20)];
    case 'late':
      return [mkDate(y, m, 21), last];
    case 'begin':
      return [mkDate(y, m, 1), mkDate(y, m, 5)];
    default:
      return [mkDate(y, m, 25), last];
  }
}

/**
 * Resolves a point against the reference. `forcedYear`: the year of the range's start, for an end
 * point that prints none. Years not printed for a month or day take the occurrence nearest the
 * reference (12月30日 in an issue of 3 January is last year's, see ROLLOVER_MONTHS).
 */
function resolve(p: Point, ref: DateReference, forcedYear?: number): Resolved {
  const refDay = parseIso(ref.issueDate);
  const refYear = refDay?.getFullYear() ?? ref.year ?? null;
  const inferred: string[] = [];

  if (p.relDay !== undefined) {
    if (!refDay)
      return { kind: 'missing', what: 'no-year', precision: 'day', inferred: ['year', 'month', 'day'] };
    const d = addDays(refDay, p.relDay);
    return { kind: 'span', start: d, end: d, precision: 'day', inferred: ['year', 'month', 'day'] };
  }
  if (p.relWeek !== undefined) {
    const precision = p.weekday ? 'day' : 'week';
    if (!refDay) return { kind: 'missing', what: 'no-year', precision, inferred: ['year', 'month', 'day'] };
    const monday = addWeeks(startOfISOWeek(refDay), p.relWeek);
    if (p.weekday) {
      const d = addDays(monday, p.weekday - 1);
      return { kind: 'span', start: d, end: d, precision, inferred: ['year', 'month', 'day'] };
    }
    return {
      kind: 'span',
      start: monday,
      end: addDays(monday, 6),
      precision,
      inferred: ['year', 'month', 'day'],
    };
  }
  if (p.relMonth !== undefined) {
    if (!refDay)
      return {
        kind: 'missing',
        what: 'no-month',
        precision: p.day ? 'day' : 'month',
        inferred: ['year', 'month'],
      };
    const first = addMonths(mkDate(refDay.getFullYear(), refDay.getMonth() + 1, 1), p.relMonth);
    return withInferred(
      resolve({ ...p, relMonth: undefined, year: first.getFullYear(), month: first.getMonth() + 1 }, ref),
      ['year', 'month'],
    );
  }
  if (p.relQuarter !== undefined) {
    if (!refDay) return { kind: 'missing', what: 'no-year', precision: 'quarter', inferred: ['year'] };
    const q0 = Math.floor(refDay.getMonth() / 3) + p.relQuarter;
    const first = addMonths(mkDate(refDay.getFullYear(), 1, 1), q0 * 3);
    return withInferred(
      resolve(
        { ...p, relQuarter: undefined, year: first.getFullYear(), quarter: first.getMonth() / 3 + 1 },
        ref,
      ),
      ['year'],
    );
  }

  // The year: printed, relative, inherited from a range's start, or from the reference.
  let year: number | null = null;
  let printedYear = true;
  if (p.year !== undefined) year = p.year;
  else if (p.year2 !== undefined) year = expandTwoDigitYear(p.year2, refYear);
  else if (p.relYear !== undefined || p.bothYears) {
    if (refYear === null) return { kind: 'missing', what: 'no-year', precision: 'year', inferred: ['year'] };
    year = refYear + (p.relYear ?? 0);
    inferred.push('year');
  } else if (forcedYear !== undefined) {
    year = forcedYear;
    inferred.push('year');
  } else {
    printedYear = false;
    inferred.push('year');
  }
  if (year !== null && Number.isNaN(year)) return { kind: 'impossible' };

  // A day after a relative word (昨（4）日): the word's day when its day of the month is the one
  // printed; otherwise the printed day alone (the word and the issue date disagree; the number is
  // what the paper printed).
  if (p.dayWord !== undefined && refDay && p.month === undefined) {
    const d = addDays(refDay, p.dayWord);
    if (d.getDate() === p.day) return { kind: 'span', start: d, end: d, precision: 'day', inferred: ['year', 'month'] };
  }
  // Day alone: month (and year) from the reference day; a day after it is last month's.
  if (p.month === undefined && p.day !== undefined && !printedYear) {
    const base = refDay ?? parseIso(ref.referenceDate);
    if (!base) return { kind: 'missing', what: 'no-month', precision: 'day', inferred: ['month'] };
    let first = mkDate(base.getFullYear(), base.getMonth() + 1, 1);
    if (p.day > base.getDate() && refDay) first = addMonths(first, -1);
    const r = resolve({ ...p, year: first.getFullYear(), month: first.getMonth() + 1 }, ref);
    return withInferred(r, ['month', 'year'], true);
  }

  const span = (y: number): Resolved => {
    if (p.bothYears)
      return {
        kind: 'span',
        start: mkDate(y, 1, 1),
        end: mkDate(y + 1, 12, 31),
        precision: 'year',
        inferred,
      };
    if (p.quarter !== undefined) {
      const q = p.quarter;
      const qTo = p.quarterTo ?? q;
      if (!(q >= 1 && q <= 4 && qTo >= q && qTo <= 4)) return { kind: 'impossible' };
      if (p.quarterPart) {
        const mm = p.quarterPart === 'begin' ? q * 3 - 2 : q * 3;
        return {
          kind: 'span',
          start: mkDate(y, mm, 1),
          end: lastDayOfMonth(mkDate(y, mm, 1)),
          precision: 'month',
          inferred,
        };
      }
      return {
        kind: 'span',
        start: mkDate(y, q * 3 - 2, 1),
        end: lastDayOfMonth(mkDate(y, qTo * 3, 1)),
        precision: 'quarter',
        inferred,
      };
    }
    if (p.firstN) {
      const { n, unit, from } = p.firstN;
      const months = unit === 'month' ? n : n * 3;
      if (!(months >= 1 && months <= 12)) return { kind: 'impossible' };
      const [m1, m2] = from === 'first' ? [1, months] : [13 - months, 12];
      return {
        kind: 'span',
        start: mkDate(y, m1, 1),
        end: lastDayOfMonth(mkDate(y, m2, 1)),
        precision: unit,
        inferred,
      };
    }
    if (p.half) {
      return {
        kind: 'span',
        start: mkDate(y, p.half === 1 ? 1 : 7, 1),
        end: lastDayOfMonth(mkDate(y, p.half === 1 ? 6 : 12, 1)),
        precision: 'quarter',
        inferred,
      };
    }
    if (p.yearPart) {
      // 年初 January-February, 伊始 January, 年底/年末 November-December (JioNLP's spans).
      const [m1, m2] = p.yearPart === 'begin' ? [1, 2] : p.yearPart === 'start' ? [1, 1] : [11, 12];
      return {
        kind: 'span',
        start: mkDate(y, m1, 1),
        end: lastDayOfMonth(mkDate(y, m2, 1)),
        precision: 'month',
        inferred,
      };
    }
    if (p.season !== undefined) {
      return {
        kind: 'span',
        start: mkDate(y, p.season, 1),
        end: lastDayOfMonth(addMonths(mkDate(y, p.season, 1), 2)),
        precision: 'season',
        inferred,
      };
    }
    if (p.month === undefined)
      return { kind: 'span', start: mkDate(y, 1, 1), end: mkDate(y, 12, 31), precision: 'year', inferred };
    const m = p.month;
    if (!(m >= 1 && m <= 12)) return { kind: 'impossible' };
    if (p.monthTo !== undefined) {
      if (!(p.monthTo >= m && p.monthTo <= 12)) return { kind: 'impossible' };
      return {
        kind: 'span',
        start: mkDate(y, m, 1),
        end: lastDayOfMonth(mkDate(y, p.monthTo, 1)),
        precision: 'month',
        inferred,
      };
    }
    if (p.day !== undefined) {
      if (Number.isNaN(p.day) || !validDay(y, m, p.day)) return { kind: 'impossible' };
      if (p.dayTo !== undefined) {
        if (Number.isNaN(p.dayTo) || p.dayTo < p.day || !validDay(y, m, p.dayTo))
          return { kind: 'impossible' };
        return {
          kind: 'span',
          start: mkDate(y, m, p.day),
          end: mkDate(y, m, p.dayTo),
          precision: 'day',
          inferred,
        };
      }
      const d = mkDate(y, m, p.day);
      return { kind: 'span', start: d, end: d, precision: 'day', inferred };
    }
    if (p.xun) {
      const [a, b] = xunSpan(y, m, p.xun);
      return { kind: 'span', start: a, end: b, precision: 'xun', inferred };
    }
    return {
      kind: 'span',
      start: mkDate(y, m, 1),
      end: lastDayOfMonth(mkDate(y, m, 1)),
      precision: 'month',
      inferred,
    };
  };

  if (year !== null) return span(year);
  // No year printed: a month or day takes the occurrence nearest the reference day; anything
  // else (一季度, 年底) is the reference year's.
  if (
    p.day !== undefined &&
    p.month !== undefined &&
    (Number.isNaN(p.day) || !(p.month >= 1 && p.month <= 12) || !validDay(2024, p.month, p.day))
  ) {
    return { kind: 'impossible' };
  }
  if (refDay && p.month !== undefined) {
    // Last year's when the month is ROLLOVER_MONTHS or more after the reference's month.
    const y = refDay.getFullYear();
    return span(p.month - (refDay.getMonth() + 1) >= ROLLOVER_MONTHS ? y - 1 : y);
  }
  if (refYear !== null) return span(refYear);
  const precision: DatePrecision =
    p.day !== undefined
      ? 'day'
      : p.xun
        ? 'xun'
        : p.month !== undefined
          ? 'month'
          : p.quarter !== undefined
            ? 'quarter'
            : 'year';
  return { kind: 'missing', what: 'no-year', precision, inferred: ['year'] };
}

function withInferred(r: Resolved, parts: string[], replace = false): Resolved {
  if (r.kind === 'impossible') return r;
  if (replace) return { ...r, inferred: [...parts] };
  const inferred = new Set([...parts, ...r.inferred]);
  return { ...r, inferred: ['year', 'month', 'day'].filter((x) => inferred.has(x)) };
}

function isEmpty(p: Point): boolean {
  return Object.keys(p).length === 0;
}

/**
 * A month and day typed in digits with a full stop, as a clerk types a dateline (3.6 镇卫生院…,
 * ▲3.4上午,…): read only at the start of a paragraph (bullets and spaces before it aside), followed
 * by a part of the day (上午) or by a space or comma and then neither a digit nor a unit (3.5 米,
 * 3.2 万亩 are numbers), and only for the issue's month or the month before it (a dateline reports
 * the last weeks). Anywhere else M.D is a decimal number. Source: 乡镇/村 newsletters and notices
 * typed in word processors (tester22's township newsletter).
 */
function shortNumericDate(s: string, i: number, ref: DateReference): { p: Point; end: number } | null {
  SHORT_NUMERIC_DATE_RE.lastIndex = i;
  const m = SHORT_NUMERIC_DATE_RE.exec(s);
  if (!m || !PARAGRAPH_START_RE.test(s.slice(0, i))) return null;
  const refDay = parseIso(ref.issueDate);
  if (!refDay) return null;
  const month = parseNumber(m[1]);
  const day = parseNumber(m[2]);
  const refMonth = refDay.getMonth() + 1;
  if (!(month === refMonth || month === ((refMonth + 10) % 12) + 1) || !(day >= 1 && day <= 31)) return null;
  const end = i + m[0].length;
  PART_AFTER_SHORT_RE.lastIndex = end;
  if (!PART_AFTER_SHORT_RE.test(s)) {
    CLAUSE_AFTER_SHORT_RE.lastIndex = end;
    if (!CLAUSE_AFTER_SHORT_RE.test(s)) return null;
  }
  return { p: { month, day }, end };
}
/** A month and day in digits with a full stop, not part of a longer number (shortNumericDate). */
const SHORT_NUMERIC_DATE_RE = /([0-9０-９]{1,2})[.．]([0-9０-９]{1,2})(?![0-9０-９]|[.．][0-9０-９])/uy;
/** What may stand before a dateline at a paragraph's start: spaces and bullets (▲, ●, ■, ◆, ★, ·, •). */
const PARAGRAPH_START_RE = /^[\s\u3000▲△●○■□◆◇★☆·•]*$/u;
/** A part of the day right after a short numeric date (3.4上午). */
const PART_AFTER_SHORT_RE = /\s*(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|夜里|日|号)/uy;
/**
 * A space or comma after a short numeric date and then Han text that is not a unit or a number's
 * word (万, 米, 元, 亩, 公里…): the clause a dateline opens.
 */
const CLAUSE_AFTER_SHORT_RE = /(?:[\s\u3000]+|[，,])(?![0-9０-９]|[万亿千百十米元亩斤吨个只件户人名次倍度公厘毫克升平方立%‰℃])\p{Script=Han}/uy;

/**
 * Reads one date expression starting exactly at `i` of `text` and resolves it against `ref`.
 * Returns null when no expression starts there. `dayHao`: a day alone may end in 号 (5号), as in a
 * dateline; in running text 5号 alone is more often a document or house number.
 */
export function readDate(text: string, i: number, ref: DateReference, dayHao = false): DateMatch | null {
  let start: Point | null = null;
  let j = i;
  let bareYear: number | null = null;
  const yr = at(R.yearRangeStart, text, i);
  const short = dayHao ? shortNumericDate(text, i, ref) : null;
  if (short) {
    start = short.p;
    j = short.end;
  } else if (yr) {
    bareYear = parseNumber(yr[1]);
    j = i + yr[0].length;
  } else {
    const a = readPoint(text, i, dayHao);
    if (!a || isEmpty(a.p)) return null;
    start = a.p;
    j = a.end;
  }
  let endPoint: Point | null = null;
  let k = j;
  if (short) {
    // read on to the part of the day below
  } else if (bareYear !== null) {
    const b = readPoint(text, j, dayHao);
    if (!b || isEmpty(b.p)) return null;
    endPoint = b.p;
    start = { year: bareYear };
    k = b.end;
  } else {
    const sep = at(R.sep, text, j);
    if (
      sep &&
      start &&
      start.dayTo === undefined &&
      start.monthTo === undefined &&
      start.quarterTo === undefined
    ) {
      const b = readPoint(text, j + sep[0].length, true);
      if (b && !isEmpty(b.p) && compatible(start, b.p)) {
        endPoint = b.p;
        k = b.end;
      }
    }
  }
  if (!start) return null;
  const partM = at(R.part, text, k);
  k += partM ? partM[0].length : 0;
  const tail = at(R.tail, text, k);
  k += tail ? tail[0].length : 0;
  const length = k - i;

  const a = resolve(start, ref);
  if (a.kind === 'impossible') return { kind: 'impossible', length };
  if (a.kind === 'missing')
    return {
      kind: 'date',
      length,
      iso: null,
      end: null,
      precision: a.precision,
      inferred: a.inferred,
      missing: a.what,
      range: endPoint !== null,
    };
  let end = a.end;
  if (endPoint) {
    const inherit: Point = { ...endPoint };
    // The end inherits what it does not print from the start: 8月11日至22日, 2017年8月至11月.
    if (inherit.day !== undefined && inherit.month === undefined && inherit.relMonth === undefined)
      inherit.month = a.start.getMonth() + 1;
    const printsYear =
      inherit.year !== undefined || inherit.year2 !== undefined || inherit.relYear !== undefined;
    const relative =
      inherit.relDay !== undefined ||
      inherit.relWeek !== undefined ||
      inherit.relMonth !== undefined ||
      inherit.relQuarter !== undefined;
    let b = resolve(inherit, ref, printsYear || relative ? undefined : a.start.getFullYear());
    if (b.kind === 'span' && !printsYear && !relative && b.end < a.start)
      b = resolve(inherit, ref, a.start.getFullYear() + 1);
    if (b.kind === 'impossible') return { kind: 'impossible', length };
    if (b.kind === 'span') {
      if (b.end < a.start) return { kind: 'impossible', length };
      end = b.end;
    }
  }
  const same = differenceInCalendarDays(end, a.start) === 0;
  return {
    kind: 'date',
    length,
    iso: iso(a.start),
    end: same ? null : iso(end),
    precision: a.precision,
    inferred: a.inferred,
    range: endPoint !== null,
  };
}

/** Whether `b` can end a range that `a` starts (a day cannot end a year range, etc.). */
function compatible(a: Point, b: Point): boolean {
  const dayLike = (p: Point) => p.day !== undefined || p.relDay !== undefined || p.weekday !== undefined;
  const ownMonth = b.month !== undefined || b.relMonth !== undefined;
  if (dayLike(b) && !ownMonth) return dayLike(a);
  return true;
}
