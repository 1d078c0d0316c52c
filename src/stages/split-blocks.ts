/**
 * Stage 3: lines → blocks. Finds page furniture and bylines line by line, then splits every run
 * of non-blank lines into paragraph-sized blocks, joining the lines of hard-wrapped OCR (one line
 * per printed line) back into paragraphs.
 *
 * Layout is decided per run of lines: a run where no line has the punctuation of running text is
 * a stack of headline lines (each its own block). Otherwise a line is a wrapped line, joined to the
 * next, when it fills the column (at least FULL_LINE_RATIO of the widest line of the run, which
 * must be at least MIN_WRAP_WIDTH wide) and the next line does not start indented; a short line,
 * or a headline-shaped line before a punctuated one, ends its block.
 *
 * A byline line is one `parseCreditLine` reads, or, through OCR, one that stands alone (`standsAlone`)
 * with the shape of a byline whose marks were misread or lost (`bylineLineScore` of markers.ts at
 * least BYLINE_LINE_THRESHOLD: `王建春.`, `杨阳，`, `'崇组宣.`).
 */
import type { Block, FurnitureKind, Join, LineRange, SourceLine } from '../types.js';
import {
  BYLINE_LINE_THRESHOLD,
  COLUMN_WIDTH_PERCENTILE,
  COUPLET_PHRASE_SLACK,
  FULL_LINE_RATIO,
  HALF_WIDTH_FILL_MIN,
  WIDTH_WRAP_EVIDENCE_MIN,
  HEADLINE_TAIL_MAX,
  HEADLINE_WRAP_FILL,
  HEADLINE_WRAP_REPEAT,
  MAX_CREDIT_LINE_LENGTH,
  MAX_SIGNATURE_LENGTH,
  MAX_JOINT_SIGNERS,
  MAX_SPLIT_SUBTITLE_PART,
  MIN_SPLIT_SUBTITLE_PART,
  MIN_WRAP_WIDTH,
  PARAGRAPH_INDENT_CELLS,
  RUNNING_HEAD_REPEAT_MIN,
  VERSE_CONTEXT_LINES,
  VERSE_STANZA_ABOVE,
  VERSE_MAX_LENGTH,
  SENTENCE_END_ROOM,
  WRAP_FILL_SLACK,
} from '../heuristics.js';
import { DOC_NUMBER_LINE_RE, endsSentence, endsTocEntry, endsWithKickerDash, endsWithTocLeader, hasBodyPunctuation, hasTocLeader, isHeadlineShaped, nationalOnly, opensWithSubtitleDash, SENTENCE_STOP, visualLength } from '../text.js';
import { LETTER_FOLIO_RE, MAX_RUNNING_HEAD_LENGTH, classifyFurniture, findJumpMarkers, markCoverLines, markIndexBoxes, markNamedPageHeads, markWeatherBoxes } from './furniture.js';
import { isPersonalName, isPressRole, parseCreditLine, parseLeadIn, splitTrailingCredit } from '../extract/bylines.js';
import { isDateOnlyLine } from '../extract/dates.js';
import { MESSAGE_CREDIT_RE, SOURCE_LINE_RE } from '../extract/credit-lexicon.js';
import { bylineFrame, bylineLineScore, closingQuoteForm } from './markers.js';
import { COUNT_HEAD_RE, ITEM_BULLET_RE, LEXICAL_CUES, SIGNER_RE } from './structure/weights.js';

/** A line's indent as OCR text keeps it: an ideographic space, two spaces or more, or a tab. */
export const INDENT_RE = /^(?:\u3000|[ \u00a0]{2,}|\t)/u;

/** The number that opens a numbered section head: 一、 （一） 1. 第一章 (as the structure cue `numbered`). */
export const SECTION_NUMBER_RE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]{1,3}[章节部分])/u;

/**
 * Joins two printed lines of one paragraph (a hard wrap or a page/column break): a space only
 * between two Latin words (`over` | `the` → `over the`); nothing when either side is Han or
 * full-width, nor inside a number cut by the wrap, digits or a decimal point on the left and a
 * digit on the right (`约210` | `0户` → `约2100户`, `99.9` | `9%` → `99.99%`, `第1` | `9条` → `第19条`),
 * nor inside an e-mail address or web address set in Chinese text (`邮箱qlr` | `bfk@163.com`,
 * `网站www.qlrb` | `news.cn`; see {@link wrapsAddress}), nor before a word's last letter wrapped
 * alone (`José Leun` | `g）`).
 */
export function joinWrapped(a: string, b: string): string {
  if (/(?:\d|\d[.,])$/u.test(a) && /^\d/u.test(b)) return a + b;
  if (wrapsAddress(a, b)) return a + b;
  // A word's last letter wrapped alone (José Leun | g）, Szet | o）, word | s,): one lowercase letter
  // against a closing bracket, punctuation or Han opens no English word (the article a stands
  // before its noun, a space between).
  if (/[A-Za-z]$/u.test(a) && /^[a-z](?![A-Za-z\s])/u.test(b)) return a + b;
  if (/[A-Za-z0-9,.;:!?)]$/u.test(a) && /^[A-Za-z0-9(]/u.test(b) && !/-$/u.test(a)) return `${a} ${b}`;
  return a + b;
}

/**
 * Whether a wrap falls inside an e-mail or web address: the Latin run that ends line `a` starts right
 * after a Han character, punctuation or the line start (not after a space, as an English word does:
 * `write to` | `x@y.cn` keeps its space), and with the run that opens `b` it reads as an address
 * (`name@host.tld`, `www.…`, `http(s)://…`). Chinese papers set such addresses inside running text
 * and narrow columns cut them anywhere (tester3's literary page, Dec 2026).
 */
function wrapsAddress(a: string, b: string): boolean {
  const tail = /(?:^|[^ -~])([A-Za-z0-9._%+\-@:/]+)$/u.exec(a);
  const head = /^[A-Za-z0-9._%+\-@:/?=&#~]+/u.exec(b);
  if (!tail || !head) return false;
  const joined = tail[1] + head[0];
  return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/u.test(joined) || /^(?:https?:\/\/|www\.)[A-Za-z0-9-]+\.[A-Za-z]/iu.test(joined);
}

function block(kind: Block['kind'], lines: SourceLine[], text: string, gapBefore: number, group: number): Block {
  const first = lines[0].line;
  const last = lines[lines.length - 1].line;
  const indented = INDENT_RE.test(lines[0].text);
  // its one span is its range (one array: no step changes a range in place)
  const range: LineRange = [first, last];
  return { kind, text, lines: range, spans: [range], rawLines: lines, joins: [], gapBefore, group, indented };
}

/**
 * Headline shape for a block: `isHeadlineShaped` of its text, where an indented block (indents
 * mark paragraphs in hard-wrapped OCR) counts only when it is a single printed line, as an
 * indented cross-head is (　　一、聚焦关键环节); a wrapped indented block is a paragraph.
 */
export function isHeadlineBlock(b: Block): boolean {
  return b.kind === 'text' && (!b.indented || b.rawLines.length === 1) && isHeadlineShaped(b.text);
}

/**
 * Splits one line that carries a jump marker at its start or end into the text and the marker,
 * each its own block (the marker as furniture of kind `jump`).
 */
function splitJumps(b: Block): Block[] {
  const markers = findJumpMarkers(b.text);
  if (!markers.length) return [b];
  const out: Block[] = [];
  const rest = b.text;
  const lead = markers.find((m) => m.index === 0 || rest.slice(0, m.index).trim() === '');
  const tail = [...markers].reverse().find((m) => rest.slice(m.index + m.text.length).trim() === '' && m !== lead);
  const mk = (m: (typeof markers)[number], gap: number): Block => ({
    ...b,
    kind: 'furniture',
    furnitureKind: 'jump',
    text: m.text,
    jump: { direction: m.direction, page: m.page },
    gapBefore: gap,
    lines: [b.lines[0], b.lines[0]],
    spans: [[b.lines[0], b.lines[0]]],
    joins: [],
  });
  let start = 0;
  if (lead) start = lead.index + lead.text.length;
  let end = rest.length;
  if (tail) end = tail.index;
  const body = rest.slice(start, end).trim();
  if (lead) out.push(mk(lead, b.gapBefore));
  if (body) out.push({ ...b, text: body, gapBefore: lead ? 0 : b.gapBefore });
  if (tail) out.push(mk(tail, 0));
  return out;
}

/**
 * Width of a printed line, its indent included: a U+3000 fills a cell, an ASCII space half of
 * one, a tab two; the rest by `visualLength`.
 */
export function lineWidth(line: string): number {
  const text = line.trimEnd();
  const indent = /^[\s\u3000]*/u.exec(text)![0];
  let n = 0;
  for (const ch of indent) n += ch === '\u3000' ? 1 : ch === '\t' ? 2 : 0.5;
  return n + visualLength(text.slice(indent.length));
}

/** Half-width characters of a line (ASCII letters, digits and marks): what `charCells` counts as full cells. */
function halfWidthCount(line: string): number {
  return (line.match(/[\x21-\x7e]/gu) ?? []).length;
}

/** Width of a line counting every character as a full cell (its indent as `lineWidth` counts it). */
function charCells(line: string): number {
  const text = line.trimEnd();
  const indent = /^[\s\u3000]*/u.exec(text)![0];
  return lineWidth(indent) + [...text.slice(indent.length)].length;
}

/**
 * The column width of a run of lines: the COLUMN_WIDTH_PERCENTILE of their visual lengths, so one
 * overlong line (a table row, a URL) does not make every other line look short.
 */
export function columnWidth(widths: number[]): number {
  if (!widths.length) return 0;
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * COLUMN_WIDTH_PERCENTILE))];
}

/**
 * True when line `a` leaves a bracket open that line `b` closes (`本报讯（记者　陆晓雯　通讯员　钱` |
 * `程）8月14日…`, `…150万斤。（通讯员` | `　鄢　青　摄）`): a paragraph never ends inside a bracket, so
 * the two are one paragraph wrapped, however short or indented the lines.
 */
