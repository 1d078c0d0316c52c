/**
 * A city daily's 民生·问政 pages (the zoo's wenzheng-page, tester26's repros in invented text of that
 * paper's conventions): a citizen's message under its headline and a line naming the netizen
 * (网友“X”　留言编号：…　留言时间：…), the department's reply under its own line (回复单位：…　回复时间：…),
 * one item; a 督办 list printed row by row with a 序号 column; a weekly data box opening with its
 * period (统计时段：…); column labels 问政追踪 / 问政回音壁; a 记者调查 story with one cross-head on each
 * side of its jump; 7号楼 in a story's first sentence.
 * Before (shipped model, main 24c435e + the paper): the messages' credit lines were body paragraphs (in
 * the blank layout glued onto the paragraph under them), question headlines with a comma were running
 * text of the item above, the list's rows subtitles, the period the data box's title, the cross-heads
 * titles of new items, and 7号楼 dated a story the 7th.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { headsReply, messageCredits } from '../src/extract/bylines.js';
import { MESSAGE_CREDIT_RE } from '../src/extract/credit-lexicon.js';
import { DATE_FIELD_RE } from '../src/stages/structure/weights.js';
import { findDates } from '../src/extract/dates.js';
import { readDate } from '../src/extract/date-grammar.js';

const HEAD = '澄阳日报　2026年5月12日　星期二　　民生·问政';
const HEAD2 = '澄阳日报　2026年5月12日　星期二　　民生·问政';

const M1 = [
  '锦绣花园南门外道路坑洼积水，何时能修？',
  '网友“澄江老陈”　留言编号：WZ20260428-0153　留言时间：2026年4月28日',
  '我家住在澄江区锦绣路锦绣花园小区，小区南门外的支路路面破损严重，一下雨就积水。希望有关部门尽快安排维修。',
  '回复单位：市住建局　回复时间：2026年5月8日',
  '网友您好！经现场勘查，该路段已纳入今年市政道路“微改造”计划，计划5月下旬开工。感谢您的关心和支持！',
];
const M2 = [
  '早高峰K12路公交间隔太长，能否加密班次？',
  '网友ID：小鱼爱吃鱼　留言编号：WZ20260427-0087　留言时间：2026年4月27日',
  '4月26日早上7点半，我在高新区创业大道站等K12路公交，足足等了二十五分钟才来一辆，建议增加班次。',
  '回复单位：市交通运输局　　回复时间：2026年5月6日',
  '网友您好！自5月11日起，市公交集团已在该线路早高峰加密班次，发车间隔由十五分钟缩短至八分钟。',
];
const M3 = [
  '孩子上学路上没有斑马线，太危险',
  '网友：138****6672　留言编号：WZ20260430-0211　留言时间：2026年4月30日',
  '澄南区实验小学东门外的育才路车流量大，学校门口却没有斑马线和信号灯，恳请相关部门尽快施划斑马线。',
  '澄阳市教育局回复：您好！目前，实验小学东门已施划人行横道线，安装了“注意儿童”警示标志和减速带各两处。',
];

/** The blank layout: every unit its own paragraph. */
const blank = (...units: string[]) => units.join('\n\n');
/** The indented layout: paragraphs indented, headlines and credit lines flush, no blank lines. */
const indented = (...units: string[]) => units.map((u) => (/[。！？]$/u.test(u) && !/^[^，。]{0,26}？$/u.test(u) ? `　　${u}` : u)).join('\n');

describe('a message credit line', () => {
  it.each([
    ['网友“澄江老陈”　留言编号：WZ20260428-0153　留言时间：2026年4月28日', [{ name: '澄江老陈', role: '网友' }], false],
    ['网友ID：小鱼爱吃鱼　留言编号：WZ20260427-0087　留言时间：2026年4月27日', [{ name: '小鱼爱吃鱼', role: '网友' }], false],
    ['留言人：网友“老张”　留言时间：2026年4月28日', [{ name: '老张', role: '留言人' }], false],
    ['网友：138****6672　留言编号：WZ20260430-0211　留言时间：2026年4月30日', [], false],
    ['回复单位：市交通运输局　　回复时间：2026年5月6日', [], true],
    ['网友“澄江老陈”', [{ name: '澄江老陈', role: '网友' }], false],
    ['回复单位：市住建局', [], true],
  ])('%s names %j (heads a reply: %s)', (line, credits, reply) => {
    expect(MESSAGE_CREDIT_RE.test(line)).toBe(true);
    expect(messageCredits(line)).toEqual(credits);
    expect(headsReply(line)).toBe(reply);
  });

  it.each(['网友：请问什么时候修？　留言时间：2026年4月28日', '记者：王峰　编辑：李四', '网友：请问什么时候修？', '留言时间：2026年4月28日'])('%s is none', (line) => {
    expect(MESSAGE_CREDIT_RE.test(line)).toBe(false);
    expect(messageCredits(line)).toBeNull();
  });
});

