/**
 * The Traditional-Chinese press of Taiwan as the zoo's taiwan-local-daily prints it (tester29's repros,
 * /work/notes/tester29-repro, in invented text of that paper's conventions): run-in credits with a
 * slash before where they were filed in three bracket styles (〔記者X／東溪報導〕, 【記者X、Y／嵐港報導】,
 * （記者X／嵐港報導）, 〔編譯X／綜合報導〕), wire datelines in brackets （路透倫敦3日電）, relative days with
 * the day in brackets 昨（4）日, Republic-era years 民國115年 (year + 1911) in datelines, mastheads and
 * signing dates, jumps （續見A3版） / （接上版）, 本版編輯／X, 國際短波 / 地方掃描 briefs columns, a
 * notice signed …謹啟, a 公告 signed with its date and 文號 on one line, a caption credited （圖／…提供）.
 * Before (main ec8dc68 + the paper): no credit read, 昨（4）日 no date, 民國112年3月1日 dated 2026-03-01,
 * the masthead's 中華民國 line a kicker or title, （續見A3版） body text, 本版編輯／X a photo item.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { parseLeadIn } from '../src/extract/bylines.js';
import { findDates, dateOnlyLine } from '../src/extract/dates.js';
import { fullDateIso } from '../src/extract/date-grammar.js';
import { findJumpMarkers, isEditorLine, runningHeadDate } from '../src/stages/furniture.js';
import { LEXICAL_CUES } from '../src/stages/structure/weights.js';

const ISSUE = '2026-12-05';
const blank = (...lines: string[]) => lines.join('\n\n') + '\n';
const iso = (text: string) => findDates(text, { issueDate: ISSUE }).dates.map((d) => [d.text, d.iso, d.precision]);

describe('run-in credits with a slash (Taiwan house style)', () => {
  it.each([
    ['〔記者何志明／東溪報導〕東溪鄉公所3日在鄉立溫泉公園', '〔記者何志明／東溪報導〕', ['何志明'], '東溪鄉公所3日在鄉立溫泉公園'],
    ['【記者陳家豪、林怡君／嵐港報導】延宕多年的嵐港輕軌', '【記者陳家豪、林怡君／嵐港報導】', ['陳家豪', '林怡君'], '延宕多年的嵐港輕軌'],
    ['（記者蔡宛庭／嵐港報導）創校百年的港埔國小', '（記者蔡宛庭／嵐港報導）', ['蔡宛庭'], '創校百年的港埔國小'],
    ['〔編譯鄭雅文／綜合報導〕路透社3日報導', '〔編譯鄭雅文／綜合報導〕', ['鄭雅文'], '路透社3日報導'],
    ['〔记者何志明／东溪报导〕东溪乡公所3日', '〔记者何志明／东溪报导〕', ['何志明'], '东溪乡公所3日'],
  ])('%s', (text, creditLine, names, rest) => {
    const lead = parseLeadIn(text)!;
    expect(lead.creditLine).toBe(creditLine);
    expect(lead.dateline).toBe('');
    expect(lead.credits.map((c) => c.name)).toEqual(names);
    expect(lead.rest).toBe(rest);
  });
  it('the credit in brackets without the slash opening running text', () => {
    expect(parseLeadIn('（記者　何志明）東溪鄉公所3日')).toMatchObject({ creditLine: '（記者　何志明）', credits: [{ name: '何志明', role: '記者' }], rest: '東溪鄉公所3日' });
    expect(parseLeadIn('（記者　何志明）')).toBeNull();
    expect(parseLeadIn('【記者手記】走進東溪')).toBeNull();
  });
  it('a bracket naming no press role is no credit', () => {
    expect(parseLeadIn('（圖／嵐港市文化局提供）港埔區')).toBeNull();
    expect(parseLeadIn('（交通局／嵐港報導）市府')).toBeNull();
  });
  it('wire datelines in brackets (路透, 法新社) are lead-ins', () => {
    expect(parseLeadIn('（路透倫敦3日電）英國央行今天宣布')).toMatchObject({ dateline: '（路透倫敦3日電）', rest: '英國央行今天宣布' });
    expect(parseLeadIn('（法新社巴黎4日電）巴黎市政府宣布')).toMatchObject({ dateline: '（法新社巴黎4日電）', rest: '巴黎市政府宣布' });
  });
  it('a story opening with the credit is an item of its own, its writer its byline', () => {
    const issue = parseIssue(
      blank(
        'A3　地方　2026年12月5日　星期六',
        '沿線居民憂施工黑暗期',
        '不過，海濱路沿線商家擔心施工期間影響生意。',
        '東溪鄉溫泉季開幕　首推「泡湯護照」',
        '〔記者何志明／東溪報導〕東溪鄉公所3日在鄉立溫泉公園舉行「2026東溪溫泉季」開幕式，今年首度推出「泡湯護照」。',
        '鄉長劉俊良表示，東溪溫泉水質屬弱鹼性碳酸氫鈉泉，近年遊客逐年增加。',
      ),
      { entities: false },
    );
    const a = issue.articles.find((x) => x.title.startsWith('東溪鄉'))!;
    expect(a.bylines).toEqual(['何志明']);
    expect(a.creditLines).toEqual(['〔記者何志明／東溪報導〕']);
    expect(a.paragraphs[0].startsWith('東溪鄉公所3日')).toBe(true);
    expect(a.date?.iso).toBe('2026-12-03');
  });
});

describe('dates of the Taiwan press', () => {
  it('a relative day with the day of the month in brackets', () => {
    expect(iso('市府昨（4）日宣布')).toEqual([['昨（4）日', '2026-12-04', 'day']]);
    expect(iso('今（5）日起')).toEqual([['今（5）日', '2026-12-05', 'day']]);
    expect(iso('前(3)日')).toEqual([['前(3)日', '2026-12-03', 'day']]);
    // the word and the issue date disagree: the printed day wins
    expect(iso('昨（1）日')).toEqual([['昨（1）日', '2026-12-01', 'day']]);
  });
  it('Republic-era years are the year + 1911', () => {
    expect(iso('本案源於民國112年3月1日發生的車禍')).toEqual([['民國112年3月1日', '2023-03-01', 'day']]);
    expect(iso('民國112年')).toEqual([['民國112年', '2023-01-01', 'year']]);
    expect(iso('中華民國一一五年十二月五日')).toEqual([['民國一一五年十二月五日', '2026-12-05', 'day']]);
    expect(iso('中華民國一百一十五年十二月五日')).toEqual([['民國一百一十五年十二月五日', '2026-12-05', 'day']]);
    // a notice's bare three-digit year before a month
    expect(iso('自115年12月15日起實施')).toEqual([['115年12月15日', '2026-12-15', 'day']]);
    expect(iso('人民國家')).toEqual([]);
  });
  it('a masthead and a signing line dated so', () => {
    expect(runningHeadDate('中華民國115年12月5日　星期六　第26831號　每份新臺幣15元')).toBe('2026-12-05');
    expect(fullDateIso('民國一一五年十二月五日')).toBe('2026-12-05');
    const ctx = { issueDate: ISSUE, year: 2026 };
    expect(dateOnlyLine('中華民國115年12月1日　府交工字第1150235012號', ctx)?.date?.iso).toBe('2026-12-01');
    expect(dateOnlyLine('民國115年12月5日', ctx)?.date?.iso).toBe('2026-12-05');
  });
  it('the masthead dated 中華民國 is page furniture giving the issue date', () => {
    const issue = parseIssue(
      blank('嵐港日報', '中華民國115年12月5日　星期六　第26831號　每份新臺幣15元', '市府公布輕軌計畫', '本報訊　交通部4日核定嵐港輕軌二期綜合規劃，市府將啟動細部設計。', '市長表示將力拚明年底動工。'),
      { entities: false },
    );
    expect(issue.issue.date).toBe('2026-12-05');
    expect(issue.articles.map((a) => [a.kicker, a.title])).toEqual([[null, '市府公布輕軌計畫']]);
    expect(issue.furniture.map((f) => f.kind)).toEqual(['running-head', 'running-head']);
  });
  it('a 民國 head and a western head that disagree: issue/era-conflict', () => {
    const issue = parseIssue(
      blank('中華民國114年12月5日　星期六　第26831號', 'A1　要聞　2026年12月5日　星期六', '市府公布輕軌計畫', '本報訊　交通部4日核定嵐港輕軌二期綜合規劃，市府將啟動細部設計。'),
      { entities: false },
    );
    expect(issue.diagnostics.filter((d) => d.code === 'issue/era-conflict').map((d) => d.line)).toEqual([3]);
    const agree = parseIssue(
      blank('中華民國115年12月5日　星期六　第26831號', 'A1　要聞　2026年12月5日　星期六', '市府公布輕軌計畫', '本報訊　交通部4日核定嵐港輕軌二期綜合規劃，市府將啟動細部設計。'),
      { entities: false },
    );
    expect(agree.diagnostics.filter((d) => d.code === 'issue/era-conflict')).toEqual([]);
  });
});

describe('furniture and notices of the Taiwan press', () => {
  it('jumps 續見 and 接上版', () => {
    expect(findJumpMarkers('（續見A3版）').map((j) => [j.text, j.direction])).toEqual([['（續見A3版）', 'out']]);
    expect(findJumpMarkers('（接上版）').map((j) => [j.text, j.direction, j.page])).toEqual([['（接上版）', 'in', null]]);
  });
  it('a story jumping （續見A3版） is joined to its far half under （接上版）', () => {
    const issue = parseIssue(
      blank(
        'A1　要聞　2026年12月5日　星期六',
        '嵐港輕軌二期　最快明年底動工',
        '本報訊　交通部4日核定嵐港輕軌二期綜合規劃，市府須確保輕軌與汽機車、行人及自行車',
        '（續見A3版）',
        '政院拍板長照3.0',
        '本報訊　行政院會4日通過長照3.0，明年1月起分三階段實施。',
        'A3　地方　2026年12月5日　星期六',
        '（接上版）',
        '安全共用路權。',
        '沿線居民憂施工黑暗期',
        '海濱路沿線商家擔心施工期間影響生意。',
      ),
      { entities: false },
    );
    const a = issue.articles[0];
    expect(a.paragraphs[0].endsWith('行人及自行車安全共用路權。')).toBe(true);
    expect(a.crossheads.map((c) => c.text)).toEqual(['沿線居民憂施工黑暗期']);
    expect(issue.articles.length).toBe(2);
    expect(issue.furniture.filter((f) => f.kind === 'jump').map((f) => f.text)).toEqual(['（續見A3版）', '（接上版）']);
  });
  it('本版編輯／X is the page editor line', () => {
    expect(isEditorLine('本版編輯／王美玲')).toBe(true);
    expect(isEditorLine('責任編輯／王美玲')).toBe(true);
  });
  it('a notice signed …謹啟 over a 民國 date is dated by it', () => {
    const issue = parseIssue(
      blank('本報小啟', '本報港埔服務處自下週起遷至港埔區中正路218號2樓，服務電話不變，敬請見諒。', '嵐港日報社　謹啟', '民國115年12月5日'),
      { entities: false, issueDate: ISSUE },
    );
    expect(issue.articles.map((a) => [a.title, a.date?.iso, a.creditLines])).toEqual([['本報小啟', '2026-12-05', ['嵐港日報社　謹啟', '民國115年12月5日']]]);
  });
  it('a 公告 signed with its date and 文號 on one line is dated by it', () => {
    const issue = parseIssue(
      blank(
        '嵐港市政府公告',
        '主旨：公告本市海濱路自即日起實施交通管制。',
        '公告事項：每日上午9時至下午4時封閉外側車道一線。',
        '市長　蘇文彥',
        '中華民國115年12月1日　府交工字第1150235012號',
      ),
      { entities: false, issueDate: ISSUE },
    );
    expect(issue.articles.map((a) => [a.title, a.date?.iso, a.bylines])).toEqual([['嵐港市政府公告', '2026-12-01', ['蘇文彥']]]);
  });
  it('國際短波 and 地方掃描 label briefs columns', () => {
    const issue = parseIssue(
      blank(
        '地方掃描',
        '流感疫苗　65歲以上免費接種',
        '【本報訊】嵐港市衛生局昨（4）日表示，公費流感疫苗第二階段開放65歲以上長者接種。',
        '港埔國小百年校慶　校友返校',
        '（記者蔡宛庭／嵐港報導）創校百年的港埔國小昨天舉辦校慶活動，逾千名校友返校。',
      ),
      { entities: false, issueDate: ISSUE },
    );
    expect(issue.articles.map((a) => [a.kind, a.title, a.date?.iso, a.bylines])).toEqual([
      ['brief', '流感疫苗　65歲以上免費接種', '2026-12-04', []],
      ['brief', '港埔國小百年校慶　校友返校', '2026-12-04', ['蔡宛庭']],
    ]);
  });
  it('a briefs column ends at its first item that is no brief: a notice under the 公告 is no brief', () => {
    const issue = parseIssue(
      blank(
        '地方掃描',
        '流感疫苗　65歲以上免費接種',
        '【本報訊】嵐港市衛生局昨（4）日表示，公費流感疫苗第二階段開放65歲以上長者接種。',
        '嵐港市政府公告',
        '主旨：公告本市海濱路自即日起實施交通管制。',
        '依據：道路交通管理處罰條例第82條。',
        '公告事項：每日上午9時至下午4時封閉外側車道一線。',
        '市長　蘇文彥',
        '中華民國115年12月1日　府交工字第1150235012號',
        '本報小啟',
        '本報港埔服務處自下週起遷至港埔區中正路218號2樓，服務電話不變，敬請見諒。',
        '嵐港日報社　謹啟',
        '民國115年12月5日',
      ),
      { entities: false, issueDate: ISSUE },
    );
    expect(issue.articles.map((a) => [a.kind, a.title])).toEqual([
      ['brief', '流感疫苗　65歲以上免費接種'],
      ['article', '嵐港市政府公告'],
      ['article', '本報小啟'],
    ]);
  });
  it('a caption credited （圖／…提供） is a photo', () => {
    const issue = parseIssue(blank('老街彩繪　吸睛打卡', '港埔區大榕老街兩側牆面近日完成彩繪，以漁村生活為主題，吸引不少民眾前往拍照打卡。（圖／嵐港市文化局提供）'), { entities: false });
    expect(issue.articles.map((a) => a.kind)).toEqual(['photo']);
  });
});

describe('evidence for the near-ties the refit tipped', () => {
  const cue = (name: string) => LEXICAL_CUES.find(([n]) => n === name)![1];
  it('a contact line is the cue contact-line, a sentence with a phone number is not', () => {
    expect(['服务热线：0000-9611111', '咨询电话：0571-8888123', '聯絡電話：02-2345-6789'].map((t) => cue('contact-line').test(t))).toEqual([true, true, true]);
    expect(['热线电话', '本报热线：96111，欢迎来电', '服务热线开通'].map((t) => cue('contact-line').test(t))).toEqual([false, false, false]);
  });
  it('國際短波 and 县市短讯 are briefs labels', () => {
    expect(['國際短波', '地方掃描', '县市短讯', '財經快報'].map((t) => cue('briefs-label').test(t))).toEqual([true, true, true, true]);
    expect(['CT扫描技术', '短波'].map((t) => cue('briefs-label').test(t))).toEqual([false, true]);
  });
});
