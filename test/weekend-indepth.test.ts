import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseIssue } from '../src/index.js';
import { parseCreditLine } from '../src/extract/bylines.js';
import { findYearMentions } from '../src/extract/dates.js';
import { validateIssue } from '../src/validate.js';

// tester21's weekend in-depth edition (fixtures/zoo/weekend-indepth, a provincial daily's 周末版):
// held out before these fixes, found 87, no extra 76, kicker 53, bounds 71 (zoo total). Each block
// is one convention of such pages the parser did not read (tester21's report, faults 1-10).
const parse = (text: string) => parseIssue(text, { entities: false, issueDate: '2025-12-06' });
const page = (...units: string[]) => `${units.join('\n\n')}\n`;

const FEATURE_HEAD = ['青崖村的天梯', '本报记者　柯远帆　谭　雪', '一、四百米绝壁上的藤梯', '冬日的栖云山，云雾从谷底翻涌而上。站在青崖村口的观景台往下看，一条钢架步道沿着绝壁盘旋而下。'];
const CHAPTER_TWO = ['二、一条路改变一个村', '转机出现在2015年。那一年，栖云县把青崖村列为全县脱贫攻坚重点村，决定修一条通往山外的钢架步道。'];

describe("a picture's credit at a paragraph's end inside a story (fault 1)", () => {
  it.each([
    ['a caption credited in brackets', '青崖村村民沿着新修的旅游步道走出山外。（本报记者　谭　雪　摄）'],
    ['a caption credited run in, no brackets', '图为青崖村村民沿着新修的旅游步道走出山外。　本报记者　谭　雪　摄'],
    ['running text that ends in a photo credit', '冬日的栖云山，云雾从谷底翻涌而上，游客三三两两。（本报记者　谭　雪　摄）'],
  ])('%s does not end the story: the next chapter is its cross-head', (_, credited) => {
    const issue = parse(page(...FEATURE_HEAD, credited, ...CHAPTER_TWO));
    expect(issue.articles).toHaveLength(1);
    const a = issue.articles[0];
    expect(a.title).toBe('青崖村的天梯');
    expect(a.crossheads.map((c) => c.text)).toEqual(['一、四百米绝壁上的藤梯', '二、一条路改变一个村']);
    expect(a.paragraphs.at(-1)).toBe(CHAPTER_TWO[1]);
    expect(a.bylines).toEqual(['柯远帆', '谭雪']);
  });

  it("a writer's run-in credit still ends the story (…。（记者　王峰）)", () => {
    const issue = parse(page('城南书市周末开张', '昨天，城南书市在老城区运河边开张，三十余家书店参加。（记者　韩以宁）', '老街夜市重新开放', '本报讯（记者　韩以宁）昨晚，老街夜市重新开放，摊位一百二十个。'));
    expect(issue.articles.map((a) => a.title)).toEqual(['城南书市周末开张', '老街夜市重新开放']);
  });
});

describe('a column label and a kicker at the top of a page (fault 2)', () => {
  const heads = ['江澜日报·周末', '2025年12月6日　星期六　第5版', '深度·调查'];
  const stack = ['特别报道', '从“悬崖村”到“云上村”', '青崖村的天梯', '——栖云山区一个村庄的二十年脱贫与振兴路', '本报记者　柯远帆　谭　雪'];
  const text = '冬日的栖云山，云雾从谷底翻涌而上。站在青崖村口的观景台往下看，一条钢架步道沿着绝壁盘旋而下，游客三三两两，边走边拍照。';

  it.each([
    ['under the page heads', [...heads, ...stack, text]],
    ['with no page heads', [...stack, text]],
  ])('%s: the label is a column label, the frame the kicker', (_, units) => {
    const issue = parse(page(...units));
    expect(issue.unassigned).toEqual([]);
    expect(issue.articles).toHaveLength(1);
    const a = issue.articles[0];
    expect(a.kicker).toBe('从“悬崖村”到“云上村”');
    expect(a.title).toBe('青崖村的天梯');
    expect(a.subtitles).toEqual(['——栖云山区一个村庄的二十年脱贫与振兴路']);
    expect(issue.furniture.filter((f) => f.kind === 'section').map((f) => f.text)).toEqual(['特别报道']);
  });
});

