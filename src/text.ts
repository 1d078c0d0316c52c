/**
 * Small text predicates shared by the layout stages. Pure functions over strings.
 */
import { MAX_COLON_KICKER, MAX_EXCLAMATION_HEADLINE, MAX_HEADLINE_LENGTH, MAX_KICKER_LENGTH, MAX_QUESTION_HEADLINE } from './heuristics.js';
import { OWN_MEDIUM_SOURCE } from './extract/credit-lexicon.js';

/** True for a Han (CJK unified ideograph) character, including extensions A-G. */
export function isHan(ch: string): boolean {
  return /^\p{Script=Han}$/u.test(ch);
}

const HAN_RE = /\p{Script=Han}/u;

/**
 * A character of a script other than Han and Latin that papers in China print beside Chinese: Tibetan
 * (its letters, vowel signs, tsheg ་ and shad །), the Arabic script of Uyghur and Kazakh, Mongolian
 * (traditional script, and Cyrillic), Korean Hangul, Yi, and the Tai Le and New Tai Lue of Dai.
 * Source: the bilingual papers and pages of China's autonomous regions and prefectures, whose
 * mastheads, headlines and slogans are printed in both scripts (Tibetan, Uyghur, Mongolian, Korean
 * editions; tester8's Tibetan-area daily, Dec 2026). OCR of a Chinese page does not make them of
 * rules and photo edges: its residue reads as Latin fragments, digits and symbols (markers.ts).
 */
export const NATIONAL_SCRIPT_RE =
  /[\p{Script=Tibetan}\p{Script=Arabic}\p{Script=Mongolian}\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Yi}\p{Script=Tai_Le}\p{Script=New_Tai_Lue}]/u;
/** A word of such a script: three of its characters in a row, combining marks among them. */
const NATIONAL_WORD_RE =
  /[\p{Script=Tibetan}\p{Script=Arabic}\p{Script=Mongolian}\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Yi}\p{Script=Tai_Le}\p{Script=New_Tai_Lue}](?:\p{M}*[\p{Script=Tibetan}\p{Script=Arabic}\p{Script=Mongolian}\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Yi}\p{Script=Tai_Le}\p{Script=New_Tai_Lue}]){2}/u;

/**
 * True when the string holds a word of a national script (NATIONAL_SCRIPT_RE: three letters of it in
 * a row): printed text, like a run of Han characters (a Tibetan subtitle under a Chinese title,
 * འབྲོག་པ་ཁྱིམ་ཚང་…; a Uyghur, Korean or Mongolian line).
 */
export function hasNationalScriptWord(s: string): boolean {
  return NATIONAL_WORD_RE.test(s);
}

/** A text in a national script with no Han character in it (a Tibetan line under a Chinese title). */
export function nationalOnly(s: string): boolean {
  return NATIONAL_WORD_RE.test(s) && !HAN_RE.test(s);
}

/** True when the string contains at least one Han character. */
export function hasHan(s: string): boolean {
  return HAN_RE.test(s);
}

/**
 * Width of a line as set in a column: Han, kana, full-width forms and CJK punctuation count 1,
 * everything else (ASCII letters, digits, half-width punctuation) 0.5. Whitespace counts 0, except the
 * ideographic space U+3000, which fills a cell (indents are two of them).
 */
export function visualLength(s: string): number {
  let n = 0;
  // by UTF-16 unit, no string per character: a surrogate pair (or a lone surrogate) is one
  // character of 1, as every code point from U+2E80 on
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (c === 0x3000) {
      n += 1; // an ideographic space fills a cell, as in an indent
      continue;
    }
    if (isJsWhitespace(c)) continue;
    n += c >= 0x2e80 || (c >= 0x2010 && c <= 0x201f) || c === 0x2026 || c === 0xb7 ? 1 : 0.5;
  }
  return n;
}

