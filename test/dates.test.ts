import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adoptionNoteDate, dateOnlyLine, findArticleDate, findDates, findYears, parseChineseDate, parseNumber, referenceDate } from '../src/extract/dates.js';
import { findDates as exportedFindDates, parseIssue } from '../src/index.js';

const MAY = { issueDate: '2023-05-27', year: 2023 };
const YEAR_ONLY = { issueDate: null, year: 2023 };

describe('parseNumber', () => {
  it.each([
    ['2023', 2023], ['２０２３', 2023], ['二〇二三', 2023], ['二零二三', 2023], ['五', 5], ['十', 10],
    ['十二', 12], ['二十五', 25], ['三十一', 31], ['x', NaN],
  ])('%s → %d', (s, n) => expect(parseNumber(s)).toBe(n));
});

describe('findArticleDate', () => {
  it.each([
    ['5月25日上午,区委书记胡拥军督查', MAY, '2023-05-25', '5月25日上午', 'day'],
    ['24日下午,狼山镇街道人大工委', MAY, '2023-05-24', '24日下午', 'day'],
    ['2023年5月25日,崇川区召开', { issueDate: null, year: null }, '2023-05-25', '2023年5月25日', 'day'],
    ['二〇二三年五月二十五日，县政府召开常务会议。', YEAR_ONLY, '2023-05-25', '二〇二三年五月二十五日', 'day'],
    ['２０２３年８月２９日上午，全县召开', { issueDate: null, year: null }, '2023-08-29', '２０２３年８月２９日上午', 'day'],
    ['昨天上午，全县森林防火应急演练举行。', { issueDate: '2023-06-08', year: 2023 }, '2023-06-07', '昨天上午', 'day'],
    ['今天下午县委召开专题会议', { issueDate: '2023-06-08', year: 2023 }, '2023-06-08', '今天下午', 'day'],
    ['前天，', { issueDate: '2023-03-01', year: 2023 }, '2023-02-27', '前天', 'day'],
    ['12月30日，区长杨万平走访', { issueDate: '2024-01-03', year: 2024 }, '2023-12-30', '12月30日', 'day'],
    ['30日，区长走访', { issueDate: '2024-01-03', year: 2024 }, '2023-12-30', '30日', 'day'],
    // Issue 9 item 4: a 旬 (and 月初/月底) has precision xun and starts on its first day.
    ['5月下旬，全区', YEAR_ONLY, '2023-05-21', '5月下旬', 'xun'],
    ['4月底，全区', YEAR_ONLY, '2023-04-25', '4月底', 'xun'],
    ['昨晚，全区', { issueDate: '2023-06-08', year: 2023 }, '2023-06-07', '昨晚', 'day'],
    ['上周三上午，全区', { issueDate: '2023-06-08', year: 2023 }, '2023-05-31', '上周三上午', 'day'],
    ['今年以来，全区累计……6月5日，', { issueDate: '2023-06-08', year: 2023 }, '2023-06-05', '6月5日', 'day'],
    ['本报讯（记者 王峰 通讯员 李文）5月25日，崇川区召开', MAY, '2023-05-25', '5月25日', 'day'],
    // A page cited first does not hide the dateline after it.
    ['本报5月20日3版报道后，5月25日，崇川区召开', MAY, '2023-05-25', '5月25日', 'day'],
    ['2月29日，', { issueDate: '2024-03-02', year: 2024 }, '2024-02-29', '2月29日', 'day'],
    ['“一附小学附近,放学的时候,车子真不好走。还好有志愿者和交警指挥,虽然有点堵,但一点不乱。”24日下午,狼山镇街道', MAY, '2023-05-24', '24日下午', 'day'],
  ])('%s', (text, ctx, iso, printed, precision) => {
    const r = findArticleDate(text, ctx, 3);
    expect(r.date).toMatchObject({ iso, text: printed, precision });
    expect(r.diagnostics).toEqual([]);
  });

  it.each([
    ['近日，梅园社区开展义诊活动。'],
    ['日前，全区召开会议'],
    ['近期，'],
    ['根据县政府〔2023〕5号文件要求'],
    ['“梅雨季节要到了，”近日，学田街道'],
    ['“梅雨季节要到了,希望社区能够监督施工队赶紧把顶楼防水做好。”近日,学田街道千禧园社区'],
    ['明亮的楼道、优美的绿化、整洁的路面'],
    // A date citing a page of an earlier issue (a correction, a follow-up) is no dateline.
    ['本报5月20日A6版《沅江流域启动生态补偿试点》一文中，“试点期限为三年”应为“试点期限为五年”。'],
    ['本报5月3日第2版刊发的《新桥通车》一文，'],
  ])('no date: %s', (text) => {
    expect(findArticleDate(text, MAY, 1).date).toBeNull();
  });

  it.each([
    ['2月30日，县政府召开常务会议。', { issueDate: '2023-03-02', year: 2023 }],
    ['2月29日，', { issueDate: '2023-03-02', year: 2023 }],
    ['4月31日上午，', YEAR_ONLY],
    ['13月5日，', YEAR_ONLY],
  ])('impossible: %s', (text, ctx) => {
    const r = findArticleDate(text, ctx, 7);
    expect(r.date).toBeNull();
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['dates/impossible-date', 'warning', 7]]);
  });

  it('no year known: iso null with dates/no-year', () => {
    const r = findArticleDate('5月25日上午,区委书记', { issueDate: null, year: null }, null);
    expect(r.date).toMatchObject({ text: '5月25日上午', iso: null, precision: 'day' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['dates/no-year']);
  });

  it('marks the year as inferred when not printed', () => {
    expect(findArticleDate('5月25日,', YEAR_ONLY, 1).date?.inferred).toEqual(['year']);
    expect(findArticleDate('2023年5月25日,', YEAR_ONLY, 1).date?.inferred).toEqual([]);
  });
});