describe('a 网络问政 column of messages and replies', () => {
  const check = (text: string) => {
    const issue = parseIssue(text, { entities: false });
    expect(issue.unassigned).toEqual([]);
    expect(issue.articles.map((a) => [a.title, a.bylines, a.date?.iso ?? null, a.paragraphs.length])).toEqual([
      ['锦绣花园南门外道路坑洼积水，何时能修？', ['澄江老陈'], null, 2],
      ['早高峰K12路公交间隔太长，能否加密班次？', ['小鱼爱吃鱼'], '2026-04-26', 2],
      ['孩子上学路上没有斑马线，太危险', [], null, 2],
    ]);
    // each unit as printed: no credit line run into a paragraph, no reply run into a headline
    const [a1, a2] = issue.articles;
    expect(a1.paragraphs).toEqual([M1[2], M1[4]]);
    expect(a2.paragraphs).toEqual([M2[2], M2[4]]);
  };

  it('is one item per message in the blank layout, credit lines apart', () => {
    check(blank(HEAD, '网络问政', ...M1, ...M2, ...M3));
  });

  it('is one item per message in the indented layout', () => {
    check(indented(HEAD, '网络问政', ...M1, ...M2, ...M3));
  });

  it('puts the column label 网络问政 in the furniture, not in a kicker', () => {
    const issue = parseIssue(blank(HEAD, '网络问政', ...M1), { entities: false });
    expect(issue.articles[0].kicker).toBeNull();
    expect(issue.furniture.filter((f) => f.kind === 'section').map((f) => f.text)).toEqual(['网络问政']);
  });
});

describe('a question set as a headline', () => {
  const TEXT = '我家住在澄江区锦绣路锦绣花园小区，小区南门外的支路路面破损严重，一下雨就积水。希望有关部门尽快安排维修。';

  it.each([
    ['锦绣花园南门外道路坑洼积水，何时能修？', []],
    ['道路坑洼积水，何时能修？', []],
  ])('%s over running text is its title', (title, rest) => {
    const issue = parseIssue(blank(HEAD, title, ...rest, TEXT), { entities: false });
    expect(issue.unassigned).toEqual([]);
    expect(issue.articles.map((a) => [a.title, a.paragraphs])).toEqual([[title, [TEXT]]]);
  });

  it('over its byline line is the title of a story the byline signs', () => {
    const issue = parseIssue(blank(HEAD, '一部电梯为何三年装不上？', '本报记者　唐思远　实习生　祝晓雯', '5月10日上午，记者来到澄江区栖霞里小区。住在五楼的退休教师蒋秀珍说，大家盼电梯盼了三年。'), { entities: false });
    expect(issue.unassigned).toEqual([]);
    expect(issue.articles.map((a) => [a.title, a.bylines, a.date?.iso ?? null])).toEqual([['一部电梯为何三年装不上？', ['唐思远', '祝晓雯'], '2026-05-10']]);
  });

  it('keeps a reply headed by its office alone in the message item', () => {
    const issue = parseIssue(blank(HEAD, M1[0], M1[1], M1[2], '回复单位：市住建局', M1[4]), { entities: false });
    expect(issue.articles.map((a) => [a.title, a.paragraphs.length])).toEqual([[M1[0], 2]]);
  });
});

describe('a 督办 list and a data box', () => {
  const LIST = [
    '五月上旬市民诉求重点督办事项办理情况',
    '序号　诉求内容　承办单位　办理状态',
    '1　锦绣花园南门外支路破损积水　市住建局　已纳入计划',
    '2　K12路公交早高峰班次不足　市交通运输局　已办结',
    '3　实验小学东门外缺少斑马线　市教育局、市公安局交警支队　已办结',
    '（市12345政务服务便民热线办公室供稿）',
  ];
  const BOX = [
    '民生热线',
    '一周数据',
    '统计时段：5月4日—5月10日',
    '●　受理量：市12345热线共受理群众诉求18642件，同比增长6.3%。',
    '●　办结率：已办结17915件，办结率96.1%。',
    '（数据来源：市12345政务服务便民热线　制表：聂文川）',
  ];

  it('reads the list rows as its text and the period as the box text, the box dated by it', () => {
    const issue = parseIssue(blank(HEAD2, ...LIST, ...BOX), { entities: false });
    expect(issue.articles.map((a) => [a.title, a.subtitles, a.kicker, a.paragraphs[0], a.date?.iso ?? null])).toEqual([
      ['五月上旬市民诉求重点督办事项办理情况', [], null, '序号　诉求内容　承办单位　办理状态', null],
      ['一周数据', [], null, '统计时段：5月4日—5月10日', '2026-05-04'],
    ]);
    expect(issue.articles[0].paragraphs).toHaveLength(4);
    expect(issue.articles[1].bylines).toEqual(['聂文川']);
  });

  it.each([
    ['统计时段：5月4日—5月10日', true],
    ['时间：2026年5月18日至20日', true],
    ['郑国平：三十年守护一方平安', false],
  ])('%s is a labelled period: %s', (line, yes) => {
    expect(DATE_FIELD_RE.test(line)).toBe(yes);
  });
});

