/**
 * JSON and NDJSON serializers: contract key order whatever order the objects were built in,
 * nothing dropped, and real output validated against the JSON Schema of the contract (ajv).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { ARTICLE_KEYS, issueJsonPieces, issuesToJson, issueToJson, JSON_PIECE_UNITS, orderIssue } from '../src/output/json.js';
import { articleRecords, issueNdjsonPieces, issueToNdjson } from '../src/output/ndjson.js';
import { issueSchema } from '../src/output/schema.js';
import type { Article, Issue } from '../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = path.join(root, 'fixtures/000_038dc682623388e9/000_038dc682623388e9.txt');

/** An article built with its keys in reverse contract order, as a careless stage might. */
function scrambledArticle(id: string): Article {
  const a: Record<string, unknown> = {
    joins: [{ kind: 'page', line: 7 }],
    spans: [[3, 9]],
    lines: [3, 9],
    body: '正文。',
    paragraphs: ['正文。'],
    keywords: ['防汛'],
    organizations: [{ mentions: 1, name: '区应急管理局' }],
    places: [{ mentions: 2, name: '城东街道' }],
    people: [{ mentions: 1, roles: ['区委书记'], name: '胡拥军' }],
    leaders: [{ mentions: 1, titles: ['区委书记'], name: '胡拥军' }],
    date: { inferred: ['year'], precision: 'day', end: null, iso: '2023-05-25', text: '5月25日' },
    creditLines: ['·金驰·'],
    credits: [{ role: '', name: '金驰' }],
    bylines: ['金驰'],
    dateline: null,
    crossheads: [{ paragraph: 0, text: '正文。' }],
    subtitles: [],
    title: '标题',
    kicker: null,
    kind: 'article',
    id,
  };
  return a as unknown as Article;
}

function scrambledIssue(): Issue {
  const i: Record<string, unknown> = {
    diagnostics: [{ column: null, line: 3, message: 'm', code: 'rejoin/orphan-fragment', severity: 'warning' }],
    unassigned: [{ lines: [1, 1], text: '孤立' }],
    furniture: [{ kind: 'folio', line: 2, text: '第2版' }],
    articles: [scrambledArticle('a1'), scrambledArticle('a2')],
    issue: { yearSource: 'option', year: 2023, date: '2023-05-27' },
    source: { format: 'text', encodingConfidence: 1, encoding: 'utf-8', bytes: 10, sha256: 'a'.repeat(64), path: 'x.txt' },
    schemaVersion: 1,
  };
  return i as unknown as Issue;
}

const ajv = new Ajv2020({ allErrors: true });
const validate = ajv.compile(issueSchema);

describe('JSON key order', () => {
  it('writes every object in contract order', () => {
    const out = JSON.parse(issueToJson(scrambledIssue()));
    expect(Object.keys(out)).toEqual(['schemaVersion', 'source', 'issue', 'articles', 'furniture', 'unassigned', 'diagnostics']);
    expect(Object.keys(out.source)).toEqual(['path', 'sha256', 'bytes', 'encoding', 'encodingConfidence', 'format']);
    expect(Object.keys(out.issue)).toEqual(['date', 'year', 'yearSource']);
    expect(Object.keys(out.articles[0])).toEqual([...ARTICLE_KEYS]);
    expect(Object.keys(out.articles[0].date)).toEqual(['text', 'iso', 'end', 'precision', 'inferred']);
    expect(Object.keys(out.articles[0].leaders[0])).toEqual(['name', 'titles', 'mentions']);
    expect(Object.keys(out.articles[0].people[0])).toEqual(['name', 'roles', 'mentions']);
    expect(Object.keys(out.articles[0].places[0])).toEqual(['name', 'mentions']);
    expect(Object.keys(out.articles[0].credits[0])).toEqual(['name', 'role']);
    expect(Object.keys(out.articles[0].crossheads[0])).toEqual(['text', 'paragraph']);
    expect(Object.keys(out.articles[0].joins[0])).toEqual(['line', 'kind']);
    expect(Object.keys(out.furniture[0])).toEqual(['text', 'line', 'kind']);
    expect(Object.keys(out.unassigned[0])).toEqual(['text', 'lines']);
    expect(Object.keys(out.diagnostics[0])).toEqual(['severity', 'code', 'message', 'line', 'column']);
  });

  it('changes no value and keeps unknown keys after the known ones', () => {
    const i = scrambledIssue();
    (i as unknown as Record<string, unknown>).extra = { kept: true };
    const ordered = orderIssue(i);
    expect(ordered).toEqual(i);
    expect(Object.keys(ordered).at(-1)).toBe('extra');
  });

  it('one issue is an object, several an array; output ends in a newline', () => {
    expect(issueToJson(scrambledIssue()).startsWith('{')).toBe(true);
    expect(issuesToJson([scrambledIssue(), scrambledIssue()]).startsWith('[')).toBe(true);
    expect(issuesToJson([])).toBe('[]\n');
    expect(issueToJson(scrambledIssue()).endsWith('}\n')).toBe(true);
  });
});

