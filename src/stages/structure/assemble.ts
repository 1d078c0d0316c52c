/**
 * Structure step 4 of 4: roles → articles, continuations, jumps, furniture and unassigned text.
 *
 * Reads the blocks in order with the role decode.ts gave each text unit (furniture blocks keep
 * furniture.ts' kind):
 * - a kicker or a title that does not continue the headline above starts an item; a title line
 *   right under a title line is the same title printed over two lines; subtitles join the item;
 * - lead, body and caption units are paragraphs of the current item; a cross-head is a paragraph
 *   marked as such; a byline or credit goes to the item's credit lines and, after its body, ends
 *   it; a credit after an ended item (（完）under （新华社电）, a photo credit) still belongs to it;
 * - running text with no current item is a continuation: the rest of the most recent story that
 *   was interrupted mid-sentence on this page, or on the page before with at most one item
 *   started since (CONTINUATION_MAX_PAGE_TURNS, CONTINUATION_MAX_ITEMS_BETWEEN; farther only
 *   through a jump marker), or unassigned, with a diagnostic;
 * - a jump marker (下转第3版) suspends a story until its other half (上接第1版); a headline
 *   repeated before that marker is layout (furniture of kind `jump`); when two or more stories
 *   wait, the far half goes to the one the evidence names (matchJumped: repeated headline, pages,
 *   shared topic), print order breaking ties, with a diagnostic when nothing decided;
 * - a title right under a headline-only item's title and subtitle makes one stack of three decks
 *   (kicker, title, subtitle), not a photo item and a story;
 * - a column label (简讯, 图片新闻, 短评) ends the item above it; running text under it with no
 *   headline (▲ briefs, a strip of captions) makes items of its own, one per bulleted paragraph or
 *   per paragraph after an item closed by its credit; their credits stay with them;
 * - an editor's note (【编者按】…) printed above a headline is the first paragraph of that
 *   headline's story; between headline and byline it does not let the byline end the story;
 * - a cross-head or a 版记 line (抄送：…) right under the credits that closed a document stays in
 *   that document (its enclosure, its distribution list); a 版记 the model read as furniture (any
 *   of its lines) is the issue's, whole: furniture of kind `colophon` (colophonBlocks);
 * - items under a briefs column label (简讯, 一句话新闻: BRIEFS_COLUMN_RE) built like briefs (see
 *   isBrief) are of kind `brief`; an item with a caption, or a headline with no body, is a `photo`.
 * Every source character ends up once: in an article, in furniture or in `unassigned`.
 */
import type { Article, Block, Credit, Diagnostic, Furniture, Join, LineRange, LineRole, Unassigned } from '../../types.js';
import { CONTINUATION_MAX_ITEMS_BETWEEN, CONTINUATION_MAX_PAGE_TURNS, HEADLINE_TAIL_MAX, HEADLINE_TAIL_RATIO, NOISE_IN_HEADLINE, PHOTO_GAP_LINES, REPEATED_HEAD_SIMILARITY } from '../../heuristics.js';
import { endsSentence, hasBodyPunctuation, opensWithSubtitleDash, SENTENCE_STOP, startsWithDateline, textSimilarity, visualLength } from '../../text.js';
import { artworkCredit, headsReply, isPersonalName, isPressRole, isSupplierCredit, messageCredits, openingCredit, parseCreditLine, parseCredits, parseLeadIn, splitRunInSourceNote, splitTrailingCredit, type LeadIn } from '../../extract/bylines.js';
import { endsStory } from '../rejoin.js';
import { continuesHeadline } from '../split-blocks.js';
import { bylineFrame, bylineFrameCredits, noiseScore, splitNameRun } from '../markers.js';
import { isEditorLine, isPageName, printedPageNumber } from '../furniture.js';
import { AUTHOR_MARKS, OWN_MEDIUM_SOURCE, READER_ROLES, REPLY_LABELS, REPRINT_SOURCE_VERBS, SOURCE_NOTE_ROLES } from '../../extract/credit-lexicon.js';
import { closeUpNames } from './names.js';
import { BRIEF_MAX_LENGTH, BRIEF_MAX_PARAGRAPHS, BRIEF_RUN_MIN, BRIEFS_COLUMN_RE, COLOPHON_LINE_RE, PRINT_RUN_RE, COLUMN_LABEL_CUES, LEXICAL_CUES, COPY_TO_RE, DECODE_ROLES, EDITOR_NOTE_RE, END_MARK_RE, ITEM_BULLET_RE, MAX_SPLIT_SUBTITLE_PART, NOTICE_CLOSING_RE, NOTICE_PARAGRAPH_MAX, NOTICE_TITLE_RE, PICTURE_SOURCE_LINE_RE, RUN_IN_PICTURE_SOURCE_RE, SIGNATURE_LINE_RES, TITLE_LABEL_RE, TOPIC_SHARED_BIGRAMS, JUMP_MATCH_EVIDENCE, JUMP_TOPIC_WINDOW, VERSE_MAX_LENGTH, WHOLE_QUOTATION_RE, WRITING_NOTE_RE, type DecodeRole } from './weights.js';
import { withStandardNameDots } from '../../extract/dotted-names.js';

/** What the structure step returns: articles without entities or dates yet, and the rest of the page. */
export interface Segmented {
  articles: Article[];
  /** For each article, the first source line of each paragraph (same order as `paragraphs`). */
  paragraphLines: number[][];
  furniture: Furniture[];
  unassigned: Unassigned[];
  diagnostics: Diagnostic[];
  /** The role each block was given, with the index of its article in `articles` (or null). */
  blockRoles: BlockRole[];
}

/** A block's role as the segmenter read it; `article` indexes `Segmented.articles`. */
export interface BlockRole {
  block: Block;
  role: LineRole;
  article: number | null;
}

interface Paragraph {
  text: string;
  spans: LineRange[];
  crosshead: boolean;
}

interface Draft {
  kicker: string | null;
  title: string;
  subtitles: string[];
  dateline: string | null;
  credits: Credit[];
  creditLines: string[];
  paragraphs: Paragraph[];
  spans: LineRange[];
  joins: Join[];
  jumpOut: number | null | undefined;
  jumpLine: number | null;
  /** The page the story stood on when it jumped (its running head's or folio's number), or null. */
  jumpFrom: number | null;
  firstLine: number;
  setOff: boolean;
  caption: boolean;
  /** A paragraph read as running text (not a caption) went into the item. */
  running: boolean;
  brief: boolean;
  /** Paragraphs that are editor's notes (【编者按】…): a byline after only these opens the story. */
  notes: number;
  /** An item under a column label with no headline of its own (title ''). */
  headless: boolean;
  /** A notice of a run of one-paragraph notices (遗失声明), set with no title of its own: kind `brief`. */
  notice: boolean;
  /** A quote of a quote box (“…。” / ——who said it) with no title of its own: kind `brief`. */
  quote: boolean;
  /** The last headline block read into this item (for subtitles printed over two lines). */
  lastHead: Block | null;
  /**
   * Credit lines of `creditLines` that are a closing credit in brackets on a line of its own under
   * the item's text (（严　可） wrapped off a brief's last sentence): as run in, no credit line of its own.
   */
  closers: number;
}

function newDraft(firstLine: number, brief: boolean): Draft {
  return {
    kicker: null,
    title: '',
    subtitles: [],
    dateline: null,
    credits: [],
    creditLines: [],
    paragraphs: [],
    spans: [],
    joins: [],
    jumpOut: undefined,
    jumpLine: null,
    jumpFrom: null,
    firstLine,
    setOff: false,
    caption: false,
    running: false,
    brief,
    notes: 0,
    headless: false,
    notice: false,
    quote: false,
    lastHead: null,
    closers: 0,
  };
}

/** The text of a draft's last paragraph that is no cross-head, or null. */
export function lastBodyText(d: { paragraphs: Paragraph[] }): string | null {
  for (let i = d.paragraphs.length - 1; i >= 0; i--) if (!d.paragraphs[i].crosshead) return d.paragraphs[i].text;
  return null;
}

/** An entry of a list: a numbered point (一、, 1., （一）: cue numbered) or a bulleted one (ITEM_BULLET_RE). */
const NUMBERED_RE = LEXICAL_CUES.find(([name]) => name === 'numbered')![1];
const BOX_ENTRY_RE = new RegExp(`${NUMBERED_RE.source}|${ITEM_BULLET_RE.source}`, 'u');

/**
 * True when an item that ends no sentence still ends as printed: a poem (its last two paragraphs
 * short lines of verse, at most VERSE_MAX_LENGTH, neither ending a sentence: 也照过父亲 /
 * 一年比一年弯下去的腰), or a closing mark or note (（未完待续）, 2025年9月22日夜于青岚: cues end-mark and
 * writing-note). Such an item waits for no continuation.
 */
function endsPiece(d: { paragraphs: Paragraph[] }, last: string): boolean {
  if (END_MARK_RE.test(last.trim()) || WRITING_NOTE_RE.test(last.trim())) return true;
  if (PRINTED_END_RE.some((re) => re.test(last.trim()))) return true;
  const body = d.paragraphs.filter((p) => !p.crosshead).map((p) => p.text.trim());
  if (body.length < 2) return false;
  return body.slice(-2).every((t) => visualLength(t) <= VERSE_MAX_LENGTH && !/[\n。！？]/u.test(t));
}

/**
 * Last paragraphs that end an item as printed though they end no sentence (tester8, Dec 2026: such
 * items were reported as ending mid-sentence): a finished sentence closed by a short note or
 * name in brackets the credit lexicons do not read (…票价十元。（央金）); a row of a listing or table,
 * three or more cells set apart by wide spaces (市电视台二套　20:00　电视剧…); a contact line
 * (联系人：孙建国　电话：1390…), alone or run on after the last sentence.
 */
const PRINTED_END_RE = [
  new RegExp(String.raw`(?:${SENTENCE_STOP}|”)[\s\u3000]*[（(][\p{Script=Han}·•\s\u3000]{1,12}[）)]$`, 'u'),
  /^[^\s\u3000]+(?:(?:\u3000|[ \t]{2,})+[^\s\u3000]+){2,}$/u,
  /^(?:联系人|联系电话|聯絡人|聯繫人|电话|電話|地址|咨询电话|諮詢電話)[：:]/u,
  // …or such a contact line run on after the last sentence by a hard wrap (…必有重谢。联系人：孙建国　电话：1390…)
  /[。！？!?][^。！？!?]{0,30}(?:电话|電話|热线|熱線)[：:]\s*[0-9０-９\-－—()（）\s]{5,24}$/u,
  // …or a reprint's source note run in after the last sentence (…全过程。（摘自《溪南商报》　沈佳音）, a
  // digest's brief: credit-lexicon.ts REPRINT_SOURCE_VERBS).
  new RegExp(`(?:${SENTENCE_STOP}|”)[\\s\\u3000]*[（(]\\s*(?:${REPRINT_SOURCE_VERBS.join('|')})[^（）()《》]{0,16}《[^《》（）()]{1,24}》[^（）()]{0,30}[）)]$`, 'u'),
];

