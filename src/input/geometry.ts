/**
 * Page geometry of hOCR and ALTO: reading order, headlines by size, paragraphs by indent, and
 * paragraphs rejoined across column and page ends. Used by markup.ts when every line of the
 * markup has a box.
 *
 * Coordinates are pixels of the page image (hOCR `bbox x0 y0 x1 y1`, ALTO HPOS/VPOS/WIDTH/HEIGHT,
 * origin top left). A line's size is its font size when the markup gives one (hOCR `x_fsize`,
 * ALTO `STYLEREFS` → `TextStyle/@FONTSIZE`), else the height of its box (Tesseract's hOCR
 * `x_size` is one value per paragraph, so a title and the subtitle under it would share it); `size` in the output is relative: the line's
 * size ÷ the median size of body lines of the document (weighted by characters).
 *
 * Thresholds (HEADLINE_SIZE_RATIO and friends) live in heuristics.ts.
 */
import type { Diagnostic, LineGeometry } from '../types.js';
import {
  HEADLINE_SIZE_RATIO,
  HEADLINE_SAME_SIZE,
  HEADLINE_NEAR_RATIO,
  HEADLINE_TAIL_MAX,
  HEADLINE_TAIL_GAP,
  CUT_COLUMN_MIN_CHARS,
  GUTTER_CUT_GAP,
  LOST_CHAR_INDENT,
  NOISE_IN_HEADLINE,
  PAGE_BAND,
  RESIDUE_OVERLAP,
  ROW_JOIN_GAP,
  ROW_OVERLAP,
  PARAGRAPH_INDENT,
  WORD_GAP_SPACE,
  PARAGRAPH_SHORT_LINE,
  SET_APART_INDENT,
} from '../heuristics.js';
import { classifyFurniture } from '../stages/furniture.js';
import { isNoiseLine, noiseScore } from '../stages/markers.js';
import { endsSentence, hasBodyPunctuation, isHeadlineShaped } from '../text.js';
import { SECTION_NUMBER_RE } from '../stages/split-blocks.js';
import { estimatedTypeHeight, joinPlacedWords } from './words.js';

export type { LineGeometry } from '../types.js';

/** One printed line as read from hOCR or ALTO. */
export interface OcrLine {
  text: string;
  /** 1-based page number (order of `ocr_page` / `Page` elements). */
  page: number;
  /** Index of the paragraph or block element the line came from (unique in the document). */
  block: number;
  /** `[x0, y0, x1, y1]` in pixels, or null when the markup gives no coordinates. */
  bbox: [number, number, number, number] | null;
  /** Size in the markup's units (font size, x_size or height), or null. */
  size: number | null;
  /** True when `size` is a font size (x_fsize, FONTSIZE) rather than a measured height. */
  sizeIsFont: boolean;
  /**
   * Median height (pixels) of the line's word boxes of Han characters only, and how many there
   * were, or null when it has none: steadier than the line box, which residue and skew stretch
   * (optional).
   */
  glyph?: { height: number; words: number } | null;
  /** Sum of word confidences (0..1) times characters, and the characters that had one. */
  conf: { sum: number; chars: number } | null;
  /** The line's words with their boxes, in reading order (absent when a word has no box). */
  words?: OcrWord[];
  /**
   * The slope (dy/dx) of the page's skew as measured on this line (hOCR: its baseline, for a line of
   * SLOPE_MIN_CHARS characters or more; ALTO: the page's), or null (optional).
   */
  slope?: number | null;
  /** True for a piece of a line the OCR read across a column gutter, cut there (`cutAtGutters`). */
  cut?: boolean;
}

/** One word of an OCR line (hOCR `ocrx_word`, ALTO `String`) with its box and confidence (0..1). */
export interface OcrWord {
  text: string;
  bbox: [number, number, number, number];
  conf: number | null;
}

type Kind = 'body' | 'head' | 'noise' | 'furniture';

interface Placed {
  line: OcrLine;
  bbox: [number, number, number, number];
  size: number;
  rel: number;
  kind: Kind;
  column: number;
  spanning: boolean;
  /** Indented from the local left edge of its column (a paragraph's first line). */
  indent: number;
  /** A body line that ends PARAGRAPH_SHORT_LINE or more short of its column's local right edge. */
  short: boolean;
  /** Noise by the page geometry alone (residueInHeadlines, residueOverLines), not by its text. */
  residue?: boolean;
}

interface Blk {
  kind: Kind;
  lines: Placed[];
  page: number;
  column: number;
}

const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

