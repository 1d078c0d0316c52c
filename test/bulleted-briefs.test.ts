/**
 * A briefs strip whose items open with a bullet (■ ● ▲ ◆ ★) and are set flush, one line each, each
 * closed by its sentence or a bracketed signature (（王芳）): the indented and the blank-line layouts
 * gave one brief per item, the flush one joined every item into one brief signed by the last name
 * (Dec 2026, noticed on an invented district page). The text is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';

const parse = (text: string) => parseIssue(text, { entities: false, issueDate: '2023-06-20' });
const head = '滨河区报　2023年6月20日　星期二　第2版';
const story = ['区图书馆启用自助借还系统', '', '　　本报讯（记者　李明）6月19日，区图书馆自助借还系统正式启用，市民可刷身份证借阅图书。', ''];
const items = [
  '区体育馆周末开放，市民可网上预约健身场地。（王芳）',
  '区文化馆开设书法公益班，报名从即日起至6月30日。（赵强）',
  '区档案馆举办档案开放日活动，展出老照片二百余幅。',
];

describe('bulleted briefs set flush', () => {
  it.each(['■', '●', '▲', '◆'])('%s: one brief per item, each with its own signature', (bullet) => {
    const issue = parse([head, '', ...story, '简讯', '', ...items.map((t) => `${bullet} ${t}`)].join('\n'));
    const briefs = issue.articles.filter((a) => a.kind === 'brief');
    expect(briefs.map((a) => a.bylines)).toEqual([['王芳'], ['赵强'], []]);
    expect(briefs.map((a) => a.body)).toEqual(items.map((t) => `${bullet} ${t.replace(/（[^）]*）$/u, '')}`));
  });

  it('a bullet that opens a wrapped line mid-sentence stays in its paragraph', () => {
    const issue = parse(
      [head, '', '区里举办读书节', '', '　　本报讯　6月19日，区里举办读书节，评出优秀读者，并为', '■ 获奖读者颁发证书和纪念品。'].join('\n'),
    );
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].body).toContain('并为■ 获奖读者');
  });
});