function bracketWrapped(a: string, b: string): boolean {
  const open = (a.match(/[（(]/gu) ?? []).length - (a.match(/[）)]/gu) ?? []).length;
  if (open <= 0 || !/[（(][^（）()]*$/u.test(a)) return false;
  const close = /[）)]/u.exec(b);
  return close !== null && !/[（(]/u.test(b.slice(0, close.index));
}

/**
 * An attributive particle at a headline line's end (的, and classical 之): a modifier waiting for the
 * noun it modifies, which no headline, kicker or label ends with, so the headline runs on into the
 * next line (一粒种子的 / “太空之旅”, a title set over two lines; …闭幕时的 / 讲话, as
 * `wrapsDocumentTitle` reads a document title). Source: the 结构助词 of modern and classical
 * written Chinese; in the zoo's sources (Dec 2026) no headline line ends so but the first line of a
 * title printed over two lines (tester9's science daily).
 */
const AWAITS_NOUN_RE = /\p{Script=Han}[的之]$/u;

/**
 * True when a headline line ends with an attributive particle (AWAITS_NOUN_RE) and holds no
 * punctuation of running text: the headline goes on in the line under it.
 */
export function awaitsItsNoun(line: string): boolean {
  const t = line.trim();
  return AWAITS_NOUN_RE.test(t) && !hasBodyPunctuation(t) && isHeadlineShaped(t);
}

/**
 * A quoted term (1-12 Han characters, `+` or `·` among them, no space or punctuation) opened and
 * followed at the line's end by an opening mark of the same kind: `…“连心桥“`, `…“新机制“`. A space
 * or a mark inside (`变“被动管理 为“`: its closing mark read as a blank, the last mark a real opening)
 * is no such term.
 */
const OPENED_TWICE_RE = /(?:“\p{Script=Han}[\p{Script=Han}+＋·]{0,11}“|‘\p{Script=Han}[\p{Script=Han}+＋·]{0,11}‘)$/u;

/**
 * True when a line stops inside a quotation or bracket it opened (`齐心浇灌城市“`, `崇川启动“我助`,
 * `…开展“大`): its last quote mark or bracket is an opening one, so the text runs on into the next
 * line (a narrow column wraps a headline or a kicker there; nothing printed ends so).
 */
export function leavesQuoteOpen(line: string): boolean {
  // …unless its last mark is that quotation's closing mark misread (`架起服务群众“连心桥-`), or read
  // as a second opening mark at the line's end (`架起服务群众“连心桥“`: Tesseract --psm 4 on the bundled
  // issue's degraded 3-column render, the harness's column mode; quotes of one kind never nest).
  if (closingQuoteForm(line) !== null || OPENED_TWICE_RE.test(line.trim())) return false;
  const marks = line.trim().match(/[“”‘’《》（）()「」『』]/gu);
  return !!marks && /[“‘《（(「『]/u.test(marks[marks.length - 1]);
}

/**
 * True when a line is the tail of a headline wrapped in a narrow column: one Han character alone
 * (a closing quote or bracket after it allowed: `长`, `全`, `知`, `心”`), which no headline, kicker
 * or label is by itself. Seen in the OCR harness's 3-column renders (scripts/ocr) and the zoo's
 * hard-wrapped bulletin (…工作的 / 通知 wraps as …的通 / 知). Two characters are not enough: a
 * column label (简讯, 读书, 银杏) follows the last line of a story or poem just so.
 */
export function isWrapTail(line: string): boolean {
  return /^\p{Script=Han}[”’》）)」』]?$/u.test(line.trim());
}

/**
 * A headline phrase: Han text and quotation marks, and numbers counted inside it (前5个月, 24小时:
 * a digit after a Han character; the wire copy's `今年前5个月我国` / `服务贸易稳步增` / `长` in 3 columns,
 * the OCR harness's heldout-wire-3col, was a title over a subtitle for its digit alone); no date
 * (a number before 年, 月, 日 or 号), bullet or label's brackets.
 */
const isPhrase = (t: string): boolean => PHRASE_RE.test(t) && !DATE_NUMBER_RE.test(t);
const PHRASE_RE = /^[\p{Script=Han}“”‘’「」『』][\p{Script=Han}“”‘’「」『』0-9０-９]*$/u;
const DATE_NUMBER_RE = /[0-9０-９][年月日号]/u;

/**
 * True when a headline line is a whole couplet: exactly two phrases (PHRASE_RE, at least
 * MIN_SPLIT_SUBTITLE_PART cells each) set apart by a space, of one length within COUPLET_PHRASE_SLACK
 * (坚持团结和民主两大主题　积极建言资政凝聚共识). A headline wrapped after such a line starts no third
 * phrase on the next line: the line ends where the couplet does, however full it is.
 */
export function wholeCouplet(line: string): boolean {
  const parts = line.trim().split(/[\s\u3000]+/u);
  if (parts.length !== 2 || !parts.every((p) => PHRASE_RE.test(p) && visualLength(p) >= MIN_SPLIT_SUBTITLE_PART)) return false;
  return Math.abs(visualLength(parts[0]) - visualLength(parts[1])) <= COUPLET_PHRASE_SLACK;
}

/**
 * True when headline line `b` continues the headline line `a` printed right above it (no blank
 * line, nothing between): two short headline lines of one width (within one cell), each of
 * MIN_SPLIT_SUBTITLE_PART to MAX_SPLIT_SUBTITLE_PART cells: one subtitle or cross-head set over two lines as a pair of phrases (优化营商环境 /
 * 提振企业信心 in the bundled issue; 搭建“连心桥” / 民意收集更畅通 in the zoo's district paper). The
 * second line is then no new title, however the text under it is laid out (hard-wrapped and
 * indented, a paragraph of several lines). In the zoo a title over its subtitle of one width is
 * longer than that (9-16 cells: 县委常委会召开扩大会议 / 研究部署二季度重点工作); a column label
 * over a title is shorter (MIN_SPLIT_SUBTITLE_PART). Both lines are Han text, quotation marks and numbers (`isPhrase`)
 * only (no date, bullet or label brackets). Wrap evidence for the structure model (feature
 * `wrap:same-width`).
 */
export function continuesHeadline(a: string, b: string): boolean {
  const ta = a.trim();
  const tb = b.trim();
  if (!isPhrase(ta) || !isPhrase(tb) || !isHeadlineShaped(ta) || !isHeadlineShaped(tb)) return false;
  const wa = visualLength(ta);
  const wb = visualLength(tb);
  return Math.min(wa, wb) >= MIN_SPLIT_SUBTITLE_PART && Math.max(wa, wb) <= MAX_SPLIT_SUBTITLE_PART && Math.abs(wa - wb) <= 1;
}

/**
 * True when a block is one headline line, or a headline wrapped over lines of one width (within
 * one cell) and nothing else: no indent, no punctuation of running text, headline-shaped lines.
 * `wrapped` asks for the second form only (two lines or more).
 */
function headlineLines(b: Block, wrapped: boolean): boolean {
  if (b.kind !== 'text' || b.indented || hasBodyPunctuation(b.text)) return false;
  const texts = b.rawLines.map((l) => l.text.trim());
  if (wrapped && texts.length < 2) return false;
  if (!texts.every((t) => isHeadlineShaped(t) && !INDENT_RE.test(t))) return false;
  const widths = texts.map((t) => visualLength(t));
  return Math.max(...widths) - Math.min(...widths) <= 1;
}

/**
 * True when the one-line text block `b`, set under block `a` with at most one blank line between,
 * is the end of a headline a narrow column wrapped (Tesseract's plain text sets a blank line
 * between the lines of a large headline, and a column of 7 headline cells wraps most titles):
 * - `b` is a wrap's last character alone (`isWrapTail`: 全, 心), or `a` ends in a headline line that
 *   leaves a quotation open (`leavesQuoteOpen`: 齐心浇灌城市“ / 文明花”) or ends with an attributive
 *   particle (`awaitsItsNoun`: 一粒种子的 / “太空之旅”), as within a run of lines;
 * - `b` is the shorter last line (进会, 作法, 列活动: two cells or more shorter, headline-shaped,
 *   unpunctuated) of a headline wrapped over lines of one width: lines of `a` (崇川启动“我助 /
 *   企业攀新高”系, joined by the open quotation), or `a` and the one-line block `before` it, a pair
 *   `continuesHeadline` reads as one headline (崇川区召开老旧 / 小区改造专题推).
 * - `b` is the shorter tail (more than HEADLINE_TAIL_MAX cells; fewer, Han only, under a line at the
 *   narrowest wrap width: SHORT_TAIL_RE) of a line at a width the page's headlines wrap at
 *   (`headlineWrapWidths`).
 * A pair of one width stays two blocks (the structure model weighs it, `wrap:same-width`, and the
 * assembly joins it by role); only its shorter tail is joined here.
 * Seen in the OCR harness's 3-column renders (scripts/ocr), read as text (the lines as drawn, and
 * Tesseract's plain text).
 */
function wrapsAcrossBlocks(before: Block | undefined, a: Block, b: Block, wrapWidths: ReadonlySet<number> = NO_WIDTHS): boolean {
  if (b.kind !== 'text' || b.rawLines.length !== 1 || b.gapBefore > 1 || b.indented) return false;
  // A line opening with a subtitle's dash (——黄文彬当选理事长) starts a subtitle, never a wrap's tail.
  if (!headlineLines(a, false) || opensWithSubtitleDash(b.text)) return false;
  const last = a.rawLines[a.rawLines.length - 1].text.trim();
  const tb = b.text.trim();
  // Two lines with no Han character between them (a contact block printed a number a line: +86
  // 0000-1234567 / 0000-1234567, tester15) are lines of their own: a headline's wrap has words on
  // one side of the break at least, and joined, the numbers run into one (12345670000).
  if (!/\p{Script=Han}/u.test(last) && !/\p{Script=Han}/u.test(tb)) return false;
  // The shorter last line of a headline line at the page's wrap width (headlineWrapWidths: 县委常委会召开
  // / 扩大会议, 林海涛在调研安全生产工作时 / 强调：, a kicker's colon or dash kept with it). A pair of
  // one width (within one cell) is left to the structure model (`continuesHeadline`), as below, and
  // a tail of at most HEADLINE_TAIL_MAX cells to the assembly, which joins it by role (提升, 品工程).
  if (
    wrapWidths.has(Math.round(visualLength(last))) &&
    !endsWithKickerDash(last) &&
    !CLOSES_PHRASE_RE.test(last) &&
    visualLength(tb) < visualLength(last) - 1 &&
    (visualLength(tb) > HEADLINE_TAIL_MAX || (SHORT_TAIL_RE.test(tb) && Math.round(visualLength(last)) === Math.min(...wrapWidths))) &&
    isHeadlineShaped(tb.replace(/[：:]$/u, '')) &&
    !isDateOnlyLine(tb) &&
    !hasBodyPunctuation(tb.replace(/[：:]$/u, ''))
  )
    return true;
  if (hasBodyPunctuation(tb) || !isHeadlineShaped(tb) || endsWithKickerDash(last)) return false;
  if (isWrapTail(tb) || (leavesQuoteOpen(last) && !endsSentence(last)) || awaitsItsNoun(last)) return true;
  // A headline already wrapped over two lines or more at the narrowest wrap width (a title's type
  // filling the column to its last cell, no phrase closed) goes on in a line one cell shorter too
  // (桃源镇“共享菜 / 园”让闲置地变 / 身“幸福园”, the county paper in 3 columns, scripts/ocr): a
  // subtitle under it is set smaller and wraps wider.
  if (titleWrapped(a, wrapWidths) && !CLOSES_PHRASE_RE.test(last) && visualLength(tb) < visualLength(last) && !isDateOnlyLine(tb)) return true;
  if (visualLength(tb) >= visualLength(last) - 1) return false;
  if (headlineLines(a, true)) return true;
  return (
    a.rawLines.length === 1 &&
    a.gapBefore <= 1 &&
    before?.kind === 'text' &&
    before.rawLines.length === 1 &&
    headlineLines(before, false) &&
    continuesHeadline(before.text, a.text)
  );
}

const NO_WIDTHS: ReadonlySet<number> = new Set();

/**
 * True when text block `a` is a headline wrapped over two lines or more, each at the narrowest of
 * the page's wrap widths (`headlineWrapWidths`: its titles' type), with no indent and no
 * punctuation of running text: a title that filled its column line after line.
 */
function titleWrapped(a: Block, wrapWidths: ReadonlySet<number>): boolean {
  if (!wrapWidths.size || !headlineLines(a, true)) return false;
  const narrowest = Math.min(...wrapWidths);
  return a.rawLines.every((l) => Math.round(visualLength(l.text.trim())) === narrowest);
}

/**
 * Joins a one-line headline block at the narrowest wrap width to the headline block right under it
 * (at most one blank line between) when that block is itself a headline whose first line, at that
 * width, wrapped a last character alone (`isWrapTail`: 县图书馆开通24 / 小时自助借阅服 / 务, the last
 * two joined as a wrap): a line of the title's type that wraps is a title's line, and a title is
 * not stacked on a title. (A longer tail, 崇川区召开老旧 / 小区改造专题推 / 进会, is left to the
 * structure model, `wrap:same-width`, which reads the pair as one title; joined here, the three
 * lines read as a kicker over the deck.)
 * Seen in the OCR harness's 3-column renders (scripts/ocr), the lines as drawn and Tesseract's text.
 */
function joinTitleOverWrap(blocks: Block[], wrapWidths: ReadonlySet<number>): Block[] {
  if (!wrapWidths.size) return blocks;
  const narrowest = Math.min(...wrapWidths);
  const out: Block[] = [];
  for (const b of blocks) {
    const a = out[out.length - 1];
    if (
      a &&
      a.kind === 'text' &&
      a.rawLines.length === 1 &&
      headlineLines(a, false) &&
      Math.round(visualLength(a.text.trim())) === narrowest &&
      !CLOSES_PHRASE_RE.test(a.text.trim()) &&
      !endsWithKickerDash(a.text.trim()) &&
      b.kind === 'text' &&
      b.gapBefore <= 1 &&
      !b.indented &&
      b.rawLines.length >= 2 &&
      !opensWithSubtitleDash(b.text) &&
      b.joins.some((j) => j.kind === 'wrap') &&
      isWrapTail(b.rawLines[b.rawLines.length - 1].text) &&
      !hasBodyPunctuation(b.text) &&
      b.rawLines.every((l) => isHeadlineShaped(l.text.trim())) &&
      Math.round(visualLength(b.rawLines[0].text.trim())) === narrowest
    ) {
      out[out.length - 1] = {
        ...a,
        text: joinWrapped(a.text, b.text),
        lines: [a.lines[0], b.lines[1]],
        spans: [...a.spans.slice(0, -1), [a.spans[a.spans.length - 1][0], b.lines[1]]],
        rawLines: [...a.rawLines, ...b.rawLines],
        joins: [...a.joins, { line: b.lines[0], kind: 'wrap' }, ...b.joins],
      };
      continue;
    }
    out.push(b);
  }
  return out;
}
/**
 * A short tail (at most HEADLINE_TAIL_MAX cells) that a line at the page's narrowest wrap width (its
 * titles', set in the largest type) joins too: one to three Han characters, a colon after them
 * allowed (正忙 under 麦浪翻金　夏收, 7 cells, the harness's county paper in 3 columns, scripts/ocr;
 * the model had read the line above as a photo column's label and 正忙 alone as the title). Digits,
 * Latin letters and marks alone are OCR residue or a folio, not a tail. Under a wider wrap width
 * (a deck's or a kicker's) a short tail is still joined by role in the assembly: joining the
 * deck's 提升 to 推动城市品质治理能力双 here made the bundled issue's 3-column title a kicker.
 */
const SHORT_TAIL_RE = /^\p{Script=Han}{1,3}[：:]?$/u;
/**
 * A headline line that ends a phrase with a mark (a closing quote or bracket, a colon): a column
 * wraps at any character, so such a line is a phrase of its own (a pair of cross-heads
 * 竖好担当作为“风向标” / 用智用诚笃行实干 of one width, over and over), not evidence of a wrap.
 */
const CLOSES_PHRASE_RE = /[”’」』）)》〉】：:]$/u;

