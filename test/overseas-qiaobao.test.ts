/**
 * Conventions of a 侨报 (an overseas-Chinese paper of an emigrant home town) that tester13's paper
 * (fixtures/zoo/overseas-qiaobao) found misread (issue 7, issue 9). Invented text in that paper's
 * conventions (free to use).
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';

const HEAD = '滨澜侨报　2023年6月15日　星期四　第2版';
const parse = (lines: string[]) => parseIssue(lines.join('\n'), { entities: false, issueDate: '2023-06-15' });

describe('a title as wide as the column over a subtitle opening with —— (finding 1)', () => {
  // Hard-wrapped at 21 cells: the title fills the column to its last cell, the subtitle under it
  // opens with —— and wraps itself.
  const body = [
    '　　本报讯　旅菲滨澜同乡总会于6月10日晚',
    '在马尼拉皇家酒店隆重举行第四十届理监事就职',
    '典礼，新任理事长黄文彬率全体理监事宣誓就职。',
    '菲华各界社团代表及乡亲八百余人出席。',
    '　　黄文彬理事长在就职演说中表示，新一届理',
    '监事会将继续团结乡亲、服务社会，加强与祖籍',
    '地的联系，推动菲中两国人民友好交流。',
  ];
  it.each([
    ['simplified', '旅菲滨澜同乡总会举行第四十届理监事就职典礼', '——黄文彬当选理事长　菲华社团代表八百余人', '出席'],
    ['traditional', '旅菲濱瀾同鄉總會舉行第四十屆理監事就職典禮', '——黃文彬當選理事長　菲華社團代表八百餘人', '出席'],
  ])('keeps the title and its subtitle apart (%s)', (_script, title, deck, deckTail) => {
    const issue = parse([HEAD, '海外侨讯', '责任编辑：梅若兰　美编：容　川', title, deck, deckTail, ...body]);
    expect(issue.articles.map((a) => [a.title, a.subtitles])).toEqual([[title, [deck + deckTail]]]);
  });
});
