/**
 * Page furniture: the layout text that belongs to a page, not to a story — running heads (paper
 * name, date, weekday, page, section), folios (－３－, 第3版), editor lines (责任编辑, 版式, 校对,
 * 美编), column labels (图片新闻, 简讯), jump markers (下转第3版 / 上接第2版) and OCR noise lines.
 * Recognised line by line, before blocks are built.
 *
 * Sources for the patterns: the running heads and folios of Chinese dailies and district papers
 * (《南通日报》, 《崇川报》 style: `某某日报 2021年11月4日 星期四 第2版 要闻`, `－３－`), and the
 * jump conventions named in issue 4 (（下转第3版）, （上接第2版）, 转第N版, 接第N版, 下转N版).
 */
import type { FurnitureKind } from '../types.js';
import { VERSE_FORM_RE, visualLength } from '../text.js';
import { isNoiseLine, isRunningHeadLine, matchingForm } from './markers.js';
import { OCR_PAGE_NO_MARKS } from '../heuristics.js';
import { REPRINT_SOURCE_VERBS, TRAILER_REVIEW_ROLES } from '../extract/credit-lexicon.js';
import { FULL_DATE_SOURCE, ISSUE_YEARS, YEAR_DIGIT, findFullDate, yearOfDigits } from '../extract/date-grammar.js';

const D = '[0-9０-９]';
const CN_NUM = '[一二三四五六七八九十〇零两]';
const PAGE_NO = `(?:${D}{1,3}|${CN_NUM}{1,3}|[A-ZＡ-Ｚ]${D}{1,2})`;
/** OCR_PAGE_NO_MARKS as the inside of a regular-expression class. */
const PAGE_NO_MARK = OCR_PAGE_NO_MARKS.replace(/[\\\]^-]/gu, '\\$&');

/** A printed date as in mastheads and running heads: 2021年11月4日, 一九八五年三月五日 (date-grammar.ts FULL_DATE_SOURCE). */
const HEAD_DATE_RE = new RegExp(FULL_DATE_SOURCE, 'u');
const WEEKDAY_RE = /星期[一二三四五六日天]|周[一二三四五六日]/u;
const PAGE_RE = new RegExp(`第\\s*${PAGE_NO}\\s*版`, 'u');

/**
 * A page number with its section letter, as evening, metro and business papers number their pages
 * (A01…A16 for the first section, B1, C05: 晚报, 都市报, 商报): a capital letter (ASCII or
 * full-width) and one or two digits, alone on a line. Such a line is a folio only at a page's
 * edge or when the document prints it as a page number elsewhere (split-blocks letterFoliosInText).
 */
export const LETTER_FOLIO_RE = new RegExp(`^[A-ZＡ-Ｚ]\\s*${D}{1,2}$`, 'u');

/**
 * `－３－`, `- 3 -`, `— 12 —` (and the dashes as OCR reads them: `一3一`, `_3_`), `·3·` (the
 * middle dots of government bulletins' folios), `第3版`, `第A2版`, `A14` (LETTER_FOLIO_RE), a
 * magazine's or newsletter's `第3页`/`第3頁`, `P.3`, `p.3`, `Page 3` (tester18's Hong Kong group
 * newsletter, Dec 2026), or a bare page number.
 */
const FOLIO_RE = new RegExp(
  `^(?:[－\\-—–~～一_]\\s*${D}{1,3}\\s*[－\\-—–~～一_]|[·•・]\\s*${D}{1,3}\\s*[·•・]|第\\s*${PAGE_NO}\\s*[版页頁](?:\\s*[\\p{Script=Han}]{1,6})?|${D}{1,3}|[A-ZＡ-Ｚ]\\s*${D}{1,2}|[PpＰｐ][.．]\\s*${D}{1,3}|(?:Page|PAGE)\\s*${D}{1,3})$`,
  'u',
);

/** A page number as a page head prints it: 第2版, 第2頁, P.2, A3. */
const PAGE_NUMBER_FORM = `(?:第\\s*${PAGE_NO}\\s*[版页頁]|[PpＰｐ][.．]\\s*${D}{1,3}|[A-ZＡ-Ｚ]${D}{1,2})`;
/**
 * A page's head without the paper's name or date: its name (2 to 10 Han characters, a middle dot
 * between two names allowed) and its number apart by white space, either first (人物・動態　P.2,
 * 第2版　人物·动态, 集團要聞　P.1). A page scanned to a file of its own prints it under the paper's
 * head (tester18's Hong Kong group newsletter, Dec 2026: read as the first story's kicker).
 */
const PAGE_LABEL_RE = new RegExp(
  `^(?:[\\p{Script=Han}·・•]{2,10}[\\s\\u3000]+${PAGE_NUMBER_FORM}|${PAGE_NUMBER_FORM}[\\s\\u3000]+[\\p{Script=Han}·・•]{2,10})$`,
  'u',
);

/** A folio whose page number OCR read as a mark (第]版, 第?版: OCR_PAGE_NO_MARKS). */
const FOLIO_MARK_RE = new RegExp(`^第\\s*[${PAGE_NO_MARK}]\\s*版$`, 'u');

/** 本报 / 本報 ("this paper"): how running text names the paper, never a running head's paper name. */
const OWN_PAPER_RE = /本[报報]/gu;

/**
 * 责任编辑：张三　版式：李四 and friends (本版编辑：…, the page's own; a full-width slash between role
 * and name as Taiwan dailies print it, 本版編輯／王美玲, tester29 Dec 2026), at the start of a line; also a
 * page foot that opens with the paper's hotlines before them (广告热线：0879-6100000　责任编辑：…, a
 * county paper's 公告·广告 page, tester7 Dec 2026).
 */
const EDITOR_RE =
  /^(?:(?:新闻|广告|发行|订报|投稿|新聞|廣告|發行)(?:热线|熱線)[：:]\s*[0-9０-９\-－—()（）]{5,20}[\s\u3000]+)?(?:本版|本版面)?(?:责任编辑|责编|编辑|版式|版式设计|美编|校对|组版|签发|审校|值班编辑|責任編輯|責編|編輯|美編|校對|組版|簽發)\s*[：:\s／/]/u;

/**
 * The page's editor line with the blank between role and name lost, the line holding nothing else
 * (`责任编辑罗清扬`: OCR read the ideographic space of 责任编辑　罗清扬 as no space at all, Tesseract's
 * hOCR of the OCR harness's degraded wire copy, where it became a title). Only the page editor's
 * own role words, which open no sentence or headline: 编辑 alone does (编辑部, 编辑出版).
 */