/**
 * The widths (visual length, rounded) a document's headlines wrap at: widths shared by at least
 * HEADLINE_WRAP_REPEAT one-line headline blocks (no indent, no punctuation of running text) each
 * with a one-line headline block right under it (at most one blank line between; a date under a
 * signature, 青岚县人民代表大会常务委员会 / 2024年6月28日, is none), and at least
 * HEADLINE_WRAP_FILL of the body column (the 90th percentile of the widths of the lines of
 * paragraphs of three lines or more). Whole-document evidence of a narrow column: its headlines
 * fill it to the same cell (a 3-column page read as text; scripts/ocr `heldout-county-3col`).
 */
function headlineWrapWidths(blocks: Block[]): Set<number> {
  const count = new Map<number, number>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const a = blocks[i];
    const b = blocks[i + 1];
    if (b.kind !== 'text' || b.rawLines.length !== 1 || b.gapBefore > 1 || b.indented) continue;
    if (a.kind !== 'text' || a.rawLines.length !== 1 || !headlineLines(a, false) || CLOSES_PHRASE_RE.test(a.text.trim())) continue;
    const tb = b.text.trim().replace(/[：:]$/u, '');
    if (!isHeadlineShaped(tb) || hasBodyPunctuation(tb) || isDateOnlyLine(tb)) continue;
    const w = Math.round(visualLength(a.text.trim()));
    count.set(w, (count.get(w) ?? 0) + 1);
  }
  const body = columnWidth(blocks.filter((b) => b.kind === 'text' && b.rawLines.length >= 3).flatMap((b) => b.rawLines.map((l) => lineWidth(l.text))));
  return new Set(
    [...count].filter(([w, n]) => n >= HEADLINE_WRAP_REPEAT && w >= MIN_SPLIT_SUBTITLE_PART && body > 0 && w >= HEADLINE_WRAP_FILL * body).map(([w]) => w),
  );
}

/**
 * Joins the text blocks `wrapsAcrossBlocks` reads as one headline wrapped (the joins recorded as
 * `wrap`; the printed lines stay in `rawLines`).
 */
function joinHeadlineWraps(blocks: Block[]): Block[] {
  const wrapWidths = headlineWrapWidths(blocks);
  // A line amid verse (VERSE_CONTEXT_LINES one-line text blocks of at most VERSE_MAX_LENGTH cells
  // above the headline and below the tail: a poem set a line apart, a one-character title between
  // stanzas) is a line of its own, however alike.
  const short = (x: Block | undefined) => x?.kind === 'text' && x.rawLines.length === 1 && visualLength(x.text) <= VERSE_MAX_LENGTH;
  const out: Block[] = [];
  const noise = (x: Block | undefined) => x?.kind === 'furniture' && x.furnitureKind === 'noise';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    // OCR residue read between two lines of one headline (a photo beside it: 竺川启动“我助 /
    // <到2?》 / 企业攀新高”系, Tesseract's plain text of the clean 3-column render) is passed over,
    // each residue line at most one blank line under what precedes it, and kept after the joined headline.
    let at = out.length - 1;
    while (at >= 0 && noise(out[at]) && out[at].gapBefore <= 1) at--;
    const skipped = out.length - 1 - at;
    const a = out[at];
    let beforeAt = at - 1;
    while (beforeAt >= 0 && noise(out[beforeAt])) beforeAt--;
    const verse =
      Array.from({ length: VERSE_CONTEXT_LINES }, (_, k) => short(out[at - 1 - k]) && short(blocks[i + 1 + k])).every(Boolean) ||
      Array.from({ length: VERSE_STANZA_ABOVE }, (_, k) => short(out[at - 1 - k])).every(Boolean);
    if (a && !verse && wrapsAcrossBlocks(out[beforeAt], a, b, wrapWidths)) {
      out[at] = {
        ...a,
        text: joinWrapped(a.text, b.text),
        lines: [a.lines[0], b.lines[1]],
        // (over residue the two halves keep their own ranges: the residue's lines are furniture)
        spans: skipped ? [...a.spans, [b.lines[0], b.lines[1]]] : [...a.spans.slice(0, -1), [a.spans[a.spans.length - 1][0], b.lines[1]]],
        rawLines: [...a.rawLines, ...b.rawLines],
        joins: [...a.joins, { line: b.lines[0], kind: 'wrap' }],
      };
      continue;
    }
    out.push(b);
  }
  return joinTitleOverWrap(out, wrapWidths);
}