/** Whether UTF-16 unit `c` is whitespace as `\s` of a regular expression reads it (ECMAScript WhiteSpace and LineTerminator). */
function isJsWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * A mark that ends a sentence, as the source of a regular expression: 。！？!?… and a half-width
 * full stop (or ．) right after Han text or after a closing quote or bracket, as text typed in a word
 * processor with half-width punctuation ends its sentences (会议审议通过了….; 孩子没事就好."). A full
 * stop after a Latin letter or a digit is an abbreviation or a decimal point, never this. Every
 * structural cue that asks whether a line ends a sentence reads it (features.ts, bylines.ts,
 * assemble.ts, rejoin.ts).
 */
export const SENTENCE_STOP = String.raw`(?:[。！？!?…]|(?<=[\p{Script=Han}”’」』"）)])[.．])`;
/** The half-width full stop of SENTENCE_STOP alone: . or ． after Han text or a closing quote or bracket. */
const HALF_WIDTH_STOP = String.raw`(?<=[\p{Script=Han}”’」』"）)])[.．]`;

/**
 * Characters that end a sentence (or a paragraph): 。！？…, their half-width forms, closing quotes
 * and brackets after such a mark, and the colon (a paragraph that ends with ： introduces the next).
 */
const SENTENCE_END_RE = /(?:[。！？!?…；;：:]|[.](?<![A-Za-z0-9][.]))[”’」』）)\]》]*$|[”’」』]$/u;

/** True when the text (trailing whitespace ignored) ends a sentence. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END_RE.test(text.trimEnd());
}

/** Sentence punctuation that a headline seldom contains but running text almost always does. */
const BODY_PUNCT_RE = /[，。；：！？、,;:!?]/u;

/** True when the text contains punctuation of running text (，。；：！？、 and half-width forms). */
export function hasBodyPunctuation(text: string): boolean {
  return BODY_PUNCT_RE.test(text);
}

/**
 * True when a line opens with a subtitle's dash (——, ──, a lone long dash, --): ——黄文彬当选理事长 under
 * its title. Such a line starts a subtitle and never continues a wrapped headline, however full
 * the title line above it (tester13's 侨报, a title as wide as the column over its —— subtitle).
 */
export function opensWithSubtitleDash(text: string): boolean {
  return SUBTITLE_DASH_START_RE.test(text.trimStart());
}
const SUBTITLE_DASH_START_RE = /^(?:——|──|—|--)/u;

/** True when a line ends with the kicker dash: ——, ──, or a lone long dash. */
export function endsWithKickerDash(text: string): boolean {
  return /(?:——|──|—|--)$/u.test(text.trimEnd());
}

/**
 * A short line ending in a colon, with no other mark of running text: 观音山街道： set above a
 * title is its kicker. Alone (会议指出：) it is running text; the segmenter decides by what follows.
 * Threshold: MAX_COLON_KICKER.
 */
export function isColonKicker(text: string): boolean {
  const t = text.trim();
  return (
    /[：:]$/u.test(t) &&
    hasHan(t) &&
    visualLength(t) <= MAX_COLON_KICKER &&
    !/[，。；！？、,;!?：:]/u.test(t.slice(0, -1))
  );
}

/**
 * `compute` with a bounded memory of its answers by line (issue 12): a line of at most `maxUnits`
 * UTF-16 units is computed once and remembered, up to `maxLines` lines, the memory emptied when
 * full so that a long batch keeps it bounded; a longer line is computed each time. For pure
 * functions of a line that the layout and structure steps ask about the same lines (noiseScore,
 * isHeadlineShaped, parseCreditLine).
 */
export function lineMemo<T>(compute: (line: string) => T, maxLines: number, maxUnits: number): (line: string) => T {
  const memo = new Map<string, T>();
  return (line) => {
    if (line.length > maxUnits) return compute(line);
    if (memo.has(line)) return memo.get(line) as T;
    if (memo.size >= maxLines) memo.clear();
    const value = compute(line);
    memo.set(line, value);
    return value;
  };
}