/** True when every credit is a photographer's (its role holds 摄 or 图). */
export function isPhotoCredit(credits: Credit[]): boolean {
  return credits.length > 0 && credits.every((c) => /摄|图/u.test(c.role));
}

/** A reply's label opening a paragraph: 【编辑回复】, 编者回复： (credit-lexicon.ts REPLY_LABELS). */
const REPLY_OPENING_RE = new RegExp(`^(?:[【[［]\\s*(?:${REPLY_LABELS.join('|')})\\s*[】\\]］]|(?:${REPLY_LABELS.join('|')})\\s*[：:])`, 'u');

/** A dateline printed at the end of a story, in brackets: （本报北京1月14日电）, （新华社电）. */
const END_DATELINE_RE = new RegExp(`^[（(]\\s*((?:${OWN_MEDIUM_SOURCE}|新华社|新華社|中新社)[^（）()]{0,20}[电電])\\s*[）)]$`, 'u');

/** The decoded role of a block by its index (undefined: furniture). A `Map` is one; so is a {@link RoleTable}. */
export interface RoleLookup {
  get(index: number): DecodeRole | undefined;
}

/**
 * The decoded roles of a page's blocks in one byte per block (the role's index in DECODE_ROLES,
 * 255 for none), not a map entry per unit: a large input has hundreds of thousands of units, and
 * the roles are held through assembly, at the parse's peak of memory (issue 10).
 */
export class RoleTable implements RoleLookup {
  private readonly codes: Uint8Array;
  /** @param blocks the page's number of blocks (indexes 0 … blocks − 1). */
  constructor(blocks: number) {
    this.codes = new Uint8Array(blocks).fill(NO_ROLE);
  }

  /** Sets block `index`'s role to `DECODE_ROLES[role]`. @throws RangeError for an index or role out of range. */
  set(index: number, role: number): void {
    if (!(index >= 0 && index < this.codes.length) || !(role >= 0 && role < DECODE_ROLES.length)) throw new RangeError(`RoleTable: block ${index}, role ${role}`);
    this.codes[index] = role;
  }

  get(index: number): DecodeRole | undefined {
    const code = this.codes[index];
    return code === undefined || code === NO_ROLE ? undefined : DECODE_ROLES[code];
  }
}

const NO_ROLE = 255;

/**
 * Assembles articles from blocks and the decoded role of each text unit (`roles` maps a block's
 * index to its role; blocks without an entry are furniture). Diagnostics:
 * `segment/orphan-fragment`, `segment/orphan-byline`, `segment/interrupted-article`,
 * `jump/unmatched`, `segment/no-articles`. A unit read as noise becomes furniture of kind `noise`
 * (`running-head` for printed words, `colophon` for a line of a 版记).
 * `withBlockRoles` false leaves `blockRoles` empty (a parse that reports no line roles): on a large
 * input that is an object per block fewer at the parse's peak of memory.
 */
export function assemble(blocks: Block[], roles: RoleLookup, withBlockRoles = true): Segmented {
  return assembleHeld({ blocks }, roles, withBlockRoles);
}

/**
 * `assemble` of the blocks `held` holds, which it takes out of it: without `withBlockRoles`, the
 * blocks (and the source lines they hold) are garbage once read, before the articles are built,
 * and each item's draft once its article is (issue 10: the end of this step is the peak of memory
 * of a large input's parse, when blocks, drafts and articles were all held at once).
 */
