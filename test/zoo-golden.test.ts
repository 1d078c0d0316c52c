/**
 * The layout zoo through the parser: every character of every zoo input (each paper in each of
 * its layouts, fixtures/zoo/) ends up exactly once in the output's record fields (articles'
 * kicker, title, subtitles, dateline, paragraphs and creditLines, furniture texts, unassigned
 * texts; cross-heads point into paragraphs and are not counted). Whitespace is not compared
 * (indents, wraps and padding are layout). This holds whatever the segmenter decides, so it checks
 * conservation only; accuracy is measured by `npm run eval` and its floors belong to the
 * segmenter's tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseIssue, type Issue } from '../src/index.js';
import { zooPapers, type ZooExpected } from '../scripts/zoo/render.mjs';

/** Non-whitespace characters of a text, counted. */
function charCounts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of text.replace(/\s+/gu, '')) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** All record text of an issue, in which every source character must appear once. */
function recordText(issue: Issue): string {
  const parts: string[] = [];
  for (const a of issue.articles) {
    parts.push(a.kicker ?? '', a.title, ...a.subtitles, a.dateline ?? '', ...a.paragraphs, ...a.creditLines);
  }
  parts.push(...issue.furniture.map((f) => f.text), ...issue.unassigned.map((u) => u.text));
  return parts.join('\n');
}

const inputs = zooPapers().flatMap((dir) => {
  const id = path.basename(dir);
  return ['blank', 'indent', 'wrap'].flatMap((layout) => {
    let expected: ZooExpected;
    try {
      expected = JSON.parse(readFileSync(path.join(dir, `expected.${layout}.json`), 'utf8')) as ZooExpected;
    } catch {
      return [];
    }
    return [[`${id}.${layout}`, path.join(dir, expected.file), expected.encoding] as const];
  });
});

describe('every character of a zoo input ends up exactly once', () => {
  it('has zoo inputs', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(12);
  });

  it.each(inputs)('%s', (name, file, encoding) => {
    const bytes = readFileSync(file);
    const source = iconv.decode(bytes, encoding);
    const issue = parseIssue(bytes, { path: file, entities: false });
    const want = charCounts(source);
    const got = charCounts(recordText(issue));
    const lost: string[] = [];
    const extra: string[] = [];
    for (const [ch, n] of want) if ((got.get(ch) ?? 0) < n) lost.push(`${ch}×${n - (got.get(ch) ?? 0)}`);
    for (const [ch, n] of got) if (n > (want.get(ch) ?? 0)) extra.push(`${ch}×${n - (want.get(ch) ?? 0)}`);
    expect({ lost, extra }, `${name}: characters lost or duplicated`).toEqual({ lost: [], extra: [] });
    expect(issue.articles.length, `${name}: some articles`).toBeGreaterThan(0);
  });
});