const EDITOR_RUN_ON_RE = /^(?:本版)?(?:责任编辑|責任編輯|责编|責編)\p{Script=Han}{2,4}$/u;

/**
 * The page's own credit line, unbracketed (本版文章由雁州置地集团提供, 本版由市农业农村局协办, 本专版稿件均由…
 * 供稿): 本版 scopes it to the page, as 本版编辑 does, so it is the page's furniture (kind `editor`) wherever
 * it stands (an advertorial or sponsored page's foot, over the folio), never a headline of the next
 * page's first item nor a credit of the page's last one. The bracketed form （本文由…提供） is an item's
 * own credit and stays one. Source: the sponsored and advertorial pages of city evening papers'
 * 楼市/车市 supplements (tester27's property-auto-weekly, Dec 2026) and of county papers' 专版.
 */
const PAGE_CREDIT_RE =
  /^(?:本版|本版面|本专版|本專版)(?:所[有刊])?(?:文章|稿件|内容|图文|圖文|图片|圖片|文字|资料|資料)?(?:均|皆)?由\p{Script=Han}[\p{Script=Han}·・（）()]{1,30}?(?:提供|供稿|协办|協辦|承办|承辦|支持|联办|聯辦)$/u;

/** True for an editor's line of the page (责任编辑：张三, 本版编辑：景　川, PAGE_CREDIT_RE): furniture, never a story's credit. */
export function isEditorLine(text: string): boolean {
  const t = text.trim();
  return (EDITOR_RE.test(t) && !isPieceTrailer(t)) || EDITOR_RUN_ON_RE.test(t) || PAGE_CREDIT_RE.test(t);
}

/**
 * A new-media trailer that opens with its editor (编辑：孟知秋　审核：钟　毓　终审：杜　衡): a reviewer's
 * role of the field's 三审 before a colon (credit-lexicon.ts TRAILER_REVIEW_ROLES) makes the line the
 * credits of the piece above, not the page's editor line, unless the line names the page's own
 * editor (责任编辑, 本版编辑: scoped to the page).
 */
const PIECE_TRAILER_RE = new RegExp(`(?:^|[\\s\\u3000])(?:${TRAILER_REVIEW_ROLES.join('|')})[\\s\\u3000]*[：:]`, 'u');
function isPieceTrailer(t: string): boolean {
  return PIECE_TRAILER_RE.test(t) && !/^(?:本版|本版面)?(?:责任编辑|責任編輯|责编|責編|本版编辑)/u.test(t) && !/^本版/u.test(t);
}

/**
 * A weather box's label (岚溪天气, 今日天气, 天气预报: up to six characters of a place or day, then
 * 天气 or 天气预报) set over its forecast lines (WEATHER_LINE_RE), and a forecast line (今天：多云转晴
 * 18℃～27℃　偏南风2～3级, 明天：晴　19℃～29℃): a masthead's or page's weather box, furniture between
 * items. The label alone is furniture only over a forecast line (a column 天气与农事, a cross-head
 * 天气趋势 are not labels of this shape). Source: the weather boxes of county and city papers'
 * front pages (tester12's county media-centre paper, Dec 2026).
 */
const WEATHER_LABEL_RE = /^\p{Script=Han}{0,6}(?:天气|天氣)(?:预报|預報)?$/u;
const WEATHER_LINE_RE =
  /^(?:今天|明天|后天|今日|明日|后日|今夜|今晚|明晚|夜间|白天|周[一二三四五六日天]|星期[一二三四五六日天]|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)(?:[白夜](?:天|间))?[\s\u3000]*[：:].{0,30}?[0-9０-９]\s*(?:℃|°C|度)/u;

/**
 * Weather boxes (WEATHER_LABEL_RE over WEATHER_LINE_RE lines) among lines `kinds` left as text:
 * their lines become furniture of kind `masthead`. Changes `kinds` in place.
 */
export function markWeatherBoxes(lines: readonly { text: string }[], kinds: (FurnitureKind | null)[]): void {
  const isForecast = (t: string) => visualLength(t) <= MAX_RUNNING_HEAD_LENGTH && !/[。！？!?]/u.test(t) && WEATHER_LINE_RE.test(t);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (kinds[i] !== null || !t || !isForecast(t)) continue;
    kinds[i] = 'masthead';
    // The label over the first forecast line (blank lines aside).
    let j = i - 1;
    while (j >= 0 && !lines[j].text.trim()) j--;
    if (j >= 0 && kinds[j] === null && WEATHER_LABEL_RE.test(lines[j].text.trim())) kinds[j] = 'masthead';
  }
}

/**
 * The label of a front page's index box (导读, 本期导读, 今日导读, 本版导读, 要目, 本期要目, 今日要目;
 * spaced out to the box's width too: 导　读). Source: the 导读/要目 boxes of Chinese dailies' and
 * prefecture and city papers' front pages (tester23's 州报, Dec 2026; tester5's army daily).
 */
const INDEX_LABEL_RE = /^(?:【\s*)?(?:本期|今日|本版|本刊|要闻)?(?:导读|導讀|要目)(?:\s*】)?$/u;
/** Longest index entry read (UTF-16 units): a headline of up to 40 characters, a gap or dot leaders, the page. */
const INDEX_ENTRY_MAX_LENGTH = 64;
/** A bullet mark that opens an index entry (▲ 标题　2版). */
const INDEX_BULLET = '[◆◇●○■□▲△★☆►▶▷•·]';
/** An index entry's headline: 2–40 characters with no sentence stop. */
const INDEX_HEAD = '[^。；;！？!?\\s\\u3000][^。；;！？!?]{1,39}?';
/**
 * An index entry: a headline and the page that prints it, after a gap (标题　2版, 标题　第2版), in
 * brackets (标题（2版）, 标题（详见第2版）), or after dot leaders (标题…………2, 标题……（2）); a bullet
 * (▲, ◆, ●) may open it. Group 1 is the bullet, group 2 set when the page follows dot leaders.
 */
const INDEX_ENTRY_RE = new RegExp(
  `^(${INDEX_BULLET}\\s*)?${INDEX_HEAD}(?:[\\s\\u3000]+(?:详?见\\s*)?第?${PAGE_NO}\\s*版|\\s*[（(]\\s*(?:详?见\\s*)?第?\\s*${PAGE_NO}\\s*版\\s*[）)]|\\s*(?:[…·.．]{2,}|-{3,})\\s*([（(]?\\s*${PAGE_NO}\\s*[）)]?))$`,
  'u',
);

