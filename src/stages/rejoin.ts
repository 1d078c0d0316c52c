/**
 * Stage 4: rejoin paragraphs that a page or column break cut in two (调研要求相 … 关单位).
 *
 * Evidence for a join between text block A and the next text block B (page furniture between them
 * is skipped; a byline or headline between them stops the join):
 * - A is running text (not headline-shaped) and does not end a sentence (。！？… or a closing quote);
 * - B is running text, and does not open with a lead-in (本报讯…) or a jump marker.
 * The join is recorded on the merged block as `word` when the segmenter finds a word across the
 * break (相|关 → 相关), else `page`. Joins across a headline (a story interrupted by another) are
 * the segmenter's business (`continuation`).
 */
import type { Block } from '../types.js';
import type { Segmenter } from '../nlp/jieba.js';
import { FULL_LINE_RATIO, JOIN_CONTEXT, MIN_WRAP_WIDTH, PARAGRAPH_INDENT_CELLS } from '../heuristics.js';
import { endsSentence, hasBodyPunctuation, isHeadlineShaped, nationalOnly, SENTENCE_STOP, startsWithDateline } from '../text.js';
import { parseLeadIn, splitTrailingCredit } from '../extract/bylines.js';
import { INDENT_RE, columnWidth, isHeadlineBlock, joinWrapped, leavesQuoteOpen, lineWidth } from './split-blocks.js';
import { LISTING_ROW_RE, NOTICE_TITLE_RE, RUN_IN_PICTURE_SOURCE_RE, TABLE_MIN_CELLS } from './structure/weights.js';
import { tableCells } from './structure/features.js';

/**
 * True when the segmenter cuts a word across the boundary between `left` and `right`
 * (looking at JOIN_CONTEXT characters on each side).
 */
export function wordAcrossBreak(left: string, right: string, seg: Segmenter): boolean {
  const l = [...left].slice(-JOIN_CONTEXT).join('');
  const r = [...right].slice(0, JOIN_CONTEXT).join('');
  if (!l || !r) return false;
  let pos = 0;
  for (const w of seg.cut(l + r)) {
    const end = pos + w.length;
    if (pos < l.length && end > l.length) return /\p{Script=Han}/u.test(w);
    pos = end;
  }
  return false;
}

/** True when the first quotation mark of `text` is a closing one (”’」』》): it ends a quotation opened before it. */
function closesQuote(text: string): boolean {
  const m = /[“”‘’「」『』《》]/u.exec(text);
  return m !== null && /[”’」』》]/u.test(m[0]);
}

/**
 * Whole-document evidence for reading one-line blocks of plain OCR text: the column width of its
 * hard-wrapped paragraphs (null when none), and whether no line of it is indented (the OCR dropped
 * every indent: Tesseract's plain text).
 */
interface Page {
  column: number | null;
  indentLost: boolean;
}

function pageOf(blocks: Block[]): Page {
  const widths = blocks.filter((b) => b.kind === 'text' && b.rawLines.length > 1).flatMap((b) => b.rawLines.slice(0, -1).map((l) => lineWidth(l.text)));
  const w = widths.length >= 3 ? columnWidth(widths) : 0;
  const indentLost = !blocks.some((b) => b.kind === 'text' && (b.indented || b.rawLines.some((l) => INDENT_RE.test(l.text))));
  return { column: w >= MIN_WRAP_WIDTH ? w : null, indentLost };
}

/**
 * A one-line block that is a line of running text, however headline-shaped: a line with a mark
 * of running text inside it (，、：), ending no sentence, that fills the column with its indent
 * (an indented paragraph's first line; an indented cross-head is short), or, in a hard-wrapped
 * document whose indents the OCR dropped, once a paragraph's indent (PARAGRAPH_INDENT_CELLS) is
 * counted: a paragraph's first line that the OCR set apart by a blank line (会议强调，各板块各部门要严格
 * / 按照区委部署要求…, Tesseract's plain text of a 3-column page), or a column's last line before
 * the break. A headline is set in a larger face than the column's text, so fewer of its
 * characters fit the column.
 */
