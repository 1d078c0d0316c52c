/** parseIssue as a whole: issue date and year sources, diagnostics' lines. */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { dateFromFilename, HeldInput, parseIssue } from '../src/index.js';
import { takeBytes } from '../src/cli/parse-input.js';

describe('issue date and year', () => {
  it.each([
    ['2023-05-30.txt', '2023-05-30'],
    ['nt20230530.txt', '2023-05-30'],
    ['archive/2023_05_30 第1版.txt', '2023-05-30'],
    ['2023年5月30日.txt', '2023-05-30'],
    ['2023年05月30日第2版.txt', '2023-05-30'],
    ['2023-02-30.txt', null],
    ['issue-12.txt', null],
  ])('%s → %s', (file, iso) => {
    expect(dateFromFilename(file)).toBe(iso);
  });

  it('takes the year from --issue-date, then a running head, then the file name, then the text', () => {
    const text = '滨海日报　2021年11月4日　星期四\n\n县长调研\n\n11月3日，县长调研2019年项目。\n\n·李文·\n';
    const opt = parseIssue(text, { issueDate: '2022-01-05', entities: false });
    expect(opt.issue).toEqual({ date: '2022-01-05', year: 2022, yearSource: 'option' });
    const head = parseIssue(text, { entities: false });
    expect(head.issue).toEqual({ date: '2021-11-04', year: 2021, yearSource: 'masthead' });
    expect(head.articles[0].date?.iso).toBe('2021-11-03');
    const plain = parseIssue('县长调研\n\n11月3日，县长调研2019年项目。\n', { entities: false });
    expect(plain.issue).toEqual({ date: null, year: 2019, yearSource: 'text' });
  });

  // tester12: 2023-01-01.txt holding an issue printed 2024年5月4日 had every article's date null
  // (each 5月3日 read as 2023-05-03, after the file name's day). A file name is weak evidence.
  it('takes the printed date over a file name that disagrees, with a warning, and dates the articles', () => {
    const text = '滨海日报　2021年11月4日　星期四\n\n县长调研\n\n11月3日，县长调研。\n';
    const issue = parseIssue(text, { path: '滨海日报 2022-10-09.txt', entities: false });
    expect(issue.issue).toEqual({ date: '2021-11-04', year: 2021, yearSource: 'masthead' });
    expect(issue.articles.map((a) => a.date?.iso)).toEqual(['2021-11-03']);
    const w = issue.diagnostics.filter((d) => d.code === 'issue/date-conflict');
    expect(w.map((d) => [d.severity, d.line])).toEqual([['warning', 1]]);
    expect(w[0].message).toBe('the file name says 2022-10-09, the running head 2021-11-04; using 2021-11-04, the printed date (pass --issue-date to set it)');
    const earlier = parseIssue(text, { path: '2020-01-01.txt', entities: false });
    expect([earlier.issue.date, earlier.articles[0].date?.iso]).toEqual(['2021-11-04', '2021-11-03']);
  });

  it('keeps the file name as the source when it agrees with the print, and uses it when nothing prints a day', () => {
    const text = '滨海日报　2021年11月4日　星期四\n\n县长调研\n\n11月3日，县长调研。\n';
    const same = parseIssue(text, { path: '2021-11-04.txt', entities: false });
    expect(same.issue.yearSource).toBe('filename');
    expect(same.diagnostics.filter((d) => d.code === 'issue/date-conflict')).toEqual([]);
    const unprinted = parseIssue('县长调研\n\n11月3日，县长调研。\n', { path: '2021-11-04.txt', entities: false });
    expect(unprinted.issue).toEqual({ date: '2021-11-04', year: 2021, yearSource: 'filename' });
  });

  // tester28: 2003-01-12.txt holding 澄溪组工通讯　2023年第17期 dated its 9月5日 story 2002-09-05, silently.
  it('takes the year the heads print over a file name of another year, with a warning, and no issue date', () => {
    const text = '澄溪组工通讯　2023年第17期（总第236期）　要闻\n\n全县组织工作推进会召开\n\n本报讯（记者　邵一帆）9月5日，全县组织工作推进会召开。\n';
    const issue = parseIssue(text, { path: 'archive/2003-01-12.txt', entities: false });
    expect(issue.issue).toEqual({ date: null, year: 2023, yearSource: 'masthead' });
    expect(issue.articles.map((a) => a.date?.iso)).toEqual(['2023-09-05']);
    const w = issue.diagnostics.filter((d) => d.code === 'issue/date-conflict');
    expect(w.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['warning', 1, 'the file name says 2003-01-12, the running heads print the year 2023; using 2023, the printed year, and no issue date (pass --issue-date to set it)'],
    ]);
    // a file name of the printed year is still the issue's date
    const agreeing = parseIssue(text, { path: 'archive/2023-09-08.txt', entities: false });
    expect(agreeing.issue).toEqual({ date: '2023-09-08', year: 2023, yearSource: 'filename' });
    expect(agreeing.diagnostics.filter((d) => d.code === 'issue/date-conflict')).toEqual([]);
  });

  it('--issue-date outweighs the print: the conflict is warned, the user date used', () => {
    const text = '滨海日报　2021年11月4日　星期四\n\n县长调研\n\n11月3日，县长调研。\n';
    const issue = parseIssue(text, { path: '2020-01-01.txt', issueDate: '2021-11-05', entities: false });
    expect(issue.issue).toEqual({ date: '2021-11-05', year: 2021, yearSource: 'option' });
    expect(issue.diagnostics.filter((d) => d.code === 'issue/date-conflict').map((d) => d.message)).toEqual([
      'the --issue-date says 2021-11-05, the running head 2021-11-04; using 2021-11-05',
    ]);
  });

  // tester12: --issue-date 2024-05-02 left the 5月3日 items undated with nothing said per item.
  it('says per article why a dateline after the issue date leaves its date null', () => {
    const text = '县长调研\n\n11月5日上午，县长调研。\n\n停水通知\n\n因管网维修，11月6日城区停水。\n\n镇长座谈\n\n11月2日，镇长座谈。\n';
    const issue = parseIssue(text, { issueDate: '2021-11-04', entities: false });
    expect(issue.articles.map((a) => a.date?.iso ?? null)).toEqual([null, null, '2021-11-02']);
    const infos = issue.diagnostics.filter((d) => d.code === 'dates/after-issue-date');
    expect(infos.map((d) => [d.severity, d.line])).toEqual([
      ['info', 3],
      ['info', 7],
    ]);
    expect(infos[0].message).toBe(
      'date left null: its dateline 11月5日上午 (2021-11-05) is after the issue date 2021-11-04 (from --issue-date), read as a day the item announces (or --issue-date is wrong)',
    );
    const printed = parseIssue(`滨海日报　2021年11月4日\n\n${text}`, { entities: false });
    expect(printed.diagnostics.filter((d) => d.code === 'dates/after-issue-date').map((d) => d.message)[0]).toContain(
      '(from the running head), read as a day the item announces (or the issue date is: pass --issue-date)',
    );
  });
});