export function assembleHeld(held: { blocks?: Block[] }, roles: RoleLookup, withBlockRoles = true): Segmented {
  let blocks = held.blocks ?? [];
  delete held.blocks;
  const drafts: Draft[] = [];
  const furniture: Furniture[] = [];
  const unassigned: Unassigned[] = [];
  const diagnostics: Diagnostic[] = [];
  const marks: { block: Block; role: LineRole; draft: Draft | null }[] = [];
  // a block's role is recorded only for `blockRoles` (an object per block, held to the end of the step)
  const mark = withBlockRoles ? (block: Block, role: LineRole, draft: Draft | null) => marks.push({ block, role, draft }) : () => 0;
  let current: Draft | null = null;
  /** The item read last (also after it ended): where a trailing credit goes. */
  let lastItem: Draft | null = null;
  const interrupted: Draft[] = [];
  const jumpedOut: Draft[] = [];
  let pendingJoin: Join['kind'] | null = null;
  /** The column label over the items being read: a briefs column, a notices column (遗失声明), another, or none. */
  let column: 'briefs' | 'notices' | 'other' | null = null;
  /** An editor's note read above a headline, waiting for the item that headline starts. */
  let pendingNote: { block: Block; role: DecodeRole; at: number } | null = null;
  /** The items read under each other column label (not a briefs or notices column), label by label. */
  const columnRuns: Draft[][] = [];
  /** The items read under each briefs column's label, label by label. */
  const briefsRuns: Draft[][] = [];
  const openColumn = (label: string) => {
    column = BRIEFS_COLUMN_RE.test(label.trim()) ? 'briefs' : NOTICE_TITLE_RE.test(label.trim()) ? 'notices' : 'other';
    if (column === 'other') columnRuns.push([]);
    if (column === 'briefs') briefsRuns.push([]);
  };
  /** A kicker's item ends a briefs column: the items from there on are under that kicker, no briefs. */
  const leaveBriefs = () => {
    if (column === 'briefs') column = 'other';
  };
  /**
   * A notice's title (NOTICE_TITLE_RE: 遗失声明) over two or more one-paragraph notices and nothing
   * else (isNoticeParagraph, up to the next headline, label, credit or furniture): the label of a
   * run of notices, each an item of its own, not one notice's title.
   */
  const labelsNotices = (i: number): boolean => {
    if (!NOTICE_TITLE_RE.test(blocks[i].text.trim())) return false;
    let n = 0;
    for (let j = i + 1; j < blocks.length; j++) {
      if (blocks[j].kind === 'furniture') break;
      const r = roles.get(j) ?? 'body';
      if (r === 'noise') continue;
      if (r !== 'body' && r !== 'lead' && r !== 'caption') break;
      if (!isNoticeParagraph(blocks[j].text)) return false;
      n++;
    }
    return n >= 2;
  };
  let prevRole: DecodeRole | null = null;
  /**
   * The headline line (read by the model as a kicker or subtitle) that the assembly joined to the
   * title above it as that title's wrapped second line (`continuesHeadline`): a title the model
   * set right under it is then the title's subtitle (the deck), not a new item's title.
   */
  let headWrap: Block | null = null;
  /** The item a credit line after its body just closed, until anything but credits follows. */
  let closedByCredit: Draft | null = null;
  /**
   * The titled story a paragraph inside it just closed with a picture's credit at its end (a caption
   * …走出山外。（本报记者　谭　雪　摄）, or running text so ended), until the next unit: its text may go on.
   */
  let closedByPicture: Draft | null = null;
  /** The index of the last block read as a line of a 版记 (furniture kind colophon), or -1. */
  let lastColophon = -1;
  /** Indexes of headline blocks that repeat a jumped story's headline (furniture of kind jump). */
  const jumpHeads = new Set<number>();
  const wholeColophon = colophonBlocks(blocks, roles);

  const addParagraph = (d: Draft, b: Block, role: DecodeRole) => {
    const crosshead = role === 'crosshead';
    const prev = d.paragraphs[d.paragraphs.length - 1];
    let text = b.text;
    let lineRole: LineRole = role;
    const note = !crosshead && EDITOR_NOTE_RE.test(text);
    if (d.paragraphs.length === d.notes && !crosshead && !note && d.dateline === null) {
      const lead = readLeadIn(text);
      if (lead) {
        lineRole = 'lead';
        d.dateline = lead.dateline;
        if (lead.creditLine) d.creditLines.push(lead.creditLine);
        d.credits.push(...lead.credits);
        text = lead.rest;
      } else if (!d.creditLines.length) {
        // A credit opening the story's first paragraph, no dateline: 本报记者　樊　越　报道　昨晚…
        const open = openingCredit(text, true);
        if (open) {
          lineRole = 'lead';
          d.creditLines.push(open.creditLine);
          d.credits.push(...open.credits);
          text = open.rest;
        }
      }
    }
    if (note && d.paragraphs.length === d.notes) d.notes++;
    else if (role === 'caption') d.caption = true;
    else if (!crosshead) d.running = true;
    mark(b, lineRole, d);
    if (pendingJoin && !crosshead) {
      d.joins.push({ line: b.lines[0], kind: pendingJoin });
      if (prev && !prev.crosshead && !endsSentence(prev.text)) {
        prev.text += text;
        prev.spans.push(...b.spans);
        d.spans.push(...b.spans);
        d.joins.push(...b.joins);
        pendingJoin = null;
        return;
      }
      pendingJoin = null;
    }
    d.joins.push(...b.joins);
    d.spans.push(...b.spans);
    if (text) d.paragraphs.push({ text, spans: [...b.spans], crosshead });
    if (text) textTurn.set(d, pageTurns);
  };

  /** Page turns read so far: running heads with text read since the last turn (a page's head lines count once). */
  let pageTurns = 0;
  /**
   * The page turn at which each story's latest paragraph was read: a story is suspended only when the
   * next item starts, maybe a page later (a brief closing page 1 is suspended by page 2's first item),
   * and where it was cut is where its text stopped (tester19's TV-guide weekly: a page-1 brief took a
   * reply set at the end of page 2 as its rest, four items on).
   */
  const textTurn = new Map<Draft, number>();
  let textSinceTurn = false;
  /** Where each interrupted story was suspended: the page turn and how many items had started by then. */
  const interruptedAt = new Map<Draft, { turn: number; items: number }>();
  const suspend = (d: Draft) => {
    const last = lastBodyText(d);
    if (last !== null && !endsStory(last) && !endsPiece(d, last)) {
      interrupted.push(d);
      interruptedAt.set(d, { turn: textTurn.get(d) ?? pageTurns, items: drafts.length });
    }
    // A story that ends a sentence but was signed nowhere (no byline, no credit) may have been cut
    // at a paragraph's end: its rest, signed, may come after the item set into it.
    else if (last !== null && d.title && !d.headless && d.credits.length === 0 && d.creditLines.length === 0) unsigned.push(d);
  };
  /** Stories of the page that ended a paragraph and were signed nowhere (suspend), latest last. */
  const unsigned: Draft[] = [];
  /**
   * True when the running text from block `i` on (its run of body, lead and caption blocks) is
   * closed by a credit: a credit line under it or a credit in brackets at a paragraph's end.
   */
  const signedRunFrom = (i: number): boolean => {
    let j = i;
    for (; j < blocks.length; j++) {
      const r = roles.get(j);
      if (blocks[j].kind !== 'text' || (r !== 'body' && r !== 'lead' && r !== 'caption')) break;
      if (splitTrailingCredit(blocks[j].text)) return true;
    }
    return j < blocks.length && (blocks[j].kind === 'byline' || roles.get(j) === 'byline');
  };

  /** The items of the page being read, in order (emptied at a running head). */
  const pageItems: Draft[] = [];
  /**
   * The interrupted story running text with no item of its own may continue (no jump marker names
   * it), or null: the latest interrupted story, when it was cut on this page, or on the page before
   * with at most one item started since (its rest at the head of the next page, or after the rest
   * of the one item set after it there: the bundled issue's 区领导调研环卫体制改革工作, cut on page 1
   * under 崇川区召开老旧小区改造专题推进会, whose rest opens page 2). A story's rest with no jump line
   * is so set in every such continuation of the zoo's expected files and the bundled issue (Dec
   * 2026: CONTINUATION_MAX_PAGE_TURNS, CONTINUATION_MAX_ITEMS_BETWEEN); farther on, a reader is sent
   * by a jump line (转第2版 / 接第1版), and text cut off farther from its start is none of its story
   * (a caption ending in a wrapped role word, …咨询。通, on page 1 had taken an unrecognised headline
   * of page 3 and the item under it, nine items on, as its rest: tester16).
   */
  const continuable = (): Draft | null => {
    const d = interrupted[interrupted.length - 1];
    if (!d) return null;
    const at = interruptedAt.get(d);
    if (!at || at.turn === pageTurns) return d;
    return pageTurns - at.turn <= CONTINUATION_MAX_PAGE_TURNS && drafts.length - at.items <= CONTINUATION_MAX_ITEMS_BETWEEN ? d : null;
  };
  /** True when the story `interrupted` would give running text next (its latest) is an item of this page. */
  const interruptedOnPage = (): boolean => interrupted.length > 0 && pageItems.includes(interrupted[interrupted.length - 1]);
  /**
   * The story a paragraph read under item `d` resumes, or null: `d` is unsigned and has one
   * paragraph, the paragraph opens no story (no lead-in, no dateline) and shares no two characters
   * with `d`'s title, and the item of the page right before `d`, a titled story that ended a
   * paragraph, has a title sharing at least TOPIC_SHARED_BIGRAMS pairs of Han characters with it
   * (帐篷, 篷学, 学校, 十年 of 一座帐篷学校的十年). Source: how a page sets a short item into a long
   * story at a paragraph's end, the story's words going on after it; tester8's Tibetan-area daily.
   */
  const storyResumedBy = (d: Draft, text: string): Draft | null => {
    if (d.paragraphs.length !== 1 || d.credits.length || d.creditLines.length || !d.title || d.headless) return null;
    if (parseLeadIn(text) || startsWithDateline(text)) return null;
    const at = pageItems.indexOf(d);
    const s = at > 0 ? pageItems[at - 1] : null;
    if (!s || !s.title || s.headless || !s.paragraphs.length || !endsStory(s.paragraphs[s.paragraphs.length - 1].text)) return null;
    const words = hanBigrams(text);
    if ([...hanBigrams(d.title)].some((x) => words.has(x))) return null;
    let shared = 0;
    for (const x of hanBigrams(s.title)) if (words.has(x)) shared++;
    return shared >= TOPIC_SHARED_BIGRAMS ? s : null;
  };
  /**
   * The story a paragraph read under item `d` goes on with, or null: `d` is a box set into a story
   * cut mid-sentence (continuable, suspended when `d` started, on this page), a titled, unsigned item
   * whose paragraphs, two or more, are all entries of a list (numbered, 一、 1. （一）, or bulleted)
   * that end their sentences, and the paragraph is no entry and opens no story (no lead-in, no
   * dateline). A list of tips or rules boxed under its own headline (安全小貼士 / 一、… 二、… 三、…)
   * holds nothing but its entries; the cut sentence goes on after it. Source: the boxes set into
   * the stories of staff newsletters and county papers (the zoo's hk-enterprise-newsletter, Dec 2026).
   */
  const boxedInto = (d: Draft, text: string): Draft | null => {
    if (!d.title || d.headless || d.credits.length || d.creditLines.length || d.paragraphs.length < 2) return null;
    if (!d.paragraphs.every((p) => !p.crosshead && BOX_ENTRY_RE.test(p.text.trim()) && endsSentence(p.text))) return null;
    const t = text.trim();
    if (BOX_ENTRY_RE.test(t) || parseLeadIn(t) || startsWithDateline(t)) return null;
    const s = continuable();
    if (!s || !interruptedOnPage()) return null;
    const at = pageItems.indexOf(d);
    return at > 0 && pageItems[at - 1] === s ? s : null;
  };
  const startItem = (b: Block) => {
    if (current) suspend(current);
    pendingJoin = null;
    const d = newDraft(b.lines[0], column === 'briefs');
    if (column === 'other') columnRuns[columnRuns.length - 1]?.push(d);
    if (column === 'briefs') briefsRuns[briefsRuns.length - 1]?.push(d);
    drafts.push(d);
    pageItems.push(d);
    current = d;
    lastItem = d;
    if (pendingNote) {
      // The editor's note printed above this headline: the story's first paragraph.
      const note = pendingNote;
      pendingNote = null;
      d.firstLine = note.block.lines[0];
      addParagraph(d, note.block, note.role === 'caption' ? 'body' : note.role);
      if (withBlockRoles) {
        marks[note.at] = marks[marks.length - 1];
        marks.pop();
      }
    }
    return d;
  };

  /** Block i is a signature line (SIGNATURE_LINE_RES) that signs the item open above it (see its use). */
  const signsItem = (i: number, before: DecodeRole | null): boolean => {
    const b = blocks[i];
    const t = b.text.trim();
    if (b.gapBefore !== 0 || b.rawLines.length !== 1 || !SIGNATURE_LINE_RES.some((re) => re.test(t))) return false;
    const above = current as Draft | null;
    const last = above ? lastBodyText(above) : null;
    const signedAbove = before === 'byline' && (above ?? lastItem) !== null;
    if (!signedAbove && (last === null || !endsStory(last))) return false;
    const next = blocks[i + 1];
    return next === undefined || next.gapBefore > 0 || SIGNATURE_LINE_RES.some((re) => re.test(next.text.trim()));
  };

  /**
   * Block i, read as a title, is an issuing body's signature (本報編輯部 at a page's end, under a
   * 更正 set with blank lines) that would make an item of nothing but itself: the item above it ends
   * a sentence, and nothing but its date and page furniture follows it to the end of the page. It
   * signs that item.
   */
  const signsAsHeadline = (i: number, before: DecodeRole | null): boolean => {
    const b = blocks[i];
    if (b.rawLines.length !== 1 || !SIGNATURE_LINE_RES[0].test(b.text.trim())) return false;
    const above = current as Draft | null;
    const last = above ? lastBodyText(above) : null;
    if (before === 'title' || before === 'kicker' || last === null || !endsStory(last)) return false;
    for (let j = i + 1; j < blocks.length; j++) {
      if (blocks[j].kind === 'furniture') continue;
      const r = roles.get(j) ?? 'body';
      if (r !== 'noise' && !SIGNATURE_LINE_RES.some((re) => re.test(blocks[j].text.trim()))) return false;
    }
    return true;
  };

  /** The role of the next text unit after block i (furniture skipped), or null at the end. */
  const nextRole = (i: number): DecodeRole | null => {
    for (let j = i + 1; j < blocks.length; j++) if (blocks[j].kind !== 'furniture') return jumpHeads.has(j) ? null : (roles.get(j) ?? 'body');
    return null;
  };

  // Headlines repeated over the far half of a jumped story: a run of headline units followed
  // (furniture aside) by an incoming jump marker, while a story waits for its other half.
  const heads = new Set<DecodeRole>(['kicker', 'title', 'subtitle']);
  const repeated = new Set<DecodeRole>([...heads, 'crosshead']);
  {
    let waiting = 0;
    // (The titles read so far: a line right over an incoming marker that repeats one of them word for word is
    // that headline repeated, whatever role the decode gave it, 一部电梯为何三年装不上？ read as running text.)
    const titlesSoFar = new Set<string>();
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.jump?.direction === 'out') waiting++;
      if (b.jump?.direction === 'in') waiting = Math.max(0, waiting - 1);
      const r = roles.get(i);
      if (r === 'title') titlesSoFar.add(b.text.trim());
      else if (waiting && r && !repeated.has(r) && b.rawLines.length === 1 && titlesSoFar.has(b.text.trim()) && blocks[i + 1]?.jump?.direction === 'in') {
        jumpHeads.add(i);
        continue;
      }
      if (!waiting || !r || !repeated.has(r)) continue;
      if (i > 0 && repeated.has(roles.get(i - 1) ?? 'body')) continue; // a run is judged from its first line
      let j = i;
      const run: number[] = [];
      while (j < blocks.length) {
        const rr = roles.get(j);
        if (rr && repeated.has(rr)) run.push(j);
        else if (!(blocks[j].kind === 'furniture' && blocks[j].furnitureKind !== 'jump')) break;
        j++;
      }
      if (blocks[j]?.jump?.direction === 'in') for (const k of run) jumpHeads.add(k);
    }
  }

  /**
   * The item a photographer's credit (许佳 摄) read amid story `d` belongs to, when not `d`: `d` is
   * credited already (its lead-in, 本报讯（通讯员 李雅楠）…) and shows no photo (no caption), and the
   * item set right before it on the page, titled, signed nowhere and shows no credit, is the photo
   * (a picture and its caption, 非遗进校园): OCR reads a right-aligned credit line out of its place
   * (the held-out county paper in 3 columns, Tesseract's plain text, scripts/ocr). Else null.
   */
  const photoCreditTarget = (d: Draft | null, credits: Credit[]): Draft | null => {
    if (!d || !isPhotoCredit(credits) || !d.credits.length || isPhotoCredit(d.credits) || d.caption) return null;
    const at = pageItems.indexOf(d);
    const photo = at > 0 ? pageItems[at - 1] : null;
    if (!photo || !photo.title || photo.headless || photo.credits.length || photo.creditLines.length || !photo.paragraphs.length) return null;
    return photo;
  };
  /** The headline lines repeated over the far half of a jumped story, read since the last story text. */
  const repeatedHead: string[] = [];
  /** A jumped story resumed by an incoming marker with no repeated head before it, until its text comes. */
  let resumed: Draft | null = null;
  /** True when `head` is story `d`'s headline as printed: its title, kicker, or both (REPEATED_HEAD_SIMILARITY). */
  const repeatsHeadline = (d: Draft, head: string): boolean =>
    [d.title, d.kicker, d.kicker === null ? null : joinHeadline(d.kicker, d.title)].some((x) => !!x && textSimilarity(head, x) >= REPEATED_HEAD_SIMILARITY);
  /**
   * The headline repeated over a jumped story's far half is its title as printed: when it matches
   * the story's kicker (REPEATED_HEAD_SIMILARITY, through OCR slips) and not its title, the kicker
   * was the title and the title its deck (我县新建改扩建六所学校 over 新增学位三千余个，预计 /
   * 秋季学期投入使用, the title's own type wrapped to a column the model read as a kicker's); when
   * it matches kicker and title together, the two are one title a narrow column split
   * (县委单委会召开 / 扩大会议). The held-out county paper in 3 columns, scripts/ocr.
   */
  const titleFromRepeat = (d: Draft, head: string) => {
    if (!head.trim() || d.kicker === null || !d.title) return;
    const kicker = d.kicker;
    const sim = (x: string) => textSimilarity(head, x);
    const retitle = (title: string, oldTitleRole: LineRole | null) => {
      for (const m of marks) {
        if (m.draft !== d) continue;
        if (m.role === 'kicker') m.role = 'title';
        else if (m.role === 'title' && oldTitleRole) m.role = oldTitleRole;
      }
      d.title = title;
      d.kicker = null;
    };
    if (sim(d.title) >= REPEATED_HEAD_SIMILARITY) return;
    if (sim(kicker) >= REPEATED_HEAD_SIMILARITY) {
      d.subtitles.unshift(d.title);
      retitle(kicker, 'subtitle');
    } else if (sim(joinHeadline(kicker, d.title)) >= REPEATED_HEAD_SIMILARITY) {
      retitle(joinHeadline(kicker, d.title), null);
    }
  };

  /** The page being read, as its running head or folio prints it (null until one does). */
  let page: number | null = null;
  /**
   * The running text of a jump's far half under its incoming marker at block `i`: the text units
   * after it up to the next headline, label, jump marker or page head (JUMP_TOPIC_WINDOW characters).
   */
  const farHalfText = (i: number): string => {
    let text = '';
    for (let j = i + 1; j < blocks.length && text.length < JUMP_TOPIC_WINDOW; j++) {
      const c = blocks[j];
      if (c.kind === 'furniture') {
        if (c.furnitureKind === 'noise' || c.furnitureKind === 'folio') continue;
        break;
      }
      const r = roles.get(j) ?? 'body';
      if (r === 'kicker' || r === 'title' || r === 'subtitle' || r === 'section') break;
      if (r === 'noise' || r === 'byline') continue;
      text += c.text;
    }
    return text.slice(0, JUMP_TOPIC_WINDOW);
  };
  /**
   * The story that jumped whose far half the incoming marker at block `i` (naming page `from`)
   * opens, taken out of `jumpedOut`. One story waiting: that one. Two or more: by evidence
   * (JUMP_MATCH_EVIDENCE: a repeated headline, the pages the markers name against the pages the
   * halves stand on, then the topic the far half shares with each story), print order breaking
   * ties; a match no evidence decided is reported (jump/uncertain-match) on the marker's line.
   */
  const matchJumped = (i: number, from: number | null): Draft | undefined => {
    if (jumpedOut.length <= 1) return jumpedOut.shift();
    const E = JUMP_MATCH_EVIDENCE;
    const head = repeatedHead.join('');
    const pageScore = (d: Draft) =>
      (d.jumpOut != null && page !== null ? (d.jumpOut === page ? E.targetPage : E.pageMismatch) : 0) +
      (from !== null && d.jumpFrom !== null ? (from === d.jumpFrom ? E.sourcePage : E.pageMismatch) : 0);
    const evidence = jumpedOut.map((d) => (head && repeatsHeadline(d, head) ? E.repeatedHeadline : 0) + pageScore(d));
    // The far half's topic: pairs of Han characters it shares with each story's headline and text,
    // leaving out the pairs every waiting story has.
    const far = hanBigrams(farHalfText(i));
    const own = jumpedOut.map((d) => hanBigrams([d.kicker ?? '', d.title, ...d.subtitles, ...d.paragraphs.map((p) => p.text)].join('\n')));
    const topic = own.map((set) => {
      let n = 0;
      for (const x of far) if (set.has(x) && !own.every((o) => o.has(x))) n++;
      return n;
    });
    const order = jumpedOut.map((_, k) => k).sort((a, b) => evidence[b] - evidence[a] || topic[b] - topic[a] || a - b);
    const [best, next] = order;
    const decided = evidence[best] > evidence[next] || topic[best] - topic[next] >= TOPIC_SHARED_BIGRAMS;
    const target = jumpedOut.splice(best, 1)[0];
    if (!decided) {
      const b = blocks[i];
      diagnostics.push(
        diag(
          'warning',
          'jump/uncertain-match',
          `jump marker ${b.text}: ${jumpedOut.length + 1} stories wait for their far half and nothing printed tells which this is (no repeated headline, no page apart, no shared topic); matched to "${target.title}" by print order`,
          b.lines[0],
        ),
      );
    }
    return target;
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'furniture') {
      // The line of the issue's makers in a 版记 read as furniture (colophonBlocks) is the 版记's.
      const kind = wholeColophon.has(i) ? 'colophon' : (b.furnitureKind ?? 'running-head');
      furniture.push({ text: b.text, line: b.lines[0], kind });
      mark(b, kind === 'masthead' ? 'running-head' : kind, null);
      if (kind === 'section' || kind === 'jump') closedByCredit = closedByPicture = null;
      if (kind === 'section') {
        // A column label ends the item above it.
        openColumn(b.text);
        if (current) suspend(current);
        current = null;
      } else if (kind === 'running-head') {
        if (textSinceTurn) pageTurns++;
        textSinceTurn = false;
        column = null;
        unsigned.length = 0;
        pageItems.length = 0;
      }
      if (kind === 'running-head' || kind === 'masthead' || kind === 'folio') page = printedPageNumber(b.text) ?? page;
      if (b.jump?.direction === 'out') {
        if (current) {
          current.jumpOut = b.jump.page;
          current.jumpLine = b.lines[0];
          current.jumpFrom = page;
          jumpedOut.push(current);
          current = null;
        } else {
          diagnostics.push(diag('warning', 'jump/unmatched', `jump marker ${b.text} follows no story`, b.lines[0]));
        }
      } else if (b.jump?.direction === 'in') {
        const target = matchJumped(i, b.jump.page);
        if (target) {
          titleFromRepeat(target, repeatedHead.join(''));
          resumed = repeatedHead.length ? null : target;
          if (current && current !== target) suspend(current);
          current = target;
          lastItem = target;
          current.jumpOut = undefined;
          pendingJoin = 'jump';
        } else {
          diagnostics.push(diag('warning', 'jump/unmatched', `jump marker ${b.text} has no story that jumped here`, b.lines[0]));
          if (current) suspend(current);
          current = null;
        }
      }
      continue;
    }
    textSinceTurn = true;
    let role = wholeColophon.has(i) ? 'noise' : (roles.get(i) ?? 'body');
    // A reprint's source note (（原载《澜州日报》2023年5月28日，有删节）, 摘自《桐江晚报》) under an item's text is
    // that item's credit line wherever the decode put it: never its body, a title or a running head.
    if (role !== 'byline' && role !== 'noise' && REPRINT_SOURCE_RE.test(b.text.trim()) && (current ?? lastItem)?.paragraphs.length) role = 'byline';
    // A closing mark on its line (（完）, （未完待续）: cue end-mark) under an item's text closes that item: never a
    // column's label, whatever the decode weighed (a leave-one-out fit read wire copy's （完） so once, Dec 2026),
    // nor a paragraph of running text (another read it as body by a tie, 0.0 of a path score, Dec 2026: every
    // end mark on its line in the zoo's sources is its item's credit line).
    if ((role === 'section' || role === 'body' || role === 'caption') && END_MARK_RE.test(b.text.trim()) && (current ?? lastItem)?.paragraphs.length) role = 'byline';
    // So does an end dateline on its line (（本报东川6月19日电）, （新华社电）: END_DATELINE_RE) under an item's text:
    // its dateline, never a paragraph (a held-out fit read one so by a tie of 0.09 in a hard-wrapped daily, Dec 2026).
    if ((role === 'body' || role === 'caption') && END_DATELINE_RE.test(b.text.trim()) && (current ?? lastItem)?.paragraphs.length) role = 'byline';
    // A paragraph that ends in a credit (…保驾护航。（记者　孙丽）) is running text, not a credit line.
    if (role === 'byline' && !creditsOf(b.text).length && splitTrailingCredit(b.text)?.rest) role = 'body';
    const before = prevRole;
    prevRole = role;
    const reopen: Draft | null = closedByCredit;
    if (role !== 'byline' && role !== 'noise') closedByCredit = null;
    const pictured: Draft | null = closedByPicture;
    if (role !== 'noise') closedByPicture = null;
    if (jumpHeads.has(i)) {
      furniture.push({ text: b.text, line: b.lines[0], kind: 'jump' });
      mark(b, 'jump', null);
      repeatedHead.push(b.text);
      continue;
    }
    repeatedHead.length = 0;
    // A signature read as a label (本报编辑部 under a 更正 or an editorial, its date under it, then the
    // next item's headline): set right under the item's finished last paragraph, with no blank line
    // between, and a blank line or the rest of the signature after it, it signs that item. A column
    // label stands over its items, apart from the text above it; so does a kicker over its title (the same
    // signature read as the next story's kicker, 本报编辑部 over a blank line and a headline).
    if (((role === 'section' || role === 'kicker') && signsItem(i, before)) || (role === 'title' && signsAsHeadline(i, before))) {
      role = 'byline';
      prevRole = role;
    }
    if (role === 'section') {
      furniture.push({ text: b.text, line: b.lines[0], kind: 'section' });
      mark(b, 'section', null);
      openColumn(b.text);
      if (current) suspend(current);
      current = null;
      continue;
    }
    if (role === 'noise') {
      // OCR residue, or page furniture furniture.ts did not recognise: kept as furniture. Printed
      // words with no mark of OCR residue (a page label under the running head: 要闻, 凤鸣副刊; the
      // paper's name alone) are page furniture of kind running-head, not noise. A line of a 版记
      // (报送/抄送, …印发, 共印N份: COLOPHON_LINE_RE) read as furniture is the colophon.
      // (So is the rest of such a line, printed right under it: 报送：…常委会办 / 公室，市政协办公室。)
      const colophon = COLOPHON_LINE_RE.some((re) => re.test(b.text.trim())) || (i > 0 && lastColophon === i - 1 && !endsSentence(blocks[i - 1].text));
      const kind = colophon ? 'colophon' : isPageLabel(b.text) ? 'running-head' : 'noise';
      if (colophon) lastColophon = i;
      furniture.push({ text: b.text, line: b.lines[0], kind });
      mark(b, kind, null);
      continue;
    }
    if (role === 'byline') {
      const credits = creditsOf(b.text);
      const target: Draft | null = photoCreditTarget(current, credits) ?? current ?? lastItem;
      if (target) {
        mark(b, 'byline', target);
        const end = END_DATELINE_RE.exec(b.text.trim());
        if (end && target.dateline === null) target.dateline = b.text.trim();
        else {
          target.creditLines.push(b.text);
          if (target.paragraphs.length > target.notes && BRACKETED_CLOSER_RE.test(b.text.trim())) target.closers++;
        }
        target.credits.push(...credits);
        target.spans.push(...b.spans);
        // A byline under the headline (or under an editor's note there) opens the story; after the
        // body it closes it.
        // (Nor does a picture's credit naming no one, 受访者供图 under a caption: it credits the picture.)
        // (Nor does a reply's credit line under a message, 回复单位：…　回复时间：…: the reply under it is the
        // message's item's, bylines.ts headsReply.)
        if (current && !isPhotoCredit(credits) && !PICTURE_SOURCE_LINE_RE.test(b.text.trim()) && !headsReply(b.text) && current.paragraphs.length > current.notes) {
          closedByCredit = current;
          current = null;
        }
      } else {
        mark(b, 'unassigned', null);
        unassigned.push({ text: b.text, lines: b.lines });
        diagnostics.push(diag('warning', 'segment/orphan-byline', `byline ${b.text} follows no story`, b.lines[0]));
      }
      continue;
    }
    // The headline repeated over a jumped story's far half, read after its marker instead of before
    // it (Tesseract's hOCR of the held-out county paper orders （上接第1版） above the head): a
    // headline line right after the marker that is the resumed story's headline (through OCR slips:
    // REPEATED_HEAD_SIMILARITY) is the jump's furniture too.
    // So is such a line the decode read as running text or a cross-head (the line right under a jump's
    // incoming marker mostly goes on with the story's text: JUMP_IN_CONTINUES; a held-out fit read the
    // repeated head 南沙冷鏈物流中心正式啓用 so by a margin of 0.2, Dec 2026): one printed line that
    // repeats the headline ends no sentence of the story.
    const headLike = role === 'kicker' || role === 'title' || role === 'subtitle' || ((role === 'body' || role === 'crosshead') && b.rawLines.length === 1 && !endsSentence(b.text));
    if (resumed && headLike && repeatsHeadline(resumed, b.text)) {
      furniture.push({ text: b.text, line: b.lines[0], kind: 'jump' });
      mark(b, 'jump', null);
      titleFromRepeat(resumed, b.text);
      current = resumed;
      lastItem = resumed;
      continue;
    }
    resumed = null;
    // A short line set right under a one-line title, no blank line between, of the title line's width
    // (`continuesHeadline`) and with no mark of running text: the title wrapped in a narrow column
    // (崇川区召开老旧 / 小区改造专题推, Tesseract's text of a 3-column page), whatever the model called it
    // (a caption or running text of a headline-only item); the title path below joins it.
    if (
      (role === 'caption' || role === 'body') &&
      before === 'title' &&
      current !== null &&
      current.lastHead !== null &&
      current.paragraphs.length === 0 &&
      current.creditLines.length === 0 &&
      current.credits.length === 0 &&
      !current.subtitles.length &&
      current.title === current.lastHead.text &&
      current.lastHead.rawLines.length === 1 &&
      b.rawLines.length === 1 &&
      b.gapBefore === 0 &&
      !hasBodyPunctuation(b.text) &&
      !endsSentence(b.text) &&
      continuesHeadline(current.lastHead.text, b.rawLines[0].text)
    ) {
      role = 'subtitle';
      prevRole = role;
    }
    if (role === 'kicker' || role === 'title' || role === 'subtitle') {
      const cur = current as Draft | null;
      const headOpen = cur !== null && cur.paragraphs.length === 0 && cur.creditLines.length === 0 && cur.credits.length === 0;
      const prevHead = cur?.lastHead;
      // A short title line with a line of its width right under it (`continuesHeadline`, at most
      // one blank line between): the title wrapped in a narrow column (区领导督查全区 / 防汛防台工作,
      // a 3-column page read as text), one headline over two lines as the deck of two phrases
      // below is; the line continues the title, whatever its size made the model call it (subtitle, or a kicker
      // over the deck that follows).
      if (
        cur &&
        prevHead &&
        role !== 'title' &&
        before === 'title' &&
        headOpen &&
        !cur.subtitles.length &&
        cur.title === prevHead.text &&
        prevHead.rawLines.length === 1 &&
        b.gapBefore <= 1 &&
        continuesHeadline(prevHead.text, b.rawLines[0].text)
      ) {
        cur.title = joinHeadline(cur.title, b.text);
        cur.spans.push(...b.spans);
        cur.lastHead = b;
        headWrap = b;
        mark(b, 'title', cur);
        continue;
      }
      // The title right under a "kicker" or "subtitle" that was the title's own wrapped line
      // (区领导督查全区 / 防汛防台工作 / 筑牢坚固屏障 保障群众安全, a 3-column page read as text):
      // the deck under the whole title. The model read the wrapped line as the kicker over that
      // headline, or as the subtitle of a headline-only item; a headline with no body is a photo's
      // only when set off by PHOTO_GAP_LINES blank lines.
      if (
        role === 'title' &&
        cur &&
        headOpen &&
        (before === 'kicker' || before === 'subtitle') &&
        headWrap !== null &&
        cur.lastHead === headWrap &&
        b.gapBefore < PHOTO_GAP_LINES
      ) {
        role = 'subtitle';
        prevRole = role;
      }
      headWrap = null;
      // A headline line's short tail under it (推动城市品质治理能力双 / 提升, 用心用情打造群众满意精 /
      // 品工程, “市民观察团”用活群众监督 / 机制; read as a title, or as a kicker over the next line): at most HEADLINE_TAIL_MAX cells, and at most 1/HEADLINE_TAIL_RATIO of the line
      // above, with at most one blank line between, in a headline with no body yet. A narrow column
      // wraps a long deck so; an item's own title is not set right under another headline.
      if (
        (role === 'title' || role === 'kicker') &&
        cur &&
        headOpen &&
        prevHead &&
        (before === 'subtitle' || before === 'title') &&
        b.rawLines.length === 1 &&
        b.gapBefore <= 1 &&
        !hasBodyPunctuation(b.text) &&
        visualLength(b.text.trim()) <= HEADLINE_TAIL_MAX &&
        visualLength(b.text.trim()) * HEADLINE_TAIL_RATIO <= visualLength(prevHead.rawLines[prevHead.rawLines.length - 1].text.trim())
      ) {
        if (cur.subtitles.length) cur.subtitles[cur.subtitles.length - 1] = joinHeadline(cur.subtitles[cur.subtitles.length - 1], b.text.trim());
        else cur.title = joinHeadline(cur.title, b.text.trim());
        cur.spans.push(...b.spans);
        cur.lastHead = b;
        mark(b, cur.subtitles.length ? 'subtitle' : 'title', cur);
        // read as a kicker, it was tied to the headline under it: that one is the deck (headWrap)
        prevRole = role === 'kicker' ? 'kicker' : cur.subtitles.length ? 'subtitle' : 'title';
        headWrap = b;
        continue;
      }
      if (role === 'kicker') {
        // An item under a kicker of its own (漫画 over a cartoon's title) is no brief of the briefs column
        // above it, nor are the items after it: its kicker heads them as a column label would.
        leaveBriefs();
        // (A kicker line set off from the one above by PHOTO_GAP_LINES blank lines is no line of the same
        // kicker: the line above, with nothing under it, is a headline of its own, a photo's.)
        const apart = b.gapBefore >= PHOTO_GAP_LINES;
        if (headOpen && before === 'kicker' && cur && !cur.title && cur.kicker !== null && apart) {
          cur.title = cur.kicker;
          cur.kicker = null;
          for (const m of marks) if (m.draft === cur && m.role === 'kicker') m.role = 'title';
        }
        const d = headOpen && before === 'kicker' && cur && !cur.title && !apart ? cur : startItem(b);
        d.kicker = d.kicker === null ? b.text : d.kicker + b.text;
        d.spans.push(...b.spans);
        d.lastHead = b;
        mark(b, 'kicker', d);
        continue;
      }
      if (role === 'title' && !(headOpen && cur && before === 'kicker') && labelsNotices(i)) {
        furniture.push({ text: b.text, line: b.lines[0], kind: 'section' });
        mark(b, 'section', null);
        openColumn(b.text);
        if (current) suspend(current);
        current = null;
        prevRole = 'section';
        continue;
      }
      if (role === 'title') {
        let d: Draft;
        const kick = cur?.lastHead;
        if (
          headOpen &&
          cur &&
          before === 'kicker' &&
          !cur.title &&
          kick &&
          cur.kicker === kick.text &&
          kick.rawLines.length === 1 &&
          b.gapBefore <= 1 &&
          continuesHeadline(kick.text, b.rawLines[0].text)
        ) {
          // A "kicker" right over a title line of its width (`continuesHeadline`: 崇川区召开老旧 /
          // 小区改造专题推进会, a title wrapped over three lines of a narrow column): the title's
          // first line, as a title line over a "kicker" of its width is the title's second.
          cur.title = joinHeadline(kick.text, b.text);
          cur.kicker = null;
          for (let m = marks.length - 1; m >= 0; m--) {
            if (marks[m].block !== kick) continue;
            marks[m].role = 'title';
            break;
          }
          cur.spans.push(...b.spans);
          cur.lastHead = b;
          mark(b, 'title', cur);
          continue;
        }
        if (headOpen && cur && before === 'kicker' && !cur.title) d = cur;
        else if (headOpen && cur && before === 'title' && cur.title && !cur.subtitles.length) {
          cur.title = joinHeadline(cur.title, b.text);
          cur.spans.push(...b.spans);
          cur.lastHead = b;
          mark(b, 'title', cur);
          continue;
        } else if (
          headOpen &&
          cur &&
          before === 'subtitle' &&
          cur.kicker === null &&
          cur.title &&
          cur.subtitles.length === 1 &&
          !cur.setOff &&
          i > 0 &&
          blocks[i - 1] === cur.lastHead &&
          b.gapBefore < PHOTO_GAP_LINES
        ) {
          // A title right under a headline-only item's title and subtitle, nothing between (狼山镇街道开展
          // “大地美容”行动 / 齐心浇灌城市“文明花” / 全面整改到位, then the story): one stack of three decks
          // with no marks, kicker, title and subtitle (引题, 主题, 副题). A headline with no body, caption or
          // credit is no photo item when a story's headline follows it straight away; a photo's headline
          // is set off by PHOTO_GAP_LINES blank lines.
          const [kickerText, titleText] = [cur.title, cur.subtitles[0]];
          for (const m of marks) {
            if (m.draft !== cur) continue;
            if (m.role === 'title') m.role = 'kicker';
            else if (m.role === 'subtitle') m.role = 'title';
          }
          cur.kicker = kickerText;
          cur.title = titleText;
          cur.subtitles = [b.text];
          cur.spans.push(...b.spans);
          cur.lastHead = b;
          mark(b, 'subtitle', cur);
          prevRole = 'subtitle';
          continue;
        } else d = startItem(b);
        // A titled item ends a run of notices (its label heads one-paragraph notices only).
        if (column === 'notices') column = null;
        d.title = b.text;
        // A column label printed at the head of the title line (【热点关注】青山镇探索…): the item's
        // kicker, as printed, when it has none (TITLE_LABEL_RE).
        const label = d.kicker === null ? TITLE_LABEL_RE.exec(b.text.trim()) : null;
        if (label) {
          d.kicker = label[1];
          d.title = label[2];
        }
        d.spans.push(...b.spans);
        d.lastHead = b;
        mark(b, 'title', d);
        // An artwork's caption on one line (秋韵（国画）　　陈砚秋　作): the work's title is the item's
        // title, the artist and role its credit line, which closes the headline (a headline under it
        // opens the next item).
        const art = artworkCredit(b.text);
        if (art) {
          d.title = art.work;
          d.creditLines.push(b.text.trim().slice(art.work.length).trim());
          d.credits.push(art.credit);
        }
        // Set apart by PHOTO_GAP_LINES blank lines above and below: a photo's headline.
        let j = i + 1;
        while (j < blocks.length && heads.has(roles.get(j) ?? 'body')) j++;
        const after = blocks[j];
        d.setOff = b.gapBefore >= PHOTO_GAP_LINES && after !== undefined && after.gapBefore >= PHOTO_GAP_LINES;
        continue;
      }
      // subtitle
      if (!cur) {
        const d = startItem(b);
        d.title = b.text;
        d.spans.push(...b.spans);
        d.lastHead = b;
        mark(b, 'title', d);
        continue;
      }
      if (
        prevHead &&
        before === 'subtitle' &&
        prevHead.group === b.group &&
        cur.subtitles.length &&
        visualLength(prevHead.text) <= MAX_SPLIT_SUBTITLE_PART &&
        visualLength(b.text) <= MAX_SPLIT_SUBTITLE_PART
      ) {
        cur.subtitles[cur.subtitles.length - 1] += ` ${b.text}`;
      } else {
        cur.subtitles.push(b.text);
      }
      cur.spans.push(...b.spans);
      cur.lastHead = b;
      mark(b, 'subtitle', cur);
      continue;
    }
    // Running text: lead, body, caption, cross-head.
    if (role !== 'crosshead' && EDITOR_NOTE_RE.test(b.text)) {
      const after = nextRole(i);
      if (after === 'kicker' || after === 'title') {
        // An editor's note above a headline: it opens the story that headline starts.
        if (current) suspend(current);
        current = null;
        pendingNote = { block: b, role, at: marks.length };
        mark(b, role === 'caption' ? 'body' : role, null);
        continue;
      }
    }
    // Right under the credits that closed a document: a cross-head (a 政府令's signature and date,
    // then the regulation it promulgates; a notice's signature, then its enclosure) or a line of
    // its 版记 (抄送：…) is the same item. Taken before a column's headless items and before a story
    // interrupted further up (a 目录 whose last entry ends no sentence) claims the text.
    if (!current && reopen && (role === 'crosshead' || COPY_TO_RE.test(b.text.trim()))) {
      current = reopen;
      lastItem = reopen;
    }
    // Right under a paragraph of a story that ended in a picture's credit (a caption set in the story,
    // …走出山外。（本报记者　谭　雪　摄）): a cross-head, or running text under a caption, goes on with
    // that story. A picture's credit says who took the picture, not that the story's text is over (a
    // writer's credit run in, …。（记者　王峰）, does): the chapters of a feature go on under its photos
    // (the zoo's science-daily, bilingual-daily and tester21's weekend edition set captions so). Not
    // running text that opens a story of its own (a lead-in, a dateline), nor when a story cut off
    // mid-sentence waits for its rest (continuable). Taken before a column's headless items: a story
    // under a column label (特别报道) is one item.
    if (!current && pictured && (role === 'crosshead' || (pictured.caption && (role === 'body' || role === 'caption') && !continuable() && !parseLeadIn(b.text) && !startsWithDateline(b.text)))) {
      current = pictured;
      lastItem = pictured;
    }
    // Running text under a column label with no headline of its own (▲ briefs, a strip of
    // captions): an item of its own, with no title. A bulleted paragraph always opens one; any
    // other opens one when no item is open and no story above waits for the rest of a sentence.
    const bullet = ITEM_BULLET_RE.test(b.text.trim());
    // Running text with no item open (the item above closed by its credit) and signed at its end,
    // while a story of the page that ended a paragraph was signed nowhere: that story's rest, after
    // an item set into it at a paragraph's end (八旬老人的“菜园日记” … a brief closed by （汤颖） …
    // 这样的日记，… ·聂小荷·). The story's own signature under its rest says whose text it is.
    // A story of the page cut off mid-sentence and not taken up yet is the stronger claim: a
    // sentence must go on somewhere, while a story that ended a paragraph unsigned may be whole,
    // its credit lost (OCR may drop a byline, ·金驰· read as nothing or as a mark: the bundled issue
    // in 3 columns, Tesseract's plain text, scripts/ocr; the rest of 区领导调研环卫… then went to the
    // story above it).
    if (current === null && !bullet && role !== 'crosshead' && unsigned.length && !interruptedOnPage() && signedRunFrom(i)) {
      const target = unsigned.pop()!;
      current = target;
      lastItem = target;
    }
    // An editor's reply printed under a reader's letter (…　锦城区观众　柳梅芳 / 【编辑回复】柳阿姨您好！…):
    // the letter's, after its signature (credit-lexicon.ts REPLY_LABELS, READER_ROLES).
    if (current === null && role === 'body' && lastItem !== null && REPLY_OPENING_RE.test(b.text.trim()) && lastItem.credits.some((c) => READER_ROLES.some((r) => c.role.endsWith(r)))) {
      current = lastItem;
    }
    const cur = current as Draft | null;
    // A one-paragraph notice (…遗失…，声明作废。) under a notices label, or right after another such
    // notice or a notice that its signature closed: an item of its own, whatever waits above.
    // (One that names what was lost, or opens with an item's mark or number, starts one after any notice.)
    const last = cur === null ? null : lastBodyText(cur);
    const notice =
      role !== 'crosshead' &&
      isNoticeParagraph(b.text) &&
      ((column === 'notices' && (cur === null || cur.headless)) ||
        (cur !== null && isNoticeItem(cur) && last !== null && (isNoticeParagraph(last) || opensNotice(b.text))) ||
        (cur === null && lastItem !== null && isNoticeItem(lastItem) && (lastItem.notice || reopen === lastItem || opensNotice(b.text))));
    if (notice || (column !== null && role !== 'crosshead' && (cur === null ? bullet || !continuable() : cur.headless && bullet))) {
      const d = startItem(b);
      d.headless = true;
      d.notice = notice || column === 'notices';
      d.firstLine = b.lines[0];
      addParagraph(d, b, role);
      // Its closing credit (…。（汤　锐）, …。通讯员　符　晴　摄) ends it, as a notice's closing formula ends a one-paragraph notice.
      if (splitTrailingCredit(b.text) || notice) current = null;
      continue;
    }
    if (!current) {
      const target = continuable();
      if (target) {
        interrupted.pop();
        current = target;
        lastItem = target;
        pendingJoin = 'continuation';
      }
    }
    if (!current && role === 'crosshead') {
      // A cross-head with no story to sit in reads as a headline of its own.
      const d = startItem(b);
      d.title = b.text;
      d.spans.push(...b.spans);
      mark(b, 'title', d);
      continue;
    }
    // Running text under a box set into a story cut mid-sentence (…各單位要 / 安全小貼士 / 一、… 二、… 三、… /
    // 結合實際，組織…): the story's rest, its cut sentence going on (boxedInto).
    if (current && (role === 'body' || role === 'lead')) {
      const back = boxedInto(current, b.text);
      if (back) {
        interrupted.pop();
        current = back;
        lastItem = back;
        pendingJoin = 'continuation';
      }
    }
    // A paragraph under an unsigned item of one paragraph that speaks of the story set before that
    // item on the page and not of the item (一座帐篷学校的十年 … 岗嘉州气象台发布降温预报, one paragraph
    // … 十年间，…帐篷学校已经培养出…): the story's rest, after the item set into it at a paragraph's
    // end (storyResumedBy).
    if (current && role === 'body') {
      const back = storyResumedBy(current, b.text);
      if (back) {
        current = back;
        lastItem = back;
      }
    }
    if (current) {
      const d: Draft = current;
      const quoted = d.headless && role !== 'crosshead' ? lastBodyText(d) : null;
      const ranBefore = d.running;
      addParagraph(d, b, role);
      // A credit in brackets at the end of a paragraph (…。（记者 王峰）) ends the story; a picture's credit
      // (…。（本报记者　谭　雪　摄）) in a titled story with running text above it ends it unless its text
      // goes on (closedByPicture).
      const trailing = role !== 'crosshead' ? splitTrailingCredit(b.text) : null;
      if (trailing) {
        current = null;
        if (ranBefore && d.title && !d.headless && isPhotoCredit(trailing.credits)) closedByPicture = d;
      }
      // An untitled item of a column that is one whole quotation, closed by its dash-led attribution
      // (“…。” / ——市政协委员、…　X): a quote of a quote box, which the attribution ends; the box's next
      // quote is an item of its own (weights.ts QUOTE_ATTRIBUTION).
      else if (quoted !== null && d.paragraphs.length === 2 && isQuoteAttribution(quoted, b.text)) {
        d.quote = true;
        current = null;
      }
    } else {
      mark(b, 'unassigned', null);
      unassigned.push({ text: b.text, lines: b.lines });
      diagnostics.push(
        diag('warning', 'segment/orphan-fragment', `text at line ${b.lines[0]} belongs to no story (no headline before it)`, b.lines[0]),
      );
    }
  }

  for (const d of interrupted) {
    diagnostics.push(
      diag('info', 'segment/interrupted-article', `story "${d.title}" ends mid-sentence; its continuation was not found`, d.firstLine),
    );
  }
  for (const d of jumpedOut) {
    diagnostics.push(
      diag('warning', 'jump/unmatched', `story "${d.title}" jumps to page ${d.jumpOut ?? '?'}, which is not in this file`, d.jumpLine ?? d.firstLine),
    );
  }
  if (!drafts.length) {
    diagnostics.push(diag('warning', 'segment/no-articles', 'no article found: no headline followed by text', null));
  }
  // A run of short items under a column label whose name says nothing of briefs (文摘快递 before 快递 was
  // a briefs word, 本周关注, 信息窗, 庭审直播): a briefs column all the same when BRIEF_RUN_MIN or more
  // items at its head are each built like a brief (briefShaped). The strip ends at the first item that
  // is not: an ordinary story set after it with no label of its own (本报讯（通讯员…）, longer
  // paragraphs) is an article and leaves the briefs above it briefs (tester16: one such story had
  // made the three briefs above it articles).
  for (const run of columnRuns) {
    const strip = run.findIndex((d) => !briefShaped(d));
    const briefs = strip < 0 ? run : run.slice(0, strip);
    if (briefs.length >= BRIEF_RUN_MIN) for (const d of briefs) d.brief = true;
  }
  // Under a briefs column's label the strip ends so too: at the first item that is no brief (a
  // kicker, a subtitle, more than BRIEF_MAX_PARAGRAPHS paragraphs: a 公告 printed after 地方掃描's
  // briefs on the same page), the items after it are set there, no briefs of the column (a 本報小啟
  // under the 公告; tester29's taiwan-local-daily, Dec 2026).
  for (const run of briefsRuns) {
    const strip = run.findIndex((d) => !!d.kicker || d.subtitles.length > 0 || d.paragraphs.filter((p) => !p.crosshead).length > BRIEF_MAX_PARAGRAPHS);
    if (strip >= 0) for (const d of run.slice(strip + 1)) d.brief = false;
  }
  const paragraphLines = drafts.map((d) => d.paragraphs.map((p) => p.spans[0]?.[0] ?? d.firstLine));
  let blockRoles: BlockRole[] = [];
  if (withBlockRoles) {
    const index = new Map(drafts.map((d, k) => [d, k]));
    blockRoles = marks.map((m) => ({
      block: m.block,
      role: m.role,
      article: m.draft ? (index.get(m.draft) ?? null) : null,
    }));
  }
  // The blocks are read no more: let them (and the drafts' hold on them) go before the articles
  // are built, and each draft once its article is.
  blocks = [];
  marks.length = 0;
  pendingNote = null;
  current = lastItem = closedByCredit = null;
  interrupted.length = 0;
  jumpedOut.length = 0;
  for (const d of drafts) d.lastHead = null;
  const articles: Article[] = [];
  const left: (Draft | null)[] = drafts;
  for (let k = 0; k < left.length; k++) {
    articles.push(finish(left[k]!, k));
    left[k] = null;
  }
  return { articles, paragraphLines, furniture, unassigned, diagnostics, blockRoles };
}

