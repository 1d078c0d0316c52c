import { describe, expect, it } from 'vitest';
import { extractArticleEntities as extractEntities, isGrassrootsPost } from '../src/extract/entities.js';
import { withNameSlotSpacesClosed, withOffsets } from '../src/extract/leaders.js';
import { parseIssue } from '../src/index.js';
import { findPersonMentions, isPersonName } from '../src/extract/people.js';
import { segmenter } from '../src/nlp/jieba.js';
import type { Article } from '../src/types.js';

function article(paragraphs: string[], bylines: string[] = []): Article {
  return {
    id: 'a1', kind: 'article', kicker: null, title: '标题', subtitles: [], crossheads: [], dateline: null, bylines,
    credits: bylines.map((name) => ({ name, role: '记者' })), creditLines: [], date: null, leaders: [], people: [],
    places: [], organizations: [], keywords: [], paragraphs, body: paragraphs.join('\n'), lines: [1, 1], spans: [[1, 1]], joins: [],
  };
}

describe('isPersonName', () => {
  it.each([
    ['胡拥军', true], ['黄燕', true], ['欧阳明华', true], ['老张', false], ['小李', false], ['钱大妈', false],
    ['王阿姨', false], ['今天下午', false], ['胡', false], ['张三丰四', false], ['的确', false],
  ])('%s → %s', (name, want) => expect(isPersonName(name)).toBe(want));
});

describe('isPersonName: surname + office or role is a form of address', () => {
  it.each([
    ['王书记', false], ['李主任', false], ['张医生', false], ['刘队长', false], ['欧阳书记', false], ['林国平', true], ['钱建华', true],
  ])('%s → %s', (name, want) => expect(isPersonName(name)).toBe(want));
});

describe('findPersonMentions: a role or a speech verb after the name', () => {
  const mentions = (text: string) =>
    findPersonMentions(text, withOffsets(text, segmenter.tag(text)), segmenter, new Set()).map((m) => [m.name, m.role]);
  it.each([
    ['种粮大户林国平说，今年收成好。', [['林国平', '种粮大户']]],
    ['林国平是村里的种粮大户。', [['林国平', '种粮大户']]],
    ['林国平（种粮大户）在田间忙碌。', [['林国平', '种粮大户']]],
    ['村民林国平告诉记者，路修好了。', [['林国平', '村民']]],
    ['林国平说，今年收成好。', [['林国平', '']]],
    ['赵志刚告诉记者，路修好了。', [['赵志刚', '']]],
    ['陈秀英表示，积分超市很实用。', [['陈秀英', '']]],
    ['志愿者周小红介绍', [['周小红', '志愿者']]],
    ['网格员吴丽丽说', [['吴丽丽', '网格员']]],
    ['村委会主任林海涛说', [['林海涛', '村委会主任']]],
    ['企业负责人黄建军介绍', [['黄建军', '企业负责人']]],
    ['民警孙浩提醒', [['孙浩', '民警']]],
  ])('%s', (text, want) => expect(mentions(text)).toEqual(want));

  it.each([
    ['有人说，这条路修得好。'],
    ['党员说，要带头干。'],
    ['游客说，风景很美。'],
    ['王书记说，要抓好落实。'],
    ['张大爷说，日子越过越好。'],
    ['老张说，小李也说'],
    ['他高兴地说'],
    ['今天下午说起这件事'],
    ['居民说，环境变好了。'],
  ])('no person: %s', (text) => expect(mentions(text)).toEqual([]));
});

describe('findPersonMentions: names after a role', () => {
  it.each([
    ['近日,狼山镇街道军山社区选民代表黄燕拍下了不文明现象', [['黄燕', '选民代表']]],
    ['“园区内部环境整治必须常态长效。”区人大代表、国际青创园董事长袁振艺在园区工作例会上强调。', [['袁振艺', '董事长']]],
    ['崇川区人大代表俞晓华在接待选民过程中', [['俞晓华', '人大代表']]],
    ['积极发挥人大代表、选民代表作用', []],
    ['不断提升居民幸福感和满意度', []],
    ['引导党员干部强化责任担当', []],
    ['居民代表定期评议的机制', []],
  ])('%s', (text, want) => {
    const tokens = withOffsets(text, segmenter.tag(text));
    const got = findPersonMentions(text, tokens, segmenter, new Set()).map((m) => [m.name, m.role]);
    expect(got).toEqual(want);
  });
});