function runningLine(b: Block, page: Page): boolean {
  if (page.column === null || b.kind !== 'text' || b.rawLines.length !== 1 || (!page.indentLost && !b.indented)) return false;
  const t = b.text.trim();
  if (endsSentence(t) || !hasBodyPunctuation(t)) return false;
  // (an indented line's width counts its indent: a paragraph's first line at a page's end,
  // 　　接下来,狼山镇街道人大工委将 over the break, the next page opening flush with 持续以…)
  return lineWidth(b.rawLines[0].text) + (page.indentLost ? PARAGRAPH_INDENT_CELLS : 0) >= page.column * FULL_LINE_RATIO;
}

/** True for text that can carry on a paragraph cut by a break. */
function canContinue(b: Block, page: Page): boolean {
  return b.kind === 'text' && (!isHeadlineBlock(b) || runningLine(b, page)) && !parseLeadIn(b.text);
}

/** A numbered heading: 一、… （二）… 3. … 第四，…: a cross-head, never the first half of a sentence. */
const NUMBERED_HEADING_RE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]{1,3}[，、])/u;

/** A list entry's opening: a bullet mark, or a number and its mark before a word (1．马玉兰, （2）…; not 2．5万, a decimal). */
const LIST_ENTRY_START_RE = /^(?:[■□●◆▲★•]|[0-9０-９]{1,2}[、.．](?=\p{Script=Han})|[（(][0-9０-９]{1,2}[）)])/u;

/**
 * True when a paragraph ends its sentence, a trailing credit (…。（记者 王峰）) aside, or ends with its
 * picture's credit naming no photographer run in after its last sentence (…幼苗。　受访者供图,
 * …驻足。（澄川理工大学供图）: a caption, structure/weights.ts RUN_IN_PICTURE_SOURCE_RE).
 */
export function endsStory(text: string): boolean {
  if (RUN_IN_PICTURE_SOURCE_RE.test(text.trimEnd())) return true;
  // A finished sentence closed by a bracketed note that names no credit role (a reader's question
  // signed by its asker, …需要办理哪些手续？（加拿大读者　谭美玲）; a note, …。（有删节）): the
  // paragraph ends there, the next paragraph (答：…) is not its rest across a break.
  if (NOTE_AFTER_SENTENCE_RE.test(text.trimEnd())) return true;
  const t = splitTrailingCredit(text);
  return endsSentence(t ? t.rest : text);
}


/** True when `text` holds no Han character and no two Latin words (digits, codes, marks, one word at most). */
function wordless(text: string): boolean {
  return !/\p{Script=Han}/u.test(text) && !/[A-Za-z]{2,}[^A-Za-z]+[A-Za-z]{2,}/u.test(text);
}

/** A sentence's end (。！？…, a closing quote after it) then one bracketed note of at most 40 characters. */
const NOTE_AFTER_SENTENCE_RE = new RegExp(String.raw`${SENTENCE_STOP}[”’」』]?\s*[（(][^（）()]{1,40}[）)]$`, 'u');

/**
 * Whether `a` was cut mid-sentence with `b` its rest: running text that does not end a sentence
 * (`page`), or a short unpunctuated fragment that only looks like a headline when the segmenter
 * finds a word across the break and `b` does not open a story (`word`: 调研要求相 | 关单位).
 */
