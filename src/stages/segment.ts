/**
 * Stage 5: blocks → articles. Reads the blocks in order and decides, for each run of
 * headline-shaped blocks, whether it starts a new article (kicker, title, subtitles), is a photo
 * item (a headline with no body of its own), or holds cross-heads inside the story being read.
 *
 * Rules (from the real issue in shared/corpus and the conventions of Chinese district papers):
 * - A byline (·金驰·, （记者 …）) ends the story it follows.
 * - A headline run starts a new article after a byline or at the start, when it holds a kicker
 *   (a line ending in ——), when the story being read ended mid-sentence (it was interrupted and
 *   continues later), when the run is followed by a dateline or lead-in (5月25日上午, 本报讯), or
 *   when its lines are set apart by blank lines (title / subtitle). Otherwise its lines are
 *   cross-heads of the story being read.
 * - In a run, a kicker opens an item; a headline set off by PHOTO_GAP_LINES blank lines, or any item
 *   before a kicker, is a photo item; the first line after the kicker is the title, the rest are
 *   subtitles (two short lines of one block make one subtitle printed over two lines).
 * - Running text after a byline with no headline is a continuation: the rest of the most recent
 *   story that was interrupted mid-sentence. A jump marker (下转第3版) suspends a story until the
 *   matching (上接第1版) part; a repeated headline before that marker is layout (furniture).
 */
import type { Article, Block, Credit, Diagnostic, Furniture, Join, LineRange, LineRole, Unassigned } from '../types.js';
import { MAX_SPLIT_SUBTITLE_PART, PHOTO_GAP_LINES } from '../heuristics.js';
import { endsSentence, isColonKicker, isKickerLine, startsWithDateline, visualLength } from '../text.js';
import { parseCreditLine, parseLeadIn, splitTrailingCredit } from '../extract/bylines.js';
import { isHeadlineBlock } from './split-blocks.js';
import { endsStory } from './rejoin.js';
import { diag, isPhotoCredit, lastBodyText, mergeSpans } from './structure/assemble.js';
import { withStandardNameDots } from '../extract/dotted-names.js';

/** What the segmenter returns: articles without entities or dates yet, and the rest of the page. */
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
  /** Page named by a 下转 marker while the story waits for its other half. */
  jumpOut: number | null | undefined;
  /** Source line of the 下转 marker while the story waits for its other half. */
  jumpLine: number | null;
  firstLine: number;
  /** The headline stands apart, PHOTO_GAP_LINES blank lines above and below it: a photo's. */
  setOff: boolean;
}

function newDraft(firstLine: number): Draft {
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
    firstLine,
    setOff: false,
  };
}

/**
 * Segments blocks into articles. Pure; `blocks` come from `rejoin(splitBlocks(lines))`.
 * Diagnostics: `segment/orphan-fragment` (running text that belongs to no story),
 * `segment/orphan-byline`, `segment/interrupted-article` (a story cut off mid-sentence whose
 * continuation was never found), `jump/unmatched` (a jump marker without its other half),
 * `segment/no-articles` (nothing in the input looked like an article).
 */