describe('the issue year of a bulletin that numbers its issues', () => {
  // A 政报 prints no day in its running heads, only the year with the issue number; its text names
  // plan targets of later years (到2029年底). Invented text in the style of a provincial 政报.
  const head = '澜州市人民政府公报　　2025年第7期';
  const page = (doc: string) => `${head}\n\n${doc}\n\n—3—\n\n`;
  const meeting = '市政府召开常务会议\n\n　　4月8日，市政府召开常务会议，研究部署城市更新工作。会议要求，到2029年底，全市老旧小区改造全面完成。\n';
  const forum = '市政府召开政务公开推进会\n\n　　4月11日，市政府召开政务公开工作推进会。会议提出，2027年前建成全市统一的政策文件库。\n';

  it('takes the year the running heads print over a later year of the running text', () => {
    const issue = parseIssue(page(meeting) + page(forum) + page(meeting.replace('4月8日', '4月15日')), { entities: false });
    expect(issue.issue).toEqual({ date: null, year: 2025, yearSource: 'masthead' });
    expect(issue.articles.map((a) => a.date?.iso)).toEqual(['2025-04-08', '2025-04-11', '2025-04-15']);
    expect(issue.diagnostics.filter((d) => d.code.startsWith('issue/'))).toEqual([]);
  });

  it('warns when the running heads print different years, and uses the year most print', () => {
    const stale = page(forum).replace('2025年第7期', '2024年第7期');
    const issue = parseIssue(page(meeting) + stale + page(meeting.replace('4月8日', '4月15日')), { entities: false });
    expect(issue.issue.year).toBe(2025);
    const w = issue.diagnostics.filter((d) => d.code === 'issue/year-conflict');
    expect(w.map((d) => [d.severity, d.line])).toEqual([['warning', 10]]);
    expect(w[0].message).toContain('2025 2×, 2024 1×');
  });

  it('says so when the year is only the latest one the text names', () => {
    const issue = parseIssue(meeting, { entities: false });
    expect(issue.issue).toEqual({ date: null, year: 2029, yearSource: 'text' });
    expect(issue.diagnostics.filter((d) => d.code === 'issue/year-from-text').map((d) => d.severity)).toEqual(['info']);
  });
});