function cutMidSentence(a: Block, b: Block, seg: Segmenter, page: Page): 'page' | 'word' | null {
  if (endsStory(a.text)) return null;
  // A list's next entry (1．马玉兰遗失…, ■周晓燕…, （2）…) under a line that leaves no clause open (a
  // contact line, 联系人：孙建国　电话：1390…; a table's row): an entry of its own after the blank
  // line, not the rest of a sentence (a sentence cut at a break leaves a comma or a word hanging).
  if (LIST_ENTRY_START_RE.test(b.text.trim()) && !/[，、,：:；;（(“‘《\p{Script=Han}]$/u.test(a.text.trim())) return null;
  // A line in a national script alone (a Tibetan or Uyghur translation under a Chinese headline) and
  // a Chinese line are two units, never one sentence cut by a break (text.ts NATIONAL_SCRIPT_RE).
  if (nationalOnly(a.text) !== nationalOnly(b.text)) return null;
  // Two lines with neither a Han character nor a phrase of Latin words (numbers, codes, telephone
  // numbers printed one a line: +86 0000-1234567 | 0000-1234567, tester15) are entries of their own:
  // a sentence cut by a break has words on the first side, and joined, two numbers run into one.
  if (wordless(a.text) && wordless(b.text)) return null;
  // A listing's row (a programme grid's 19:30　电视剧：山海情深（1、2）, a schedule's 上午8:30　全体会议:
  // weights.ts LISTING_ROW_RE) and two rows of a table next to each other (cells set apart by spaces,
  // TABLE_MIN_CELLS or more each) are entries of their own, however alike their widths: a row
  // leaves no sentence open for the line after the break to finish.
  if (a.rawLines.length === 1 && LISTING_ROW_RE.test(a.text.trim())) return null;
  if (tableCells(a) >= TABLE_MIN_CELLS && tableCells(b) >= TABLE_MIN_CELLS) return null;
  // A numbered heading whose words after the number have a headline's shape (一、提高认识，切实增强…的紧迫感:
  // the number's mark and one comma) on one printed line is a cross-head, not the first half of a sentence.
  if (a.rawLines.length === 1 && NUMBERED_HEADING_RE.test(a.text) && isHeadlineShaped(a.text.replace(NUMBERED_HEADING_RE, ''))) return null;
  if (!isHeadlineBlock(a) || runningLine(a, page)) return 'page';
  // A line that stops inside a quotation it opened, continued by text that closes it (会议指出，要进一步
  // 增强贯彻“ | 四敢”导向的…, a column's last line and the next column's first): one sentence, however
  // short the first half (a headline wrapped inside a quotation continues with a headline, which
  // is no running text: canContinue).
  if (leavesQuoteOpen(a.text) && closesQuote(b.text)) return 'page';
  if (startsWithDateline(b.text) || NUMBERED_HEADING_RE.test(a.text)) return null;
  // A notice's title (更　正, 讣　告, 遗失声明: NOTICE_TITLE_RE) is a headline, never the first half of a
  // word cut by a break (更　正 | 本报12月1日…: 正本 is a word).
  if (NOTICE_TITLE_RE.test(a.text.trim())) return null;
  return wordAcrossBreak(a.text, b.text, seg) ? 'word' : null;
}

/**
 * Merges text blocks cut by page or column breaks. Returns a new list (the input list and its
 * blocks are not changed; a block not merged is in both); furniture between the halves stays in
 * the list, after the merged block.
 */
export function rejoin(blocks: Block[], seg: Segmenter): Block[] {
  const out: Block[] = [];
  const page = pageOf(blocks);
  let lastText = -1; // index in `out` of the last text block, while only furniture follows it
  for (const b of blocks) {
    if (b.kind === 'text' && lastText >= 0) {
      const a = out[lastText];
      const jumpBetween = out.slice(lastText + 1).some((x) => x.furnitureKind === 'jump');
      // Within one run of lines an indent marks a new paragraph: no page break to mend there.
      const newParagraph = b.indented && b.group === a.group;
      const cut = !jumpBetween && !newParagraph && canContinue(b, page) && cutMidSentence(a, b, seg, page);
      if (cut) {
        const kind = cut === 'word' || wordAcrossBreak(a.text, b.text, seg) ? 'word' : 'page';
        out[lastText] = {
          ...a,
          text: joinWrapped(a.text, b.text),
          lines: [a.lines[0], b.lines[1]],
          spans: [...a.spans, ...b.spans],
          rawLines: [...a.rawLines, ...b.rawLines],
          joins: [...a.joins, { line: b.lines[0], kind }, ...b.joins],
        };
        continue;
      }
    }
    // the block itself, not a copy: no later step changes a block, and a copy made by spreading
    // holds its fields out of line (an object and a property array per block of a large input)
    out.push(b);
    if (b.kind === 'text') lastText = out.length - 1;
    else if (b.kind !== 'furniture') lastText = -1;
  }
  return out;
}
