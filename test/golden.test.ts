/**
 * Golden test: every fixture in fixtures/<name>/ is parsed with `parseIssue(bytes, {path})` and
 * compared, field by field, with its reviewed expected.json (see test/fixture-loader.ts for the
 * shape). Issue-level fields are checked per fixture, article fields per article; articles are
 * matched by title so that one missing article does not shift every later comparison.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue, type Article, type Issue } from '../src/index.js';
import { foldSpaces, loadFixtures, type ExpectedArticle, type Fixture } from './fixture-loader.js';

const fixtures = loadFixtures();
const parsed = new Map<string, Issue>();

/** Parses a fixture once (entities are not compared here, so they are skipped). */
function issueOf(f: Fixture): Issue {
  let issue = parsed.get(f.name);
  if (!issue) {
    issue = parseIssue(f.bytes, { path: f.inputPath, entities: false });
    parsed.set(f.name, issue);
  }
  return issue;
}

/** Short form of a text for messages. */
const clip = (s: string | null | undefined, n = 24): string =>
  s == null ? String(s) : s.length > n ? `${s.slice(0, n)}…(${s.length})` : s;

/** Where two paragraph lists first differ, in words. */
function firstParagraphDifference(want: string[], got: string[]): string {
  const n = Math.max(want.length, got.length);
  for (let i = 0; i < n; i++) {
    if (want[i] === got[i]) continue;
    if (got[i] === undefined) return `paragraph ${i} missing: "${clip(want[i], 40)}"`;
    if (want[i] === undefined) return `extra paragraph ${i}: "${clip(got[i], 40)}"`;
    let k = 0;
    while (k < want[i].length && want[i][k] === got[i][k]) k++;
    return `paragraph ${i} differs at char ${k}: want "…${want[i].slice(Math.max(0, k - 8), k + 16)}" got "…${got[i].slice(Math.max(0, k - 8), k + 16)}"`;
  }
  return 'same';
}

/** The article of `issue` that a reader would call `want` (same title, or title folded for spaces). */
function findArticle(issue: Issue, want: ExpectedArticle): Article | undefined {
  return (
    issue.articles.find((a) => a.title === want.title) ??
    issue.articles.find((a) => foldSpaces(a.title).replace(/ /gu, '') === foldSpaces(want.title).replace(/ /gu, ''))
  );
}

describe.each(fixtures.map((f) => [f.name, f] as const))('golden fixture %s', (name, f) => {
  const want = f.expected;

  it('decodes with the expected encoding and issue date', () => {
    const issue = issueOf(f);
    expect.soft(issue.source.encoding, `${name}: source.encoding`).toBe(want.encoding);
    expect.soft(issue.issue.date, `${name}: issue.date`).toBe(want.issue.date);
    expect.soft(issue.issue.year, `${name}: issue.year`).toBe(want.issue.year);
  });

  it('finds every article, in reading order, and no others', () => {
    const issue = issueOf(f);
    expect(
      issue.articles.map((a) => `${a.kind}: ${a.title}`),
      `${name}: articles (kind: title) in order`,
    ).toEqual(want.articles.map((a) => `${a.kind}: ${a.title}`));
  });

  it('keeps page furniture aside (text, kind, line)', () => {
    const got = [...issueOf(f).furniture].sort((a, b) => a.line - b.line).map((x) => ({ line: x.line, kind: x.kind, text: x.text }));
    expect(got, `${name}: furniture`).toEqual(want.furniture.map((x) => ({ line: x.line, kind: x.kind, text: x.text })));
  });

  it('leaves exactly the expected text unassigned', () => {
    expect(issueOf(f).unassigned.map((u) => u.text), `${name}: unassigned texts`).toEqual(want.unassigned);
  });

  it('reports the expected warning and error codes', () => {
    const issue = issueOf(f);
    const serious = [...new Set(issue.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code))].sort();
    const all = new Set(issue.diagnostics.map((d) => d.code));
    const detail = issue.diagnostics
      .filter((d) => d.severity !== 'info')
      .map((d) => `${d.code}@${d.line}: ${d.message}`)
      .join('; ');
    expect.soft(serious.filter((c) => !want.diagnostics.includes(c)), `${name}: unexpected warnings/errors: ${detail}`).toEqual([]);
    expect.soft(want.diagnostics.filter((c) => !all.has(c)), `${name}: expected diagnostic codes not reported`).toEqual([]);
  });

  it.each(want.articles.map((a, k) => [k, a.title, a] as const))('article %i %s', (k, title, wa) => {
    const issue = issueOf(f);
    const a = findArticle(issue, wa);
    expect(a, `${name}: no article titled "${title}"; titles found: ${issue.articles.map((x) => x.title).join(' | ')}`).toBeDefined();
    if (!a) return;
    const at = `${name} / ${clip(title, 16)}`;
    expect.soft(a.kind, `${at}: kind`).toBe(wa.kind);
    expect.soft(a.kicker, `${at}: kicker`).toBe(wa.kicker);
    expect.soft(a.subtitles, `${at}: subtitles`).toEqual(wa.subtitles);
    expect.soft(a.dateline, `${at}: dateline`).toBe(wa.dateline);
    expect.soft(a.bylines, `${at}: bylines`).toEqual(wa.bylines);
    expect
      .soft(a.credits.map((c) => ({ name: c.name, role: foldSpaces(c.role) })), `${at}: credits (roles space-folded)`)
      .toEqual(wa.credits.map((c) => ({ name: c.name, role: foldSpaces(c.role) })));
    expect.soft(a.creditLines, `${at}: creditLines`).toEqual(wa.creditLines);
    expect.soft(a.date?.iso ?? null, `${at}: date.iso (date text ${JSON.stringify(a.date?.text ?? null)})`).toBe(wa.date);
    expect.soft(a.paragraphs.length, `${at}: paragraph count`).toBe(wa.paragraphs.length);
    expect.soft(a.paragraphs, `${at}: paragraphs — ${firstParagraphDifference(wa.paragraphs, a.paragraphs)}`).toEqual(wa.paragraphs);
    expect.soft(a.crossheads, `${at}: crossheads`).toEqual(wa.crossheads);
    expect.soft(a.body, `${at}: body is the paragraphs joined by \\n`).toBe(a.paragraphs.join('\n'));
  });
});

describe('golden fixtures are present', () => {
  it.each([['000_038dc682623388e9'], ['hardwrap-gb18030'], ['big5-traditional'], ['utf16-spaced']])('%s', (name) => {
    expect(fixtures.map((f) => f.name)).toContain(name);
  });
});