export function segment(blocks: Block[]): Segmented {
  const drafts: Draft[] = [];
  const furniture: Furniture[] = [];
  const unassigned: Unassigned[] = [];
  const diagnostics: Diagnostic[] = [];
  let current: Draft | null = null;
  /** Stories cut off mid-sentence by another story's headline, most recent last. */
  const interrupted: Draft[] = [];
  /** Stories suspended by a 下转 jump, oldest first. */
  const jumpedOut: Draft[] = [];
  /** How the next paragraph joins the current story, when it is not simply the next one. */
  let pendingJoin: Join['kind'] | null = null;
  const roles: { block: Block; role: LineRole; draft: Draft | null }[] = [];
  const mark = (block: Block, role: LineRole, draft: Draft | null) => roles.push({ block, role, draft });

  const addParagraph = (d: Draft, b: Block, crosshead = false) => {
    const prev = d.paragraphs[d.paragraphs.length - 1];
    let text = b.text;
    let role: LineRole = crosshead ? 'crosshead' : 'body';
    if (d.paragraphs.length === 0 && !crosshead && d.dateline === null) {
      const lead = parseLeadIn(text);
      if (lead) {
        role = 'lead';
        d.dateline = lead.dateline;
        if (lead.creditLine) d.creditLines.push(lead.creditLine);
        d.credits.push(...lead.credits);
        text = lead.rest;
      }
    }
    mark(b, role, d);
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
  };

  const suspend = (d: Draft) => {
    const last = lastBodyText(d);
    if (last !== null && !endsStory(last)) interrupted.push(d);
  };

  const nextNonFurniture = (from: number): Block | undefined => {
    for (let k = from; k < blocks.length; k++) {
      if (blocks[k].kind !== 'furniture' || blocks[k].furnitureKind === 'jump') return blocks[k];
    }
    return undefined;
  };

  /** A colon kicker (观音山街道：) directly above a headline line. */
  const isKickerAbove = (k: number): boolean => {
    const x = blocks[k];
    if (x.kind !== 'text' || !isColonKicker(x.text)) return false;
    const after = nextNonFurniture(k + 1);
    return after !== undefined && isHeadlineBlock(after) && !isColonKicker(after.text);
  };

  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    if (b.kind === 'furniture') {
      furniture.push({ text: b.text, line: b.lines[0], kind: b.furnitureKind ?? 'running-head' });
      mark(b, furnitureRole(b), null);
      if (b.jump?.direction === 'out') {
        if (current) {
          current.jumpOut = b.jump.page;
          current.jumpLine = b.lines[0];
          jumpedOut.push(current);
          current = null;
        } else {
          diagnostics.push(diag('warning', 'jump/unmatched', `jump marker ${b.text} follows no story`, b.lines[0]));
        }
      } else if (b.jump?.direction === 'in') {
        const target = jumpedOut.shift();
        if (target) {
          if (current && current !== target) suspend(current);
          current = target;
          current.jumpOut = undefined;
          pendingJoin = 'jump';
        } else {
          diagnostics.push(
            diag('warning', 'jump/unmatched', `jump marker ${b.text} has no story that jumped here`, b.lines[0]),
          );
          if (current) suspend(current);
          current = null;
        }
      }
      i++;
      continue;
    }
    if (b.kind === 'byline') {
      const credits = parseCreditLine(b.text) ?? [];
      const target = current ?? (drafts.length && isPhotoCredit(credits) ? drafts[drafts.length - 1] : null);
      mark(b, target ? 'byline' : 'unassigned', target);
      if (target) {
        target.creditLines.push(b.text);
        target.credits.push(...credits);
        target.spans.push(...b.spans);
        // A byline under the headline (本报记者 郑丹丹, in features) opens the story; after the
        // body it closes it. A photo credit closes nothing.
        if (!isPhotoCredit(credits) && target.paragraphs.length > 0) current = null;
      } else {
        unassigned.push({ text: b.text, lines: b.lines });
        diagnostics.push(diag('warning', 'segment/orphan-byline', `byline ${b.text} follows no story`, b.lines[0]));
      }
      i++;
      continue;
    }
    if (isHeadlineBlock(b) || isKickerAbove(i)) {
      // Collect the run of headline-shaped blocks (furniture inside it is kept aside).
      const run: Block[] = [];
      let j = i;
      const runFurniture: Block[] = [];
      while (j < blocks.length) {
        const x = blocks[j];
        if (x.kind === 'text' && (isHeadlineBlock(x) || isKickerAbove(j))) run.push(x);
        else if (x.kind === 'furniture' && x.furnitureKind !== 'jump') runFurniture.push(x);
        else break;
        j++;
      }
      for (const f of runFurniture) {
        furniture.push({ text: f.text, line: f.lines[0], kind: f.furnitureKind ?? 'running-head' });
        mark(f, furnitureRole(f), null);
      }
      const next = nextNonFurniture(j);
      // A headline repeated above the far half of a jumped story (上接第1版) is layout.
      if (next?.furnitureKind === 'jump' && next.jump?.direction === 'in' && jumpedOut.length) {
        for (const h of run) {
          furniture.push({ text: h.text, line: h.lines[0], kind: 'jump' });
          mark(h, 'jump', null);
        }
        i = j;
        continue;
      }
      const hasKicker = run.some((h) => isKickerLine(h.text));
      const setApart = run.some((h, k) => k > 0 && h.gapBefore > 0);
      const last = current ? lastBodyText(current) : null;
      const datedNext = next?.kind === 'text' && !isHeadlineBlock(next) && startsWithDateline(next.text);
      const startsNew =
        !current ||
        current.setOff ||
        hasKicker ||
        setApart ||
        datedNext ||
        (last !== null && !endsStory(last)) ||
        (current.paragraphs.length === 0 && run.some((h) => h.gapBefore >= PHOTO_GAP_LINES));
      if (!startsNew && current && current.paragraphs.length === 0) {
        // More headline lines of the story whose title was just read (split by furniture).
        for (const h of run) {
          mark(h, 'subtitle', current);
          current.subtitles.push(h.text);
          current.spans.push(...h.spans);
        }
        i = j;
        continue;
      }
      if (!startsNew && current) {
        for (const h of run) addParagraph(current, h, true);
        i = j;
        continue;
      }
      if (current) suspend(current);
      current = null;
      pendingJoin = null;
      const items = splitHeadlineRun(run, mark);
      const after = blocks[j];
      items[items.length - 1].setOff =
        run[0].gapBefore >= PHOTO_GAP_LINES && after !== undefined && after.gapBefore >= PHOTO_GAP_LINES;
      for (const item of items) {
        drafts.push(item);
        current = item;
      }
      i = j;
      continue;
    }
    // Running text.
    if (!current) {
      const target = interrupted.pop();
      if (target) {
        current = target;
        pendingJoin = 'continuation';
      }
    }
    if (current) {
      addParagraph(current, b);
      // A credit in brackets at the end of a paragraph (…。（记者 王峰）) ends the story, as a byline does.
      if (splitTrailingCredit(b.text)) current = null;
    } else {
      mark(b, 'unassigned', null);
      unassigned.push({ text: b.text, lines: b.lines });
      diagnostics.push(
        diag(
          'warning',
          'segment/orphan-fragment',
          `text at line ${b.lines[0]} belongs to no story (no headline before it)`,
          b.lines[0],
        ),
      );
    }
    i++;
  }

  for (const d of interrupted) {
    diagnostics.push(
      diag('info', 'segment/interrupted-article', `story "${d.title}" ends mid-sentence; its continuation was not found`, d.firstLine),
    );
  }
  for (const d of jumpedOut) {
    diagnostics.push(diag('warning', 'jump/unmatched', `story "${d.title}" jumps to page ${d.jumpOut ?? '?'}, which is not in this file`, d.jumpLine ?? d.firstLine));
  }
  if (!drafts.length) {
    diagnostics.push(diag('warning', 'segment/no-articles', 'no article found: no headline followed by text', null));
  }
  const articles = drafts.map((d, k) => finish(d, k));
  const paragraphLines = drafts.map((d) => d.paragraphs.map((p) => p.spans[0]?.[0] ?? d.firstLine));
  const index = new Map(drafts.map((d, k) => [d, k]));
  const blockRoles = roles.map((r) => ({ block: r.block, role: r.role, article: r.draft ? (index.get(r.draft) ?? null) : null }));
  return { articles, paragraphLines, furniture, unassigned, diagnostics, blockRoles };
}

