/**
 * Stage 2: text → numbered lines. Normalizing serves matching, not rewriting: the text stays as
 * printed except for the changes listed here.
 *
 * What changes:
 *
 * - **Line ends**: CRLF and a lone CR become LF; the text is split into lines numbered from 1. A
 *   final line break does not start an extra empty line. U+2028/U+2029/U+0085 are not line breaks.
 * - **Zero-width characters** U+200B (zero-width space), U+200C (ZWNJ), U+200D (ZWJ), U+2060 (word
 *   joiner) and U+FEFF (BOM / ZWNBSP) are removed wherever they are; a BOM at the very start is
 *   dropped silently, the others are counted in an info diagnostic `normalize/zero-width-removed` per
 *   line (column of the first).
 * - **No-break spaces** U+00A0, U+2007 (figure space) and U+202F (narrow no-break space) become an
 *   ordinary space U+0020.
 * - **Spaced-out lines**: some OCR engines put a space between every character
 *   (`1 0 月 9 日 ， 区 委`). A line is *spaced out* when, leaving aside its indent, it has at least
 *   {@link SPACED_OUT_MIN_TOKENS} space-separated tokens, at least {@link SPACED_OUT_MIN_SINGLE_SHARE}
 *   of them one character long, and at least one Han character. In a spaced-out line a *single*
 *   space next to a one-character token (Han, CJK punctuation, digit, letter) is removed
 *   (`10月9日，区委`, `· 金 驰 ·` → `·金驰·`); runs of two or more spaces and single spaces between two
 *   longer tokens (`New York`) stay, as do the indent and trailing spaces. An info diagnostic
 *   `normalize/spaced-out-line` gives each such line.
 *
 * What does not change:
 *
 * - Lines that are not spaced out keep every space, also between Han characters: `筑牢坚固屏障
 *   保障群众安全` (a subtitle of two phrases), `·缪通 陈苏君·` (two names), `2023 年`.
 * - U+3000 (ideographic space) is kept: it marks paragraph indents in hard-wrapped OCR.
 * - Full-width digits, letters and punctuation (`１０月`, `，`) are kept as printed; extractors match
 *   through {@link foldForMatching}.
 * - Tabs, other Unicode spaces, leading and trailing whitespace, and everything else.
 *
 * Every step only removes spaces and zero-width characters or swaps one space for another, so no
 * Han character (or any other visible character) is ever lost, and `normalize` is idempotent on the
 * joined lines. Linear time: one pass per line, no backtracking regular expressions.
 */
import type { Diagnostic, SourceLine } from '../types.js';
import { LineCollector } from './decode.js';

/** The normalised text split into numbered lines. */
export interface Normalized {
  /** One entry per source line, `line` 1-based, in order. */
  lines: SourceLine[];
  /** Info diagnostics: `normalize/zero-width-removed`, `normalize/spaced-out-line`. */
  diagnostics: Diagnostic[];
}

// ---- Heuristic thresholds -------------------------------------------------------------------------

/**
 * A spaced-out line has at least this many tokens. Four keeps `记者 王 峰` and two-character names
 * padded to three (`王  峰`) out, and lets `· 金 驰 ·` in. Tuned on: the handed case
 * `ocr-spaces-between-characters` and the real issue in ../shared/corpus (no line there qualifies).
 */
const SPACED_OUT_MIN_TOKENS = 4;
/**
 * Share of one-character tokens in a spaced-out line. Ordinary lines with padded names
 * (`记者 王 峰 通讯员 李 明`: 4 of 6) stay below it; spaced-out lines with a Latin word
 * (`新 华 社 COVID-19 报 道`: 5 of 6) stay above.
 */
const SPACED_OUT_MIN_SINGLE_SHARE = 0.8;

// ---- Public API -------------------------------------------------------------------------------------

/**
 * Normalises text and splits it into 1-based numbered lines (see the module doc for exactly what
 * changes).
 *
 * @param text decoded text (any line ends).
 * @param firstLine the number of the text's first line (a window of a larger text, src/windowed.ts: its lines numbered as in the whole).
 * @returns `{lines, diagnostics}`; `lines[i].line === i + firstLine`.
 */
