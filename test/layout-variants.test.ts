/**
 * The hard-wrapped fixture re-laid the ways other OCR engines print it: without blank lines
 * between stories, and without paragraph indents. Headlines, kickers, lead-ins and bylines must
 * come out as in the reviewed expected.json (paragraph breaks need indents or blank lines, so the
 * no-indent layout may merge paragraphs; their text must still all be there, in order).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseIssue } from '../src/index.js';

const dir = path.resolve(__dirname, '../fixtures/hardwrap-gb18030');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
  articles: { kind: string; kicker: string | null; title: string; subtitles: string[]; dateline: string | null; bylines: string[]; paragraphs: string[] }[];
};
const source = iconv.decode(fs.readFileSync(path.join(dir, 'hardwrap-gb18030.txt')), 'gb18030').replace(/\r\n/g, '\n');

const variants: [string, string][] = [
  ['without blank lines', source.split('\n').filter((l) => l.trim()).join('\n')],
  ['without indents', source.split('\n').map((l) => l.replace(/^\u3000+/u, '')).join('\n')],
];

describe.each(variants)('hard-wrapped fixture %s', (_name, text) => {
  const issue = parseIssue(text, { entities: false });
  it('finds every article with its headline, lead-in and bylines', () => {
    expect(issue.articles.map((a) => [a.kind, a.kicker, a.title, a.subtitles, a.dateline, a.bylines])).toEqual(
      expected.articles.map((a) => [a.kind, a.kicker, a.title, a.subtitles, a.dateline, a.bylines]),
    );
  });
  it('keeps every article body, in order', () => {
    expect(issue.articles.map((a) => a.paragraphs.join(''))).toEqual(expected.articles.map((a) => a.paragraphs.join('')));
    expect(issue.unassigned).toEqual([]);
  });
});