describe('extractEntities: people', () => {
  it.each([
    [['崇川区人大代表、曹公祠社区党委书记王建忠通过深入调研'], ['王建忠'], []],
    [['“肉菜更新鲜了。”家住海港新村的钱大妈说。队员老张给社区网格员发来一条微信。小李说'], [], ['钱大妈', '老张', '小李']],
    [['今天下午县委召开专题会议，县委书记邵振华主持。'], ['邵振华'], ['今天下午', '今天']],
    [['区委书记胡拥军调研。胡拥军实地了解改造推进情况。'], ['胡拥军'], ['胡', '拥军']],
    [['记者王峰报道，区长杨万平出席。'], ['杨万平'], ['王峰']],
    [['王峰说，种粮大户林国平是村里的带头人。'], ['林国平'], ['王峰']],
    [['全镇宋桥村的种粮大户林国平说，今年能收好。'], ['林国平'], ['林国平说', '宋桥']],
  ])('%j', (paragraphs, want, notWant) => {
    const { articles } = extractEntities([article(paragraphs, ['王峰'])]);
    const names = articles[0].people.map((p) => p.name);
    for (const n of want) expect(names).toContain(n);
    for (const n of notWant) expect(names).not.toContain(n);
  });

  it('counts bare mentions of a leader found by title (two passes): a whole name, a person where no office is printed', () => {
    const { articles } = extractEntities([article(['区委书记胡拥军调研。']), article(['胡拥军实地了解改造推进情况,胡拥军强调'])]);
    expect(articles[0].leaders).toEqual([{ name: '胡拥军', titles: ['区委书记'], mentions: 1 }]);
    expect(articles[1].leaders).toEqual([]);
    expect(articles[1].people[0]).toEqual({ name: '胡拥军', roles: [], mentions: 2 });
  });

  it('names a leader only where an office is printed with the name: a convenor, a contents line or an appointee is a person', () => {
    // tester2's invented county bulletin (青岚县): 日程 (召集人：), 目录 and 任免名单 (X为…副县长) against the stories that print offices.
    const { articles } = extractEntities([
      article(['县人大常委会主任林振邦主持并讲话，副主任陈雪梅参加。']),
      article(['第一组：县行政中心四楼第一会议室　召集人：陈雪梅', '在闭幕时的讲话　林振邦……（8）']),
      article(['决定任命：宋立华为青岚县人民政府副县长。']),
      article(['会议听取了副县长宋立华所作的报告。']),
    ]);
    expect(articles[0].leaders.map((l) => l.name)).toEqual(['林振邦', '陈雪梅']);
    expect(articles[1].leaders).toEqual([]);
    expect(articles[1].people.map((p) => p.name)).toEqual(['陈雪梅', '林振邦']);
    expect(articles[2].leaders).toEqual([]);
    expect(articles[2].people.map((p) => p.name)).toEqual(['宋立华']);
    expect(articles[3].leaders).toEqual([{ name: '宋立华', titles: ['副县长'], mentions: 1 }]);
  });

  it.each([
    ['种粮大户林国平说。林国平是村里的种粮大户。村民林国平表示。', ['种粮大户', '村民']],
    ['——记海西镇宋桥村党支部书记李四', ['宋桥村党支部书记']],
    ['村党支部书记李四说', ['村党支部书记']],
  ])('roles of a villager as printed: %s', (text, roles) => {
    const { articles } = extractEntities([article([text])]);
    expect(articles[0].people[0]?.roles).toEqual(roles);
  });

  it.each([
    ['海西镇党委书记张明到宋桥村调研', '张明', ['海西镇党委书记']],
    ['清河镇镇长马俊表示，', '马俊', ['清河镇镇长']],
    ['6月3日，县委副书记、代县长钱建华带队督查。', '钱建华', ['县委副书记', '代县长']],
    ['区区政府副区长张文锦等出席会议', '张文锦', ['区政府副区长']],
  ])('leader titles as printed, with the place they belong to: %s', (text, name, titles) => {
    const { articles } = extractEntities([article([text])]);
    expect(articles[0].leaders.find((l) => l.name === name)?.titles).toEqual(titles);
  });

  it('keeps roles as printed, one per office, without duplicates', () => {
    const { articles } = extractEntities([article(['崇川区人大代表、曹公祠社区党委书记王建忠通过深入调研'])]);
    expect(articles[0].people.find((p) => p.name === '王建忠')?.roles).toEqual(['崇川区人大代表', '曹公祠社区党委书记']);
    const b = extractEntities([article(['区人大代表、国际青创园董事长袁振艺在园区工作例会上强调。'])]);
    expect(b.articles[0].people).toEqual([{ name: '袁振艺', roles: ['区人大代表', '国际青创园董事长'], mentions: 1 }]);
  });
});

