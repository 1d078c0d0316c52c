/**
 * The windowed parse of a large plain-text input (issue 10: memory). The whole-document parse holds
 * the layout step's lines and blocks, the structure step's units and the finished issue at once:
 * about 6 bytes of JavaScript heap per byte of input each, so a 40 MB file peaked above 700 MiB.
 * Here the decoded text is cut into windows at page heads (`windowStarts`), and each window goes
 * through layout, structure, dates and entities on its own, its articles handed out one by one
 * (`StreamedIssue.articles`) to be written before the next window is read; only the text, the
 * furniture, the unassigned lines and the diagnostics are held to the end.
 *
 * What a window cannot see, and so where its result may differ from the whole-document parse: the
 * statistics the steps take over the whole text (a line counted as `repeated` when printed more
 * than once in the document, the column width of hard-wrapped text, the widths headlines wrap at,
 * the page's script), the one Viterbi over all units (a window starts and ends its own path, and its
 * first unit is `first`, its last `gapAfter:end`), the names the entity step knows as leaders from
 * other articles of the issue (`extractArticleEntities`' first pass, and the place stems), jumps
 * (下转第3版 … 上接第1版) whose two ends fall in different windows, and the caps on listed
 * diagnostics per kind of line (`LineCollector`). The issue's date and year and the reference date
 * are read over all windows first, so they are the whole document's. On a file of issues joined one
 * after another, cut at their page heads with several issues in a window, none of these moves
 * (test/windowed.test.ts compares the two parses); inputs below WINDOWED_MIN_UNITS keep the
 * whole-document parse.
 */
import {
  addHeadYears,
  datedArticles,
  firstHeadDate,
  isValidIsoDate,
  issueInfoOf,
  latestTextYear,
  parseWith,
  sourceFacts,
  sourceInfo,
  structured,
  type HeadYear,
  type ParseInternals,
  type Structured,
} from './index.js';
import { DecodedInput, HeldInput, decodeInput } from './stages/layout.js';
import { sniffFormat } from './input/markup.js';
import { classifyFurniture, findJumpMarkers } from './stages/furniture.js';
import { referenceDate, type DateContext } from './extract/dates.js';
import { extractArticleEntities } from './extract/entities.js';
import { segmenter as defaultSegmenter } from './nlp/jieba.js';
import { UsageError } from './errors.js';
import { SCHEMA_VERSION, type Article, type Diagnostic, type Issue, type ParseOptions, type StreamedIssue } from './types.js';

/**
 * Decoded text (UTF-16 units) from which a plain-text input is parsed window by window: about 3 MB
 * of UTF-8 Chinese, fifteen times the largest issue of the field (20–200 kB). Below it the
 * whole-document parse is kept: its working set is small (about 15 bytes per byte of input above
 * the fixed 300 MiB of a process) and it reads its statistics over the whole text, which a window
 * does not (module doc), so every fixture and every single issue parses exactly as before.
 */
export const WINDOWED_MIN_UNITS = 1_000_000;

/**
 * A window's size in UTF-16 units (about 0.9 MB of UTF-8 Chinese, a few dozen issues): a window
 * ends at the first page head (`isCutLine`) after this many units. Its layout and structure hold
 * about 15 MB of heap, against 28 MB for the text of a 40 MB input, which is held throughout.
 */
export const WINDOW_UNITS = 300_000;

/**
 * A window waits for the continuation of a jump it holds (下转第3版 and no 上接 yet) until it is
 * this many times WINDOW_UNITS long; then it is cut at the next page head anyway (the jump's two
 * ends are then parsed apart, as two articles).
 */
export const WINDOW_JUMP_WAIT = 4;

/** The structure step's warning that a document holds no article (assemble.ts). */
const NO_ARTICLES = 'segment/no-articles';

/** Furniture kinds that open a page: a window may start at such a line. */
const PAGE_HEAD_KINDS = new Set(['running-head', 'masthead', 'folio']);