/**
 * The blocks of every 版记 the model read as page furniture, whole: a 版记 is the run of text blocks
 * with a 版记 line (COLOPHON_LINE_RE: 报送/抄送, …印发, 共印N份) and the rest of such a line printed
 * right under it (one line, the line above ending no sentence), only furniture between them, as
 * features.ts reads it (feature COLOPHON). When the decoder reads any of its lines as noise, the whole
 * 版记 is the colophon: its lines share their evidence, and a 抄送 sentence should not stay in
 * the last item while the 印发 line under it goes to furniture. The line of the makers that
 * furniture.ts reads as an editor line (编辑：…　　签发：…) is the 版记's too when it carries the print run
 * or stands between its lines. Returns the blocks' indexes.
 */
function colophonBlocks(blocks: Block[], roles: RoleLookup): Set<number> {
  const out = new Set<number>();
  const isLine = (b: Block) => COLOPHON_LINE_RE.some((re) => re.test(b.text.trim()));
  let run: number[] = [];
  let noise = false;
  /** Editor lines (furniture.ts) right under the run's last line, only furniture between. */
  let makers: number[] = [];
  const close = () => {
    // The line of the issue's makers (编辑：…　　签发：…) is the 版记's when it carries the print run
    // (…　　共印100份) or stands between its lines (编辑：…　签发：… / （共印100份）): taken whole.
    if (noise) for (const k of [...run, ...makers.filter((m) => PRINT_RUN_RE.test(blocks[m].text.trim()) || m < run[run.length - 1])]) out.add(k);
    run = [];
    makers = [];
    noise = false;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'furniture') {
      if (run.length && b.furnitureKind === 'editor') makers.push(i);
      continue;
    }
    const prev = run.length ? blocks[run[run.length - 1]] : null;
    const rest = prev !== null && run[run.length - 1] === i - 1 && isLine(prev) && b.rawLines.length === 1 && !endsSentence(prev.text);
    if (isLine(b) || rest) {
      run.push(i);
      if (roles.get(i) === 'noise') noise = true;
    } else close();
  }
  close();
  return out;
}