function weightedMedian(values: { v: number; w: number }[]): number | null {
  const sorted = values.filter((x) => x.w > 0 && Number.isFinite(x.v)).sort((a, b) => a.v - b.v);
  const total = sorted.reduce((s, x) => s + x.w, 0);
  if (!total) return null;
  let acc = 0;
  for (const x of sorted) {
    acc += x.w;
    if (acc >= total / 2) return x.v;
  }
  return sorted[sorted.length - 1].v;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

/** Joins two printed lines of one paragraph or headline: a space only between Latin words. */
function joinLine(a: string, b: string): string {
  if (/[A-Za-z]$/u.test(a) && /^[A-Za-z]/u.test(b)) return `${a} ${b}`;
  return a + b;
}

/** Column intervals `[x0, x1]` of a page from the coverage of its body lines. */
function columnsOf(body: Placed[], charWidth: number): [number, number][] {
  return columnsOfSpans(
    body.map((p) => [p.bbox[0], p.bbox[2]]),
    charWidth,
  );
}

/**
 * Column intervals `[x0, x1]` of a page from the x extents of its body text (`spans`: line boxes,
 * or word boxes): the runs of x covered by more than a tenth of the most covered x, gaps narrower
 * than half a character (`charWidth`) closed.
 */
function columnsOfSpans(spans: [number, number][], charWidth: number): [number, number][] {
  if (!spans.length) return [[-Infinity, Infinity]];
  const bin = Math.max(1, Math.round(charWidth / 2));
  const lo = Math.min(...spans.map((p) => p[0]));
  const hi = Math.max(...spans.map((p) => p[1]));
  const n = Math.ceil((hi - lo) / bin) + 1;
  const cover = new Int32Array(n);
  for (const p of spans) {
    for (let i = Math.floor((p[0] - lo) / bin); i < Math.ceil((p[1] - lo) / bin) && i < n; i++) cover[i]++;
  }
  const max = Math.max(...cover);
  const threshold = Math.max(0, Math.floor(max * 0.1));
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const on = i < n && cover[i] > threshold;
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      runs.push([lo + start * bin, lo + i * bin]);
      start = -1;
    }
  }
  // Gaps narrower than half a character are inside a column, not gutters.
  const merged: [number, number][] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && r[0] - last[1] < charWidth / 2) last[1] = r[1];
    else merged.push([...r]);
  }
  return merged.length ? merged : [[-Infinity, Infinity]];
}