/**
 * Headline shape: short, containing Han, without 。 or ；, not ending in ， 、 or ：, and with at
 * most one of the marks running text is full of, besides a final ！ or ？: one ， (凝心聚力，
 * 奋勇争先), or one 、 (调研防汛、安全生产工作), or one ： (王建忠：让群众满意). Titles with 、 are
 * common, so a short page-break fragment with one 、 and no other mark reads as a headline unless
 * the segmenter finds a word across the break (see rejoin). A line ending in —— is a kicker
 * and may be longer and punctuated. Thresholds: MAX_HEADLINE_LENGTH, MAX_KICKER_LENGTH,
 * MAX_EXCLAMATION_HEADLINE.
 */
export function isHeadlineShaped(text: string): boolean {
  return rememberedHeadlineShape(text);
}

/**
 * Lines whose isHeadlineShaped answer is remembered at most (a map, emptied when full, so that a
 * long batch keeps it bounded; issue 12). The block splitter, rejoin, the structure step's features
 * of a unit and of its neighbours and assembly ask about the same lines: over a 100-file batch of
 * the bench corpus, 51,445 calls on 4,509 lines, 86 % of the characters read in calls on a line
 * read before.
 */
const HEADLINE_MEMO_LINES = 8192;
/** Longest line (UTF-16 units) isHeadlineShaped remembers: 784 of those 51,445 calls were on longer lines (never headlines: MAX_HEADLINE_LENGTH), read each time. */
const HEADLINE_MEMO_MAX_UNITS = 200;
const rememberedHeadlineShape = lineMemo((text: string) => headlineShaped(text), HEADLINE_MEMO_LINES, HEADLINE_MEMO_MAX_UNITS);

/** isHeadlineShaped without its memory. */
function headlineShaped(text: string): boolean {
  const t = text.trim();
  if (!hasHan(t)) return false;
  const len = visualLength(t);
  if (endsWithKickerDash(t)) return len <= MAX_KICKER_LENGTH;
  if (len > MAX_HEADLINE_LENGTH) return false;
  const question = isQuestionHeadline(t);
  // A full stop inside is a sentence's; a half-width one closing a short line is the closing stop a
  // clerk types after a title (白沙村通组道路硬化工程开工.), read as ！ and ？ are.
  const closingStop = HALF_WIDTH_STOP_END_RE.test(t);
  if (/[；;]/u.test(t) || (FULL_STOP_RE.test(closingStop ? t.slice(0, -1) : t) && !question) || /[，,、：:]$/u.test(t)) return false;
  if ((/[！？!?…]$/u.test(t) || closingStop) && len > MAX_EXCLAMATION_HEADLINE && !(question && len <= MAX_QUESTION_HEADLINE)) return false;
  // A lead-in (本报讯（记者 …）) or a dateline opening with a comma (6月1日，…) starts running text.
  if (LEAD_IN_START_RE.test(t)) return false;
  if (startsWithDateline(t) && /^[^，,]{0,16}[，,]/u.test(t)) return false;
  const inner = t.replace(/[！？!?…]+$/u, '');
  return (inner.match(/[，,、：:！!？?]/gu) ?? []).length <= 1;
}

/** A full stop: 。, or a half-width . (．) after Han text or a closing quote or bracket (SENTENCE_STOP). */
const FULL_STOP_RE = new RegExp(`。|${HALF_WIDTH_STOP}`, 'u');
/** A half-width full stop (．) closing Han text (SENTENCE_STOP), as a clerk's word processor types 。. */
const HALF_WIDTH_STOP_END_RE = new RegExp(`${HALF_WIDTH_STOP}$`, 'u');

/**
 * How a question ends: ？ (?), or a question particle (吗, 呢, 么) and 。 where a paper or its OCR set
 * the question's mark as a full stop (借条上没写利息，出借人能要回利息吗。).
 */
const QUESTION_END_RE = /(?:[？?]|[吗呢么]。)$/u;

