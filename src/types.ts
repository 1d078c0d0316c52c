/**
 * Shared data types of the bulletin pipeline (schema version 1, see README "Output fields").
 *
 * Every stage is a pure function over these plain, JSON-safe shapes. Line numbers are 1-based
 * lines of the *decoded* text (after line-end normalisation, so CRLF counts as one break).
 */

/** Current output schema version, written as `schemaVersion` on every issue. */
export const SCHEMA_VERSION = 1 as const;

/** How serious a diagnostic is. `error` makes `validate` exit non-zero. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding about the input, as data. `code` is stable (`area/what`, e.g. `rejoin/orphan-fragment`,
 * `dates/impossible-date`); tests assert codes, never wording. `line`/`column` are 1-based, or null
 * when the finding is about the whole file.
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  line: number | null;
  column: number | null;
}

/** An inclusive range of 1-based source lines: `[first, last]`. */
export type LineRange = [number, number];

/** One line of the normalised text, with its 1-based number in the decoded source. */
export interface SourceLine {
  /** 1-based line number in the decoded text. */
  line: number;
  /** The line as printed (after normalisation; see `normalize`). */
  text: string;
  /**
   * Optional type size of the line relative to the page's body text (1 = body size, 1.8 = a
   * headline set 80% larger), when the input carries geometry (hOCR/ALTO). Evidence for the
   * structure step; absent for plain text.
   */
  size?: number;
  /**
   * Where the line was printed, when the input is hOCR or ALTO with coordinates (laid out by
   * src/input/geometry.ts: one line per paragraph or headline). Absent for plain text and HTML.
   */
  geometry?: LineGeometry;
}

/**
 * Where a laid-out line of hOCR or ALTO was printed: `page` (1-based), `bbox` `[x0, y0, x1, y1]`
 * in pixels of the page image (of the part on the first page and column when a paragraph runs
 * on), `size` (the line's font size or height ÷ the median of body lines: 1 for body text, about
 * 2 for a title set twice as large; null when unknown), `confidence` (mean word confidence 0..1,
 * weighted by characters; null when the OCR gave none) and `confidenceChars` (characters that had
 * a confidence).
 */
export interface LineGeometry {
  page: number;
  bbox: [number, number, number, number];
  size: number | null;
  confidence: number | null;
  confidenceChars: number;
  /**
   * True when the page geometry reads the line as OCR residue of other lines, though its text
   * alone does not say so (`下 66 人` inside a headline's box, `全mm 66 99` between two lines of
   * one headline: src/input/geometry.ts): furniture of kind `noise`. Absent otherwise.
   */
  residue?: true;
}

/** Page and box of one paragraph (`Article.paragraphLayout`). */
export interface ParagraphLayout {
  page: number;
  bbox: [number, number, number, number];
}

/** What a block of text looks like before segmentation decides what it is. */
export type BlockKind =
  | 'text' // a paragraph (or the part of one)
  | 'byline' // ·金驰· / ·缪通 陈苏君·
  | 'furniture'; // running head, folio, editor line, jump marker on its own

/**
 * A block: one paragraph-sized run of text from the source, with where it came from.
 * `lines` is the inclusive source range; after rejoining, `spans` lists every source range the
 * text was assembled from (several when a paragraph was rejoined across a page break).
 */
export interface Block {
  kind: BlockKind;
  text: string;
  lines: LineRange;
  spans: LineRange[];
  /** Source lines of the block, one entry per printed line (for hard-wrapped text, several). */
  rawLines: SourceLine[];
  /** Joins made inside this block by `rejoin` or wrap-joining. */
  joins: Join[];
  /** Furniture kind when `kind === 'furniture'`. */
  furnitureKind?: FurnitureKind;
  /** For a jump marker: which way it points and the page it names. */
  jump?: { direction: 'out' | 'in'; page: number | null };
  /** Blank lines right before this block (0 when it follows another line of its run). */
  gapBefore: number;
  /** True when the block's first line starts with an indent (U+3000, two spaces or a tab): a paragraph. */
  indented?: boolean;
  /** Index of the run of non-blank lines (set without blank lines between) the block came from. */
  group: number;
}

/** How two pieces of source text were put back together. `line` is the first line of the later piece. */
export interface Join {
  line: number;
  kind: 'word' | 'wrap' | 'page' | 'jump' | 'continuation';
}