/** The line role of a furniture block (a masthead reads as a running head). */
function furnitureRole(b: Block): LineRole {
  const k = b.furnitureKind ?? 'running-head';
  return k === 'masthead' ? 'running-head' : k;
}

/** Splits a run of headline blocks into items: [kicker] title [subtitles]; all but the last are photo items. */
function splitHeadlineRun(run: Block[], mark: (b: Block, role: LineRole, d: Draft) => void): Draft[] {
  const items: Draft[] = [];
  let item: Draft | null = null;
  let prev: Block | null = null;
  for (const h of run) {
    const kicker = isKickerLine(h.text);
    const apart = h.gapBefore >= PHOTO_GAP_LINES;
    if (!item || (item.title && (kicker || apart))) {
      item = newDraft(h.lines[0]);
      items.push(item);
    }
    item.spans.push(...h.spans);
    mark(h, kicker && !item.title ? 'kicker' : !item.title ? 'title' : 'subtitle', item);
    if (kicker && !item.title) {
      item.kicker = item.kicker ? item.kicker + h.text : h.text;
    } else if (!item.title) {
      item.title = h.text;
    } else if (
      prev &&
      prev.group === h.group &&
      item.subtitles.length &&
      visualLength(prev.text) <= MAX_SPLIT_SUBTITLE_PART &&
      visualLength(h.text) <= MAX_SPLIT_SUBTITLE_PART
    ) {
      item.subtitles[item.subtitles.length - 1] += ` ${h.text}`;
    } else {
      item.subtitles.push(h.text);
    }
    prev = h;
  }
  for (const it of items) {
    if (!it.title && it.kicker) {
      it.title = it.kicker;
      it.kicker = null;
    }
  }
  return items;
}

function finish(d: Draft, k: number): Article {
  const paragraphs = d.paragraphs.map((p) => p.text);
  // A credit in brackets at the end of the last paragraph: …工作。（记者 王峰）
  if (paragraphs.length) {
    const t = splitTrailingCredit(paragraphs[paragraphs.length - 1]);
    if (t) {
      paragraphs[paragraphs.length - 1] = t.rest;
      d.creditLines.push(t.creditLine);
      d.credits.push(...t.credits);
      if (!t.rest) paragraphs.pop();
    }
  }
  const crossheads = d.paragraphs.flatMap((p, idx) => (p.crosshead ? [{ text: p.text, paragraph: idx }] : []));
  const spans = mergeSpans(d.spans);
  // A name is one identity however its dot is printed (买买提•艾力 is 买买提·艾力): names with the standard ·.
  const bylines = [...new Set(d.credits.map((c) => withStandardNameDots(c.name)))];
  // A photo item: a headline with no body, or with one caption and a photo credit or set apart
  // from the stories around it (the real issue's 喜迎六一 快乐成长).
  const photo =
    paragraphs.length === 0 || (paragraphs.length === 1 && !d.dateline && (isPhotoCredit(d.credits) || d.setOff));
  return {
    id: `a${k + 1}`,
    kind: photo ? 'photo' : 'article',
    kicker: d.kicker,
    title: d.title,
    subtitles: d.subtitles,
    crossheads,
    dateline: d.dateline,
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