describe('parseChineseDate', () => {
  it.each([
    ['25日上午', MAY, '2023-05-25'],
    ['5月25日', MAY, '2023-05-25'],
    ['2023年5月25日', YEAR_ONLY, '2023-05-25'],
  ])('%s', (text, ctx, iso) => expect(parseChineseDate(text, ctx).date?.iso).toBe(iso));
  it('needs the expression at the start', () => expect(parseChineseDate('会议于5月25日', MAY).date).toBeNull());
});

describe('findYears', () => {
  it.each([
    ['调研2023年重点民生实事项目', [2023]],
    ['根据县政府〔2023〕5号文件要求，2022年以来', [2022]],
    ['二〇二三年五月', [2023]],
    ['２０２１年９月和2023年', [2021, 2023]],
    ['12023年', []],
    ['15年“高龄”', []],
  ])('%s', (text, years) => expect(findYears(text)).toEqual(years));
});

describe('day-only datelines without an issue date', () => {
  const paragraphs = ['5月25日上午,区委书记胡拥军督查', '“……点个赞。”24日下午,狼山镇街道', '5月29日,崇川区举办', '近日,学田街道'];
  it('referenceDate is the latest full dateline', () => {
    expect(referenceDate(paragraphs, YEAR_ONLY)).toBe('2023-05-29');
    expect(referenceDate(['近日,', '24日下午,'], YEAR_ONLY)).toBeNull();
  });
  it.each([
    ['24日下午,狼山镇', '2023-05-29', '2023-05-24'],
    ['30日,', '2023-05-29', '2023-05-30'],
  ])('%s with reference %s → %s', (text, ref, iso) => {
    const r = findArticleDate(text, { issueDate: null, year: 2023, referenceDate: ref }, 1);
    expect(r.date).toMatchObject({ iso, inferred: ['month', 'year'] });
  });
  it('without issue date or reference: iso null, dates/no-month', () => {
    const r = findArticleDate('24日下午,', YEAR_ONLY, 1);
    expect(r.date?.iso).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['dates/no-month']);
  });
});

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/dates');

