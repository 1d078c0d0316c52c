/**
 * Conventions of a 1980s county party paper as an archive holds it, that tester14's paper
 * (fixtures/zoo/archive-county-1980s, Dec 2026) found misread (issue 7): every date in Chinese
 * numerals, the masthead's too (一九八五年三月五日) with the lunar date beside it, an issue number
 * (第1234期) on the masthead line. Invented text in that paper's conventions (free to use).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestTextYear, parseIssue } from '../src/index.js';
import { classifyFurniture, runningHeadDate, runningHeadYear } from '../src/stages/furniture.js';
import { findArticleDate, findDates, findYearMentions } from '../src/extract/dates.js';
import { fullDateIso } from '../src/extract/date-grammar.js';
import type { Article } from '../src/types.js';
import { parseCreditLine } from '../src/extract/bylines.js';
import { layoutBlocks } from '../src/stages/layout.js';
import { pageUnits } from '../src/stages/structure/features.js';
import { segmenter } from '../src/nlp/jieba.js';

const ZOO = 'fixtures/zoo/archive-county-1980s/archive-county-1980s';
const MASTHEAD = '第1234期　一九八五年三月五日　星期二　农历乙丑年正月十四　本期四版';

describe('a date in Chinese numerals printed by a masthead or running head (findings 1, 2)', () => {
  it.each([
    [MASTHEAD, '1985-03-05'],
    ['一九八五年三月五日　星期二', '1985-03-05'],
    ['第二版　一九八五年三月五日　星期二　柘溪报', '1985-03-05'],
    ['二〇二三年十二月三十日　星期六', '2023-12-30'],
    ['某县报　二○○六年十月一日', '2006-10-01'],
    ['某县报　二零零六年十一月二十九日', '2006-11-29'],
    ['滨海日报　2021年11月4日　星期四　第2版', '2021-11-04'],
  ])('%s is of %s', (line, iso) => expect(runningHeadDate(line)).toBe(iso));

  it('names no day that does not exist, and reads no lunar date', () => {
    expect(runningHeadDate('一九八五年二月三十日　星期二')).toBeNull();
    expect(runningHeadDate('农历一九八五年正月十四')).toBeNull();
    expect(fullDateIso('一九八五年十三月五日')).toBeNull();
    expect(fullDateIso('一九8五年三月五日')).toBe('1985-03-05');
  });

  it('makes the masthead line page furniture, its year the issue’s', () => {
    expect(classifyFurniture(MASTHEAD)).toBe('running-head');
    expect(classifyFurniture('一九八五年三月五日　星期二')).toBe('running-head');
    expect(runningHeadYear('某县政报　一九八五年第3期')).toBe(1985);
    // a sentence that names a full date is no head
    expect(classifyFurniture('一九八五年三月五日，县委召开会议。')).toBeNull();
  });
});

describe('the issue date of the archive paper through the parser', () => {
  const text = readFileSync(`${ZOO}.indent.txt`, 'utf8');

  it('is the masthead’s, and the masthead line is no kicker', () => {
    const issue = parseIssue(text, { entities: false });
    expect(issue.issue).toEqual({ date: '1985-03-05', year: 1985, yearSource: 'masthead' });
    expect(issue.diagnostics.filter((d) => d.code.startsWith('issue/'))).toEqual([]);
    expect(issue.articles[0].kicker).toBe('总结去年工作　部署今年任务');
    expect(issue.articles[0].title).toBe('县委召开三级干部会议');
  });

  it('is not moved by a plan’s target year in the text', () => {
    const planned = text.replace('都创历史最好水平。', '都创历史最好水平。到一九九〇年，全县工农业总产值要比一九八〇年翻一番。');
    const issue = parseIssue(planned, { entities: false });
    expect(issue.issue.year).toBe(1985);
    expect(issue.articles.slice(0, 3).map((a) => a.date?.iso)).toEqual(['1985-03-03', '1985-03-03', '1985-02-28']);
  });

  it('puts a December dateline of a January issue in the year before', () => {
    const issue = parseIssue(
      [
        '柘溪报',
        '中共柘溪县委机关报',
        '第1201期　一九八五年一月三日　星期四',
        '县农机公司年终盘点',
        '　　本报讯（本报通讯员　陈桂兰）十二月三十日，县农机公司完成年终盘点，全年销售农机具四百二十台。',
        '　　公司经理杨守义说，一九八五年将增设三个门市部。',
      ].join('\n'),
      { entities: false },
    );
    expect(issue.issue).toEqual({ date: '1985-01-03', year: 1985, yearSource: 'masthead' });
    expect(issue.articles.map((a) => [a.kicker, a.title, a.subtitles, a.date?.iso])).toEqual([
      [null, '县农机公司年终盘点', [], '1984-12-30'],
    ]);
  });
});

describe('a year guessed from the text (no head prints one)', () => {
  const article = (text: string) => ({ title: '', paragraphs: [text] }) as unknown as Article;

  it('skips a plan’s target year while the text names another', () => {
    expect(findYearMentions('到一九九〇年，全县工农业总产值要比一九八〇年翻一番')).toEqual([
      { year: 1990, target: true },
      { year: 1980, target: false },
    ]);
    expect(latestTextYear([article('一九八四年全县粮食总产增长。到一九九〇年，要翻一番。')])).toBe(1984);
    expect(latestTextYear([article('会议要求，到2029年底，全市老旧小区改造全面完成。')])).toBe(2029);
  });
});

describe('a lunar date is no Gregorian one', () => {
  it('is not a dateline nor a date of the text', () => {
    const ref = { issueDate: '1985-03-05', year: 1985 };
    expect(findArticleDate('农历正月十五日，全县举办灯会。', ref, 1).date).toBeNull();
    expect(findDates('农历八月十五日是中秋节，三月五日开会', { issueDate: '1985-03-05' }).dates.map((d) => d.iso)).toEqual(['1985-03-05']);
  });
});

describe('a letter signed by unit and name, a brief by a padded given name (findings 4, 7)', () => {
  it.each([
    ['县农机修造厂　方德明', [{ name: '方德明', role: '县农机修造厂' }]],
    ['城关公社红旗大队　张秀兰', [{ name: '张秀兰', role: '城关公社红旗大队' }]],
    ['（石门公社供销社　李明）', [{ name: '李明', role: '石门公社供销社' }]],
    ['（文　华）', [{ name: '文华', role: '' }]],
    ['本报通讯员　文　华', [{ name: '文华', role: '本报通讯员' }]],
    ['文　金驰', [{ name: '金驰', role: '文' }]],
  ])('%s', (line, credits) => expect(parseCreditLine(line)).toEqual(credits));

  it('is no signature when the words after the unit are no name', () => {
    expect(parseCreditLine('县农机修造厂　扩建车间')).toBeNull();
    expect(parseCreditLine('县农机修造厂')).toBeNull();
  });
});

describe('evidence of the stacks and lines of the archive paper (findings 3, 5, 6)', () => {
  const units = (lines: string[]) => {
    const blocks = layoutBlocks(lines.join('\n'), {}, segmenter).blocks;
    return pageUnits(blocks).map((u) => [u.block.text.trim(), u.features] as const);
  };
  const featuresOf = (us: ReturnType<typeof units>, text: string) => us.find(([t]) => t === text)![1];

  it('reads a line opening with a deck verb under a headline as its deck, and the line over it as no kicker', () => {
    const us = units(['國務院發出通知', '要求各地切实做好春耕生产准备工作', '　　新华社北京三月三日电　国务院日前发出通知，要求各地认真总结去年农业生产的经验。']);
    expect(featuresOf(us, '國務院發出通知')).toContain('hl&n:deck-verb');
    expect(featuresOf(us, '國務院發出通知')).not.toContain('short-over-hl');
    expect(featuresOf(us, '要求各地切实做好春耕生产准备工作')).toContain('deck-verb&p:hl');
    // a kicker's long line over a short title is no deck
    const wire = units(['国家防总针对南方四省启动防汛四级应急响应', '南方多地迎来新一轮强降雨', '　　新华社北京6月20日电　记者从国家防总办公室获悉。']);
    expect(wire.flatMap(([, f]) => f).filter((x) => x.includes('deck-verb'))).toEqual([]);
  });

  it('reads the first line under a jump’s incoming marker as the continued text', () => {
    const us = units(['县委召开三级干部会议', '（接第一版）', '的经济工作尽快转到以提高经济效益为中心的轨道上来。', '　　县长林振邦在会上就今年的经济计划作了具体部署。']);
    expect(featuresOf(us, '的经济工作尽快转到以提高经济效益为中心的轨道上来。')).toContain('after:jump-in');
    const out = units(['　　积极发展乡镇企业，搞活流通，使柘溪县', '（转第四版）', '國務院發出通知', '要求各地切实做好春耕生产准备工作']);
    expect(featuresOf(out, '國務院發出通知')).not.toContain('after:jump-in');
  });

  it('reads a padded pen name under finished text as a signature', () => {
    const us = units(['要为专业户撑腰', '　　各级干部要当好专业户的“后勤部长”，让他们放心大胆地发展生产，劳动致富。', '柘　石']);
    expect(featuresOf(us, '柘　石')).toContain('padded-signature');
    // under a headline it is an author's byline line, no signature under text
    expect(featuresOf(units(['要为专业户撑腰', '柘　石', '　　专业户是农村商品生产的带头人。']), '柘　石')).not.toContain('padded-signature');
  });
});

describe('the archive paper through the parser (shipped model), every layout', () => {
  it.each(['blank', 'indent', 'wrap'])('%s', (layout) => {
    const bytes = readFileSync(`${ZOO}.${layout}.txt`);
    const issue = parseIssue(bytes, { entities: false });
    const got = issue.articles.map((a) => [a.kicker, a.title, a.subtitles, a.bylines, a.date?.iso ?? null]);
    expect(got).toEqual([
      ['总结去年工作　部署今年任务', '县委召开三级干部会议', ['号召全县人民为实现农业总产值翻番而奋斗'], ['李国栋', '赵文华'], '1985-03-03'],
      [null, '國務院發出通知', ['要求各地切实做好春耕生产准备工作'], [], '1985-03-03'],
      [null, '石门公社涌现一批养鸡专业户', [], ['吴秀英'], '1985-02-28'],
      [null, '春耕备耕忙', [], ['孙立民'], '1985-03-02'],
      [null, '要为专业户撑腰', [], ['柘石'], null],
      [null, '山沟里飞出“金凤凰”', ['——记青龙公社林场场长沈大山'], ['黄建民'], '1985-02-26'],
      [null, '农机配件为何这样难买', [], ['方德明'], null],
      [null, '县农机公司增设配件门市部', [], ['陈桂兰'], '1985-03-01'],
      [null, '城关公社评出“五好家庭”一百二十户', [], ['文华'], '1985-02-27'],
      [null, '县电影公司送电影下乡', [], ['国栋'], '1985-03-01'],
      [null, '县种子公司调进杂交稻种八万斤', [], ['秀英'], '1985-03-02'],
      [null, '鄉鎮企業發展迅速', [], [], '1985-02-25'],
      [null, '白岩大队修通公路', [], ['潘志远'], '1985-03-02'],
      [null, '更正', [], [], null],
    ]);
    expect(issue.articles[0].paragraphs.join('')).toContain('搞活流通，使柘溪县的经济工作尽快转到以提高经济效益为中心的轨道上来。');
  });
});

describe('entities of the archive paper (finding 8)', () => {
  const article = (text: string) =>
    parseIssue(['白岩大队修通公路', `　　本报讯　${text}`].join('\n'), { issueDate: '1985-03-05' }).articles[0];

  it('reads the offices of a commune and a brigade with their unit', () => {
    const a = article('公社党委书记孟庆祥说，公社今年打算再扶持五十户。');
    expect(a.leaders.map((l) => [l.name, l.titles])).toEqual([['孟庆祥', ['公社党委书记']]]);
  });

  it('reads a distance in 华里 or 公里 as no place', () => {
    const a = article('三月二日，青龙公社白岩大队十二华里的机耕公路全线修通，另有3公里正在施工。');
    expect(a.places.map((p) => p.name)).not.toContain('华里');
    expect(a.places.map((p) => p.name)).not.toContain('公里');
  });
});
