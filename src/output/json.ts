/**
 * JSON serializer: one issue object per input, keys in the order of the output contract
 * (DESIGN.md, schema version 1), so that diffs of outputs are stable whatever order the pipeline
 * built its objects in. Text is written as printed (no escaping beyond JSON's own).
 */
import type { Article, Issue, StreamedIssue } from '../types.js';

/** Copies the keys of `obj` in `order` first, then any other keys in their own order (nothing is dropped). */
function ordered<T extends object>(obj: T, order: readonly string[], fix: Record<string, (v: unknown) => unknown> = {}): T {
  const src = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) {
    if (key in src) out[key] = fix[key] ? fix[key](src[key]) : src[key];
  }
  for (const key of Object.keys(src)) {
    if (!(key in out)) out[key] = src[key];
  }
  return out as T;
}

function orderedList(order: readonly string[]) {
  return (v: unknown): unknown =>
    Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? ordered(x as object, order) : x)) : v;
}

function orderedObject(order: readonly string[]) {
  return (v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v) ? ordered(v as object, order) : v);
}

/** Key order of an issue (top level). */
export const ISSUE_KEYS = ['schemaVersion', 'source', 'issue', 'articles', 'furniture', 'unassigned', 'diagnostics'] as const;
/** Key order of `source`. */
export const SOURCE_KEYS = ['path', 'sha256', 'bytes', 'encoding', 'encodingConfidence', 'format'] as const;
/** Key order of `issue`. */
export const ISSUE_INFO_KEYS = ['date', 'year', 'yearSource'] as const;
/** Key order of an article. */
export const ARTICLE_KEYS = [
  'id',
  'kind',
  'kicker',
  'title',
  'subtitles',
  'crossheads',
  'dateline',
  'bylines',
  'credits',
  'creditLines',
  'date',
  'leaders',
  'people',
  'places',
  'organizations',
  'keywords',
  'paragraphs',
  'body',
  'lines',
  'spans',
  'joins',
] as const;
const DIAGNOSTIC_KEYS = ['severity', 'code', 'message', 'line', 'column'] as const;

/** Returns a copy of `article` with its keys (and its nested objects' keys) in contract order. */
export function orderArticle(article: Article): Article {
  return ordered(article, ARTICLE_KEYS, {
    crossheads: orderedList(['text', 'paragraph']),
    credits: orderedList(['name', 'role']),
    date: orderedObject(['text', 'iso', 'end', 'precision', 'inferred']),
    leaders: orderedList(['name', 'titles', 'mentions']),
    people: orderedList(['name', 'roles', 'mentions']),
    places: orderedList(['name', 'mentions']),
    organizations: orderedList(['name', 'mentions']),
    joins: orderedList(['line', 'kind']),
  });
}

/** Returns a copy of `issue` with every object's keys in contract order (unknown keys kept, after the known ones). */
export function orderIssue(issue: Issue): Issue {
  return ordered(issue, ISSUE_KEYS, {
    source: orderedObject(SOURCE_KEYS),
    issue: orderedObject(ISSUE_INFO_KEYS),
    articles: (v) => (Array.isArray(v) ? v.map((a: Article) => orderArticle(a)) : v),
    furniture: orderedList(['text', 'line', 'kind']),
    unassigned: orderedList(['text', 'lines']),
    diagnostics: orderedList(DIAGNOSTIC_KEYS),
  });
}

/** One issue as pretty-printed JSON (2-space indent), ending in a newline. */
export function issueToJson(issue: Issue): string {
  return `${JSON.stringify(orderIssue(issue), null, 2)}\n`;
}

/** Size of the pieces {@link issueJsonPieces} yields, in UTF-16 units (about 64 K; a piece holds at least one whole element). */
export const JSON_PIECE_UNITS = 1 << 16;

/** Per element of the issue's arrays, the key order `orderIssue` gives it. */
const ELEMENT_ORDER: Record<string, (v: unknown) => unknown> = {
  articles: (a) => (a && typeof a === 'object' ? orderArticle(a as Article) : a),
  furniture: (x) => (x && typeof x === 'object' ? ordered(x as object, ['text', 'line', 'kind']) : x),
  unassigned: (x) => (x && typeof x === 'object' ? ordered(x as object, ['text', 'lines']) : x),
  diagnostics: (x) => (x && typeof x === 'object' ? ordered(x as object, DIAGNOSTIC_KEYS) : x),
};

/**
 * `issueToJson(issue)` in pieces (about {@link JSON_PIECE_UNITS} UTF-16 units each, whole array
 * elements), so that a large issue is never held as one string: the pieces joined are exactly
 * `issueToJson(issue)`, or with `indent` ('  ': an element of a JSON array of issues) that text
 * with every line indented and no final newline, as `issuesToJson` prints its elements. Each
 * article, furniture line and diagnostic is ordered and serialized when its turn comes; a
 * {@link StreamedIssue}'s articles are taken as they are made, and its later keys read after them.
 */
export function* issueJsonPieces(issue: Issue | StreamedIssue, indent = ''): Generator<string> {
  const src = issue as unknown as Record<string, unknown>;
  const keys = [...ISSUE_KEYS.filter((k) => k in src), ...Object.keys(src).filter((k) => !(ISSUE_KEYS as readonly string[]).includes(k))];
  const fix: Record<string, (v: unknown) => unknown> = {
    source: orderedObject(SOURCE_KEYS),
    issue: orderedObject(ISSUE_INFO_KEYS),
  };
  /** `JSON.stringify(v, null, 2)` with its lines after the first indented by `pad`. */
  const stringify = (v: unknown, pad: string): string | undefined => {
    const s = JSON.stringify(v, null, 2) as string | undefined;
    return s === undefined ? undefined : s.replace(/\n/g, `\n${pad}`);
  };
  let buf = `${indent}{`;
  let first = true;
  for (const key of keys) {
    const value = src[key];
    const inner = `${indent}  `;
    const element = ELEMENT_ORDER[key];
    if (element && value !== null && typeof value === 'object' && !Array.isArray(value) && Symbol.iterator in value) {
      // elements made while they are written (a streamed issue's articles): the same text as an array of them
      const pad = `${inner}  `;
      let i = 0;
      for (const x of value as Iterable<unknown>) {
        if (i === 0) {
          buf += `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: [`;
          first = false;
        }
        buf += `${i ? ',' : ''}\n${pad}${stringify(element(x), pad) ?? 'null'}`;
        i++;
        if (buf.length >= JSON_PIECE_UNITS) {
          yield buf;
          buf = '';
        }
      }
      if (i === 0) {
        buf += `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: []`;
        first = false;
      } else buf += `\n${inner}]`;
      continue;
    }
    if (element && Array.isArray(value) && value.length > 0) {
      buf += `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: [`;
      first = false;
      const pad = `${inner}  `;
      for (let i = 0; i < value.length; i++) {
        buf += `${i ? ',' : ''}\n${pad}${stringify(element(value[i]), pad) ?? 'null'}`;
        if (buf.length >= JSON_PIECE_UNITS) {
          yield buf;
          buf = '';
        }
      }
      buf += `\n${inner}]`;
      continue;
    }
    const text = stringify(fix[key] ? fix[key](value) : value, inner);
    if (text === undefined) continue;
    buf += `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: ${text}`;
    first = false;
  }
  buf += first ? '}' : `\n${indent}}`;
  yield indent ? buf : `${buf}\n`;
}

/** Several issues as one pretty-printed JSON array, ending in a newline (`[]` for none). */
export function issuesToJson(issues: readonly Issue[]): string {
  return `${JSON.stringify(issues.map(orderIssue), null, 2)}\n`;
}