describe('findDates: the forms of issue 9 item 4 (issue of Thursday 2023-06-08)', () => {
  const ISSUE = { issueDate: '2023-06-08' };
  it.each([
    ['15年3月2日', '2015-03-02', null, 'day'],
    ['二〇〇六年十二月', '2006-12-01', '2006-12-31', 'month'],
    ['九七年一季度', '1997-01-01', '1997-03-31', 'quarter'],
    ['去年', '2022-01-01', '2022-12-31', 'year'],
    ['前年9月', '2021-09-01', '2021-09-30', 'month'],
    ['上月9日', '2023-05-09', null, 'day'],
    ['下月', '2023-07-01', '2023-07-31', 'month'],
    ['大前天', '2023-06-05', null, 'day'],
    ['后天', '2023-06-10', null, 'day'],
    ['昨晚', '2023-06-07', null, 'day'],
    ['本日', '2023-06-08', null, 'day'],
    ['上周三', '2023-05-31', null, 'day'],
    ['下周六', '2023-06-17', null, 'day'],
    ['上周', '2023-05-29', '2023-06-04', 'week'],
    ['2019年4月12-19日', '2019-04-12', '2019-04-19', 'day'],
    ['8日至9日', '2023-06-08', '2023-06-09', 'day'],
    ['8至9日', '2023-06-08', '2023-06-09', 'day'],
    ['12月28日至1月3日', '2023-12-28', '2024-01-03', 'day'],
    ['去年12月28日至1月3日', '2022-12-28', '2023-01-03', 'day'],
    ['一季度', '2023-01-01', '2023-03-31', 'quarter'],
    ['前三季度', '2023-01-01', '2023-09-30', 'quarter'],
    ['1-9月份', '2023-01-01', '2023-09-30', 'month'],
    ['年底', '2023-11-01', '2023-12-31', 'month'],
    ['九月下旬', '2023-09-21', '2023-09-30', 'xun'],
    ['2月上旬', '2023-02-01', '2023-02-10', 'xun'],
    ['今年春季', '2023-03-01', '2023-05-31', 'season'],
    ['2022年冬季', '2022-12-01', '2023-02-28', 'season'],
    ['上半年', '2023-01-01', '2023-06-30', 'quarter'],
  ])('%s → %s..%s (%s)', (text, iso, end, precision) => {
    const r = findDates(`据悉，${text}，全区`, ISSUE);
    expect(r.dates).toHaveLength(1);
    expect(r.dates[0]).toMatchObject({ text, iso, end, precision, index: 3, length: text.length });
  });

  it('reads every date of a text in order, with offsets', () => {
    const r = findDates('2023年5月25日上午，记者从区委获悉，今年一季度全区GDP增长5%，6月底前完成。', ISSUE);
    expect(r.dates.map((d) => [d.text, d.iso, d.end, d.precision])).toEqual([
      ['2023年5月25日上午', '2023-05-25', null, 'day'],
      ['今年一季度', '2023-01-01', '2023-03-31', 'quarter'],
      ['6月底', '2023-06-25', '2023-06-30', 'xun'],
    ]);
  });

  it.each([['近日，梅园社区开展义诊'], ['日前，全区召开会议'], ['根据县政府〔2023〕5号文件要求'], ['人民路5号'], ['坚守24年'], ['初步完成年初目标的底线'.slice(0, 4)]])(
    'no date: %s',
    (text) => expect(findDates(text, ISSUE).dates).toEqual([]),
  );

  // A day in Chinese numerals alone is a count or an idiom unless a dateline follows (a fresh user's
  // railway weekly: 他三十年如一日扎根检车一线 was dated the 1st).
  it.each([['他三十年如一日扎根检车一线'], ['一日三餐要规律'], ['推出一日游线路'], ['日复一日地坚守'], ['进步一日千里'], ['历时两日'], ['每一日都不松懈'], ['同一日开工']])(
    'no date (a count or an idiom): %s',
    (text) => expect(findDates(text, ISSUE).dates).toEqual([]),
  );

  it.each([
    ['新华社北京五日电 记者', '五日', '2023-06-05'],
    ['十五日上午，全区召开大会', '十五日上午', '2023-05-15'],
    ['三日，全市开展', '三日', '2023-06-03'],
  ])('a day alone in Chinese numerals before a dateline word: %s', (text, printed, iso) => {
    expect(findDates(text, ISSUE).dates.map((d) => [d.text, d.iso])).toEqual([[printed, iso]]);
  });

  // tester28 fault 5: a court notice's case number gave dates/impossible-date (876号) with an issue
  // date and dates/no-month without one
  it.each([
    ['案号为（2023）澄0125民初876号。'],
    ['案号为(2023)澄0125民初8号。'],
    ['（2016）最高法民终12号'],
    ['依据澄政办发〔2023〕12号文件'],
    ['根据［2023］3号文'],
    ['澄公（治）行罚决字〔2023〕第123号'],
    ['京公网安字12号'],
  ])('a document or case number\'s serial is no day, in a dateline\'s window or after it: %s', (text) => {
    for (const ctx of [{ issueDate: '2023-06-08', year: 2023 }, { issueDate: null, year: null }]) {
      const r = findArticleDate(text, ctx, 1);
      expect(r.date).toBeNull();
      expect(r.diagnostics).toEqual([]);
    }
    const all = findDates(text, ISSUE);
    expect([all.dates, all.diagnostics]).toEqual([[], []]);
  });

  it('a day after a case number is still read; a number and 号 with no case number before it still is a day', () => {
    const r = findArticleDate('案号为（2023）澄0125民初876号，定于6月5日开庭。', { issueDate: '2023-06-08', year: 2023 }, 1);
    expect(r.date).toMatchObject({ text: '6月5日', iso: '2023-06-05' });
    expect(findArticleDate('5号上午，全县召开大会。', { issueDate: '2023-06-08', year: 2023 }, 1).date).toMatchObject({ iso: '2023-06-05' });
    expect(findArticleDate('赵春燕：本院受理原告刘振海诉你离婚纠纷一案，案号为（2023）澄0125民初876号。', { issueDate: '2023-06-08', year: 2023 }, 1).diagnostics).toEqual([]);
  });

  it('flags impossible dates with a warning at their offset, and gives no date for them', () => {
    const r = findDates('会上，2月30日和4月31日都被提到', ISSUE);
    expect(r.dates).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.column])).toEqual([
      ['dates/impossible-date', 'warning', 4],
      ['dates/impossible-date', 'warning', 10],
    ]);
  });

  it('without an issue date: printed years resolve, relative words have iso null and say why', () => {
    const r = findDates('2023年5月25日，昨天');
    expect(r.dates.map((d) => d.iso)).toEqual(['2023-05-25', null]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['dates/no-issue-date']);
  });

  it('is exported from the package entry point', () => expect(exportedFindDates).toBe(findDates));
});