/**
 * A front page's index (导读) box among lines `kinds` left as text: its entries (INDEX_ENTRY_RE),
 * each an inside headline pointing to its page, are furniture of kind `jump` (as a teaser's
 * 见第2版: a pointer to another page with no story to pair), and its label (INDEX_LABEL_RE) right
 * above them furniture of kind `section`. Entries count as a box under such a label, or, with no
 * label, as a run of two or more (blank lines aside); an entry whose page follows dot leaders needs
 * a bullet or the label, since a bulletin's 目录 (its entries with dot leaders and bare page
 * numbers) is an item of its own. The text under the box keeps its own headline. Changes `kinds`
 * in place.
 */
export function markIndexBoxes(lines: readonly { text: string }[], kinds: (FurnitureKind | null)[]): void {
  const entry = (i: number, labelled: boolean): boolean => {
    const t = lines[i].text.trim();
    // A teaser furniture.ts already read (◆标题　　　见第2版) is an entry; a jump marker is none.
    if (kinds[i] === 'jump') return isTeaserLine(t);
    // (An entry is a headline and a page: longer lines are not read, and no run of spaces is scanned.)
    if (kinds[i] !== null || t.length > INDEX_ENTRY_MAX_LENGTH) return false;
    const m = INDEX_ENTRY_RE.exec(t);
    if (!m) return false;
    return m[2] === undefined || labelled || m[1] !== undefined;
  };
  const nextNonBlank = (i: number): number => {
    let j = i + 1;
    while (j < lines.length && !lines[j].text.trim()) j++;
    return j;
  };
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (!t || (kinds[i] !== null && kinds[i] !== 'section')) continue;
    const spaced = spacedOut(t);
    const labelled = INDEX_LABEL_RE.test(t) || (spaced !== null && INDEX_LABEL_RE.test(spaced));
    const run: number[] = [];
    let j = labelled ? nextNonBlank(i) : i;
    while (j < lines.length && entry(j, labelled)) {
      run.push(j);
      j = nextNonBlank(j);
    }
    if (run.length === 0 || (!labelled && run.length < 2)) continue;
    if (labelled) kinds[i] = 'section';
    for (const k of run) kinds[k] = 'jump';
    i = run[run.length - 1];
  }
}

/** The last word of an office's or body's name that compiles a 简报 (中共某县委办公室, 某县人民政府, 县委政研室). */
const OFFICE_END = '(?:办公室|委员会|政府|委|局|厅|部|中心|处|科|室)';

/** A full date (2024年4月15日) alone on a line, or after an office's or body's name (中共某县委办公室　　2024年4月15日). */
const COVER_DATE_LINE_RE = new RegExp(`^(?:\\p{Script=Han}{2,30}${OFFICE_END}(?:编印|编)?[\\s\\u3000]+)?${FULL_DATE_SOURCE}$`, 'u');

/**
 * The cover of a 简报 or bulletin: a line that is a date alone or an office's name and a date
 * (COVER_DATE_LINE_RE), right under a masthead line (blank lines aside) with no text above it in the
 * file, is the cover's publisher or date line (中共某县委办公室编印 / 2024年4月15日), furniture of kind
 * `masthead`: the issue's date. Under the issue's text such a line signs a document. Changes `kinds`
 * in place.
 */
export function markCoverLines(lines: readonly { text: string }[], kinds: (FurnitureKind | null)[]): void {
  let last: FurnitureKind | null = null;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (!t) continue;
    if (kinds[i] === null) {
      if (last !== 'masthead' || visualLength(t) > MAX_RUNNING_HEAD_LENGTH || !COVER_DATE_LINE_RE.test(t)) return;
      kinds[i] = 'masthead';
    }
    last = kinds[i];
  }
}

/** A jump marker with its direction: `out` continues on another page, `in` continues from one. */
export interface JumpMarker {
  /** The marker as printed, brackets included: （下转第3版） */
  text: string;
  direction: 'out' | 'in';
  /** The page named, as printed digits normalised to a number when it is one; else null. */
  page: number | null;
  /** Offset of the marker in the searched text (UTF-16 code units). */
  index: number;
}

/**
 * Verbs of a jump to the story's far half, longest first: 下转, 转, and 续见 (continued, see: （續見A3版）,
 * as Taiwan dailies print it; tester29's taiwan-local-daily, Dec 2026) (simplified and traditional).
 */
export const JUMP_VERBS_OUT: readonly string[] = ['下转', '下轉', '续见', '續見', '转', '轉'];
/** Verbs of a jump back to the story's near half: 上接, 接, 续 (continued from), 承 (carried over from). */
export const JUMP_VERBS_IN: readonly string[] = ['上接', '接', '续', '續', '承'];
/** Words for the page a jump names: 版 (a paper's page), 页/頁 (a magazine's, a newsletter's, Hong Kong's). */
const JUMP_PAGE_WORDS = '版页頁';

// The whitespace after an opening bracket belongs to the bracket: a leading `[（(]?\\s*` tried at
// every position of a long run of spaces scanned the rest of the run each time (quadratic: a line of
// 20,000 spaces took 2 s, 60,000 took 25 s).
// The verbs and page words of jumps (JUMP_VERBS_OUT, JUMP_VERBS_IN, JUMP_PAGE_WORDS): mainland
// papers print 版 (（下转第3版）, （上接第1版）), magazines, staff newsletters and Hong Kong and Taiwan
// papers 页/頁 (（轉第3頁）), and 续/續 or 承 for the far half (（續第1頁）, （续第1版）, （承第2版）;
// tester18's Hong Kong group newsletter, Dec 2026).
// The page may be named as the one before or after (（接上版）, （轉下版）: Taiwan dailies), with no number.
const JUMP_RE = new RegExp(
  `(?:[（(]\\s*)?(${[...JUMP_VERBS_OUT, ...JUMP_VERBS_IN].join('|')})\\s*(?:第\\s*)?(${PAGE_NO}|[${PAGE_NO_MARK}]|[上下](?=[${JUMP_PAGE_WORDS}]))[${PAGE_NO_MARK}]?\\s*[${JUMP_PAGE_WORDS}]\\s*[）)]?`,
  'gu',
);

function pageNumber(s: string): number | null {
  const ascii = s.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const digits: Record<string, number> = {
    一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 〇: 0, 零: 0,
  };
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s);
  if (m) return (m[1] ? digits[m[1]] : 1) * 10 + (m[2] ? digits[m[2]] : 0);
  if ([...s].every((c) => c in digits)) return Number([...s].map((c) => digits[c]).join(''));
  return null;
}