/** A document's kind at the end of its title (通知, 决定, 批复 …): the `doc-kind` cue of weights.ts. */
const DOC_KIND_END_RE = LEXICAL_CUES.find(([name]) => name === 'doc-kind')![1];

/**
 * True when two headline lines read as one document title wrapped (a government document's title
 * is 发文机关 + 关于 + 事由 + 的 + 文种: `云泽县人民政府办公室关于进一步做好高校毕业生等青年` /
 * `就业创业工作的通知`, `关于印发《…》的` / `通知`; a speech or report, …会议闭幕时的 / 讲话): the first
 * holds 关于 or ends with 的 (a modifier waiting for its noun, which no title ends with) and does not
 * end with a document's kind, the two together do, and neither has the punctuation of running text.
 */
export function wrapsDocumentTitle(a: string, b: string): boolean {
  return (/关于/u.test(a) || /的$/u.test(a)) && !DOC_KIND_END_RE.test(a) && DOC_KIND_END_RE.test(b) && !hasBodyPunctuation(a + b);
}

/**
 * Lines of a stack of headline lines (no running text) as blocks: each line its own block (a
 * kicker, title and subtitle stacked without blank lines), except where the evidence says one
 * headline wraps onto the next line: the line leaves a quotation open (`leavesQuoteOpen`) or ends
 * with an attributive particle (`awaitsItsNoun`: 一粒种子的 / “太空之旅”), the next line is a wrap's tail (`isWrapTail`), or the two read as one document title
 * (`wrapsDocumentTitle`).
 */
function stackBlocks(run: SourceLine[], texts: string[], gapBefore: number, group: number, column: number | null): Block[] {
  const out: Block[] = [];
  let cur: SourceLine[] = [];
  let text = '';
  let joins: Join[] = [];
  const flush = () => {
    if (!cur.length) return;
    const b = block('text', cur, text, out.length === 0 ? gapBefore : 0, group);
    b.joins = joins;
    out.push(b);
  };
  run.forEach((l, i) => {
    // …or the line above fills the document's column (a long subtitle wrapped: …各项工作　统筹做好 /
    // 就业教育医疗养老等民生工作…), unless it ends as a kicker does or a 文号 stands under it.
    const fills =
      column !== null &&
      lineWidth(run[i - 1]?.text ?? '') >= column - WRAP_FILL_SLACK &&
      !/[：:]$/u.test(texts[i - 1] ?? '') &&
      !DOC_NUMBER_LINE_RE.test(texts[i]);
    const wraps =
      cur.length > 0 &&
      (leavesQuoteOpen(texts[i - 1]) || awaitsItsNoun(texts[i - 1]) || isWrapTail(texts[i]) || fills || (cur.length === 1 && wrapsDocumentTitle(texts[i - 1], texts[i])));
    // (A line opening with a subtitle's dash, ——黄文彬当选理事长, starts the subtitle: no wrap.)
    if (wraps && !endsWithKickerDash(texts[i - 1]) && !opensWithSubtitleDash(texts[i])) {
      text = joinWrapped(text, texts[i]);
      cur.push(l);
      joins.push({ line: l.line, kind: 'wrap' });
      return;
    }
    flush();
    cur = [l];
    text = texts[i];
    joins = [];
  });
  flush();
  return out;
}

/**
 * Splits a run of non-blank lines (no furniture, no bylines) into blocks. `indentLost`: the
 * document is hard-wrapped and not one line of it is indented (`lostIndents`), so a block's first
 * line may be a paragraph's first line whose indent the OCR dropped: it is then full when it fills
 * the column with PARAGRAPH_INDENT_CELLS more.
 */