/** The patterns of a column's or genre's label (weights.ts COLUMN_LABEL_CUES). */
const COLUMN_LABEL_RES: readonly RegExp[] = LEXICAL_CUES.filter(([name]) => COLUMN_LABEL_CUES.includes(name)).map(([, re]) => re);
/** A reprint's source note on a line of its own (weights.ts cue reprint-source): （摘自《…》…）, 据《桐江日报》. */
const REPRINT_SOURCE_RE: RegExp = LEXICAL_CUES.find(([name]) => name === 'reprint-source')![1];

/** Role words before a colon on a credit line of its own: 执笔：…, 本版制图：…. */
const COLON_ROLE_RE = /^([\p{Script=Han}/／]{1,6}?)\s*[：:]\s*/u;

/** An author's mark (□, ■, ★ …: AUTHOR_MARKS) opening a line, and the spaces after it. */
const AUTHOR_MARK_START_RE = new RegExp(`^[${AUTHOR_MARKS}]\\s*`, 'u');

/**
 * The credits of a line read as a byline: `parseCreditLine`, else the same after closing up the
 * padding of two-character names (本报记者　程　远 → 程远), else names after a role and a colon
 * (执笔：贺秋实　方　圆) or before an agency in brackets (邵　明摄（影像中国）), else the names
 * between byline marks as OCR read them (markers.ts `bylineFrameCredits`). A line that names
 * nobody (（作者为某某大学教授）, （完）) or ends in a colon (a label: 农事建议：) gives [].
 */
