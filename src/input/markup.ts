/**
 * Input adapters for marked-up OCR: HTML, hOCR and ALTO XML, read with cheerio and laid out as the
 * plain-text form the pipeline reads (blocks separated by blank lines). Line numbers of the parsed
 * issue then count lines of this text, not of the markup.
 *
 * - HTML: every block element (p, h1-h6, li, blockquote, div without block children, td) is a
 *   block; `<br>` breaks a line. Script, style and head content is not text and is left out.
 * - hOCR (HTML with `ocr_*` classes, as Tesseract writes it) and ALTO XML (v2-v4): words are joined
 *   without spaces between Han characters and with one space between Latin words (ALTO `SP`
 *   elements, `HYP` hyphens at line ends). When the lines carry coordinates (hOCR `bbox`, ALTO
 *   `HPOS/VPOS/WIDTH/HEIGHT`) the page is laid out from its geometry (see `layoutGeometry` in
 *   geometry.ts): reading order page → column → y, headlines told by their size and a headline
 *   wrapped over several lines kept as one line, paragraphs told by indents and short last lines,
 *   a paragraph cut by a column or page end rejoined, one paragraph per output line, each with its
 *   page, box, relative size and word confidence. Without coordinates, `ocr_par` / `TextBlock`
 *   are blocks and `ocr_line` / `TextLine` lines, as printed.
 *
 * Safety: markup nested deeper than MAX_MARKUP_DEPTH elements is refused (`InputError`
 * `input/too-deep`, exit 4) before it is parsed (HTML parsers take quadratic time on such input);
 * every walk over the document is iterative. hOCR or ALTO that stops before its closing root tag
 * is reported as truncated: a warning `markup/truncated` when text was read, `InputError`
 * `input/truncated` when none was.
 */
import { createRequire } from 'node:module';
import type { AnyNode, Element } from 'domhandler';
import { InputError } from '../errors.js';
import type { Diagnostic, InputFormat } from '../types.js';
import { layoutGeometry, type OcrLine, type OcrWord, type LineGeometry } from './geometry.js';
import { deskewedHeight, estimatedTypeHeight, joinPlacedWords, joinWords, slopeOf, SLOPE_MIN_CHARS, type PlacedWord } from './words.js';

export { deskewedHeight, estimatedTypeHeight, joinWords, slopeOf } from './words.js';

type Cheerio = typeof import('cheerio');
let cheerioModule: Cheerio | null = null;

/** cheerio, loaded on first use: it costs about 0.25 s, which plain-text parsing should not pay. */
function cheerio(): Cheerio {
  cheerioModule ??= createRequire(import.meta.url)('cheerio') as Cheerio;
  return cheerioModule;
}

/**
 * Deepest element nesting read from HTML, hOCR or ALTO. Tesseract's hOCR and ALTO nest 6-8 deep
 * and web pages rarely pass 100; the HTML parser (parse5) takes quadratic time past a few thousand
 * (20,000 deep: 24 s), so deeper input is refused with one line (exit 4).
 */
export const MAX_MARKUP_DEPTH = 1000;

/** Guesses the format from the file name and the first characters of the text. */
export function sniffFormat(text: string, path: string | null | undefined): InputFormat {
  const ext = (path ?? '').toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? '';
  const head = text.slice(0, 4096).toLowerCase();
  if (head.includes('<alto') || (ext === 'xml' && head.includes('textblock'))) return 'alto';
  if (head.includes("class='ocr_page'") || head.includes('class="ocr_page"') || ext === 'hocr') return 'hocr';
  if (ext === 'html' || ext === 'htm' || /^\s*(?:<!doctype html|<html[\s>])/u.test(head)) return 'html';
  return 'text';
}