function overlap(a: [number, number], b: [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Han word boxes a line needs for its `glyph` height to count (one or two boxes are often a whole line's height). */
const GLYPH_MIN_WORDS = 3;

/**
 * True when two headline lines are set in one type: sizes within HEADLINE_SAME_SIZE, by their
 * line boxes or, when both have them, by the median heights of their Han word boxes (`glyph`: a
 * line box stretched by residue, `…安全生产工作先ii` at 1.17 × the line under it, measures 81 px
 * against 82 by its characters; Tesseract on the degraded bulletin render).
 */
function sameType(a: Placed, b: Placed): boolean {
  const within = (x: number, y: number, r: number) => x / y <= r && y / x <= r;
  if (within(a.size, b.size, HEADLINE_SAME_SIZE)) return true;
  // The characters' heights decide only between close line boxes (within HEADLINE_SAME_SIZE
  // twice over: a title over its document number, 84 and 58 px, stays apart) and with a few
  // characters each to take a median of.
  // Characters taller than their own line's box were not measured (Tesseract's ALTO gives 年 月 日
  // of `(2023年5月6日)` boxes of 81 px on a line 60 px high).
  const glyph = (p: Placed) => {
    const g = p.line.glyph;
    return g && g.words >= GLYPH_MIN_WORDS && g.height <= p.bbox[3] - p.bbox[1] ? g : null;
  };
  const ga = glyph(a);
  const gb = glyph(b);
  return (
    !a.line.sizeIsFont &&
    !b.line.sizeIsFont &&
    within(a.size, b.size, HEADLINE_SAME_SIZE * HEADLINE_SAME_SIZE) &&
    !!ga &&
    !!gb &&
    within(ga.height, gb.height, HEADLINE_SAME_SIZE)
  );
}

/**
 * True when `p`, a line read as noise for being one or two characters alone, is the last line of
 * the headline whose line `prev` is just above it: Han characters only (sentence punctuation
 * allowed), each as wide as the headline's line is high (the same type within
 * HEADLINE_SAME_SIZE), starting within the headline's width, and no further below it than a
 * headline's own line spacing (HEADLINE_TAIL_GAP of its height). Seen on the harness renders
 * (scripts/ocr, noise-free and Tesseract): 3-column titles `喜迎六一快乐成 / 长`, bulletin titles
 * `…的通 / 知`.
 */
function isHeadlineTail(p: Placed, prev: Placed): boolean {
  const chars = [...p.line.text.replace(/[\s\u3000]+/gu, '')];
  const han = chars.filter((c) => /\p{Script=Han}/u.test(c)).length;
  if (!han || han > 2 || chars.some((c) => !/\p{Script=Han}/u.test(c) && !PUNCT_OK.test(c))) return false;
  const prevHeight = prev.bbox[3] - prev.bbox[1];
  const width = (p.bbox[2] - p.bbox[0]) / chars.length;
  const ratio = width / prevHeight;
  if (ratio > HEADLINE_SAME_SIZE || ratio < 1 / (HEADLINE_SAME_SIZE * HEADLINE_SAME_SIZE)) return false;
  const gap = p.bbox[1] - prev.bbox[3];
  return gap >= -0.2 * prevHeight && gap <= HEADLINE_TAIL_GAP * prevHeight && p.bbox[0] >= prev.bbox[0] - prevHeight && p.bbox[0] < prev.bbox[2];
}

/**
 * Lines of a headline set only a little larger than body type (a kicker: 50 px over 42 px body,
 * 1.19) measure on either side of HEADLINE_SIZE_RATIO, since a line's box grows with its quotes
 * and commas (`…开展“大` 1.16, `地美容”行动，…` 1.28, `全部整改到位——` 1.16): a line at least
 * HEADLINE_NEAR_RATIO of body size, right above or below a headline line of the same type (within
 * HEADLINE_SAME_SIZE, as close as a headline's own lines: HEADLINE_TAIL_GAP) and starting at its
 * left edge, is headline too. `inCol`: one column's lines, top to bottom; kinds are changed in place.
 */
function promoteHeadlineLines(inCol: Placed[]): void {
  const SHORT_HEAD_TAIL_RE = new RegExp(`^\\p{Script=Han}{1,${HEADLINE_TAIL_MAX}}[：:—–-]*$`, 'u');
  const near = (a: Placed, b: Placed) => {
    const upper = a.bbox[1] <= b.bbox[1] ? a : b;
    const lower = upper === a ? b : a;
    const h = upper.bbox[3] - upper.bbox[1];
    const gap = lower.bbox[1] - upper.bbox[3];
    const ratio = a.size / b.size;
    return ratio <= HEADLINE_SAME_SIZE && ratio >= 1 / HEADLINE_SAME_SIZE && gap <= HEADLINE_TAIL_GAP * h && gap >= -0.2 * h && Math.abs(a.bbox[0] - b.bbox[0]) < h;
  };
  for (let changed = true; changed; ) {
    changed = false;
    inCol.forEach((p, i) => {
      if (p.kind !== 'body') return;
      // A headline's short last line (at most HEADLINE_TAIL_MAX Han characters, a kicker's colon or
      // dash after them) right under it is measured by a short box, one of a few characters'
      // heights: `强调:` under `林海涛在调研安全生产工作时` (kicker type, 1.25 of body) measured 1.09 on
      // the county paper's degraded render (Tesseract's hOCR, OCR harness) and broke the kicker in
      // two. Under a headline line of its type it is that line's tail when at least body size.
      const tail = p.rel >= 1 && SHORT_HEAD_TAIL_RE.test(p.line.text.trim()) && inCol[i - 1]?.kind === 'head' && near(p, inCol[i - 1]);
      if (p.rel < HEADLINE_NEAR_RATIO && !tail) return;
      const next = [inCol[i - 1], inCol[i + 1]].filter((q) => q && q.kind === 'head');
      if (next.some((q) => near(p, q))) {
        p.kind = 'head';
        changed = true;
      }
    });
  }
}

/**
 * True when body line `p`, set flush under a line `prev` that fills the column, is a heading of
 * its own rather than the paragraph's last line: `prev` ends a sentence or a bracket (…安全感。,
 * …建设局）, a 目录 entry's …（6）) and `p` is short, headline-shaped and, its section number
 * (二、 （三） 2.) aside, unpunctuated (二、项目内容, 2.实施学校食堂改造提升, 【县政府办公室文件】): a
 * paragraph's last line ends with its sentence's stop. The same evidence as split-blocks'
 * headline-after rule for plain text; seen in Tesseract's hOCR and ALTO of the harness's bulletin
 * render (scripts/ocr), where one paragraph element holds a paragraph and the cross-head under it.
 */
function isHeadingAfter(prev: Placed, p: Placed): boolean {
  const a = prev.line.text.trim();
  const b = p.line.text.trim();
  return p.short && (endsSentence(a) || /[）)]$/u.test(a)) && isHeadlineShaped(b) && !hasBodyPunctuation(b.replace(SECTION_NUMBER_RE, ''));
}

/**
 * Lines of one column (top to bottom) that are residue inside a headline: not noise by themselves,
 * but with a `noiseScore` of at least NOISE_IN_HEADLINE and set between two headline lines of one
 * type (the nearest lines above and below that are not noise), as `全mm 66 99` between the two
 * lines of `和干禧园社区坚持 / 运用 “四聚”工作法`. Their kind becomes noise, in place.
 */
function residueInHeadlines(inCol: Placed[]): void {
  inCol.forEach((p, i) => {
    if (p.kind !== 'body' || noiseScore(p.line.text) < NOISE_IN_HEADLINE) return;
    const above = inCol.slice(0, i).reverse().find((q) => q.kind !== 'noise');
    const below = inCol.slice(i + 1).find((q) => q.kind !== 'noise' && !(q.kind === 'body' && noiseScore(q.line.text) >= NOISE_IN_HEADLINE));
    if (above?.kind === 'head' && below?.kind === 'head' && sameType(above, below)) {
      p.kind = 'noise';
      p.residue = true;
    }
  });
}

/**
 * Lines of one column whose box lies over the box of a line in a larger type (RESIDUE_OVERLAP of
 * their height and width inside it, a size ratio past HEADLINE_SAME_SIZE): residue of that line
 * read apart (a bold headline's quotes as `下 66 人` inside `竺川启动“我助`), not printed lines,
 * whatever their text. A line measured at headline size counts too when its text has some noise
 * evidence (`noiseScore` NOISE_IN_HEADLINE or more): the top of a bold title read as a line of its
 * own, `三和一 &- Ah AZ [一 用` (0.5, 1.34 of body size) inside `青岚县人民代表大会常务委员会任免名单`
 * (Tesseract's hOCR of the OCR harness's degraded congress bulletin) had become the title's
 * subtitle; a kicker or deck scores 0-0.3. Their kind becomes noise, in place.
 */
function residueOverLines(inCol: Placed[]): void {
  const h = (p: Placed) => p.bbox[3] - p.bbox[1];
  for (const p of inCol) {
    if (p.kind !== 'body' && !(p.kind === 'head' && noiseScore(p.line.text) >= NOISE_IN_HEADLINE)) continue;
    const over = inCol.some((q) => {
      if (q === p || q.kind === 'noise' || h(q) <= h(p) * HEADLINE_SAME_SIZE) return false;
      const dy = overlap([p.bbox[1], p.bbox[3]], [q.bbox[1], q.bbox[3]]);
      const dx = overlap([p.bbox[0], p.bbox[2]], [q.bbox[0], q.bbox[2]]);
      return dy >= RESIDUE_OVERLAP * h(p) && dx >= RESIDUE_OVERLAP * (p.bbox[2] - p.bbox[0]);
    });
    if (over) {
      p.kind = 'noise';
      p.residue = true;
    }
  }
}

/**
 * Two lines of one column that are two readings of one printed line: their boxes overlap by
 * RESIDUE_OVERLAP of the lower box's height and of the narrower box's width, and they are set in
 * one type (`sameType`). Tesseract splits a large bold headline so (two `ocr_line`s over the same
 * ink, their words interleaved: `三世 、 ii和刀天号会公告` and `表册县人民代表大会常务委员会公` over the
 * one printed `青岚县人民代表大会常务委员会公告`, the harness's congress bulletin, scripts/ocr); no line
 * of the noise-free renderings overlaps another. The reading with the lower mean word confidence
 * (or, without confidences, the higher `noiseScore`) becomes noise (residue: kept as furniture,
 * so nothing is lost), in place.
 */
function doubleReadings(inCol: Placed[]): void {
  const h = (p: Placed) => p.bbox[3] - p.bbox[1];
  const w = (p: Placed) => p.bbox[2] - p.bbox[0];
  const conf = (p: Placed) => (p.line.conf && p.line.conf.chars ? p.line.conf.sum / p.line.conf.chars : null);
  for (let i = 0; i < inCol.length; i++) {
    const p = inCol[i];
    if (p.kind === 'noise' || p.kind === 'furniture') continue;
    for (let j = i + 1; j < inCol.length; j++) {
      const q = inCol[j];
      if (q.kind === 'noise' || q.kind === 'furniture') continue;
      if (q.bbox[1] >= p.bbox[3]) break;
      const dy = overlap([p.bbox[1], p.bbox[3]], [q.bbox[1], q.bbox[3]]);
      const dx = overlap([p.bbox[0], p.bbox[2]], [q.bbox[0], q.bbox[2]]);
      if (dy < RESIDUE_OVERLAP * Math.min(h(p), h(q)) || dx < RESIDUE_OVERLAP * Math.min(w(p), w(q)) || !sameType(p, q)) continue;
      const cp = conf(p);
      const cq = conf(q);
      const worse = cp !== null && cq !== null && cp !== cq ? (cp < cq ? p : q) : noiseScore(p.line.text) >= noiseScore(q.line.text) ? p : q;
      worse.kind = 'noise';
      worse.residue = true;
      if (worse === p) break;
    }
  }
}

/** One character of a line with its share of its word's box (`cutLine`). */
interface Cell {
  ch: string;
  word: number;
  x0: number;
  x1: number;
}

/** A mark in a gutter this many characters or less after a column's last character is set with it (`cutLine`). */
const GUTTER_MARK_NEAR = 0.5;
/** A word of a cut piece this many times the piece's median word height is left out of its box (`cutLine`). */
const CUT_WORD_TALL = 1.5;

/** Marks that close a phrase or a sentence: no line opens with one (kinsoku). */
const CLOSING_MARK_RE = /^[，。、；：！？”’）》」』〉】,.;:!?)\]]$/u;