/**
 * A headline that is one question, as Q&A, 法律问答 and 健康问答 columns title their items with the
 * reader's question (借条上没写利息，出借人能要利息吗？): it ends as a question (QUESTION_END_RE),
 * holds no other stop, semicolon or colon (a speaker's label, 记者：…？ 问：…？, opens a turn of an
 * interview, not a headline) and at most one comma or 、. Length is the caller's (MAX_QUESTION_HEADLINE).
 */
export function isQuestionHeadline(text: string): boolean {
  const t = text.trim();
  if (!QUESTION_END_RE.test(t) || !hasHan(t)) return false;
  const inner = t.slice(0, -1);
  if (/[。！？!?；;：:…]/u.test(inner)) return false;
  return (inner.match(/[，,、]/gu) ?? []).length <= 1;
}

/**
 * The paper's own 讯 lead-in without brackets (OWN_NEWS_LEAD_SOURCE). A half-width space before 讯
 * is OCR's (`本报 讯记者“苏明澈…`: Tesseract's hOCR of the OCR harness's degraded health paper gave
 * 本报 and 讯 as two words), never printed.
 */
const BARE_OWN_NEWS_LEAD_SOURCE =
  OWN_MEDIUM_SOURCE + '(?![通][讯訊])(?:(?:(?![讯訊])\\p{Script=Han}){0,8}?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日|(?:(?![讯訊])\\p{Script=Han}){2,6}?)? ?[讯訊]';
/**
 * The paper's own 讯 lead-in as a regular-expression source: 本报讯, with a place (本报北京讯), a date
 * (本报6月7日讯) or both (本报江澄3月14日讯), and a magazine's, broadcaster's or site's own (本刊讯,
 * 本台讯, 本网讯: OWN_MEDIUM_SOURCE); never 本报通讯员, and no 讯 inside the place (本报讯通讯员…, a
 * credit OCR ran on without its bracket, is 本报讯). Also in lenticular brackets, as Hong Kong and
 * Macau dailies (and some mainland papers) print it, with the paper's name or 本报: 【本報訊】,
 * 【大公報訊】, 【本报讯】 (tester7's Macau-style daily, Dec 2026). Shared by the lead-in parser
 * (extract/bylines.ts), the segmenter's cue (structure/weights.ts) and the headline tests below.
 * Source: the lead-in forms of the bundled issue, the zoo (county-paper, legal-paper) and a
 * fresh-user health paper.
 */
export const OWN_NEWS_LEAD_SOURCE = `(?:${BARE_OWN_NEWS_LEAD_SOURCE}|【\\s*(?:${BARE_OWN_NEWS_LEAD_SOURCE}|\\p{Script=Han}{2,6}[报報刊][讯訊])\\s*】)`;

/** The lead-in of a news item: 本报讯, 本报南通6月7日电, 新华社北京…电 (simplified and traditional). */
const LEAD_IN_START_RE = new RegExp(
  `^(?:${OWN_NEWS_LEAD_SOURCE}|${OWN_MEDIUM_SOURCE}\\S{0,12}[电電][（(]|(?:新华社|新華社|中新社|中央社)\\S{0,16}[电電])`,
  'u',
);

/** Start of a first paragraph that opens a story: a lead-in or a dateline. */
const DATELINE_START_RE = new RegExp(
  '^(?:' +
    OWN_NEWS_LEAD_SOURCE +
    '|' + OWN_MEDIUM_SOURCE + '\\S{0,12}[电電]|新华社|新華社|中新社|中央社|' +
    '(?:[0-9０-９]{4}年|[〇零一二三四五六七八九]{4}年)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日|' +
    '(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日(?:上午|下午|晚|早|中午|凌晨|傍晚|晚上|，|,)|' +
    '(?:今天|昨天|前天|今年|近日|日前|近期|连日来|近年来|今年以来))',
  'u',
);

/** True when a paragraph opens with a dateline or lead-in (5月25日上午, 24日下午, 本报讯). */
export function startsWithDateline(text: string): boolean {
  return DATELINE_START_RE.test(text.trim());
}

