/**
 * parseIssueDetailed: the role of every source line (the proof sheet and the zoo evaluation read it).
 */
import { describe, expect, it } from 'vitest';
import { parseIssue, parseIssueDetailed } from '../src/index.js';

const page = [
  '滨江日报 2023年6月20日 星期二 第2版 要闻',
  '',
  '科技赋能——',
  '智慧农业走进田间地头',
  '——记某某合作社',
  '',
  '本报讯（记者 张三 通讯员 李四）6月19日，某某合作社引进智慧灌溉系统，',
  '实现了节水增产。',
  '',
  '·王五·',
].join('\n');

describe('parseIssueDetailed', () => {
  const r = parseIssueDetailed(page, { entities: false });
  it('gives every source line a role and its article', () => {
    expect(r.lineRoles.map((x) => [x.line, x.role, x.article])).toEqual([
      [1, 'running-head', null],
      [2, 'blank', null],
      [3, 'kicker', 'a1'],
      [4, 'title', 'a1'],
      [5, 'subtitle', 'a1'],
      [6, 'blank', null],
      [7, 'lead', 'a1'],
      [8, 'body', 'a1'],
      [9, 'blank', null],
      [10, 'byline', 'a1'],
    ]);
  });
  it('returns the same issue as parseIssue', () => {
    expect(r.issue).toEqual(parseIssue(page, { entities: false }));
  });
  it('marks text that belongs to no story unassigned', () => {
    const d = parseIssueDetailed('没有标题的一段文字，只有正文。\n\n', { entities: false });
    expect(d.lineRoles.map((x) => x.role)).toEqual(['unassigned', 'blank']);
  });
});