function splitRun(run: SourceLine[], gapBefore: number, group: number, column: number | null, indentLost = false, byWidth = false, overMessageCredit = false): Block[] {
  const texts = run.map((l) => l.text.trim());
  // A 目录's entries carry no punctuation but their dot leaders: running text, wrapped like it.
  const headlineStack = !texts.some((t) => hasBodyPunctuation(t) || hasTocLeader(t));
  if (run.length === 1) return [block('text', run, texts[0], gapBefore, group)];
  if (headlineStack) return stackBlocks(run, texts, gapBefore, group, column);
  const widths = run.map((l) => lineWidth(l.text));
  const width = columnWidth(widths);
  // How full each line is: its width, or for an indented line full of digits or Latin (a numbered
  // entry, a table row: 　　竞买人须于2026年12月17日17时前), its characters, each a cell: a text
  // hard-wrapped at a count of characters fills the column with them, not with their width.
  // (Not when the document is wrapped by width, `byWidth`: wrapsByWidth.)
  const fills = run.map((l, k) => (!byWidth && INDENT_RE.test(l.text) && halfWidthCount(l.text) >= HALF_WIDTH_FILL_MIN ? Math.max(widths[k], charCells(l.text)) : widths[k]));
  const blocks: Block[] = [];
  let cur: SourceLine[] = [run[0]];
  let text = texts[0];
  let joins: Join[] = [];
  const flush = (gap: number) => {
    const b = block('text', cur, text, gap, group);
    b.joins = joins;
    blocks.push(b);
  };
  // A numbered section head (line k, flush, 二、本次使用闲置募集资金进行现金管理的基本情) hard-wrapped at the
  // column with its tail alone on the next line (况), set flush over its text or its first sub-head:
  // the tail is short of the column, unpunctuated, ends no sentence, makes one headline with the
  // line above, and the line under it opens a paragraph (indented) or the next numbered head
  // (（一）投资目的). The zoo's disclosure-daily wrap layout (tester24, Dec 2026); a point of running
  // text wrapped so ends its sentence or carries its punctuation into the tail.
  const wrappedHeadTail = (k: number): boolean =>
    k + 2 < run.length &&
    fills[k] >= width * FULL_LINE_RATIO &&
    !INDENT_RE.test(run[k + 1].text) &&
    fills[k + 1] < width * FULL_LINE_RATIO &&
    !hasBodyPunctuation(texts[k + 1]) &&
    !endsSentence(texts[k + 1]) &&
    isHeadlineShaped(joinWrapped(texts[k], texts[k + 1])) &&
    (INDENT_RE.test(run[k + 2].text) || SECTION_NUMBER_RE.test(texts[k + 2]));
  // A line that ends a sentence with room left on it for the next line's first character (and the
  // opening marks before it) and SENTENCE_END_ROOM cells more ends its paragraph: a hard wrap would
  // have set that character on it.
  const endsShort = (k: number): boolean => {
    if (!endsSentence(texts[k]) || width < MIN_WRAP_WIDTH) return false;
    const first = /^[（(“‘《〈「『【]*./u.exec(texts[k + 1])?.[0] ?? '';
    return width - Math.max(widths[k], charCells(run[k].text)) >= visualLength(first) + SENTENCE_END_ROOM;
  };
  // The line of the headline of a box set into a paragraph cut mid-sentence (boxHeadNext), while the
  // box's list is read; -1 outside such a box.
  let boxAt = -1;
  for (let i = 0; i + 1 < run.length; i++) {
    // A paragraph's first line whose indent the OCR dropped (Tesseract's plain text keeps no
    // leading space): as wide as the column less the indent (城东街道森大蒂小区正在进行, 13 cells of
    // a 16-cell column). One that ends a sentence may be a paragraph of one line.
    const lostIndent = indentLost && cur.length === 1 && !endsSentence(texts[i]) ? PARAGRAPH_INDENT_CELLS : 0;
    const full = width >= MIN_WRAP_WIDTH && fills[i] + lostIndent >= width * FULL_LINE_RATIO;
    const nextIndented = INDENT_RE.test(run[i + 1].text);
    // A title set directly above the body: the first line of its block, not indented (a paragraph's
    // first line is, in indented layouts), headline-shaped, before a line of running text.
    // (Not a line that fills the document's column, once a lost indent is counted, and is no wider:
    // a headline is set in a larger face than the column's text, so fewer of its characters fit
    // the column. A flush line that fills it is a paragraph's line run on from a page or column
    // break: 期实地考察和专题调研的形式督促 at the top of a page of the harness's 3-column render,
    // over 问题解决。…)
    const fillsColumn = column !== null && widths[i] + lostIndent >= column * FULL_LINE_RATIO && widths[i] <= column + WRAP_FILL_SLACK;
    const headlineBeforeBody =
      cur.length === 1 &&
      !fillsColumn &&
      !INDENT_RE.test(run[i].text) &&
      isHeadlineShaped(texts[i]) &&
      !hasBodyPunctuation(texts[i]) &&
      // (or a line that opens a story with a lead-in, its credit's marks misread and no comma yet:
      // 研究部署二季度重点工作 / 本报讯 (记者”王峰 通讯员 / 李雅楠) 6月8日上午，…, the held-out
      // county paper in 3 columns, Tesseract's plain text)
      (hasBodyPunctuation(texts[i + 1]) || parseLeadIn(texts[i + 1]) !== null);
    // Two unpunctuated headline lines set flush over an indented paragraph (a kicker over its title,
    // 国家防总针对南方四省启动防汛四级应急响应 / 南方多地迎来新一轮强降雨 / 　　新华社北京6月20日电…):
    // the first is a headline of its own when it stops short of the column by more than
    // WRAP_FILL_SLACK, as in a headline stack (stackBlocks); a wrapped headline fills the column.
    // The first may carry a headline's colon and nothing else of running text (雁栖湖·云庭：一湖一城　湖居
    // 改善新标杆, 19 cells of 22, over 二期“湖景臻藏”组团即将加推: tester27's property-auto-weekly, Dec 2026).
    const headlineOverHeadline =
      cur.length === 1 &&
      column !== null &&
      widths[i] < column - WRAP_FILL_SLACK &&
      !INDENT_RE.test(run[i].text) &&
      !nextIndented &&
      isHeadlineShaped(texts[i]) &&
      !hasBodyPunctuation(texts[i].replace(/[：:]/gu, '')) &&
      !hasTocLeader(texts[i]) &&
      isHeadlineShaped(texts[i + 1]) &&
      !hasBodyPunctuation(texts[i + 1]) &&
      i + 2 < run.length &&
      INDENT_RE.test(run[i + 2].text);
    // The top line of a headline stack that is a whole couplet (wholeCouplet) as wide as the column,
    // over a shorter unpunctuated headline line (坚持团结和民主两大主题　积极建言资政凝聚共识 / 市政协六届三次
    // 会议隆重开幕, a kicker over its title): two units, not one headline wrapped (tester17's 两会特刊).
    const coupletOverHeadline =
      cur.length === 1 &&
      !INDENT_RE.test(run[i].text) &&
      !nextIndented &&
      wholeCouplet(texts[i]) &&
      isHeadlineShaped(texts[i + 1]) &&
      !hasBodyPunctuation(texts[i + 1]) &&
      !isWrapTail(texts[i + 1]) &&
      widths[i + 1] < widths[i];
    // The top line of a headline stack (the run's first line, or under a line that ends a sentence
    // or a credit's bracket) that fills the column, over a shorter headline-shaped line with the
    // punctuation of a deck (光电转换效率达33.9%，刷新同类器件纪录) and then an indented paragraph: a
    // title as long as the column over its subtitle, not one headline wrapped (of the zoo's
    // headlines wrapped at the top of their stack, Dec 2026, none has a comma only in its tail).
    // Two units, weighed by the structure model (the assembly joins two title lines as one title).
    const titleOverDeck =
      cur.length === 1 &&
      (i === 0 || endsSentence(texts[i - 1]) || /[）)]$/u.test(texts[i - 1])) &&
      !INDENT_RE.test(run[i].text) &&
      !nextIndented &&
      isHeadlineShaped(texts[i]) &&
      !hasBodyPunctuation(texts[i]) &&
      !endsWithKickerDash(texts[i]) &&
      isHeadlineShaped(texts[i + 1]) &&
      hasBodyPunctuation(texts[i + 1]) &&
      !endsSentence(texts[i + 1]) &&
      fills[i + 1] < width * FULL_LINE_RATIO &&
      i + 2 < run.length &&
      INDENT_RE.test(run[i + 2].text);
    // A headline after a line that ends a story or sentence (…。（记者 孙丽） / 。), or after a
    // kicker ending in ——: short, unpunctuated and not itself the end of a sentence.
    // A numbered cross-head (一、总体要求, （一）…, 1.…) counts its number's mark as no punctuation.
    const nextText = texts[i + 1].replace(SECTION_NUMBER_RE, '');
    // The run's last line may carry a headline's colon (“老检车员”郑国平：三十年守护…, 某车务段：“小站”
    // 也有大作为) when it ends no sentence and has no other mark of running text (，、。；！？).
    const lastHeadline = i + 2 === run.length && !endsSentence(texts[i + 1]) && !/[，。；！？、,;!?]/u.test(texts[i + 1]);
    // …or, right over a message's credit line (`overMessageCredit`: 网友“X”　留言编号：…, credit-lexicon.ts
    // MESSAGE_CREDIT_RE, which a 民生·问政 page prints under each message's headline), a headline's comma
    // and question mark (早高峰K12路公交间隔太长，能否加密班次？ under the reply above, …感谢您的关心！):
    // a message's headline, never the tail of the reply above it (tester26's wenzheng-page, Dec 2026).
    const headOverMessage = overMessageCredit && i + 2 === run.length && endsSentence(texts[i]) && !INDENT_RE.test(run[i + 1].text);
    // A numbered cross-head after a finished sentence, set flush over an indented paragraph
    // (…着力点。 / 二、聚焦民生，在依法监督中回应群众期盼 / 　　城乡供水…; 二、任命： over 　　方晓岚为…):
    // a head of its own even when it fills the column; a numbered point run into its paragraph
    // continues flush on the next line instead.
    const numberedHead =
      (endsSentence(texts[i]) || /[）)]$/u.test(texts[i])) &&
      SECTION_NUMBER_RE.test(texts[i + 1]) &&
      /\p{Script=Han}/u.test(texts[i + 1].replace(SECTION_NUMBER_RE, '')) &&
      !INDENT_RE.test(run[i + 1].text) &&
      !/[。；！？;!?]/u.test(texts[i + 1]) &&
      i + 2 < run.length &&
      (INDENT_RE.test(run[i + 2].text) || wrappedHeadTail(i + 1));
    // A bracketed note opening its own line under a headline line (a title, then its adoption note
    // （2024年6月27日…会议通过） or date （2023年5月6日）): the note starts a unit of its own, even
    // when the title fills the column.
    const noteUnder =
      cur.length === 1 &&
      !INDENT_RE.test(run[i].text) &&
      /^[（(]/u.test(texts[i + 1]) &&
      isHeadlineShaped(texts[i]) &&
      !hasBodyPunctuation(texts[i]) &&
      !/[（(][^）)]*$/u.test(texts[i]);
    // A headline line set flush between indented paragraphs (an indented layout: …治理格局。 /
    // 创新工作方式，提升治理效能 / 　　基层治理…): a head of its own though it carries a headline's
    // comma, as the run's last line may; a wrapped paragraph's line under a finished sentence
    // ends one itself or fills the column.
    const flushOverIndent = !nextIndented && i + 2 < run.length && INDENT_RE.test(run[i + 2].text);
    // A column label in 【】 opening the line after a finished sentence, the words after it shaped
    // like a headline (…两名大学生。 / 【民族团结进步】曲登村干部牧民“结对认亲”暖 / 人心): a headline
    // printed with its label, however full the line (a long title wraps at the column in hard-wrapped
    // text); running text does not open a line with a bracketed label.
    const labelAfter = LABELLED_HEADLINE_RE.exec(texts[i + 1]);
    const labelledHead =
      labelAfter !== null &&
      endsSentence(texts[i]) &&
      !nextIndented &&
      isHeadlineShaped(labelAfter[1]) &&
      !hasBodyPunctuation(labelAfter[1]);
    const headlineAfter =
      numberedHead ||
      noteUnder ||
      labelledHead ||
      (endsWithKickerDash(texts[i]) ||
        ((endsSentence(texts[i]) || /[）)]$/u.test(texts[i]) || splitTrailingCredit(texts[i]) !== null) &&
          fills[i + 1] < width * FULL_LINE_RATIO)) &&
      (!hasBodyPunctuation(nextText) || lastHeadline || headOverMessage || (flushOverIndent && endsSentence(texts[i]) && !endsSentence(texts[i + 1]))) &&
      isHeadlineShaped(texts[i + 1]);
    // A document number on a line of its own (云政发〔2023〕5号) under a document's title continues nothing.
    // …and a paragraph line (punctuated, not a headline) does not run on into a document's title
    // set over its 文号 (a list of names ending without a stop, then 某县人民政府关于…的通知 / 文号).
    const docNumberNext =
      DOC_NUMBER_LINE_RE.test(texts[i + 1]) ||
      (i + 2 < run.length && DOC_NUMBER_LINE_RE.test(texts[i + 2]) && hasBodyPunctuation(texts[i]) && !isHeadlineShaped(texts[i]) && isHeadlineShaped(texts[i + 1]));
    // Nor does a numbered cross-head printed flush under a paragraph (二、突出重点，全力打造一流营商环境
    // under …还有不小差距。, 二、先进个人（30名） under a list of names with no stop): a line shorter
    // than the column that opens with a section number, its words after it shaped like a headline,
    // ending no sentence. A wrapped paragraph line that happens to open so (…共有 / 二、三十人参加。)
    // ends a sentence or fills the column.
    const numberedNext =
      SECTION_NUMBER_RE.test(texts[i + 1]) &&
      !nextIndented &&
      widths[i + 1] < width * FULL_LINE_RATIO &&
      !endsSentence(texts[i + 1]) &&
      isHeadlineShaped(nextText);
    // Nor does the headline of a box set into the paragraph where it was cut (…各單位要 / 安全小貼士 /
    // 　　一、駕駛叉車時…): a flush headline line, no mark of running text, over an indented entry of a
    // list (numbered or bulleted), under a line that stops mid-sentence. A paragraph's last line under
    // which its next paragraph starts ends the paragraph's sentence; the box's list of points is no
    // rest of it (the zoo's hk-enterprise-newsletter, one paragraph a line).
    // (Not the wrapped tail of a point of that list itself: ●每股分配比例：A股每股现金红利0.35元 / （含税） /
    // 　　●差异化分红送转：否, a paragraph opening with the same kind of mark as the entry under the line;
    // the zoo's disclosure-daily, tester24, Dec 2026.)
    const boxHeadNext =
      !nextIndented &&
      !endsSentence(texts[i]) &&
      !(listEntryKind(text) !== null && i + 2 < run.length && listEntryKind(text) === listEntryKind(texts[i + 2])) &&
      i + 2 < run.length &&
      INDENT_RE.test(run[i + 2].text) &&
      LIST_ENTRY_RE.test(texts[i + 2]) &&
      !LIST_ENTRY_RE.test(texts[i + 1]) &&
      isHeadlineShaped(texts[i + 1]) &&
      !hasBodyPunctuation(texts[i + 1]) &&
      !endsSentence(texts[i + 1]);
    // …and the story's rest after that box's list does not run on from its last point (…各單位要 / 安全小貼士
    // / 　　一、… 二、… / 　　三、發現火警立即按動警鐘，並撥打999報警。 / 結合實際，組織消防演習…): a flush line
    // that opens no entry, under an indented entry of the box whose line ends its sentence, is where the
    // cut sentence goes on, not the point's next line, however full the point's line (a hard wrap sets the
    // rest flush, as a point's wrapped line; the blank and indent layouts print it as a paragraph of its
    // own: the zoo's hk-enterprise-newsletter, Dec 2026). Only inside a box read under a cut paragraph.
    const boxRestNext =
      boxAt >= 0 &&
      i > boxAt &&
      INDENT_RE.test(cur[0].text) &&
      LIST_ENTRY_RE.test(text) &&
      endsSentence(texts[i]) &&
      !nextIndented &&
      !LIST_ENTRY_RE.test(texts[i + 1]);
    // Nor does a list group's head with its count (一等奖（5名） / 二等奖（8名） under a row of names with no
    // stop: weights.ts COUNT_HEAD_RE), set flush: a head of its own however full the row above it.
    const countHeadNext = !nextIndented && COUNT_HEAD_RE.test(texts[i + 1]) && !endsSentence(texts[i]);
    // Nor does a document's signature: a date alone (2023年4月28日), or a short unpunctuated line
    // (the issuing body) over a bare date (a date in brackets, （2024年6月27日）, is a speech's date
    // under its title, and the line above it may be the title's wrapped tail: …闭幕时的 / 讲话).
    // (Bodies that sign jointly stand one over the other over the date, each named as a body signs,
    // weights.ts SIGNER_RE: 柳溪村村民委员会 / 柳溪村村务监督委员会 / 2024年3月1日, up to MAX_JOINT_SIGNERS.)
    const signerLine = (t: string) => visualLength(t) <= MAX_SIGNATURE_LENGTH && !hasBodyPunctuation(t);
    let dateAt = i + 2;
    while (dateAt < run.length && dateAt - i - 1 < MAX_JOINT_SIGNERS && SIGNER_RE.test(texts[dateAt - 1]) && !isDateOnlyLine(texts[dateAt])) dateAt++;
    const signatureNext =
      isDateOnlyLine(texts[i + 1]) ||
      (dateAt < run.length &&
        isDateOnlyLine(texts[dateAt]) &&
        !/^[（(]/u.test(texts[dateAt]) &&
        signerLine(texts[i + 1]) &&
        (dateAt === i + 2 || texts.slice(i + 1, dateAt).every((t) => signerLine(t) && SIGNER_RE.test(t))));
    // A headline or kicker wrapped in a narrow column: the line leaves a quotation open
    // (…开展“大 / 地美容”行动，…), or a headline line is followed by its last character alone.
    const wrapsOn =
      !nextIndented &&
      !endsWithKickerDash(texts[i]) &&
      ((leavesQuoteOpen(texts[i]) && !endsSentence(texts[i])) ||
        (awaitsItsNoun(texts[i]) && !INDENT_RE.test(run[i].text) && isHeadlineShaped(texts[i + 1]) && !hasBodyPunctuation(texts[i + 1])) ||
        // (a headline is set flush: an indented short line is a line of verse, the character under it a head of its own)
        (isWrapTail(texts[i + 1]) && !INDENT_RE.test(run[i].text) && isHeadlineShaped(texts[i]) && !hasBodyPunctuation(texts[i])));
    // A table of contents' entry wrapped by a hard wrap: its page number alone on the next line
    // (…的批复（汀政函〔2023〕22号）……………… / 8, indented or not) is the entry's; a line that ends
    // with the dot leaders and the page number ends its entry (the next line is the next entry or
    // a heading of the contents, 【人事任免】, however full the line).
    const tocPageNext = endsWithTocLeader(texts[i]) && /^[0-9０-９]{1,3}$/u.test(texts[i + 1]);
    // The next point of a numbered list after the point before it ends its sentence (1.进入高原前
    // 一周保证充足睡眠，避免感冒。 / 2.抵达后头两天不要洗澡，…): each point is a paragraph, though no
    // indent sets it apart and the line above nearly fills the column (hard-wrapped text whose
    // indents the OCR dropped). The paragraph read so far opens with the number before it, in the
    // same style.
    const nextPoint = NUMBERED_POINT_RE.exec(texts[i + 1]);
    const ownPoint = NUMBERED_POINT_RE.exec(text);
    const pointNext =
      nextPoint !== null &&
      ownPoint !== null &&
      endsSentence(texts[i]) &&
      nextPoint[2] === ownPoint[2] &&
      Number(nextPoint[1]) === Number(ownPoint[1]) + 1;
    // The next item of a bulleted column (■ 区体育馆周末开放…。（王芳） / ■ 区文化馆…) after the item
    // before it ends its sentence or its bracketed signature: each item is a paragraph of its own,
    // though set flush and the line above fills the column (a briefs strip whose indents the
    // layout or the OCR dropped). A bullet opening a wrapped line mid-sentence stays in it.
    const bulletNext =
      ITEM_BULLET_RE.test(texts[i + 1]) && (endsSentence(texts[i]) || /[）)]$/u.test(texts[i]) || splitTrailingCredit(texts[i]) !== null);
    const tocEntryDone = endsTocEntry(texts[i]);
    // A 版记 line (报送：…, 抄送：…, 报：…, 送：…, 发：…) set flush after a finished sentence starts a line
    // of its own: the list of addressees above it is done, however full its last line (an issue's
    // 版记 under the last item's paragraph, or one 版记 line under the other).
    // So does the head of a piece's notes, a whole line (注释：, 参考文献：: weights.ts cue notes-head) over them.
    const colophonNext = !nextIndented && endsSentence(texts[i]) && (COLOPHON_HEAD_RES.some((re) => re.test(texts[i + 1])) || NOTES_HEAD_RES.some((re) => re.test(texts[i + 1])));
    // A line in a national script alone (a Tibetan title's translation) and a Chinese line are never
    // one paragraph wrapped (rejoin.ts reads breaks so too).
    const scriptChange = nationalOnly(texts[i]) !== nationalOnly(texts[i + 1]);
    // A line opening with a subtitle's dash (——黄文彬当选理事长　菲华社团代表八百余人) under a headline read
    // so far (flush, headline-shaped, unpunctuated) starts the subtitle: a title as wide as the column
    // is no wrapped headline then (tester13's 侨报, finding 1). In running text a wrapped line may
    // open with a dash; the paragraph above it is indented or punctuated.
    // A headline's one comma (“流量”来了，“留量”怎么办 / ——我省乡村旅游发展调查) does not make it running
    // text when it is one printed line short of the document's column: a paragraph's line under which
    // a line opens with a dash fills the column or ends its sentence (tester21's weekend edition, Dec 2026).
    const subtitleNext =
      opensWithSubtitleDash(texts[i + 1]) &&
      !INDENT_RE.test(cur[0].text) &&
      isHeadlineShaped(text) &&
      (!hasBodyPunctuation(text) || (cur.length === 1 && !fillsColumn && !endsSentence(text)));
    if (tocPageNext || (!tocEntryDone && !pointNext && !bulletNext && !scriptChange && !subtitleNext && !colophonNext && (((wrapsOn || (full && !nextIndented && !endsShort(i) && !headlineBeforeBody && !headlineAfter && !headlineOverHeadline && !titleOverDeck && !coupletOverHeadline)) && !docNumberNext && !signatureNext && !numberedNext && !countHeadNext && !boxHeadNext && !boxRestNext) || bracketWrapped(texts[i], texts[i + 1])))) {
      // (An ideographic space printed at the end of the line, the wrap falling right after it, is kept:
      // it stands between two cells of the line, 何晓雯　 / 邓志远 of a row of names, as printed.)
      text = joinWrapped(text + (/[^\s\u3000]\u3000$/u.test(run[i].text) ? '\u3000' : ''), texts[i + 1]);
      cur.push(run[i + 1]);
      joins.push({ line: run[i + 1].line, kind: 'wrap' });
    } else {
      // (the box's headline, then its indented entries; anything else ends the box)
      if (boxHeadNext) boxAt = i + 1;
      else if (boxRestNext || !(INDENT_RE.test(run[i + 1].text) && LIST_ENTRY_RE.test(texts[i + 1]))) boxAt = -1;
      flush(blocks.length === 0 ? gapBefore : 0);
      cur = [run[i + 1]];
      text = texts[i + 1];
      joins = [];
    }
  }
  flush(blocks.length === 0 ? gapBefore : 0);
  return blocks;
}