/**
 * Blank lines in a row after which a window may start: plain text without page heads (the bundled
 * issue, stories set apart by blank lines) marks the end of a story or a page with two or three
 * (the structure step's `gap:2` reads any run of two or more alike). Issues joined into one file
 * are set apart by at least as many.
 */
export const BLANK_RUN_CUT = 3;

/** Lines read ahead of a cut for the line that opens the next story (blank and furniture lines skipped). */
const CUT_LOOKAHEAD = 8;

/**
 * Longest line (characters) read as a headline opening a story at a cut: 40, longer than the
 * titles of the fixtures and the zoo (a long two-part title is set on two lines), shorter than a
 * paragraph of running text.
 */
export const CUT_HEADLINE_MAX = 40;

/** Marks inside or at the end of a sentence: a line holding one is running text, not a headline. */
const SENTENCE_MARK_RE = /[。，；！？,;!?]/u;

/**
 * Whether `line` can open a story: a short line with no sentence mark (a headline, a kicker, a
 * column label). Running text under a page head (a story carried over the page turn, which the
 * whole-document parse joins to the story before it) cannot.
 */
export function opensStory(line: string): boolean {
  const t = line.trim();
  return t.length >= 2 && t.length <= CUT_HEADLINE_MAX && !SENTENCE_MARK_RE.test(t);
}

/**
 * Whether a window may start at the line `line` (its text, without the line break), `blanks` blank
 * lines right above it, `after` the lines after it (at least CUT_LOOKAHEAD of them, fewer at the
 * end): a running head or masthead (the paper's name with a date, a page number or an issue
 * number), or a bare page number between blank lines (a folio over a page), with a blank line
 * above; or any text after BLANK_RUN_CUT blank lines. And the first line from there that is not
 * blank or furniture must open a story (`opensStory`): a story carried over a page turn (running
 * text under the head) is joined over it by the whole-document parse, and would be cut here.
 */
export function isCutLine(blanks: number, line: string, after: readonly string[]): boolean {
  if (blanks === 0 || line.trim() === '') return false;
  const kind = classifyFurniture(line);
  if (kind === null) return blanks >= BLANK_RUN_CUT && opensStory(line);
  if (!PAGE_HEAD_KINDS.has(kind) && blanks < BLANK_RUN_CUT) return false;
  if (kind === 'folio' && after.length && after[0].trim() !== '') return false;
  const first = after.slice(0, CUT_LOOKAHEAD).find((l) => l.trim() !== '' && classifyFurniture(l) === null);
  return first !== undefined && opensStory(first);
}

/**
 * Where the windows of `text` start (UTF-16 offsets, the first 0, each at the start of a line
 * `isCutLine` accepts, at least `size` units after the window before; none while a jump is open,
 * up to WINDOW_JUMP_WAIT × `size`). One pass over the text; [0] when no line qualifies.
 */
export function windowStarts(text: string, size = WINDOW_UNITS): number[] {
  const starts = [0];
  let from = 0;
  let open = 0; // jumps out (下转) of the current window not yet picked up (上接)
  let blanks = 0;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).replace(/\r$/u, '');
    if (pos - from >= size && (open === 0 || pos - from >= WINDOW_JUMP_WAIT * size)) {
      const after: string[] = [];
      for (let p = end + 1; p < text.length && after.length < CUT_LOOKAHEAD; ) {
        let e = text.indexOf('\n', p);
        if (e < 0) e = text.length;
        after.push(text.slice(p, e).replace(/\r$/u, ''));
        p = e + 1;
      }
      if (isCutLine(blanks, line, after)) {
        starts.push(pos);
        from = pos;
        open = 0;
      }
    }
    if (line.includes('版')) {
      for (const j of findJumpMarkers(line)) open = j.direction === 'out' ? open + 1 : Math.max(0, open - 1);
    }
    blanks = line.trim() === '' ? blanks + 1 : 0;
    pos = end + 1;
  }
  return starts;
}