describe('a 记者调查 story jumping with one cross-head on each side', () => {
  const P1 = [
    '问政追踪',
    '网友反映老旧小区加装电梯“卡壳”——',
    '一部电梯为何三年装不上？',
    '——本报记者追踪栖霞里小区加装电梯进展',
    '本报记者　唐思远　实习生　祝晓雯',
    '5月10日上午，记者来到澄江区栖霞里小区7号楼。这栋建于1993年的六层住宅楼里住着三十六户人家。',
    '一户不同意，全楼停下来',
    '今年3月，网友“栖霞里老住户”在本报网络问政平台留言说，7号楼加装电梯的事从2023年就开始商量。',
    '住在五楼的退休教师蒋秀珍今年七十六岁。她说，大家盼电梯盼了三年，',
    '（下转第7版）',
  ];
  const P2 = [
    '一部电梯为何三年装不上？',
    '（上接第6版）',
    '最怕的就是“一票否决”。',
    '社区搭台，协商找到“最大公约数”',
    '记者了解到，栖霞街道和社区先后组织了四次协商会，请来设计单位调整电梯井位置。',
    '市住建局城市更新科负责人介绍，今年全市计划完成既有住宅加装电梯三百部。',
  ];

  it('keeps the cross-head of a story with no subtitle, its headline repeated over the far half read as the jump', () => {
    const [kicker, title, , byline, lead] = P1.slice(1);
    const issue = parseIssue(blank(HEAD, kicker, title, byline, lead, ...P1.slice(6), '', '', HEAD2, '07', ...P2), { entities: false });
    expect(issue.unassigned).toEqual([]);
    expect(issue.articles.map((a) => [a.title, a.crossheads.map((c) => c.text)])).toEqual([[title, ['一户不同意，全楼停下来', '社区搭台，协商找到“最大公约数”']]]);
    expect(issue.furniture.filter((f) => f.kind === 'jump').map((f) => f.text)).toEqual(['（下转第7版）', title, '（上接第6版）']);
  });

  it('keeps both cross-heads inside the story, one item across the jump, dated by its dateline', () => {
    const issue = parseIssue(blank(HEAD, ...P1, '', '', HEAD2, '07', ...P2), { entities: false });
    expect(issue.articles.map((a) => [a.kicker, a.title, a.bylines, a.date?.iso ?? null])).toEqual([
      ['网友反映老旧小区加装电梯“卡壳”——', '一部电梯为何三年装不上？', ['唐思远', '祝晓雯'], '2026-05-10'],
    ]);
    expect(issue.articles[0].crossheads.map((c) => c.text)).toEqual(['一户不同意，全楼停下来', '社区搭台，协商找到“最大公约数”']);
    expect(issue.furniture.filter((f) => f.kind === 'section').map((f) => f.text)).toEqual(['问政追踪']);
  });
});

describe('a house number is no day', () => {
  const REF = { issueDate: '2026-05-12', year: 2026 };
  /** The day a dateline (which may end a day in 号) reads at the start of `text`, or null. */
  const datelineDay = (text: string) => {
    const m = readDate(text, 0, REF, true);
    return m && m.kind === 'date' ? m.iso : null;
  };

  it.each(['7号楼加装电梯', '3号线延伸段', '2号院门口'])('%s', (text) => {
    expect(datelineDay(text)).toBeNull();
  });

  it('still reads a dateline 7号 and 7号上午', () => {
    expect(datelineDay('7号上午，记者来到')).toBe('2026-05-07');
    expect(findDates('5月7号楼道口', { issueDate: '2026-05-12' }).dates.map((d) => d.iso)).toEqual(['2026-05-07']);
  });

  it('does not date a story by 7号楼 in its first sentence', () => {
    const issue = parseIssue(blank(HEAD, '一部电梯为何三年装不上？', '今年3月，网友在本报网络问政平台留言说，7号楼加装电梯的事从2023年就开始商量，却迟迟无法推进。'), { entities: false });
    expect(issue.articles[0].date).toBeNull();
  });
});