/** A character that is no letter or digit (punctuation, a quote, a rule): in a gutter it is no evidence of text there. */
const MARK_RE = /^[^\p{L}\p{N}]$/u;

/**
 * The pieces of `line` cut at the `gutters` it was read across: a cut falls between two
 * characters (each word's box shared among its characters) whose gap holds a gutter's middle and
 * is at least GUTTER_CUT_GAP character widths (`cw`) wide. Marks (punctuation, quotes, rules) that
 * lie in the gutter are no text there (Tesseract reads the gutter's blank as `“`, `”`, `“，”`) and
 * go with the piece on their left, as a stop set past a column's edge does. Each piece gets the
 * box of its characters, its own size, confidence and Han glyph height; `[line]` when no cut falls.
 */
function cutLine(line: OcrLine, gutters: [number, number][], cw: number, slope: number): OcrLine[] {
  const words = line.words!;
  const cells: Cell[] = [];
  words.forEach((w, i) => {
    const chars = [...w.text];
    const step = (w.bbox[2] - w.bbox[0]) / chars.length;
    chars.forEach((ch, k) => cells.push({ ch, word: i, x0: w.bbox[0] + k * step, x1: w.bbox[0] + (k + 1) * step }));
  });
  const inGutter = (c: Cell) => gutters.some(([g0, g1]) => (c.x0 + c.x1) / 2 >= g0 && (c.x0 + c.x1) / 2 <= g1);
  const pieces: Cell[][] = [[]];
  // Marks in a gutter, held until the next character tells whether the line is cut there.
  let held: Cell[] = [];
  let right = -Infinity;
  for (const c of cells) {
    // (a closing mark past a gutter's middle would open the next column's line, where no line
    // opens: kinsoku; `。沅州港集装箱吞`, the 。 read from the gutter's edge)
    const pastMiddle = () => gutters.some(([g0, g1]) => right < (g0 + g1) / 2 && c.x0 > (g0 + g1) / 2);
    if (right > -Infinity && MARK_RE.test(c.ch) && (inGutter(c) || (CLOSING_MARK_RE.test(c.ch) && pastMiddle()))) {
      held.push(c);
      continue;
    }
    const across = right > -Infinity && gutters.some(([g0, g1]) => right < (g0 + g1) / 2 && c.x0 > (g0 + g1) / 2);
    if (across && c.x0 - right >= GUTTER_CUT_GAP * cw) {
      // A stop set close after the left column's last character (within GUTTER_MARK_NEAR of a
      // character) is that line's; marks standing apart in the gutter are a piece of their own.
      let k = 0;
      for (let last = right; k < held.length && held[k].x0 - last <= GUTTER_MARK_NEAR * cw; k++) last = held[k].x1;
      pieces[pieces.length - 1].push(...held.slice(0, k));
      if (k < held.length) pieces.push(held.slice(k));
      pieces.push([]);
      right = -Infinity;
    } else pieces[pieces.length - 1].push(...held);
    held = [];
    pieces[pieces.length - 1].push(c);
    right = Math.max(right, c.x1);
  }
  pieces[pieces.length - 1].push(...held);
  if (pieces.length < 2) return [line];
  return pieces.map((cs) => {
    // The piece's words: runs of its cells from one word, each with that word's box cut to them.
    const frags: OcrWord[] = [];
    for (const c of cs) {
      const last = frags[frags.length - 1] as (OcrWord & { word: number }) | undefined;
      if (last && last.word === c.word) {
        last.text += c.ch;
        last.bbox[2] = c.x1;
      } else {
        const w = words[c.word];
        frags.push({ text: c.ch, bbox: [c.x0, w.bbox[1], c.x1, w.bbox[3]], conf: w.conf, word: c.word } as OcrWord & { word: number });
      }
    }
    const round = (b: number[]) => b.map(Math.round) as [number, number, number, number];
    // The piece's height from its words, leaving out boxes far taller than the rest (Tesseract
    // gives a character of a line read across columns the height of the whole line now and then:
    // 华 and 社 of a byline at 91 px beside its other characters at 39-40).
    const tall = CUT_WORD_TALL * median(frags.map((f) => f.bbox[3] - f.bbox[1]));
    const ys = frags.filter((f) => f.bbox[3] - f.bbox[1] <= tall);
    const bbox = round([Math.min(...frags.map((f) => f.bbox[0])), Math.min(...ys.map((f) => f.bbox[1])), Math.max(...frags.map((f) => f.bbox[2])), Math.max(...ys.map((f) => f.bbox[3]))]);
    const han = frags.filter((f) => /^\p{Script=Han}+$/u.test(f.text)).map((f) => f.bbox[3] - f.bbox[1]).sort((a, b) => a - b);
    let sum = 0;
    let chars = 0;
    for (const f of frags) {
      if (f.conf === null) continue;
      sum += f.conf * [...f.text].length;
      chars += [...f.text].length;
    }
    const text = joinPlacedWords(
      frags.map((f) => ({ text: f.text, x0: f.bbox[0], x1: f.bbox[2] })),
      bbox[3] - bbox[1],
    );
    return {
      ...line,
      text,
      bbox,
      size: line.sizeIsFont ? line.size : estimatedTypeHeight(bbox, slope, han),
      conf: chars ? { sum, chars } : null,
      glyph: han.length ? { height: han[Math.floor(han.length / 2)], words: han.length } : null,
      words: frags.map((f) => ({ text: f.text, bbox: round(f.bbox), conf: f.conf })),
      slope: slope || null,
      cut: true,
    };
  });
}