/** A page number printed in a running head, masthead line or folio: 第3版, 第三版, 第3页. */
const PRINTED_PAGE_RE = new RegExp(`第\\s*(${D}{1,3}|${CN_NUM}{1,3})\\s*[版页頁]`, 'u');
/** A folio that is a bare page number between dashes or dots (－3－, — 12 —, ·3·, 3). */
const BARE_FOLIO_RE = new RegExp(`^[－\\-—–_·•\\s]*(${D}{1,3})[－\\-—–_·•\\s]*$`, 'u');

/**
 * The page number a running head, masthead line or folio prints (第3版, 第三版, 第3页, －3－), or
 * null (none printed, or a lettered page: A3). What a jump's far half is matched by: the page a
 * story jumps to against the page its far half stands on.
 */
export function printedPageNumber(text: string): number | null {
  const t = text.trim();
  const m = PRINTED_PAGE_RE.exec(t) ?? BARE_FOLIO_RE.exec(t);
  return m ? pageNumber(m[1]) : null;
}

/**
 * Finds jump markers in a line of text. Only markers in brackets, or standing alone, or at the very
 * start or end of the text count: 转第3版 inside a sentence about a page is left alone.
 */
export function findJumpMarkers(text: string): JumpMarker[] {
  const out: JumpMarker[] = [];
  for (const m of text.matchAll(JUMP_RE)) {
    const s = m[0];
    const bracketed = /^[（(]/u.test(s) && /[）)]$/u.test(s);
    const start = m.index!;
    const end = start + s.length;
    const atEdge = text.slice(0, start).trim() === '' || text.slice(end).trim() === '';
    if (!bracketed && !atEdge) continue;
    const verb = m[1];
    out.push({
      text: s.trim(),
      direction: JUMP_VERBS_OUT.includes(verb) ? 'out' : 'in',
      page: pageNumber(m[2]),
      index: start + (s.length - s.trimStart().length),
    });
  }
  return out;
}

/**
 * The issue date printed in a running head or masthead (`YYYY-MM-DD`), or null; in Arabic digits or
 * Chinese numerals (2023年5月30日, 一九八五年三月五日), a lunar date beside it (农历乙丑年正月十四) never;
 * read through OCR slips (`2O23年5 月`).
 */
export function runningHeadDate(text: string): string | null {
  return findFullDate(matchingForm(text).text)?.iso ?? null;
}

/**
 * The year a running head or masthead prints for its issue, or null: the year of its date
 * (2021年11月4日) or of its issue number (2026年第12期, 2024年第3号; ISSUE_NO) — a government
 * bulletin numbers its issues and prints no day. Read through OCR slips as `runningHeadDate`.
 */
export function runningHeadYear(text: string): number | null {
  const date = runningHeadDate(text);
  if (date) return Number(date.slice(0, 4));
  const m = ISSUE_YEAR_RE.exec(matchingForm(text).text);
  if (!m) return null;
  const y = yearOfDigits(m[1]);
  return y >= ISSUE_YEARS.first && y <= ISSUE_YEARS.last ? y : null;
}

/** The year of an issue number (2026年第12期, 2026年总第5期, 2024年第3号, 一九八五年第3期): group 1. */
const ISSUE_YEAR_RE = new RegExp(`(${YEAR_DIGIT}{4})\\s*年\\s*(?:总\\s*)?第\\s*${D}{1,4}\\s*[期号]`, 'u');

/**
 * A paper's name: 某某日报, 崇川报, 县报 (up to 12 Han before 报/刊); a periodical of a government
 * or assembly, whose name spells out the issuing body in full and may run long
 * (某县人民代表大会常务委员会公报, 某省人民政府公报, 某市政报, 某区人大会刊, 某委工作通讯): up to 30 Han before
 * 公报/政报/会刊/通讯. Source: the names of Chinese 公报 (人民政府公报, 人民代表大会常务委员会公报, 政协会刊).
 */
const PAPER_RE = /\p{Script=Han}{1,30}(?:公报|公報|政报|政報|会刊|會刊|通讯|通訊)|\p{Script=Han}{1,12}(?:报|報|刊)/u;
/**
 * Page names (版名) printed in running heads next to the page number, or alone on a line under the
 * running head as the page's label (体育, 要闻). Source: the page names of Chinese dailies, evening
 * and county papers (要闻, 综合, 副刊…), as the zoo's running heads print them.
 */
export const PAGE_NAMES: readonly string[] = [
  '要闻', '综合', '民生', '经济', '社会', '文化', '副刊', '专版', '专题', '时政', '视点', '评论', '体育', '国际', '国内', '法治',
  '教育', '健康', '县域', '乡镇', '理论', '文艺',
];
/** Section names printed in running heads next to the page number (PAGE_NAMES). */
const SECTION_RE = new RegExp(PAGE_NAMES.join('|'), 'u');
/** A line that is only a page name, its characters perhaps spaced out (体　育). */
const PAGE_NAME_LINE_RE = new RegExp(`^(?:${PAGE_NAMES.join('|')})$`, 'u');

/** True when `text` is only a page name (PAGE_NAMES), spaces between its characters aside: 体育, 要　闻. */
export function isPageName(text: string): boolean {
  return PAGE_NAME_LINE_RE.test(text.replace(/[\s\u3000]+/gu, ''));
}

/**
 * A page name with one word before it that says whose or where (侨乡要闻, 本地要闻, 县域经济, 都市民生):
 * two Han characters and a page name of PAGE_NAMES, spaces aside. Papers label a page so under its
 * running head as often as with the bare name; the structure model reads the form only on a line
 * right under the page head (as isCompoundPageName). Source: the page labels of county, city and
 * overseas-Chinese papers (tester13's 侨报, Dec 2026).
 */
export function isQualifiedPageName(text: string): boolean {
  return QUALIFIED_PAGE_NAME_RE.test(text.replace(/[\s\u3000]+/gu, ''));
}
const QUALIFIED_PAGE_NAME_RE = new RegExp(`^\\p{Script=Han}{2}(?:${PAGE_NAMES.join('|')})$`, 'u');