/** Layout text that belongs to the page, not to any story. */
export type FurnitureKind = 'running-head' | 'folio' | 'editor' | 'jump' | 'section' | 'masthead' | 'colophon' | 'noise';

/** A piece of page furniture, kept aside (never silently dropped). */
export interface Furniture {
  text: string;
  line: number;
  kind: FurnitureKind;
}

/** Text that belongs to no article, kept so that nothing in the input is lost. */
export interface Unassigned {
  text: string;
  lines: LineRange;
}

/** A parsed date. `iso` is null when the text names no definite day (近日) or an impossible one. */
export interface ArticleDate {
  /** The date as printed, e.g. `5月25日上午`. */
  text: string;
  /**
   * `YYYY-MM-DD` of the first day the expression names (5月 → day 01, 九月下旬 → the 21st, 一季度 →
   * 1 January), or null when the year or month is neither printed nor known.
   */
  iso: string | null;
  /**
   * `YYYY-MM-DD` of the last day when the expression names more than one day: a range
   * (2019年4月12-19日, 8日至9日), a week, a 旬, a month, a quarter, a season, a year; null for one day.
   */
  end: string | null;
  /** The unit the expression names: `day`, `week`, `xun` (旬: 上旬/中旬/下旬, 月初, 月底), `month`, `quarter`, `season`, `year`. */
  precision: 'day' | 'week' | 'xun' | 'month' | 'quarter' | 'season' | 'year';
  /** Parts not written in the text but inferred: `year` (from the issue), `month`. */
  inferred: string[];
}

/** A leader (official) named with one or more offices. `mentions` counts every mention in the article. */
export interface Leader {
  name: string;
  titles: string[];
  mentions: number;
}

/** A person named in a story (leaders included, reporters excluded), with roles as printed. */
export interface Person {
  name: string;
  roles: string[];
  mentions: number;
}

/** A named entity with a mention count (places, organizations). */
export interface NamedEntity {
  name: string;
  mentions: number;
}

/** A credit: a reporter, correspondent or photographer with the role as printed. */
export interface Credit {
  name: string;
  /** Role as printed: 记者, 通讯员, 摄, 文/图, 撰稿, … ('' when the byline gives none, as in ·金驰·). */
  role: string;
}

/** A cross-head: its text and the index (0-based) of the paragraph in `paragraphs` that prints it. */
export interface Crosshead {
  text: string;
  paragraph: number;
}

/** One article (story), photo item or brief of an issue. */
export interface Article {
  /** Stable within an issue: `a1`, `a2`, … in reading order of the title. */
  id: string;
  kind: 'article' | 'photo' | 'brief';
  kicker: string | null;
  title: string;
  subtitles: string[];
  /**
   * Cross-heads (小标题) inside the story. Each points at the paragraph that prints it: the body
   * keeps the cross-head in place, in reading order, so `text` repeats `paragraphs[paragraph]`
   * (the paragraph is the record; nothing is counted twice).
   */
  crossheads: Crosshead[];
  /** The lead-in as printed: 本报讯（记者 … 通讯员 …）, or null. */
  dateline: string | null;
  /** Names only, in order of appearance. */
  bylines: string[];
  credits: Credit[];
  /** Byline and credit lines as printed: `·缪通 陈苏君·`, `记者 王峰 摄`. */
  creditLines: string[];
  date: ArticleDate | null;
  leaders: Leader[];
  people: Person[];
  places: NamedEntity[];
  organizations: NamedEntity[];
  keywords: string[];
  paragraphs: string[];
  /** Paragraphs joined by `\n`. */
  body: string;
  /** Inclusive source line range from the first headline line to the last line of the story. */
  lines: LineRange;
  /** Every source range this article was assembled from. */
  spans: LineRange[];
  joins: Join[];
  /**
   * Only for hOCR/ALTO input with coordinates: page and box of each paragraph, in the order of
   * `paragraphs` (null for a paragraph whose lines carry none).
   */
  paragraphLayout?: (ParagraphLayout | null)[];
  /**
   * Only for hOCR/ALTO input with word confidences (`x_wconf`, `WC`): the mean word confidence
   * (0..1, weighted by characters) of the article's lines.
   */
  ocrConfidence?: number;
}

