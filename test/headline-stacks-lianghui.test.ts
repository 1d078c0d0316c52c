/**
 * Headline stacks of a party daily's session coverage (issue 7; tester17's 两会特刊 findings 2, 3 and
 * 4, Dec 2026). Before: a kicker printed as a couplet as wide as the column of a hard-wrapped page was
 * joined to the title under it as its first line; a topic kicker with no dash over a shorter headline
 * (数读…报告 / 一年来，…) was read as title and subtitle; and a title over a deck of who did what,
 * printed over two lines in a file of one paragraph a line (…韦思源等 / 出席), was read as kicker over
 * the deck as title.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';

const parse = (text: string) => parseIssue(text, { entities: false, issueDate: '2024-01-18' });
const stack = (text: string) => parse(text).articles.map((a) => [a.kicker, a.title, a.subtitles]);

/** Hard-wraps a paragraph at `width` cells (every character here is one cell), indented by two. */
function wrap(paragraph: string, width: number): string[] {
  const chars = [...`　　${paragraph}`];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

describe('a couplet kicker as wide as the column, hard-wrapped', () => {
  it('stays the kicker over its title', () => {
    const kicker = '围绕产业转型升级主线　持续优化营商环境建设'; // 21 cells
    const lines = [
      kicker,
      '市政协召开专题协商会议',
      ...wrap('本报讯（记者　岳青禾　通讯员　吕思源）1月16日上午，市政协召开专题协商会议，围绕产业转型升级和营商环境建设协商议政，二十余位委员和企业代表发言。', 21),
      ...wrap('会议指出，要坚持问题导向，把协商成果转化为推动发展的实际举措，为全市高质量发展贡献智慧和力量。', 21),
    ];
    expect(lines[0].length).toBe(21);
    expect(stack(lines.join('\r\n'))).toEqual([[kicker, '市政协召开专题协商会议', []]]);
  });

  it('still joins a headline wrapped after two phrases of unlike length', () => {
    const lines = [
      '压实防汛责任　守牢全市安全底线确保群众生命',
      '财产安全',
      ...wrap('本报讯（记者　岳青禾）1月16日，全市防汛工作会议召开，会议对汛前各项准备工作作出部署，要求各地各部门压实责任、细化措施。', 22),
    ];
    expect(stack(lines.join('\n'))).toEqual([[null, '压实防汛责任　守牢全市安全底线确保群众生命财产安全', []]]);
  });
});

describe('a topic kicker with no dash over a shorter headline', () => {
  it.each([
    ['数读政府工作报告', '过去一年，城市这样发展'],
    ['聚焦城市更新', '老旧小区换了新模样'],
  ])('%s is the kicker of %s', (kicker, title) => {
    const text = [kicker, '', title, '', '●　新开工改造老旧小区126个，惠及居民3.2万户。', '', '●　新增城市绿地86公顷，建成口袋公园41个。', '', '（记者　岳青禾　整理）', ''].join('\n');
    expect(stack(text)).toEqual([[kicker, title, []]]);
  });

  it('makes no kicker of such a line under a title', () => {
    const text = ['区政协开展民生协商活动', '', '聚焦“一老一小”服务', '', '本报讯（记者　岳青禾）1月16日，区政协围绕“一老一小”服务开展协商活动。', ''].join('\n');
    const issue = parse(text);
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].kicker).toBeNull();
    expect(issue.articles[0].title.startsWith('区政协开展民生协商活动')).toBe(true);
  });
});

describe('a title over a deck of who did what, printed over two lines', () => {
  const deck = ['邓启明讲话　万山作政府工作报告　季云舒等', '出席'];
  const lead = '　　本报讯（记者　岳青禾）1月16日上午，市第七届人民代表大会第四次会议在市会议中心隆重开幕。';

  it('is title and subtitle, one paragraph a line', () => {
    expect(stack(['市七届人大四次会议隆重开幕', ...deck, lead].join('\n'))).toEqual([
      [null, '市七届人大四次会议隆重开幕', ['邓启明讲话　万山作政府工作报告　季云舒等出席']],
    ]);
  });

  it('is kicker, title and subtitle under a kicker', () => {
    expect(stack(['发扬民主　团结奋进', '市七届人大四次会议隆重开幕', ...deck, lead].join('\n'))).toEqual([
      ['发扬民主　团结奋进', '市七届人大四次会议隆重开幕', ['邓启明讲话　万山作政府工作报告　季云舒等出席']],
    ]);
  });
});
