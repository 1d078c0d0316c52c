/**
 * Markers that survive OCR misreads, as evidence (scores 0..1), never as one exact character.
 *
 * OCR engines (Tesseract 5 `chi_sim` measured in issue 8) read the printed marks of a Chinese
 * newspaper page in many forms: the middle dots of a `·金驰·` byline come back as `“ ， . 。 * • ・ ‧`
 * or spaces, the kicker dash `——` as `一一`, `-一`, `_`, `—`, `--`, `─`; brackets and colons flip
 * between full and half width; spaces appear inside Han words (`区委书记胡 拥军`) and letters stand
 * for digits (`2O23年`, `l9条`). Page photos and rules leave noise lines (`<    66   于 ??`).
 *
 * This module gives:
 * - `matchingForm(text)`: a form of the text for matching (spaces inside Han text closed up,
 *   confusable letters in digit contexts read as digits, full-width digits and letters as ASCII)
 *   with a map back to offsets of the printed text, which is kept unchanged everywhere;
 * - `markerForm(line)`: the matching form with marker characters canonical (byline dots as `·`,
 *   line-final dashes as `——`, brackets `（）`, colons `：`);
 * - evidence functions: `bylineDotScore`, `dashEndingScore`, `noiseScore`, `runningHeadScore`
 *   (and `markerEvidence`, all of them at once), thresholds in heuristics.ts;
 * - `closeUpDiagnostics(lines)`: a warning per line where matching had to close up spaces or read
 *   a confusable (so a user sees where a name, place or date was matched through an OCR slip).
 *
 * Hook for the segmenter (src/stages/structure/*): `markerEvidence(line)` gives the per-line
 * features; a line with `noise >= NOISE_THRESHOLD` is never a title (furniture.ts already files
 * such lines as furniture of kind `noise`), `bylineDot >= BYLINE_DOT_THRESHOLD` is a `·name·`
 * byline whatever its dots were read as, `dashEnding >= KICKER_DASH_THRESHOLD` a kicker.
 */
import type { Diagnostic, SourceLine } from '../types.js';
import { BYLINE_DOT_THRESHOLD, GAPPED_RESIDUE_SCORE, MAX_TITLE_LENGTH, NOISE_THRESHOLD, OCR_GAP_SPACES, RUNNING_HEAD_THRESHOLD, SCATTERED_GAP_SPACES } from '../heuristics.js';
import { ADMIN_SUFFIXES, COMMON_SURNAMES_RANKED, COMPOUND_SURNAMES, OFFICE_CORES, ORG_SUFFIXES, ROLE_WORDS, SURNAMES } from '../extract/lexicon.js';
// bylines.ts imports bylineDotScore from here; both sides only call each other inside functions.
import { isTrailingRole, parseCreditLine, parseCredits, parseLeadIn } from '../extract/bylines.js';
import { AUTHOR_MARKS } from '../extract/credit-lexicon.js';
import { isPaddedNameSpace } from './structure/names.js';
import { hasNationalScriptWord, lineMemo, NATIONAL_SCRIPT_RE, PROVISION_NUMBER_RE } from '../text.js';
import { CHRONICLE_ENTRY_RE, COLUMN_LABEL_CUES, LEXICAL_CUES, PADDED_NAME_ALONE_RE, TABLE_CELL_GAP_RE, TABLE_MIN_CELLS, tableRowCells } from './structure/weights.js';
import { FULL_DATE_SOURCE } from '../extract/date-grammar.js';
// furniture.ts imports from here; LETTER_FOLIO_RE is only read inside a function.
import { LETTER_FOLIO_RE } from './furniture.js';

/** A form of a text for matching, with the way back to the printed offsets. */
export interface MatchingForm {
  /** The text to match against (same length as printed, minus closed-up spaces). */
  text: string;
  /**
   * The offset in the printed text (UTF-16 units) of the character at `offset` of `text`;
   * `offset === text.length` maps to the printed length. Out-of-range offsets are clamped.
   */
  toPrinted(offset: number): number;
  /** What was changed: closed-up spaces and confusables read as digits, at printed offsets. */
  changes: MatchingChange[];
}

/** One change made for matching, at a printed offset. */
export interface MatchingChange {
  /** Offset in the printed text (UTF-16 units). */
  at: number;
  kind: 'space' | 'confusable';
  /** The printed characters (`' '`, `'O'`). */
  printed: string;
  /** What matching reads there (`''` for a closed-up space, `'0'`). */
  read: string;
}

const HANLIKE_RE = /[\p{Script=Han}]/u;
/** Letters and marks OCR reads for digits, and the digit each stands for. Source: Tesseract confusions (issue 8). */
const CONFUSABLE_DIGITS: Record<string, string> = {
  O: '0', o: '0', Ｏ: '0', ｏ: '0', '〇': '0', D: '0',
  l: '1', I: '1', '|': '1', 'ｌ': '1', 'Ｉ': '1', i: '1',
  Z: '2', z: '2',
  S: '5', s: '5',
  B: '8',
};
/** The keys of CONFUSABLE_DIGITS as the inside of a regular-expression class. */
const CONFUSABLE_CLASS = Object.keys(CONFUSABLE_DIGITS)
  .join('')
  .replace(/[\\\]^-]/gu, '\\$&');
/**
 * Where `matchingForm` may change a text: a full-width digit or Latin letter (read as ASCII), a
 * confusable letter next to a digit (the only place one is read as a digit), a run of spaces
 * between two characters that are Han, digits or confusables (the only runs closed up). A text
 * without any of them is its own matching form.
 */
const MAY_CHANGE_RE = new RegExp(
  `[\\uff10-\\uff5a]|[0-9][${CONFUSABLE_CLASS}]|[${CONFUSABLE_CLASS}][0-9]|` +
    `[\\p{Script=Han}0-9${CONFUSABLE_CLASS}][ \\t\\u3000]+[\\p{Script=Han}0-9${CONFUSABLE_CLASS}]`,
  'u',
);
/** Han characters that follow a number in dates and counts: 2O23年, l9条 (by code point). */
const NUMBER_SUFFIX_CODES: ReadonlySet<number> = new Set([...'年月日号時时分秒条个人万亿元岁次项名家户'].map((c) => c.codePointAt(0)!));

/**
 * The matching form of a text: whitespace between two Han characters (or a Han character and a
 * digit) is closed up (`胡 拥军` → `胡拥军`, `5 月` → `5月`); a letter that OCR confuses with a digit
 * (`O o 〇 D` → 0, `l I | i` → 1, `Z` → 2, `S` → 5, `B` → 8) is read as that digit when a digit is next
 * to it, or, for O/l, when it stands between digits and a number suffix (`2O23年`); full-width
 * digits and Latin letters are read as ASCII. Only matching uses this form; the printed text is
 * kept. Linear in the text.
 */