/** The lines that open a 版记's list (structure/weights.ts cues report-to, copy-to: 报送：, 抄送：, 报：, 送：, 发：). */
const COLOPHON_HEAD_RES: readonly RegExp[] = LEXICAL_CUES.filter(([name]) => name === 'report-to' || name === 'copy-to').map(([, re]) => re);

/** The head of a piece's notes alone on its line (structure/weights.ts cue notes-head: 注释：, 参考文献：). */
const NOTES_HEAD_RES: readonly RegExp[] = LEXICAL_CUES.filter(([name]) => name === 'notes-head').map(([, re]) => re);

/** A numbered point's opening: its number (group 1) and the mark after it (group 2): 1. 2、 3． (not 2.5). */
const NUMBERED_POINT_RE = /^([0-9]{1,2})([.．、])(?![0-9])/u;
/** An entry of a list: a numbered point (一、, 1., （一）: SECTION_NUMBER_RE) or a bulleted one (ITEM_BULLET_RE). */
const LIST_ENTRY_RE = new RegExp(`${SECTION_NUMBER_RE.source}|${ITEM_BULLET_RE.source}`, 'u');

/** The kind of list entry a line opens (a bulleted point, ITEM_BULLET_RE, or a numbered one, SECTION_NUMBER_RE), or null. */
function listEntryKind(t: string): 'bullet' | 'numbered' | null {
  return ITEM_BULLET_RE.test(t) ? 'bullet' : SECTION_NUMBER_RE.test(t) ? 'numbered' : null;
}