describe('article dates', () => {
  it('reads a date that opens the second paragraph when the first names none', () => {
    const text = '小小芦笋撑起致富路\n\n“今年的芦笋卖了好价钱！”村民笑着说。\n\n7月20日，记者从镇农业服务中心获悉，全镇芦笋喜获丰收。\n\n·李文·\n';
    expect(parseIssue(text, { issueDate: '2023-07-25', entities: false }).articles[0].date?.iso).toBe('2023-07-20');
  });
  it('does not look past a first paragraph that says 近日', () => {
    const text = '小小芦笋撑起致富路\n\n近日，全镇芦笋喜获丰收。\n\n7月20日，镇里召开会议。\n\n·李文·\n';
    expect(parseIssue(text, { issueDate: '2023-07-25', entities: false }).articles[0].date).toBeNull();
  });
  it('a date inside the second paragraph is no dateline', () => {
    const text = '市民观察团用活监督机制\n\n明亮的楼道、整洁的路面扑面而来。\n\n市民观察团成立于2021年9月，共有团员15名。\n\n·李文·\n';
    expect(parseIssue(text, { entities: false }).articles[0].date).toBeNull();
  });
});

describe('diagnostics point at the line they are about', () => {
  it('an impossible dateline, on its paragraph line', () => {
    const issue = parseIssue('县政府召开常务会议\n\n2月30日，县政府召开常务会议。\n\n·李文·\n', {
      issueDate: '2023-03-02',
      entities: false,
    });
    expect(issue.articles[0].date).toBeNull();
    expect(issue.diagnostics.map((d) => [d.code, d.line])).toEqual([['dates/impossible-date', 3]]);
  });

  it('a jump with no other half, on the marker line', () => {
    const issue = parseIssue('全县召开会议\n\n11月3日，全县召开会议。会议强调，要坚定信心、\n\n（下转第3版）\n', { entities: false });
    expect(issue.diagnostics.filter((d) => d.code === 'jump/unmatched').map((d) => d.line)).toEqual([5]);
  });
});

describe('an input handed over in a holder (HeldInput)', () => {
  it('parses as the bytes do, with their size and sha256, and lets go of them once decoded', () => {
    const bytes = Buffer.from('滨海日报　2021年11月4日　星期四\n\n县长调研\n\n11月3日，县长调研2019年项目。\n\n·李文·\n', 'utf8');
    const held = new HeldInput(bytes);
    const fromHeld = parseIssue(held, { entities: false });
    expect(fromHeld).toEqual(parseIssue(bytes, { entities: false }));
    expect(fromHeld.source.bytes).toBe(bytes.length);
    expect(fromHeld.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(() => held.peek()).toThrow(/taken/);
  });

  it('takeBytes leaves the read holding no bytes', () => {
    const read = { ok: true as const, bytes: Buffer.from('县长调研\n', 'utf8') };
    const held = takeBytes(read);
    expect(read.bytes.length).toBe(0);
    expect(held.peek().length).toBe(13);
  });
});
