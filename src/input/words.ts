/**
 * Words and lines of hOCR and ALTO measured from their boxes: how words join into a line's text,
 * a line's slope from its characters' tops, and the height of its type once the page's skew is
 * taken off. Shared by markup.ts (reading the markup) and geometry.ts (cutting a line read across
 * a column gutter into the lines of each column).
 */
import { WORD_GAP_SPACE } from '../heuristics.js';

/** Joins words of one line: nothing next to a Han character or CJK punctuation, else one space. */
export function joinWords(words: string[]): string {
  let out = '';
  for (const w of words.map((x) => x.trim()).filter(Boolean)) {
    if (!out) out = w;
    else if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]$/u.test(out) || /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u.test(w)) {
      out += w;
    } else out += ` ${w}`;
  }
  return out;
}

/** A word with its horizontal extent in pixels (null when the markup gives none). */
export interface PlacedWord {
  text: string;
  x0: number | null;
  x1: number | null;
}

/**
 * The height of a line's type from its box [x0, y0, x1, y1] and the slope of its baseline (dy/dx):
 * the box height less what the skew adds over the line's width (a 2,000-pixel line on a page
 * skewed 0.5° is about 17 pixels taller than its characters). Never below half the box height.
 */
export function deskewedHeight(box: [number, number, number, number], slope: number): number {
  const h = box[3] - box[1];
  const drift = Math.abs(slope) * (box[2] - box[0]);
  // A drift under SKEW_MIN_DRIFT of the height is measuring noise (an unskewed page), not skew.
  return drift < SKEW_MIN_DRIFT * h ? h : Math.max(h / 2, h - drift);
}

/**
 * The height of a line's type when its slope is estimated from its characters' tops (`slopeOf`;
 * ALTO gives no baseline): `deskewedHeight`, never below the median height of its Han word boxes
 * (`heights`, sorted; at least ESTIMATED_SLOPE_MIN_WORDS of them, none above the box) since a
 * character is no shorter than its type. A line Tesseract ran across three columns (wire copy's
 * first page, the OCR harness's heldout-wire-3col-clean: `度夏电力保供工”吐量同比增长一 新华社记者 …`)
 * has the tops of three lines set at different heights: a bogus slope had halved its 80-pixel
 * headline to body size, where hOCR's baseline kept it.
 */
export function estimatedTypeHeight(box: [number, number, number, number], slope: number, heights: number[]): number {
  const h = deskewedHeight(box, slope);
  if (heights.length < ESTIMATED_SLOPE_MIN_WORDS) return h;
  const glyph = heights[Math.floor(heights.length / 2)];
  return glyph <= box[3] - box[1] ? Math.max(h, glyph) : h;
}
/** Han word boxes a line needs for their median height to bound `estimatedTypeHeight` (as geometry.ts GLYPH_MIN_WORDS). */
const ESTIMATED_SLOPE_MIN_WORDS = 3;

/**
 * Skew drift (share of the line height) below which a line's box is taken as it is. Set on the
 * harness renders (scripts/ocr): 0.5° of skew adds 15-25 % to a full-width line's box; the slope
 * estimated from character tops on unskewed pages (ALTO has no baseline) adds up to about 8 %.
 */
export const SKEW_MIN_DRIFT = 0.12;
/** Characters a line needs for `slopeOf` to read its slope (fewer: medians of a few shapes are noise). */
export const SLOPE_MIN_CHARS = 15;

/**
 * The slope (dy/dx) of a line from the tops of its Han characters (one entry per character; a word
 * of several characters gives its box's top at each character's cell): the median top of the last
 * third against that of the first third (medians, since 一 or 口 sit lower in their box than 高). 0
 * with fewer than SLOPE_MIN_CHARS characters (a short line's skew adds little height).
 */
export function slopeOf(tops: { x: number; top: number }[]): number {
  if (tops.length < SLOPE_MIN_CHARS) return 0;
  const sorted = [...tops].sort((a, b) => a.x - b.x);
  const k = Math.floor(sorted.length / 3);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const first = sorted.slice(0, k);
  const last = sorted.slice(-k);
  const dx = med(last.map((t) => t.x)) - med(first.map((t) => t.x));
  return dx > 0 ? (med(last.map((t) => t.top)) - med(first.map((t) => t.top))) / dx : 0;
}

/**
 * Joins the words of a line with their boxes: as `joinWords`, and a space wherever the gap
 * between two words is wider than WORD_GAP_SPACE times the line height (a space printed between
 * phrases, `筑牢坚固屏障 保障群众安全`, or the gaps between OCR residue, `<  66  于 ??`).
 */
export function joinPlacedWords(words: PlacedWord[], height: number | null): string {
  let out = '';
  let prevX1: number | null = null;
  for (const w of words) {
    const t = w.text.trim();
    if (!t) continue;
    const wide = height !== null && prevX1 !== null && w.x0 !== null && w.x0 - prevX1 > WORD_GAP_SPACE * height;
    out = out && wide ? `${out} ${t}` : joinWords([out, t]);
    if (w.x1 !== null) prevX1 = w.x1;
  }
  return out;
}