/**
 * A line that is only a document number (文号), as printed under a government document's title:
 * 云政发〔2023〕5号, （澄政发〔2023〕21号）, with the year's brackets as OCR reads them (云政发(2023] 7号),
 * or a 政府令's number 第3号. Source: 党政机关公文格式 (GB/T 9704-2012, 发文字号) as bulletins print it.
 * Shared by the block splitter (a 文号 line continues no wrapped title) and the structure cue.
 */
export const DOC_NUMBER_LINE_RE =
  /^[（(]?\s*\p{Script=Han}{0,10}\s*[〔［[（(【〈<]\s*(?:19|20)\d{2}\s*[〕］\]）)】〉>]\s*[0-9０-９]{1,4}\s*号\s*[）)]?$|^[（(]?\s*第\s*[0-9０-９]{1,4}\s*号\s*[）)]?$/u;

/**
 * What stands right before the serial number of a document or case number, inside the number: the
 * year in brackets of any kind OCR reads (〔2023〕, ［2023］, [2023], 【2023】, (2023), （2023）) with at
 * most 12 characters of a court's or an issuer's code after it (澄0125民初, 刑终, 行罚决字), or 字 (京公
 * 字123号). So 876 in （2023）澄0125民初876号 and 5 in 云政发〔2023〕5号 are serials, never a day (876号
 * had given dates/impossible-date). Source: 党政机关公文格式 (GB/T 9704-2012, 发文字号: 机关代字〔年份〕序号号)
 * and 最高人民法院《关于人民法院案件案号的若干规定》 (2015: （收案年度）法院代字+类型代字+案件编号+号), as
 * court notices (公告送达) and bulletins print them; the older form …字第N号 has 第, which no day has.
 */
export const SERIAL_NUMBER_BEFORE_RE = /(?:[〔［[【(（]\s*(?:19|20)[0-9]{2}\s*[〕］\]】)）][\p{Script=Han}0-9０-９]{0,12}|字)\s*$/u;

/**
 * The number of a provision of a law, regulation or rules, as its article opens with it: 第一条, 第十二条,
 * 第3章, 第二节, 第五款, 第一项, 第一编. Set with an ideographic space before the provision's text (第一条　为规范…)
 * by every 法规, 规章 and 办法 a bulletin prints: that space is layout, no OCR slip. Source: 全国人大常委会
 * 法工委《立法技术规范（试行）》 (编、章、节、条、款、项), GB/T 9704-2012 as bulletins print it.
 */
export const PROVISION_NUMBER_RE = /^第[〇零一二两三四五六七八九十百千0-9０-９]{1,6}(?:编|分编|章|节|条|款|项)$/u;

/**
 * A document number of Taiwan's government documents (發文字號: 府交工字第1150235012號, 北市教字第11230456號):
 * the issuer's abbreviation and 字, 第, the number, 號. Printed beside the signing date under a 公告 or
 * 函 (中華民國115年12月1日　府交工字第1150235012號). Source: 行政院 文書處理手冊 (發文字號) as Taiwan's
 * city and county governments print it (tester29's taiwan-local-daily, Dec 2026). A regular-expression source.
 */
export const WORD_DOC_NUMBER_SOURCE = '\\p{Script=Han}{1,10}字第[0-9０-９]{3,12}[號号]';

/**
 * Dot leaders of a table of contents (目录) between an entry and its page number: ……, ....., ·····,
 * ————. A line with them is running text for the block splitter (a wrapped entry is joined), and
 * with a page number after them an entry for the structure cue `toc-entry`.
 */
export const TOC_LEADER_SOURCE = '(?:…{2,}|\\.{4,}|·{4,}|—{4,}|-{6,})';
const TOC_LEADER_RE = new RegExp(TOC_LEADER_SOURCE, 'u');

/** True when a line holds a table of contents' dot leaders (TOC_LEADER_SOURCE). */
export function hasTocLeader(text: string): boolean {
  return TOC_LEADER_RE.test(text);
}

