/**
 * Column labels, mastheads and editor's notes (issue 7, a fresh user's enterprise weekly): a column
 * label ends the item above it and running text under it with no headline makes items of its own;
 * a masthead's name and sponsor line are furniture; an editor's note above a headline or between
 * headline and byline belongs to that story; items under a column that is no briefs column are
 * articles. Inputs: fixtures/columns-notes (see its README) and inline pages of invented papers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssueDetailed } from '../src/index.js';
import { classifyFurniture, isSponsorLine } from '../src/stages/furniture.js';

const DIR = path.join(__dirname, '..', 'fixtures', 'columns-notes');
const parse = (input: string | Buffer) => parseIssueDetailed(input, { issueDate: '2025-11-21', entities: false });
const fixture = (name: string) => parse(readFileSync(path.join(DIR, name)));
const summary = (input: string | Buffer) =>
  parse(input).issue.articles.map((a) => ({ kind: a.kind, title: a.title, bylines: a.bylines, date: a.date?.iso ?? null, paragraphs: a.paragraphs.length }));

describe('a column label ends the item above it', () => {
  it('a ▲ brief with no title under 简讯 is an item of its own; its closer is not the story\'s credit', () => {
    const { issue } = fixture('briefs-bullet-after-story.txt');
    expect(issue.articles.map((a) => [a.kind, a.title, a.bylines])).toEqual([
      ['article', '集团公司部署冬运安全生产工作', ['沈路遥']],
      ['brief', '', ['汤锐']],
    ]);
    expect(issue.articles[1].paragraphs).toEqual(['▲11月16日起，岚峡电务段对管内车站的信号设备开展冬季专项检查。']);
    expect(issue.furniture.map((f) => [f.kind, f.text])).toEqual([['section', '简讯']]);
  });
  it('a caption with no headline under 图片新闻 is a photo item with its credit', () => {
    const { issue } = fixture('caption-after-story.txt');
    expect(issue.articles.map((a) => [a.kind, a.bylines, a.date?.iso ?? null])).toEqual([
      ['article', ['沈路遥'], '2025-11-18'],
      ['photo', ['符晴'], '2025-11-17'],
    ]);
    expect(issue.articles[0].paragraphs).toHaveLength(1);
  });
  it('a strip of ▲ briefs (one with no closer) and a caption: one item each, nothing unassigned', () => {
    const { issue } = fixture('briefs-and-captions-strip.txt');
    expect(issue.articles.map((a) => [a.kind, a.bylines, a.date?.iso ?? null])).toEqual([
      ['article', ['沈路遥'], '2025-11-18'],
      ['brief', ['汤锐'], '2025-11-16'],
      ['brief', [], '2025-11-13'],
      ['brief', ['许念'], null],
      ['photo', ['符晴'], '2025-11-17'],
    ]);
    expect(issue.articles[0].paragraphs).toHaveLength(2);
    expect(issue.unassigned).toEqual([]);
  });
  it('bullets of another paper: ● items under 一句话新闻 after a story that ended', () => {
    const page = [
      '全县秋粮收购工作有序推进',
      '',
      '本报讯（记者　陆晓雯）10月8日，记者从县粮食局获悉，全县秋粮收购工作有序推进。',
      '',
      '一句话新闻',
      '',
      '●10月7日，县图书馆开展少儿阅读活动。',
      '',
      '●10月6日，白沙镇召开农民丰收节筹备会。（黎　珊）',
    ].join('\n');
    expect(summary(page)).toEqual([
      { kind: 'article', title: '全县秋粮收购工作有序推进', bylines: ['陆晓雯'], date: '2025-10-08', paragraphs: 1 },
      { kind: 'brief', title: '', bylines: [], date: '2025-10-07', paragraphs: 1 },
      { kind: 'brief', title: '', bylines: ['黎珊'], date: '2025-10-06', paragraphs: 1 },
    ]);
  });
});

describe('masthead lines are furniture', () => {
  it('reads sponsor lines of enterprise and county papers, not headlines ending in 主办 or 出版', () => {
    expect(isSponsorLine('岚峡铁路局集团有限公司主管主办　　内部资料　免费交流')).toBe(true);
    expect(isSponsorLine('中共澄岭县委主管　澄岭县融媒体中心主办')).toBe(true);
    expect(isSponsorLine('主管：江岳电网有限公司　主办：江岳电力报社')).toBe(true);
    expect(classifyFurniture('江岳电网有限公司主管主办')).toBe('masthead');
    expect(isSponsorLine('《乡村振兴促进法释义》单行本出版')).toBe(false);
    expect(isSponsorLine('全省青年创新创业大赛在岚州举办')).toBe(false);
    expect(isSponsorLine('本次活动由县委宣传部主办。')).toBe(false);
  });
  it("the paper's name and its sponsor line over the page head are neither a title nor a kicker", () => {
    for (const name of ['masthead-sponsor.txt', 'masthead-sponsor-one-story.txt']) {
      const { issue, lineRoles } = fixture(name);
      expect(issue.articles[0].title, name).toBe('集团公司举办职工技能竞赛');
      expect(issue.articles[0].kicker, name).toBeNull();
      expect(issue.articles[0].subtitles, name).toEqual([]);
      expect(issue.articles.every((a) => a.kind !== 'photo'), name).toBe(true);
      // The paper's name alone is page furniture read by the structure model: a running head (printed
      // words, no mark of OCR residue), not OCR noise.
      expect(lineRoles.filter((r) => r.line === 1 || r.line === 3).map((r) => [r.role, r.article]), name).toEqual([
        ['running-head', null],
        ['running-head', null],
      ]);
      expect(issue.furniture.find((f) => f.line === 3)?.kind, name).toBe('masthead');
    }
  });
});

describe("an editor's note belongs to the story it introduces", () => {
  it('between headline and byline: the byline does not end the story, nothing is unassigned', () => {
    const { issue } = fixture('note-under-headline.txt');
    expect(issue.articles).toHaveLength(1);
    const [a] = issue.articles;
    expect(a.kind).toBe('article');
    expect(a.bylines).toEqual(['苗岩']);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[0].startsWith('【编者按】')).toBe(true);
    // dated by the story's first paragraph, not by the note (三十年如一日)
    expect(a.date?.iso).toBe('2025-11-15');
    expect(issue.unassigned).toEqual([]);
  });
  it('above the headline (編者按： form, another paper): the first paragraph of that story', () => {
    const page = [
      '县委召开常委会议',
      '',
      '本报讯（记者　王峰）11月3日，县委召开常委会议，研究部署近期重点工作。',
      '',
      '编者按：基层一线有许多默默奉献的身影。本期起，本报开设专栏，讲述他们的故事。',
      '',
      '山村教师的二十年',
      '',
      '本报记者　许　航',
      '',
      '11月2日清晨，石岭小学的教室里传出琅琅书声。',
    ].join('\n');
    const { issue } = parse(page);
    expect(issue.articles.map((a) => [a.title, a.paragraphs.length, a.bylines, a.date?.iso ?? null])).toEqual([
      ['县委召开常委会议', 1, ['王峰'], '2025-11-03'],
      ['山村教师的二十年', 2, ['许航'], '2025-11-02'],
    ]);
    expect(issue.articles[1].paragraphs[0].startsWith('编者按：')).toBe(true);
    expect(issue.unassigned).toEqual([]);
  });
  it("the tester's whole paper with the note under the headline: the feature keeps its three paragraphs", () => {
    const { issue } = fixture('paper-note-under-headline.txt');
    const feature = issue.articles.find((a) => a.title.includes('老检车员'));
    expect(feature?.kind).toBe('article');
    expect(feature?.paragraphs).toHaveLength(4);
    expect(feature?.date?.iso).toBe('2025-11-15');
    expect(issue.unassigned).toEqual([]);
  });
});

describe('items under a column that is no briefs column', () => {
  it('a signed sidebar (记者手记) and a signed commentary (【路风短评】) are articles; 简讯 items stay briefs', () => {
    const { issue } = fixture('paper-note-under-headline.txt');
    const kind = (t: string) => issue.articles.find((a) => a.title === t)?.kind;
    expect(kind('平凡岗位上的坚守')).toBe('article');
    expect(kind('安全没有“差不多”')).toBe('article');
    expect(kind('岚峡电务段开展信号设备“冬检”')).toBe('brief');
    expect(kind('新型融雪装置上岗')).toBe('photo');
  });
});