/** A page's column gutters (x intervals), its body character width and its skew (`pageGutters`). */
interface PageGutters {
  gutters: [number, number][];
  cw: number;
  slope: number;
}

/**
 * The column gutters of each page: the gaps between the x ranges that its body words cover (word
 * boxes, not line boxes: a line the OCR read across columns leaves the gutters blank between its
 * words), between columns of CUT_COLUMN_MIN_CHARS characters or more; with the page's body
 * character width (the median height of lines of four Han characters or more) and its skew (the
 * median slope its lines give, 0 when none does). Pages without body lines are left out.
 */
function pageGutters(lines: OcrLine[]): Map<number, PageGutters> {
  const byPage = new Map<number, PageGutters>();
  for (const page of new Set(lines.map((l) => l.page))) {
    const onPage = lines.filter((l) => l.page === page && l.bbox);
    const text = onPage.filter((l) => hanCount(l.text) >= 4 && !isNoiseLine(l.text));
    const cw = median(text.map((l) => l.bbox![3] - l.bbox![1]));
    if (!cw) continue;
    const body = text.filter((l) => l.bbox![3] - l.bbox![1] < HEADLINE_SIZE_RATIO * cw);
    const spans = body.flatMap((l): [number, number][] => (l.words ? l.words.map((w) => [w.bbox[0], w.bbox[2]]) : [[l.bbox![0], l.bbox![2]]]));
    const cols = body.length ? columnsOfSpans(spans, cw).filter((c) => c[1] - c[0] >= CUT_COLUMN_MIN_CHARS * cw) : [];
    const gutters = cols.slice(1).map((c, i): [number, number] => [cols[i][1], c[0]]);
    const slopes = onPage.map((l) => l.slope).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
    byPage.set(page, { gutters, cw, slope: slopes.length ? median(slopes) : 0 });
  }
  return byPage;
}