describe('village and community posts', () => {
  it.each([
    ['村党支部书记', true],
    ['曹公祠社区党委书记', true],
    ['村委会主任', true],
    ['宋桥村党支部书记', true],
    ['区委书记', false],
    ['街道党工委书记', false],
    ['清河镇镇长', false],
    ['县人大常委会主任', false],
  ])('%s → %s', (title, want) => {
    expect(isGrassrootsPost(title)).toBe(want);
  });

  it('a village head is a person with the post as role, not a leader', () => {
    const [a] = extractEntities([article(['村党支部书记林国平介绍，县委书记邵振华到村调研。'])]).articles;
    expect(a.leaders.map((l) => l.name)).toEqual(['邵振华']);
    expect(a.people.find((p) => p.name === '林国平')?.roles).toContain('村党支部书记');
  });
});

describe('findPersonMentions: occupations before a name the tagging cuts otherwise', () => {
  const mentions = (text: string) =>
    findPersonMentions(text, withOffsets(text, segmenter.tag(text)), segmenter, new Set()).map((m) => [m.name, m.role]);
  it.each([
    ['濠西社区退休教师徐国平主动报名担任志愿者。', [['徐国平', '退休教师']]],
    ['退休职工徐国平说，日子越过越好。', [['徐国平', '退休职工']]],
    ['工程师徐国平介绍，项目已完工。', [['徐国平', '工程师']]],
    // A function word and a number are no name, whatever follows them.
    ['每个网格配备一名专职网格员和两名兼职网格员。', []],
    // A collective role keeps needing an unknown word after it.
    ['居民徐国平主动报名', []],
  ])('%s', (text, want) => expect(mentions(text)).toEqual(want));
});

describe('a name in a name\'s slot with a space inside it', () => {
  it('is read closed up after a role word or an office: padding (李　强) and an OCR slip (胡 拥军)', () => {
    // tester30's police paper: 交警大队民警李　强 and 所长王　勇 had no person; issue 8's 区委书记胡 拥军 no leader.
    const issue = parseIssue('男子醉驾被查\n\n本报讯（记者　卢　川）11月21日晚，区委书记胡 拥军督查。“罪责难逃。”交警大队民警李　强说。石桥派出所所长王　勇介绍，此类案件今年已查处3起。\n', { issueDate: '2026-11-27' });
    const a = issue.articles[0];
    expect(a.people.map((p) => [p.name, p.roles])).toEqual([
      ['胡拥军', ['区委书记']],
      ['李强', ['民警']],
      ['王勇', ['石桥派出所所长']],
    ]);
    expect(a.leaders.map((l) => l.name)).toEqual(['胡拥军']);
    // the printed text keeps its spaces
    expect(a.paragraphs.join('')).toContain('民警李　强说');
    // a space after a place or a lead-in is no name's: 凤溪县　农村 stays apart (no person 县农)
    expect(withNameSlotSpacesClosed('凤溪县　农村饮水安全巩固提升工程全部完工。成　员：李　强')).toBe('凤溪县　农村饮水安全巩固提升工程全部完工。成　员：李　强');
  });
});
