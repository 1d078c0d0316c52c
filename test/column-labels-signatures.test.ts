import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { parseCreditLine } from '../src/extract/bylines.js';

// tester31's workers' paper (issue 7): a Q&A answer signed unit　post　name, and bare column labels
// over a headline stack (over a kicker ending in its dash; over a lone question headline).

const QA = [
  '　　问：我在一家物流公司做仓库管理员，经常被安排周末加班，公司一直没有支付加班费。我该怎么办？',
  '',
  '　　答：用人单位安排劳动者休息日工作又不能安排补休的，应当支付不低于工资的百分之二百的工资报酬。',
  '',
];

describe('a signature of a unit, a post and a name set apart by spaces', () => {
  it('reads the name, the unit and the post its role', () => {
    expect(parseCreditLine('沂澜明德律师事务所　律师　葛明远')).toEqual([{ name: '葛明远', role: '沂澜明德律师事务所 律师' }]);
    expect(parseCreditLine('澄阳市总工会　法律顾问　葛明远')).toEqual([{ name: '葛明远', role: '澄阳市总工会 法律顾问' }]);
    expect(parseCreditLine('沂澜明德律师事务所　律师　葛　明')).toEqual([{ name: '葛明', role: '沂澜明德律师事务所 律师' }]);
  });

  it('still reads no headline of two phrases as one', () => {
    expect(parseCreditLine('焊花飞溅三十载　一颗匠心铸“重器”')).toBeNull();
    expect(parseCreditLine('麦浪翻金　夏收正忙')).toBeNull();
  });

  it('closes the Q&A as its byline, and the next story keeps its title', () => {
    const text = ['法律问答', '', '公司拖欠加班费，职工该如何维权？', '', ...QA, '沂澜明德律师事务所　律师　葛明远', '',
      '溪口县总工会为困难职工送去“及时雨”', '', '　　本报讯（通讯员　陶　然）4月中旬，溪口县总工会为全县316名困难职工发放帮扶资金89万元。', ''].join('\n');
    const issue = parseIssue(text, { entities: false });
    expect(issue.articles.map((a) => [a.title, a.bylines])).toEqual([
      ['公司拖欠加班费，职工该如何维权？', ['葛明远']],
      ['溪口县总工会为困难职工送去“及时雨”', ['陶然']],
    ]);
    expect(issue.articles[1].subtitles).toEqual([]);
  });
});

describe('a bare column label over a headline stack', () => {
  it('over a kicker ending in its dash: the column label, not an item of its own', () => {
    const text = ['大国工匠', '', '从学徒工到全国劳动模范——', '', '焊花飞溅三十载　一颗匠心铸“重器”', '',
      '——记全国劳动模范、澄阳重工集团焊接高级技师聂铁军', '', '本报记者　魏思远', '',
      '　　清晨六点，澄阳重工集团结构件分厂的车间里已经亮起了灯。聂铁军俯身在一段筒体前，弧光映亮了他的脸。', ''].join('\n');
    const issue = parseIssue(text, { entities: false });
    expect(issue.articles.map((a) => [a.kind, a.kicker, a.title])).toEqual([['article', '从学徒工到全国劳动模范——', '焊花飞溅三十载　一颗匠心铸“重器”']]);
    expect(issue.furniture.filter((f) => f.kind === 'section').map((f) => f.text)).toEqual(['大国工匠']);
  });

  it('over a lone question headline over the question: the column label, not its kicker', () => {
    const text = ['职工维权', '', '公司拖欠加班费，职工该如何维权？', '', ...QA, '律师　葛明远', ''].join('\n');
    const issue = parseIssue(text, { entities: false });
    expect(issue.articles.map((a) => [a.kicker, a.title, a.bylines])).toEqual([[null, '公司拖欠加班费，职工该如何维权？', ['葛明远']]]);
    expect(issue.furniture.filter((f) => f.kind === 'section').map((f) => f.text)).toEqual(['职工维权']);
  });
});