describe('JSON and NDJSON in pieces (written while serialized)', () => {
  const real = parseIssue(readFileSync(FIXTURE), { path: 'issue.txt' });
  /** The real issue with its articles repeated, so that it takes several pieces. */
  const big = { ...real, articles: Array.from({ length: 40 }, () => real.articles).flat() };

  it('joined, the pieces are exactly the whole-issue text', () => {
    for (const issue of [real, big, scrambledIssue(), { ...scrambledIssue(), articles: [], diagnostics: [] }]) {
      expect([...issueJsonPieces(issue)].join('')).toBe(issueToJson(issue));
      expect([...issueNdjsonPieces(issue)].join('')).toBe(issueToNdjson(issue));
    }
  });

  it('indented, they are an element of the JSON array of several issues', () => {
    const two = [real, scrambledIssue()];
    expect(`[\n${two.map((i) => [...issueJsonPieces(i, '  ')].join('')).join(',\n')}\n]\n`).toBe(issuesToJson(two));
  });

  it('a large issue comes in several pieces of bounded size, each whole articles', () => {
    const pieces = [...issueJsonPieces(big)];
    expect(pieces.length).toBeGreaterThan(3);
    const longestArticle = Math.max(...big.articles.map((a) => JSON.stringify(a, null, 2).length));
    for (const p of pieces) expect(p.length).toBeLessThan(JSON_PIECE_UNITS + 2 * longestArticle);
    expect([...issueNdjsonPieces(big)].length).toBeGreaterThan(1);
  });
});

describe('NDJSON', () => {
  it('one line per article with file and issueDate in front', () => {
    const text = issueToNdjson(scrambledIssue());
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    const recs = lines.slice(0, -1).map((l) => JSON.parse(l));
    expect(recs.map((r) => [r.file, r.issueDate, r.id])).toEqual([
      ['x.txt', '2023-05-27', 'a1'],
      ['x.txt', '2023-05-27', 'a2'],
    ]);
    expect(Object.keys(recs[0])).toEqual(['file', 'issueDate', ...ARTICLE_KEYS]);
  });

  it('an issue with no articles gives no lines', () => {
    const i = { ...scrambledIssue(), articles: [] };
    expect(issueToNdjson(i)).toBe('');
    expect(articleRecords(i)).toEqual([]);
  });

  it('a newline or U+2028 inside text stays inside its record', () => {
    const i = scrambledIssue();
    i.articles[0].body = '第一段\n第二段\u2028';
    expect(issueToNdjson(i).split('\n')).toHaveLength(3);
  });
});

describe('JSON Schema of the contract', () => {
  it('accepts the real issue as parsed (9 articles)', () => {
    const issue = parseIssue(readFileSync(FIXTURE), { path: FIXTURE });
    const ok = validate(JSON.parse(issueToJson(issue)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(issue.articles).toHaveLength(9);
  });

  it('accepts the hand-built issue', () => {
    expect(validate(scrambledIssue())).toBe(true);
  });

  it.each([
    ['a missing article field', (i: Issue) => delete (i.articles[0] as Partial<Article>).body],
    ['an unknown article field', (i: Issue) => ((i.articles[0] as unknown as Record<string, unknown>).colour = 'red')],
    ['a wrong schema version', (i: Issue) => ((i as unknown as Record<string, unknown>).schemaVersion = 2)],
    ['a bad date', (i: Issue) => (i.articles[0].date!.iso = '25/05/2023')],
    ['a bad diagnostic code', (i: Issue) => (i.diagnostics[0].code = 'Orphan fragment')],
    ['a bad join kind', (i: Issue) => ((i.articles[0].joins[0] as { kind: string }).kind = 'glue')],
  ])('rejects %s', (_what, spoil) => {
    const i = scrambledIssue();
    spoil(i);
    expect(validate(i)).toBe(false);
  });
});
