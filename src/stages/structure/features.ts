/**
 * Structure step 1 of 4 (issue 7, DESIGN.md "Structure as line roles"): what each unit of a page
 * looks like, as evidence. A unit is one text or byline block of `rejoin(splitBlocks(lines))` (a
 * paragraph, a headline line, a credit line); furniture blocks are not units (furniture.ts
 * recognises them), but a unit knows when furniture stands right before it.
 *
 * Evidence is a list of binary feature names per unit, e.g. `len:9-12`, `end:dash`, `cue:记者`,
 * `n:leadin` (the next unit opens with a lead-in). Features of the unit itself, of its neighbours
 * (prefixes `p:` previous, `n:` next) and a few conjunctions; the weights (weights.ts) turn them
 * into a score per role (roles.ts). Nothing here decides anything.
 */
import type { Block } from '../../types.js';
import { MAX_QUESTION_HEADLINE, MIN_WRAP_WIDTH, PHOTO_GAP_LINES } from '../../heuristics.js';
import {
  endsSentence,
  endsWithKickerDash,
  hasBodyPunctuation,
  hasNationalScriptWord,
  isColonKicker,
  isHeadlineShaped,
  isQuestionHeadline,
  opensWithSubtitleDash,
  SENTENCE_STOP,
  startsWithDateline,
  visualLength,
} from '../../text.js';
import { artworkCredit, parseCreditLine, parseLeadIn, splitTrailingCredit } from '../../extract/bylines.js';
import { AUTHOR_MARKS, TOWNSHIP_ENDS } from '../../extract/credit-lexicon.js';
import { parseChineseDate } from '../../extract/dates.js';
import { columnWidth, continuesHeadline, lineWidth } from '../split-blocks.js';
import { bylineCanonicalForm, bylineDotScore, closingQuoteForm, kickerCanonicalForm, dashEndingScore, loneQuotesAsSpaces, noiseScore, runningHeadScore } from '../markers.js';
import { COMPOUND_SURNAMES, SIGNER_HEADS, SURNAMES } from '../../extract/lexicon.js';
import { findJumpMarkers, isCompoundPageName, isPageName, isPaperName, isQualifiedPageName } from '../furniture.js';
import { closeUpNames } from './names.js';
import { hasTraditional, toSimplified } from '../../extract/script.js';
import {
  COLOPHON,
  COLOPHON_CUES,
  PRINT_RUN_RE,
  COLOPHON_DOC_WINDOW,
  RULE_LINE_RE,
  ENCLOSURE_WINDOW,
  FURNITURE_SHAPED,
  LEXICAL_CUES,
  BULLET_LIST,
  CAPTION_IN_TEXT,
  OVER_PICTURE_SOURCE,
  FIELD_LINE_RE,
  FIELD_RUN,
  NUMBERED_LIST,
  LENGTH_BUCKETS,
  NAME_ROW_MIN,
  UNIT_ROW_MIN,
  UNIT_ROW_CELL_RE,
  ROW_LABEL_RE,
  NOISE_MAX_LENGTH,
  CATCHWORD_END_RE,
  DE_PHRASE_END_RE,
  DOC_TITLE_RE,
  DOC_TITLE_WRAP_FIRST,
  DOC_TITLE_WRAP_SECOND,
  PAGE_NAME_UNDER_HEAD,
  OVER_DASH_KICKER,
  OVER_DASH_KICKER_LABEL,
  DASH_KICKER_LABEL_RE,
  OVER_OPENING,
  OVER_MESSAGE_CREDIT,
  DATE_FIELD_RE,
  OVER_OPENING_MAX_STACK,
  SIGNED_PAGE_STACK,
  JUMPED_STORY_STACK,
  SIGNED_STACKS_MIN,
  COUPLET_LINES,
  OVER_COUPLET_LINES,
  MAX_SPLIT_SUBTITLE_PART,
  SPEECH_FRAME_RE,
  OPEN_END_MIN_LENGTH,
  REPEATED_LINE_MIN,
  SHORT_OVER_HEADLINE_MAX,
  LONG_KICKER_EVIDENCE,
  LONG_OVER_HEADLINE_RATIO,
  LONG_OVER_TITLE_IN_STACK_RATIO,
  LONG_OVER_HEADLINE_MIN_UNDER,
  HEADLINE_TAIL_MIN_ABOVE,
  SIZE_BIG,
  SIZE_MID,
  SIZE_SMALL,
  SIZE_STEP,
  TWO_LINE_TITLE_MAX,
  TITLE_JOINER_END_RE,
  TITLE_JOINER_WORDS,
  TITLE_FRAME_RE,
  HEADLINE_QUOTED_RE,
  CROSSHEAD_SIBLING_WINDOW,
  CAPTION_MAX_LENGTH,
  ITEM_CREDIT_WINDOW,
  PICTURE_CREDIT_RE,
  PICTURE_COLON_CREDIT_RE,
  RUN_IN_PHOTO_CREDIT_END_RE,
  HEADLINE_RUN_MAX_LENGTH,
  VERSE_MAX_LENGTH,
  VERSE_MIN_RUN,
  VERSE_MIN_RUN_UNDER_BYLINE,
  WRAP_SAME_WIDTH,
  WRAP_SAME_WIDTH_NO_CREDIT,
  OVER_WRAP_SAME_WIDTH,
  TABLE_MIN_CELLS,
  tableRowCells,
  ROW_HEAD,
  ROW_HEAD_MAX_LENGTH,
  ROW_HEAD_MIN_ROWS,
  DAY_OVER_ROW_HEAD,
  COLUMN_LABEL_CUES,
  TITLE_LABEL_HEAD,
  TITLE_LABEL_RE,
  TRAILER_STACK,
  WHOLE_QUOTATION_RE,
  QUOTE_BOX_LABEL,
  QUOTE_BOX_LABEL_MAX,
  QUOTE_ATTRIBUTION,
  TOPIC_KICKER,
  TOPIC_KICKER_RE,
  SERIES_KICKER_RE,
  UNDER_TOPIC_KICKER,
  JUMP_IN_CONTINUES,
  JUMPED_HEADLINE,
  DECK_VERB_RE,
  LEADERS_DECK_PHRASE_RE,
  LEADERS_DECK_ALONE_MIN,
  PADDED_NAME_ALONE_RE,
  PADDED_SIGNATURE,
  CLOSING_CREDIT,
  AIM_HEADLINE_RE,
  AIM_UNDER_LONG,
  OVER_AIM,
  ROLL_HEAD,
  ROLL_HEAD_MAX,
  OVER_TEXT_CREDIT,
  PICTURE_CUES,
  PICTURE_WORD_RE,
  OPEN_LINE_UNDER_HL,
  SIGNER_RE,
  SIGNER_OVER_DATE,
  ADDRESSEE_LINE_RE,
  COLON_HEAD,
  OVER_COLON_HEAD,
  DATE_UNDER_SIGNER,
  OVER_SIGNATURE,
  ADDRESSEE_OPENING_RE,
  NOTICE_HEAD,
  NAME_TITLE,
  LABEL_OVER_NOTE,
  LABEL_OVER_NOTE_MAX,
  BRACKETED_CLAUSE,
  BRACKETED_CLAUSE_RE,
  NOTICE_CLOSING_RE,
  NOTICE_PARAGRAPH_MAX,
} from './weights.js';

/** A unit of the page and its evidence. `index` is the block's index in the page's block list. */
export interface Unit {
  block: Block;
  index: number;
  features: string[];
}

/** A mark opening a cross-head (■, ◆, ●…: credit-lexicon.ts AUTHOR_MARKS), read by headForm. */
const HEAD_MARK_RE = new RegExp(`^[${AUTHOR_MARKS}]`, 'u');
/** Furniture of a page head: what a `between-furniture` unit stands between. */
const PAGE_HEAD_FURNITURE = new Set<string>(['running-head', 'masthead', 'folio', 'editor']);
/**
 * Furniture of a page turn, which a story goes on across (a folio, a running head, the editor lines
 * printed at a page's foot and head: 责任编辑：X): no masthead (a new issue).
 */
const PAGE_TURN_FURNITURE = new Set<string>(['running-head', 'folio', 'editor']);

/** The bucket name of a visual length (`len:9-12`), from LENGTH_BUCKETS. */
export function lengthBucket(n: number): string {
  let lo = 0;
  for (const hi of LENGTH_BUCKETS) {
    if (n <= hi) return `${lo + 1}-${hi}`;
    lo = hi;
  }
  return `>${lo}`;
}

/** A unit that ends with a sentence's stop (text.ts SENTENCE_STOP: 。！？!?…, a half-width . after Han text). */
const STOP_END_RE = new RegExp(`${SENTENCE_STOP}$`, 'u');
/** …with closing quotes after it, or none. */
const STOP_THEN_QUOTES_END_RE = new RegExp(`${SENTENCE_STOP}[”’」』"]*$`, 'u');
/** A stop inside closing quotes (…。”, …."; OCR may set a space between the stop and the quote). */
const STOP_IN_QUOTE_END_RE = new RegExp(`${SENTENCE_STOP}(?:[\\s\\u3000]*[”’」』"])+$`, 'u');

