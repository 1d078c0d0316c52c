/**
 * Conservation: every Han character of the input ends up exactly once in the output's record
 * fields — articles' kicker, title, subtitles, dateline, paragraphs and creditLines, plus furniture
 * texts and unassigned texts. Cross-heads point into paragraphs and are not counted; parsed values
 * (bylines, credits, leaders, …) are extra and not counted either.
 *
 * Checked on every golden fixture (decoded here with iconv-lite in the encoding its expected.json
 * names, independently of the parser's own detection) and, with fast-check, on random issues built
 * from headline, paragraph and byline pieces of Han text with punctuation.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseIssue, type Issue } from '../src/index.js';
import { hanCounts, hanDiff, loadFixtures } from './fixture-loader.js';

/** All record text of an issue, in which every source character must appear once. */
function recordText(issue: Issue): string {
  const parts: string[] = [];
  for (const a of issue.articles) {
    parts.push(a.kicker ?? '', a.title, ...a.subtitles, a.dateline ?? '', ...a.paragraphs, ...a.creditLines);
  }
  parts.push(...issue.furniture.map((f) => f.text), ...issue.unassigned.map((u) => u.text));
  return parts.join('\n');
}

/** Expect the Han characters of `source` and of the issue's record text to be the same multiset. */
function expectConserved(source: string, issue: Issue, label: string): void {
  const { lost, extra } = hanDiff(hanCounts(source), hanCounts(recordText(issue)));
  expect({ lost, extra }, `${label}: Han characters lost or duplicated`).toEqual({ lost: [], extra: [] });
}

describe('every Han character of a fixture ends up exactly once', () => {
  it.each(loadFixtures().map((f) => [f.name, f] as const))('%s', (name, f) => {
    const source = iconv.decode(f.bytes, f.expected.encoding).replace(/^\uFEFF/u, '');
    expect(hanCounts(source).size, `${name}: the fixture has Han text`).toBeGreaterThan(0);
    expectConserved(source, parseIssue(f.bytes, { path: f.inputPath, entities: false }), name);
  });
});

// ---- Random issues ----------------------------------------------------------------------------------

/** Common Han characters of district-paper copy (no role words are avoided: any mix must survive). */
const HAN_POOL = [...'县区镇乡村街道社委书记长副主任人大常政协会议调研工作项目建设推进发展群众服务安全生产环境治理文明城市乡村振兴农业企业经济民生实事重点改造小区党员干部志愿者活动开展组织召开强调要求指出部署落实提升加强完善推动保障责任全面持续深入基层一线'];
const PUNCT = ['，', '。', '、', '；', '：', '“', '”', '！', '？'];

const hanRun = (min: number, max: number) =>
  fc.array(fc.constantFrom(...HAN_POOL), { minLength: min, maxLength: max }).map((a) => a.join(''));

/** A headline: 4-16 Han characters, sometimes with quotes. */
const headline = fc.tuple(hanRun(4, 12), fc.boolean(), hanRun(0, 4)).map(([a, q, b]) => (q ? `${a}“${b}”` : a + b));

/** A paragraph: clauses of Han text joined by punctuation, ending in 。, sometimes with a date. */
const paragraph = fc
  .tuple(
    fc.option(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })), { nil: undefined }),
    fc.array(fc.tuple(hanRun(2, 14), fc.constantFrom(...PUNCT)), { minLength: 1, maxLength: 8 }),
  )
  .map(([date, clauses]) => `${date ? `${date[0]}月${date[1]}日，` : ''}${clauses.map(([t, p]) => t + p).join('')}${'。'}`);

/** A byline as the papers print it. */
const byline = fc.tuple(hanRun(2, 3), hanRun(2, 3), fc.integer({ min: 0, max: 2 })).map(([a, b, form]) =>
  form === 0 ? `·${a}·` : form === 1 ? `·${a} ${b}·` : `（记者\u3000${a}\u3000通讯员\u3000${b}）`,
);

/** Hard-wraps a paragraph the way line-per-printed-line OCR gives it: two-U+3000 indent, `width` characters a line. */
function hardWrap(p: string, width: number): string {
  const chars = [...`\u3000\u3000${p}`];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines.join('\n');
}

/** One article; `wrap` > 0 sets its paragraphs hard-wrapped at that width, with no blank lines between them. */
const article = fc
  .tuple(
    headline,
    fc.option(headline, { nil: undefined }),
    fc.array(paragraph, { minLength: 1, maxLength: 4 }),
    fc.option(byline, { nil: undefined }),
    fc.constantFrom(0, 0, 18, 20, 22),
  )
  .map(([title, sub, paras, by, wrap]) => {
    const head = [title, ...(sub ? [sub] : [])].join('\n\n');
    const body = wrap ? paras.map((p) => hardWrap(p, wrap)).join('\n') : paras.join('\n\n');
    return [head, body, ...(by ? [by] : [])].join('\n\n');
  });

/** Page furniture set between two articles: a running head, a folio, an editor line. */
const furniture = fc
  .tuple(fc.integer({ min: 1, max: 8 }), hanRun(2, 3), hanRun(2, 3))
  .map(([page, ed, ly]) => [`－${page}－`, `责任编辑：${ed}\u3000版式：${ly}`, `滨海日报\u30002021年11月4日\u3000星期四\u3000第${page + 1}版\u3000要闻`].join('\n'));

const randomIssue = fc
  .array(fc.tuple(article, fc.option(furniture, { nil: undefined, freq: 3 })), { minLength: 1, maxLength: 5 })
  .map((parts) => `${parts.map(([a, f]) => (f ? `${a}\n${f}` : a)).join('\n\n')}\n`);

describe('random issues keep every Han character exactly once', () => {
  it('holds for issues of random headlines, paragraphs and bylines', () => {
    fc.assert(
      fc.property(randomIssue, (text) => {
        expectConserved(text, parseIssue(text, { entities: false }), 'random issue');
      }),
      { numRuns: 150 },
    );
  });
});