/**
 * A page's label of two or three words joined by a middle dot (社会·生活, 科技·健康, 军营·基层,
 * 深度·访谈, 凤鸣副刊·诗页): each word 2-4 Han characters, spaces aside. Papers label a page so under
 * its running head, whatever words they choose, so the words are not looked up. A classical poem's
 * title (七律·登凤鸣山: text.ts VERSE_FORM_RE) is none. (A foreign name has this form too, 马克·吐温:
 * the structure model reads the form only on a line right under the page head.) Source: the page labels of provincial, city,
 * military and science dailies (the zoo's running heads, and tester9's papers, Dec 2026).
 */
export function isCompoundPageName(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/gu, '');
  return COMPOUND_PAGE_NAME_RE.test(t) && !VERSE_FORM_RE.test(t);
}
const COMPOUND_PAGE_NAME_RE = /^\p{Script=Han}{2,4}(?:[·・•]\p{Script=Han}{2,4}){1,2}$/u;

/**
 * The issue number of a periodical (government bulletins, 政报/公报, number their issues rather than
 * date them in the running head): 2023年第5期, 第5期, 总第86期, （总第86期）; the 号 form of 人大常委会
 * and government 公报 when it carries the year or 总 (2024年第3号, 总第47号), so that a document
 * number alone (第12号 under a 公告 or 政府令) is never one. A bare 第3号 counts only beside the
 * paper's name (ISSUE_NO_BY_NAME).
 */
const ISSUE_NO = `(?:(?:${D}{4}\\s*年\\s*)?(?:总\\s*)?第\\s*${D}{1,4}\\s*期|${D}{4}\\s*年\\s*(?:总\\s*)?第\\s*${D}{1,4}\\s*号|总\\s*第\\s*${D}{1,5}\\s*号)`;
/** An issue number beside the paper's name: the forms of ISSUE_NO and a bare 第N号. */
const ISSUE_NO_BY_NAME_ALL_RE = new RegExp(`${ISSUE_NO}|第\\s*${D}{1,4}\\s*号`, 'gu');
const ISSUE_NO_RE = new RegExp(ISSUE_NO, 'u');
const ISSUE_NO_ALL_RE = new RegExp(ISSUE_NO, 'gu');
/** A paper's name and nothing else. */
const PAPER_ONLY_RE = new RegExp(`^(?:${PAPER_RE.source})$`, 'u');
/**
 * The name of a 简报 (work bulletin) or internal periodical, which numbers its issues (第17期) and
 * ends its name in a word for news or briefing rather than 报/刊: 政务信息, 工作简报, 教育动态, 信息专报,
 * 要情快报, 决策参考. Only read beside an issue number, or alone on a line spaced out as a masthead
 * (政　务　信　息). Source: the heads of Chinese government and party 简报/信息 (GB/T 9704-2012 does not
 * cover them; their mastheads print the name, 第N期, the compiling office and the date).
 */
const BULLETIN_NAME_RE = /^\p{Script=Han}{0,10}(?:信息|简报|動態|动态|专报|快报|要情|参考|通报|情况反映|摘报|周刊|月刊|专刊|特刊)$/u;

/**
 * True when a line is a periodical's name and nothing else (云泽县人民政府公报, 滨江日报): a masthead
 * or cover line when the document's running heads print the same name with a date or issue number.
 */
export function isPaperName(line: string): boolean {
  const t = line.replace(/[\s\u3000]/gu, '');
  return visualLength(t) <= 24 && PAPER_ONLY_RE.test(t);
}

/**
 * A masthead's publisher line, as a bulletin's cover prints it under its name: 某县人民政府办公室主办
 * 2023年5月31日出版, 某县人民政府办公室编印　2023年9月30日 (a 印发 line is a document's 版记, not this).
 */
const PUBLISHER_RE = /主办|主管|编印|编辑出版|出版|发行/u;
/**
 * …or an office's name and 编 (compiled by) before the date, as a 简报's red-head cover prints its
 * publisher line (中共某县委办公室编　　2024年4月15日; 某县人民政府办公室编). Source: the covers of 工作
 * 简报 and 情况通报 of county and city offices (tester20's 工作简报, Dec 2026).
 */
const COMPILED_BY_RE = new RegExp(`\\p{Script=Han}{2,30}${OFFICE_END}编(?=[\\s\\u3000]|$)`, 'u');
/**
 * A periodical's circulation status on a line of its own (内部资料　注意保存, 内部刊物　仅供参阅): the
 * cover line of a 简报 or staff newsletter, never an item's text. Source: the red-head covers of
 * 简报 and 政务信息 and the mastheads of 内刊 (enterprise-weekly's 内部资料　免费交流 after a sponsor;
 * tester20's 工作简报, Dec 2026).
 */
const STATUS_WORD = '(?:内部资料(?:性出版物)?|内部刊物|内部交流|免费交流|内部参阅|注意保存|妥善保存|妥善保管|仅供参阅|仅供参考|請勿外傳|请勿外传|內部資料|內部刊物|內部交流|免費交流|內部參閱|僅供參閱|僅供參考)';
const STATUS_LINE_RE = new RegExp(`^${STATUS_WORD}(?:[\\s\\u3000]*${STATUS_WORD})*$`, 'u');

/**
 * A masthead's sponsor line, printed under the name of an enterprise, industry or party paper with
 * no date: the sponsoring body and its role (岚峡铁路局集团有限公司主管主办, 中共某县委主管　某县融媒体
 * 中心主办, 主管：某局　主办：某报社), optionally with the paper's status (内部资料　免费交流, 准印证号).
 * The body ends with an organisation word (公司, 集团, 委, 局, 中心, 报社…), so a headline ending in
 * 出版 or 主办 (《…》单行本出版) is not one. Source: the mastheads of Chinese enterprise papers (企业报,
 * 行业报) and county papers; cf. the publisher line with a date (PUBLISHER_RE).
 */