export function matchingForm(text: string): MatchingForm {
  // Most lines hold nothing MAY_CHANGE_RE finds: their matching form is the text itself (the same
  // result as below, without a string per character).
  if (!MAY_CHANGE_RE.test(text)) {
    const n = text.length;
    return { text, toPrinted: (offset) => (offset >= n ? n : Math.max(0, offset)), changes: [] };
  }
  // The same reading as described above, over code points (numbers) instead of a string per
  // character: a line of OCR text with spaces in it takes this path.
  const chars: number[] = [];
  const offsets: number[] = [];
  for (let u = 0; u < text.length; ) {
    const c = text.codePointAt(u)!;
    chars.push(c);
    offsets.push(u);
    u += c > 0xffff ? 2 : 1;
  }
  const n = chars.length;
  const changes: MatchingChange[] = [];
  // First pass: confusables (decided on the printed neighbours, so `O O` runs need a digit nearby).
  const read = chars.slice();
  for (let i = 0; i < n; i++) {
    const ch = chars[i];
    const digit = CONFUSABLE_DIGIT_OF.get(ch);
    if (digit === undefined) continue;
    const prev = i > 0 ? chars[i - 1] : -1;
    const next = i + 1 < n ? chars[i + 1] : -1;
    const nearDigit = isDigitCode(prev) || isDigitCode(next);
    // A run of Latin letters (a word: GDP, Old) is no number.
    const inWord = isLatinLetterCode(prev) || isLatinLetterCode(next);
    const strongLetter = STRONG_CONFUSABLES.has(ch);
    const beforeSuffix = NUMBER_SUFFIX_CODES.has(next) && isDigitCode(prev);
    if ((nearDigit && (!inWord || strongLetter)) || beforeSuffix) {
      if (ch === 0x3007 && !nearDigit) continue; // 〇 only next to a digit
      if (isLetteredPage(chars, i)) continue; // B1, （下转B3版）: a section's page, as printed
      if (inCode(chars, i)) continue; // 92530722MA6N4B2X3K: an identifier's letter, as printed
      if (isDigitLetterWord(chars, i)) continue; // 4S店, 3D打印: a word of a digit and a letter, as printed
      read[i] = digit.charCodeAt(0);
      changes.push({ at: offsets[i], kind: 'confusable', printed: String.fromCodePoint(ch), read: digit });
    }
  }
  // The matching form's code points and the printed offset of each.
  const out: number[] = [];
  const map: number[] = [];
  for (let i = 0; i < n; i++) {
    const ch = read[i];
    if (isSpaceCode(ch)) {
      // Close up a run of spaces between Han (or Han and digit) characters.
      let j = i;
      while (j < n && isSpaceCode(chars[j])) j++;
      const before = out.length ? out[out.length - 1] : -1;
      const after = j < n ? read[j] : -1;
      const hanBefore = isHanCode(before);
      const hanAfter = isHanCode(after);
      const close = (hanBefore && hanAfter) || (hanBefore && isDigitCode(after)) || (isDigitCode(before) && hanAfter);
      if (close && i > 0) {
        changes.push({ at: offsets[i], kind: 'space', printed: text.slice(offsets[i], offsets[i] + (j - i)), read: '' });
        i = j - 1;
        continue;
      }
      // Kept as printed: the whole run at once, so a long run is scanned once, not once per space.
      for (let k = i; k < j; k++) {
        out.push(read[k]);
        map.push(offsets[k]);
      }
      i = j - 1;
      continue;
    }
    // full-width digits and Latin letters read as ASCII
    const fullWidth = (ch >= 0xff10 && ch <= 0xff19) || (ch >= 0xff21 && ch <= 0xff3a) || (ch >= 0xff41 && ch <= 0xff5a);
    out.push(fullWidth ? ch - 0xfee0 : ch);
    map.push(offsets[i]);
  }
  changes.sort((a, b) => a.at - b.at);
  // Offsets of the matching text in UTF-16 units → printed offsets (astral characters take two units).
  const units: number[] = [];
  const unitMap: number[] = [];
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    if (c > 0xffff) {
      units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
      unitMap.push(map[k], map[k] + 1);
    } else {
      units.push(c);
      unitMap.push(map[k]);
    }
  }
  let mt = '';
  for (let k = 0; k < units.length; k += 4096) mt += String.fromCharCode(...units.slice(k, k + 4096));
  return {
    text: mt,
    toPrinted(offset: number): number {
      if (offset >= unitMap.length) return text.length;
      return unitMap[Math.max(0, offset)];
    },
    changes,
  };
}

/**
 * Section letters of a paper printed in sections (叠): its pages are A1, B3, C12 (financial and
 * metropolitan dailies; tester24's 信息披露 pages, B1–B3, Dec 2026). Of CONFUSABLE_DIGITS only B and D
 * are among them.
 */
const SECTION_LETTERS: ReadonlySet<number> = new Set([...'ABCDEFGH'].map((c) => c.codePointAt(0)!));

/**
 * Whether the letter at `i` of `chars` (code points) opens a lettered page number: a section letter
 * at the start of a token (no digit or Latin letter before it) over one or two digits that end the
 * token or stand before 版/页/頁 (B1 in a running head, （下转B3版）) — no OCR slip for 81 or 83. A
 * number suffix after the digits (B9条, B5日) keeps the slip reading.
 */
function isLetteredPage(chars: readonly number[], i: number): boolean {
  if (!SECTION_LETTERS.has(chars[i])) return false;
  const prev = i > 0 ? chars[i - 1] : -1;
  if (isDigitCode(prev) || isLatinLetterCode(prev)) return false;
  let j = i + 1;
  while (j < chars.length && isDigitCode(chars[j])) j++;
  const digits = j - i - 1;
  if (digits < 1 || digits > 2) return false;
  const after = j < chars.length ? chars[j] : -1;
  return !isLatinLetterCode(after) && !NUMBER_SUFFIX_CODES.has(after);
}

/** Fewest characters of a run of Latin letters and digits that can be an identifier (CODE_RUN). */
const CODE_MIN_LENGTH = 8;

/**
 * Whether the confusable at `i` of `chars` stands in an identifier of letters and digits: a run of at
 * least CODE_MIN_LENGTH ASCII letters and digits holding digits and a letter OCR never reads for a digit
 * (A, K, M, N, X…): a 统一社会信用代码 (GB 32100-2015: 18 characters, 92530722MA6N4B2X3K), a licence or
 * part number. Its B is a B, no 8: a misread number has only confusables for letters. Source: a 遗失声明
 * of the notices-traditional fixture (tester13, Dec 2026), warned as `B read as 8` on clean text.
 */
function inCode(chars: readonly number[], i: number): boolean {
  const alnum = (c: number) => (c >= 48 && c <= 57) || isLatinLetterCode(c);
  let from = i;
  while (from > 0 && alnum(chars[from - 1])) from--;
  let to = i + 1;
  while (to < chars.length && alnum(chars[to])) to++;
  if (to - from < CODE_MIN_LENGTH) return false;
  let digit = false;
  let plainLetter = false;
  for (let k = from; k < to; k++) {
    if (chars[k] <= 57) digit = true;
    else if (!CONFUSABLE_DIGIT_OF.has(chars[k])) plainLetter = true;
  }
  return digit && plainLetter;
}

/**
 * Capital letters that make a word with one digit before them and a Han word after (4S店 the car
 * dealership, 3D打印, 2B铅笔, 3D电影): DIGIT_LETTER_WORD_LETTERS, no OCR slip for 45, 30, 28. Not O, I, l
 * (the slips of 0 and 1: 第1O版), and not before a number's suffix (1S日 is 15日) nor a page's or an
 * issue's word (版, 页, 期, 届). Source: the 车市 pages' 4S店 (tester27's property-auto-weekly, Dec 2026:
 * a closed-up warning on every line naming one).
 */
const DIGIT_LETTER_WORD_LETTERS: ReadonlySet<number> = new Set([...'SDBZ'].map((c) => c.codePointAt(0)!));
const NOT_AFTER_DIGIT_LETTER_WORD: ReadonlySet<number> = new Set([...'版页頁期届屆'].map((c) => c.codePointAt(0)!));

/** Whether the letter at `i` of `chars` (code points) ends a word of one digit and a letter before a Han word (DIGIT_LETTER_WORD_LETTERS). */
function isDigitLetterWord(chars: readonly number[], i: number): boolean {
  if (!DIGIT_LETTER_WORD_LETTERS.has(chars[i]) || i < 1 || !isDigitCode(chars[i - 1])) return false;
  const before = i > 1 ? chars[i - 2] : -1;
  if (isDigitCode(before) || isLatinLetterCode(before) || before === 0x2e || before === 0xff0e) return false;
  const after = i + 1 < chars.length ? chars[i + 1] : -1;
  return after >= 0 && HANLIKE_RE.test(String.fromCodePoint(after)) && !NUMBER_SUFFIX_CODES.has(after) && !NOT_AFTER_DIGIT_LETTER_WORD.has(after);
}