/** Lines of `text` as normalize.ts numbers them (its `splitLines`: a final line break starts no line). */
function lineCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d) {
      n++;
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    }
  }
  const last = text.charCodeAt(text.length - 1);
  return n > 1 && (last === 0x0a || last === 0x0d) ? n - 1 : n;
}

/** What a windowed parse reports about its progress (not part of the issue's output). */
export interface StreamState {
  /** Articles handed out so far. */
  articles: number;
  /** Windows the text was cut into. */
  windows: number;
  /** True once every article was handed out (then `diagnostics` is complete). */
  done: boolean;
}

/** A parse's result: an `Issue`, or for a large plain-text input a {@link StreamedIssue} and its state. */
export type ParseResult = { issue: Issue; streamed?: undefined } | { streamed: StreamedIssue; state: StreamState; issue?: undefined };

/** The window of `text` from `starts[w]` to the next start. */
function windowText(text: string, starts: number[], w: number): string {
  return text.slice(starts[w], w + 1 < starts.length ? starts[w + 1] : text.length);
}

/**
 * The structure of one window (its lines numbered as in the whole text) with its articles
 * numbered after the `ids` articles before it.
 */
function renumbered(st: Structured, ids: number): Structured {
  if (ids === 0) return st;
  const seg1 = st.seg1;
  return { ...st, seg1: { ...seg1, articles: seg1.articles.map((a, k) => ({ ...a, id: `a${ids + k + 1}` })) } };
}

/**
 * Parses one input like `parseIssue`, but a plain-text input of WINDOWED_MIN_UNITS or more that
 * has page heads to cut at is parsed window by window (module doc) and returned as a
 * {@link StreamedIssue}: its articles are made as they are iterated. Anything else returns the
 * `Issue` of the whole-document parse. `windowUnits` sets the window size (tests). Throws what
 * `parseIssue` throws before any article is made (InputError, UsageError); iterating the articles
 * throws only on a bug.
 */