const ORG_END = '(?:公司|集团|委员会|委|局|厅|部|办公室|政府|中心|报社|杂志社|出版社|社|协会|学会|联合会|大学|学院|研究院|院|所|校|会)';
const SPONSOR_ROLE = '(?:主管主办|主管|主办|承办|编印|出版|编辑出版)';
// A party paper's status line (中共某市委机关报) is a part of the same kind. Bodies that publish
// jointly may share one role word (中共青石镇委员会　青石镇人民政府　编印: a township's party committee
// and government, as a 镇情通讯's or 县委县政府's masthead prints them).
const SPONSOR_PART = `(?:(?:主管|主办|承办|出版)\\s*[：:]\\s*\\p{Script=Han}{2,30}${ORG_END}|(?:\\p{Script=Han}{2,30}${ORG_END}[\\s\\u3000]+){0,3}\\p{Script=Han}{2,30}${ORG_END}\\s*${SPONSOR_ROLE}|\\p{Script=Han}{2,24}机关报)`;
// …and the registration number printed on the same line (某某政治工作部主办　　国内统一连续出版物号 CN 65-0208).
const SPONSOR_STATUS = '(?:内部资料(?:性出版物)?|免费交流|内部交流|准印证(?:号)?\\s*[：:]?\\s*\\S{0,20}|(?:国内统一(?:连续出版物号|刊号)\\s*[：:]?\\s*)?CN\\s*[0-9]{2}\\s*[-－—]\\s*[0-9]{4}(?:\\s*[/／]\\s*[A-Z]{1,2})?|邮发代号\\s*[：:]?\\s*[0-9]{1,2}\\s*[-－—]\\s*[0-9]{1,4})';
const SPONSOR_RE = new RegExp(`^${SPONSOR_PART}(?:[\\s\u3000]+(?:${SPONSOR_PART}|${SPONSOR_STATUS}))*$`, 'u');

/**
 * A masthead's registration or weather line, printed under the name of every Chinese newspaper:
 * the serial number (国内统一连续出版物号　CN 32-0000, 国内统一刊号：CN11-0001, 邮发代号：1-1), and
 * the weather box (天气预报　今天：多云　26℃～33℃, 今日天气：晴). Source: the mastheads of Chinese
 * national, provincial, city and county papers (the CN number and 邮发代号 are required on every
 * registered paper; the weather box is a common masthead item).
 */
const MASTHEAD_ITEM_RE =
  /^(?:国内统一(?:连续出版物号|刊号)|CN\s*[0-9]{2}\s*[-－—]\s*[0-9]{4}|邮发代号)|^(?:天气预报|今日天气|今天天气)[\s\u3000：:].*[0-9０-９]\s*(?:℃|°C|度)/u;

/** True for a masthead's registration or weather line (MASTHEAD_ITEM_RE). */
export function isMastheadItemLine(line: string): boolean {
  const t = line.trim();
  return visualLength(t) <= MAX_RUNNING_HEAD_LENGTH && !/[。！？!?]/u.test(t) && MASTHEAD_ITEM_RE.test(t);
}

/** Longest page label (in Han characters) printed beside a periodical's name and issue number in its running head. */
const HEAD_LABEL_MAX = 6;

/** The parts of page head `t` set apart by spaces once its issue numbers and brackets are taken out (名称, 标签). */
function headPartsBesideIssueNo(t: string): string[] {
  return t
    .replace(ISSUE_NO_BY_NAME_ALL_RE, ' ')
    .replace(/[（）()]/gu, ' ')
    .split(/[\s\u3000]+/u)
    .filter(Boolean);
}

/**
 * True for a periodical's running head that prints its name, its issue number and the page's label
 * (要闻, 基层一线, 学习园地) and no date: `澄溪组工通讯　2023年第17期（总第236期）　要闻`,
 * `基层一线　澄溪组工通讯　第17期`. Each part stands apart by spaces; one is the name (PAPER_RE or
 * BULLETIN_NAME_RE), one or two others a label of 2-HEAD_LABEL_MAX Han characters, and an issue
 * number (ISSUE_NO) is printed. Source: the page heads of county 组工通讯, 党建 and 简报 periodicals
 * (name, 第N期 and 总第N期, the page's column), as tester11's 组工通讯 prints them (Dec 2026).
 */
export function isLabelledIssueHead(line: string): boolean {
  const t = line.trim();
  // Set apart by spaces, as a page head prints its parts (本报2023年第5期刊登的文章 is running text).
  if (!ISSUE_NO_RE.test(t) || !/[\s\u3000]/u.test(t)) return false;
  const parts = headPartsBesideIssueNo(t);
  if (parts.length < 2 || parts.length > 3) return false;
  // (本报, "this paper" as running text cites it, is no name.)
  const names = parts.filter((p) => !/^本[报報]/u.test(p) && (PAPER_ONLY_RE.test(p) || BULLETIN_NAME_RE.test(p)));
  if (names.length !== 1) return false;
  const labelRe = new RegExp(`^\\p{Script=Han}{2,${HEAD_LABEL_MAX}}$`, 'u');
  return parts.every((p) => p === names[0] || labelRe.test(p));
}

/**
 * A periodical's full issue number: the year's issue with its year (2023年第2期, 2024年第3号) or the
 * running total (总第86期, （总第86期）). A bare 第2期 is left out: an event's instalment (读书会　第3期)
 * prints it too.
 */
const FULL_ISSUE_NO_RE = new RegExp(`${D}{4}\\s*年\\s*(?:总\\s*)?第\\s*${D}{1,4}\\s*[期号]|总\\s*第\\s*${D}{1,5}\\s*[期号]`, 'u');
/** Longest name (Han characters) read beside an issue number as a periodical's (isNamedIssueHead). */
const ISSUE_HEAD_NAME_MAX = 12;

/**
 * The name part of a periodical's page head that prints its name and its full issue number
 * (FULL_ISSUE_NO_RE), apart by spaces and nothing else: 澄川史志 for `澄川史志　2023年第2期（总第86期）` or
 * `2023年第2期（总第86期）　澄川史志`; else null. The name is any 2-ISSUE_HEAD_NAME_MAX Han characters:
 * a 史志, 党史, 方志 or 文史 periodical (澄川史志, 某某党史, 某某春秋, 文史天地) ends its name in no 报, 刊 or
 * 通讯 (PAPER_RE), and no story's line is a bare name beside an issue number. 本刊/本报 (running text
 * citing an issue, 本刊　2023年第2期) is no name. Source: the page heads of county and city 史志, 党史
 * and 方志 bulletins (内部资料), name and issue in either order (tester25's county-shizhi, Dec 2026).
 */
export function issueHeadName(line: string): string | null {
  const t = line.trim();
  if (!FULL_ISSUE_NO_RE.test(t) || !/[\s\u3000]/u.test(t)) return null;
  const parts = headPartsBesideIssueNo(t);
  if (parts.length !== 1) return null;
  const name = parts[0];
  return HEAD_NAME_RE.test(name) && !/^本[报報刊]/u.test(name) ? name : null;
}

/** True for a periodical's page head of its name and full issue number (issueHeadName). */
export function isNamedIssueHead(line: string): boolean {
  return issueHeadName(line) !== null;
}