export function creditsOf(text: string): Credit[] {
  // A box or star before an author's name (□ 林怀瑾) marks the byline; it is no part of the name.
  const t = text.trim().replace(AUTHOR_MARK_START_RE, '');
  // A message's or a reply's credit line (网友“X”　留言编号：…　留言时间：…, 回复单位：…　回复时间：…).
  const message = messageCredits(t);
  if (message) return message;
  const credits = creditsOfLine(t);
  // A line ending in a colon is a label introducing what follows (农事建议：, 温馨提示:): it credits no
  // one, unless what it names is a person's name alone (张明明:, a byline whose closing dot OCR read as :).
  return /[：:]$/u.test(t) ? credits.filter((c) => c.role !== '' || isPersonalName(c.name)) : credits;
}

/** creditsOf of a line trimmed and its author's mark removed. */
function creditsOfLine(t: string): Credit[] {
  const direct = parseCreditLine(t);
  // Two names between byline dots whose space the OCR lost (·缪通陈苏君·): split as markers.ts reads them.
  if (direct) return direct.flatMap((c) => (!c.role && bylineFrame(t) ? (splitNameRun(c.name)?.map((name) => ({ name, role: '' })) ?? [c]) : [c]));
  const closed = closeUpNames(t);
  const again = parseCreditLine(closed) ?? parseCreditLine(closed.replace(/\s*[（(][^（）()]{1,12}[）)]$/u, ''));
  if (again) return again;
  const colon = COLON_ROLE_RE.exec(closed);
  // An editor's line (本版编辑：景　川, 责编：…) is page furniture: the desk, not the story's credit.
  if (colon && isEditorLine(closed)) return [];
  // A source line (来源：岚溪融媒, credit-lexicon.ts SOURCE_NOTE_ROLES) names a press or office, no person.
  if (colon && SOURCE_NOTE_ROLES.has(colon[1])) return [];
  if (colon) {
    const names = parseCredits(closed.slice(colon[0].length));
    if (names) return names.map((c) => ({ name: c.name, role: c.role || colon[1] }));
  }
  // Names alone, never a column's label read as one (文摘, 散文: COLUMN_LABEL_CUES).
  const bare = parseCredits(closed);
  if (bare && !COLUMN_LABEL_RES.some((re) => re.test(closed))) return bare;
  // A byline whose marks OCR misread (`'崇组宣.`, `.鸳通 陈苏君`, `王建春.`): the names between them.
  return bylineFrameCredits(t) ?? [];
}

