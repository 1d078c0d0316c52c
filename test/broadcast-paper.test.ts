import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseIssue } from '../src/index.js';
import { parseCreditLine } from '../src/extract/bylines.js';

// tester19's TV-guide weekly (fixtures/zoo/tv-guide-weekly), a 广播电视报: held out before these fixes
// its bylines were 61 % right in every layout. Each block is one convention of broadcast papers and
// data pages that the credits did not read.
const story = (credit: string) =>
  `《山海情深》剧照\n\n剧中，护林员覃老根（右）带着孙女覃小禾巡山。${credit}\n`;

describe("a viewer's or listener's letter (观众来信, 听众来信)", () => {
  it.each(['观众', '听众', '網友'])('signed 锦城区%s　柳梅芳 is its byline, not an item of its own', (who) => {
    const page = `观众来信\n\n希望多播些本地戏曲节目\n\n编辑同志：\n\n我今年六十七岁，是个戏迷。以前每周六晚上，江州文艺频道都有一档《梨园春晓》，可这个节目已经停播了。希望电视台能恢复这个节目。\n\n锦城区${who}　柳梅芳\n`;
    const issue = parseIssue(page, { entities: false });
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].bylines).toEqual(['柳梅芳']);
    expect(issue.articles[0].creditLines).toEqual([`锦城区${who}　柳梅芳`]);
  });
});

describe("a picture's supplier that is no person", () => {
  it.each([
    ['（江州卫视供图）', '（江州卫视供图）'],
    ['（江州大学供图）', '（江州大学供图）'],
    ['（剧组供图）', '（剧组供图）'],
    ['（资料图片）', '（资料图片）'],
  ])('%s is the photo credit and no byline', (credit, line) => {
    const a = parseIssue(story(credit), { entities: false }).articles[0];
    expect(a.kind).toBe('photo');
    expect(a.bylines).toEqual([]);
    expect(a.creditLines).toEqual([line]);
  });

  it('keeps a person who supplied the picture as a byline', () => {
    const a = parseIssue(story('（王海峰供图）'), { entities: false }).articles[0];
    expect(a.bylines).toEqual(['王海峰']);
  });
});

describe("a table's maker (制表)", () => {
  it('reads 制表：X after a data source, in brackets or not', () => {
    expect(parseCreditLine('（数据来源：江州市广播电视监测中心　制表：邵明珂）')).toEqual([{ name: '邵明珂', role: '制表' }]);
    expect(parseCreditLine('数据来源：江州市广播电视监测中心　制表：邵明珂')).toEqual([{ name: '邵明珂', role: '制表' }]);
    expect(parseCreditLine('制表：邵明珂')).toEqual([{ name: '邵明珂', role: '制表' }]);
    // a source alone names no one
    expect(parseCreditLine('（来源：岚溪融媒）')).toBeNull();
  });
});

describe('a story cut on one page', () => {
  // The page-1 brief 《少年说》第三季征集选手 closes with its source in brackets on a line of its own
  // (no sentence end: read as cut). It is suspended only when page 2's first item starts, and was
  // taken as cut on page 2: the reply that ends page 2, four items on, became its rest.
  it('is cut where its text stopped, not where the next item started', () => {
    const file = 'fixtures/zoo/tv-guide-weekly/tv-guide-weekly.wrap.txt';
    const issue = parseIssue(readFileSync(file), { path: file, entities: false, issueDate: '2026-03-09' });
    const brief = issue.articles.find((a) => a.title === '《少年说》第三季征集选手')!;
    expect(brief.spans).toEqual([[53, 57]]);
  });
});

describe("an editor's reply under a reader's letter", () => {
  it('belongs to the letter, after its signature', () => {
    const page = `观众来信\n\n希望多播些本地戏曲节目\n\n编辑同志：\n\n我今年六十七岁，是个戏迷。以前每周六晚上，江州文艺频道都有一档《梨园春晓》，可这个节目已经停播了。\n\n锦城区观众　柳梅芳\n\n【编辑回复】柳阿姨您好！《梨园春晓》正在改版升级，预计4月起每周六20:00回归。\n`;
    const issue = parseIssue(page, { entities: false });
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].bylines).toEqual(['柳梅芳']);
    expect(issue.articles[0].paragraphs.at(-1)).toBe('【编辑回复】柳阿姨您好！《梨园春晓》正在改版升级，预计4月起每周六20:00回归。');
  });

  it('leaves a story its reporter signed alone', () => {
    const page = `城南书市周末开张\n\n昨天，城南书市在老城区运河边开张，三十余家书店参加。（记者　韩以宁）\n\n【编辑回复】读者来信询问书市时间，书市每周六开放。\n`;
    const issue = parseIssue(page, { entities: false });
    expect(issue.articles[0].paragraphs).toEqual(['昨天，城南书市在老城区运河边开张，三十余家书店参加。']);
  });
});