interface JioCase {
  text: string;
  reference: { date?: string; year?: number };
  start: string;
  end: string;
}

describe('JioNLP time-parser suite, newspaper-form day-level cases (fixtures/dates/jionlp-time-parser.json)', () => {
  const { cases } = JSON.parse(readFileSync(path.join(FIXTURES, 'jionlp-time-parser.json'), 'utf8')) as { cases: JioCase[] };
  /**
   * Cases we read otherwise, on purpose: JioNLP takes a day alone (30日) after the reference day
   * as this month's; a dateline reports the past, so we take last month's.
   */
  const DIFFERENT = new Set(['30日']);
  const result = (c: JioCase) => {
    const d = findDates(c.text, { issueDate: c.reference.date ?? null, year: c.reference.year ?? null }).dates[0];
    return d ? [d.iso, d.end ?? d.iso] : null;
  };
  it('has the 90 cases', () => expect(cases).toHaveLength(90));
  it.each(cases.filter((c) => !DIFFERENT.has(c.text)).map((c) => [c.text, c] as const))('%s', (_, c) => {
    expect(result(c)).toEqual([c.start, c.end]);
  });
  it.each(cases.filter((c) => DIFFERENT.has(c.text)).map((c) => [c.text, c] as const))('%s (read otherwise on purpose)', (_, c) => {
    expect(result(c)).not.toEqual([c.start, c.end]);
  });
});

interface HandedCase {
  id: string;
  input: { text: string; issueDate?: string };
  expect: { date: string | null; notDates?: string[]; bodyKeeps?: string };
}

describe('handed date cases (fixtures/cases/cases.json: area dates, and others that expect a date)', () => {
  const cases = (JSON.parse(readFileSync(path.join(FIXTURES, '../cases/cases.json'), 'utf8')) as (HandedCase & { area: string })[]).filter(
    (c) => c.area === 'dates' || 'date' in c.expect,
  );
  it('has the handed date cases', () => expect(cases.length).toBeGreaterThanOrEqual(7));
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_, c) => {
    const issue = parseIssue(c.input.text, { issueDate: c.input.issueDate, entities: false });
    const a = issue.articles[0];
    expect(a.date?.iso ?? null).toBe(c.expect.date);
    for (const d of c.expect.notDates ?? []) expect(issue.articles.some((x) => x.date?.iso === d)).toBe(false);
    if (c.expect.date === null && c.id === 'impossible-date') {
      expect(issue.diagnostics.some((d) => d.code === 'dates/impossible-date' && d.severity === 'warning')).toBe(true);
    }
    if (c.expect.bodyKeeps) expect(a.body).toContain(c.expect.bodyKeeps);
  });
});