const TOC_LEADER_END_RE = new RegExp(`${TOC_LEADER_SOURCE}[\\s\\u3000]*$`, 'u');

/**
 * True when a line ends in a table of contents' dot leaders (…………　): an entry whose page number
 * a hard wrap put on the next line (…的批复（汀政函〔2023〕22号）……………… / 8).
 */
export function endsWithTocLeader(text: string): boolean {
  return TOC_LEADER_END_RE.test(text);
}

const TOC_ENTRY_END_RE = new RegExp(`${TOC_LEADER_SOURCE}[\\s\\u3000]*[（(]?[\\s\\u3000]*[0-9０-９]{1,4}[\\s\\u3000]*[）)]?$`, 'u');

/**
 * True when a line ends a table of contents' entry: dot leaders, then its page number
 * (…（汀财预〔2023〕22号）………………　10). The line after it opens the next entry or heading.
 */
export function endsTocEntry(text: string): boolean {
  return TOC_ENTRY_END_RE.test(text);
}

/**
 * A document's adoption note, printed in brackets under its title: the date and the meeting that
 * adopted, approved or amended it (（2024年6月27日某县第十八届人民代表大会常务委员会第十九次会议通过）,
 * （2023年1月12日市人民政府第5次常务会议审议通过）, （…批准）, （…修正）). The first date is the date of the
 * document. Source: how 人大 and government 公报 print resolutions, decisions, regulations and laws
 * (the 题注 of 立法技术规范: date, meeting, 通过/批准/修正/修订). Shared by the structure cue
 * `adoption-note` (a subtitle) and the article date (index.ts).
 */
export const ADOPTION_NOTE_RE =
  /^[（(]\s*(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日[^（）()。；！？]{2,160}(?:通过|批准|修正|修订|修改|公布|颁布|施行|决定)\s*[）)]$/u;

/**
 * A classical poem's title: its form or 词牌 and a middle dot before the title (七律·登凤鸣山, 沁园春·雪,
 * 浣溪沙·春日). Shared by the structure cue `verse-form` (a title) and the entity finders (such a
 * title is no dotted foreign name). Source: the forms of 格律诗 (律诗, 绝句) and the commonest 词牌 as
 * 副刊 pages print them.
 */
export const VERSE_FORM_RE = /^(?:[五七]言?[律绝古]|律诗|绝句|古风|排律|沁园春|浣溪沙|水调歌头|满江红|念奴娇|蝶恋花|西江月|清平乐|卜算子|临江仙|菩萨蛮|如梦令|渔家傲|鹧鸪天|忆秦娥|采桑子|踏莎行|破阵子|江城子|长相思|忆江南|浪淘沙|虞美人|一剪梅|青玉案|定风波|南乡子|声声慢|雨霖铃|永遇乐|天净沙)\s*[·•・．.]\s*\p{Script=Han}/u;

/**
 * A day heading of a meeting's schedule (会议日程): a month and day with the weekday in brackets on a
 * line of its own (6月26日（星期三）). Shared by the structure cue `day-head` (a cross-head) and the
 * article date (a schedule that opens with one is dated by it). Source: the 日程 of 人大 and 政协
 * sessions as their 公报 and 会刊 print them.
 */
export const DAY_HEAD_RE =
  /^[0-9０-９一二三四五六七八九十]{1,2}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日\s*[（(]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[）)]$/u;

/**
 * How alike two texts are through OCR slips: 1 − (edit distance of their Han, digit and Latin
 * characters, marks and spaces left out) ÷ the longer length; 1 for two texts with none.
 */
export function textSimilarity(a: string, b: string): number {
  const keep = (s: string) => [...s].filter((c) => /[\p{Script=Han}0-9A-Za-z]/u.test(c));
  const x = keep(a);
  const y = keep(b);
  const n = Math.max(x.length, y.length);
  if (!n) return 1;
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return 1 - row[y.length] / n;
}