describe('an infographic and its credits (faults 3 and 4)', () => {
  it('reads 制图　X with a space as the designer, as 制图：X', () => {
    expect(parseCreditLine('制图　温　岚')).toEqual([{ name: '温岚', role: '制图' }]);
    expect(parseCreditLine('制表　邵明珂')).toEqual([{ name: '邵明珂', role: '制表' }]);
    expect(parseCreditLine('本版制图　唐　咏')).toEqual([{ name: '唐咏', role: '本版制图' }]);
    // a role word that is no whole token is no role
    expect(parseCreditLine('制图说明')).toBeNull();
  });

  const graphic = ['数说乡村旅游', '今年1—10月，全省乡村旅游接待游客1.86亿人次，同比增长12.4%；实现收入1032亿元，同比增长15.1%。', '数据来源：省文化和旅游厅', '制图　温　岚'];
  const analysis = [
    '“流量”来了，“留量”怎么办',
    '□ 本报记者　陆知秋',
    '据省文化和旅游厅12月2日发布的数据，今年前10个月，全省乡村旅游接待游客和实现收入均创历史新高。',
    '■ 同质化、季节性短板仍待补齐',
    '热度之下，问题也随之显现。不少村庄的项目千篇一律，“农家乐、采摘园、玻璃栈道”成了标配。',
    '■ 从“卖风景”到“卖生活”',
    '省旅游研究院研究员钱慕白认为，乡村旅游下一步要在“深”字上做文章，让游客愿意来、留得住、还想再来。',
  ];

  it('after a story, the graphic is a photo item credited to its designer, and the label under it no kicker', () => {
    const issue = parse(page(...analysis, ...graphic, '相关新闻', '我省将推出百条冬季乡村游线路', '本报讯（记者　沈一苇）记者昨天从省文化和旅游厅获悉，今冬明春，我省将推出“暖冬乡村游”主题线路100条。'));
    expect(issue.articles.map((a) => [a.kind, a.title, a.kicker, a.bylines])).toEqual([
      ['article', '“流量”来了，“留量”怎么办', null, ['陆知秋']],
      ['photo', '数说乡村旅游', null, ['温岚']],
      ['article', '我省将推出百条冬季乡村游线路', null, ['沈一苇']],
    ]);
    expect(issue.furniture.filter((f) => f.kind === 'section').map((f) => f.text)).toEqual(['相关新闻']);
  });

  it("is no cross-head of the story above when that story's cross-heads are printed in another form (■)", () => {
    const issue = parse(page(...analysis, ...graphic));
    expect(issue.articles.map((a) => a.title)).toEqual(['“流量”来了，“留量”怎么办', '数说乡村旅游']);
    expect(issue.articles[0].crossheads.map((c) => c.text)).toEqual(['■ 同质化、季节性短板仍待补齐', '■ 从“卖风景”到“卖生活”']);
    expect(issue.articles[0].bylines).toEqual(['陆知秋']);
  });
});

describe('a title with a comma over its ——subtitle, no blank line between (fault 5)', () => {
  it('keeps the subtitle apart', () => {
    const text = '“流量”来了，“留量”怎么办\n——我省乡村旅游发展调查\n□ 本报记者　陆知秋\n　　据省文化和旅游厅12月2日发布的数据，今年前10个月，全省乡村旅游接待游客和实现收入均创历史新高。\n';
    const a = parse(text).articles[0];
    expect(a.title).toBe('“流量”来了，“留量”怎么办');
    expect(a.subtitles).toEqual(['——我省乡村旅游发展调查']);
  });
});

describe("an editor's afterword on its own line (fault 6)", () => {
  it.each(['编后', '【编后】'])('%s under a story is a cross-head of that story, its text the story\'s', (label) => {
    const issue = parse(
      page(
        '青崖村的天梯',
        '本报记者　柯远帆　谭　雪',
        '新的烦恼也随之而来。周末游客扎堆，停车难、排队长；民宿扎堆开，价格战苗头初现。村党支部书记龙小溪说，村里正在筹划成立民宿协会。',
        label,
        '一条天梯，连起了青崖村与山外的世界。从“走出去”到“引进来”，青崖村的变化告诉我们：乡村振兴，路通是基础，人心齐是关键。',
        '短评',
        '让“留量”成为乡村的底气',
        '本报评论员',
        '乡村旅游火了，是好事，但“流量”不等于“留量”。游客来一次容易，来了还想再来，才是真本事。',
      ),
    );
    expect(issue.articles.map((a) => a.title)).toEqual(['青崖村的天梯', '让“留量”成为乡村的底气']);
    expect(issue.articles[0].crossheads.map((c) => c.text)).toEqual([label]);
    expect(issue.articles[0].paragraphs.at(-1)).toMatch(/^一条天梯/u);
  });
});