export function parseIssueStreamed(
  input: HeldInput,
  options: ParseOptions = {},
  internals: ParseInternals = {},
  sizes: { min?: number; window?: number } = {},
): ParseResult {
  if (options.issueDate && !isValidIsoDate(options.issueDate)) {
    throw new UsageError(`--issue-date must be a real date as YYYY-MM-DD, got "${options.issueDate}"`);
  }
  const facts = sourceFacts(input);
  const decoded = decodeInput(input, options);
  const format = options.format ?? sniffFormat(decoded.text, options.path);
  const min = sizes.min ?? WINDOWED_MIN_UNITS;
  const starts = format === 'text' && decoded.text.length >= min ? windowStarts(decoded.text, sizes.window ?? WINDOW_UNITS) : [0];
  if (starts.length < 2) return { issue: parseWith(new DecodedInput(decoded), options, internals, false, facts).issue };

  const text = decoded.text;
  const seg = internals.segmenter ?? defaultSegmenter;
  const windowOptions: ParseOptions = { ...options, format: 'text' };
  const lineOffsets: number[] = [];
  let lines = 0;
  for (let w = 0; w < starts.length; w++) {
    lineOffsets.push(lines);
    lines += lineCount(windowText(text, starts, w));
  }
  const structureOf = (w: number): Structured => structured(new HeldInput(windowText(text, starts, w)), windowOptions, internals, seg, false, lineOffsets[w] + 1);

  // The issue's date and year, as the whole-document parse reads them: the first head printing a
  // date (usually in the first window: the others are then not read here), else the years the
  // heads print and the latest year of the text, over every window.
  let cached: { w: number; st: Structured } | null = null;
  let mastheadDate: string | null = null;
  let mastheadLine: number | null = null;
  const headYears = new Map<number, HeadYear>();
  let textYear: number | null = null;
  for (let w = 0; w < starts.length; w++) {
    const st = structureOf(w);
    const head = firstHeadDate(st.seg1.furniture);
    if (head.date !== null) {
      mastheadDate = head.date;
      mastheadLine = head.line;
      cached = { w, st };
      break;
    }
    addHeadYears(st.seg1.furniture, headYears);
    const y = latestTextYear(st.seg1.articles);
    if (y !== null && (textYear === null || y > textYear)) textYear = y;
  }
  const issueDiagnostics: Diagnostic[] = [];
  const issue = issueInfoOf({ mastheadDate, mastheadLine, headYears, textYear: () => textYear }, options, issueDiagnostics);
  const ctx: DateContext = { issueDate: issue.date, year: issue.year };
  if (!issue.date) {
    // the latest day the articles' first paragraphs name, over all windows (`referenceDate` is a maximum)
    let best: string | null = null;
    for (let w = 0; w < starts.length; w++) {
      const st = cached?.w === w ? cached.st : structureOf(w);
      const d = referenceDate(st.seg1.articles.map((a) => a.paragraphs[0] ?? ''), ctx);
      if (d !== null && (best === null || d > best)) best = d;
    }
    ctx.referenceDate = best;
  }

  const streamed: StreamedIssue = {
    schemaVersion: SCHEMA_VERSION,
    source: sourceInfo(options.path, facts, decoded, 'text'),
    issue,
    articles: [],
    furniture: [],
    unassigned: [],
    diagnostics: [],
  };
  const state: StreamState = { articles: 0, windows: starts.length, done: false };
  const decodeDiagnostics = decoded.diagnostics;

  function* articles(): Generator<Article> {
    // the diagnostics by group, in the order the whole-document parse lists them before its sort
    // by line: decoding, markup, normalizing, structure, noise, close-ups (each window's in
    // turn), the issue's, the dates', the entities'
    const groups: Diagnostic[][] = [decodeDiagnostics, [], [], [], [], [], issueDiagnostics, [], []];
    for (let w = 0; w < starts.length; w++) {
      const own = cached?.w === w ? cached.st : structureOf(w);
      if (cached?.w === w) cached = null;
      const st = renumbered(own, state.articles);
      for (let g = 2; g < 6; g++) for (const d of st.groups[g]) groups[g].push(d);
      let list = datedArticles(st.seg1, issue, ctx, groups[7]);
      if (options.entities !== false && list.length) {
        const ent = extractArticleEntities(list, { segmenter: seg, userDict: options.userDict });
        list = ent.articles;
        for (const d of ent.diagnostics) groups[8].push(d);
      }
      for (const f of st.seg1.furniture) streamed.furniture.push(f);
      for (const u of st.seg1.unassigned) streamed.unassigned.push(u);
      for (let k = 0; k < list.length; k++) {
        const a = list[k];
        list[k] = null as unknown as Article; // handed out: not held by the window
        state.articles++;
        yield a;
      }
    }
    // a window without an article says so (`segment/no-articles`); the issue does only when it has none
    const none = groups[3].filter((d) => d.code === NO_ARTICLES);
    if (none.length) groups[3] = groups[3].filter((d) => d.code !== NO_ARTICLES || (state.articles === 0 && d === none[0]));
    const all: Diagnostic[] = [];
    for (const g of groups) for (const d of g) all.push(d);
    all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    streamed.diagnostics = all;
    state.done = true;
  }
  let taken = false;
  streamed.articles = {
    [Symbol.iterator]() {
      if (taken) throw new Error('the articles of a streamed issue can be iterated once');
      taken = true;
      return articles();
    },
  };
  return { streamed, state };
}

/**
 * A {@link StreamedIssue} made into an `Issue` (its articles all taken and held): for outputs that
 * need the whole issue (xlsx) and for tests.
 */
export function collectStreamed(streamed: StreamedIssue): Issue {
  const articles = [...streamed.articles];
  return { ...streamed, articles, diagnostics: streamed.diagnostics };
}