export function normalize(text: string, firstLine = 1): Normalized {
  const zeroWidth = new LineCollector('normalize/zero-width-removed', 'zero-width character removed', 'info');
  const spacedOut = new LineCollector('normalize/spaced-out-line', 'spaced-out line: single spaces between characters removed', 'info');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const raw = splitLines(text);
  const lines: SourceLine[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const n = i + firstLine;
    let t = raw[i];
    if (NEEDS_CHAR_WORK.test(t)) {
      const col = firstIndexOf(t, isZeroWidth);
      if (col >= 0) zeroWidth.add(n, col + 1);
      t = t.replace(ZERO_WIDTH_G, '').replace(NO_BREAK_SPACE_G, ' ');
    }
    if (t.includes(' ')) {
      const collapsed = collapseSpacedOut(t);
      // (a spaced-out line whose spaces are all runs of two or more, 区  区  区  区, loses none: no diagnostic)
      if (collapsed !== null && collapsed !== t) {
        spacedOut.add(n, 1);
        t = collapsed;
      }
    }
    lines[i] = { line: n, text: t };
  }
  return { lines, diagnostics: [...zeroWidth.diagnostics(), ...spacedOut.diagnostics()] };
}

/**
 * Folds text for matching (names, titles, dates, numbers), never for output: NFKC (full-width
 * digits, letters and punctuation → ASCII, U+3000 → space, compatibility forms), then removes all
 * whitespace and zero-width characters. `foldForMatching('１０月 9日\u200b，区委')` → `'10月9日,区委'`.
 */
export function foldForMatching(s: string): string {
  return s.normalize('NFKC').replace(FOLD_REMOVE_G, '');
}

/**
 * If `line` is spaced out (see the module doc), returns it with single spaces next to one-character
 * tokens removed; otherwise null. Linear in the line length.
 */
export function collapseSpacedOut(line: string): string | null {
  // Leave the indent and trailing spaces as they are.
  let start = 0;
  while (start < line.length && isIndentSpace(line.charCodeAt(start))) start++;
  let end = line.length;
  while (end > start && line.charCodeAt(end - 1) === 0x20) end--;
  if (end - start < 2 * SPACED_OUT_MIN_TOKENS - 1) return null;

  // Tokens: maximal runs of non-space characters; `gaps[k]` is the run of spaces after token k.
  const tokens: string[] = [];
  const gaps: number[] = [];
  let i = start;
  let singles = 0;
  let han = false;
  while (i < end) {
    const t0 = i;
    while (i < end && line.charCodeAt(i) !== 0x20) i++;
    const token = line.slice(t0, i);
    tokens.push(token);
    if (isOneChar(token)) singles++;
    if (!han && HAN.test(token)) han = true;
    const g0 = i;
    while (i < end && line.charCodeAt(i) === 0x20) i++;
    gaps.push(i - g0);
  }
  if (tokens.length < SPACED_OUT_MIN_TOKENS || singles / tokens.length < SPACED_OUT_MIN_SINGLE_SHARE || !han) return null;

  const out: string[] = [line.slice(0, start)];
  for (let k = 0; k < tokens.length; k++) {
    out.push(tokens[k]);
    if (k === tokens.length - 1) break;
    const keep = gaps[k] > 1 || (!isOneChar(tokens[k]) && !isOneChar(tokens[k + 1]));
    if (keep) out.push(' '.repeat(gaps[k]));
  }
  out.push(line.slice(end));
  return out.join('');
}

// ---- Helpers ------------------------------------------------------------------------------------------

const ZERO_WIDTH_G = /[\u200B-\u200D\u2060\uFEFF]/g;
const NO_BREAK_SPACE_G = /[\u00A0\u2007\u202F]/g;
const NEEDS_CHAR_WORK = /[\u200B-\u200D\u2060\uFEFF\u00A0\u2007\u202F]/;
const FOLD_REMOVE_G = /[\s\u200B-\u200D\u2060\uFEFF]+/g;
const HAN = /\p{Script=Han}/u;

function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

function isIndentSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09;
}

/** One code point (a surrogate pair counts as one character). */
function isOneChar(token: string): boolean {
  return token.length === 1 || (token.length === 2 && token.charCodeAt(0) >= 0xd800 && token.charCodeAt(0) <= 0xdbff);
}

function firstIndexOf(s: string, pred: (c: number) => boolean): number {
  for (let i = 0; i < s.length; i++) if (pred(s.charCodeAt(i))) return i;
  return -1;
}

/** Splits on LF, CRLF and lone CR; a final line break does not start an extra empty line. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