/**
 * `parseLeadIn`, reading names padded to three cells in its bracket (（记者　陆晓雯　通讯员　钱　程）):
 * when the bracket names nobody as printed but does once closed up, it is the credit.
 */
function readLeadIn(text: string): LeadIn | null {
  const lead = parseLeadIn(text);
  if (!lead || lead.creditLine || lead.credits.length) return lead;
  const m = /^(.*?)\s*([（(][^（）()]+[）)])$/u.exec(lead.dateline);
  if (!m) return lead;
  const credits = creditsOf(m[2]);
  return credits.length ? { ...lead, dateline: m[1], creditLine: m[2], credits } : lead;
}

/**
 * True when a line read as noise is printed words, not OCR residue: at least two Han characters in
 * a row and a noiseScore below NOISE_IN_HEADLINE (residue scores 0.4 and more, markers.ts), or a
 * page name spaced out (文　化; furniture.ts PAGE_NAMES).
 */
function isPageLabel(text: string): boolean {
  return isPageName(text) || (/\p{Script=Han}{2}/u.test(text) && noiseScore(text) < NOISE_IN_HEADLINE);
}

/** Two printed lines of one headline: joined without a separator between Han, a space between Latin words. */
function joinHeadline(a: string, b: string): string {
  return /[A-Za-z0-9]$/u.test(a) && /^[A-Za-z0-9]/u.test(b) ? `${a} ${b}` : a + b;
}