/**
 * A page head that prints the periodical's name with its issue number, its date or its page
 * number, the name being the one its cover or another page head prints (澄川史志　2023年6月30日 under
 * a cover 澄川史志 / 2023年第2期): whichever words the name ends in, a line of that name and a date is
 * the page's head, not a signature, since it names the issue itself. The names read: the document's
 * first line when it is a name alone (HEAD_NAME_RE) right over a masthead or running-head line (the
 * cover), and the name of each page head of name and issue number (issueHeadName). Changes `kinds` in place
 * (lines of kind null only). Source: the page heads of county 史志 and 党史 bulletins, whose names
 * have no 报/刊 (tester25's county-shizhi, Dec 2026).
 */
export function markNamedPageHeads(lines: readonly { text: string }[], kinds: (FurnitureKind | null)[]): void {
  const names = new Set<string>();
  const texts = lines.map((l) => l.text.trim());
  const first = texts.findIndex((t) => t !== '');
  if (first >= 0 && kinds[first] === null && HEAD_NAME_RE.test(texts[first])) {
    const next = texts.findIndex((t, j) => j > first && t !== '');
    if (next >= 0 && (kinds[next] === 'masthead' || kinds[next] === 'running-head')) names.add(texts[first]);
  }
  texts.forEach((t, i) => {
    const name = kinds[i] === 'running-head' ? issueHeadName(t) : null;
    if (name) names.add(name);
  });
  if (names.size === 0) return;
  texts.forEach((t, i) => {
    if (kinds[i] !== null || !t || visualLength(t) > MAX_RUNNING_HEAD_LENGTH || /[，。；！？,;!?“”《》]/u.test(t)) return;
    const stripped = t.replace(ISSUE_NO_BY_NAME_ALL_RE, ' ').replace(HEAD_DATE_ALL_RE, ' ').replace(PAGE_NUMBER_ALL_RE, ' ');
    if (stripped === t) return;
    const parts = stripped.replace(/[（）()]/gu, ' ').split(/[\s\u3000]+/u).filter(Boolean);
    if (parts.length === 1 && names.has(parts[0])) kinds[i] = 'running-head';
  });
}
/** A periodical's name as a page head or its cover's first line prints it: 2-ISSUE_HEAD_NAME_MAX Han characters. */
const HEAD_NAME_RE = new RegExp(`^\\p{Script=Han}{2,${ISSUE_HEAD_NAME_MAX}}$`, 'u');
const HEAD_DATE_ALL_RE = new RegExp(FULL_DATE_SOURCE, 'gu');
const PAGE_NUMBER_ALL_RE = new RegExp(PAGE_NUMBER_FORM, 'gu');

/** True for a masthead's sponsor line (SPONSOR_RE): 某某集团有限公司主管主办　　内部资料　免费交流. */
export function isSponsorLine(line: string): boolean {
  const t = line.trim();
  // Every SPONSOR_PART holds a role word (主管, 主办, 承办, 编印, 出版) or 机关报: a line with none is
  // no sponsor line, and SPONSOR_RE (slow to fail on a long unpunctuated headline) is not run on it.
  if (!SPONSOR_WORDS.some((w) => t.includes(w))) return false;
  return visualLength(t) <= MAX_RUNNING_HEAD_LENGTH && !/[，。；！？,;!?“”《》]/u.test(t) && SPONSOR_RE.test(t);
}

/** Words of which every SPONSOR_PART holds one (isSponsorLine's quick test). */
const SPONSOR_WORDS = ['主管', '主办', '承办', '编印', '出版', '机关报'];

/** Longest running head, in visual characters (paper, date, weekday, page, section). */
export const MAX_RUNNING_HEAD_LENGTH = 50;

/**
 * Column and section labels printed above a group of items, not the headline of any one story.
 * Source: recurring column names of Chinese district and county papers (图片新闻, 简讯, 一线传真…).
 * (A box's label, 新闻链接, 相关链接, 延伸阅读, is not here: over running text it is a cross-head of the
 * story it stands in, over a headline the box's label; the structure model reads it by what follows,
 * cue box-label of structure/weights.ts. Nor is an editor's afterword's 编后, a cross-head of the
 * story it closes.)
 */
const SECTION_LABEL_RE =
  /^(?:【\s*)?(?:图片新闻|新闻图片|图说新闻|新闻速递|要闻速递|要闻简报|新闻简报|简讯|快讯|本版导读|导读|今日导读|一线传真|基层动态|部门动态|镇街动态|乡镇动态|综合新闻|本地新闻|县域新闻|区域新闻|时政要闻|社会新闻|民生新闻|短评|评论员文章)(?:\s*】)?$/u;

/**
 * An entry of a front page's 导读 (teaser) box: a headline pointing to the page that prints the
 * story, `◆坚守在海拔5380米的“生命禁区”　　　见第2版`, `● 新兵下连第一课（详见第3版）`. The pointer
 * (见第N版, 详见第N版, 见N版) must stand apart from the headline — after a bullet mark that opens
 * the line, or after a gap of two or more spaces — so that running text that happens to end a line
 * with 见第2版 is not one. Source: the 导读/要目 boxes of Chinese dailies' front pages (national,
 * provincial, army and industry papers print a boxed list of teasers with page numbers).
 */
const TEASER_BULLET = '[◆◇●○■□▲△★☆►▶▷•·]';
// The whitespace after an opening bracket belongs to the bracket (as in JUMP_RE): a \\s* of its own
// after the gap's [\\s\\u3000]{2,} would rescan a long run of spaces from every position.
const TEASER_POINTER = `(?:[（(]\\s*)?详?见\\s*第?\\s*${PAGE_NO}\\s*版\\s*[）)]?`;
const TEASER_RE = new RegExp(
  `^(?:${TEASER_BULLET}\\s*[^。；;]{2,40}?\\s*${TEASER_POINTER}|[^。；;\\s]{1}[^。；;]{1,39}?[\\s\\u3000]{2,}${TEASER_POINTER})$`,
  'u',
);

/** Two to ten Han characters each set apart by spaces (导　读, 政　务　信　息). */
const SPACED_OUT_RE = /^\p{Script=Han}(?:[\s\u3000]+\p{Script=Han}){1,9}$/u;

/** The characters of a line spaced out to a box's or masthead's width, closed up (SPACED_OUT_RE); else null. */
function spacedOut(t: string): string | null {
  return SPACED_OUT_RE.test(t) ? t.replace(/[\s\u3000]+/gu, '') : null;
}

/** True for an entry of a 导读 (teaser) box: a headline and the page it is on (TEASER_RE). */
export function isTeaserLine(line: string): boolean {
  const t = line.trim();
  return t.includes('见') && t.includes('版') && TEASER_RE.test(t);
}

