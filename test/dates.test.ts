import { describe, expect, it } from 'vitest';
import { findArticleDate, findYears, parseChineseDate, parseNumber, referenceDate } from '../src/extract/dates.js';

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
    ['5月下旬，全区', YEAR_ONLY, '2023-05-01', '5月下旬', 'month'],
    ['4月底，全区', YEAR_ONLY, '2023-04-01', '4月底', 'month'],
    ['本报讯（记者 王峰 通讯员 李文）5月25日，崇川区召开', MAY, '2023-05-25', '5月25日', 'day'],
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