/**
 * The role of one printed source line in the page's structure (issue 7): furniture
 * (`running-head`, `folio`, `editor`, `section` column label, `jump` marker or a headline repeated
 * over a jump's far half, `colophon` a line of an issue's 版记: 报送/抄送, …印发, 共印N份, `noise` OCR
 * residue), headline parts (`kicker`, `title`, `subtitle`,
 * `crosshead`), `lead` (the first printed line of a paragraph opening with a lead-in or dateline:
 * 本报讯（记者 …）, 新华社北京6月20日电), `body`, `byline` (byline or credit line of its own:
 * ·金驰·, 本报记者 张  某, 记者 王峰 摄, （作者为…）, （完）), `caption` (a photo's caption), `blank`
 * (a line with no text) and `unassigned` (text that belongs to no article; see `Issue.unassigned`).
 * Same vocabulary as the `roles` of the layout zoo's expected files (fixtures/zoo/).
 */
export type LineRole =
  | 'running-head'
  | 'folio'
  | 'editor'
  | 'section'
  | 'jump'
  | 'colophon'
  | 'noise'
  | 'kicker'
  | 'title'
  | 'subtitle'
  | 'crosshead'
  | 'lead'
  | 'body'
  | 'byline'
  | 'caption'
  | 'blank'
  | 'unassigned';

/** One source line's role: `line` 1-based, `article` the id (`a3`) of the article it went to, or null. */
export interface LineRoleEntry {
  line: number;
  role: LineRole;
  article: string | null;
}

/** Which input format was read. */
export type InputFormat = 'text' | 'html' | 'hocr' | 'alto';

/** The input file as read. */
export interface SourceInfo {
  /** Path as given on the command line (`-` for standard input), or null for in-memory input. */
  path: string | null;
  /** SHA-256 of the raw bytes, hex. */
  sha256: string;
  /** Size of the raw input in bytes. */
  bytes: number;
  /** WHATWG/iconv name of the decoding used: utf-8, gb18030, big5, utf-16le, utf-16be. */
  encoding: string;
  /** Detector confidence 0..1 (1 for BOM, strict UTF-8 or `--encoding`). */
  encodingConfidence: number;
  format: InputFormat;
}

/** Issue-level metadata. */
export interface IssueInfo {
  date: string | null;
  year: number | null;
  yearSource: 'option' | 'filename' | 'masthead' | 'text' | null;
}

/** The whole result for one input file (schema version 1). */
export interface Issue {
  schemaVersion: typeof SCHEMA_VERSION;
  source: SourceInfo;
  issue: IssueInfo;
  articles: Article[];
  furniture: Furniture[];
  unassigned: Unassigned[];
  diagnostics: Diagnostic[];
}

/** Options for `parseIssue`. */
export interface ParseOptions {
  /** Path or name of the input (for year-from-filename and messages). */
  path?: string | null;
  /** `YYYY-MM-DD`: the issue's date, the strongest source for years and relative dates. */
  issueDate?: string | null;
  /** Force a decoding (iconv-lite name), skipping detection. */
  encoding?: string | null;
  /**
   * With `encoding`: decode so even when the text is implausible (a `decode/implausible-encoding`
   * warning instead of `InputError('input/wrong-encoding')`, exit 4). The CLI's `--force`.
   */
  forceEncoding?: boolean;
  /**
   * Add the findings of the validation rules (src/validate.ts, `validate/…`) to the diagnostics,
   * with the source lines only the pipeline knows (where each paragraph starts): `bulletin
   * validate` sets it; `parse` output does not carry them.
   */
  validate?: boolean;
  /** Input format; default guessed from the path and content (text unless HTML/hOCR/ALTO). */
  format?: InputFormat | null;
  /** Skip entity extraction (leaders, people, places, organizations, keywords). */
  entities?: boolean;
  /** Words of user dictionaries (`--user-dict`, `bulletin.config.json`): see src/extract/user-dict.ts. */
  userDict?: { word: string; tag: string }[];
}

/**
 * An issue whose articles are made while they are iterated (once): the same keys as an `Issue`,
 * `articles` an iterable; `furniture` and `unassigned` grow as windows are parsed, and
 * `diagnostics` is complete (sorted by line) once the articles were all taken. Serialized by
 * `issueJsonPieces`, `issueNdjsonPieces` and `issueCsvPieces` like an `Issue` (src/windowed.ts makes it).
 */
export interface StreamedIssue {
  schemaVersion: typeof SCHEMA_VERSION;
  source: SourceInfo;
  issue: IssueInfo;
  articles: Iterable<Article>;
  furniture: Furniture[];
  unassigned: Unassigned[];
  diagnostics: Diagnostic[];
}