/**
 * Lines the OCR read across a column gutter, cut into the lines of each column (`cutLine`):
 * Tesseract's page segmentation (mode 3) sometimes runs the lines of two or three columns into one
 * (the wire copy's first page in the OCR harness, heldout-wire-3col: `多部门部署迎峰 。沅州港集装箱吞`,
 * the first lines of two titles; the health paper's, two columns). Gutters by `pageGutters`. Lines
 * without word boxes, and pages of one column, are left as they are. The pieces take the line's
 * place, in order.
 */
export function cutAtGutters(lines: OcrLine[], gutters: Map<number, PageGutters> = pageGutters(lines)): OcrLine[] {
  return lines.flatMap((l) => {
    const g = gutters.get(l.page);
    if (!g || !g.gutters.length || !l.words || !l.bbox || l.words.length < 2) return [l];
    const crosses = g.gutters.filter(([g0, g1]) => l.bbox![0] < g0 && l.bbox![2] > g1);
    return crosses.length ? cutLine(l, crosses, g.cw, g.slope) : [l];
  });
}

/**
 * Parts of one printed line that the OCR gave as two lines side by side (the parts of a running
 * head, `云江晚报` and `2023年6月21日 星期三 第2版`; a byline's `新华社记者 一` and `凡 林 苇`, cut at the
 * wide blanks of ideographic spaces; Tesseract's hOCR of the OCR harness's wire copy), joined into
 * one line: on one row (their boxes overlap by ROW_OVERLAP of the lower one's height), in one type
 * (heights within HEADLINE_SAME_SIZE), the right one starting after the left one ends, at most
 * ROW_JOIN_GAP of their height apart, no gutter between them, neither noise nor marks alone (a
 * gutter's marks that `cutLine` set apart stay apart). Otherwise a paper's
 * name set apart from its running head starts the column under it and a byline's names stand apart
 * from its role. The joined line takes the place of the left one.
 */
export function joinRowParts(lines: OcrLine[], gutters: Map<number, PageGutters> = pageGutters(lines)): OcrLine[] {
  const h = (l: OcrLine) => l.bbox![3] - l.bbox![1];
  const gone = new Set<OcrLine>();
  const out = new Map<OcrLine, OcrLine>();
  const placed = lines.filter((l) => l.bbox && /[\p{L}\p{N}]/u.test(l.text) && !isNoiseLine(l.text));
  for (const page of new Set(placed.map((l) => l.page))) {
    const g = gutters.get(page)?.gutters ?? [];
    const row = placed.filter((l) => l.page === page).sort((a, b) => a.bbox![0] - b.bbox![0]);
    for (const p of row) {
      if (gone.has(p)) continue;
      let cur = out.get(p) ?? p;
      for (const q of row) {
        if (q === p || gone.has(q) || out.has(q)) continue;
        const lo = Math.min(h(cur), h(q));
        const dy = overlap([cur.bbox![1], cur.bbox![3]], [q.bbox![1], q.bbox![3]]);
        const gap = q.bbox![0] - cur.bbox![2];
        const ratio = h(cur) / h(q);
        if (dy < ROW_OVERLAP * lo || gap < 0 || gap > ROW_JOIN_GAP * lo || ratio > HEADLINE_SAME_SIZE || ratio < 1 / HEADLINE_SAME_SIZE) continue;
        if (g.some(([g0, g1]) => cur.bbox![2] < (g0 + g1) / 2 && q.bbox![0] > (g0 + g1) / 2)) continue;
        cur = joinParts(cur, q);
        gone.add(q);
      }
      if (cur !== p) out.set(p, cur);
    }
  }
  return lines.filter((l) => !gone.has(l)).map((l) => out.get(l) ?? l);
}

/** Two parts of one printed line (`joinRowParts`), left and right, as one line. */
function joinParts(a: OcrLine, b: OcrLine): OcrLine {
  const bbox: [number, number, number, number] = [a.bbox![0], Math.min(a.bbox![1], b.bbox![1]), b.bbox![2], Math.max(a.bbox![3], b.bbox![3])];
  const words = a.words && b.words ? [...a.words, ...b.words] : undefined;
  const gap = b.bbox![0] - a.bbox![2];
  const text = gap > WORD_GAP_SPACE * Math.min(a.bbox![3] - a.bbox![1], b.bbox![3] - b.bbox![1]) ? `${a.text} ${b.text}` : joinLine(a.text, b.text);
  const conf = a.conf || b.conf ? { sum: (a.conf?.sum ?? 0) + (b.conf?.sum ?? 0), chars: (a.conf?.chars ?? 0) + (b.conf?.chars ?? 0) } : null;
  const glyph = [a.glyph, b.glyph].filter((x): x is { height: number; words: number } => !!x).sort((x, y) => y.words - x.words)[0] ?? null;
  const size = a.size !== null && b.size !== null ? Math.max(a.size, b.size) : (a.size ?? b.size);
  return { ...a, text, bbox, size, conf, glyph, words, cut: a.cut || b.cut || undefined };
}