/** A line opening with a column label in 【】, 〔〕, 〖〗 or ［］ (1-10 characters; weights.ts TITLE_LABEL_RE) and then words: group 1 the words. */
const LABELLED_HEADLINE_RE = /^(?:【[^【】]{1,10}】|［[^［］]{1,10}］|〖[^〖〗]{1,10}〗|〔[^〔〕\d０-９]{1,10}〕)[\s\u3000]*(\S.*)$/u;

/**
 * True when line i stands apart as a byline does through OCR (its marks misread or lost): before
 * it the page start, a blank line, furniture or a line that ends a sentence; after it the end, a
 * blank line or furniture (a paragraph's last line is not set apart from its paragraph), or
 * anything when the line is `framed` (marks at both ends) or too short to wrap into the next line.
 */
function standsAlone(lines: SourceLine[], i: number, framed: boolean): boolean {
  const prev = i > 0 ? lines[i - 1].text.trim() : '';
  const next = i + 1 < lines.length ? lines[i + 1].text.trim() : '';
  const prevOk = !prev || classifyFurniture(prev) !== null || endsSentence(prev) || /[）)]$/u.test(prev);
  // A line at most half as wide as the line under it wraps into nothing: it is a paragraph of its
  // own (Tesseract's plain text of a 3-column page runs a byline into the next column's first
  // line: 意的精品工程。 / 崇组宣. / 动环境质量持续改善。作为环).
  const short = !!next && 2 * lineWidth(lines[i].text.trim()) <= lineWidth(next);
  return prevOk && (framed || short || !next || classifyFurniture(next) !== null);
}

/**
 * True when line `t`, a short note in brackets alone on its line ((含税), (含本数), (暂定)), is the
 * tail of the paragraph line right above it that a hard wrap pushed down: that line (the last of
 * `run`) is running text (body punctuation) as wide as the document's `column` (FULL_LINE_RATIO)
 * and stops mid-sentence (no stop, no closing bracket), and the bracket holds no role and no
 * personal name (parseCreditLine reads it only as a name of any shape, as a brief's closer
 * （央金） is read after its last sentence). A narrow column sets a bracketed group whole on the next
 * line (●每股分配比例：A股每股现金红利0.35元 / （含税）: the zoo's disclosure-daily, tester24, Dec 2026);
 * a credit in brackets closes a finished sentence or stands under a headline, never cuts a sentence.
 */
function wrappedAside(run: readonly SourceLine[], t: string, column: number | null): boolean {
  if (!run.length || column === null || !/^[（(][^（）()]+[）)]$/u.test(t)) return false;
  const prev = run[run.length - 1].text;
  const p = prev.trim();
  if (!hasBodyPunctuation(p) || endsSentence(p) || /[）)]$/u.test(p) || lineWidth(prev) < column * FULL_LINE_RATIO) return false;
  const credits = parseCreditLine(t);
  return credits !== null && credits.every((c) => !c.role && !isPersonalName(c.name));
}

/** True when a byline-shaped line kept a mark at both ends (`'崇组宣.`): what follows it may be anything. */
function bothEnds(line: string): boolean {
  const f = bylineFrame(line);
  return f !== null && f.lead !== '' && f.tail !== '';
}

/** A line's text without spaces (the key of repeated page heads). */
function squeezeLine(t: string): string {
  return t.replace(/[\s\u3000]+/gu, '');
}

/**
 * A bare number read as a folio (furniture.ts: `4`) with lines of text right above and right below
 * it (blank lines aside) and no page break there is no folio: a folio stands at a page's edge, by
 * its running head or the page break. It is OCR residue (a digit Tesseract read in a bold title's
 * strokes, `县委常委会召开` / `4` / `扩大会议`, the held-out county paper of scripts/ocr), filed as
 * `noise` (kept), so that the headline line above it is not read as set between page furniture.
 * Right under a line ending in a digit it is the tail of a number the wrap cut (text). Changes `kinds` in place.
 */
function inTextNumbersAsNoise(lines: SourceLine[], kinds: (FurnitureKind | null)[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'folio' || !/^\d{1,3}$/u.test(lines[i].text.trim()) || lines[i].text.startsWith('\f')) continue;
    let a = i - 1;
    while (a >= 0 && !lines[a].text.trim()) a--;
    let b = i + 1;
    while (b < lines.length && !lines[b].text.trim()) b++;
    // (a page number after a contents entry's leader, ………　8, is that entry's, left as it is)
    if (a < 0 || b >= lines.length || kinds[a] !== null || kinds[b] !== null || lines[b].text.startsWith('\f') || hasTocLeader(lines[a].text)) continue;
    // Right under a line that ends inside a number (…　0000-6610 / 001: a phone number, an amount cut by the
    // wrap), with no blank line between, it is that number's wrapped tail: text (tester27's price table).
    kinds[i] = a === i - 1 && /[0-9０-９][-－]?$/u.test(lines[a].text.trimEnd()) ? null : 'noise';
  }
}

/**
 * A page number with its section letter (furniture.ts LETTER_FOLIO_RE: A14, B3) read as a folio is
 * one at a page's edge: the first or last line of the file, or right by other page furniture (its
 * running head, the next page's head) or a page break. Between lines of text it is one only when
 * the document bears it out: a running head prints the same page code (滨江晚报　…　A15　便民服务),
 * or another line is a page code of the same letter (the A14, A15, A16 of one section's pages).
 * Otherwise it is text as printed (a hard-wrapped G20 of a sentence). Changes `kinds` in place.
 */
function letterFoliosInText(lines: SourceLine[], kinds: (FurnitureKind | null)[]): void {
  const code = (t: string) => t.normalize('NFKC').replace(/\s+/gu, '');
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) if (kinds[i] === 'folio' && LETTER_FOLIO_RE.test(lines[i].text.trim())) at.push(i);
  if (at.length === 0) return;
  const letters = new Map<string, number>();
  for (const i of at) {
    const l = code(lines[i].text)[0];
    letters.set(l, (letters.get(l) ?? 0) + 1);
  }
  const heads = lines.filter((l, i) => kinds[i] === 'running-head').map((l) => l.text.normalize('NFKC'));
  for (const i of at) {
    let a = i - 1;
    while (a >= 0 && !lines[a].text.trim()) a--;
    let b = i + 1;
    while (b < lines.length && !lines[b].text.trim()) b++;
    if (a < 0 || b >= lines.length || kinds[a] !== null || kinds[b] !== null || lines[i].text.startsWith('\f') || lines[b].text.startsWith('\f')) continue;
    const c = code(lines[i].text);
    const inHead = heads.some((h) => new RegExp(`(?:^|[^A-Za-z0-9])${c}(?![0-9])`, 'u').test(h));
    if (inHead || (letters.get(c[0]) ?? 0) >= 2) continue;
    kinds[i] = null;
  }
}

/**
 * Texts of the lines printed at a page boundary (the non-blank line right after or right before a
 * folio) RUNNING_HEAD_REPEAT_MIN times or more: a running head in a form furniture.ts does not know.
 * Only short lines with no sentence punctuation that are not furniture already count. `kinds` holds
 * classifyFurniture of each line (null for blank lines).
 */
function repeatedPageHeads(lines: SourceLine[], kinds: (FurnitureKind | null)[]): Set<string> {
  const counts = new Map<string, number>();
  const seen = new Set<number>();
  const count = (i: number) => {
    if (i < 0 || i >= lines.length || seen.has(i) || kinds[i] !== null) return;
    const t = lines[i].text.trim();
    if (!t || visualLength(t) > MAX_RUNNING_HEAD_LENGTH || /[，。；！？,;!?“”]/u.test(t)) return;
    seen.add(i);
    const key = squeezeLine(t);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'folio') continue;
    let a = i - 1;
    while (a >= 0 && !lines[a].text.trim()) a--;
    let b = i + 1;
    while (b < lines.length && !lines[b].text.trim()) b++;
    count(a);
    count(b);
  }
  return new Set([...counts].filter(([, n]) => n >= RUNNING_HEAD_REPEAT_MIN).map(([k]) => k));
}

/**
 * The document's column width for hard-wrapped text (visual cells): the column width
 * (`columnWidth`) of its lines of running text (those with the punctuation of running text, no
 * furniture), or null when that is under MIN_WRAP_WIDTH or there are fewer than three such lines.
 * A file of one line per paragraph gives its paragraphs' length, which no headline line reaches.
 */
function textColumn(lines: SourceLine[], kinds: (FurnitureKind | null)[]): number | null {
  const widths = lines.filter((l, i) => kinds[i] === null && hasBodyPunctuation(l.text)).map((l) => lineWidth(l.text));
  if (widths.length < 3) return null;
  const w = columnWidth(widths);
  return w >= MIN_WRAP_WIDTH ? w : null;
}

/**
 * True when the document is hard-wrapped by width (cells), not by a count of characters: at least
 * WIDTH_WRAP_EVIDENCE_MIN lines of text (not furniture) fill the `column` (within WRAP_FILL_SLACK)
 * and hold more characters than it has cells (half-width digits and Latin counted one each).
 */
function wrapsByWidth(lines: SourceLine[], kinds: (FurnitureKind | null)[], column: number | null): boolean {
  if (column === null) return false;
  let n = 0;
  for (let i = 0; i < lines.length && n < WIDTH_WRAP_EVIDENCE_MIN; i++) {
    if (kinds[i] !== null || !lines[i].text.trim()) continue;
    const w = lineWidth(lines[i].text);
    if (w >= column * FULL_LINE_RATIO && w <= column + WRAP_FILL_SLACK && charCells(lines[i].text) > column + WRAP_FILL_SLACK) n++;
  }
  return n >= WIDTH_WRAP_EVIDENCE_MIN;
}

/**
 * True when no line of running text (not furniture) is indented: the OCR dropped the indents of a
 * hard-wrapped document (Tesseract's plain text starts every line at its first character), so
 * paragraph starts are not told by indents. Whole-document evidence: one indented line says the
 * indents were kept.
 */
function lostIndents(lines: SourceLine[], kinds: (FurnitureKind | null)[]): boolean {
  return !lines.some((l, i) => kinds[i] === null && l.text.trim() !== '' && INDENT_RE.test(l.text));
}