/** Turns a draft into an Article (entities and date are filled in later). */
export function finish(d: Draft, k: number): Article {
  const paragraphs = d.paragraphs.map((p) => p.text);
  // (A paragraph closed by its picture's credit naming no photographer, …驻足。（澄川理工大学供图）, is a
  // caption as one closed by …摄 is: RUN_IN_PICTURE_SOURCE_RE; read before the credit leaves it.)
  const pictureNoted = paragraphs.length === 1 && RUN_IN_PICTURE_SOURCE_RE.test(paragraphs[0].trimEnd());
  // A credit in brackets at the end of the last paragraph: …工作。（记者 王峰）
  if (paragraphs.length) {
    const t = splitTrailingCredit(paragraphs[paragraphs.length - 1]);
    // …or one naming no person: a source note (…会长。（据《星岛日报》）), a picture's supplier (…表演。（某同乡会供图）).
    const note = t ? null : splitRunInSourceNote(paragraphs[paragraphs.length - 1]);
    if (note) {
      paragraphs[paragraphs.length - 1] = note.rest;
      d.creditLines.push(note.creditLine);
    } else if (t) {
      paragraphs[paragraphs.length - 1] = t.rest;
      d.creditLines.push(t.creditLine);
      d.credits.push(...t.credits);
      if (!t.rest) paragraphs.pop();
    } else if (paragraphs.length > 1) {
      // A press credit wrapped onto a line of its own under the caption or story (…七成。| 通讯员　黄晓芸　摄).
      const last = paragraphs[paragraphs.length - 1];
      const whole = parseCreditLine(last);
      if (whole?.some((c) => isPressRole(c.role))) {
        paragraphs.pop();
        d.creditLines.push(last);
        d.credits.push(...whole);
      } else {
        // A credit that runs in after the last sentence, wrapped onto a line of its own at a column's
        // edge (…可免费接种。| （鲁　晴）: a brief hard-wrapped where its sentence ends): read as it reads run in.
        const runIn = splitTrailingCredit(paragraphs[paragraphs.length - 2] + last.trim());
        if (runIn && runIn.creditLine === last.trim()) {
          paragraphs.pop();
          d.creditLines.push(last.trim());
          d.credits.push(...runIn.credits);
        }
      }
    }
  }
  const crossheads = d.paragraphs.flatMap((p, idx) => (p.crosshead ? [{ text: p.text, paragraph: idx }] : []));
  const spans = mergeSpans(d.spans);
  // A name is one identity however its dot is printed (买买提•艾力 is 买买提·艾力): names with the standard ·.
  // (Who supplied a picture, when no person, is a credit and no byline: isSupplierCredit, 江州卫视供图.)
  const bylines = [...new Set(d.credits.filter((c) => !isSupplierCredit(c)).map((c) => withStandardNameDots(c.name)))];
  // A photo item: a headline with no body, captions and no running text, or one paragraph with a photo credit or set
  // apart from the stories around it.
  // A reprint's source note naming a writer (（摘自《…》…　作者　林晓舟）) closes a text, not a picture.
  const writtenReprint = d.credits.length > 0 && !isPhotoCredit(d.credits) && d.creditLines.some((l) => REPRINT_SOURCE_RE.test(l.trim()));
  const pictureCredited = pictureNoted || (paragraphs.length === 1 && RUN_IN_PICTURE_SOURCE_RE.test(paragraphs[0].trimEnd()));
  const photo =
    paragraphs.length === 0 ||
    (d.caption && !d.running && !d.dateline && !writtenReprint && (!d.brief || isPhotoCredit(d.credits))) ||
    (paragraphs.length === 1 && !d.dateline && (isPhotoCredit(d.credits) || d.setOff || pictureCredited));
  return {
    id: `a${k + 1}`,
    // The contract's kinds are article | photo | brief (DESIGN.md, schema version 1): a notice of a run of
    // one-paragraph notices is a short item of its column, a brief; a titled notice (讣　告, 招标公告) an article.
    kind: photo ? 'photo' : isBrief(d, paragraphs) || d.notice || d.quote ? 'brief' : 'article',
    kicker: d.kicker,
    title: d.title,
    subtitles: d.subtitles,
    crossheads,
    dateline: d.dateline || null,
    bylines,
    credits: d.credits.map((c) => ({ ...c, name: withStandardNameDots(c.name) })),
    creditLines: d.creditLines,
    date: null,
    leaders: [],
    people: [],
    places: [],
    organizations: [],
    keywords: [],
    paragraphs,
    body: paragraphs.join('\n'),
    lines: spans.length ? [spans[0][0], spans.reduce((m, s) => Math.max(m, s[1]), 0)] : [d.firstLine, d.firstLine],
    spans,
    joins: d.joins,
  };
}

/**
 * A quotation's attribution: a line opening with a dash (——市政协委员、…副院长　X) under a paragraph that
 * is one whole quotation (WHOLE_QUOTATION_RE), itself no sentence of running text.
 */
function isQuoteAttribution(quote: string, text: string): boolean {
  const t = text.trim();
  return WHOLE_QUOTATION_RE.test(quote.trim()) && opensWithSubtitleDash(t) && !/[。！？!?]$/u.test(t);
}

/**
 * A paragraph that is a whole notice: it ends with a notice's closing formula (NOTICE_CLOSING_RE:
 * …声明作废。, 特此公告。) and is at most NOTICE_PARAGRAPH_MAX long (a lost-document notice runs 30-80
 * characters).
 */
function isNoticeParagraph(text: string): boolean {
  const t = text.trim();
  return NOTICE_CLOSING_RE.test(t) && visualLength(t) <= NOTICE_PARAGRAPH_MAX;
}

/**
 * A whole notice that opens a notice of its own wherever it stands: it opens with an item's mark or
 * number (■, 1．) or names what was lost and voids it (…遗失…，声明作废。), as a closing paragraph of a
 * longer notice (…特此公告。) does not.
 */
function opensNotice(text: string): boolean {
  const t = text.trim();
  return isNoticeParagraph(t) && (ITEM_BULLET_RE.test(t) || /^[0-9０-９]{1,2}[．.、]/u.test(t) || (/遗失|丢失|遺失/u.test(t) && /(?:声明作废|聲明作廢)[。！!]?$/u.test(t)));
}

/**
 * A notice: one of a run of one-paragraph notices (output kind `brief`), or an item titled with a notice's
 * genre word (NOTICE_TITLE_RE: 讣　告, 更　正, 遗失声明, 招标公告, 某县人民政府公告) that has no lead-in,
 * kicker or press credit (a news story about a 声明 has them: 本报讯, 记者).
 */
function isNoticeItem(d: Draft): boolean {
  if (d.notice) return true;
  return NOTICE_TITLE_RE.test(d.title.trim()) && !d.dateline && !d.kicker && !d.credits.some((c) => isPressRole(c.role));
}

/**
 * An item under a briefs column label (BRIEFS_COLUMN_RE) is a brief when it is built like one: a
 * title with no kicker or subtitle over at most BRIEF_MAX_PARAGRAPHS paragraphs, its lead-in
 * (新华社某地某日电, 本报讯) allowed; an ordinary story set under the column (a kicker, a subtitle,
 * more paragraphs) stays an article.
 */
function isBrief(d: Draft, paragraphs: string[]): boolean {
  return d.brief && !d.kicker && !d.subtitles.length && paragraphs.length <= BRIEF_MAX_PARAGRAPHS;
}

/** A credit line wholly in brackets (（严　可）, （梅法宣）, （记者　王峰）): a brief's closing credit when under its text. */
const BRACKETED_CLOSER_RE = /^[（(][^（）()]+[）)]$/u;

/**
 * An item built like a brief wherever it stands: a title with no kicker, subtitle, caption or credit
 * line of its own, over at most BRIEF_MAX_PARAGRAPHS paragraphs of running text, each at most
 * BRIEF_MAX_LENGTH long (a closing name in brackets allowed, run in or wrapped onto a line of its
 * own under the last sentence: Draft.closers).
 */
function briefShaped(d: Draft): boolean {
  const body = d.paragraphs.filter((p) => !p.crosshead);
  return (
    !!d.title &&
    !d.kicker &&
    !d.subtitles.length &&
    !d.caption &&
    d.creditLines.length === d.closers &&
    body.length >= 1 &&
    body.length <= BRIEF_MAX_PARAGRAPHS &&
    body.every((p) => visualLength(p.text) <= BRIEF_MAX_LENGTH)
  );
}

/** Sorts ranges by start and merges adjacent or overlapping ones (a gap of one blank line too). */
export function mergeSpans(spans: LineRange[]): LineRange[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: LineRange[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1] + 2) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/** A diagnostic at column 1 of `line` (or of no line). */
export function diag(severity: Diagnostic['severity'], code: string, message: string, line: number | null): Diagnostic {
  return { severity, code, message, line, column: line === null ? null : 1 };
}

/** The pairs of adjacent Han characters of a text (a cheap bag of its words). */
function hanBigrams(text: string): Set<string> {
  const out = new Set<string>();
  const han = [...text].map((c) => (/\p{Script=Han}/u.test(c) ? c : ' '));
  for (let i = 0; i + 1 < han.length; i++) if (han[i] !== ' ' && han[i + 1] !== ' ') out.add(han[i] + han[i + 1]);
  return out;
}