/** Sentence punctuation a headline's last line may carry with its characters (`…吗？`). */
const PUNCT_OK = /[，。、；：！？“”‘’（）《》,.;:!?()"'—…]/u;

/**
 * Lays out lines that all have boxes: returns the text (one block per paragraph, headline or
 * furniture line; blocks separated by a blank line; a paragraph or headline on one line), the
 * geometry of each output line, and diagnostics (`markup/cut-line`, info: a paragraph with a piece
 * of a line the OCR read across a gutter, cut there by `cutAtGutters`; `markup/spanning-line`: a line that crosses a
 * column gutter; its reading order may be wrong).
 *
 * Reading order: page; on each page the running heads and furniture of the top band first, then
 * the columns left to right, each top to bottom, then the furniture of the bottom band. Columns
 * are the x ranges covered by body lines. A paragraph begins at an indented line, after a line
 * that stops short of the column's right edge, after a vertical gap, or at a change of size; a
 * run of headline-size lines of one size is one headline (a title wrapped over two lines stays
 * one title). A column (or page) whose first paragraph starts unindented, when the previous
 * column's last paragraph does not end a sentence, continues that paragraph.
 */
export function layoutGeometry(lines: OcrLine[]): {
  text: string;
  geometry: (LineGeometry | null)[];
  diagnostics: Diagnostic[];
} {
  const gutters = pageGutters(lines);
  const sized = joinRowParts(cutAtGutters(lines, gutters), gutters).map((l) => {
    const bbox = l.bbox!;
    const size = l.size ?? bbox[3] - bbox[1];
    return { l, bbox, size };
  });
  const bodySize =
    weightedMedian(sized.filter((s) => hanCount(s.l.text) >= 4).map((s) => ({ v: s.size, w: hanCount(s.l.text) }))) ??
    median(sized.map((s) => s.size)) ??
    1;
  const placed: Placed[] = sized.map(({ l, bbox, size }) => {
    const rel = size / (bodySize || 1);
    const furniture = classifyFurniture(l.text);
    // A piece of marks alone that a cut left in a gutter (`cutLine`) is residue of the blank there.
    const gutterMarks = l.cut === true && !/[\p{L}\p{N}]/u.test(l.text);
    const kind: Kind = gutterMarks || isNoiseLine(l.text) ? 'noise' : furniture ? 'furniture' : rel >= HEADLINE_SIZE_RATIO ? 'head' : 'body';
    return { line: l, bbox, size, rel, kind, column: 0, spanning: false, indent: 0, short: false, ...(gutterMarks ? { residue: true } : {}) };
  });

  const blocks: Blk[] = [];
  const pages = [...new Set(placed.map((p) => p.line.page))].sort((a, b) => a - b);
  for (const page of pages) {
    const onPage = placed.filter((p) => p.line.page === page);
    // Character width: the median box height of body lines (a Han character is about square).
    const bodyLines = onPage.filter((p) => p.kind === 'body' && hanCount(p.line.text) >= 4);
    const cw = median((bodyLines.length ? bodyLines : onPage).map((p) => p.bbox[3] - p.bbox[1])) || 1;
    const top = Math.min(...onPage.map((p) => p.bbox[1]));
    const bottom = Math.max(...onPage.map((p) => p.bbox[3]));
    const band = (bottom - top) * PAGE_BAND;
    const isFurn = (p: Placed) => p.kind === 'furniture' || p.kind === 'noise';
    const header = onPage.filter((p) => isFurn(p) && p.bbox[3] <= top + band);
    const footer = onPage.filter((p) => isFurn(p) && p.bbox[1] >= bottom - band && !header.includes(p));
    const rest = onPage.filter((p) => !header.includes(p) && !footer.includes(p));
    const cols = columnsOf(
      rest.filter((p) => p.kind === 'body'),
      cw,
    );
    for (const p of rest) {
      const ov = cols.map((c) => overlap(c, [p.bbox[0], p.bbox[2]]));
      const best = ov.indexOf(Math.max(...ov));
      if (ov[best] > 0) {
        p.column = ov.findIndex((o) => o > cw);
        if (p.column < 0) p.column = best;
        p.spanning = ov.filter((o) => o > cw).length >= 2 && p.kind !== 'noise';
      } else {
        const cx = (p.bbox[0] + p.bbox[2]) / 2;
        const dist = cols.map((c) => Math.min(Math.abs(cx - c[0]), Math.abs(cx - c[1])));
        p.column = dist.indexOf(Math.min(...dist));
      }
    }
    const byY = (a: Placed, b: Placed) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0];
    for (const p of header.sort(byY)) blocks.push({ kind: p.kind, lines: [p], page, column: -1 });
    for (let c = 0; c < cols.length; c++) {
      const inCol = rest.filter((p) => p.column === c).sort(byY);
      residueOverLines(inCol);
      doubleReadings(inCol);
      promoteHeadlineLines(inCol);
      residueInHeadlines(inCol);
      const body = inCol.filter((p) => p.kind === 'body');
      // Local edges of the column (a window of body lines: skew moves the edges down the page).
      body.forEach((p, i) => {
        const win = body.slice(Math.max(0, i - 4), i + 5);
        const left = Math.min(...win.map((q) => q.bbox[0]));
        p.indent = (p.bbox[0] - left) / cw;
      });
      const rightEdge = (p: Placed) => {
        const i = body.indexOf(p);
        return median(body.slice(Math.max(0, i - 4), i + 5).map((q) => q.bbox[2]));
      };
      for (const p of body) p.short = (rightEdge(p) - p.bbox[2]) / cw >= PARAGRAPH_SHORT_LINE;
      let cur: Blk | null = null;
      let prev: Placed | null = null;
      // Noise read between two lines of one headline (`和干禧园社区坚持` / `一 一` / `运用“四聚”工作法`):
      // held back until the headline is whole, then laid out after it.
      let held: Placed[] = [];
      const release = () => {
        for (const q of held) blocks.push({ kind: q.kind, lines: [q], page, column: c });
        held = [];
      };
      for (const p of inCol) {
        if (p.kind === 'noise' && cur?.kind === 'head' && prev && !held.length && isHeadlineTail(p, prev)) {
          // The last character of a wrapped headline alone on its line (…保障群众安 / 全): the headline's.
          p.kind = 'head';
          cur.lines.push(p);
          prev = p;
          continue;
        }
        if (p.kind === 'noise' && cur?.kind === 'head') {
          held.push(p);
          continue;
        }
        if (held.length && !(p.kind === 'head' && cur?.kind === 'head')) release();
        let start = true;
        if (cur && prev && p.kind === cur.kind) {
          if (p.kind === 'body') {
            const gap = (p.bbox[1] - prev.bbox[3]) / cw > 1.2;
            // (an indent of one character under a full line that ends no sentence: its first character lost)
            const lostChar = p.indent < LOST_CHAR_INDENT && !prev.short && !endsSentence(prev.line.text.trim());
            start = (p.indent >= PARAGRAPH_INDENT && !lostChar) || prev.short || gap || prev.indent >= SET_APART_INDENT || isHeadingAfter(prev, p);
          } else if (p.kind === 'head') {
            const gap = p.bbox[1] - prev.bbox[3];
            start = !sameType(p, prev) || gap > 0.8 * (prev.bbox[3] - prev.bbox[1]);
          }
        }
        if (start) {
          release();
          cur = { kind: p.kind, lines: [p], page, column: c };
          blocks.push(cur);
        } else cur!.lines.push(p);
        prev = p;
      }
      release();
    }
    for (const p of footer.sort(byY)) blocks.push({ kind: p.kind, lines: [p], page, column: cols.length });
  }

  // A column or page that starts mid-paragraph continues the last paragraph before it.
  const out: Blk[] = [];
  let lastBody: Blk | null = null;
  let prevKey = '';
  let firstInColumn = false;
  for (const b of blocks) {
    const key = `${b.page}/${b.column}`;
    if (key !== prevKey && b.column >= 0) {
      firstInColumn = true;
      prevKey = key;
    }
    if (b.kind === 'noise' || b.kind === 'furniture') {
      out.push(b);
      continue;
    }
    // A label alone at the top (one short line that does not end like running text: 县政府文件
    // over a bulletin's page) starts the column; it continues nothing.
    const label = b.lines.length === 1 && b.lines[0].short && !endsSentence(b.lines[0].line.text) && !/[）)”’]$/u.test(b.lines[0].line.text.trim());
    if (
      b.kind === 'body' &&
      firstInColumn &&
      lastBody &&
      (lastBody.page !== b.page || lastBody.column !== b.column) &&
      b.lines[0].indent < PARAGRAPH_INDENT &&
      !label &&
      !endsSentence(lastBody.lines.map((l) => l.line.text).join(''))
    ) {
      lastBody.lines.push(...b.lines);
      firstInColumn = false;
      continue;
    }
    firstInColumn = false;
    out.push(b);
    lastBody = b.kind === 'body' ? b : null;
  }

  const textLines: string[] = [];
  const geometry: (LineGeometry | null)[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const b of out) {
    if (textLines.length) {
      textLines.push('');
      geometry.push(null);
    }
    const text = b.lines.map((l) => l.line.text).reduce((a, t) => (a ? joinLine(a, t) : t), '');
    const first = b.lines.filter((l) => l.line.page === b.lines[0].line.page && l.column === b.lines[0].column);
    const bbox: [number, number, number, number] = [
      Math.min(...first.map((l) => l.bbox[0])),
      Math.min(...first.map((l) => l.bbox[1])),
      Math.max(...first.map((l) => l.bbox[2])),
      Math.max(...first.map((l) => l.bbox[3])),
    ];
    let sum = 0;
    let chars = 0;
    for (const l of b.lines) {
      if (l.line.conf) {
        sum += l.line.conf.sum;
        chars += l.line.conf.chars;
      }
    }
    textLines.push(text);
    geometry.push({
      page: b.lines[0].line.page,
      bbox,
      size: Math.round(median(b.lines.map((l) => l.rel)) * 100) / 100,
      confidence: chars ? sum / chars : null,
      confidenceChars: chars,
      ...(b.kind === 'noise' && b.lines.every((l) => l.residue) ? { residue: true as const } : {}),
    });
    const cut = b.lines.find((l) => l.line.cut);
    if (cut) {
      diagnostics.push({
        severity: 'info',
        code: 'markup/cut-line',
        message: `the OCR read a line on page ${cut.line.page} across a column gutter; it was cut at the gutter ("${cut.line.text.slice(0, 20)}" is this column's part)`,
        line: textLines.length,
        column: 1,
      });
    }
    const span = b.lines.find((l) => l.spanning);
    if (span) {
      diagnostics.push({
        severity: 'warning',
        code: 'markup/spanning-line',
        message: `a line on page ${span.line.page} crosses a column gutter ("${span.line.text.slice(0, 20)}"); its reading order may be wrong`,
        line: textLines.length,
        column: 1,
      });
    }
  }
  return { text: textLines.join('\n') + (textLines.length ? '\n' : ''), geometry, diagnostics };
}