/** A reprint's source note (credit-lexicon.ts REPRINT_SOURCE_VERBS; an author may come first): a verb and a publication in 《》. */
const REPRINT_NOTE_LINE_RE = new RegExp(`^[（(]?\\s*(?:[^（）()《》]{2,20}[\\s\\u3000]+)?(?:${REPRINT_SOURCE_VERBS.join('|')})[^（）()《》，。！？]{0,16}《[^《》]{1,24}》`, 'u');

/**
 * Classifies a whole line as page furniture, or returns null for story text.
 * A running head needs a printed date plus a weekday or page number (or a paper name ending in
 * 报 before the date), and no sentence punctuation; or, read through OCR slips, two or more of its
 * parts by `runningHeadScore` (markers.ts). A line of OCR noise (`noiseScore`: photo and rule
 * residue, stray symbols and Latin fragments, a lone character) is furniture of kind `noise`.
 */
export function classifyFurniture(line: string): FurnitureKind | null {
  // A page number OCR misread (第]版, 第?版) still makes a folio.
  const t = line.trim().replace(FOLIO_MARK_RE, '第1版');
  if (!t) return null;
  // A reprint's source note names another paper and its date (（摘自《澜州晚报》2023年6月3日　作者　林晓舟）,
  // 据《桐江日报》): the item's credit, never this paper's running head.
  if (REPRINT_NOTE_LINE_RE.test(t)) return null;
  if (FOLIO_RE.test(t)) return 'folio';
  if (PAGE_LABEL_RE.test(t)) return 'running-head';
  const spaced = spacedOut(t);
  // A bulletin's name spaced out over its masthead (政　务　信　息).
  if (spaced && [...spaced].length >= 3 && (BULLETIN_NAME_RE.test(spaced) || PAPER_ONLY_RE.test(spaced))) return 'masthead';
  // A label spaced out to the width of a box (导　读, 简　讯) is the same label.
  if (SECTION_LABEL_RE.test(t) || (spaced && [...spaced].length <= 6 && SECTION_LABEL_RE.test(spaced))) return 'section';
  if (((EDITOR_RE.test(t) && !isPieceTrailer(t)) || EDITOR_RUN_ON_RE.test(t) || PAGE_CREDIT_RE.test(t)) && visualLength(t) <= MAX_RUNNING_HEAD_LENGTH) return 'editor';
  const jumps = findJumpMarkers(t);
  if (jumps.length && jumps.map((j) => j.text).join('').replace(/\s/gu, '') === t.replace(/\s/gu, '')) {
    return 'jump';
  }
  // A 导读 box's teaser points to another page as a jump does, with no story to pair.
  if (t.includes('见') && t.includes('版') && TEASER_RE.test(t)) return 'jump';
  // A line that opens a book-title bracket it does not close (本报11月28日第2版《我县…, the first line of
  // a 更正 citing an earlier issue, hard-wrapped) runs on into the next: running text, never a head.
  // Nor is 本报 ("this paper", as running text cites the paper) a paper's name in a head.
  if (visualLength(t) <= MAX_RUNNING_HEAD_LENGTH && !/[，。；！？,;!?“”]/u.test(t) && !/《[^》]*$/u.test(t)) {
    if (HEAD_DATE_RE.test(t)) {
      const hasPaper = PAPER_RE.test(t.split(HEAD_DATE_RE)[0] ?? '');
      if (WEEKDAY_RE.test(t) || PAGE_RE.test(t) || hasPaper) return 'running-head';
    } else if (PAGE_RE.test(t) && (PAPER_RE.test(t.replace(OWN_PAPER_RE, '')) || SECTION_RE.test(t))) {
      return 'running-head'; // 滨海日报 第2版 要闻, without a date
    }
    // A periodical's issue number with nothing but its name: 某县人民政府公报　2023年第5期 at the
    // page head or foot; on the cover, the issue line alone (2023年第5期（总第86期）).
    // …and with the issue's date beside it (2024年第3期(总第41期)　　2024.3.8, …　2024年3月8日).
    if (ISSUE_NO_RE.test(t)) {
      const rest = t.replace(ISSUE_NO_ALL_RE, '').replace(/[\s\u3000（）()]/gu, '');
      if (rest === '' || rest.replace(HEAD_DATE_RE, '') === '') return 'masthead';
    }
    if (/[期号]/u.test(t)) {
      const rest = t.replace(ISSUE_NO_BY_NAME_ALL_RE, '').replace(/[\s\u3000（）()]/gu, '');
      if (rest !== t.replace(/[\s\u3000（）()]/gu, '') && (PAPER_ONLY_RE.test(rest) || BULLETIN_NAME_RE.test(rest))) return 'running-head';
    }
    // …or a periodical's full issue number (2023年第2期, 总第86期) beside one name of any words (澄川史志　2023年
    // 第2期（总第86期）, 2023年第2期　炎黄春秋): a 史志, 党史 or 文史 periodical names itself with no 报/刊.
    if (/[期号]/u.test(t) && isNamedIssueHead(t)) return 'running-head';
    // …with the page's label beside them (澄溪组工通讯　2023年第17期（总第236期）　要闻, 基层一线　某某通讯　第17期):
    // the name, the issue number and a label of its own part, set apart by spaces.
    if (/[期号]/u.test(t) && isLabelledIssueHead(t)) return 'running-head';
    // The cover's publisher line: who publishes the periodical and when (…办公室主办　2023年5月31日出版).
    if (HEAD_DATE_RE.test(t) && (PUBLISHER_RE.test(t) || COMPILED_BY_RE.test(t)) && !/印发/u.test(t)) return 'masthead';
  }
  // Its status line (内部资料　注意保存).
  if (STATUS_LINE_RE.test(t)) return 'masthead';
  // A masthead's sponsor line with no date (某某集团有限公司主管主办　　内部资料　免费交流).
  if (isSponsorLine(t)) return 'masthead';
  // Its registration number and weather box (国内统一连续出版物号　CN 32-0000; 天气预报　今天：…).
  if (isMastheadItemLine(t)) return 'masthead';
  // Read through OCR slips: the parts of a running head with noise between them
  // (崇川新闻 2023年5月30日”星期二 …第2版), then lines of OCR noise (photo and rule residue).
  if (visualLength(t) <= MAX_RUNNING_HEAD_LENGTH && isRunningHeadLine(t)) return 'running-head';
  if (isNoiseLine(t)) return 'noise';
  return null;
}