/**
 * True when the VERSE_CONTEXT_LINES non-blank lines above line `i` and those below it are lines of
 * verse: story text (not furniture) of 2 to VERSE_MAX_LENGTH visual characters, Han in them, none
 * filling the document's `column` (FULL_LINE_RATIO).
 */
function amidVerse(lines: SourceLine[], kinds: (FurnitureKind | null)[], i: number, column: number | null): boolean {
  const verseAt = (j: number) => {
    const t = lines[j].text.trim();
    const n = visualLength(t);
    // (a line that fills the document's column is a wrapped line of running text, however narrow
    // the column: a 3-column page's 16 cells are verse-short)
    if (column !== null && lineWidth(lines[j].text) >= column * FULL_LINE_RATIO) return false;
    return kinds[j] === null && n >= 2 && n <= VERSE_MAX_LENGTH && /\p{Script=Han}{2}/u.test(t);
  };
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let j = i + step; j >= 0 && j < lines.length && seen < VERSE_CONTEXT_LINES; j += step) {
      if (!lines[j].text.trim()) continue;
      if (!verseAt(j)) return false;
      seen++;
    }
    if (seen < VERSE_CONTEXT_LINES) return false;
  }
  return true;
}

/** The lexical cues (structure/weights.ts LEXICAL_CUES) of a credit note that names the piece's author, source or end. */
const CREDIT_NOTE_CUES: readonly RegExp[] = LEXICAL_CUES.filter(([name]) =>
  ['author-unit', 'author-note', 'reprint-source', 'source-note', 'wire-end', 'end-mark'].includes(name),
).map(([, re]) => re);
/**
 * A credit line wrapped onto the next line at a narrow column's edge (a tabloid's 11-character
 * measure): line `i` and the next line (a blank line between them at most, as hOCR and ALTO set two
 * lines of a right-set credit apart) are no credit line each, the second no longer than the first,
 * and joined as a wrap (`joinWrapped`) they read as one (`parseCreditLine`) whose every credit has a
 * press or work role (文/记者　卢晓婷　图/记 / 者　郜　川: the 4-column render of the OCR harness's
 * metro-evening paper, in its text as drawn and through Tesseract). Returns the joined text and the
 * second line's index, or null.
 */
function wrappedCreditLine(lines: SourceLine[], kinds: (FurnitureKind | null)[], i: number): { text: string; next: number } | null {
  const t = lines[i].text.trim();
  if (visualLength(t) > MAX_CREDIT_LINE_LENGTH || CLAUSE_MARK_RE.test(t) || parseCreditLine(t)) return null;
  let j = i + 1;
  if (j < lines.length && !lines[j].text.trim()) j++;
  if (j >= lines.length || (kinds[j] !== null && kinds[j] !== 'noise')) return null;
  const u = lines[j].text.trim();
  if (!u || visualLength(u) > visualLength(t) || CLAUSE_MARK_RE.test(u) || parseCreditLine(u)) return null;
  const text = joinWrapped(t, u);
  if (visualLength(text) > MAX_CREDIT_LINE_LENGTH) return null;
  const credits = parseCreditLine(text);
  return credits?.length && credits.every((c) => isPressRole(c.role)) ? { text, next: j } : null;
}

/** Marks of a sentence's clauses, full- and half-width: running text, never a credit line (wrappedCreditLine). */
const CLAUSE_MARK_RE = /[。，！？；,!?;]/u;

/** A whole line in brackets read as a credit note (CREDIT_NOTE_CUES). */
function isCreditNoteLine(t: string): boolean {
  return /^[（(].*[）)]$/u.test(t) && CREDIT_NOTE_CUES.some((re) => re.test(t));
}
/** A stop inside a closing quote (text.ts SENTENCE_STOP): …。”, …."(typed half-width). */
const STOP_IN_QUOTE_END_RE = new RegExp(`${SENTENCE_STOP}[”’」』"]$`, 'u');
/** A line that ends a sentence or a quotation: what a story's last line ends with before its credit note. */
function closesText(t: string): boolean {
  return endsSentence(t) || STOP_IN_QUOTE_END_RE.test(t);
}

/**
 * Splits normalised lines into blocks: `furniture` (running heads, folios, editor lines, jump
 * markers), `byline` (a line that is only a byline or credit) and `text` (a paragraph or a headline
 * line). Blank and whitespace-only lines separate blocks and are not kept (they hold no text).
 */
export function splitBlocks(lines: SourceLine[]): Block[] {
  const kinds = lines.map((l) => (l.text.trim() ? classifyFurniture(l.text.trim()) : null));
  inTextNumbersAsNoise(lines, kinds);
  letterFoliosInText(lines, kinds);
  markWeatherBoxes(lines, kinds);
  markIndexBoxes(lines, kinds);
  markCoverLines(lines, kinds);
  markNamedPageHeads(lines, kinds);
  const pageHeads = repeatedPageHeads(lines, kinds);
  const column = textColumn(lines, kinds);
  const indentLost = column !== null && lostIndents(lines, kinds);
  const byWidth = wrapsByWidth(lines, kinds, column);
  const out: Block[] = [];
  let run: SourceLine[] = [];
  let gap = 0;
  let runGap = 0;
  let group = 0;
  const flushRun = (overMessageCredit = false) => {
    if (run.length) {
      for (const b of splitRun(run, runGap, group, column, indentLost, byWidth, overMessageCredit)) out.push(...splitJumps(b));
      group++;
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const t = l.text.trim();
    if (!t) {
      flushRun();
      gap++;
      continue;
    }
    let furniture = kinds[i] ?? (pageHeads.has(squeezeLine(t)) ? 'running-head' : null);
    // A character or two left alone by a wrap (a long title's last character: 的通 / 知) is no OCR
    // noise when the line above is a full printed line of text that ends no sentence; nor is a
    // headline's last character alone under a headline line (喜迎六一 快乐成 / 长, a narrow column).
    // A lone character between lines of verse (a poem's one-character title between two stanzas:
    // …它都横在我的梦里 / 灯 / 父亲点亮的那盏煤油灯…) is printed text, not OCR noise.
    if (furniture === 'noise' && /^\p{Script=Han}$/u.test(t) && amidVerse(lines, kinds, i, column)) furniture = null;
    if (furniture === 'noise' && run.length) {
      const prev = run[run.length - 1].text;
      const p = prev.trim();
      if (/^\p{Script=Han}{1,2}$/u.test(t) && lineWidth(prev) >= MIN_WRAP_WIDTH && !endsSentence(p)) furniture = null;
      else if (isWrapTail(t) && isHeadlineShaped(p) && !hasBodyPunctuation(p)) furniture = null;
    } else if (furniture === 'noise' && gap === 1 && i >= 2 && kinds[i - 2] === null && isWrapTail(t)) {
      // …and one blank line under it, as Tesseract's plain text sets the lines of a large headline
      // (筑牢坚固屏障 保障群众安 / (blank) / 全): joinHeadlineWraps joins the two.
      const p = lines[i - 2].text.trim();
      if (p && isHeadlineShaped(p) && !hasBodyPunctuation(p)) furniture = null;
    }
    // A bare number right under a line that ends in dot leaders (…批复（汀政函〔2023〕22号）……………… / 8)
    // is that table-of-contents entry's page number, wrapped onto a line of its own: no folio.
    if (furniture === 'folio' && run.length && /^[0-9０-９]{1,3}$/u.test(t) && endsWithTocLeader(run[run.length - 1].text)) furniture = null;
    // A line the page geometry reads as residue of other lines (hOCR/ALTO: inside a headline's box,
    // between two lines of one headline) is noise whatever its text (geometry.ts).
    if (!furniture && l.geometry?.residue) furniture = 'noise';
    // (A trailer's source line, 来源：岚溪融媒, is a credit line of the piece above that names no one; a
    // message's or a reply's line on a 民生·问政 page, 网友“X”　留言编号：…, 回复单位：…　回复时间：…, a credit line.)
    const credit = furniture || wrappedAside(run, t, column) ? null : parseCreditLine(t) ?? (SOURCE_LINE_RE.test(t) || MESSAGE_CREDIT_RE.test(t) || (bylineLineScore(t) >= BYLINE_LINE_THRESHOLD && standsAlone(lines, i, bothEnds(t))));
    // A credit line wrapped at a narrow column's edge, the cut inside a role or a name
    // (文/记者　卢晓婷　图/记 / 者　郜　川, 文/记者　卢晓婷　图/通 / 讯员　秦嘉木): one byline unit of both lines.
    const wrapped = furniture || credit ? null : wrappedCreditLine(lines, kinds, i);
    if (wrapped) {
      flushRun();
      out.push(block('byline', [l, lines[wrapped.next]], wrapped.text, gap, group++));
      gap = 0;
      i = wrapped.next;
      continue;
    }
    if (furniture || credit) {
      flushRun(!furniture && MESSAGE_CREDIT_RE.test(t));
      const b = block(furniture ? 'furniture' : 'byline', [l], t, gap, group++);
      if (furniture) {
        b.furnitureKind = furniture;
        if (furniture === 'jump') {
          // A 导读 teaser (见第2版) points to a page but is no marker of a story's jump: no pairing.
          const m = findJumpMarkers(t)[0];
          if (m) b.jump = { direction: m.direction, page: m.page };
        }
      }
      out.push(b);
      gap = 0;
      continue;
    }
    // A credit note in brackets on a line of its own under a finished sentence ((作者单位：陆军某合成旅),
    // （作者系…）, （摘自《…》…）, （来源：…）, （新华社电）, （完）) closes the story above: in a hard-wrapped
    // layout it is no wrapped line of that paragraph but a unit of its own, as the other layouts print it.
    if (run.length && isCreditNoteLine(t) && closesText(run[run.length - 1].text.trim())) {
      flushRun();
      runGap = gap;
      run.push(l);
      flushRun();
      gap = 0;
      continue;
    }
    if (!run.length) runGap = gap;
    run.push(l);
    gap = 0;
  }
  flushRun();
  return joinHeadlineWraps(out);
}
