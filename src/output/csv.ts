/**
 * CSV serializer (csv-stringify): a header and one row per article, for spreadsheets.
 *
 * - Multi-valued cells are joined with `；` (full-width semicolon, which does not occur inside
 *   the names and titles it separates); leaders are written `name(title、title)`.
 * - Formula injection (OWASP "CSV Injection"): a cell whose first character, after any leading
 *   whitespace, is `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so that
 *   Excel, LibreOffice and Google Sheets show it as text instead of running it. CSV only: JSON and
 *   NDJSON keep the text as printed.
 * - A UTF-8 byte-order mark is written when the CSV goes to a file (Excel needs it to read UTF-8),
 *   not on standard output (where it would reach the next program as data) unless asked for
 *   (`--bom`); see `CsvOptions.bom`.
 * - A cell longer than Excel's limit of 32,767 characters is cut to it (never inside a surrogate
 *   pair), since Excel would cut it silently; `cellCuts` lists the cuts so the CLI can warn.
 */
import { stringify } from 'csv-stringify/sync';
import type { Article, Issue, StreamedIssue, Unassigned } from '../types.js';

/** The UTF-8 byte-order mark as a string. */
export const BOM = '\uFEFF';

/** Separator of multi-valued cells. */
export const MULTI_SEPARATOR = '；';

/**
 * Columns of the article table, in order. `credit_lines` is the JSON `creditLines` as printed,
 * joined with `；`: the byline and credit lines, and a notice's signature (the issuing body and its
 * date line: 滨江市鸿远物流有限公司清算组；2023年6月19日), which names nobody and so is in no `bylines`.
 */
export const CSV_COLUMNS = [
  'file',
  'id',
  'kind',
  'kicker',
  'title',
  'subtitles',
  'date',
  'date_text',
  'bylines',
  'credit_lines',
  'leaders',
  'people',
  'places',
  'keywords',
  'paragraphs',
  'characters',
  'body',
] as const;

/**
 * Most characters (UTF-16 code units) a spreadsheet cell holds: Excel's "Total number of characters
 * that a cell can contain" (Microsoft, Excel specifications and limits). Longer text is cut by
 * Excel without a word when a CSV is opened, so bulletin cuts it itself, and warns.
 */
export const MAX_CELL_CHARS = 32_767;

/**
 * `text` cut to at most `MAX_CELL_CHARS` UTF-16 code units, one fewer when the cut would fall
 * between the two halves of a surrogate pair (a character outside the BMP is kept whole or not at
 * all). Unchanged when it fits.
 */
export function capCell(text: string, max = MAX_CELL_CHARS): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/**
 * A cell cut to `MAX_CELL_CHARS`: which article and column, and how long it was in UTF-16 code units
 * (`length`, what the limit counts) and in characters (`characters`, code points, as the CSV's
 * `characters` column counts; fewer when the text has characters outside the BMP such as 𠮷).
 */
export interface CellCut {
  article: string;
  column: string;
  length: number;
  characters: number;
}

/** Code points of `s` (a surrogate pair counts once). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * The cells of `issue`'s article rows that `MAX_CELL_CHARS` cuts, as written to CSV (`neutralize`
 * true: after the `'` a formula-like cell gets) or to xlsx (false).
 */
export function cellCuts(issue: Issue, neutralize = true): CellCut[] {
  const cuts: CellCut[] = [];
  for (const a of issue.articles) rowCuts(a.id, articleRow(issue.source.path, a), neutralize, cuts);
  return cuts;
}

/** Adds to `cuts` the cells of one article row (`articleRow`) that `MAX_CELL_CHARS` cuts. */
function rowCuts(id: string, row: readonly string[], neutralize: boolean, cuts: CellCut[]): void {
  row.forEach((cell, k) => {
    const text = neutralize ? neutralizeCell(cell) : cell;
    if (text.length > MAX_CELL_CHARS) cuts.push({ article: id, column: CSV_COLUMNS[k], length: text.length, characters: codePoints(text) });
  });
}

/** The warning for one cut cell, without the `bulletin: <file>: ` prefix. */
export function cellCutMessage(c: CellCut): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  const size =
    c.characters === c.length
      ? `${n(c.length)} characters cut to ${n(MAX_CELL_CHARS)}`
      : `${n(c.characters)} characters (${n(c.length)} UTF-16 units) cut to ${n(MAX_CELL_CHARS)} units`;
  // (The cell's length counts its white space, the line breaks between paragraphs too, which the
  // `characters` column leaves out: the two differ by that much, tester15.)
  return `warning: ${c.article} ${c.column} cell of ${size}, white space included (the most a spreadsheet cell holds); the JSON output keeps it whole`;
}