const VOID_TAGS = new Set(['br', 'img', 'meta', 'link', 'input', 'hr', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param', 'keygen', 'basefont', 'frame', '!doctype']);
/** Elements an HTML parser closes when a sibling of the same name opens (`<p>a<p>b`). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

/**
 * The deepest element nesting of a markup text, by a linear scan of its tags (void elements,
 * `<x/>`, comments and implicitly closed siblings such as `<p>a<p>b` do not nest). Stops counting
 * once past `limit`.
 */
export function markupDepth(text: string, limit = Infinity): number {
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<([/!?]?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/gu;
  const stack: string[] = [];
  let max = 0;
  for (const m of text.matchAll(re)) {
    if (!m[2] || m[1] === '!' || m[1] === '?') continue;
    const name = m[2].toLowerCase();
    if (m[1] === '/') {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (m[3] === '/' || VOID_TAGS.has(name)) continue;
    if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) stack.pop();
    stack.push(name);
    if (stack.length > max) {
      max = stack.length;
      if (max > limit) return max;
    }
  }
  return max;
}

/** Children of a node (elements and text), or none. */
function kids(n: AnyNode): AnyNode[] {
  return (n as unknown as { children?: AnyNode[] }).children ?? [];
}

/** The text of a node and its descendants, iteratively. */
function textOf(n: AnyNode): string {
  let out = '';
  const stack: AnyNode[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.type === 'text') out += (x as unknown as { data: string }).data;
    else {
      const c = kids(x);
      for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]);
    }
  }
  return out;
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th', 'pre', 'figcaption', 'dt', 'dd']);
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'body', 'ul', 'ol', 'table', 'tbody', 'thead', 'tr', 'figure', 'dl', 'center']);
const SKIP_TAGS = new Set(['script', 'style', 'head', 'noscript', 'template']);

function htmlBlocks(html: string): string[] {
  const $ = cheerio().load(html);
  const blocks: string[] = [];
  let lines: string[] = [''];
  const flush = () => {
    const text = lines.map((l) => l.replace(/[ \t\r\n]+/gu, ' ').trim()).filter(Boolean).join('\n');
    if (text) blocks.push(text);
    lines = [''];
  };
  // Iterative walk: an entry is a node to visit, or a marker to flush after a block's children.
  const stack: (AnyNode | 'flush')[] = [...kids($.root()[0])].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'flush') {
      flush();
      continue;
    }
    if (node.type === 'text') {
      lines[lines.length - 1] += (node as unknown as { data: string }).data;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const tag = (node as Element).tagName.toLowerCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'br') {
      lines.push('');
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag) || CONTAINER_TAGS.has(tag);
    if (isBlock) {
      flush();
      stack.push('flush');
    }
    const c = kids(node);
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]);
  }
  flush();
  return blocks;
}

