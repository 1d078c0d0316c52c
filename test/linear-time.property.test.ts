/**
 * Hostile runs (issue 10): long runs of whitespace (spaces, tabs, U+3000), of punctuation and of one
 * repeated character, alone on a line or inside a paragraph, never lose or duplicate a character
 * and never throw. Time is not asserted here (timed tests flake on shared machines): linear time is
 * checked by `npm run bench:linear` as the ratio of a 1 MB run to a 100 kB one. Runs here are up to
 * 20,000 characters to keep the test fast; a 60,000-space line once took 25 s (a jump-marker
 * pattern rescanned the run from every position) and the property runs that shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { hanCounts, hanDiff } from './fixture-loader.js';

const UNITS = [' ', '\t', '\u3000', ' \t\u3000', '。', '，', '—', '·', '…', '字', 'a', '1', '（ ', '下转', '第'];

/** A run: one unit repeated up to `max` characters. */
const run = (max: number) =>
  fc.tuple(fc.constantFrom(...UNITS), fc.integer({ min: 1, max })).map(([u, n]) => u.repeat(Math.ceil(n / u.length)).slice(0, Math.max(n, u.length)));

/** An issue: a headline, then a paragraph with a run inside it and a line that is only a run. */
const issue = fc
  .tuple(run(20_000), run(20_000), fc.constantFrom('区委召开会议', '镇政府推进工作', '（下转第3版）'))
  .map(([a, b, head]) => `${head}\n\n会议指出${a}要求落实。\n${b}\n\n本报讯 全面推进。\n`);

describe('long runs keep every character and never throw', () => {
  it('runs of whitespace, punctuation or one character, up to 20,000 long', () => {
    fc.assert(
      fc.property(issue, (text) => {
        const parsed = parseIssue(Buffer.from(text), { entities: false });
        const parts: string[] = [];
        for (const a of parsed.articles) parts.push(a.kicker ?? '', a.title, ...a.subtitles, a.dateline ?? '', ...a.paragraphs, ...a.creditLines);
        parts.push(...parsed.furniture.map((f) => f.text), ...parsed.unassigned.map((u) => u.text));
        expect(hanDiff(hanCounts(text), hanCounts(parts.join('\n')))).toEqual({ lost: [], extra: [] });
      }),
      { numRuns: 12, seed: 10 },
    );
  });

  it('a 60,000-space line inside a paragraph: the text around it kept', () => {
    const text = `区委召开会议\n\n会议指出${' '.repeat(60_000)}要求落实。\n`;
    const parsed = parseIssue(Buffer.from(text), { entities: false });
    const all = [...parsed.articles.flatMap((a) => [a.title, ...a.paragraphs]), ...parsed.unassigned.map((u) => u.text)].join('');
    expect(all).toContain('会议指出');
    expect(all).toContain('要求落实。');
  });
});

describe('long lines with entities on (tester12, Dec 2026)', () => {
  // 正文×60000 on one line took 36 s (the dotted-name pattern rescanned the Han run from every
  // position); a 1 MB line of dotted names threw RangeError (Maximum call stack size exceeded:
  // 125,000 spans spread into one push). Time is checked by npm run bench:linear.
  it('a 1 MB line of dotted names is parsed whole, its names read', () => {
    const text = `会议纪要\n\n${'阿不都·热合曼说'.repeat(125_000)}结束。\n`;
    const parsed = parseIssue(Buffer.from(text));
    const a = parsed.articles[0];
    expect(a.paragraphs.join('').length).toBe(1_000_003);
    expect(a.people[0].name).toBe('阿不都·热合曼');
  }, 120_000);
});