/**
 * The warning for an issue's text that no article claimed (`unassigned`; `articles` is the issue's
 * number of articles), which a table of one row per article (CSV, xlsx) cannot hold, without the `bulletin: <file>: ` prefix; null when there is
 * none, or when no article was found at all (the no-article message says so then).
 * Shape: `warning: 2 unassigned blocks (31 characters, lines 3, 9) are in no row: …`.
 */
export function unassignedRowsMessage(articles: number, unassigned: Unassigned[]): string | null {
  const u = unassigned;
  if (!u.length || !articles) return null;
  const chars = u.reduce((n, x) => n + codePoints(x.text.replace(/\s+/gu, '')), 0);
  const shown = u.slice(0, UNASSIGNED_LINES_SHOWN).map((x) => x.lines[0]);
  const lines = `line${u.length > 1 ? 's' : ''} ${shown.join(', ')}${u.length > shown.length ? ', …' : ''}`;
  const blocks = `${u.length} unassigned block${u.length > 1 ? 's' : ''}`;
  return `warning: ${blocks} (${chars.toLocaleString('en-US')} characters, ${lines}) ${u.length > 1 ? 'are' : 'is'} in no row: text no article claimed; --format json lists it under "unassigned", bulletin proof shows where it stands`;
}

/** How many unassigned blocks' first lines `unassignedRowsMessage` names. */
const UNASSIGNED_LINES_SHOWN = 5;

/** Options of the CSV writers. */
export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default false; the CLI sets it for files). */
  bom?: boolean;
  /** Write the header row (default true). */
  header?: boolean;
}

/**
 * Starts a spreadsheet formula when a cell begins with one of these, possibly after whitespace
 * (OWASP, "CSV Injection": = + - @ tab CR; \s covers U+3000 and no-break spaces too).
 */
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/u;

/** Makes one cell inert for spreadsheets: `'` in front when it would start a formula, else unchanged. */
export function neutralizeCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Number of non-whitespace code points in `text` (what the `characters` column counts). */
export function countCharacters(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n += 1;
  return n;
}

/** A leader as one cell part: `胡拥军(区委书记、区长)`, or the bare name without titles. */
export function formatLeader(leader: { name: string; titles: string[] }): string {
  return leader.titles.length ? `${leader.name}(${leader.titles.join('、')})` : leader.name;
}

/** The cells of one article row (before neutralizing), in `CSV_COLUMNS` order. */
export function articleRow(file: string | null, article: Article): string[] {
  return [
    file ?? '',
    article.id,
    article.kind,
    article.kicker ?? '',
    article.title,
    article.subtitles.join(MULTI_SEPARATOR),
    article.date?.iso ?? '',
    article.date?.text ?? '',
    article.bylines.join(MULTI_SEPARATOR),
    article.creditLines.join(MULTI_SEPARATOR),
    article.leaders.map(formatLeader).join(MULTI_SEPARATOR),
    article.people.map((p) => p.name).join(MULTI_SEPARATOR),
    article.places.map((p) => p.name).join(MULTI_SEPARATOR),
    article.keywords.join(MULTI_SEPARATOR),
    String(article.paragraphs.length),
    String(countCharacters(article.body)),
    article.body,
  ];
}

/** Every row of one issue (one per article). */
export function issueRows(issue: Issue): string[][] {
  return issue.articles.map((a) => articleRow(issue.source.path, a));
}

/**
 * Writes a table as CSV text: optional BOM, optional header, every cell neutralized and capped at
 * `MAX_CELL_CHARS`.
 * Fields with commas, quotes or line breaks are quoted by csv-stringify (RFC 4180); rows end in `\n`.
 */
export function tableToCsv(header: readonly string[], rows: readonly string[][], options: CsvOptions = {}): string {
  const records = (options.header ?? true) ? [[...header], ...rows] : [...rows];
  const body = stringify(records.map((r) => r.map((cell) => capCell(neutralizeCell(cell)))));
  return (options.bom ? BOM : '') + body;
}

/** The article table of several issues as CSV text (one header, one row per article). */
export function issuesToCsv(issues: readonly Issue[], options: CsvOptions = {}): string {
  return tableToCsv(CSV_COLUMNS, issues.flatMap(issueRows), options);
}

/**
 * `issuesToCsv([issue], options)` in pieces of about 64 K UTF-16 units (whole rows), each row made
 * when its turn comes (csv-stringify ends every row with its own line break, so rows written one by
 * one are the table's text). The cells cut (`cellCuts`) are pushed onto `cuts` as their rows are
 * made. For a {@link StreamedIssue}, whose articles are made while they are taken.
 */
export function* issueCsvPieces(issue: Issue | StreamedIssue, options: CsvOptions, cuts: CellCut[]): Generator<string> {
  let buf = tableToCsv(CSV_COLUMNS, [], options);
  for (const a of issue.articles) {
    const row = articleRow(issue.source.path, a);
    rowCuts(a.id, row, true, cuts);
    buf += tableToCsv(CSV_COLUMNS, [row], { header: false });
    if (buf.length >= 1 << 16) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
