/**
 * A fresh user's two pages (tester7, Dec 2026; fixtures/notices-traditional, see its README): a
 * Macau/Hong Kong-style daily in traditional script, and a county paper's 公告·广告 page. Before:
 * the daily came out as 3 articles for 10 items (every cue of the structure model is written in
 * simplified characters), the notices page as 7 with two signature blocks read as photo items and
 * a 更正 and a 讣告 swallowed as cross-heads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { parseCreditLine, parseLeadIn, wireBracketCredits } from '../src/extract/bylines.js';
import { classifyFurniture } from '../src/stages/furniture.js';

const DIR = path.join(__dirname, '..', 'fixtures', 'notices-traditional');
const parse = (name: string) => parseIssue(readFileSync(path.join(DIR, name)), { path: name, entities: false });

describe('a daily printed in traditional script', () => {
  const issue = parse('hk-daily.blank.txt');

  it('finds every item: headlines after a finished story are titles, not cross-heads', () => {
    expect(issue.articles.map((a) => a.title)).toEqual([
      '輕軌東線明年首季試運',
      '社屋輪候冊新增逾三千戶',
      '台南老街修復完成　年底開放參觀',
      '冬至前夕　街坊搓湯圓',
      '三代人的涼茶鋪',
      '氹仔工地吊臂倒塌　兩工人輕傷',
      '',
      '',
      '',
      '公共房屋政策須與時並進',
    ]);
    // the 特稿's own cross-heads stay its cross-heads
    expect(issue.articles[4].crossheads.map((c) => c.text)).toEqual(['一碗涼茶六十年', '年輕一代接棒']);
    expect(issue.articles[4].bylines).toEqual(['何詠詩']);
    // the credit line under a headline is the story's credit
    expect(issue.articles[1].creditLines).toEqual(['文／梁志偉　圖／黃俊傑']);
    // column labels (the genre 特稿 over the feature, a briefs column, the editorial's 社評) are labels
    expect(issue.furniture.filter((f) => f.kind === 'section').map((f) => f.text)).toEqual(['特稿', '本澳短訊', '社評']);
    expect(issue.unassigned).toEqual([]);
  });

  it('reads 【本報訊】 as the lead-in, with the reporter credited after it', () => {
    expect(issue.articles[0].dateline).toBe('【本報訊】');
    expect(issue.articles[0].bylines).toEqual(['陳嘉欣']);
    expect(issue.articles[0].paragraphs[0]).toMatch(/^交通事務局昨日（二日）召開記者會/u);
    expect(issue.articles[2].dateline).toBe('（中央社記者林芳如台南2日電）');
    expect(issue.articles[2].date?.iso).toBe('2026-12-02');
    // the wire's reporter, and its editor credited at the story's end with the wire's date code
    expect(issue.articles[2].credits).toEqual([
      { name: '林芳如', role: '記者' },
      { name: '陳怡君', role: '編輯' },
    ]);
    expect(issue.articles[2].creditLines).toEqual(['（編輯：陳怡君）1151202']);
    expect(issue.articles[2].paragraphs.at(-1)).toMatch(/^文化局長葉佩珊說/u);
    expect(issue.articles[5].dateline).toBe('【本報訊】');
    expect(issue.articles[5].date?.iso).toBe('2026-12-02');
  });
});

describe('the same daily in Big5, hard-wrapped', () => {
  it('finds the same items; a credit whose slash Big5 decodes as ∕ (U+2215) is still a credit', () => {
    const issue = parse('hk-daily.wrapped.big5hkscs.txt');
    expect(issue.source.encoding).toBe('big5');
    expect(issue.articles.map((a) => a.title)).toEqual(parse('hk-daily.blank.txt').articles.map((a) => a.title));
    expect(issue.articles[1].creditLines).toEqual(['文∕梁志偉　圖∕黃俊傑']);
    expect(issue.articles[1].bylines).toEqual(['梁志偉', '黃俊傑']);
    expect(issue.articles[1].credits.map((c) => c.role)).toEqual(['文', '圖']);
  });

  it('makes the ■ items under a briefs label in traditional script (本澳短訊) briefs', () => {
    const issue = parse('hk-daily.blank.txt');
    expect(issue.articles.slice(6, 9).map((a) => [a.kind, a.title])).toEqual([
      ['brief', ''],
      ['brief', ''],
      ['brief', ''],
    ]);
  });
});

describe('lead-ins in brackets', () => {
  it('takes the paper\'s own 訊 in 【】 with the credit glued after it, and an agency\'s lead-in in （）', () => {
    expect(parseLeadIn('【大公報訊】記者王小明報道：昨日立法會通過議案。')).toEqual({
      dateline: '【大公報訊】',
      creditLine: '記者王小明報道：',
      credits: [{ name: '王小明', role: '記者 報道' }],
      rest: '昨日立法會通過議案。',
    });
    expect(parseLeadIn('【本报讯】记者李明报道：昨日，县委召开会议。')?.credits).toEqual([{ name: '李明', role: '记者 报道' }]);
    // an agency's lead-in in brackets opening the story (Taiwan papers' Central News Agency copy)
    // …its reporter read where the name runs into a known place (林芳如 + 台南: 林芳 + 如台南 is no place)
    expect(parseLeadIn('（中央社記者林芳如台南2日電）台南市文化局今天表示，')).toEqual({
      dateline: '（中央社記者林芳如台南2日電）',
      creditLine: null,
      credits: [{ name: '林芳如', role: '記者' }],
      rest: '台南市文化局今天表示，',
    });
    expect(wireBracketCredits('（中央社記者王明台北12月2日電）')).toEqual([{ name: '王明', role: '記者' }]);
    expect(wireBracketCredits('（新华社记者李华、张小军北京2日电）')).toEqual([
      { name: '李华', role: '记者' },
      { name: '张小军', role: '记者' },
    ]);
    // no known place after any cut of a name's shape: no credit read
    expect(wireBracketCredits('（中央社記者林芳如某某2日電）')).toEqual([]);
    expect(wireBracketCredits('（中央社台北2日電）')).toEqual([]);
    // the story's editor in brackets at its end (a Taiwan paper's, the wire's date code after it): a credit
    expect(parseCreditLine('（編輯：陳怡君）1151202')).toEqual([{ name: '陳怡君', role: '編輯' }]);
    expect(parseCreditLine('（编辑：王小明）')).toEqual([{ name: '王小明', role: '编辑' }]);
    expect(parseCreditLine('（责任编辑：李　华）')).toEqual([{ name: '李华', role: '责任编辑' }]);
    expect(parseCreditLine('（编辑：本报评论部）')).toBeNull();
    // …but not the wire's closing credit alone on its line
    expect(parseLeadIn('（新华社电）')).toBeNull();
    // a column label in 【】 is no lead-in
    expect(parseLeadIn('【热点关注】青山镇开展活动')).toBeNull();
  });
});

describe('a county paper\'s announcements page', () => {
  // the five 遗失声明 under their label, one paragraph each, no title of their own (tester7's finding 1)
  const titles = ['', '', '', '', '', '讣　告', '云岭县城南片区污水管网改造工程招标公告', '拍卖公告', '注销公告', '更　正', '干部任前公示'];
  const signed = (issue: ReturnType<typeof parse>) => issue.articles.map((a) => a.creditLines);
  const expectNotices = (issue: ReturnType<typeof parse>) => {
    expect(issue.articles.map((a) => a.title)).toEqual(titles);
    // the untitled notices of the run are the column's briefs; a titled notice is an article (the contract's kinds)
    expect(issue.articles.map((a) => a.kind)).toEqual(titles.map((t) => (t === '' ? 'brief' : 'article')));
    expect(issue.articles.slice(0, 5).map((a) => a.paragraphs.length)).toEqual([1, 1, 1, 1, 1]);
    expect(issue.articles.slice(0, 5).every((a) => /声明作废。$/u.test(a.paragraphs[0]))).toBe(true);
    expect(signed(issue).slice(5)).toEqual([
      ['张德厚同志治丧委员会', '2026年12月1日'],
      ['2026年12月3日'],
      ['云岭县恒信拍卖有限公司', '2026年12月3日'],
      ['云岭县山泉饮品有限公司清算组', '2026年12月3日'],
      ['本报编辑部'],
      ['中共云岭县委组织部', '2026年12月2日'],
    ]);
    // the tender's numbered clauses stay its cross-heads
    expect(issue.articles[6].crossheads.map((c) => c.text)).toEqual(['一、招标条件', '二、项目概况与招标范围', '三、投标人资格要求', '四、招标文件的获取', '五、联系方式']);
    // the page foot (hotline and editors) is furniture, not a notice's paragraph; 遗失声明 labels the run
    expect(issue.furniture.map((f) => [f.kind, f.text])).toEqual([
      ['running-head', '云岭县报　2026年12月3日　星期四　第4版　公告·广告'],
      ['section', '遗失声明'],
      ['editor', '广告热线：0879-6100000　责任编辑：段丽华　校对：马艳'],
    ]);
    expect(issue.unassigned).toEqual([]);
  };

  it('gives each notice, letter-spaced genre titles included, and its signature as its credit', () => {
    expectNotices(parse('county-notices.blank.txt'));
  });

  // tester7's findings 4 and 6 on the GB18030 page hard-wrapped at 22 characters: 本报编辑部 under the
  // 更正 was read as a column label of the next item, and the auction's last paragraph, whose first
  // line of dates is narrower than the column (竞买人须于2026年12月17日17时前), as a title of its own.
  it('reads the hard-wrapped GB18030 page as the blank-line one', () => {
    expectNotices(parse('county-notices.wrapped.gb18030.txt'));
  });

  it('keeps a 更正 citing an earlier issue (本报…第2版《…) in its body when the line is hard-wrapped', () => {
    const issue = parse('county-notices.wrapped.gb18030.txt');
    expect(issue.source.encoding).toBe('gb18030');
    const correction = issue.articles.find((a) => a.title === '更　正');
    expect(correction?.paragraphs[0]).toMatch(/^本报11月28日第2版《我县冬春农田水利建设全面铺开》一文中/u);
    expect(issue.furniture.some((f) => f.text.includes('本报11月28日'))).toBe(false);
  });

  it('reads a line that runs on (an open 《) as no running head', () => {
    expect(classifyFurniture('　　本报11月28日第2版《我县冬春农田水利')).toBeNull();
    expect(classifyFurniture('滨海日报　第2版　要闻')).toBe('running-head');
    expect(classifyFurniture('广告热线：0879-6100000　责任编辑：段丽华　校对：马艳')).toBe('editor');
    expect(classifyFurniture('广告热线：0879-6100000')).toBeNull();
  });
});
