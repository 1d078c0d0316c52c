/**
 * Every handed case of areas leaders, people, places and dates (fixtures/cases/cases.json, copied from the shared material):
 * once through the whole pipeline (parseIssue, first article) and once directly through the
 * extractors on an article built from the case text, so the extractors are verified on their own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findArticleDate, findYears } from '../src/extract/dates.js';
import { extractArticleEntities as extractEntities } from '../src/extract/entities.js';
import { parseIssue } from '../src/index.js';
import type { Article } from '../src/types.js';

const __dirname = path.dirname(fileURLToPath(import.meta.url));

interface Case {
  id: string;
  area: string;
  input: { text: string; issueDate?: string };
  expect: {
    leaders?: { name: string; titles: string[] }[];
    notLeaders?: string[];
    notPeople?: string[];
    places?: string[];
    date?: string | null;
    notDates?: string[];
    bodyKeeps?: string;
    diagnosticCode?: string;
  };
}

const cases = (JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/cases/cases.json'), 'utf8')) as Case[]).filter((c) =>
  ['leaders', 'people', 'places', 'dates'].includes(c.area),
);

/** A crude article from a case text: first block the title, blocks up to the byline the paragraphs. */
function articleOf(text: string): Article {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const byline = blocks.find((b) => /^·.+·$/u.test(b));
  const names = byline ? byline.slice(1, -1).split(/\s+/) : [];
  const paragraphs = blocks.slice(1).filter((b) => b !== byline);
  return {
    id: 'a1', kind: 'article', kicker: null, title: blocks[0], subtitles: [], crossheads: [], dateline: null,
    bylines: names, credits: names.map((name) => ({ name, role: '' })), creditLines: byline ? [byline] : [],
    date: null, leaders: [], people: [], places: [], organizations: [], keywords: [], paragraphs,
    body: paragraphs.join('\n'), lines: [1, 1], spans: [[1, 1]], joins: [],
  };
}

function check(c: Case, a: Pick<Article, 'leaders' | 'people' | 'places' | 'date' | 'paragraphs'>, diagnostics: { code: string; severity: string }[]) {
  const e = c.expect;
  for (const l of e.leaders ?? []) {
    const got = a.leaders.find((x) => x.name === l.name);
    expect(got, `leader ${l.name}`).toBeDefined();
    for (const t of l.titles) expect(got?.titles.some((h) => h.includes(t))).toBe(true);
  }
  for (const n of e.notLeaders ?? []) expect(a.leaders.map((x) => x.name)).not.toContain(n);
  for (const n of e.notPeople ?? []) expect(a.people.map((x) => x.name)).not.toContain(n);
  for (const p of e.places ?? []) expect(a.places.map((x) => x.name)).toContain(p);
  if ('date' in e) expect(a.date?.iso ?? null).toBe(e.date);
  for (const d of e.notDates ?? []) expect(a.date?.iso ?? null).not.toBe(d);
  if (e.bodyKeeps) expect(a.paragraphs.join('\n')).toContain(e.bodyKeeps);
  if (e.diagnosticCode) expect(diagnostics.some((d) => d.code === 'dates/impossible-date' && d.severity === 'warning')).toBe(true);
}

describe('handed cases through the extractors', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const article = articleOf(c.input.text);
    const issueDate = c.input.issueDate ?? null;
    const years = findYears(c.input.text);
    const ctx = { issueDate, year: issueDate ? Number(issueDate.slice(0, 4)) : (years.at(-1) ?? null) };
    const d = findArticleDate(article.paragraphs[0], ctx, 3);
    const { articles } = extractEntities([article]);
    check(c, { ...articles[0], date: d.date }, d.diagnostics);
  });
});

describe('handed cases through parseIssue', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const issue = parseIssue(c.input.text, { issueDate: c.input.issueDate ?? null });
    expect(issue.articles.length).toBeGreaterThan(0);
    check(c, issue.articles[0], issue.diagnostics);
  });
});