describe('column labels on their own line (fault 7)', () => {
  it.each(['相关新闻', '答记者问', '身边人', '特别报道'])('%s over a titled item is a column label, not its kicker', (label) => {
    const issue = parse(page(label, '我省将推出百条冬季乡村游线路', '本报讯（记者　沈一苇）记者昨天从省文化和旅游厅获悉，今冬明春，我省将推出“暖冬乡村游”主题线路100条。'));
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].kicker).toBeNull();
    expect(issue.furniture.map((f) => [f.kind, f.text])).toEqual([['section', label]]);
  });
});

describe('a kicker named …观察 (fault 8)', () => {
  it('a field of two characters and 观察 is a column label, a longer topic a kicker', () => {
    const item = ['“流量”来了，“留量”怎么办', '——我省乡村旅游发展调查', '□ 本报记者　陆知秋', '据省文化和旅游厅12月2日发布的数据，今年前10个月，全省乡村旅游接待游客和实现收入均创历史新高。'];
    expect(parse(page('冬游季观察', ...item)).articles[0].kicker).toBe('冬游季观察');
    const labelled = parse(page('财经观察', ...item));
    expect(labelled.articles[0].kicker).toBeNull();
    expect(labelled.furniture.map((f) => f.text)).toEqual(['财经观察']);
  });
});

describe("a Q&A's turns (fault 9)", () => {
  it('问：/答： turns are no headlines of stories run together', () => {
    const issue = parse(
      page(
        '答记者问',
        '省文化和旅游厅有关负责人就《江澜省乡村民宿管理办法》答记者问',
        '本报记者　蒋　帆',
        '12月3日，省文化和旅游厅等六部门联合印发《江澜省乡村民宿管理办法》（以下简称《办法》），自2026年1月1日起施行。',
        '问：为什么要出台《办法》？',
        '答：近年来，我省乡村民宿快速发展，但也存在准入标准不统一、安全管理不到位等问题。',
        '问：《办法》在简化审批方面有哪些举措？',
        '答：《办法》明确，乡村民宿实行“一窗受理、并联审批”，办理时限压缩到10个工作日以内。',
        '问：如何保障游客的安全和权益？',
        '答：《办法》对消防、食品安全、治安管理提出了具体要求。',
      ),
    );
    expect(issue.articles).toHaveLength(1);
    expect(validateIssue(issue).map((d) => d.code)).not.toContain('validate/merged-stories');
  });
});

describe('the year a rule takes effect (fault 10)', () => {
  it('is a date to come, counted as a plan target is', () => {
    expect(findYearMentions('自2026年1月1日起施行。2025年前10个月')).toEqual([
      { year: 2026, target: true },
      { year: 2025, target: false },
    ]);
    expect(findYearMentions('2026年3月起实施')).toEqual([{ year: 2026, target: true }]);
    expect(findYearMentions('2026年1月1日，全省')).toEqual([{ year: 2026, target: false }]);
  });
});

describe('the whole paper', () => {
  it.each(['blank', 'indent', 'wrap'])('%s: every item found, no label lost', (layout) => {
    const file = `fixtures/zoo/weekend-indepth/weekend-indepth.${layout}.txt`;
    const issue = parseIssue(readFileSync(file), { path: file, entities: false, issueDate: '2025-12-06' });
    const expected = JSON.parse(readFileSync(`fixtures/zoo/weekend-indepth/expected.${layout}.json`, 'utf8')) as { articles: { title: string; kind: string }[] };
    expect(issue.articles.map((a) => [a.kind, a.title])).toEqual(expected.articles.map((a) => [a.kind, a.title]));
    expect(issue.unassigned).toEqual([]);
  });
});