/** CONFUSABLE_DIGITS by code point. */
const CONFUSABLE_DIGIT_OF: ReadonlyMap<number, string> = new Map(Object.entries(CONFUSABLE_DIGITS).map(([k, v]) => [k.codePointAt(0)!, v]));
/** Confusables read as a digit next to one even inside a run of Latin letters: O 〇 Ｏ l |. */
const STRONG_CONFUSABLES: ReadonlySet<number> = new Set([...'O〇Ｏl|'].map((c) => c.codePointAt(0)!));
/** Whether a code point (-1: none) is a digit, ASCII or full-width (0-9, ０-９). */
function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
/** Whether a code point is an ASCII Latin letter. */
function isLatinLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Whether a code point is a space, a tab or an ideographic space (the spaces matching closes up). */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000;
}
/** HANLIKE_RE on one code point (-1: none), remembered per BMP code point (0 unknown, 1 Han, 2 not). */
const HAN_CODES = new Uint8Array(0x10000);
function isHanCode(c: number): boolean {
  if (c < 0) return false;
  if (c > 0xffff) return HANLIKE_RE.test(String.fromCodePoint(c));
  let v = HAN_CODES[c];
  if (v === 0) v = HAN_CODES[c] = HANLIKE_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/**
 * Marks OCR reads for a byline's middle dot. Source: Tesseract 5 chi_sim on `·金驰·` (issue 8); the
 * enumeration comma too (`'崇组宣、`: Tesseract --psm 4 column by column on the OCR harness's degraded
 * 3-column render of the bundled issue, its column mode).
 */
const DOT_LIKE = '·•・‧∙⋅●“”"‘’\'，,.。、*＊°˙`';
const DOT_CLASS = `[${DOT_LIKE.replace(/[\\\]^-]/gu, '\\$&')}]`;
/** Dash forms OCR reads for the kicker dash ——. */
const DASH_END_RE = /(?:[—─━―‐‑–\-_一]{1,4})\s*$/u;
/** A `·name·` byline line as OCR may read it: dot-like marks, 2-8 Han characters (up to three names), dot-like marks (bylineDotScore). */
const BYLINE_DOT_LINE_RE = new RegExp(`^(${DOT_CLASS}*)\\s*(\\p{Script=Han}{1,8}(?:[\\s\\u3000]+\\p{Script=Han}{1,8}){0,3})\\s*(${DOT_CLASS}*)$`, 'u');

/**
 * The names of a byline split at its spaces, a name spaced out to the width of three characters
 * (王　鹏, the typesetting of two-character names in Chinese bylines and name lists) taken whole:
 * adjacent one-character runs are joined (`['王', '鹏'] → ['王鹏']`). Runs as given otherwise.
 */
export function joinSpacedNames(runs: string[]): string[] {
  const out: string[] = [];
  let single = '';
  for (const r of runs) {
    if ([...r].length === 1) {
      single += r;
      continue;
    }
    if (single) out.push(single);
    single = '';
    out.push(r);
  }
  if (single) out.push(single);
  return out;
}

/** The name runs of a byline's inner text: split at spaces, spaced-out names joined (joinSpacedNames). */
function bylineRuns(inner: string): string[] {
  return joinSpacedNames(inner.split(/[\s\u3000]+/u));
}
/** One dot-like mark; dot-like marks at the start, at the end of a line (markerForm). */
const DOT_MARK_RE = new RegExp(DOT_CLASS, 'u');
const LEADING_DOTS_RE = new RegExp(`^(\\s*)${DOT_CLASS}+`, 'u');
const TRAILING_DOTS_RE = new RegExp(`${DOT_CLASS}+(\\s*)$`, 'u');
/** Characters before a final 一 that make it part of a word (之一, 统一, 第一), not a dash. */
const ONE_WORD_BEFORE = /[之统第唯万划专同合归单逐任其初十百千数均]$/u;

/**
 * The marker form of a line: `matchingForm`, then byline dots at both ends as `·`, a final dash
 * run as `——` (when `dashEndingScore` says it is one), brackets as `（）`, colons as `：`. Same map
 * back to printed offsets as `matchingForm` (every replacement keeps or shortens a run, so
 * `toPrinted` of the start of a run is the printed start).
 */
export function markerForm(line: string): MatchingForm {
  const m = matchingForm(line);
  let t = m.text.replace(/[(（［[]/gu, '（').replace(/[)）］\]]/gu, '）').replace(/[:：]/gu, '：');
  if (bylineDotScore(line) >= BYLINE_DOT_THRESHOLD) {
    t = t.replace(LEADING_DOTS_RE, '$1·').replace(TRAILING_DOTS_RE, '·$1');
  }
  if (dashEndingScore(line) >= 0.5) t = t.replace(DASH_END_RE, '——');
  // Replacements may shorten the text; offsets past a shortened run map to the printed end.
  return { text: t, toPrinted: m.toPrinted, changes: m.changes };
}

/**
 * True when the marks around a short line frame a quotation, not a byline: an opening quote
 * before and a closing quote after, with sentence punctuation after it or not (`“平改坡”`,
 * `“文化味”。`, the last line of a paragraph in hard-wrapped text).
 */
function isQuotation(lead: string, tail: string): boolean {
  return /^[“‘"]$/u.test(lead) && /^[”’"][。.，,！？!?；;]?$/u.test(tail);
}

/**
 * Evidence (0..1) that a line is a `·name·` byline whose dots OCR may have misread: 2-8 Han
 * characters (one to three names, spaces between) framed by dot-like marks (`“ ， . 。 * • ・ ‧`),
 * 1 with a mark at both ends, 0.6 with one end only (the other lost), 0 otherwise. A quoted word
 * (`“平改坡”`) has the same frame: pairs of real quotes count as a mark at one end only.
 */
export function bylineDotScore(line: string): number {
  const t = line.trim();
  const m = BYLINE_DOT_LINE_RE.exec(t);
  if (!m) return 0;
  const [, lead, names, tail] = m;
  if (!lead && !tail) return 0;
  if ([...names.replace(/\s/gu, '')].length > 8) return 0;
  // One to three names: the first of 2-8 characters, the others of 2-4 (spaced-out names joined).
  const runs = bylineRuns(names);
  if (runs.length > 3 || runs.some((r, i) => [...r].length < 2 || (i > 0 && [...r].length > 4))) return 0;
  const realDot = /[·•・‧]/u;
  if (lead && tail) {
    // 「“平改坡”」: opening and closing quotes frame a quotation, not a byline.
    if (isQuotation(lead, tail)) return 0.6;
    return 1;
  }
  return realDot.test(lead + tail) ? 0.8 : 0.6;
}

/** Marks OCR leaves at the ends of a byline: the dot-like marks, and colons and semicolons (`张明明:`). */
const BYLINE_END_CLASS = `[${(DOT_LIKE + ':：;；').replace(/[\\\]^-]/gu, '\\$&')}]`;
const BYLINE_FRAME_RE = new RegExp(
  `^(${BYLINE_END_CLASS}*)\\s*(\\p{Script=Han}{1,8}(?:[\\s\\u3000]+\\p{Script=Han}{1,8}){0,3})\\s*(${BYLINE_END_CLASS}*)$`,
  'u',
);

/** A line shaped as a byline whose marks OCR misread: its names and the marks at each end as read. */
export interface BylineFrame {
  /** One to three runs of 2-8 Han characters (8 in all), as printed: `['缪通', '陈苏君']`, `['崇组宣']`. */
  names: string[];
  /** The marks before the names (`'.'`, `"'"`, `''` when none). */
  lead: string;
  /** The marks after the names (`'.'`, `'，'`, `':'`, `''` when none). */
  tail: string;
}

/**
 * The byline shape of a line through OCR misreads: one to three runs of Han characters (2-8 each,
 * 8 in all, spaces between) with byline marks at one end or both (`·`, dot-like marks as
 * `bylineDotScore` reads them, colons and semicolons). Null for a line with no mark or other text.
 */
export function bylineFrame(line: string): BylineFrame | null {
  const m = BYLINE_FRAME_RE.exec(line.trim());
  if (!m) return null;
  const [, lead, inner, tail] = m;
  if (!lead && !tail) return null;
  const runs = bylineRuns(inner);
  if (runs.length > 3 || runs.some((r) => [...r].length < 2) || [...runs.join('')].length > 8) return null;
  // Names closed up are cut only between dot-like marks (`.鸳通陈苏君`): a colon after a place
  // (`观音山街道：`) frames a kicker or a label.
  const dotted = DOT_MARK_RE.test(lead + tail);
  return { names: dotted ? runs.flatMap((r) => splitNameRun(r) ?? [r]) : runs, lead, tail };
}

/**
 * A run that names a desk, office or place, not people (崇组宣 is 3; 区委宣传部, 区融媒体中心,
 * 观音山街道, 城东社区): never split. Ends of names of organizations and places as papers print them.
 */
const DESK_END_RE = /(?:部|中心|办|局|委|社|站|室|组|队|会|处|科|所|院|校|厅|台|团|报|宣|街道|社区|县|区|市|省|乡|村|州|公司|集团|医院|学校|大学|中学|小学|幼儿园)$/u;

/** How likely a character opens a name: 1 for a surname, plus up to 1 the more common it is (lexicon.ts). */
function surnameWeight(name: string): number {
  if (!isSurnamed(name)) return 0;
  const rank = COMMON_SURNAMES_RANKED.indexOf(name[0]);
  return 1 + (rank < 0 ? 0 : 1 - rank / COMMON_SURNAMES_RANKED.length);
}

/**
 * Two names printed with a space between them that OCR closed up (`·缪通 陈苏君·` read from hOCR
 * words as `.鸳通陈苏君`: Tesseract's hOCR keeps no space between Han words): a run of 5-6 Han
 * characters between byline marks, cut where the second name opens with a surname (the first
 * may carry a misread surname, 鸳通), each name 2-3 characters (4 with a compound surname). Of
 * several cuts the one whose names open with the more common surnames wins
 * (COMMON_SURNAMES_RANKED: 缪通|陈苏君 over 缪通陈|苏君); a tie, a desk name (DESK_END_RE) or no
 * cut gives null (the run is kept whole).
 */
export function splitNameRun(run: string): [string, string] | null {
  const chars = [...run];
  if (chars.length < 5 || chars.length > 6 || !chars.every((c) => HANLIKE_RE.test(c)) || DESK_END_RE.test(run)) return null;
  const fits = (n: string) => n.length >= 2 && (n.length <= 3 || (n.length === 4 && COMPOUND_SURNAMES.has(n.slice(0, 2))));
  const cuts: { names: [string, string]; score: number }[] = [];
  for (let at = 2; at <= chars.length - 2; at++) {
    const a = chars.slice(0, at).join('');
    const b = chars.slice(at).join('');
    if (!fits(a) || !fits(b) || !isSurnamed(b)) continue;
    cuts.push({ names: [a, b], score: surnameWeight(a) + surnameWeight(b) });
  }
  cuts.sort((x, y) => y.score - x.score);
  if (!cuts.length || (cuts.length > 1 && cuts[0].score - cuts[1].score < 0.1)) return null;
  return cuts[0].names;
}

/**
 * True when a run of Han characters can be a person's name: up to 3 characters opening with a
 * surname, or 4 opening with a compound surname (lexicon.ts). Four characters after a single
 * surname character are mostly a name of a place or a body (江州卫视：, a listing's channel over
 * its rows), not a person's.
 */
function isSurnamed(name: string): boolean {
  return (name.length <= 3 && SURNAMES.has(name[0])) || (name.length <= 4 && COMPOUND_SURNAMES.has(name.slice(0, 2)));
}

/**
 * Evidence (0..1) that a line is a byline whose marks OCR misread or lost, from two parts
 * multiplied: the frame (marks at both ends 1; at one end 0.6; a pair of quotes, an opening quote
 * before or a full stop `。` or closing quote after, which frame quotations and sentence ends, 0.4) and the names
 * (0.5 + 0.5 × the share of runs that name someone: a run opening with a surname, or, between
 * dot-like marks, a desk's short name ending as desks do (DESK_END_RE: 崇组宣, the real issue's
 * `·崇组宣·`, read `崇组宣.` on the 3-column render; a colon after a place frames a kicker or a label,
 * 观音山街道：). `王建春.` and `崇组宣.` score 0.6, `.崇组宣.` 1, `有序。` 0.2. Thresholds:
 * BYLINE_LINE_THRESHOLD (heuristics.ts), applied by split-blocks.ts to lines that stand alone.
 */
export function bylineLineScore(line: string): number {
  const f = bylineFrame(line);
  if (!f) return 0;
  let frame: number;
  if (f.lead && f.tail) frame = isQuotation(f.lead, f.tail) ? 0.4 : 1;
  else if (f.tail) frame = /[。”’]/u.test(f.tail) ? 0.4 : 0.6;
  else frame = /^[“‘"]$/u.test(f.lead) ? 0.4 : 0.6;
  const dotted = DOT_MARK_RE.test(f.lead + f.tail);
  const named = f.names.filter((n) => isSurnamed(n) || (dotted && isDeskName(n))).length / f.names.length;
  return Math.round(100 * frame * (0.5 + 0.5 * named)) / 100;
}

/** A desk's or an office's short name as bylines print it: 2-6 Han characters ending as DESK_END_RE (崇组宣, 区委宣传部). */
function isDeskName(run: string): boolean {
  const n = [...run].length;
  return n >= 2 && n <= 6 && DESK_END_RE.test(run);
}

/** Two quote marks with at most two spaces between them, between two Han characters (`医师“”程安然`). */
const EMPTY_QUOTE_PAIR_RE = /[“”‘’"][\s\u3000]{0,2}[“”‘’"](?<=\p{Script=Han}[\s\u3000]{0,2}[“”‘’"][\s\u3000]{0,2}[“”‘’"])(?=[\s\u3000]{0,2}\p{Script=Han})/gu;

/**
 * A line with each lone quote mark between two Han characters (spaces around it or not) read as
 * the space it stands for (`县长”郑明远` → `县长 郑明远`, `记者 ”王峰 摄`): Tesseract reads an ideographic space as `”` or `“` (issue 8).
 * A line holding both an opening and a closing quote keeps them (a quotation). Same length as the
 * line, so offsets are unchanged.
 */
export function loneQuotesAsSpaces(line: string): string {
  // Two marks with nothing between them (`医师“”程安然`) quote nothing: never printed, one space read twice.
  line = line.replace(EMPTY_QUOTE_PAIR_RE, (m) => ' '.repeat(m.length));
  if (/[“‘]/u.test(line) && /[”’]/u.test(line)) return line;
  // The mark first, then what is before it: the look back runs at quote marks only (from every position it was quadratic on a long run of spaces).
  return line.replace(/[“”‘’"](?<=\p{Script=Han}[\s\u3000]*.)(?=[\s\u3000]*\p{Script=Han})/gu, ' ');
}

/**
 * The canonical form of a line with a byline frame (`bylineFrame`): its names between middle dots
 * as a paper prints them (`张明明:` → `·张明明·`, `.鸳通 陈苏君` → `·鸳通 陈苏君·`), else null. For a
 * segmenter's features of a line already taken for a byline; the printed text is kept.
 */
export function bylineCanonicalForm(line: string): string | null {
  const f = bylineFrame(line);
  return f ? `·${f.names.join(' ')}·` : null;
}

/**
 * The form a line ending in a kicker dash OCR misread would have as printed: the final dash run
 * as `——` when `dashEndingScore` is at least 0.5 (`…全部整改到位一`, `…到位-一`, `…行动_`), else
 * null (no dash, or already `——`). For a segmenter's features; the printed text is kept.
 */
export function kickerCanonicalForm(line: string): string | null {
  const t = line.trimEnd();
  if (dashEndingScore(t) < 0.5) return null;
  const m = DASH_END_RE.exec(t);
  if (!m || m[0].trim() === '——') return null;
  return `${t.slice(0, m.index)}——`;
}

/**
 * The form a line would have as printed when its last mark, a lone dash-like character after a
 * quotation the line left open, is that quotation's closing mark misread (`架起服务群众“连心桥-`
 * → `架起服务群众“连心桥”`: `dashEndingScore` 0 for that reason; ‘ closes with ’, 「 with 」, 『 with
 * 』), else null. For a segmenter's features; the printed text is kept.
 */
export function closingQuoteForm(line: string): string | null {
  const t = line.trimEnd();
  const m = /[‐‑–\-_一]$/u.exec(t);
  if (!m) return null;
  const head = t.slice(0, m.index);
  const open = QUOTE_LEFT_OPEN_RE.exec(head);
  if (!open || !HANLIKE_RE.test(head.slice(-1))) return null;
  const close = { '“': '”', '‘': '’', '「': '」', '『': '』' }[open[0][0]];
  return close ? head + close : null;
}

/**
 * The credits of a line taken for a byline (by the segmenter or by `bylineLineScore`) whose marks
 * OCR misread: the runs of Han characters between the marks, as printed, role `''` (a paper that
 * sets `·金驰·` prints no role). Null when the line has no byline frame.
 */
export function bylineFrameCredits(line: string): { name: string; role: string }[] | null {
  const f = bylineFrame(line);
  return f ? f.names.map((name) => ({ name, role: '' })) : null;
}

/** Text whose last quotation mark opens a quotation (`…群众“连心桥`): the quotation is left open. */
const QUOTE_LEFT_OPEN_RE = /[“‘「『][^“”‘’「」『』]*$/u;

/**
 * Evidence (0..1) that a line ends in the kicker dash `——` as OCR reads it: `——`, `──`, `--`,
 * `-一`, `一一`, `—` give 1; `_` 0.8; a single final `一` or hyphen 0.5 unless it ends a word (之一,
 * 统一, 第一: 0) or closes a quotation the line left open (`架起服务群众“连心桥-`: marks come in
 * pairs, and Tesseract reads a closing ” as `-`; 0). A line with no Han text scores 0.
 */
export function dashEndingScore(line: string): number {
  const t = line.trimEnd();
  if (!HANLIKE_RE.test(t)) return 0;
  const m = DASH_END_RE.exec(t);
  if (!m) return 0;
  const run = m[0].trim();
  const head = t.slice(0, t.length - m[0].length);
  if (!head.trim()) return 0;
  const single = run === '一' || /^[‐‑–-]$/u.test(run);
  if (single && QUOTE_LEFT_OPEN_RE.test(head)) return 0;
  if (run === '一') return ONE_WORD_BEFORE.test(head) || !HANLIKE_RE.test(head.slice(-1)) ? 0 : 0.5;
  if (/^一+$/u.test(run)) return run.length === 2 ? 1 : 0.5;
  if (/^[_]+$/u.test(run)) return 0.8;
  if (single) return 0.5; // a hyphen alone: a word cut at the line end, or a dash
  return 1;
}

const PUNCT_OK_RE = /[，。、；：！？“”‘’（）《》·—…,.;:()"'%]/u;

/** Classes of a character for `noiseScore` (bits of `charClasses`). */
const CC_SPACE = 1; // whitespace (\s)
const CC_HAN = 2; // HANLIKE_RE
const CC_TEXT = 4; // a digit, a Latin letter or PUNCT_OK_RE (neither Han nor junk)
const CC_SYMBOL = 8; // not Han, digit, Latin letter, slash or PUNCT_OK_RE
const CC_DASH = 16; // a dash-like mark a rule is read as (一—─━―‐‑–-_=~)
const CC_LATIN = 32; // a Latin letter, half or full width
const CC_KNOWN = 128;
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

/** The CC_ bits of code point `cp` (by the regular expressions of noiseScore, cached per code point). */
function charClasses(cp: number): number {
  if (cp <= 0xffff && bmpClasses[cp]) return bmpClasses[cp];
  if (cp > 0xffff && astralClasses.has(cp)) return astralClasses.get(cp)!;
  const c = String.fromCodePoint(cp);
  let k = CC_KNOWN;
  if (/\s/u.test(c)) k |= CC_SPACE;
  const latin = /[A-Za-zＡ-Ｚａ-ｚ]/u.test(c);
  if (HANLIKE_RE.test(c)) k |= CC_HAN;
  // A letter or mark of a national script (Tibetan, Uyghur, Mongolian, Korean…) is text, not junk.
  else if (/[0-9０-９]/u.test(c) || latin || PUNCT_OK_RE.test(c) || NATIONAL_SCRIPT_RE.test(c) || /\p{M}/u.test(c)) k |= CC_TEXT;
  if (!/[\p{Script=Han}0-9０-９A-Za-zＡ-Ｚａ-ｚ/／]/u.test(c) && !PUNCT_OK_RE.test(c) && !NATIONAL_SCRIPT_RE.test(c) && !/\p{M}/u.test(c)) k |= CC_SYMBOL;
  if (/^[一—─━―‐‑–\-_=~]$/u.test(c)) k |= CC_DASH;
  if (latin) k |= CC_LATIN;
  if (cp <= 0xffff) bmpClasses[cp] = k;
  else astralClasses.set(cp, k);
  return k;
}

/**
 * Evidence (0..1) that a line is OCR noise, not text: residue of photos and rules, mostly symbols,
 * Latin fragments or isolated characters (`<    66   于 ??`, `‹  一  加  [|  AN`, a lone `物`).
 * Symbols other than sentence punctuation count fully, Latin letters count when the line has
 * little Han or they stand in 1-2 letter fragments; three or more tokens of at most two characters
 * add 0.3; with some symbols, three or more Han characters standing alone (half the Han or more)
 * add 0.4; four or more characters with at most one Han add 0.2; a line of one Han character
 * alone scores 0.8, a rule read as dashes (`一 一`) 0.7. A run of three Han characters, or a
 * byline or kicker shape, caps the score at 0.2 (text with a few stray marks is still text).
 */
/**
 * Stroke-shaped characters (丨 U+4E28, 一, 丿, 乀, 乙) with no Han character on either side: what OCR
 * reads for a rule, a box edge or a photo's border (tester5's 简报: `丨 ‘ 、 . 一` at a page top).
 * Counted as residue by noiseScore; 一一 (a dash), a numeral in brackets or before its mark ((一),
 * 一、, 一.) and 一 inside a word are not.
 */
const ISOLATED_STROKE_RE = /(?<![\p{Script=Han}（(〔【［[])[丨一丿乀乙](?![\p{Script=Han}）)〕】］\]、．.，,：:])/gu;

/** A hyphen or tilde between two digits (1-2月份, 0000-6231234): counted as text by noiseScore. */
const DIGIT_RANGE_DASH_RE = /(?<=[0-9０-９])[-－~～](?=[0-9０-９])/gu;

const OCR_GAP_RE = new RegExp(`(?<=\\S)[ \\u3000]{${OCR_GAP_SPACES},}(?=\\S)`, 'gu');
/** A run of SCATTERED_GAP_SPACES or more spaces between two marks (noiseScore: marks scattered at uneven gaps). */
const SCATTERED_GAP_RE = new RegExp(`(?<=\\S)[ \\u3000]{${SCATTERED_GAP_SPACES},}(?=\\S)`, 'gu');

export function noiseScore(line: string): number {
  return rememberedNoise(line);
}

/**
 * Lines whose noiseScore is remembered at most (a map of lines to scores, emptied when full, so
 * that a long batch keeps it bounded; issue 12). The layout step (furniture, the page's lines), the
 * structure step (each unit's features, an item's headline) and hOCR/ALTO geometry ask about the
 * same lines: over a 100-file batch of the bench corpus, 28,340 calls on 7,740 lines, 72 % of the
 * characters scored in calls on a line scored before.
 */
const NOISE_MEMO_LINES = 8192;
/** Longest line (UTF-16 units) noiseScore remembers: 335 of those 28,340 calls were on longer lines, which are scored each time. */
const NOISE_MEMO_MAX_UNITS = 200;
const rememberedNoise = lineMemo((line: string) => scoreNoise(line), NOISE_MEMO_LINES, NOISE_MEMO_MAX_UNITS);

/** noiseScore without its memory. */
function scoreNoise(line: string): number {
  const t = line.trim();
  if (!t) return 0;
  // the characters other than whitespace, counted by class (charClasses), without a string each
  let n = 0;
  let han = 0;
  let junk = 0;
  let symbols = 0;
  let allDash = true;
  let hasLatin = false;
  for (let i = 0; i < t.length; i++) {
    const cp = t.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const k = charClasses(cp);
    if (k & CC_SPACE) continue;
    n++;
    if (k & CC_HAN) han++;
    else if (!(k & CC_TEXT)) junk++;
    if (k & CC_SYMBOL) symbols++;
    if (!(k & CC_DASH)) allDash = false;
    if (k & CC_LATIN) hasLatin = true;
  }
  // A hyphen or tilde between two digits is a range or a telephone number's (1-2月份, 5-8 公斤,
  // 0000-6231234): text, as the digits are, not a mark of residue (a table row's remark cell).
  const ranges = t.match(DIGIT_RANGE_DASH_RE)?.length ?? 0;
  junk -= ranges;
  symbols -= ranges;
  // A stroke-like character standing apart from any other Han (丨, 一, 丿, 乙 between spaces or
  // marks: `丨 ‘ 、 . 一`, `■丨l一°。`) is a rule or photo edge OCR read as a character, not text.
  if (han && han < n) {
    const strokes = t.match(ISOLATED_STROKE_RE)?.length ?? 0;
    han -= strokes;
    junk += strokes;
  }
  return noiseScoreOf(t, n, han, junk, symbols, allDash, hasLatin);
}

/**
 * noiseScore of the trimmed line `t` from its counts (`n` characters other than white space, `han`
 * of them Han, `junk` no text, `symbols`; whether all are dashes, whether any is Latin). A function of
 * its own, so that V8 compiles the counting and the scoring apart (the one function was compiled six
 * times in a 100-file batch).
 */
function noiseScoreOf(t: string, n: number, han: number, junk: number, symbols: number, allDash: boolean, hasLatin: boolean): number {
  const tokens = t.split(/[\s\u3000]+/u).filter(Boolean);
  if (hasLatin) {
    for (const tok of tokens) {
      const latin = tok.match(/[A-Za-zＡ-Ｚａ-ｚ]/gu)?.length ?? 0;
      if (latin && (han === 0 || tok.replace(/[^A-Za-zＡ-Ｚａ-ｚ]/gu, '').length <= 2)) junk += latin;
    }
  }
  if (n === 1 && han === 1) return 0.8;
  // A rule read as text: dash-like characters only, broken by spaces or three and more (`一 一`,
  // `- — -`); a kicker's dash alone on a line (`——`) is not.
  if (allDash && (tokens.length >= 2 || n >= 3)) return 0.7;
  let score = junk / n;
  if (tokens.length >= 3 && tokens.filter((x) => [...x].length <= 2).length >= tokens.length * 0.75) score += 0.3;
  // Han characters standing alone among symbols (`= =几 “于6 企  喜?”  :壬区`): photo residue reads
  // as isolated characters; a letter-spaced headline (`通 知`) has them too, but no symbols.
  // Credit slashes (文/程　野) and names padded with ideographic spaces (记者　严　峻　摄) are print.
  // (symbols: not Han, digit, Latin, slash or sentence punctuation)
  if (symbols > 0) {
    const isolated = (t.match(/(?<![\p{Script=Han}\u3000])\p{Script=Han}(?![\p{Script=Han}\u3000])/gu) ?? []).length;
    if (isolated >= 3 && isolated >= han * 0.5) score += 0.4;
  }
  // Four or more characters with at most one Han among them (`全mm 66 99`: a bold headline's
  // quotes read as 66 and 99) are no Chinese text line.
  if (han <= 1 && n >= 4) score += 0.2;
  // …and with no digit or letter either, a mark that is no text punctuation among them, and not a
  // bracketed label (（一）：): nothing but marks and at most one character (‖ 一 、 . with its spaces
  // closed up: ‖一、.), residue, as a line of marks alone. The tail of a wrapped paragraph (向》。）) has
  // text punctuation only.
  if (han <= 1 && n >= 4 && junk > 0 && !/[0-9０-９A-Za-zＡ-Ｚａ-ｚ]/u.test(t) && !/^[（(【[〔]/u.test(t)) score = Math.max(score, 0.7);
  if (han === 0 && junk > 0 && !/[0-9０-９]/u.test(t)) score = Math.max(score, 0.7);
  if (/\p{Script=Han}{3}/u.test(t.replace(/[\s\u3000]+/gu, '')) && han >= n * 0.5) score = Math.min(score, 0.2);
  if (/\p{Script=Han}{3}/u.test(t)) score = Math.min(score, 0.5);
  // A word of a national script (a Tibetan, Uyghur, Mongolian or Korean line, a bilingual slogan):
  // printed text, as a run of Han characters is; OCR residue never reads so (text.ts NATIONAL_SCRIPT_RE).
  if (hasNationalScriptWord(t)) score = Math.min(score, 0.2);
  // Marks scattered over a wide blank (OCR_GAP_SPACES or more spaces at least twice between them)
  // with a symbol or a Latin fragment among them (`ms 5 和       几大本又      日二 aaa`,
  // `三世             、          ii和刀天号 会公告`: the top of a bold title Tesseract read as a line of
  // its own): residue, however many Han characters it holds. Printed text is set close; a table
  // row's wide gaps hold words and numbers, no junk.
  if (junk > 0 && (t.match(OCR_GAP_RE) ?? []).length >= 2) score = Math.max(score, GAPPED_RESIDUE_SCORE);
  // …and so are marks of one or two characters each set apart by runs of SCATTERED_GAP_SPACES or more
  // spaces at least twice, a symbol or a Latin fragment among them (`人  区    咱入  必   日五 ma`: a bold
  // title's top read as isolated characters at uneven gaps), though closed up its Han would make a
  // run of three. A letter-spaced headline (通  知) holds no junk; a typed table's cells run longer.
  if (junk > 0 && tokens.every((x) => [...x].length <= 2) && (t.match(SCATTERED_GAP_RE) ?? []).length >= 2) score = Math.max(score, GAPPED_RESIDUE_SCORE);
  if (bylineDotScore(t) >= BYLINE_DOT_THRESHOLD || dashEndingScore(t) >= 0.8) score = Math.min(score, 0.2);
  // An author's mark before a name padded to three cells (□ 叶　汀) is print, not scattered residue;
  // so is a pen name padded so after it whatever its first character (■　沅　言, ■　湘　言: a 党报's
  // commentary signed by a place's abbreviation and 言, no surname the lexicon knows; PADDED_NAME_ALONE_RE).
  if (AUTHOR_MARKS.includes(t[0]) && (parseCreditLine(t) || PADDED_NAME_ALONE_RE.test(t.slice(1).trim()))) score = Math.min(score, 0.2);
  return Math.min(1, score);
}

/** The parts of a running head found in a line, with the text left over between them. */
export interface RunningHeadParts {
  paper: string | null;
  date: string | null;
  weekday: string | null;
  page: string | null;
  section: string | null;
  /** Characters of the line that are none of the parts (noise, separators), spaces removed. */
  rest: string;
}

/** A paper-name-like token: 2-10 Han characters ending in a word for a paper. */
const PAPER_NAME_RE = /\p{Script=Han}{1,10}?(?:日报|晚报|时报|周报|新闻|报|報|公报|公報|通讯|通訊|周刊|刊|简报|快报)/u;
/** A full date (date-grammar.ts FULL_DATE_SOURCE: 2023年5月30日, 一九八五年三月五日). */
const HEAD_DATE_RE = new RegExp(FULL_DATE_SOURCE, 'u');
const WEEKDAY_RE = /(?:星期|礼拜)[一二三四五六日天]|周[一二三四五六日]/u;
/** 第N版, with the page number as OCR may misread it (`第]版`, `第?版`). */
const PAGE_RE = /第\s*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3}|[A-Z][0-9]{1,2}|[\]|lIi!?？丨])\s*版/u;
const SECTION_RE = /要闻|综合|民生|经济|社会|文化|副刊|专版|专题|时政|视点|评论|体育|国际|国内|法治|教育|健康|县域|乡镇|理论|文艺/u;

/** Finds the parts of a running head in a line (read in its matching form). */
export function runningHeadParts(line: string): RunningHeadParts {
  let t = matchingForm(line.trim()).text;
  const take = (re: RegExp): string | null => {
    const m = re.exec(t);
    if (!m) return null;
    t = t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length);
    return m[0];
  };
  const date = take(HEAD_DATE_RE);
  const weekday = take(WEEKDAY_RE);
  const page = take(PAGE_RE);
  const paper = take(PAPER_NAME_RE);
  const section = take(SECTION_RE);
  return { paper, date, weekday, page, section, rest: t.replace(/[\s\u3000]+/gu, '') };
}

/**
 * Evidence (0..1) that a line is a running head, recognised by its parts with noise allowed
 * between them (`崇川新闻 2023年5月30日”星期二 …第2版`): a date, weekday, page (第N版) and
 * paper-name-like token each count; two parts including a date or page give 0.8, three or more
 * 1. The text left over may hold a few marks (OCR residue of rules and spaces) and at most
 * RUNNING_HEAD_REST Han characters; a sentence mark (。；) or more left over gives 0.
 */
export function runningHeadScore(line: string): number {
  // without 年 there is no date, without 版 no page (matching forms add neither): not a running head
  if (!line.includes('年') && !line.includes('版')) return 0;
  const p = runningHeadParts(line);
  const parts = [p.date, p.weekday, p.page, p.paper].filter(Boolean).length;
  if (parts < 2 || (!p.date && !p.page)) return 0;
  if (/[。；;！？!?]/u.test(p.rest)) return 0;
  const restHan = (p.rest.match(/\p{Script=Han}/gu) ?? []).length;
  if (restHan > RUNNING_HEAD_REST) return 0;
  if ([...p.rest].length > 12) return 0;
  return parts >= 3 ? 1 : 0.8;
}

/** Most Han characters a running head may hold besides its parts (a section name: 要闻 综合). */
const RUNNING_HEAD_REST = 6;

/** All marker evidence of one line. */
export interface MarkerEvidence {
  bylineDot: number;
  bylineLine: number;
  dashEnding: number;
  noise: number;
  runningHead: number;
}

/** Every evidence function of this module on one line (for a segmenter's feature vector). */
export function markerEvidence(line: string): MarkerEvidence {
  return {
    bylineDot: bylineDotScore(line),
    bylineLine: bylineLineScore(line),
    dashEnding: dashEndingScore(line),
    noise: noiseScore(line),
    runningHead: runningHeadScore(line),
  };
}

/** True when a line is noise by `noiseScore` (threshold NOISE_THRESHOLD). */
export function isNoiseLine(line: string): boolean {
  return noiseScore(line) >= NOISE_THRESHOLD;
}

/** True when a line is a running head by `runningHeadScore` (threshold RUNNING_HEAD_THRESHOLD). */
export function isRunningHeadLine(line: string): boolean {
  return runningHeadScore(line) >= RUNNING_HEAD_THRESHOLD;
}

/**
 * A space that is not inside quotation marks or brackets: slogans are printed with spaces
 * (“攻坚有我 双先双为”), running text is not, so a space there is an OCR slip (胡 拥军).
 */
function outsideQuotes(text: string, c: MatchingChange): boolean {
  // Marks opened before the space and not closed (a closing mark the line opens with closes a
  // quotation of the line above, as hard-wrapped text cuts it: 　司徒门刘氏收”，落款是“儿　锦堂).
  let depth = 0;
  for (const ch of text.slice(0, c.at)) {
    if (OPENING_MARK_RE.test(ch)) depth++;
    else if (CLOSING_MARK_RE.test(ch)) depth = Math.max(0, depth - 1);
  }
  if (depth > 0) return false;
  // …and inside straight quotes, which open and close alike ("学雷锋 树新风": a clerk's word processor
  // types them): an odd number before the space, one after it.
  const straight = (text.slice(0, c.at).match(/"/gu) ?? []).length;
  if (straight % 2 === 1 && text.indexOf('"', c.at) >= 0) return false;
  // A closing mark after the space that no mark after it opened: the line began inside a
  // quotation of the line above (儿　锦堂　民国廿六年秋于金山”。).
  let open = 0;
  for (const ch of text.slice(c.at + c.printed.length)) {
    if (OPENING_MARK_RE.test(ch)) open++;
    else if (CLOSING_MARK_RE.test(ch) && open-- === 0) return false;
  }
  return true;
}
const OPENING_MARK_RE = /[“‘「『（(《]/u;
const CLOSING_MARK_RE = /[”’」』）)》]/u;

/**
 * A space between two fields of a line of fields (联系人：伍小姐　电话：0750…, 地址：人民路8号　邮编：…): the
 * text before it in the line holds a field's label and colon, the text after it opens with another
 * (1-5 Han characters and a colon). Printed layout of contact and notice lines; a name closed up
 * before a speaker's colon (胡 拥军：) has no field before it.
 */
function betweenFields(text: string, c: MatchingChange): boolean {
  return /\p{Script=Han}{1,5}[：:][^：:，。；！？]+$/u.test(text.slice(0, c.at)) && /^\p{Script=Han}{1,5}[：:]/u.test(text.slice(c.at + c.printed.length));
}

/**
 * A closed-up space with a Han character on either side (胡 拥军): the OCR slip the warning is for.
 * A space between a word and a number or a time is printed layout (a listing's columns:
 * 市电视台二套　20:00　电视剧…, tester8's TV guide, Dec 2026).
 */
function betweenHan(text: string, c: MatchingChange): boolean {
  return /\p{Script=Han}/u.test(text[c.at - 1] ?? '') && /\p{Script=Han}/u.test(text[c.at + c.printed.length] ?? '');
}

/** Offices and roles (lexicon.ts OFFICE_CORES, ROLE_WORDS) that a name may follow after a space, longest first. */
const OFFICE_OR_ROLE_END_RE = new RegExp(`(?:${[...new Set([...OFFICE_CORES, ...ROLE_WORDS])].sort((a, b) => b.length - a.length).join('|')})$`, 'u');

/**
 * One ideographic space (U+3000) between an office or role and a name (——市政协委员、…副院长　蒙家骏,
 * 市人民医院副院长　李明说): the full-width space a typesetter sets there, in a quote box's attribution,
 * a caption or a list of speakers, not a space OCR put into a word (OCR engines give ASCII spaces;
 * 胡 拥军 still warns). The text before the space ends with an office or role (OFFICE_OR_ROLE_END_RE),
 * the text after opens with a surname of lexicon.ts (a name wrapped after its surname, 副院长　蒙 /
 * 家骏, too). Source: tester17's 两会特刊 (Dec 2026), a clean file that warned on every attribution.
 */
function officeBeforeName(text: string, c: MatchingChange): boolean {
  if (c.printed !== '\u3000') return false;
  const after = text.slice(c.at + c.printed.length);
  return OFFICE_OR_ROLE_END_RE.test(text.slice(0, c.at)) && (SURNAMES.has(after[0] ?? '') || COMPOUND_SURNAMES.has(after.slice(0, 2)));
}

/** A personal name as a list prints it: a surname of lexicon.ts and one or two more Han characters (a compound surname and one or two). */
function isListedName(s: string): boolean {
  const n = [...s].length;
  return (SURNAMES.has(s[0]) && n >= 2 && n <= 3) || (COMPOUND_SURNAMES.has(s.slice(0, 2)) && n >= 3 && n <= 4);
}

/** An entry of a list of people and their posts: a name, an ideographic space, the post up to the entry's end (；、，) or the line's. */
const NAME_POST_ENTRY_RE = /(?:^|[：:；;、，,])\s*(\p{Script=Han}{2,4})\u3000([^；;、，,。：:\u3000]*)/gu;

/**
 * One ideographic space between a name and the post after it in a list of people (成　员：蒙志刚　县政府
 * 办公室副主任；刘湘云　县城管局局长；…；杨帆　云城街道党工委书记): the layout of a 领导小组's members, a 名单 or an
 * 任免 notice, the name first and the post after it, entries set apart by ；、，. The space stands right after
 * a name (isListedName) that opens its entry (the line's start, a colon or a list mark before it), and
 * the post ends with an office or role (OFFICE_OR_ROLE_END_RE) at its entry's end, or runs on to the
 * line's end (a hard wrap cut it: 刘湘云　县城 / 管局局长) in a line where another entry's post ends so.
 * Source: tester28's gov-bulletin 成员 list (Dec 2026), 4 warnings per layout on a clean file.
 */
function nameBeforePost(text: string, c: MatchingChange): boolean {
  if (c.printed !== '\u3000') return false;
  let verified = 0;
  let here: { post: string; end: number } | null = null;
  for (const m of text.matchAll(NAME_POST_ENTRY_RE)) {
    if (!isListedName(m[1])) continue;
    const space = m.index! + m[0].length - m[2].length - 1;
    const ends = OFFICE_OR_ROLE_END_RE.test(m[2]);
    if (ends) verified += 1;
    if (space === c.at) here = { post: m[2], end: space + 1 + m[2].length };
  }
  if (!here) return false;
  return OFFICE_OR_ROLE_END_RE.test(here.post) || (here.end === text.length && verified > 0);
}

/** Where a word set off in running text ends: a space, a mark of punctuation, the line's end. */
const SET_OFF_END_RE = /^(?:$|[\s\u3000，。、；：！？,.;:!?”’"）)》])/u;

/**
 * A space at either end of a whole personal name set off in running text (镇长 许文斌 主持会议, 村党支部书记
 * 周德顺 表示, 石门坎村的 鲁春生.): a typist's habit of spacing a name apart in a Word file, and no space
 * inside anything matching reads: the name (isListedName) is whole on the space's other side and the
 * word on this side is no lone character. Before a name: the name ends at a space, a mark or the line's
 * end, and an office or role (OFFICE_OR_ROLE_END_RE) stands before the space, or 的 before a name of
 * three. After a name: a space stands before it too, and a word of two or more Han characters after
 * (or one a hard wrap cut at the line's end). A space that splits a name (胡 拥军, 苏明 远) leaves a lone
 * character on one side, and still warns. Source:
 * tester22's township-newsletter, typed by a clerk (15 warnings on its three clean layouts, tester28's count).
 */
function nameSetOff(text: string, c: MatchingChange): boolean {
  if (c.printed.length !== 1) return false;
  const before = text.slice(0, c.at);
  const after = text.slice(c.at + 1);
  // the space before a name: a whole name after it, a word of two or more characters before it
  if (/\p{Script=Han}{2}$/u.test(before)) {
    for (const n of [3, 2]) {
      const name = after.slice(0, n);
      const rest = after.slice(n);
      if (name.length !== n || !/^\p{Script=Han}+$/u.test(name) || !isListedName(name) || !SET_OFF_END_RE.test(rest)) continue;
      // after an office or role (镇长 许文斌), or after 的 a name of three (石门坎村的 鲁春生): a word of two
      // opening with a surname's character after 的 is as often no name (的 方法)
      if (OFFICE_OR_ROLE_END_RE.test(before) || (before.endsWith('的') && n === 3)) return true;
    }
  }
  // the space after a name set off before it too, a word of two or more characters after it
  const m = /[\s\u3000](\p{Script=Han}{2,3})$/u.exec(before);
  return !!m && isListedName(m[1]) && /^(?:\p{Script=Han}{2}|\p{Script=Han}$)/u.test(after);
}

/**
 * One ideographic space inside a label of two characters padded to the width of three or four before
 * its colon (组　长：, 成　员：, 地　址：, 电　话：): the label opens the line or its entry. A clerk pads so in a
 * Word file (U+3000, never OCR's ASCII space); a name OCR split before a speaker's colon (胡 拥军：) has
 * more than one character after the space.
 */
function paddedLabel(text: string, c: MatchingChange): boolean {
  if (c.printed !== '\u3000') return false;
  return /(?:^|[\s\u3000；;，,。])\p{Script=Han}$/u.test(text.slice(0, c.at)) && /^\p{Script=Han}[：:]/u.test(text.slice(c.at + 1));
}

/**
 * A wide gap between the cells of a table's row (weights.ts tableRowCells, TABLE_MIN_CELLS or more
 * cells: 3　实验小学东门外缺少斑马线　市教育局、市公安局交警支队　已办结, a 停电 notice's 6月21日　8:00—12:00　10千伏
 * 柳岸线　柳岸小区1至9栋、柳岸农贸市场): the column's gap, no OCR slip. Source: the 问政 and 停电 tables of
 * tester26's wenzheng-page and the zoo's notices-page (Dec 2026).
 */
function betweenCells(text: string, c: MatchingChange): boolean {
  return TABLE_CELL_GAP_RE.test(c.printed) && tableRowCells(text.trim()) >= TABLE_MIN_CELLS;
}

/**
 * One ideographic space between the phrases of a headline or subtitle (王立新出席会议并讲话　强调要把…，不断提升…):
 * the line's first phrase, before the space, holds no punctuation, and the line is a headline's length
 * (MAX_TITLE_LENGTH) and ends no sentence (no 。！？ at its end). A subtitle of a national daily's lead story
 * sets its two clauses so; running text puts a comma there, and an OCR slip is an ASCII space. Source: the
 * zoo's national-daily (its subtitle warned in every layout).
 */
function betweenHeadlinePhrases(text: string, c: MatchingChange): boolean {
  if (c.printed !== '\u3000') return false;
  const line = text.trim();
  return (
    /^\p{Script=Han}{4,}$/u.test(text.slice(0, c.at)) &&
    [...line].length <= MAX_TITLE_LENGTH &&
    !/[。！？!?][”’」』）)]?$/u.test(line)
  );
}

/** Marks that end a clause of running text (a credit run on after a caption stands between them). */
const CLAUSE_END_RE = /[，。；！？、,;!?：:“”‘’「」『』（）()《》]/u;

/**
 * A space that is printed layout, not an OCR slip: inside the lead-in (`本报讯　11月3日`), or inside
 * a clause that is a credit with a role word (`杭一帆　摄`, `本报记者 苏明远 摄`, `记者 钱　程 报道`;
 * names padded to three cells, `钱　程`, read closed up, as `parseCredits` in bylines.ts takes them).
 * `lead` is `parseLeadIn(text)`.
 */
function layoutSpace(text: string, c: MatchingChange, lead: ReturnType<typeof parseLeadIn>): boolean {
  if (lead && c.at < text.length - lead.rest.length) return true;
  let from = c.at;
  while (from > 0 && !CLAUSE_END_RE.test(text[from - 1])) from--;
  let to = c.at + c.printed.length;
  while (to < text.length && !CLAUSE_END_RE.test(text[to])) to++;
  const padded = /(?<![\p{Script=Han}])(\p{Script=Han})[ \t\u3000]{1,2}(\p{Script=Han})(?![\p{Script=Han}])/gu;
  const clause = text
    .slice(from, to)
    .trim()
    .replace(padded, (m, a: string, b: string) => (isTrailingRole(b) ? m : a + b));
  const credits = parseCredits(clause);
  return !!credits && credits.some((x) => x.role);
}

/**
 * The lead-in a hard wrap carried from line `above` onto `text` (本报讯　记者　周子涵　通讯员　程嘉 / 禾　昨天上午，…:
 * the credits run in without brackets, a name cut by the column's width), as one lead-in whose `rest`
 * is what of `text` follows it; null when `above` opens no lead-in or the lead-in ends on it. Source:
 * the 本报讯 leads of evening papers (the zoo's metro-evening, wrap layout: 4 warnings on its clean file).
 */
function carriedLeadIn(above: string, text: string): ReturnType<typeof parseLeadIn> {
  const up = above.replace(/^[\s\u3000]+/u, '').trimEnd();
  if (!up || !parseLeadIn(up)) return null;
  const joined = parseLeadIn(up + text);
  return joined && joined.rest.length < text.length ? joined : null;
}

/** The cues of structure/weights.ts whose words are a label a paragraph may open with, run in. */
const RUN_IN_LABEL_RES: readonly RegExp[] = LEXICAL_CUES.filter(([name]) => COLUMN_LABEL_CUES.includes(name) || name === 'box-label').map(([, re]) => re);

/** The name of a place or body alone (凤溪县, 州林业局: lexicon.ts ADMIN_SUFFIXES, ORG_SUFFIXES), as a brief opens with it. */
const RUN_IN_UNIT_RE = new RegExp(`^\\p{Script=Han}{1,8}(?:${[...ADMIN_SUFFIXES, ...ORG_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})$`, 'u');

/** An editor's note's label alone (编者按, 【编者的话】, 编后): the label part of the cue `editor-note`. */
const EDITOR_NOTE_LABEL_RE = /^[【[［〔（(]?编(?:者按|者的话|者注|前语|前话|后语?|后记)[】\]］〕）)]?$/u;

/**
 * A space right after a label the paragraph opens with, run in (`编者按　近日，…`, `记者手记　…`,
 * `链接　…`): printed layout, set so by every paper that runs a label into its text. The label is
 * the line's text before the space, read by the structure model's column-label, box-label and
 * editor-note cues (structure/weights.ts).
 */
function afterRunInLabel(text: string, c: MatchingChange): boolean {
  // …and the space after a chronicle entry's day (3月1日　县委常委会…, 同日　…: cue chronicle-entry),
  // the 大事记's printed separator.
  if (CHRONICLE_ENTRY_RE.test(text) && c.at === text.search(/[\s\u3000]/u)) return true;
  const label = text.slice(0, c.at).trim();
  if (!label || [...label].length > 10) return false;
  // …and the space after a provision's number (第一条　为规范…, 第三章　物业服务: text.ts PROVISION_NUMBER_RE),
  // as every 法规, 规章 and 办法 sets it
  if (c.at === text.search(/[\s\u3000]/u) && PROVISION_NUMBER_RE.test(label)) return true;
  // …and the ideographic space after the name of a place or body a brief opens with, set in bold and run
  // in (凤溪县　农村饮水安全…, 州林业局　启动…: a 县市短讯 brief's lead-in; tester23's 州报, Dec 2026).
  if (c.printed === '\u3000' && c.at === text.search(/[\s\u3000]/u) && RUN_IN_UNIT_RE.test(label)) return true;
  return EDITOR_NOTE_LABEL_RE.test(label) || RUN_IN_LABEL_RES.some((re) => re.test(label));
}

/**
 * Warnings `ocr/closed-up` for lines of running text whose matching form closed up a space
 * between two Han characters outside quotation marks and brackets (`胡 拥军`; a slogan in
 * quotes is printed with spaces: “攻坚有我 双先双为”), or read a confusable letter as a digit (`2O23年`): the message names
 * each place as printed (`胡 拥军`, `2O23`) and the column points at the first. Lines with a space
 * only between headline phrases (no sentence punctuation: `筑牢坚固屏障 保障群众安全`) and
 * spaced-out lines are not reported, nor a page code (B2, furniture.ts LETTER_FOLIO_RE), nor spaces of printed
 * layout (`layoutSpace`: a lead-in, a credit such as `杭一帆　摄` run on after a caption; `afterRunInLabel`:
 * 编者按　近日，…, a chronicle's 3月1日　…, a provision's 第一条　…; `betweenFields`: 联系人：伍小姐　电话：…;
 * `officeBeforeName`: 副院长　蒙家骏; `nameBeforePost`: 蒙志刚　县政府办公室副主任；…; `paddedLabel`: 成　员：; structure/names.ts `isPaddedNameSpace`: a two-character name padded in running text, 民警李　强说;
 * `betweenCells`: a table row's columns; `betweenHeadlinePhrases`: a subtitle's 并讲话　强调…), nor a space inside
 * straight quotes ("学雷锋 树新风").
 */
export function closeUpDiagnostics(lines: SourceLine[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (!/[\s\u3000OolI|〇DZSsBi]/u.test(l.text)) continue;
    // A page code (B2, S1, D3: a section letter and a page number) is printed so, no digit misread.
    if (LETTER_FOLIO_RE.test(l.text.trim())) continue;
    const text = l.text.replace(/^[\s\u3000]+/u, '');
    const indent = l.text.length - text.length;
    const m = matchingForm(text.trimEnd());
    const running = /[，。；、,;]/u.test(text);
    // the line's lead-in, read once for all its spaces
    let lead: ReturnType<typeof parseLeadIn> | undefined;
    const leadIn = () => (lead === undefined ? (lead = parseLeadIn(text) ?? carriedLeadIn(lines[k - 1]?.text ?? '', text)) : lead);
    const changes = m.changes.filter(
      (c) =>
        c.kind === 'confusable' ||
        (running &&
          c.printed.length <= 2 &&
          betweenHan(text, c) &&
          outsideQuotes(text, c) &&
          !afterRunInLabel(text, c) &&
          !betweenFields(text, c) &&
          !officeBeforeName(text, c) &&
          !nameBeforePost(text, c) &&
          !paddedLabel(text, c) &&
          !(c.printed === '\u3000' && isPaddedNameSpace(text, c.at)) &&
          !betweenCells(text, c) &&
          !betweenHeadlinePhrases(text, c) &&
          !nameSetOff(text, c) &&
          !layoutSpace(text, c, leadIn())),
    );
    if (!changes.length) continue;
    const places = changes.slice(0, 5).map((c) => {
      const from = Math.max(0, c.at - 3);
      return `${text.slice(from, c.at + c.printed.length + 3).trim()} (${c.kind === 'space' ? 'space closed up' : `${c.printed} read as ${c.read}`})`;
    });
    out.push({
      severity: 'warning',
      code: 'ocr/closed-up',
      message: `matched through OCR slips: ${places.join('; ')}${changes.length > 5 ? `; and ${changes.length - 5} more` : ''}`,
      line: l.line,
      column: indent + changes[0].at + 1,
    });
  }
  return out;
}
