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

describe('a credit naming no person run in at a caption or brief end (findings 6, 7)', () => {
  const item = (title: string, text: string) => parse([HEAD, '海外侨讯', title, `　　${text}`]).articles;
  it.each([
    // An organisation's picture credit after a caption, traditional and simplified.
    ['唐人街上的舞龙队', '加拿大温哥华唐人街，旅加濱瀾同鄉會舞龙队在巡游中表演。', '（旅加濱瀾同鄉會供圖）', 'photo'],
    ['侨乡龙舟赛', '6月11日，滨澜县潮岭镇举行龙舟赛，海外乡亲回乡观赛。', '（滨澜市侨联供图）', 'photo'],
    // A reprint's source note naming only the source after a brief's last sentence.
    ['旅加滨澜同乡会换届', '當地時間6月9日，旅加濱瀾同鄉會在溫哥華舉行換屆大會，譚家榮當選新一屆會長。', '（據加拿大《星島日報》）', null],
    ['纽约滨澜会馆举办中文班', '当地时间6月10日，美国纽约滨澜会馆中文班开学，首期招收学生60名。', '（据《滨澜侨报》）', null],
  ])('%s: the credit line, no byline, not in the body', (title, text, credit, kind) => {
    const [a] = item(title, text + credit);
    expect([a.title, a.paragraphs, a.creditLines, a.bylines, a.credits]).toEqual([title, [text], [credit], [], []]);
    if (kind) expect(a.kind).toBe(kind);
  });

  it('keeps a bracket that is no credit in the body', () => {
    const text = '6月11日，滨澜县潮岭镇举行龙舟赛，海外乡亲回乡观赛。（详见第3版）';
    const [a] = item('侨乡龙舟赛', text);
    expect([a.paragraphs, a.creditLines]).toEqual([[text], []]);
  });
});

describe('a page label alone under the page head, no editor line under it (finding 11)', () => {
  // A page name with a word before it that says whose news (侨乡要闻, 本地要闻, 县域经济): the page's
  // label, as 要闻 alone is, not the kicker of the first item under it.
  it.each(['侨乡要闻', '本地要闻', '县域经济'])('%s is page furniture, not a kicker', (label) => {
    const issue = parse([
      '滨澜侨报　2023年6月15日　星期四　第1版',
      '',
      label,
      '',
      '海外乡亲捐资兴学',
      '滨澜县潮岭中学新校舍落成',
      '',
      '本报记者　温　岚　文／图',
      '',
      '6月14日，由旅美乡亲司徒永康捐资1000万元兴建的潮岭中学新校舍落成。',
      '',
      '据悉，新校舍建筑面积8000平方米，可容纳学生1500人。',
    ]);
    expect(issue.articles.map((a) => a.kicker)).not.toContain(label);
    expect(issue.articles.map((a) => a.title)).not.toContain(label);
    expect(issue.furniture.map((f) => f.text)).toContain(label);
  });
});