/** hOCR `title` properties: `bbox 1 2 3 4; x_size 42; x_wconf 95` → {bbox: '1 2 3 4', …}. */
function hocrProps(title: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (title ?? '').split(';')) {
    const m = /^\s*(\S+)\s+(.*?)\s*$/u.exec(part);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

function bboxOf(s: string | undefined): [number, number, number, number] | null {
  const n = (s ?? '').split(/\s+/u).map(Number);
  return n.length === 4 && n.every(Number.isFinite) ? [n[0], n[1], n[2], n[3]] : null;
}

const HOCR_LINE_CLASSES = ['ocr_line', 'ocr_header', 'ocr_caption', 'ocr_textfloat'];

function classes(n: AnyNode): string[] {
  return ((n as Element).attribs?.class ?? '').split(/\s+/u);
}

/** Lines of an hOCR document with their page, paragraph and geometry (iterative walk). */
export function hocrLines(html: string): OcrLine[] {
  const $ = cheerio().load(html);
  const lines: OcrLine[] = [];
  let page = 0;
  let par = 0;
  type Ctx = { node: AnyNode; page: number; par: number };
  const stack: Ctx[] = [{ node: $.root()[0], page: 0, par: 0 }];
  while (stack.length) {
    const { node, page: pg, par: pr } = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const cls = node.type === 'tag' ? classes(node) : [];
    let ctxPage = pg;
    let ctxPar = pr;
    if (cls.includes('ocr_page')) ctxPage = ++page;
    if (cls.includes('ocr_par') || cls.includes('ocr_carea')) ctxPar = ++par;
    if (HOCR_LINE_CLASSES.some((c) => cls.includes(c))) {
      const props = hocrProps((node as Element).attribs.title);
      const lineBox = bboxOf(props.bbox);
      const words: (PlacedWord & { conf: number | null; height: number | null; box: [number, number, number, number] | null })[] = [];
      const ws: AnyNode[] = [...kids(node)].reverse();
      while (ws.length) {
        const w = ws.pop()!;
        if (w.type !== 'tag') continue;
        if (classes(w).includes('ocrx_word')) {
          const wp = hocrProps((w as Element).attribs.title);
          const box = bboxOf(wp.bbox);
          words.push({
            text: textOf(w),
            conf: wp.x_wconf === undefined ? null : Number(wp.x_wconf) / 100,
            x0: box?.[0] ?? null,
            x1: box?.[2] ?? null,
            height: box ? box[3] - box[1] : null,
            box,
          });
        } else ws.push(...[...kids(w)].reverse());
      }
      const text = words.length
        ? joinPlacedWords(words, lineBox ? lineBox[3] - lineBox[1] : null)
        : textOf(node).replace(/\s+/gu, ' ').trim();
      // Tesseract's x_size is one value per paragraph (a title and the subtitle set under it in
      // one ocr_par share it): the line's own box height measures each line; x_fsize, when an
      // engine writes it, is the font size itself.
      // A skewed page makes a long line's box taller than its type by the baseline's slope times
      // the line's width (Tesseract's `baseline <slope> <offset>`): taken off.
      // The baseline of a short line is no measure of the page's skew (Tesseract gave `强调:`, two
      // characters and a colon under a kicker on a page skewed 0.5°, a slope of -0.052, 3°, and so
      // set it apart from its kicker at body size; the county paper's degraded render, OCR harness):
      // under SLOPE_MIN_CHARS characters the box is taken as it is, as `slopeOf` does for ALTO.
      const baselineSlope = Number((props.baseline ?? '').split(/\s+/u)[0]);
      const slope = [...text.replace(/\s+/gu, '')].length >= SLOPE_MIN_CHARS ? baselineSlope : 0;
      const size =
        props.x_fsize !== undefined
          ? Number(props.x_fsize)
          : lineBox
            ? deskewedHeight(lineBox, Number.isFinite(slope) ? slope : 0)
            : Number(props.x_size);
      if (text) {
        lines.push({
          text,
          page: Math.max(1, ctxPage),
          block: ctxPar,
          bbox: bboxOf(props.bbox),
          size: Number.isFinite(size) && size > 0 ? size : null,
          sizeIsFont: props.x_fsize !== undefined,
          conf: confOf(words),
          glyph: glyphOf(words.filter((w) => /^\p{Script=Han}+$/u.test(w.text.trim())).map((w) => w.height)),
          words: ocrWords(words),
          slope: [...text.replace(/\s+/gu, '')].length >= SLOPE_MIN_CHARS && Number.isFinite(baselineSlope) ? baselineSlope : null,
        });
      }
      continue;
    }
    const c = kids(node);
    for (let i = c.length - 1; i >= 0; i--) stack.push({ node: c[i], page: ctxPage, par: ctxPar });
  }
  return lines;
}

/** The median of the heights given (nulls left out) and how many there were, or null when none. */
function glyphOf(xs: (number | null)[]): { height: number; words: number } | null {
  const v = xs.filter((x): x is number => x !== null && Number.isFinite(x) && x > 0).sort((a, b) => a - b);
  return v.length ? { height: v[Math.floor(v.length / 2)], words: v.length } : null;
}

/** The words of a line with their boxes, or undefined when one of them has none (then the line cannot be cut). */
function ocrWords(words: { text: string; conf: number | null; box: [number, number, number, number] | null }[]): OcrWord[] | undefined {
  const out: OcrWord[] = [];
  for (const w of words) {
    if (!w.text.trim()) continue;
    if (!w.box) return undefined;
    out.push({ text: w.text.trim(), bbox: w.box, conf: w.conf !== null && Number.isFinite(w.conf) ? w.conf : null });
  }
  return out.length ? out : undefined;
}

/** Character-weighted mean word confidence (0..1), or null when no word has one. */
function confOf(words: { text: string; conf: number | null }[]): { sum: number; chars: number } | null {
  let sum = 0;
  let chars = 0;
  for (const w of words) {
    if (w.conf === null || !Number.isFinite(w.conf)) continue;
    const n = [...w.text.trim()].length;
    sum += w.conf * n;
    chars += n;
  }
  return chars ? { sum, chars } : null;
}

function num(el: Element, name: string): number | null {
  const v = el.attribs[name];
  if (v === undefined) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Lines of an ALTO document with their page, block and geometry (iterative walk). */
export function altoLines(xml: string): OcrLine[] {
  const $ = cheerio().load(xml, { xml: true });
  const fontSizes = new Map<string, number>();
  const lines: OcrLine[] = [];
  // Lines measured by their boxes, with the slope their characters' tops give (null: too few) and
  // their Han word heights, sized once the page's skew is known (below).
  const measured: { line: OcrLine; box: [number, number, number, number]; slope: number | null; heights: number[] }[] = [];
  let page = 0;
  let block = 0;
  type Ctx = { node: AnyNode; page: number; block: number; style: string | null };
  const stack: Ctx[] = [{ node: $.root()[0], page: 0, block: 0, style: null }];
  while (stack.length) {
    const { node, page: pg, block: bl, style } = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    const name = node.type === 'tag' ? el.tagName.replace(/^.*:/u, '') : '';
    let ctxPage = pg;
    let ctxBlock = bl;
    const ctxStyle = (node.type === 'tag' && el.attribs.STYLEREFS) || style;
    if (name === 'TextStyle') {
      const size = num(el, 'FONTSIZE');
      if (el.attribs.ID && size !== null) fontSizes.set(el.attribs.ID, size);
      continue;
    }
    if (name === 'Page') ctxPage = ++page;
    if (name === 'TextBlock') ctxBlock = ++block;
    if (name === 'TextLine') {
      let text = '';
      const words: (PlacedWord & { conf: number | null; box: [number, number, number, number] | null })[] = [];
      let heights: number[] = [];
      const tops: { x: number; top: number }[] = [];
      let placed = true;
      for (const c of kids(node)) {
        if (c.type !== 'tag') continue;
        const w = c as Element;
        const wn = w.tagName.replace(/^.*:/u, '');
        if (wn === 'String') {
          const content = w.attribs.CONTENT ?? '';
          text = joinWords([text, content]);
          const wc = num(w, 'WC');
          const x0 = num(w, 'HPOS');
          const ww = num(w, 'WIDTH');
          if (x0 === null || ww === null) placed = false;
          const vpos = num(w, 'VPOS');
          const hgt = num(w, 'HEIGHT');
          words.push({
            text: content,
            conf: wc,
            x0,
            x1: x0 !== null && ww !== null ? x0 + ww : null,
            box: x0 !== null && ww !== null && vpos !== null && hgt !== null ? [x0, vpos, x0 + ww, vpos + hgt] : null,
          });
          // Heights of words of Han characters only (as hOCR's glyph): a word with digits or
          // brackets (2023年, 6日）) is as tall as its tallest mark.
          const h = num(w, 'HEIGHT');
          if (h !== null && /^\p{Script=Han}+$/u.test(content.trim())) heights.push(h);
          // The top of each Han character: a word of n characters (Tesseract groups 民政, 表彰 …)
          // gives its top at the centre of each of its n cells.
          const top = num(w, 'VPOS');
          const chars = [...content];
          if (top !== null && x0 !== null && ww !== null && /^\p{Script=Han}+$/u.test(content))
            chars.forEach((_, i) => tops.push({ x: x0 + ((i + 0.5) * ww) / chars.length, top }));
        } else if (wn === 'SP' && text && !/[\p{Script=Han}]$/u.test(text)) text += ' ';
        else if (wn === 'HYP') text += w.attribs.CONTENT ?? '-';
      }
      const ht0 = num(el, 'HEIGHT');
      // With word boxes, wide gaps are spaces (HYP hyphens are kept by the plain join only).
      if (placed && words.length && !/-$/u.test(text)) text = joinPlacedWords(words, ht0);
      text = text.trim();
      const x = num(el, 'HPOS');
      const y = num(el, 'VPOS');
      const wd = num(el, 'WIDTH');
      const ht = num(el, 'HEIGHT');
      const styleIds = (ctxStyle ?? '').split(/\s+/u).filter(Boolean);
      const font = styleIds.map((s) => fontSizes.get(s)).find((s) => s !== undefined);
      heights = heights.sort((a, b) => a - b);
      const median = heights.length ? heights[Math.floor(heights.length / 2)] : ht;
      if (text) {
        const box: [number, number, number, number] | null = x !== null && y !== null && wd !== null && ht !== null ? [x, y, x + wd, y + ht] : null;
        const line: OcrLine = {
          text,
          page: Math.max(1, ctxPage),
          block: ctxBlock,
          bbox: box,
          // The line box measures each line best (as for hOCR); the characters' median height
          // when the line has no height. (A box without a font size is sized below.)
          size: font ?? (box ? null : (ht ?? median ?? null)),
          sizeIsFont: font !== undefined,
          conf: confOf(words),
          glyph: heights.length ? { height: median!, words: heights.length } : null,
          words: ocrWords(words),
        };
        lines.push(line);
        if (font === undefined && box) measured.push({ line, box, slope: tops.length >= SLOPE_MIN_CHARS ? slopeOf(tops) : null, heights });
      }
      continue;
    }
    const c = kids(node);
    for (let i = c.length - 1; i >= 0; i--) stack.push({ node: c[i], page: ctxPage, block: ctxBlock, style: ctxStyle });
  }
  // ALTO gives no baseline: a page's skew is the median of the slopes its lines' characters give
  // (one rotation per scanned page). A line's own estimate is no measure when Tesseract ran several
  // columns' lines into one TextLine (their tops at three heights: wire copy's first page in the
  // OCR harness, heldout-wire-3col-clean, whose lines of 80 px were halved where hOCR's baselines,
  // slope 0, kept them).
  const pageSlope = new Map<number, number>();
  for (const pg of new Set(measured.map((m) => m.line.page))) {
    const slopes = measured.filter((m) => m.line.page === pg && m.slope !== null).map((m) => m.slope!).sort((a, b) => a - b);
    pageSlope.set(pg, slopes.length ? slopes[Math.floor(slopes.length / 2)] : 0);
  }
  for (const m of measured) {
    m.line.slope = pageSlope.get(m.line.page) ?? null;
    m.line.size = estimatedTypeHeight(m.box, m.line.slope ?? 0, m.heights);
  }
  return lines;
}

/** Blocks from lines without geometry: one block per paragraph element, one line per line. */
function blocksOf(lines: OcrLine[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let block = -1;
  for (const l of lines) {
    if (l.block !== block && cur.length) {
      out.push(cur.join('\n'));
      cur = [];
    }
    block = l.block;
    cur.push(l.text);
  }
  if (cur.length) out.push(cur.join('\n'));
  return out;
}

/** What `layoutMarkup` returns: the text to parse, per-line geometry and diagnostics. */
export interface MarkupLayout {
  /** The laid-out text: blocks separated by a blank line. */
  text: string;
  /**
   * Geometry of each line of `text` (index = line number - 1), or null for blank lines and for
   * input without coordinates. Empty for plain text and HTML.
   */
  geometry: (LineGeometry | null)[];
  diagnostics: Diagnostic[];
}

/** True when marked-up OCR stops before its closing root tag (`</alto>`, `</html>`). */
function truncated(text: string, format: InputFormat): boolean {
  const tail = text.slice(-512).trimEnd().toLowerCase();
  if (format === 'alto') return !/<\/(?:[\w-]+:)?alto>$/u.test(tail);
  if (format === 'hocr') return !/<\/html>$/u.test(tail);
  return false;
}

/**
 * Lays marked-up OCR out as plain text for the pipeline, with the geometry of each line when the
 * markup has coordinates. `format` `text` returns the input unchanged.
 *
 * Throws `InputError` `input/too-deep` for markup nested deeper than MAX_MARKUP_DEPTH and
 * `input/truncated` for hOCR/ALTO cut off before any text; never throws on otherwise malformed
 * markup (the parsers are lenient). Diagnostics: `markup/truncated` (warning), and those of
 * `layoutGeometry` (`markup/spanning-line`).
 */
export function layoutMarkup(text: string, format: InputFormat): MarkupLayout {
  if (format === 'text') return { text, geometry: [], diagnostics: [] };
  const depth = markupDepth(text, MAX_MARKUP_DEPTH);
  if (depth > MAX_MARKUP_DEPTH) {
    throw new InputError('input/too-deep', `markup nested more than ${MAX_MARKUP_DEPTH} elements deep; refused`);
  }
  const diagnostics: Diagnostic[] = [];
  const cut = truncated(text, format);
  let result: { text: string; geometry: (LineGeometry | null)[] };
  if (format === 'html') {
    const blocks = htmlBlocks(text);
    result = { text: blocks.join('\n\n') + (blocks.length ? '\n' : ''), geometry: [] };
  } else {
    const lines = format === 'alto' ? altoLines(text) : hocrLines(text);
    if (lines.length && lines.every((l) => l.bbox !== null)) {
      const laid = layoutGeometry(lines);
      diagnostics.push(...laid.diagnostics);
      result = laid;
    } else {
      const blocks = blocksOf(lines);
      result = { text: blocks.join('\n\n') + (blocks.length ? '\n' : ''), geometry: [] };
    }
  }
  if (cut) {
    const kind = format === 'alto' ? 'ALTO XML' : 'hOCR';
    if (!result.text.trim()) throw new InputError('input/truncated', `truncated ${kind}: the file ends before its closing tag and holds no text`);
    diagnostics.push({
      severity: 'warning',
      code: 'markup/truncated',
      message: `truncated ${kind}: the file ends before its closing tag; the text up to the cut was read`,
      line: null,
      column: null,
    });
  }
  return { ...result, diagnostics };
}

/**
 * Lays marked-up OCR out as plain text: blocks separated by a blank line (`layoutMarkup` without
 * the geometry). `format` `text` returns the input unchanged.
 */
export function markupToText(text: string, format: InputFormat): string {
  return layoutMarkup(text, format).text;
}