describe('dateOnlyLine (a document\'s signing date, a speech\'s date under its title)', () => {
  it.each([
    ['2023年4月28日', '2023-04-28'],
    ['（2023年5月6日）', '2023-05-06'],
    ['二〇二三年五月六日', '2023-05-06'],
  ])('%s → %s', (line, iso) => expect(dateOnlyLine(line, YEAR_ONLY)?.date?.iso).toBe(iso));
  it.each([['2023年4月28日印发'], ['县政府2023年4月28日'], ['5月6日']])('%s is no date-only line', (line) =>
    expect(dateOnlyLine(line, YEAR_ONLY)).toBeNull(),
  );
  it('dates a bulletin document by its signing date, not a date its text names', () => {
    const text = [
      '云泽县人民政府关于调整县城市管理委员会组成人员的通知',
      '',
      '云政发〔2023〕7号',
      '',
      '各乡镇人民政府，县政府各部门：',
      '',
      '《云泽县城市绿化管理办法》已经2023年3月28日县人民政府第15次常务会议审议通过，现予公布。',
      '',
      '云泽县人民政府',
      '',
      '2023年5月12日',
    ].join('\n');
    const issue = parseIssue(text, { entities: false, issueDate: '2023-05-31' });
    expect(issue.articles.map((a) => [a.title, a.date?.iso])).toEqual([['云泽县人民政府关于调整县城市管理委员会组成人员的通知', '2023-05-12']]);
  });
});

describe('adoptionNoteDate (a resolution or decision dated by the note under its title)', () => {
  it.each([
    ['（2024年6月27日青岚县第十八届人民代表大会常务委员会第十九次会议通过）', '2024-06-27'],
    ['(2023年1月12日市人民政府第5次常务会议审议通过)', '2023-01-12'],
    ['（2019年3月15日第十三届全国人民代表大会第二次会议通过　根据2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议修正）', '2019-03-15'],
  ])('%s → %s', (line, iso) => expect(adoptionNoteDate(line, YEAR_ONLY)?.date?.iso).toBe(iso));
  it.each([['（2023年5月6日）'], ['2024年6月27日会议通过'], ['（2024年6月27日，会议通过了决议。）'], ['（2024年6月27日县人民政府）']])(
    '%s is no adoption note',
    (line) => expect(adoptionNoteDate(line, YEAR_ONLY)).toBeNull(),
  );
  it('dates a 决议 and a 任免名单 by their adoption notes (tester2, repro/adoption-note-subtitle.txt)', () => {
    const text = [
      '青岚县人民代表大会常务委员会任免名单',
      '（2024年6月27日青岚县第十八届人民代表大会常务委员会第十九次会议通过）',
      '一、决定任命：',
      '宋立华为青岚县人民政府副县长；',
      '邱明远为青岚县人民政府教育体育局局长。',
      '二、免去：',
      '周德胜的青岚县人民政府副县长职务。',
      '青岚县人民代表大会常务委员会关于批准2023年县级财政决算的决议',
      '（2024年6月27日青岚县第十八届人民代表大会常务委员会第十九次会议通过）',
      '青岚县第十八届人民代表大会常务委员会第十九次会议听取了县财政局局长邬海涛所作的报告，决定批准2023年县级财政决算。',
    ].join('\n\n');
    const issue = parseIssue(text, { entities: false, issueDate: '2024-06-28' });
    expect(issue.articles.map((a) => [a.title, a.subtitles, a.date?.iso])).toEqual([
      ['青岚县人民代表大会常务委员会任免名单', ['（2024年6月27日青岚县第十八届人民代表大会常务委员会第十九次会议通过）'], '2024-06-27'],
      [
        '青岚县人民代表大会常务委员会关于批准2023年县级财政决算的决议',
        ['（2024年6月27日青岚县第十八届人民代表大会常务委员会第十九次会议通过）'],
        '2024-06-27',
      ],
    ]);
  });
});

describe('an item with no date in its text, titled by its day', () => {
  it('is dated by its title (the price list of the finance page, 10月25日…部分蔬菜价格), never by a day after the issue', () => {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/zoo/finance-page/finance-page.blank.txt');
    const text = readFileSync(file, 'utf8');
    const list = (t: string, day: string) => parseIssue(t, { entities: false, issueDate: '2023-10-26' }).articles.find((a) => a.title.startsWith(day));
    expect(list(text, '10月25日')?.date?.iso).toBe('2023-10-25');
    // A day after the issue's own is no date of the item.
    const later = list(text.replace('10月25日澜江农产品', '10月28日澜江农产品'), '10月28日');
    expect(later).toBeDefined();
    expect(later?.date ?? null).toBeNull();
  });
});
