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
 *   not on standard output (where it would reach the next program as data); see `CsvOptions.bom`.
 */
import { stringify } from 'csv-stringify/sync';
import type { Article, Issue } from '../types.js';

/** The UTF-8 byte-order mark as a string. */
export const BOM = '\uFEFF';

/** Separator of multi-valued cells. */
export const MULTI_SEPARATOR = '；';

/** Columns of the article table, in order. */
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
  'leaders',
  'people',
  'places',
  'keywords',
  'paragraphs',
  'characters',
  'body',
] as const;

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
 * Writes a table as CSV text: optional BOM, optional header, every cell neutralized.
 * Fields with commas, quotes or line breaks are quoted by csv-stringify (RFC 4180); rows end in `\n`.
 */
export function tableToCsv(header: readonly string[], rows: readonly string[][], options: CsvOptions = {}): string {
  const records = (options.header ?? true) ? [[...header], ...rows] : [...rows];
  const body = stringify(records.map((r) => r.map(neutralizeCell)));
  return (options.bom ? BOM : '') + body;
}

/** The article table of several issues as CSV text (one header, one row per article). */
export function issuesToCsv(issues: readonly Issue[], options: CsvOptions = {}): string {
  return tableToCsv(CSV_COLUMNS, issues.flatMap(issueRows), options);
}
