/**
 * NDJSON serializer: one line per article, for jq and streams. Each record is the article (keys in
 * contract order) preceded by `file` (the input path as given, `-` for standard input) and
 * `issueDate` (the issue's `YYYY-MM-DD` or null), so lines from a batch can be told apart.
 * An issue with no articles gives no lines.
 */
import type { Article, Issue, StreamedIssue } from '../types.js';
import { JSON_PIECE_UNITS, orderArticle } from './json.js';

/** One NDJSON record: the article with the file and issue date in front. */
export type ArticleRecord = { file: string | null; issueDate: string | null } & Article;

/** The records of one issue, in article order. */
export function articleRecords(issue: Issue): ArticleRecord[] {
  return issue.articles.map((article) => ({
    file: issue.source.path,
    issueDate: issue.issue.date,
    ...orderArticle(article),
  }));
}

/** `issueToNdjson(issue)` in pieces of about 64 K UTF-16 units (whole lines), each record made when its turn comes. */
export function* issueNdjsonPieces(issue: Issue | StreamedIssue): Generator<string> {
  let buf = '';
  for (const article of issue.articles) {
    buf += `${JSON.stringify({ file: issue.source.path, issueDate: issue.issue.date, ...orderArticle(article) })}\n`;
    if (buf.length >= JSON_PIECE_UNITS) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** The NDJSON text of one issue: one JSON object per line, each line ending in `\n` ('' for no articles). */
export function issueToNdjson(issue: Issue): string {
  return articleRecords(issue)
    .map((r) => `${JSON.stringify(r)}\n`)
    .join('');
}