/** How a unit ends: stop (。！？…, also before closing quotes), comma (，、), dash (——), colon, rparen, quote (a quoted word), han, digit, other. */
export function endClass(text: string): string {
  const t = text.trimEnd();
  if (endsWithKickerDash(t)) return 'dash';
  const c = t.slice(-1);
  if (/[。！？!?…]/u.test(c) || STOP_END_RE.test(t)) return 'stop';
  if (/[，、,；;]/u.test(c)) return 'comma';
  if (/[：:]/u.test(c)) return 'colon';
  if (/[）)]/u.test(c)) return 'rparen';
  // A closing quote ends a sentence only after a stop inside it (…。” ); after a quoted word
  // (注意防范“烂场雨”) the unit ends as printed text, as a headline may. OCR may set a space between
  // the stop and the quote (…小区的环境也美了。 ”, Tesseract's text and hOCR of the bundled issue).
  if (/[”’」』"]/u.test(c)) return STOP_IN_QUOTE_END_RE.test(t) ? 'stop' : 'quote';
  if (/\p{Script=Han}/u.test(c)) return 'han';
  if (/[0-9０-９]/u.test(c)) return 'digit';
  return 'other';
}

/**
 * Features of the text alone (no context): shared by the unit and, prefixed, by its neighbours.
 * `simplified`: the page is printed in traditional script (a Hong Kong, Macau or Taiwan paper, a
 * Big5 archive), so the text is described on its simplified form (extract/script.ts, OpenCC): the
 * cues, lead-ins and credits of weights.ts and credit-lexicon.ts are written in simplified
 * characters (记者, 本报讯, 摄, 图为), and a traditional page would otherwise show none of them.
 */
export function textFeatures(b: Block, simplified = false): string[] {
  // A byline, kicker or quotation whose marks OCR misread (`张明明:`, `杨阳，`; `…到位一`;
  // `…“连心桥-`) is described as printed (`·张明明·`; `…到位——`; `…“连心桥”`): the model knows
  // the printed forms (markers.ts).
  // A credit line whose ideographic space OCR read as a quote (县长“郑明远) is described with the space.
  const t =
    b.kind === 'byline'
      ? (bylineCanonicalForm(b.text) ?? loneQuotesAsSpaces(b.text.trim()))
      : (kickerCanonicalForm(b.text) ?? closingQuoteForm(b.text) ?? b.text.trim());
  return textFeaturesOf(b, simplified ? toSimplified(t) : t);
}

/**
 * A line of Han text the lexical cues are first run on by `prepareStructure`: V8 compiles a
 * regular expression for two-byte subjects (any Chinese line) apart from one-byte ones.
 */
const WARM_UP_LINE = '本报讯（记者　王峰）区委书记胡拥军督查防汛工作。';

/**
 * Compiles the regular expressions of the lexical cues (LEXICAL_CUES, which textFeatures runs
 * on every unit) now rather than on the first unit: each is run twice on WARM_UP_LINE (V8 makes
 * its bytecode on the first run and its machine code on the second). They are about 70, several
 * of them large (\p{Script=Han} repeated, long lists of words): on the bundled issue their first
 * runs took about 50 ms of the parse, after the segmenter's dictionary had loaded. The CLI calls
 * this while the dictionary loads in the background (main.ts, with `prepareEntities`), so that
 * on an idle second core the compiling is done while the parse would wait (issue 12: one issue
 * against `load()` alone). Nothing found changes: a test has no effect on the expressions but
 * their `lastIndex`, which is put back.
 */
export function prepareStructure(): void {
  for (const [, re] of LEXICAL_CUES) {
    const last = re.lastIndex;
    re.test(WARM_UP_LINE);
    re.test(WARM_UP_LINE);
    re.lastIndex = last;
  }
}

/**
 * textFeatures of `t`, the text of block `b` as described. Two functions of its own in the same
 * order (V8 compiles each apart: a branch first taken late in a batch recompiles one of them; the
 * one function was compiled six times in a 100-file batch).
 */
function textFeaturesOf(b: Block, t: string): string[] {
  const f: string[] = [];
  const len = visualLength(t);
  const credit = shapeFeatures(b, t, len, f);
  cueFeatures(b, t, len, credit, f);
  return f;
}

/** The shape of text `t` (of block `b`, `len` its visual length) onto `f`, through its credit evidence; whether it reads as a credit. */
function shapeFeatures(b: Block, t: string, len: number, f: string[]): boolean {
  f.push(`len:${lengthBucket(len)}`);
  f.push(`lines:${Math.min(b.rawLines.length, 3)}`);
  if (b.indented) f.push('indent');
  f.push(`end:${endClass(t)}`);
  if (opensWithSubtitleDash(t)) f.push('start:dash');
  // A dash read by OCR as 一一 (——一位基层干部在座谈会上说 → 一一一位…): the same evidence, kept apart
  // because 一一 also opens running text (一一对应) on rare lines.
  else if (/^一一/u.test(t)) f.push('start:dash?');
  const punct = (t.match(/[，。；：！？、,;:!?]/gu) ?? []).length;
  f.push(`punct:${Math.min(punct, 2)}`);
  if (!hasBodyPunctuation(t)) f.push('nopunct');
  // Shaped like a line of page furniture: one short printed line (spaces counted) that ends no
  // sentence. The decoder reads nothing else as noise.
  if (b.rawLines.length === 1 && len <= NOISE_MAX_LENGTH && [...t].length <= NOISE_MAX_LENGTH && !STOP_END_RE.test(t.replace(/[”’」』"）)]+$/u, '')))
    f.push(FURNITURE_SHAPED);
  // A sentence: punctuation inside and a full stop at the end (running text, a caption).
  // (Not a question set on one line as a headline, 锦绣花园南门外道路坑洼积水，何时能修？: a 问政 or Q&A page's
  // title, its comma and question mark notwithstanding; text.ts isQuestionHeadline, MAX_QUESTION_HEADLINE.)
  if (punct >= 2 && STOP_END_RE.test(t.replace(/[”’」』"]+$/u, '')) && !isHeadlineQuestion(b, t)) f.push('sentence');
  // (A labelled period or day, 统计时段：5月4日—5月10日, is no headline's shape: weights.ts DATE_FIELD_RE.)
  if (isHeadlineShaped(t) && !DATE_FIELD_RE.test(t)) f.push('shape:headline');
  // …and a 引题 in the speech frame ending in a colon, longer than MAX_COLON_KICKER (石宏远在榕岭县检查防汛
  // 工作时强调：, 17 characters; weights.ts SPEECH_FRAME_RE).
  if (isColonKicker(t) || (/[：:]$/u.test(t) && SPEECH_FRAME_RE.test(t))) f.push('shape:colon-kicker');
  // A noun phrase headed after 的 (急诊科里的十二小时): a headline that names its story (DE_PHRASE_END_RE).
  if (f.includes('shape:headline') && !hasBodyPunctuation(t) && !endsWithKickerDash(t) && !opensWithSubtitleDash(t) && DE_PHRASE_END_RE.test(t)) f.push('shape:de-phrase');
  if (/\s/u.test(t)) f.push('inner-space');
  // Two phrases of a headline set apart by a space (麦浪翻金　夏收正忙, 压实防汛责任 守牢安全底线):
  // a headline's couplet, not a name padded with spaces (张　某) or a credit line.
  if (isCouplet(t)) f.push('couplet');
  const dateOnly = LEXICAL_CUES.find(([name]) => name === 'date-only')?.[1].test(t) ?? false;
  // A line that is only a date (a document's signing date) opens no story: no dateline. Nor does a
  // line that opens with a month or a year and is no sentence (今年以来新开工重大水利工程二十二项,
  // 今年全市已开工加装电梯312台，年底前将再开工200台): in the zoo's sources (Dec 2026) every such unit
  // is a title or a subtitle, none a paragraph.
  if (startsWithDateline(t) && !dateOnly && !(coarseDateOpening(t) && !f.includes('sentence'))) f.push('dateline');
  if (parseLeadIn(t)) f.push('leadin');
  // A column label in brackets at the head of a headline line (【聚焦】全县…召开, 〔关注〕麦收在即…): the
  // label is the item's kicker (assemble.ts), so the line is its title (TITLE_LABEL_HEAD).
  const labelled = TITLE_LABEL_RE.exec(t);
  if (labelled && !/[，。；！？,;!?]/u.test(labelled[2]) && visualLength(labelled[2]) <= 40) f.push(TITLE_LABEL_HEAD);
  const credit = b.kind === 'byline' || parseCreditLine(t) !== null || parseCreditLine(closeUpNames(t)) !== null;
  if (credit) f.push('credit');
  // A note in brackets that is a clause (a comma inside) and names no one (（节目如有变动，以电视台播出为准）,
  // （作者简介：…，…。）): the item's running text, not its credit (BRACKETED_CLAUSE of weights.ts).
  if (!credit && BRACKETED_CLAUSE_RE.test(t)) f.push(BRACKETED_CLAUSE);
  return credit;
}

/**
 * True when block `b` (its text `t`) is a question set on one printed line as a headline: text.ts
 * isQuestionHeadline, at most MAX_QUESTION_HEADLINE long (锦绣花园南门外道路坑洼积水，何时能修？).
 */
export function isHeadlineQuestion(b: Block, t: string = b.text.trim()): boolean {
  return b.rawLines.length === 1 && visualLength(t) <= MAX_QUESTION_HEADLINE && isQuestionHeadline(t);
}

/** The lexical cues and marker evidence of text `t` (of block `b`, `len` its visual length, `credit` whether it reads as a credit) onto `f`. */
function cueFeatures(b: Block, t: string, len: number, credit: boolean, f: string[]): void {
  // Longer than OPEN_END_MIN_LENGTH and ending in a character, a number or a quoted word, no sentence
  // and no credit at its end (今年全市已开工加装电梯312台，年底前将再开工200台; a long subtitle over two
  // lines): a headline or a list's line, never a photo's caption, which ends in 。 or with its run-in
  // credit (…摄）, …。　　何一).
  if (len > OPEN_END_MIN_LENGTH && /[\p{Script=Han}0-9０-９”’」』"]$/u.test(t) && !STOP_THEN_QUOTES_END_RE.test(t) && !credit && !RUN_IN_PHOTO_CREDIT_END_RE.test(t)) f.push('open-end');
  // No Han and no word of a national script (Tibetan, Uyghur, Mongolian, Korean…: text.ts): marks,
  // digits or Latin alone. A line in a national script is read as text is (script:national).
  const national = hasNationalScriptWord(t);
  if (!/\p{Script=Han}/u.test(t) && !national) f.push('nohan');
  if (national) f.push('script:national');
  // A line opening with a dash that ends in 说/表示 is the attribution under a quotation (——一位基层干部
  //在座谈会上说), not a speech kicker over a headline.
  const dashed = f.includes('start:dash') || f.includes('start:dash?');
  const cues = LEXICAL_CUES.filter(([name, re]) => re.test(t) && !(dashed && name === 'speech-kicker')).map(([name]) => name);
  // A reprint's source note is its own evidence, not that of any bracketed line (credits, notes).
  // (…nor is a message's credit line, 网友：138****6672　留言编号：WZ20260430-0211, a filing's identification
  // line for the code in its number's field.)
  for (const name of cues) if (!(name === 'bracketed' && cues.includes('reprint-source')) && !(name === 'filing-id' && cues.includes('message-credit'))) f.push(`cue:${name}`);
  // …and a photographer's credit run on after the caption's last sentence with no brackets (…发放冬季
  //出行安全提示卡。本报记者　卢　柯　摄: bylines.ts splitTrailingCredit), as in brackets.
  if (!cues.includes('run-in-photo-credit') && RUN_IN_PHOTO_CREDIT_END_RE.test(t) && endsSentence(splitTrailingCredit(t)?.rest ?? '')) f.push('cue:run-in-photo-credit');
  // A credit naming the picture's role before a colon (摄影：孔令舟, 图：X): a photo's credit, as X　摄 is.
  if (credit && !cues.includes('photo-credit') && PICTURE_COLON_CREDIT_RE.test(t)) f.push('cue:photo-credit');
  // A column's or genre's label opening with a surname character (文摘, 时评) is no one's name.
  if (isPersonNames(t) && !cues.some((c) => COLUMN_LABEL_CUES.includes(c))) f.push('cue:person-name');
  // (A credit line of labelled names, 记者：X　Y　Z　W, is no list's row.)
  const labelledCredit = credit && ROW_LABEL_RE.test(t);
  if (isNameRow(t) && !labelledCredit) f.push('name-row');
  else if (isUnitRow(t) && !labelledCredit) f.push('unit-row');
  // An artwork's caption on one line (秋韵（国画）　　陈砚秋　作): the headline of a picture item, with its credit.
  if (artworkCredit(t)) f.push('cue:artwork-credit');
  // OCR-tolerant marker evidence (markers.ts), bucketed.
  const dot = bylineDotScore(t);
  if (dot >= 0.6) f.push(dot >= 1 ? 'mark:dots' : 'mark:dots?');
  const dash = dashEndingScore(t);
  if (dash >= 0.5) f.push(dash >= 0.8 ? 'mark:dash' : 'mark:dash?');
  const noise = noiseScore(t);
  if (noise >= 0.4) f.push(noise >= 0.7 ? 'mark:noise' : 'mark:noise?');
  if (runningHeadScore(t) >= 0.5) f.push('mark:running-head');
  const sizes = b.rawLines.map((l) => l.size).filter((s): s is number => typeof s === 'number');
  if (sizes.length) {
    const s = Math.max(...sizes);
    f.push(s >= SIZE_BIG ? 'size:big' : s >= SIZE_MID ? 'size:mid' : s <= SIZE_SMALL ? 'size:small' : 'size:body');
  }
}

/**
 * True when `text` opens with a date coarser than a day (a month, a quarter, a year: 今年10月的一天
 * 深夜, 2023年5月, 今年以来), read by the date grammar (extract/dates.ts) without an issue date: the
 * time of a scene or a period, as a paragraph inside a story opens; a story's dateline names a day.
 */
export function coarseDateOpening(text: string): boolean {
  const d = parseChineseDate(text.trim(), { issueDate: null, year: null }).date;
  return d !== null && d.precision !== 'day' && d.precision !== 'xun';
}

/**
 * A line that is only people's names (1-3 names, each of 2-3 Han characters opening with a surname
 * of lexicon.ts or of 3-4 opening with a compound surname, padding closed up): an author's byline
 * under a headline (韩知行, 叶　汀, 欧阳明远).
 */
export function isPersonNames(text: string): boolean {
  const names = closeUpNames(text.trim()).split(/[\s\u3000、，,]+/u).filter(Boolean);
  return (
    names.length >= 1 &&
    names.length <= 3 &&
    // Four characters only with a compound surname (欧阳明远): a four-character headline or label
    // opening with a surname character (龙舟竞渡, 双节出行) is no name (as markers.ts).
    names.every(
      (n) =>
        (/^\p{Script=Han}{2,3}$/u.test(n) && SURNAMES.has(n[0])) ||
        (/^\p{Script=Han}{3,4}$/u.test(n) && COMPOUND_SURNAMES.has(n.slice(0, 2))),
    )
  );
}

/**
 * A row of a list of names (an award list's, a 名单's, an honour roll's): at least NAME_ROW_MIN names set
 * apart by spaces or 、 and nothing else, each 2-3 Han characters opening with a surname of lexicon.ts
 * or 3-4 opening with a compound surname (林晓棠　陈思语　王若溪　赵一鸣); a two-character name padded to
 * the width of three is one name (王　勇　周　峰　赵　晨　何晓雯: names.ts closeUpNames), as lists print
 * them. A row may open with its group's head run in before a colon (先进个人：王　勇　周　峰…: ROW_LABEL_RE).
 * A byline names one to three.
 */
export function isNameRow(text: string): boolean {
  const names = closeUpNames(text.trim().replace(ROW_LABEL_RE, '')).split(/[\s\u3000、，,]+/u).filter(Boolean);
  return (
    names.length >= NAME_ROW_MIN &&
    names.every(
      (n) =>
        (/^\p{Script=Han}{2,3}$/u.test(n) && SURNAMES.has(n[0])) ||
        (/^\p{Script=Han}{3,4}$/u.test(n) && COMPOUND_SURNAMES.has(n.slice(0, 2))),
    )
  );
}

/** The heads a body's name ends in, for isUnitRow (lexicon.ts SIGNER_HEADS, credit-lexicon.ts TOWNSHIP_ENDS). */
const UNIT_HEADS: readonly string[] = [...SIGNER_HEADS, ...TOWNSHIP_ENDS];

/**
 * A row of a list of bodies (an honour roll's 先进集体, a list of units commended or named): at least
 * UNIT_ROW_MIN names of bodies set apart by spaces or 、 and nothing else, each of UNIT_ROW_CELL_RE's
 * shape (4-16 Han characters or digits) ending in a head noun of a body's name (lexicon.ts SIGNER_HEADS: 派出所, 中队, 中心, 局,
 * 公司…, or a township's TOWNSHIP_ENDS): 城关派出所　石桥派出所　交警大队事故处理中队. May open with its
 * group's head and a colon (ROW_LABEL_RE). A headline of two phrases ends in no such head.
 */
export function isUnitRow(text: string): boolean {
  const cells = text.trim().replace(ROW_LABEL_RE, '').split(/[\s\u3000、，,]+/u).filter(Boolean);
  return (
    cells.length >= UNIT_ROW_MIN &&
    cells.every((c) => UNIT_ROW_CELL_RE.test(c) && UNIT_HEADS.some((h) => c.endsWith(h) && c.length - h.length >= 2))
  );
}

/**
 * One person's name as an author signs under a title: 2-3 Han characters (padding closed up), or 4
 * opening with a compound surname (欧阳晓峰). A four-character line opening with a surname character
 * is mostly a headline (古镇夜色, 江边夜坐), not a name.
 */
/**
 * True when running text opens with the name a line prints alone (spaces closed up) and then its
 * bracketed years or a comma (陈远山（1908—1942），…; 周瑞英，女，…): the person the text is about.
 */
function opensWithName(text: string, nameLine: string): boolean {
  const name = closeUpNames(nameLine.trim()).replace(/[\s\u3000]+/gu, '');
  const t = text.trimStart();
  return t.startsWith(name) && /^[（(，,]/u.test(t.slice(name.length));
}

function isAuthorName(text: string): boolean {
  const n = closeUpNames(text.trim()).replace(/[\s\u3000]+/gu, '');
  return /^\p{Script=Han}{2,3}$/u.test(n) || (/^\p{Script=Han}{4}$/u.test(n) && COMPOUND_SURNAMES.has(n.slice(0, 2)));
}

/**
 * A headline printed as two phrases set apart by spaces (麦浪翻金　夏收正忙, 未来一周多阵雨　注意防范“烂场雨”):
 * exactly two parts of at least four characters each, no digits, brackets or punctuation of
 * running text. A padded name (本报记者　张　某) has parts of one or two characters; a credit line
 * or a running head carries brackets or digits.
 */
export function isCouplet(text: string): boolean {
  const parts = text.trim().split(/[\s\u3000]+/u);
  return (
    parts.length === 2 &&
    parts.every((p) => [...p].length >= 4 && /^[\p{Script=Han}“”‘’「」《》·]+$/u.test(p)) &&
    !hasBodyPunctuation(text)
  );
}

/**
 * The printed form of a headline line that cross-heads of one series share, or null: a short label
 * and a colon (东南亚：屋顶上的“光伏热”, 中东：沙漠里建起大电站 → `colon`), a label in 【】 (`lenticular`),
 * a numbering style (一、 → `num:han`, （一） → `num:paren`, 1. → `num:digit`, 第一章 → `num:ordinal`),
 * a mark before the words (■ 客流创新高… → `mark:■`), or a short line of Han characters only, by its
 * count (天气趋势, 农事建议 → `han:4`).
 * Source: how Chinese dailies and bulletins set the cross-heads of one piece, in parallel.
 */
export function headForm(text: string): string | null {
  const t = text.trim();
  if (/^\p{Script=Han}{1,6}[：:]\s*\S/u.test(t)) return 'colon';
  // A mark before the words (■ 客流创新高…, ◆ …, ● …: credit-lexicon.ts AUTHOR_MARKS), by the mark.
  const mark = HEAD_MARK_RE.exec(t);
  if (mark) return `mark:${mark[0]}`;
  if (/^【[^【】]{1,12}】/u.test(t)) return 'lenticular';
  if (/^[一二三四五六七八九十]{1,3}[、.．]/u.test(t)) return 'num:han';
  if (/^[（(][一二三四五六七八九十\d]{1,3}[）)]/u.test(t)) return 'num:paren';
  if (/^\d{1,2}[、.．](?!\d)/u.test(t)) return 'num:digit';
  // (第一章, 第三条; and the parts of a serial or a series, 第1集, 第二回, 第三站, 第4期: an episode
  // guide's heads, a tour's stops.)
  if (/^第[0-9０-９一二三四五六七八九十]{1,3}[章条节部分集回期场站课讲篇幕]/u.test(t)) return 'num:ordinal';
  // Short cross-heads of one piece are mostly set to one count of characters (天气趋势, 农事建议).
  if (/^\p{Script=Han}{2,8}$/u.test(t)) return `han:${[...t].length}`;
  return null;
}

/**
 * The cells of a block of one printed line read as a table's row (weights.ts tableRowCells), or 0.
 * A row a hard wrap carried onto a second printed line (a listing's 滨江新闻综合频道　19:35　电视剧《江湾人 /
 * 家》（23、24） in a narrow column, joined by the layout step) is read whole, as the same row printed
 * on one line is.
 */
export function tableCells(b: Block): number {
  if (b.rawLines.length !== 1 && !(b.rawLines.length === 2 && b.joins.some((j) => j.kind === 'wrap'))) return 0;
  return tableRowCells(b.text.trim());
}

/** Neighbour features worth copying with a prefix (the rest are too fine-grained to help). */
const NEIGHBOUR_RE = /^(?:end:|shape:|dateline|leadin|credit|indent|lines:|start:dash|nopunct|size:|cue:|mark:|len:(?:1-4|5-8|9-12|13-18|19-26|27-40|41-60)$)/u;

/**
 * What ends an item as a credit: a byline or credit line (`credit`), and the credit conventions
 * parseCreditLine does not read as names: （新华社电）, end datelines （本报某地某日电）, author notes
 * （作者为…）, a note that the names are pseudonyms （文中当事人均为化名）, 执笔：…, 本版制图：…, （完）, source notes （来源：…）/（…供稿）/（某某局）, a 版记's …印发 line.
 */
const CREDIT_LIKE = ['credit', 'cue:wire-end', 'cue:pseudonym-note', 'cue:author-note', 'cue:author-unit', 'cue:written-by', 'cue:graphics', 'cue:end-mark', 'cue:source-note', 'cue:org-credit', 'cue:reprint-source', 'cue:printed-by'];

/**
 * What opens or closes an item: a credit-like line (CREDIT_LIKE), a lead-in, or a column label (a
 * label ends the item above it and heads the next: 简讯, 社评, …信箱) or a notice's genre word (讣　告,
 * 更　正: cue notice-kind), so that the headlines on either side of one are never one story's series
 * of cross-heads.
 */
const STORY_EDGE = [...CREDIT_LIKE, 'leadin', 'cue:column-label', 'cue:column-word', 'cue:briefs-label', 'cue:notice-kind'];

/**
 * What a line of a headline stack never is: a credit, a lead-in, a sentence, an indented paragraph,
 * furniture's text, a column label standing over the stack (a subtitle may open with a date:
 * 今年全市已开工…).
 */
const RUN_BREAK = [...CREDIT_LIKE, 'leadin', 'sentence', 'cue:run-in-photo-credit', 'cue:picture-source', 'cue:lenticular-label', 'cue:column-label', 'cue:column-word', 'cue:genre-label', 'cue:briefs-label', 'end:stop', 'indent', 'mark:dots', 'cue:padded-name', 'cue:person-name', 'cue:bracketed', 'cue:date-only', 'repeated', 'between-furniture', 'verse', 'cue:numbered'];

/** Units from k to the next unit (after k) with any of features `xs`, bucketed: 1, 2, 3-5, 6+ or none. */
function distance(own: string[][], k: number, xs: readonly string[]): string {
  for (let j = k + 1; j < own.length && j <= k + 6; j++) {
    if (xs.some((x) => own[j].includes(x))) {
      const d = j - k;
      return d <= 2 ? String(d) : d <= 5 ? '3-5' : '6+';
    }
  }
  return 'none';
}

/**
 * A meeting story's deck of who did what (罗振邦讲话　孟庆安作常委会工作报告　韦思源等出席): every phrase
 * set apart by spaces is a LEADERS_DECK_PHRASE_RE, but the last of two or more, which a wrap may cut.
 */
function leadersDeck(text: string): boolean {
  const phrases = text.trim().split(/[\s\u3000]+/u);
  // (One phrase alone names an office and a name, 县委书记贺庭州出席并讲话: a label such as 领导讲话 is none.)
  if (phrases.length === 1) return visualLength(phrases[0]) >= LEADERS_DECK_ALONE_MIN && LEADERS_DECK_PHRASE_RE.test(phrases[0]);
  return phrases.slice(0, -1).every((p) => LEADERS_DECK_PHRASE_RE.test(p));
}

/**
 * One printed line, headline-shaped, no punctuation or inner space, no opening dash, no lexical cue
 * (a credit, a date, an issuing body, a column label, a numbered line…), at most TWO_LINE_TITLE_MAX long.
 */
function isShortTitleLine(b: Block, f: readonly string[]): boolean {
  return (
    b.rawLines.length === 1 &&
    f.includes('shape:headline') &&
    f.includes('nopunct') &&
    !f.includes('inner-space') &&
    !f.includes('start:dash') &&
    !f.some((x) => x === 'credit' || x === 'mark:dots' || (x.startsWith('cue:') && x !== 'cue:open-quote')) &&
    visualLength(b.text.trim()) <= TWO_LINE_TITLE_MAX
  );
}

/**
 * True when `b` is one printed headline line, unpunctuated, ending in a joining conjunction
 * (TITLE_JOINER_END_RE, not the end of a word of TITLE_JOINER_WORDS): a title's first line, never a whole title.
 */
function endsInJoiner(b: Block, f: readonly string[]): boolean {
  const t = b.text.trim();
  return (
    b.rawLines.length === 1 &&
    f.includes('shape:headline') &&
    f.includes('nopunct') &&
    // (A name alone, 胡清和, or any line with a lexical cue is no title's first line.)
    !f.some((x) => x === 'credit' || x === 'mark:dots' || x.startsWith('cue:')) &&
    TITLE_JOINER_END_RE.test(t) &&
    !TITLE_JOINER_WORDS.some((w) => t.endsWith(w))
  );
}

/**
 * True when `b` is one printed headline line, no credit or lexical cue, that is a span frame around
 * quoted terms waiting for its clause (weights.ts TITLE_FRAME_RE: 从“卖咖啡豆”到“卖风景”).
 */
function waitsForClause(b: Block, f: readonly string[]): boolean {
  if (b.rawLines.length !== 1 || !f.includes('shape:headline') || !f.includes('nopunct')) return false;
  if (f.some((x) => x === 'credit' || x === 'mark:dots' || (x.startsWith('cue:') && x !== 'cue:open-quote'))) return false;
  return TITLE_FRAME_RE.test(b.text.trim().replace(HEADLINE_QUOTED_RE, 'Q'));
}

/**
 * True when headline line `b` right under headline line `a` reads as the second line of one title:
 * both short unpunctuated lines (isShortTitleLine) and `b` shorter than `a` (a title broken over
 * two lines puts the longer part first; a subtitle is mostly as long as its title or longer).
 */
export function isTitleLinePair(a: Block, fa: readonly string[], b: Block, fb: readonly string[]): boolean {
  return isShortTitleLine(a, fa) && isShortTitleLine(b, fb) && visualLength(b.text.trim()) < visualLength(a.text.trim());
}

/**
 * True when headline lines `a` over `b` are two parallel phrases of one width: each a single
 * printed line of four Han characters or more (quotation marks aside), at most
 * MAX_SPLIT_SUBTITLE_PART long, with no punctuation, cue or credit, and as long as each other.
 */
function isCoupletLines(a: Block, fa: readonly string[], b: Block, fb: readonly string[]): boolean {
  const phrase = (x: Block, f: readonly string[]) =>
    x.rawLines.length === 1 &&
    f.includes('shape:headline') &&
    f.includes('nopunct') &&
    !f.some((y) => y === 'credit' || y === 'mark:dots' || y.startsWith('cue:')) &&
    /^[\p{Script=Han}“”‘’「」]{4,}$/u.test(x.text.trim()) &&
    visualLength(x.text.trim()) <= MAX_SPLIT_SUBTITLE_PART;
  return phrase(a, fa) && phrase(b, fb) && visualLength(a.text.trim()) === visualLength(b.text.trim());
}

/**
 * The page's column width for hard-wrapped text: the column width (split-blocks' percentile) of
 * the printed lines of wrapped paragraphs, or null when no paragraph is wrapped over several lines
 * of a plausible column (then line lengths say nothing about the column).
 */
export function pageColumn(blocks: Block[]): number | null {
  const widths = blocks
    .filter((b) => b.kind === 'text' && b.rawLines.length > 1)
    .flatMap((b) => b.rawLines.slice(0, -1).map((l) => lineWidth(l.text)));
  if (widths.length < 3) return null;
  const w = columnWidth(widths);
  return w >= MIN_WRAP_WIDTH ? w : null;
}

/** A unit's type size relative to body text (the largest of its printed lines), or null without geometry. */
function unitSize(b: Block): number | null {
  const sizes = b.rawLines.map((l) => l.size).filter((x): x is number => typeof x === 'number');
  return sizes.length ? Math.max(...sizes) : null;
}

/** Text compared as printed words only: spaces and ideographic spaces removed. */
const squeeze = (t: string) => t.replace(/[\s\u3000]+/gu, '');

/**
 * Names of enclosures a unit's text announces: what a 附件：line lists (附件：X, 附件：1.X, and a
 * numbered line after it) and every 《X》 it quotes (关于印发《X》的通知, 《X》已经…审议通过, 现予公布).
 */
function announcedNames(text: string, afterAnnex: boolean): string[] {
  const out: string[] = [];
  const annex = /^附\s*件\s*[0-9０-９]{0,2}\s*[：:]\s*(?:[0-9０-９]{1,2}\s*[.．、]\s*)?(.+)$/u.exec(text.trim());
  if (annex) out.push(annex[1]);
  else if (afterAnnex) {
    const n = /^[0-9０-９]{1,2}\s*[.．、]\s*(.+)$/u.exec(text.trim());
    if (n) out.push(n[1]);
  }
  for (const m of text.matchAll(/《([^《》]{2,60})》/gu)) out.push(m[1]);
  return out.map(squeeze);
}

/** The feature list of a unit whose features were handed to `pageUnits`' `each` (none kept; shared, frozen). */
const NO_FEATURES = Object.freeze([]) as unknown as string[];

/**
 * One copy of each feature name (names come from a closed set: buckets, cue names, furniture
 * kinds), so that the feature lists a page keeps for all its units share their strings instead of
 * holding a new string per unit and feature (issue 10).
 */
const featureNames = new Map<string, string>();

/** `list` with every name replaced by its shared copy (in place); returns `list`. */
function shareNames(list: string[]): string[] {
  for (let i = 0; i < list.length; i++) {
    const name = featureNames.get(list[i]);
    if (name === undefined) featureNames.set(list[i], list[i]);
    else list[i] = name;
  }
  return list;
}

/**
 * The units of a page with their features. `blocks` is the page's block list in reading order
 * (furniture included); units are its text and byline blocks. With `each`, every unit's feature
 * list is handed to it (k = the unit's position in the result) instead of kept (`features` is then
 * empty), so that a large input does not hold the feature strings of all its units at once (issue 10).
 *
 * The page-level evidence is made in passes over the units (`PageEvidence`, one method per pass),
 * then each unit's features are read off it (`PageEvidence.unitFeatures`). (One function per pass,
 * not one function for all of them: V8's optimizing compiler took seconds of CPU and tens of MB of
 * working memory on the single large function each time its feedback changed; issue 12.)
 */
export function pageUnits(blocks: Block[], each?: (k: number, features: string[]) => void): Unit[] {
  const p = new PageEvidence(blocks);
  p.collectUnits(each !== undefined);
  p.countPrinted();
  p.findFieldRuns();
  p.findVerse();
  p.findTableRows();
  p.findRowHeads();
  p.findNamesUnder();
  p.findBetweenText();
  p.findSeriesFirst();
  p.findHeadlineRuns();
  p.findSignedPageStacks();
  p.findJumpedStoryStacks();
  p.findShortOverHeadline();
  p.findLongOverHeadline();
  p.findOverPhotoTitle();
  p.findOverOpening();
  p.findHeadlineTails();
  p.findKickerEvidence();
  p.findColophons();
  const { units } = p;
  for (let k = 0; k < units.length; k++) {
    const f = p.unitFeatures(k);
    if (each) each(k, f);
    else units[k].features = f;
  }
  return units;
}

/** Units' text compared as printed words (the key of `PageEvidence.printed`): every space removed. */
const unitKey = (u: Unit) => u.block.text.replace(/\s+/gu, '');

/**
 * The evidence `pageUnits` reads over a whole page: its units with their own and context feature
 * lists, and flags per unit (a byte each) made by one pass over the page each. Every field is
 * made by the pass named after it, in the order `pageUnits` runs them; later passes read earlier
 * fields.
 */
class PageEvidence {
  readonly units: Unit[] = [];
  // Units' own and context feature lists, read (never changed) until the page's features are
  // made. Each list is held once per page however many units have it (`lists`): a large input
  // has hundreds of thousands of units and a few thousand different lists (issue 10).
  readonly own: string[][] = [];
  readonly context: string[][] = [];
  /** How often each one-line unit's text is printed in the document (countPrinted). */
  printed = new Map<string, number>();
  /** The texts of the running heads and masthead lines the furniture step recognised (countPrinted). */
  heads: string[] = [];
  verse: Uint8Array = new Uint8Array(0);
  verseFirst: Uint8Array = new Uint8Array(0);
  tableRow: Uint8Array = new Uint8Array(0);
  /** Units that are field lines next to a field line (FIELD_RUN), made by findFieldRuns. */
  fieldRun: Uint8Array = new Uint8Array(0);
  listRow: Uint8Array = new Uint8Array(0);
  rowHead: Uint8Array = new Uint8Array(0);
  /** Per unit k: 0 not worked out, 1 no, 2 the line under it opens a series of cross-heads (opensSeries). */
  seriesOpen: Uint8Array = new Uint8Array(0);
  nameUnder: Uint8Array = new Uint8Array(0);
  /** A person's name alone over running text that opens with it (findNamesUnder). */
  nameTitle: Uint8Array = new Uint8Array(0);
  betweenText: Uint8Array = new Uint8Array(0);
  seriesFirst: Uint8Array = new Uint8Array(0);
  runFeature: (string | null)[] = [];
  /** Headline lines of a stack right over a story's opening (findOverOpening). */
  overOpening: Uint8Array = new Uint8Array(0);
  /** The headline stack under running text in a page that signs its stories (findSignedPageStacks). */
  signedPageStack: Uint8Array = new Uint8Array(0);
  jumpedStoryStack: Uint8Array = new Uint8Array(0);
  shortOverHl: Uint8Array = new Uint8Array(0);
  longOverHl: Uint8Array = new Uint8Array(0);
  overPhotoTitle: Uint8Array = new Uint8Array(0);
  hlTail: Uint8Array = new Uint8Array(0);
  /** Units that may be lines of a headline run (findHeadlineRuns). */
  inRun: Uint8Array = new Uint8Array(0);
  plainShort: Uint8Array = new Uint8Array(0);
  newsUnder: Uint8Array = new Uint8Array(0);
  longElsewhere: Uint8Array = new Uint8Array(0);
  colophon: (string[] | null)[] = [];
  /** Units that are entries of a list a sentence introduces (p:intro), set unit by unit in unitFeatures. */
  listEntry: Uint8Array = new Uint8Array(0);
  /** Units that are points of a bulleted list (BULLET_LIST), set unit by unit in unitFeatures. */
  bulletList: Uint8Array = new Uint8Array(0);
  /** Units that are lines of a trailer stack (TRAILER_STACK), set unit by unit in unitFeatures. */
  trailer: Uint8Array = new Uint8Array(0);
  /** Enclosures announced so far (name → index of the announcing unit), set unit by unit in unitFeatures. */
  readonly announced = new Map<string, number>();

  constructor(readonly blocks: Block[]) {}

  /** A flag per unit (1 where `test` holds of its own features), a byte each, not an array of booleans. */
  flagsOf(test: (f: string[], k: number) => boolean): Uint8Array {
    const own = this.own;
    const out = new Uint8Array(own.length);
    for (let k = 0; k < own.length; k++) if (test(own[k], k)) out[k] = 1;
    return out;
  }

  /** Whether unit `b` is printed right after unit `a` (no furniture between). */
  adjacent(a: number, b: number): boolean {
    return this.units[b].index === this.units[a].index + 1;
  }

  /** Whether units a and b stand one under the other with nothing between but lines of OCR noise (furniture of kind noise). */
  acrossNoise(a: number, b: number): boolean {
    const { units, blocks } = this;
    for (let i = units[a].index + 1; i < units[b].index; i++) if (blocks[i].kind !== 'furniture' || blocks[i].furnitureKind !== 'noise') return false;
    return true;
  }

  /** The units of the page with their own and context features (`NO_FEATURES` kept when they are handed over). */
  collectUnits(handed: boolean): void {
    const { blocks, units, own, context } = this;
    const column = pageColumn(blocks);
    // A page in traditional script (any of its text units holds a character found only there) is
    // described on its simplified form (textFeatures).
    const traditional = blocks.some((b) => b.kind !== 'furniture' && hasTraditional(b.text));
    const lists = new Map<string, string[]>();
    const shareList = (list: string[]): string[] => {
      const key = list.join('\n');
      const had = lists.get(key);
      if (had) return had;
      lists.set(key, shareNames(list));
      return list;
    };
    let furnBefore: string | null = null;
    let lastHead: string | null = null;
    let jumpIn = false;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.kind === 'furniture') {
        furnBefore = b.furnitureKind ?? 'running-head';
        if (furnBefore === 'running-head' || furnBefore === 'masthead') lastHead = squeeze(b.text);
        jumpIn = furnBefore === 'jump' && findJumpMarkers(b.text).some((m) => m.direction === 'in');
        continue;
      }
      const f = textFeatures(b, traditional);
      const c: string[] = [];
      if (furnBefore) c.push(`after:${furnBefore}`);
      // Right under a jump's incoming marker (（接第一版）, （上接第2版）): the continued half of a story,
      // whose first line goes on with the sentence the other page broke off (…使柘溪县 / （接第一版）/
      // 的经济工作…。), running text however it is set (JUMP_IN_CONTINUES).
      if (furnBefore === 'jump' && jumpIn) c.push(JUMP_IN_CONTINUES);
      // A short line right under the page's running head that the head names too (澜溪大学报　…　第4版
      // 澜园 / 澜园; …第8版　图片新闻 / 图片新闻): the page's or column's label, printed again over
      // its first item, not a kicker of that item (SHORT_OVER_HEADLINE_MAX).
      const own1 = squeeze(b.text);
      if (furnBefore && lastHead !== null && b.rawLines.length === 1 && [...own1].length >= 2 && visualLength(own1) <= SHORT_OVER_HEADLINE_MAX && lastHead.length > own1.length && lastHead.endsWith(own1))
        c.push('named-in-head');
      if (units.length === 0) c.push('first');
      const gap = b.gapBefore;
      c.push(`gap:${Math.min(gap, 2)}`);
      const next = blocks[i + 1];
      c.push(`gapAfter:${next ? Math.min(next.gapBefore, 2) : 'end'}`);
      if (column !== null && b.rawLines.length === 1) {
        const r = lineWidth(b.rawLines[0].text) / column;
        c.push(r >= 0.86 ? 'col:full' : r >= 0.5 ? 'col:mid' : 'col:short');
      }
      if (column !== null && b.rawLines.length > 1) {
        const r = lineWidth(b.rawLines[b.rawLines.length - 1].text) / column;
        c.push(r >= 0.86 ? 'lastcol:full' : 'lastcol:part');
      }
      // Set between the furniture of a page head (a running head, masthead, folio or editor line, or
      // the top of the file, above; one of them below): a page label or masthead line furniture.ts did
      // not know (要闻, 城事·民生, the paper's name alone), never an item's headline. Noise lines (OCR
      // residue under a title), jump markers (the line over 上接第1版 repeats a jumped headline) and
      // section labels do not count.
      const headAbove = furnBefore === null ? units.length === 0 && i === 0 : PAGE_HEAD_FURNITURE.has(furnBefore);
      if (headAbove && next?.kind === 'furniture' && PAGE_HEAD_FURNITURE.has(next.furnitureKind ?? 'running-head') && f.includes(FURNITURE_SHAPED))
        c.push('between-furniture');
      // One short line between an item closed by its credit line above and the page's foot (its editor
      // line) below: a filler box or slogan set in the space left at the page's end
      // (མི་རིགས་མཐུན་སྒྲིལ།　民族团结一家亲), no item of its own: an item has running text, a caption or a
      // credit under its headline.
      if (i > 0 && blocks[i - 1].kind === 'byline' && next?.kind === 'furniture' && PAGE_FOOT_FURNITURE.has(next.furnitureKind ?? 'running-head') && b.rawLines.length === 1 && f.includes(FURNITURE_SHAPED))
        c.push('filler-at-page-foot');
      // Only a page name (furniture.ts PAGE_NAMES: 体育, 要闻), one printed line right under the page
      // head: the page's label, whether an editor line follows it or the first item does. In the
      // zoo's sources (Dec 2026) every such line is a page label (30 of 30), none a kicker. So is a
      // label of words joined by a middle dot there (军营·基层, 深度·访谈: furniture.ts isCompoundPageName).
      // So is a page name with a word before it (侨乡要闻, 本地要闻: furniture.ts isQualifiedPageName).
      if (headAbove && b.rawLines.length === 1 && (isPageName(b.text) || isCompoundPageName(b.text) || isQualifiedPageName(b.text))) c.push(PAGE_NAME_UNDER_HEAD);
      // A short headline line right under one of its width (no furniture between; at most one blank
      // line, as OCR sets between the two lines of a deck): the second line of a pair of phrases set
      // as one subtitle or cross-head (split-blocks.ts).
      const above = i > 0 ? blocks[i - 1] : undefined;
      if (
        above?.kind === 'text' &&
        gap <= 1 &&
        above.rawLines.length === 1 &&
        b.rawLines.length === 1 &&
        continuesHeadline(above.text, b.text)
      )
        c.push(WRAP_SAME_WIDTH);
      furnBefore = null;
      units.push({ block: b, index: i, features: handed ? NO_FEATURES : [] });
      own.push(shareList(f));
      context.push(shareList(c));
    }
  }

  /** How often each one-line unit's text is printed (`printed`), and the page's running heads (`heads`). */
  countPrinted(): void {
    const { units, blocks } = this;
    // How often each unit's text is printed in the document: a line printed on every page (a
    // running head in a paper's own style) is page furniture, not a headline.
    // Only the texts of one-line units are counted (no other unit gets `repeated`), so that the
    // map does not hold a copy of every paragraph.
    const printed = this.printed;
    for (const u of units) if (u.block.rawLines.length === 1) printed.set(unitKey(u), 0);
    for (const u of units) {
      const key = unitKey(u);
      const n = printed.get(key);
      if (n !== undefined) printed.set(key, n + 1);
    }
    // Running heads and masthead lines the furniture step recognised (the periodical's name with a
    // date or issue number): the same name printed alone is a cover line.
    this.heads = blocks
      .filter((b) => b.kind === 'furniture' && (b.furnitureKind === 'running-head' || b.furnitureKind === 'masthead'))
      .map((b) => squeeze(b.text));
  }

  /**
   * Unit k is a line of a document's signature: an issuing body (SIGNER_RE) right over a line that
   * is only a date, or over another such body that is (a joint signature: 柳溪村村民委员会 /
   * 柳溪村村务监督委员会 / 2024年3月1日), or that date line. It closes the document: never a line of a
   * poem (whose run it ends), never the document's last line of text over its signature.
   */
  inSignature(k: number): 'signer' | 'date' | null {
    const { units, own } = this;
    const signer = (j: number) => SIGNER_RE.test(units[j].block.text.trim());
    if (own[k].includes('cue:date-only')) return k > 0 && this.adjacent(k - 1, k) && signer(k - 1) ? 'date' : null;
    if (!signer(k)) return null;
    let j = k + 1;
    while (j < units.length && this.adjacent(j - 1, j) && signer(j)) j++;
    return j < units.length && this.adjacent(j - 1, j) && own[j].includes('cue:date-only') ? 'signer' : null;
  }

  /** Unit k is a headline ending in its colon under a column label, over running text (weights.ts COLON_HEAD). */
  colonHead(k: number): boolean {
    const { units, own } = this;
    if (k < 1 || k + 1 >= units.length || !this.adjacent(k - 1, k) || !this.adjacent(k, k + 1)) return false;
    const b = units[k].block;
    const t = b.text.trim();
    const f = own[k];
    if (b.rawLines.length !== 1 || b.indented || !f.includes('shape:colon-kicker') || ADDRESSEE_LINE_RE.test(t)) return false;
    if (f.some((x) => x === 'cue:speech-kicker' || x === 'cue:numbered-label' || x === 'cue:salutation' || x === 'credit')) return false;
    // The line above: one short headline line, itself under no headline line (an item's end above it).
    const above = units[k - 1].block;
    const fa = own[k - 1];
    if (above.rawLines.length !== 1 || above.indented || !fa.includes('shape:headline') || fa.includes('sentence') || visualLength(above.text.trim()) > visualLength(t)) return false;
    if (k >= 2 && this.adjacent(k - 2, k - 1) && own[k - 2].includes('shape:headline') && !own[k - 2].some((x) => CREDIT_LIKE.includes(x))) return false;
    // The line under: running text.
    const fn = own[k + 1];
    return fn.includes('sentence') || (!fn.includes('shape:headline') && !fn.includes('shape:colon-kicker') && !fn.some((x) => CREDIT_LIKE.includes(x)));
  }

  /** Field lines next to a field line, no credit nor sentence (FIELD_RUN): `fieldRun`. */
  findFieldRuns(): void {
    const { units } = this;
    const field = this.flagsOf((f, k) => FIELD_LINE_RE.test(units[k].block.text.trim()) && !f.includes('sentence') && !f.some((x) => CREDIT_LIKE.includes(x)));
    this.fieldRun = this.flagsOf(
      (_, k) => field[k] === 1 && ((k > 0 && field[k - 1] === 1 && this.adjacent(k - 1, k)) || (k + 1 < units.length && field[k + 1] === 1 && this.adjacent(k, k + 1))),
    );
  }

  /** Runs of short lines: `verse` and `verseFirst`. */
  findVerse(): void {
    const { units, own, context } = this;
    // Runs of short lines (verse): VERSE_MIN_RUN or more units in a row, no furniture between them,
    // each one printed line of at most VERSE_MAX_LENGTH that is no sentence, credit or lead-in: the
    // lines of a poem, the rows of a price list. A headline stack (kicker, title, subtitles) is shorter.
    // A block of field lines (FIELD_RUN: 车型：… / 指导价：…) is no poem's: it ends the run.
    const short = this.flagsOf(
      (f, k) =>
        units[k].block.rawLines.length === 1 &&
        visualLength(units[k].block.text) <= VERSE_MAX_LENGTH &&
        !f.some((x) => x === 'sentence' || x === 'credit' || x === 'leadin' || x === 'dateline' || x === 'cue:bracketed') &&
        this.inSignature(k) === null &&
        this.fieldRun[k] === 0,
    );
    const verse = new Uint8Array(units.length);
    const verseFirst = new Uint8Array(units.length);
    // A flush line set right over a credit line, after indented lines of the run (江水不说话 … / 写给父亲 /
    // ◎程晓岚 / 　　你的手掌): the next piece's title over its author's line, which the poem above does
    // not run on into (a poem's lines keep their indent; its title is set flush).
    const nextTitle = (j: number) =>
      j > 0 &&
      j + 1 < units.length &&
      !units[j].block.indented &&
      units[j - 1].block.indented &&
      units[j + 1].index === units[j].index + 1 &&
      own[j + 1].includes('credit');
    for (let k = 0; k < units.length; ) {
      let j = k;
      while (j < units.length && short[j] && (j === k || (units[j].index === units[j - 1].index + 1 && !nextTitle(j)))) j++;
      // A line marked as OCR residue (mark:noise) stays in the run (a poem's one-character title
      // between stanzas does not end it) but does not count toward it: a stray 民 over a title
      // wrapped in a narrow column (Tesseract's plain text of the OCR harness's 3-column render)
      // makes no headline stack of four lines a poem.
      // Nor does a page's label under its page head (PAGE_NAME_UNDER_HEAD, between-furniture: 深度·调查
      // over 特别报道 / kicker / title / ——subtitle, a headline stack of four lines under the page's
      // label: tester21's weekend edition, Dec 2026): it is page furniture, no line of a poem.
      let lines = 0;
      for (let m = k; m < j; m++) if (!own[m].includes('mark:noise') && !context[m].includes(PAGE_NAME_UNDER_HEAD) && !context[m].includes('between-furniture')) lines++;
      // The run's first line may be the headline over it (a price list's title): told apart as
      // verse-first, unless a credit line stands right above the run (title, 文/X, then the poem).
      const underCredit = k > 0 && own[k - 1].includes('credit') && units[k].index === units[k - 1].index + 1;
      // Under a headline and its author line (江边夜坐 / □韩立川 / four short lines): a short poem.
      const underByline = underCredit && k > 1 && own[k - 2].includes('shape:headline') && units[k - 1].index === units[k - 2].index + 1;
      if (lines >= VERSE_MIN_RUN || (underByline && lines >= VERSE_MIN_RUN_UNDER_BYLINE)) {
        // (A numbered label over the list entries under it, 二、任命：, heads them: the run goes on
        // through it, but it is no line of verse; cue numbered-label.)
        for (let m = underCredit ? k : k + 1; m < j; m++) if (!own[m].includes('cue:numbered-label')) verse[m] = 1;
        if (!underCredit) verseFirst[k] = 1;
      }
      k = j > k ? j : k + 1;
    }
    this.verse = verse;
    this.verseFirst = verseFirst;
  }

  /** Rows of a table printed line by line: `tableRow`. */
  findTableRows(): void {
    const { units, own } = this;
    // Rows of a table printed line by line (品名　均价（元/公斤）　较上周 / 大白菜　1.20　↓0.10): a line of
    // TABLE_MIN_CELLS or more cells set apart by spaces, next to a line of as many cells, one of the
    // two holding a number. Its head row is a row of the table, not a subtitle of the table's title.
    const cellCount = Uint8Array.from(own, (f, k) => (f.some((x) => x === 'credit' || x === 'cue:padded-name') ? 0 : Math.min(tableCells(units[k].block), 255)));
    const numeric = (k: number) => /[0-9０-９]/u.test(units[k].block.text);
    this.tableRow = this.flagsOf(
      (_, k) =>
        cellCount[k] >= TABLE_MIN_CELLS &&
        [k - 1, k + 1].some((j) => j >= 0 && j < units.length && cellCount[j] === cellCount[k] && units[Math.max(j, k)].index === units[Math.min(j, k)].index + 1 && (numeric(j) || numeric(k))),
    );
    // A row whose last cells are empty (合计　83600.00 under rows of item, amount and remark: a total,
    // a subtotal) is a row of the table above it: two or more cells, one a number, right under a row.
    for (let k = 1; k < units.length; k++)
      if (!this.tableRow[k] && this.tableRow[k - 1] && cellCount[k] >= 2 && cellCount[k] < cellCount[k - 1] && numeric(k) && units[k].index === units[k - 1].index + 1) this.tableRow[k] = 1;
  }

  /** Rows of a listing and the heads of its sections (ROW_HEAD): `listRow`, `rowHead`. */
  findRowHeads(): void {
    const { units, own } = this;
    // A listing's row: a table's row, or a line opening with a clock time that is no sentence
    // (06:30　江州早新闻, 上午8:30　第一次全体会议).
    const listRow = (this.listRow = this.flagsOf((f, k) => this.tableRow[k] === 1 || (f.includes('cue:clock-time') && !f.includes('sentence'))));
    // How many rows stand right under unit k (no furniture between).
    const rowsUnder = (k: number) => {
      let n = 0;
      for (let j = k + 1; j < units.length && listRow[j] && this.adjacent(j - 1, j); j++) n++;
      return n;
    };
    const headShaped = (k: number) => {
      const t = units[k].block.text.trim();
      const f = own[k];
      return (
        units[k].block.rawLines.length === 1 &&
        !listRow[k] &&
        visualLength(t) <= ROW_HEAD_MAX_LENGTH &&
        // (Nor a numbered section of a document, 一、收入部分 over a 村务公开's table: read by its number, a
        // part of the notice, not a listing's head.)
        !f.some((x) => x === 'sentence' || x === 'leadin' || x === 'cue:bracketed' || x === 'start:dash' || x === 'end:dash' || x === 'cue:numbered') &&
        // (a head may end in the colon that introduces its rows: 江州卫视：)
        (f.includes('shape:headline') || (f.includes('end:colon') && isHeadlineShaped(t.replace(/[：:]$/u, '')))) &&
        rowsUnder(k) >= ROW_HEAD_MIN_ROWS
      );
    };
    const shaped = this.flagsOf((_, k) => headShaped(k));
    this.rowHead = this.flagsOf((_, k) => {
      if (!shaped[k]) return false;
      // right under a row of the listing…
      if (k > 0 && listRow[k - 1] && this.adjacent(k - 1, k)) return true;
      // …or followed, past its rows, by another head of the listing
      const j = k + 1 + rowsUnder(k);
      return j < units.length && this.adjacent(j - 1, j) && shaped[j] === 1;
    });
  }

  /** A person's name alone on its line under a headline: `nameUnder`; over running text that opens with that name: `nameTitle`. */
  findNamesUnder(): void {
    const { units, own } = this;
    // A name over running text that opens with the same name and its years or sex (陈远山 / 陈远山（1908—
    // 1942），…): a biography's title (weights.ts NAME_TITLE), not its author's line.
    this.nameTitle = this.flagsOf(
      (f, k) =>
        f.includes('cue:person-name') &&
        isAuthorName(units[k].block.text) &&
        k + 1 < units.length &&
        units[k + 1].index === units[k].index + 1 &&
        own[k + 1].includes('sentence') &&
        opensWithName(units[k + 1].block.text, units[k].block.text),
    );
    // A person's name alone on its line (吴敬亭, 郑秋原), right under a headline line and over running
    // text: the author's line of a poem, an essay or a serial, not a title over it.
    this.nameUnder = this.flagsOf(
      (f, k) =>
        f.includes('cue:person-name') &&
        isAuthorName(units[k].block.text) &&
        k > 0 &&
        k + 1 < units.length &&
        !this.nameTitle[k] &&
        own[k - 1].includes('shape:headline') &&
        !own[k - 1].includes('credit') &&
        units[k].index === units[k - 1].index + 1 &&
        (!own[k + 1].includes('shape:headline') || own[k + 1].includes('indent')) &&
        !own[k + 1].includes('credit'),
    );
  }

  // Where a story goes on: a headline-shaped line set between running text (a paragraph ending in a
  // full stop right above and right below, no furniture between) that is no credit, lead-in or
  // dateline, stands over no lead-in, credit or dateline naming a day (a paragraph opening with a
  // month or a year, 今年10月的一天深夜，…, goes on with a story: coarseDateOpening) and ends in no dash; and whether another such line stands within
  // CROSSHEAD_SIBLING_WINDOW units before or after it with no credit, lead-in or dateline between:
  // the cross-heads of one long story come in series, a story's title stands after an item's end.

  /** Whether units j − 1 and j are the two printed lines of one document title (DOC_TITLE_RE). */
  docTitlePair(j: number): boolean {
    const { units, own } = this;
    return (
      j > 0 &&
      j < units.length &&
      this.adjacent(j - 1, j) &&
      units[j].block.gapBefore <= 1 &&
      [j - 1, j].every((i) => units[i].block.rawLines.length === 1 && own[i].includes('shape:headline') && !own[i].includes('cue:doc-title')) &&
      DOC_TITLE_RE.test(units[j - 1].block.text.trim() + units[j].block.text.trim())
    );
  }

  /** Whether unit k opens or closes an item (STORY_EDGE). */
  storyEdge(k: number): boolean {
    return this.own[k].some((x) => STORY_EDGE.includes(x));
  }

  // A cross-head may be set as two phrases over two printed lines (搭建“连心桥” / 民意收集更畅通,
  // 架起服务群众“连心桥” / 用心用情倾听民声): the pair stands between running text as one headline
  // does, so each line is read with the text above the pair and the text below it. (Not a column
  // label or a name with a headline: lines that break a headline stack, RUN_BREAK. The first line
  // may be indented as a paragraph is, the second not: a plain-text page that indents every
  // paragraph's first line sets the pair so, 　　架起服务群众“连心桥” / 用心用情倾听民声.)
  // (Not when the second line is printed in the form of a cross-head standing alone between
  // paragraphs further on in the same story: 《山海情深》分集剧情 / 第1集 / … / 第2集, an episode
  // guide's title over its first head. The series' other heads stand alone, so its first is one
  // line too, and the line over it, in another form, is the item's title: `opensSeries`.)
  /** Whether units k and k + 1 are such a pair of headline lines. */
  pairNext(k: number): boolean {
    const { units, own } = this;
    return (
      k + 1 < units.length &&
      this.adjacent(k, k + 1) &&
      units[k].block.rawLines.length === 1 &&
      units[k + 1].block.rawLines.length === 1 &&
      own[k].includes('shape:headline') &&
      own[k + 1].includes('shape:headline') &&
      !own[k].some((x) => x !== 'indent' && RUN_BREAK.includes(x)) &&
      !own[k + 1].some((x) => RUN_BREAK.includes(x)) &&
      !this.opensSeries(k, k + 1)
    );
  }

  /**
   * Whether headline line j, right under headline line k, is the first of a series of cross-heads:
   * it has a printed form (headForm: 第1集, 一、, 东南亚：…) that line k has not, and a line of that
   * form stands alone between paragraphs further on in the story (a paragraph ending a sentence
   * right above and right below it; within CROSSHEAD_SIBLING_WINDOW units, no item's edge between).
   */
  opensSeries(k: number, j: number): boolean {
    // (memoised per k: pairs are asked about again and again by the series passes)
    if (this.seriesOpen.length !== this.units.length) this.seriesOpen = new Uint8Array(this.units.length);
    if (this.seriesOpen[k] === 0) this.seriesOpen[k] = this.findsSeriesUnder(k, j) ? 2 : 1;
    return this.seriesOpen[k] === 2;
  }

  /** `opensSeries` worked out. */
  findsSeriesUnder(k: number, j: number): boolean {
    const { units, own } = this;
    const form = headForm(units[j].block.text);
    if (form === null || headForm(units[k].block.text) === form) return false;
    for (let m = j + 1, n = 0; m + 1 < units.length && n < CROSSHEAD_SIBLING_WINDOW; m++, n++) {
      if (!this.adjacent(m - 1, m) && !this.pageTurn(m - 1, m)) return false;
      if (this.storyEdge(m)) return false;
      if (
        units[m].block.rawLines.length === 1 &&
        own[m].includes('shape:headline') &&
        headForm(units[m].block.text) === form &&
        this.endsParagraph(m - 1) &&
        own[m + 1].includes('end:stop') &&
        this.adjacent(m, m + 1)
      )
        return true;
    }
    return false;
  }

  /** The other line of the pair unit k is a line of (pairNext), or −1. */
  partner(k: number): number {
    return this.pairNext(k) ? k + 1 : k > 0 && this.pairNext(k - 1) ? k - 1 : -1;
  }

  // A story goes on over a page turn: between two units only a folio, a running head and the pages'
  // editor lines (责任编辑：X / －2－ / 崇川新闻　2023年5月30日　星期二　第3版), so the cross-heads of a story carried onto the next page
  // are still one series.
  /** Whether only page-turn furniture stands between units a and b (and some does). */
  pageTurn(a: number, b: number): boolean {
    const { units, blocks } = this;
    for (let i = units[a].index + 1; i < units[b].index; i++) if (blocks[i].kind !== 'furniture' || !PAGE_TURN_FURNITURE.has(blocks[i].furnitureKind ?? 'running-head')) return false;
    return units[b].index > units[a].index + 1;
  }

  // The paragraph above a cross-head ends a sentence: a full stop, or a quoted word closing running
  // text that has finished a sentence before it (…强调。文明城市…的“人大标杆” whose full stop, alone
  // on the next printed line, OCR lost: the bundled issue in 3 columns, Tesseract's text and hOCR).
  // And the paragraph may run over a page turn right above the cross-head (a folio set amid it:
  // rejoin reads the paragraph whole, before the folio).
  /** Whether unit j ends a paragraph as the text above a cross-head does. */
  endsParagraph(j: number): boolean {
    const own = this.own;
    return own[j].includes('end:stop') || (own[j].includes('end:quote') && /[。！？!?]/u.test(this.units[j].block.text));
  }

  /**
   * Whether unit j is a caption credited at its end (cue:run-in-photo-credit: …走出山外。（本报记者　谭　雪
   * 摄）) set right under a paragraph that ends a sentence: a photo placed in a story's running text,
   * which a cross-head may follow as it follows a paragraph (a feature's chapters go on under its
   * photos: tester21's weekend edition, Dec 2026). A caption right under a headline is a photo item's.
   */
  captionInText(j: number): boolean {
    return j > 0 && this.own[j].includes('cue:run-in-photo-credit') && this.adjacent(j - 1, j) && this.endsParagraph(j - 1);
  }

  /** Headline lines set between running text: `betweenText`. */
  findBetweenText(): void {
    const { units, own } = this;
    this.betweenText = this.flagsOf((f, k) => {
      const m = this.partner(k);
      const top = m >= 0 && m < k ? m : k;
      const bottom = m > k ? m : k;
      return (
        top > 0 &&
        bottom + 1 < units.length &&
        units[k].block.rawLines.length === 1 &&
        f.includes('shape:headline') &&
        !f.includes('end:dash') &&
        !this.storyEdge(k) &&
        (m < 0 || (!own[m].includes('end:dash') && !this.storyEdge(m))) &&
        !own[bottom + 1].some((x) => x === 'leadin' || (x === 'dateline' && !coarseDateOpening(units[bottom + 1].block.text)) || CREDIT_LIKE.includes(x)) &&
        (this.endsParagraph(top - 1) || this.captionInText(top - 1)) &&
        own[bottom + 1].includes('end:stop') &&
        (this.adjacent(top - 1, top) || this.pageTurn(top - 1, top)) &&
        this.adjacent(bottom, bottom + 1)
      );
    });
  }

  // With `form`, only a sibling printed in that form (headForm) counts.
  // A headline line over a paragraph that opens with a day (区领导调研… / 加快推动项目落地见效 / 5月24日,…)
  // heads a story of its own (as betweenText reads it): the series does not go on past it, though
  // no credit closed the story before (OCR may lose a byline; a brief may have none).
  /** Whether unit j is a headline line over a paragraph that opens with a day. */
  storyStart(j: number): boolean {
    const { units, own } = this;
    return own[j].includes('shape:headline') && j + 1 < units.length && this.adjacent(j, j + 1) && own[j + 1].includes('dateline') && !coarseDateOpening(units[j + 1].block.text);
  }

  /** Whether another cross-head between running text stands within CROSSHEAD_SIBLING_WINDOW units of unit k in direction `dir`. */
  sibling(k: number, dir: 1 | -1, form: string | null = null): boolean {
    return this.siblingAt(k, dir, form) >= 0;
  }

  /** The unit of the nearest such cross-head (see `sibling`), or −1. */
  siblingAt(k: number, dir: 1 | -1, form: string | null = null): number {
    const units = this.units;
    for (let j = k + dir, n = 0; j >= 0 && j < units.length && n < CROSSHEAD_SIBLING_WINDOW; j += dir, n++) {
      const [a, b] = [Math.min(j, j - dir), Math.max(j, j - dir)];
      if (!(this.adjacent(a, b) || this.pageTurn(a, b)) || this.storyEdge(j) || this.storyStart(j)) return -1;
      // (Looking back, the series' first head under the headline stack counts too: seriesFirst, made
      // after this pass, is read only once it is made.)
      const head = this.betweenText[j] || (dir === -1 && this.seriesFirst[j] === 1);
      if (head && j !== this.partner(k) && (form === null || headForm(units[j].block.text) === form)) return j;
    }
    return -1;
  }

  /**
   * Whether unit k goes on a series of cross-heads with its nearest sibling in direction `dir`: there
   * is one (`siblingAt`), and when the sibling is printed in a marked form (headForm: a mark, a
   * number, a label in 【】, a colon label) unit k is printed in it too. The cross-heads of one piece
   * are set in one form (■ 客流创新高… / ■ 同质化…); a headline line in no such form after them (数说乡村旅游
   * under the last ■ section) heads an item of its own, an infographic's or a sidebar's (tester21's
   * weekend edition, Dec 2026). A count of Han characters (han:4) is no marked form: it only groups.
   */
  inSeries(k: number, dir: 1 | -1): boolean {
    const j = this.siblingAt(k, dir);
    if (j < 0) return false;
    const form = headForm(this.units[j].block.text);
    return form === null || form.startsWith('han:') || form === headForm(this.units[k].block.text);
  }

  /** The first cross-head of a series, right under the headline stack: `seriesFirst`. */
  findSeriesFirst(): void {
    const { units, own } = this;
    // The first cross-head of such a series, set right under the headline stack (a title, a subtitle
    // ——多国…见闻, then 东南亚：…, then running text, then 中东：… between paragraphs): one printed
    // headline line, no credit, lead-in, dateline or dash ending, under no running text, over running
    // text, with a cross-head of the series after it in the same story (no credit, lead-in or
    // dateline between) printed in the same form (headForm: 东南亚：… and 中东：…, 一、… and 二、…).
    // It has no paragraph above it, so it is no `betweenText`; a title or subtitle stands there too,
    // over a story whose cross-heads come later, but parallel in form only by chance.
    // (Not itself a line of a headline run: it stands under the stack, not in it.)
    this.seriesFirst = this.flagsOf(
      (_, k) =>
        k > 0 &&
        k + 1 < units.length &&
        units[k].block.rawLines.length === 1 &&
        own[k].includes('shape:headline') &&
        !own[k].includes('end:dash') &&
        !own[k].includes('dateline') &&
        !this.storyEdge(k) &&
        !own[k - 1].includes('end:stop') &&
        own[k + 1].includes('end:stop') &&
        !own[k + 1].includes('shape:headline') &&
        this.adjacent(k, k + 1) &&
        headForm(units[k].block.text) !== null &&
        this.sibling(k, 1, headForm(units[k].block.text)),
    );
  }

  /**
   * The one headline stack of a page whose stories are signed at their end that stands right under
   * running text: `signedPageStack` (SIGNED_PAGE_STACK). A paper that signs its stories (·金驰·,
   * （记者　X）) closes each with its credit, so the next story's headline stands under a credit; a
   * stack right under a paragraph, with no credit since the headline above, in a page where every
   * other stack that follows text follows a credit (at least SIGNED_STACKS_MIN of them), is a
   * cross-head of the story it stands in (架起服务群众“连心桥” / 用心用情倾听民声), not a new story
   * that would leave the one above unsigned.
   */
  findSignedPageStacks(): void {
    const { units, own, inRun } = this;
    const signed = (this.signedPageStack = new Uint8Array(units.length));
    const hl = (k: number) => inRun[k] === 1 && own[k].includes('shape:headline');
    const credit = (k: number) => CREDIT_LIKE.some((c) => own[k].includes(c));
    const stacks: { start: number; end: number; after: 'credit' | 'text' | 'none' }[] = [];
    for (let k = 0; k < units.length; k++) {
      if (!hl(k) || (k > 0 && hl(k - 1) && this.adjacent(k - 1, k))) continue;
      let j = k;
      while (j + 1 < units.length && hl(j + 1) && this.adjacent(j, j + 1)) j++;
      const p = k > 0 ? own[k - 1] : null;
      const after = p === null ? 'none' : credit(k - 1) ? 'credit' : p.includes('sentence') && !p.includes('shape:headline') ? 'text' : 'none';
      stacks.push({ start: k, end: j, after });
    }
    const underCredit = stacks.filter((x) => x.after === 'credit').length;
    const underText = stacks.filter((x) => x.after === 'text');
    if (underCredit < SIGNED_STACKS_MIN || underText.length !== 1) return;
    const { start, end } = underText[0];
    // (A stack set off by PHOTO_GAP_LINES blank lines heads an item of its own: a photo's caption above it is unsigned.)
    if (units[start].block.gapBefore >= PHOTO_GAP_LINES) return;
    // No credit between the stack above (the story's headline) and this one: the story is unsigned so far…
    const above = stacks.filter((x) => x.end < start).pop();
    for (let m = above ? above.end + 1 : 0; m < start; m++) if (credit(m)) return;
    // …and a credit closes the text under it before the next stack: the story's signature.
    const below = stacks.find((x) => x.start > end);
    let closed = false;
    for (let m = end + 1; m < (below ? below.start : units.length); m++) if (credit(m)) closed = true;
    if (!closed) return;
    for (let m = start; m <= end; m++) signed[m] = 1;
  }

  /**
   * One-line headline stacks inside a jumped story: `jumpedStoryStack` (JUMPED_STORY_STACK). A story that
   * jumps to another page (下转第7版) runs on to its outgoing marker: a lone headline line under its running
   * text, over text that runs to that marker with no credit, lead-in or other headline between, in a story
   * signed at its head (a credit line right under its headline stack, none since), is its cross-head (一户不同意，
   * 全楼停下来): a new story there would be the page's one unsigned story, and it would jump. On the far half's
   * page, a lone headline line right under the first paragraph after the incoming marker (上接第6版), that
   * paragraph only the rest of the sentence the jump cut (one sentence: 最怕的就是“一票否决”。), is its
   * cross-head too: a page prints a jump for more than the end of a sentence.
   */
  findJumpedStoryStacks(): void {
    const { units, own, context, inRun, blocks } = this;
    const flags = (this.jumpedStoryStack = new Uint8Array(units.length));
    const hl = (k: number) => inRun[k] === 1 && own[k].includes('shape:headline');
    const credit = (k: number) => CREDIT_LIKE.some((c) => own[k].includes(c)) || own[k].includes('leadin');
    const text = (k: number) => !hl(k) && !credit(k) && !own[k].includes('shape:headline') && !own[k].includes('nopunct');
    const lone = (k: number) => hl(k) && !(k > 0 && hl(k - 1) && this.adjacent(k - 1, k)) && !(k + 1 < units.length && hl(k + 1) && this.adjacent(k, k + 1));
    for (let k = 1; k + 1 < units.length; k++) {
      if (!lone(k) || !text(k - 1) || !text(k + 1)) continue;
      // The far half's page: right under the rest of the cut sentence.
      const rest = units[k - 1].block.text.trim();
      if (context[k - 1].includes(JUMP_IN_CONTINUES) && this.adjacent(k - 1, k) && !/[。！？!?]/u.test(rest.slice(0, -3))) {
        flags[k] = 1;
        continue;
      }
      // The near half's page: text under it runs to the outgoing marker…
      let m = k + 1;
      while (m + 1 < units.length && text(m + 1) && this.adjacent(m, m + 1)) m++;
      let out = false;
      for (let i = units[m].index + 1; i < blocks.length && blocks[i].kind === 'furniture'; i++)
        if (blocks[i].furnitureKind === 'jump' && findJumpMarkers(blocks[i].text).some((x) => x.direction === 'out')) out = true;
      if (!out) continue;
      // …in a story signed under its headline stack, with no credit since and no stack between.
      let j = k - 1;
      while (j >= 0 && text(j)) j--;
      // (The stack's last line may end in its question mark, 一部电梯为何三年装不上？, which no run of headline lines takes.)
      if (j < 1 || !credit(j) || !own[j - 1].includes('shape:headline') || !this.adjacent(j - 1, j)) continue;
      flags[k] = 1;
    }
  }

  /** Runs of headline lines: `runFeature` (hlrun:n:place) per unit, null outside a run of two or more. */
  findHeadlineRuns(): void {
    const { units, own, context, seriesFirst } = this;
    // Runs of headline lines (a stack: kicker, title, subtitles; a column label over a title): units in
    // a row, no furniture between, that are no credit, lead-in, dateline, sentence or indented
    // paragraph and at most HEADLINE_RUN_MAX_LENGTH long. A unit's place in its run (first, mid, last)
    // and the run's length in headlines (2, 3, 4 or more) are evidence of its role: of the zoo's
    // three-line stacks (Dec 2026), the middle line is the title in 76 of 90.
    // (Not a page's label right under its page head, PAGE_NAME_UNDER_HEAD: 体育, 军营·基层 is the page's
    // furniture, not the top line of the stack under it.)
    // (Nor a listing's row, listRow: 1　《老屋檐下》　江州卫视　2.86%, 06:30　江州早新闻 are entries of a
    // table or a grid, however headline-shaped, not lines of the stack over them.)
    const inRun = (this.inRun = this.flagsOf(
      (f, k) =>
        !f.some((x) => RUN_BREAK.includes(x)) &&
        !this.listRow[k] &&
        !seriesFirst[k] &&
        !context[k].includes(PAGE_NAME_UNDER_HEAD) &&
        visualLength(units[k].block.text.trim()) <= HEADLINE_RUN_MAX_LENGTH,
    ));
    const runFeature = new Array<string | null>(units.length).fill(null);
    for (let k = 0; k < units.length; ) {
      if (!inRun[k]) {
        k++;
        continue;
      }
      let j = k + 1;
      while (j < units.length && inRun[j] && this.adjacent(j - 1, j)) j++;
      // A short line under a line of its width (WRAP_SAME_WIDTH) goes on with that line's headline; so
      // does the second line of a title printed over two short lines right over the story's opening
      // (isTitleLinePair, as feature hl-pair:title-line reads it: 推动城市品质治理能力双 / 提升 over 5月26日上午，…).
      // So does a headline line's tail of one or two characters right under it (罗振邦讲话　孟庆安作常委会工作报告
      // 　韦思源等 / 出席, a deck printed over two lines in a file of one paragraph a line: headlineTail), which
      // tops no headline of its own: the stack is title and subtitle, not kicker, title and tail.
      const goesOn = (m: number) =>
        context[m].includes(WRAP_SAME_WIDTH) ||
        this.headlineTail(m) ||
        (m + 1 < units.length &&
          this.adjacent(m, m + 1) &&
          own[m + 1].some((x) => x === 'leadin' || x === 'dateline' || x === 'credit') &&
          isTitleLinePair(units[m - 1].block, own[m - 1], units[m].block, own[m]));
      const head: number[] = [];
      for (let m = k; m < j; m++) head.push(m === k ? 0 : head[m - k - 1] + (goesOn(m) ? 0 : 1));
      const n = head[head.length - 1] + 1;
      if (n >= 2)
        for (let m = k; m < j; m++) {
          const h = head[m - k];
          // (A headline's tail is no line of the stack's own: `tail`, which tops nothing.)
          runFeature[m] = `hlrun:${Math.min(n, 4)}:${m > k && this.headlineTail(m) ? 'tail' : h === 0 ? 'first' : h === n - 1 ? 'last' : 'mid'}`;
        }
      k = j;
    }
    this.runFeature = runFeature;
  }

  /**
   * Whether unit j is a headline line opening with a deck verb (DECK_VERB_RE: 要求…, 号召…) printed right
   * under a headline line with no punctuation, credit or dash: the deck of that line's title.
   */
  decks(j: number): boolean {
    const { units, own } = this;
    return (
      j > 0 &&
      j < units.length &&
      this.adjacent(j - 1, j) &&
      own[j - 1].includes('shape:headline') &&
      own[j - 1].includes('nopunct') &&
      !own[j - 1].some((x) => x === 'credit' || x === 'end:dash' || x === 'start:dash') &&
      own[j].includes('shape:headline') &&
      (DECK_VERB_RE.test(units[j].block.text.trim()) || leadersDeck(units[j].block.text))
    );
  }

  /** A short unpunctuated headline line over one at least twice as long: `shortOverHl`. */
  findShortOverHeadline(): void {
    const { units, own, context, verse, runFeature } = this;
    // A short unpunctuated headline line over a headline at least twice as long (以案说法 / 网购“原装进口”奶粉竟是
    // 贴牌货, 天气与农事 / 未来一周多阵雨　注意防范“烂场雨”): a kicker or a column label over a title, not
    // a title over its subtitle (SHORT_OVER_HEADLINE_MAX; feature short-over-hl).
    // (Not within a poem: a short line of verse over a longer one is neither. Not over a subtitle that
    // opens with a dash, ——论…, ——记…: such a subtitle stands right under its title, so the short
    // line over it is the title; feature hl&n:start:dash.)
    this.shortOverHl = this.flagsOf((f, k) => {
      if (!f.includes('shape:headline') || verse[k] || k + 1 >= units.length || !f.includes('nopunct')) return false;
      // (Not a page's label under its page head, PAGE_NAME_UNDER_HEAD: furniture, not a kicker or a
      // column label of the item under it. Nor the second line of a headline set over two lines of one
      // width, WRAP_SAME_WIDTH, 区领导督查全区 / 防汛防台工作 in a narrow column: its headline begins on the
      // line above, so it is not short, and it tops no stack.)
      if (context[k].includes(PAGE_NAME_UNDER_HEAD) || context[k].includes(WRAP_SAME_WIDTH)) return false;
      // (A kicker or label opens its headline stack: a short line inside a stack is the tail of a
      // headline wrapped in a narrow column, as Tesseract's plain text sets it: “市民观察团”用活群众监督 /
      // 机制 / 助力文明城市长效管理. In the zoo's sources (Dec 2026) no such line is inside a stack.)
      if (runFeature[k] !== null && !runFeature[k]!.endsWith(':first')) return false;
      // (Also when OCR read the dash as 一一: ——一论… printed, 一一一论… read; feature start:dash?.)
      if (!own[k + 1].includes('shape:headline') || own[k + 1].includes('start:dash') || own[k + 1].includes('start:dash?')) return false;
      // (Nor over a kicker that ends in its dash, …全部整改到位——: the headline under it is that kicker,
      // not a title; the kicker leads into its own title below. Feature OVER_DASH_KICKER.)
      if (own[k + 1].includes('end:dash')) return false;
      // (Nor over the deck of its own title, a line opening with a deck verb, 要求各地…: DECK_VERB_RE.)
      if (this.decks(k + 1)) return false;
      const len = visualLength(units[k].block.text.trim());
      return len <= SHORT_OVER_HEADLINE_MAX && visualLength(units[k + 1].block.text.trim()) >= 2 * len;
    });
  }

  // A long unpunctuated headline line over a short one, the two a stack of their own (hlrun:2): a
  // kicker over its title (国家防总针对南方四省启动防汛四级应急响应 / 南方多地迎来新一轮强降雨;
  // LONG_OVER_HEADLINE_RATIO). Neither line carries a cue (a 文号, a date, a credit, a column
  // label) or a dash (a kicker's ——, a subtitle's ——论…); the long line is longer than a title set
  // over two lines (TWO_LINE_TITLE_MAX; feature hl-pair).
  /** Whether unit k is one printed, plain (no cue, no dash), unpunctuated headline line outside verse. */
  plainHl(k: number): boolean {
    const own = this.own;
    return (
      this.units[k].block.rawLines.length === 1 &&
      own[k].includes('shape:headline') &&
      own[k].includes('nopunct') &&
      !this.verse[k] &&
      !own[k].some((x) => x === 'credit' || x === 'end:dash' || x === 'start:dash' || x === 'start:dash?' || (x.startsWith('cue:') && x !== 'cue:open-quote'))
    );
  }

  /** A long plain headline line over a short one: `longOverHl`. */
  findLongOverHeadline(): void {
    const { units, own, context, runFeature } = this;
    // (The headline under it may be set over two lines of one width, 优化营商环境 / 提振企业信心: its
    // length is theirs together.)
    // Over a title and a subtitle (a stack of three), where the first line is a kicker or the title
    // anyway, a smaller excess says kicker (LONG_OVER_TITLE_IN_STACK_RATIO: 老旧小区加装电梯按下“快进键” /
    // “悬空老人”告别爬楼难 / 今年全市已开工…).
    // (Not right under a standing column's name, cue column-word: 防骗课堂 / 警惕“免费体验保健品”骗局 /
    // 这三类话术要记牢. A service or opinion column runs tips, answers and comment, not news told in a
    // kicker; its name stands where a kicker would. In the fit's documents (Dec 2026) every headline
    // line right under such a name is the item's title, 84 of 84; a news section's label, 【城事】, may
    // stand over a kicker.)
    this.longOverHl = this.flagsOf((_, k) => {
      const run = runFeature[k];
      const ratio = run === 'hlrun:2:first' ? LONG_OVER_HEADLINE_RATIO : run === 'hlrun:3:first' ? LONG_OVER_TITLE_IN_STACK_RATIO : 0;
      if (ratio === 0 || !this.plainHl(k) || k + 1 >= units.length || !this.adjacent(k, k + 1)) return false;
      if (k > 0 && this.adjacent(k - 1, k) && own[k - 1].includes('cue:column-word')) return false;
      let under = 0;
      for (let j = k + 1; j < units.length && this.adjacent(j - 1, j) && (j === k + 1 || context[j].includes(WRAP_SAME_WIDTH)) && runFeature[j] !== null && !runFeature[j]!.endsWith(':first'); j++) {
        if (!this.plainHl(j)) return false;
        under += visualLength(units[j].block.text.trim());
      }
      const len = visualLength(units[k].block.text.trim());
      return under >= LONG_OVER_HEADLINE_MIN_UNDER && len > TWO_LINE_TITLE_MAX && len >= ratio * under;
    });
  }

  /**
   * Headline lines of a stack that stands right over a story's opening: `overOpening` (OVER_OPENING).
   * A run of one-line headline-shaped units with no sentence among them (blank lines between them
   * allowed, no furniture), at most OVER_OPENING_MAX_STACK long, whose next unit opens a story (a
   * lead-in, a dateline, a credit line): every line of it is a headline of that story, never running
   * text of the story above (区领导调研环卫 / 体制改革工作 / 推动城市品质治理能力双 / 提升 over 5月26日上午，…
   * in Tesseract's text of a 3-column page, where the stack's first lines were read as the story
   * above's last paragraphs).
   */
  findOverOpening(): void {
    const { units, own } = this;
    const over = (this.overOpening = new Uint8Array(units.length));
    const line = (k: number) =>
      units[k].block.rawLines.length === 1 && own[k].includes('shape:headline') && !own[k].some((x) => x === 'sentence' || x === 'verse' || x === 'credit' || x === 'leadin' || x === 'dateline' || x === 'end:stop');
    const opens = (k: number) => own[k].some((x) => x === 'leadin' || x === 'dateline' || x === 'credit');
    for (let k = 0; k < units.length; ) {
      if (!line(k)) {
        k++;
        continue;
      }
      // (OCR residue between two lines of the stack, a picture's or a rule's: 崇川区召开老旧 / 小区改造专题推 /
      // | / 云 / 用心用情打造群众满意精 / 品工程 over 5月25日，…, Tesseract's text of a three-column page, does
      // not break it: acrossNoise.)
      let j = k;
      while (j + 1 < units.length && this.acrossNoise(j, j + 1) && line(j + 1)) j++;
      if (j - k + 1 <= OVER_OPENING_MAX_STACK && j + 1 < units.length && this.adjacent(j, j + 1) && opens(j + 1)) for (let m = k; m <= j; m++) over[m] = 1;
      k = j + 1;
    }
  }

  /** A headline line over the headline of a photo item: `overPhotoTitle`. */
  findOverPhotoTitle(): void {
    const { units, own } = this;
    // A headline line over the headline of a photo item (a headline, then its caption: 图为…, a
    // paragraph ending with its run-in credit …。（X　摄）, or a sentence over a photo credit): the
    // label of a photo column over the item (【图说】, 光影梧川), not a kicker or a line of its title
    // (feature over-photo-title). Neither line is a credit or a lead-in.
    const notCredit = (k: number) => units[k].block.rawLines.length === 1 && own[k].includes('shape:headline') && !this.storyEdge(k);
    this.overPhotoTitle = this.flagsOf((f, k) => {
      if (k + 2 >= units.length || !f.includes('nopunct') || !notCredit(k) || !notCredit(k + 1) || !this.adjacent(k, k + 1) || !this.adjacent(k + 1, k + 2)) return false;
      const c = own[k + 2];
      return c.includes('cue:photo-caption') || c.includes('cue:run-in-photo-credit') || (c.includes('sentence') && k + 3 < units.length && this.adjacent(k + 2, k + 3) && own[k + 3].includes('cue:photo-credit'));
    });
  }

  /** The wrapped tail of a headline line (feature hl-tail; the conditions are told where it is set): `hlTail`. */
  findHeadlineTails(): void {
    // (The tail and its line are lines of one run: findHeadlineRuns counts the tail as going on with
    // its line, so it shares that line's place in the run.)
    const { inRun } = this;
    this.hlTail = this.flagsOf((_f, k) => k > 0 && inRun[k] === 1 && inRun[k - 1] === 1 && this.headlineTail(k));
  }

  /**
   * Unit k is the tail of the headline line right above it (one or two Han characters alone on a line,
   * under an unpunctuated headline line of at least HEADLINE_TAIL_MIN_ABOVE: 提升 under 推动城市品质治理
   * 能力双, 出席 under …韦思源等), set flush, no blank line between.
   */
  headlineTail(k: number): boolean {
    const { units, own, verse } = this;
    const f = own[k];
    return (
      k > 0 &&
      this.adjacent(k - 1, k) &&
      units[k].block.rawLines.length === 1 &&
      units[k].block.gapBefore === 0 &&
      !f.includes('indent') &&
      /^\p{Script=Han}{1,2}$/u.test(squeeze(units[k].block.text)) &&
      !verse[k - 1] &&
      units[k - 1].block.rawLines.length === 1 &&
      own[k - 1].includes('shape:headline') &&
      own[k - 1].includes('nopunct') &&
      !own[k - 1].includes('indent') &&
      visualLength(units[k - 1].block.text.trim()) >= HEADLINE_TAIL_MIN_ABOVE
    );
  }

  /** Short plain lines over headlines and the page's evidence on them: `plainShort`, `longElsewhere`, `newsUnder`. */
  findKickerEvidence(): void {
    const { units, own, runFeature, shortOverHl, longOverHl } = this;
    // A short line with no lexical cue over a longer headline, on top of its stack (short-over-hl&plain):
    // a kicker (城市温度 / 骑手有了“歇脚驿站”), a column label (天气与农事) or the first line of a title
    // printed over two lines with the shorter line first (共建共享 / 携手开创合作新局面). Two kinds of
    // evidence beyond the line itself tell them apart, both of the page as a whole:
    const plainShort = this.flagsOf(
      (f, k) => shortOverHl[k] === 1 && runFeature[k] !== null && runFeature[k]!.endsWith(':first') && !f.some((x) => x === 'credit' || (x.startsWith('cue:') && x !== 'cue:open-quote' && x !== 'cue:reporter')),
    );
    // (1) What the paper's other kickers look like (short-over-hl&long-kickers). A paper sets its
    // kickers (引题) in one style: short topic lines over many stories (开学季, 城市温度, 双节出行, 记者追访)
    // or long lines that tell the news (林正国在东川省考察时强调, 全国…交流会在京召开). When the
    // paper's other kickers, outside the short line's own stack, are mostly of the long kind (a speech
    // verb or a label and colon over a headline, or a long line over a short title: LONG_KICKER_EVIDENCE),
    // at least as many as the short plain lines over headlines, a short line over a headline is the
    // first line of a title rather than a kicker.
    // (Counted, not required to be alone: an issue printed twice, or several issues in one file, keep
    // their proportions.)
    let plainShortCount = 0;
    for (let k = 0; k < units.length; k++) plainShortCount += plainShort[k];
    const longKicker = (k: number) =>
      visualLength(units[k].block.text.trim()) > SHORT_OVER_HEADLINE_MAX &&
      k + 1 < units.length &&
      this.adjacent(k, k + 1) &&
      own[k + 1].includes('shape:headline') &&
      (longOverHl[k] === 1 || (runFeature[k] !== null && own[k].some((x) => LONG_KICKER_EVIDENCE.includes(x))));
    const longKickerAt = this.flagsOf((_, k) => longKicker(k));
    let longKickers = 0;
    for (let k = 0; k < units.length; k++) longKickers += longKickerAt[k];
    // (2) What the stack stands over (short-over-hl&no-news). A kicker tops a story that opens with its
    // lead-in (本报讯…, 新华社…电) or its credit line (本报记者　X, 文/记者　X, 文／X) right under the stack.
    // A column label also tops service items and features that open with running text or a cross-head,
    // and commentaries and literary pieces signed with an author's mark (□ X, ◎X: cue box-author);
    // a stack that holds a kicker's dash line (端午将至 粽叶飘香 / …全部办结—— / the title) is read by that
    // line, not here.
    const newsUnder = new Uint8Array(units.length);
    // Long kickers elsewhere than in the short line's own stack (a title over a kicker ending in ——,
    // 端午将至 粽叶飘香 / …全部办结—— / the title, is read by the stack itself).
    const longElsewhere = new Uint8Array(units.length);
    for (let k = 0; k < units.length; k++) {
      if (!plainShort[k]) continue;
      let j = k + 1;
      let dash = false;
      let inStack = 0;
      for (; j < units.length && this.adjacent(j - 1, j) && runFeature[j] !== null && !runFeature[j]!.endsWith(':first'); j++) {
        if (own[j].includes('end:dash')) dash = true;
        inStack += longKickerAt[j];
      }
      longElsewhere[k] = longKickers - inStack > 0 && longKickers - inStack >= plainShortCount ? 1 : 0;
      const after = j < units.length && this.adjacent(j - 1, j) ? own[j] : [];
      const news = after.some((x) => x === 'leadin' || x === 'cue:wire-lead' || x === 'cue:own-reporter') || (after.some((x) => CREDIT_LIKE.includes(x)) && !after.includes('cue:box-author'));
      // (A label stands after the item before it, not right under another headline line: under one, a
      // short line is a headline's wrapped tail, 区领导督查全区 / 防汛防台工作 in OCR text of a narrow column.)
      const underHeadline = k > 0 && this.adjacent(k - 1, k) && own[k - 1].includes('shape:headline') && !this.storyEdge(k - 1);
      newsUnder[k] = dash || underHeadline ? 2 : news ? 1 : 0;
    }
    // The same evidence for a short plain line over a lone headline line that forms no headline run
    // (a title with a comma or a question mark, 职工维权 / 公司拖欠加班费，职工该如何维权？ / 问：…, a
    // union paper's Q&A column: tester31's workers' paper, Dec 2026): the stack is the two lines, and
    // what stands right under the headline tells a kicker (a lead-in, a credit line) from a column
    // label (running text, a question). (Not over a credit, a cue's line or a table's row: 外婆的菜园 /
    // the pupil's signature, 今晚荧屏 / a listing's row are titles over no headline.)
    for (let k = 0; k + 1 < units.length; k++) {
      if (plainShort[k] || !shortOverHl[k] || runFeature[k] !== null || runFeature[k + 1] !== null || !this.adjacent(k, k + 1)) continue;
      if (own[k].some((x) => x === 'credit' || (x.startsWith('cue:') && x !== 'cue:open-quote' && x !== 'cue:reporter'))) continue;
      if (own[k + 1].some((x) => x === 'credit' || x === 'table-row' || x === 'inner-space' || (x.startsWith('cue:') && x !== 'cue:open-quote'))) continue;
      const after = k + 2 < units.length && this.adjacent(k + 1, k + 2) ? own[k + 2] : [];
      const news = after.some((x) => x === 'leadin' || x === 'cue:wire-lead' || x === 'cue:own-reporter') || (after.some((x) => CREDIT_LIKE.includes(x)) && !after.includes('cue:box-author'));
      const underHeadline = k > 0 && this.adjacent(k - 1, k) && own[k - 1].includes('shape:headline') && !this.storyEdge(k - 1);
      plainShort[k] = 1;
      newsUnder[k] = underHeadline ? 2 : news ? 1 : 0;
    }
    this.plainShort = plainShort;
    this.newsUnder = newsUnder;
    this.longElsewhere = longElsewhere;
  }

  /** Runs of 版记 units and the evidence of which 版记 each is: `colophon`. */
  findColophons(): void {
    const { units, own, blocks } = this;
    // A 版记 (COLOPHON): units in a row (only furniture between them) that each carry a 版记 cue
    // (报送/抄送, …印发, 共印N份), with the evidence of which 版记 it is, shared by all its units: a
    // rule printed right above it or between its lines, a print run, a 报送 line, no text after it
    // (the issue's end); or a 文号 within COLOPHON_DOC_WINDOW units above, or a signing date or
    // issuing body right above (a document's 版记).
    // (A line right under a 版记 line that ends no sentence, with nothing between, is the rest of its
    // list: 报送：…市人大常委会办 / 　　　公室，市政协办公室。, set with a hanging indent.)
    const cueAt = (k: number) => COLOPHON_CUES.some((c) => own[k].includes(`cue:${c}`));
    const colophonCue = (k: number) =>
      cueAt(k) || (k > 0 && cueAt(k - 1) && units[k].index === units[k - 1].index + 1 && !own[k - 1].includes('end:stop') && units[k].block.rawLines.length === 1);
    const colophon: (string[] | null)[] = new Array<string[] | null>(units.length).fill(null);
    const isRule = (b: Block) => b.kind === 'furniture' && RULE_LINE_RE.test(b.text.trim());
    for (let k = 0; k < units.length; ) {
      if (!colophonCue(k)) {
        k++;
        continue;
      }
      let j = k + 1;
      while (j < units.length && colophonCue(j)) j++;
      const fs = [COLOPHON];
      let ruled = false;
      for (let i = units[k].index - 1; i >= 0 && blocks[i].kind === 'furniture' && !ruled; i--) ruled = isRule(blocks[i]);
      for (let i = units[k].index + 1; i < units[j - 1].index && !ruled; i++) ruled = isRule(blocks[i]);
      if (ruled) fs.push(`${COLOPHON}&ruled`);
      const anyOf = (cue: string) => own.slice(k, j).some((f) => f.includes(cue));
      // The print run may be run in on the line of the issue's makers, which furniture.ts reads as an
      // editor line (编辑：…　　签发：…　　共印100份, as a 简报 prints it): page furniture right under the
      // 版记 (before the next unit) that carries it is the 版记's print run.
      const nextUnit = j < units.length ? units[j].index : blocks.length;
      let runOnPrint = false;
      for (let i = units[j - 1].index + 1; i < nextUnit && !runOnPrint; i++) runOnPrint = blocks[i].kind === 'furniture' && PRINT_RUN_RE.test(blocks[i].text.trim());
      if (anyOf('cue:print-run') || runOnPrint) fs.push(`${COLOPHON}&print-run`);
      if (anyOf('cue:report-to')) fs.push(`${COLOPHON}&report-to`);
      if (j === units.length) fs.push(`${COLOPHON}&end`);
      if (own.slice(Math.max(0, k - COLOPHON_DOC_WINDOW), k).some((f) => f.includes('cue:doc-number'))) fs.push(`${COLOPHON}&doc-above`);
      if (k > 0 && own[k - 1].some((x) => x === 'cue:date-only' || x === 'cue:issuer')) fs.push(`${COLOPHON}&p:signature`);
      for (let m = k; m < j; m++) colophon[m] = fs;
      k = j;
    }
    this.colophon = colophon;
    this.listEntry = new Uint8Array(units.length);
    this.bulletList = new Uint8Array(units.length);
    this.trailer = new Uint8Array(units.length);
  }

  /**
   * The features of unit k: its own and context features, the page's evidence on it, and
   * conjunctions with its neighbours'. Called for k = 0, 1, … in order (it records list entries and
   * announced enclosures as it goes).
   */
  /** Unit k is a paragraph that is one whole quotation (WHOLE_QUOTATION_RE). */
  wholeQuotation(k: number): boolean {
    return k >= 0 && k < this.units.length && WHOLE_QUOTATION_RE.test(this.units[k].block.text.trim());
  }

  /** Unit k is a dash-led line right under a whole quotation: the quotation's attribution (QUOTE_ATTRIBUTION). */
  quoteAttribution(k: number): boolean {
    if (k <= 0 || k >= this.units.length) return false;
    const own = this.own[k];
    return (own.includes('start:dash') || own.includes('start:dash?')) && !own.includes('sentence') && this.wholeQuotation(k - 1);
  }

  /**
   * Unit k is a quote box's label (QUOTE_BOX_LABEL): one short line, no punctuation of running text,
   * no credit, right over a whole quotation and its attribution.
   */
  quoteBoxLabel(k: number): boolean {
    const { units, own } = this;
    if (k + 2 >= units.length || units[k].block.rawLines.length !== 1) return false;
    const f = own[k];
    return (
      f.includes('nopunct') &&
      !f.includes('credit') &&
      !f.includes('start:dash') &&
      visualLength(units[k].block.text.trim()) <= QUOTE_BOX_LABEL_MAX &&
      this.wholeQuotation(k + 1) &&
      this.quoteAttribution(k + 2)
    );
  }

  /**
   * Unit k is a topic or series kicker (TOPIC_KICKER_RE: 数读常委会工作报告; SERIES_KICKER_RE: 看房团第12期) at the top of a headline stack, right
   * over a headline line that is no dash-led subtitle nor a kicker ending in its dash.
   */
  topicKicker(k: number): boolean {
    const { units, own, runFeature } = this;
    if (k + 1 >= units.length || !own[k].includes('shape:headline') || !own[k].includes('nopunct')) return false;
    if (!(runFeature[k]?.endsWith(':first') ?? false) || !this.adjacent(k, k + 1)) return false;
    const next = own[k + 1];
    if (!next.includes('shape:headline') || next.includes('start:dash') || next.includes('start:dash?') || next.includes('end:dash')) return false;
    const t = units[k].block.text.trim();
    return TOPIC_KICKER_RE.test(t) || SERIES_KICKER_RE.test(t);
  }

  unitFeatures(k: number): string[] {
    const { units, own, context } = this;
    const f = ['bias', ...own[k], ...context[k]];
    this.layoutFeatures(k, f);
    const prev = k > 0 ? own[k - 1].filter((x) => NEIGHBOUR_RE.test(x)) : ['none'];
    const next = k + 1 < units.length ? own[k + 1].filter((x) => NEIGHBOUR_RE.test(x)) : ['none'];
    this.neighbourFeatures(k, f, prev, next);
    this.stackFeatures(k, f, prev, next);
    return f;
  }

  /*
   * unitFeatures' three parts, each a method of its own and each pushing onto `f` in the order the
   * one method did: V8 compiles each apart, so that a branch first taken late in a batch sends one
   * part back to be compiled again, not all of them (the one method, about 10 KB of bytecode, was
   * compiled three times in a 100-file batch, the largest compiles of a parse).
   */

  /** Unit k's features from the page's evidence (repeated lines, verse, colophons, tables, credits, stacks, signatures), pushed onto `f`. */
  layoutFeatures(k: number, f: string[]): void {
    const { units, own, context, printed, trailer, runFeature } = this;
    if ((printed.get(unitKey(units[k])) ?? 0) >= REPEATED_LINE_MIN && units[k].block.rawLines.length === 1) f.push('repeated');
    // Right under a jump's incoming marker, one headline line printed elsewhere in the document too:
    // the jumped story's headline repeated over its continued half (JUMPED_HEADLINE).
    if (context[k].includes(JUMP_IN_CONTINUES) && units[k].block.rawLines.length === 1 && own[k].includes('shape:headline') && (printed.get(unitKey(units[k])) ?? 0) >= 2)
      f.push(JUMPED_HEADLINE);
    if (own[k].includes('dateline') && own[k].includes('sentence')) f.push('dateline&sentence');
    // A headline-shaped line opening with a date (10月25日澜江农产品批发市场部分蔬菜价格, 今年以来新开工…,
    // 6月26日（星期三）): no comma after the date, so a headline, not a story's opening.
    if (own[k].includes('dateline') && own[k].includes('shape:headline')) f.push('dateline&hl');
    // (A listing's row head, 江州新闻综合频道： between the rows of two channels, heads its rows: no line of a
    // poem, as a numbered label over list entries is none.)
    if (this.verse[k] && !this.rowHead[k]) f.push('verse');
    const col = this.colophon[k];
    if (col) f.push(...col);
    if (col && own[k].includes('sentence')) f.push(`${COLOPHON}&sentence`);
    if (this.nameUnder[k]) f.push('name-under-hl');
    if (this.nameTitle[k]) f.push(NAME_TITLE);
    // A short line right over an editor's note printed above the item's headline: the column's label.
    if (
      k + 2 < units.length &&
      own[k].includes('shape:headline') &&
      !own[k].includes('credit') &&
      visualLength(units[k].block.text.trim()) <= LABEL_OVER_NOTE_MAX &&
      units[k + 1].index === units[k].index + 1 &&
      units[k + 2].index === units[k + 1].index + 1 &&
      own[k + 1].includes('cue:editor-note') &&
      own[k + 2].includes('shape:headline') &&
      !own[k + 2].includes('cue:numbered')
    ) f.push(LABEL_OVER_NOTE);
    if (k + 1 < units.length && this.nameUnder[k + 1]) f.push('over-name');
    // 记者 in a headline-shaped line that reads as no credit (记者追访, 校服“贵不贵”？记者实地探访):
    // a headline about reporting, not a byline.
    // (本报评论员 and bracketed credits such as （综合新华社、本报驻外记者报道） are credits the parser does not read as names.)
    const noCredit = (x: string) => x === 'credit' || x === 'leadin' || x === 'cue:own-reporter' || x === 'cue:bracketed';
    if (own[k].includes('cue:reporter') && own[k].includes('shape:headline') && !own[k].some(noCredit))
      f.push('reporter-no-credit');
    if (this.verseFirst[k]) f.push('verse-first');
    // A line that goes on with the headline line above it at its width (WRAP_SAME_WIDTH: 区领导调研环卫 /
    // 体制改革工作) and carries no credit evidence: the rest of a phrase, not a credit line.
    if (context[k].includes(WRAP_SAME_WIDTH) && !own[k].some((x) => CREDIT_LIKE.includes(x) || x === 'mark:dots' || x === 'cue:person-name' || x === 'cue:padded-name'))
      f.push(WRAP_SAME_WIDTH_NO_CREDIT);
    // …and the line it goes on with, unpunctuated and shaped like a headline (崇川区召开老旧 / 小区改造专题推,
    // Tesseract's text of a 3-column page): that headline's first line, no running text (OVER_WRAP_SAME_WIDTH);
    // not a line of verse, whose lines are set at one width.
    if (
      k + 1 < units.length &&
      this.adjacent(k, k + 1) &&
      context[k + 1].includes(WRAP_SAME_WIDTH) &&
      !own[k + 1].some((x) => CREDIT_LIKE.includes(x) || x === 'mark:dots' || x === 'cue:person-name' || x === 'cue:padded-name') &&
      own[k].includes('shape:headline') &&
      own[k].includes('nopunct') &&
      !this.verse[k] &&
      !this.verse[k + 1]
    )
      f.push(OVER_WRAP_SAME_WIDTH);
    // A credit line between running text that ends a sentence and the next headline (…希望…。 /
    // （編輯：陳怡君）1151202 / 冬至前夕　街坊搓湯圓): the item's closing credit (CLOSING_CREDIT).
    // (So is a contributing body's name in brackets, （县退役军人事务局）: cue org-credit, and a
    // contributor's line naming a body, 供稿: 镇农业服务中心 or 来源：岚溪融媒: cue source-note.)
    if ((own[k].includes('credit') || own[k].includes('cue:issuer') || own[k].includes('cue:org-credit') || own[k].includes('cue:source-note')) && k > 0 && own[k - 1].includes('end:stop') && k + 1 < units.length && own[k + 1].includes('shape:headline')) f.push(CLOSING_CREDIT);
    // A short head right over a row of a list of names or bodies (先进集体 / 城关派出所　石桥派出所　…, 先进个人： /
    // 王　勇　周　峰　…): the cross-head of the list's group, never a headline of an item of its own (ROLL_HEAD).
    if (
      k + 1 < units.length &&
      this.adjacent(k, k + 1) &&
      own[k + 1].some((x) => x === 'name-row' || x === 'unit-row') &&
      !own[k].some((x) => x === 'name-row' || x === 'unit-row' || x === 'sentence' || CREDIT_LIKE.includes(x)) &&
      [...units[k].block.text.trim()].length <= ROLL_HEAD_MAX &&
      !/[，。；！？,;!?]/u.test(units[k].block.text)
    )
      f.push(ROLL_HEAD);
    // Running text that ends a sentence right over a credit naming no picture: a story's text, no caption (OVER_TEXT_CREDIT).
    if (own[k].includes('sentence') && k + 1 < units.length && this.adjacent(k, k + 1)) {
      const n = own[k + 1];
      const pictured = n.some((x) => PICTURE_CUES.includes(x)) || PICTURE_WORD_RE.test(units[k + 1].block.text);
      if ((n.includes('credit') || n.includes('cue:bracketed') || n.includes('cue:org-credit') || n.includes('cue:source-note')) && !pictured) f.push(OVER_TEXT_CREDIT);
    }
    // A name of two or three characters padded to three cells alone on its line (柘　石, 江　澄), right
    // under running text that ends a sentence: the piece's signature, a pen name as a 短评 or 杂文 is
    // signed (PADDED_SIGNATURE), whatever its surname (a pen name needs none the lexicon knows).
    if (k > 0 && this.adjacent(k - 1, k) && units[k].block.rawLines.length === 1 && PADDED_NAME_ALONE_RE.test(units[k].block.text.trim()) && own[k - 1].includes('end:stop') && !own[k - 1].includes('shape:headline'))
      f.push(PADDED_SIGNATURE);
    if (this.rowHead[k]) f.push(ROW_HEAD);
    if (k + 1 < units.length && this.rowHead[k + 1] && this.adjacent(k, k + 1) && own[k].includes('cue:day-head')) f.push(DAY_OVER_ROW_HEAD);
    if (this.fieldRun[k]) f.push(FIELD_RUN);
    // Running text right over a picture's supplier credit on its own line (OVER_PICTURE_SOURCE).
    if (k + 1 < units.length && this.adjacent(k, k + 1) && own[k + 1].includes('cue:picture-source') && !own[k].includes('shape:headline') && !own[k].some((x) => CREDIT_LIKE.includes(x)))
      f.push(OVER_PICTURE_SOURCE);
    // A caption credited at its end between two paragraphs, or over a cross-head set between text
    // (betweenText), as a story's chapters go on under its photos (CAPTION_IN_TEXT).
    if (this.captionInText(k) && k + 1 < units.length && this.adjacent(k, k + 1) && ((own[k + 1].includes('end:stop') && !own[k + 1].includes('shape:headline')) || this.betweenText[k + 1] === 1))
      f.push(CAPTION_IN_TEXT);
    if (this.tableRow[k]) f.push('table-row');
    // A headline line right over a table's first row: the table's title (10月25日…部分蔬菜价格 / 品名　均价…).
    else if (k + 1 < units.length && this.tableRow[k + 1] && this.adjacent(k, k + 1) && own[k].includes('shape:headline')) f.push('over-table');
    // A quote box (委员声音 / “…。” / ——市政协委员、…　X, repeated): its label and each quote's
    // attribution (QUOTE_BOX_LABEL, QUOTE_ATTRIBUTION), neither a cross-head of a series.
    const quoteBox = this.quoteBoxLabel(k) || this.quoteAttribution(k);
    if (this.quoteBoxLabel(k)) f.push(QUOTE_BOX_LABEL);
    if (this.quoteAttribution(k)) f.push(QUOTE_ATTRIBUTION);
    if (this.topicKicker(k)) f.push(TOPIC_KICKER);
    if (k > 0 && this.topicKicker(k - 1)) f.push(UNDER_TOPIC_KICKER);
    if (!quoteBox && this.betweenText[k] && (this.inSeries(k, 1) || this.inSeries(k, -1))) f.push('crosshead-series');
    else if (this.seriesFirst[k]) f.push('crosshead-series-first');
    // A short paragraph of one sentence opening with a time (昨天，泓东区柳岸小区，居民在…前合影。) inside an
    // item whose credit line names a picture (文/记者　X　图/记者　Y): the caption of the story's photo,
    // printed among its paragraphs. The item's credit is the nearest credit line above within
    // ITEM_CREDIT_WINDOW units, no headline but cross-heads between running text in between.
    if (own[k].includes('dateline') && own[k].includes('sentence') && (units[k].block.text.match(/[。！？!?]/gu) ?? []).length === 1 && [...units[k].block.text.trim()].length <= CAPTION_MAX_LENGTH) {
      for (let j = k - 1; j >= 0 && k - j <= ITEM_CREDIT_WINDOW; j--) {
        if (own[j].includes('credit')) {
          if (PICTURE_CREDIT_RE.test(units[j].block.text)) f.push('caption-in-pictured-item');
          break;
        }
        if (own[j].includes('shape:headline') && !this.betweenText[j]) break;
      }
    }
    // A credit-like line over another, right under running text that ends a sentence (来源：岚溪融媒 /
    // 记者：X　编辑：Y　审核：Z, （数据来源：…） / 制图：X): the trailer of the piece above, stacked at its
    // end, never a headline over a byline (TRAILER_STACK in weights.ts).
    // Every line of the stack is the trailer's, the lowest too (来源：岚溪融媒 / 编辑：X　审核：Y over the next
    // item's label): each credit-like line right under a line of the stack.
    const creditLike = (j: number) => CREDIT_LIKE.some((c) => own[j].includes(c));
    const stackTop = k > 0 && k + 1 < units.length && this.adjacent(k - 1, k) && this.adjacent(k, k + 1) && own[k - 1].includes('sentence') && creditLike(k) && creditLike(k + 1);
    trailer[k] = stackTop || (k > 0 && trailer[k - 1] === 1 && this.adjacent(k - 1, k) && creditLike(k)) ? 1 : 0;
    if (trailer[k]) f.push(TRAILER_STACK);
    // Running text right under a credit that names the picture first (文/图　X, 图/记者　X): a caption.
    // (Not over a cross-head set between text: the story's first paragraph, its chapters going on under
    // it, as a 文／图 test drive or feature opens; tester27's property-auto-weekly, Dec 2026. In the zoo's
    // sources the units right under a picture credit are captions over a caption or a title, 3 of 3,
    // and paragraphs over a paragraph or cross-head, 2 of 2.)
    if (k > 0 && own[k - 1].includes('cue:picture-credit') && !own[k].includes('shape:headline') && !(k + 1 < units.length && this.adjacent(k, k + 1) && this.betweenText[k + 1] === 1)) f.push('caption-under-credit');
    // A dash-led line under a quotation (“好的政策要像春雨…。” / ——一位基层干部在座谈会上说): the
    // quotation's attribution, running text of its box, not a subtitle.
    // (The quotation closes a sentence, 。” or ！”: a headline ending in a quote, 告别爬楼难” or 卖给我”,
    // has its subtitle under it, ——记….)
    if (k > 0 && (own[k].includes('start:dash') || own[k].includes('start:dash?')) && STOP_IN_QUOTE_END_RE.test(units[k - 1].block.text.trim())) f.push('dash-after-quote');
    const run = runFeature[k];
    if (run) f.push(run);
    // Under a headline and its credit line (a title, then 文/X or □ X): the story's first text.
    // (Not under a credit that names the picture first, 图/记者　X: its text is the photo's caption.)
    // (Nor the first of a series of cross-heads printed in one form, 【案情回顾】 … 【法官说法】: it heads
    // the story's first section, and the series says so; crosshead-series-first.)
    if (k >= 2 && own[k - 1].includes('credit') && own[k - 2].includes('shape:headline') && !own[k - 1].includes('cue:picture-credit') && !this.seriesFirst[k]) f.push('p:opening-credit');
    // A notice genre word (遗失声明) right over two whole one-paragraph notices in a row (each ending in
    // its closing formula, 声明作废。): the column label of a run of notices (weights.ts NOTICE_CLOSING_RE).
    const wholeNotice = (j: number) => j < units.length && this.adjacent(j - 1, j) && NOTICE_CLOSING_RE.test(units[j].block.text.trim()) && visualLength(units[j].block.text.trim()) <= NOTICE_PARAGRAPH_MAX;
    if (own[k].includes('cue:notice-kind') && wholeNotice(k + 1) && wholeNotice(k + 2)) f.push('notice-run-label');
    // A photographer's credit alone on its line, no punctuation of running text (许佳　摄, 许佳 “摄 as OCR
    // read it; 摄影：严可舟 and 摄　影：严可舟, whose one mark is the role's colon): the picture's credit
    // line, not a caption with its credit run in (…。　记者　X　摄).
    const creditMarksOnly = own[k].includes('nopunct') || (own[k].includes('cue:label-colon') && !own[k].includes('sentence'));
    if (own[k].includes('cue:photo-credit') && creditMarksOnly && own[k].includes('credit')) f.push('photo-credit-alone');
    // An organisation's name right over a date line alone, and that date line: a notice's signature
    // (weights.ts SIGNER_RE; 滨江公交集团客运服务中心 / 2023年6月18日).
    // A headline ending in its colon under a column label, over running text (COLON_HEAD), and that label.
    if (this.colonHead(k)) f.push(COLON_HEAD);
    if (k + 1 < units.length && this.colonHead(k + 1)) f.push(OVER_COLON_HEAD);
    // (So is each body of a joint signature, one over the other over the date: inSignature.)
    const signature = this.inSignature(k);
    if (signature === 'signer') f.push(SIGNER_OVER_DATE);
    if (signature === 'date') f.push(DATE_UNDER_SIGNER);
    // An organisation's name right over a paragraph that opens with its addressee (王建业：本院受理…):
    // the notice's heading (weights.ts NOTICE_HEAD).
    if (k + 1 < units.length && this.adjacent(k, k + 1) && own[k + 1].includes('sentence') && SIGNER_RE.test(units[k].block.text.trim()) && ADDRESSEE_OPENING_RE.test(units[k + 1].block.text.trim())) f.push(NOTICE_HEAD);
    // …and the line right over such a signature: the notice's last line (a contact or address line,
    // 公司地址：…, 特此公告。), never a headline over it (weights.ts OVER_SIGNATURE).
    if (signature === null && k + 2 < units.length && this.adjacent(k, k + 1) && this.adjacent(k + 1, k + 2) && own[k + 2].includes('cue:date-only') && (own[k + 1].includes('cue:issuer') || SIGNER_RE.test(units[k + 1].block.text.trim()))) f.push(OVER_SIGNATURE);
  }

  /** Unit k's features read with its neighbours' (`prev`, `next`: their NEIGHBOUR_RE features), pushed onto `f`. */
  neighbourFeatures(k: number, f: string[], prev: readonly string[], next: readonly string[]): void {
    this.enclosureFeatures(k, f);
    this.adjoiningFeatures(k, f, prev, next);
  }

  /** Unit k as a paper's name and as an enclosure announced above it (recording the names it announces), pushed onto `f`. */
  enclosureFeatures(k: number, f: string[]): void {
    const { units, own, blocks, heads, announced } = this;
    const text = squeeze(units[k].block.text);
    if (isPaperName(text) && (heads.some((h) => h.length > text.length && h.includes(text)) || overMasthead(blocks, units[k].block))) f.push('paper-name');
    const at = announced.get(text);
    if (at !== undefined && k - at <= ENCLOSURE_WINDOW) f.push('enclosure');
    const afterAnnex = k > 0 && (own[k - 1].includes('cue:annex') || announced.get(`#annex`) === k - 1);
    for (const name of announcedNames(units[k].block.text, afterAnnex)) if (name !== text) announced.set(name, k);
    if (own[k].includes('cue:annex') || afterAnnex) announced.set('#annex', k);
  }

  /** Unit k's features read with its neighbours' (`prev`, `next`, and the unit after next), pushed onto `f`. */
  adjoiningFeatures(k: number, f: string[], prev: readonly string[], next: readonly string[]): void {
    const { units, own, listEntry, bulletList } = this;
    const next2 = k + 2 < units.length ? own[k + 2].filter((x) => /^(?:leadin|dateline|credit|shape:headline|indent)$/u.test(x)) : ['none'];
    for (const x of prev) f.push(`p:${x}`);
    for (const x of next) f.push(`n:${x}`);
    for (const x of next2) f.push(`nn:${x}`);
    // A line in a national script right under a headline line (a Chinese title and its Tibetan,
    // Uyghur or Korean translation): the headline's subtitle in a bilingual paper.
    if (own[k].includes('script:national') && prev.includes('shape:headline') && !prev.includes('credit')) f.push('script:national&p:hl');
    const end = own[k].find((x) => x.startsWith('end:'));
    const pend = prev.find((x) => x.startsWith('end:'));
    if (end && pend) f.push(`${end}&p:${pend}`);
    // A finished sentence right over a credit line: the last paragraph or a caption of the item the
    // credit closes, never a headline (a title typed with a full stop has running text under it).
    // (Not a question set as a headline, 一部电梯为何三年装不上？ over 本报记者　X: the story's title over its byline.)
    if (end === 'end:stop' && next.includes('credit') && !isHeadlineQuestion(units[k].block)) f.push('end:stop&n:credit');
    // A line ending in a dash or colon is read by what follows it: a kicker over a title, a
    // lead-in line over running text.
    // A short line ending in a colon (shape:colon-kicker) is a kicker over a headline and introduces
    // running text otherwise.
    if (own[k].includes('shape:colon-kicker')) f.push(`colon-kicker&n:${next.includes('shape:headline') ? 'hl' : 'text'}`);
    // A line in the speech frame of a 引题 (林正国在东川省考察时强调) over a headline line.
    if (own[k].includes('cue:speech-frame') && next.includes('shape:headline')) f.push('speech-frame&n:hl');
    // A box label (背景, 链接) is read by what follows it: running text of the story (a cross-head) or
    // the box's own headline (its column label).
    // (Field lines under it, FIELD_RUN, are the box's text, headline-shaped or not: 车型档案 / 车型：….)
    if (own[k].includes('cue:box-label')) f.push(`box-label&n:${next.includes('shape:headline') && !(k + 1 < units.length && this.fieldRun[k + 1]) ? 'hl' : 'text'}`);
    // A briefs column's label (县市短讯, 國際短波) right over running text, no headline between: the label of
    // a strip of untitled briefs (each opening with a bold lead-in phrase whose bold the text lost), never
    // the first brief's title (weights.ts PRIOR).
    if (own[k].includes('cue:briefs-label') && k + 1 < units.length && !next.includes('shape:headline')) f.push('briefs-label&n:text');
    // Under running text that ends in a colon and is no kicker (…名单如下：, 现批复如下：; a comma or
    // full stop inside it): an entry of the list it introduces.
    // (A group's head with its count, 一等奖（5名）, heads the list's first group: no entry.)
    const intro = k > 0 && prev.includes('end:colon') && !own[k - 1].includes('shape:colon-kicker') && own[k - 1].includes('punct:2') && !own[k].includes('cue:count-head');
    if (intro) f.push('p:intro');
    // The entries of such a list go on while each opens with a field label and a colon (主　任：X / 副主任：Y
    // / 成　员：…): the second and later entries are running text as the first is.
    listEntry[k] = own[k].includes('cue:label-colon') && k > 0 && this.adjacent(k - 1, k) && (intro || listEntry[k - 1] === 1) ? 1 : 0;
    if (listEntry[k] && !intro) f.push('list-entry');
    // A bullet point (●每股分配比例：…) under a line ending in a colon (重要内容提示：) or under such a point:
    // an entry of a bulleted list, running text, whether or not it ends in 。 (BULLET_LIST).
    bulletList[k] = own[k].includes('cue:item-bullet') && k > 0 && this.adjacent(k - 1, k) && (prev.includes('end:colon') || bulletList[k - 1] === 1) ? 1 : 0;
    if (bulletList[k]) f.push(BULLET_LIST);
    // A numbered point right under a numbered point that ends in a semicolon: the next point of that
    // list, running text (NUMBERED_LIST).
    if (own[k].includes('cue:numbered') && k > 0 && this.adjacent(k - 1, k) && own[k - 1].includes('cue:numbered') && /[；;]$/u.test(units[k - 1].block.text.trim())) f.push(NUMBERED_LIST);
    if (end === 'end:dash' || end === 'end:colon') {
      for (const x of next) if (/^(?:shape:headline|nopunct|indent|leadin|len:|lines:)/u.test(x)) f.push(`${end}&n:${x}`);
      f.push(`${end}&n:${next.includes('shape:headline') ? 'hl' : 'text'}`);
    }
    // Lexical cues read together with how the unit ends and with the cues of its neighbours: a
    // numbered line with no full stop (a cross-head) or with one (a paragraph), an issuing body
    // over a date (a document's signature block), a line over a document number (its title).
    const cues = own[k].filter((x) => x.startsWith('cue:'));
    const hl = own[k].includes('shape:headline');
    for (const c of cues) {
      if (end) f.push(`${c}&${end}`);
      for (const x of next) if (x.startsWith('cue:')) f.push(`${c}&n:${x}`);
      for (const x of prev) if (x.startsWith('cue:') || x === 'credit') f.push(`${c}&p:${x}`);
    }
    // Type size against the headline line next to it (hOCR/ALTO): a title is set larger than its
    // kicker above and its subtitle below; lines of one size are one headline or cross-head.
    if (hl) {
      const size = unitSize(units[k].block);
      for (const [j, side] of [[k - 1, 'prev'], [k + 1, 'next']] as const) {
        const other = j >= 0 && j < units.length && own[j].includes('shape:headline') ? unitSize(units[j].block) : null;
        if (size === null || other === null) continue;
        if (size >= other * SIZE_STEP) f.push(`size:>${side}`);
        else if (other >= size * SIZE_STEP) f.push(`size:<${side}`);
        else f.push(`size:=${side}`);
      }
    }
  }

  /** Unit k's features within its headline stack (kickers, titles, tails, labels), pushed onto `f`. */
  stackFeatures(k: number, f: string[], prev: readonly string[], next: readonly string[]): void {
    const { units, own, context, runFeature, shortOverHl, plainShort, newsUnder, longElsewhere } = this;
    const run = runFeature[k];
    const hl = own[k].includes('shape:headline');
    // A document's title wrapped over two printed lines (某省人民政府办公厅关于做好2026年 / 汛期安全生产
    // 工作的通知): the two lines, joined, read as a whole document title (cue doc-title), neither alone
    // does; one title, not a kicker over a title or a title over a subtitle.
    if (this.docTitlePair(k + 1)) f.push(DOC_TITLE_WRAP_FIRST);
    if (this.docTitlePair(k)) f.push(DOC_TITLE_WRAP_SECOND);
    // A short line over a headline at least twice as long (shortOverHl above): a kicker or a column label.
    if (shortOverHl[k]) f.push('short-over-hl');
    // …read with the stack it heads: over a title and a subtitle (hlrun:3) it is mostly a kicker, over
    // a lone title a kicker or a column label alike (the zoo's sources, Dec 2026).
    if (shortOverHl[k] && run) f.push(`short-over-hl&${run.slice(0, 'hlrun:n'.length)}`);
    // …and without a lexical cue (no column word or label, no 【】, no credit, date or issuing body):
    // a column label mostly carries one (读者信箱, 三农快讯, 【城事】, 以案说法), a kicker never does (城市温度,
    // 助企纾困在行动). In the zoo's sources (Dec 2026), over the three layouts: 30 kickers, 6 column
    // labels (澜园 named in the running head, 天气与农事), 6 titles (legal-paper's 以案说法, then one of
    // the kickers, is a column label with the column word since fix16).
    // (记者 in a line that is no credit, 记者追访, is no cue of a label either. Only a line that opens
    // its headline stack: a kicker stands on top; a short line inside a stack is a wrapped
    // headline's tail in OCR text, 千禧园社区坚 / 运用“四聚”工 / 作法.)
    if (shortOverHl[k] && (run === null || run.endsWith(':first')) && !own[k].some((x) => x === 'credit' || (x.startsWith('cue:') && x !== 'cue:open-quote' && x !== 'cue:reporter'))) f.push('short-over-hl&plain');
    // Right under such a line and over no other headline line (记者追访 / 斑马线本周内重新施划 / the
    // lead): the title it stands over, not a subtitle. (Not a line that ends in a kicker's dash,
    // …全部整改到位——: that line leads into the title under it, so it is no title itself.)
    // One or two characters alone on a line inside a headline stack, set flush right under a headline
    // line of HEADLINE_TAIL_MIN_ABOVE or more (no blank line, neither indented, no verse): the tail
    // of that headline wrapped in a narrow column, as Tesseract's plain text of a 3-column page sets
    // it (“市民观察团”用活群众监督 / 机制 / 助力文明城市长效管理): a line of the title above.
    if (this.hlTail[k]) f.push('hl-tail');
    // …and the headline line it is the tail of: that title's first line, not a kicker over it.
    if (k + 1 < units.length && this.hlTail[k + 1]) f.push('over-hl-tail');
    if (this.overPhotoTitle[k]) f.push('over-photo-title');
    if (this.overOpening[k]) f.push(OVER_OPENING);
    // A headline line right over a kicker that ends in its dash (喜迎六一 快乐成长 / 狼山镇街道人大工委开展
    // “大地美容”行动，…全部整改到位—— / the title): the dash closes the kicker and leads into the title
    // under it, so the shorter line above is no first line of that kicker (a kicker wrapped over two
    // lines puts the longer part first, and the second line of one width goes on with it,
    // WRAP_SAME_WIDTH): the headline of an item of its own (a photo's, whose picture the text does
    // not carry) or a label. Feature OVER_DASH_KICKER.
    if (
      k + 1 < units.length &&
      this.adjacent(k, k + 1) &&
      units[k].block.rawLines.length === 1 &&
      own[k].includes('shape:headline') &&
      !own[k].includes('end:dash') &&
      own[k + 1].includes('end:dash') &&
      own[k + 1].includes('shape:headline') &&
      !context[k + 1].includes(WRAP_SAME_WIDTH) &&
      visualLength(units[k].block.text.trim()) < visualLength(units[k + 1].block.text.trim())
    )
    {
      f.push(OVER_DASH_KICKER);
      if (DASH_KICKER_LABEL_RE.test(units[k].block.text.trim())) f.push(OVER_DASH_KICKER_LABEL);
    }
    if (longElsewhere[k]) f.push('short-over-hl&long-kickers');
    if (plainShort[k] && newsUnder[k] === 0) f.push('short-over-hl&no-news');
    // …and over a stack that opens a story with its lead-in or credit line: a kicker (unless the
    // paper's other kickers are of the long kind, short-over-hl&long-kickers: then a title's first line).
    if (plainShort[k] && newsUnder[k] === 1 && !longElsewhere[k]) f.push('short-over-hl&news');
    // The headline right under a line either of these reads as no kicker: the second line of the
    // title, or the title under a column label; never a kicker or a subtitle.
    if (k > 0 && (longElsewhere[k - 1] || (plainShort[k - 1] && newsUnder[k - 1] === 0)) && this.adjacent(k - 1, k)) f.push('under-short-hl&no-kicker');
    // The top line of a stack ending in a quoted catchword, right over a plain headline line: a kicker
    // framing the story by its slogan (CATCHWORD_END_RE).
    if (
      runFeature[k]?.endsWith(':first') &&
      this.plainHl(k) &&
      k + 1 < units.length &&
      this.adjacent(k, k + 1) &&
      this.plainHl(k + 1) &&
      !own[k + 1].includes('script:national') &&
      CATCHWORD_END_RE.test(units[k].block.text.trim())
    )
      f.push('catchword-over-hl');
    if (this.longOverHl[k]) f.push('long-over-hl');
    if (k > 0 && this.longOverHl[k - 1]) f.push('under-long-hl');
    // …a two-line stack whose lower line states an aim (AIM_HEADLINE_RE): title over subtitle.
    const aim = (j: number) => AIM_HEADLINE_RE.test(units[j].block.text.trim());
    if (this.longOverHl[k] && this.runFeature[k] === 'hlrun:2:first' && aim(k + 1)) f.push(OVER_AIM);
    if (k > 0 && this.longOverHl[k - 1] && this.runFeature[k - 1] === 'hlrun:2:first' && aim(k)) f.push(AIM_UNDER_LONG);
    if (shortOverHl[k - 1] && this.adjacent(k - 1, k) && !own[k].includes('end:dash') && !(k + 1 < units.length && this.adjacent(k, k + 1) && own[k + 1].includes('shape:headline') && !CREDIT_LIKE.some((c) => own[k + 1].includes(c))))
      f.push('under-short-hl');
    // A question shaped like a headline (退租时房东扣押金，合法吗？, 玉米苗期如何防治地老虎？): the title of
    // a Q&A item or a service column, though it is a sentence.
    if (hl && /[？?]$/u.test(units[k].block.text.trim())) f.push('hl&question');
    // A headline right over a message's credit line (网友“X”　留言编号：…: cue message-credit), however it
    // ends (早高峰K12路公交间隔太长，能否加密班次？, 孩子上学路上没有斑马线，太危险): the message's title, which a
    // 民生·问政 page prints over every message; a finished sentence over another credit is not (OVER_MESSAGE_CREDIT).
    if (hl && k + 1 < units.length && own[k + 1].includes('cue:message-credit')) f.push(OVER_MESSAGE_CREDIT);
    // A numbered line shaped like a headline (一、总体要求, 一、先进集体（15个）, （一）教育提质项目): a
    // cross-head of the document or story it sits in, whatever its last character.
    if (hl && own[k].includes('cue:numbered')) f.push('numbered&hl');
    // How far the next credit line and the next lead-in are (page-level evidence of where items end).
    f.push(`tocredit:${distance(own, k, CREDIT_LIKE)}`);
    f.push(`toleadin:${distance(own, k, ['leadin'])}`);
    // Conjunctions a linear model cannot form by itself. (Not for a listing's row, listRow: a table's
    // row printed line by line or a grid's 19:30　节目; its cells set apart by spaces are shaped like a
    // headline's words, but a row heads nothing; 5　《开心大擂台》　江州文艺频道　1.08% over the table's
    // credit line is its last row, not a photo's headline over its credit.)
    if (hl && !this.listRow[k]) this.headlineConjunctions(k, f, prev, next);
  }

  /** Conjunctions of headline unit k with its neighbours, pushed onto `f` (a linear model cannot form them by itself). */
  headlineConjunctions(k: number, f: string[], prev: readonly string[], next: readonly string[]): void {
    const { units, own, context, verse } = this;
    // The second line of a title printed over two lines (市卫健委组织百名专家 / 下沉社区开展义诊)
    // over the story's opening (a lead-in, a dateline or a credit line): both lines short and
    // unpunctuated, the second shorter than the first; a subtitle is mostly as long as its title
    // or longer, or punctuated (TWO_LINE_TITLE_MAX). A pair over running text may be a
    // cross-head over two lines.
    // Not under a kicker ending in its dash (开展“大地美容”行动，反映问题19条—— / 齐心浇灌城市“文明花” /
    // 全面整改到位): there the two short lines are the title and subtitle of the three decks of a Chinese
    // headline (引题, 主题, 副题); the zoo's two-line titles stand alone (Dec 2026), and a deck's short
    // tail under a title (推动城市品质治理能力双 / 提升 in OCR text) is read as this pair too.
    const opens = (j: number) => j < units.length && own[j].some((x) => x === 'leadin' || x === 'dateline' || x === 'credit');
    const topsStack = (j: number) => j === 0 || !this.adjacent(j - 1, j) || !own[j - 1].includes('end:dash');
    const pairAt = (j: number) =>
      j > 0 &&
      j < units.length &&
      !verse[j] &&
      !verse[j - 1] &&
      units[j].index === units[j - 1].index + 1 &&
      topsStack(j - 1) &&
      isTitleLinePair(units[j - 1].block, own[j - 1], units[j].block, own[j]);
    if (pairAt(k) && opens(k + 1)) f.push('hl-pair:title-line');
    if (pairAt(k + 1) && opens(k + 2)) f.push('hl-pair:first-line');
    // A headline line ending in a joining conjunction (TITLE_JOINER_END_RE: 第十六师一八八团与) over
    // another headline line: one title over two lines, whatever their lengths.
    const joinAt = (j: number) =>
      j > 0 && j < units.length && !verse[j] && !verse[j - 1] && units[j].index === units[j - 1].index + 1 && endsInJoiner(units[j - 1].block, own[j - 1]) && own[j].includes('shape:headline') && units[j].block.rawLines.length === 1 && !own[j].includes('start:dash');
    if (joinAt(k)) f.push('hl-pair:joined-line');
    if (joinAt(k + 1)) f.push('hl-pair:joiner-line');
    // A headline line under a frame that waits for its clause (waitsForClause: 从“卖咖啡豆”到“卖风景” /
    // 云岭村走出致富新路), plain and no longer than the line above or a two-line title's line: its rest.
    const restAt = (j: number) => {
      if (!(j > 0 && j < units.length && !verse[j] && !verse[j - 1] && units[j].index === units[j - 1].index + 1)) return false;
      const [a, b] = [units[j - 1].block, units[j].block];
      return (
        waitsForClause(a, own[j - 1]) &&
        b.rawLines.length === 1 &&
        own[j].includes('shape:headline') &&
        !own[j].some((x) => x === 'start:dash' || x === 'start:dash?' || x === 'credit' || x === 'end:dash' || (x.startsWith('cue:') && x !== 'cue:open-quote')) &&
        visualLength(b.text.trim()) <= Math.max(visualLength(a.text.trim()), TWO_LINE_TITLE_MAX)
      );
    };
    // A deck printed as two parallel phrases over two lines of one width, set together (no blank line
    // between) right under another headline line (崇川启动“我助企业攀新高”系列活动 / 优化营商环境 /
    // 提振企业信心): the subtitle, its two phrases kept apart by a space (assemble.ts), and the line
    // over it the title. A title broken over two lines puts its longer part first (isTitleLinePair).
    const coupletAt = (j: number) =>
      j > 1 &&
      j < units.length &&
      !verse[j] &&
      units[j].index === units[j - 1].index + 1 &&
      units[j - 1].index === units[j - 2].index + 1 &&
      units[j].block.gapBefore === 0 &&
      units[j - 1].block.gapBefore > 0 &&
      own[j - 2].includes('shape:headline') &&
      !own[j - 2].includes('credit') &&
      isCoupletLines(units[j - 1].block, own[j - 1], units[j].block, own[j]);
    if (this.signedPageStack[k]) f.push(SIGNED_PAGE_STACK);
    if (this.jumpedStoryStack[k]) f.push(JUMPED_STORY_STACK);
    if (coupletAt(k) || coupletAt(k + 1)) f.push(COUPLET_LINES);
    if (coupletAt(k + 2)) f.push(OVER_COUPLET_LINES);
    if (restAt(k)) f.push('hl-pair:completing-line');
    if (restAt(k + 1)) f.push('hl-pair:open-line');
    // …and set under another line of its stack (乡村振兴看一线 / 从“卖咖啡豆”到“卖风景” / 云岭村走出致富新路):
    // a kicker tops its stack, so the frame under the stack's top line is the title's first line.
    if (restAt(k + 1) && this.runFeature[k] !== null && !this.runFeature[k]!.endsWith(':first')) f.push(OPEN_LINE_UNDER_HL);
    // A headline line opening with a deck verb (DECK_VERB_RE: 要求…, 号召…) right under a plain headline
    // line: the deck of the title above it (国务院发出通知 / 要求各地…), and that line the title.
    if (this.decks(k)) f.push('deck-verb&p:hl');
    if (this.decks(k + 1)) f.push('hl&n:deck-verb');
    for (const x of prev) if (/^(?:end:|credit|shape:headline|indent)/u.test(x)) f.push(`hl&p:${x}`);
    for (const x of next) if (/^(?:end:|leadin|dateline|credit|shape:headline|indent|start:dash|cue:qa-question)/u.test(x)) f.push(`hl&n:${x}`);
    for (const x of context[k]) if (/^(?:gap|after|col)/u.test(x)) f.push(`hl&${x}`);
    // A lead-in one or two units above (本报讯… and one paragraph): a headline there stands after
    // a short news story, as the next item's title does; a story's cross-heads come further in.
    if ((k >= 1 && own[k - 1].includes('leadin')) || (k >= 2 && own[k - 2].includes('leadin'))) f.push('hl&leadin-near');
  }
}

/**
 * True when the furniture right under a block (OCR noise lines skipped: a masthead's pinyin or
 * rule) is a masthead item or a running head: the name set over them is the paper's masthead
 * (东疆卫士报 over 东疆军区政治工作部主办　国内统一连续出版物号 CN 65-0208 and the date line), even
 * when no running head repeats the name. Source: the masthead stack of Chinese papers (name, pinyin,
 * sponsor and registration line, date line); found by tester5 on an army daily's front page.
 */
function overMasthead(blocks: Block[], block: Block): boolean {
  const at = blocks.indexOf(block);
  for (let j = at + 1; j < blocks.length && j <= at + MASTHEAD_STACK_WINDOW; j++) {
    const b = blocks[j];
    if (b.kind !== 'furniture') return false;
    if (b.furnitureKind === 'masthead' || b.furnitureKind === 'running-head') return true;
    if (b.furnitureKind !== 'noise') return false;
  }
  return false;
}

/**
 * Furniture that closes a page's content: its editor line (责任编辑：…). (Not a folio alone: a
 * headline set over the folio at a page's foot may open a story printed on the next page, 区领导调研
 * 重点民生实事项目 over －3－ in the bundled issue's OCR fixtures.)
 */
const PAGE_FOOT_FURNITURE: ReadonlySet<string> = new Set(['editor']);

/** Blocks looked at under a paper's name for its masthead items (overMasthead): name, pinyin, rule, item. */
const MASTHEAD_STACK_WINDOW = 3;
