/**
 * A fresh user's two papers (tester9, Dec 2026; the zoo papers military-paper and science-daily):
 * the structure of a military paper's letter and a science daily's pages. Before: a letter's
 * signature (某合成旅二营列兵　吕浩然) was a photo item; a kicker over a title printed on two lines
 * (创新一线 / 一粒种子的 / “太空之旅”) was the title with two subtitles; a box label between a story's
 * paragraphs (背景, 链接, 新闻链接) opened a new item; a caption credited 受访者供图 was glued to the next
 * paragraph or became an item's title; the column labels 访谈, 科学辟谣, 科技图说 were kickers; a title
 * as long as the column was joined to its subtitle in hard-wrapped text; a page label 军营·基层 under
 * the running head became a kicker or a title; a photo credited （某大学供图） was an article. The texts
 * are invented in those papers' styles.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { parseCreditLine } from '../src/extract/bylines.js';
import { awaitsItsNoun, splitBlocks } from '../src/stages/split-blocks.js';
import { isCompoundPageName } from '../src/stages/furniture.js';
import { endsStory } from '../src/stages/rejoin.js';
import { normalize } from '../src/stages/normalize.js';

const parse = (text: string) => parseIssue(text, { entities: false, issueDate: '2024-06-12' });
const head = '澄川科技报　2024年6月12日　星期三　第1版';

describe('a letter signed by a soldier with his unit and rank', () => {
  it('reads unit and rank as the signature’s role, the name as its credit', () => {
    expect(parseCreditLine('某合成旅二营列兵　吕浩然')).toEqual([{ name: '吕浩然', role: '某合成旅二营列兵' }]);
    expect(parseCreditLine('某部上等兵　王小明')).toEqual([{ name: '王小明', role: '某部上等兵' }]);
    // a headline with such a word and no name after it is none
    expect(parseCreditLine('让村民　过上好日子')).toBeNull();
  });

  it('the signature closes the letter: one article with its byline, no photo item', () => {
    const issue = parse(
      `${head}\n\n基层来信\n\n驻训场上的一封家书\n\n编辑同志：\n\n我是某合成旅二营的一名列兵，这是我第一次参加高原驻训。\n\n` +
        '希望通过贵报，向关心我们的班长和战友们说一声谢谢！\n\n某合成旅二营列兵　吕浩然\n\n本版责编：柳　川　　校对：沈　澈\n',
    );
    expect(issue.articles.map((a) => [a.kind, a.title, a.bylines])).toEqual([['article', '驻训场上的一封家书', ['吕浩然']]]);
  });
});

describe('a kicker over a title printed on two lines', () => {
  it('a headline line ending in an attributive particle goes on in the next line', () => {
    expect(awaitsItsNoun('一粒种子的')).toBe(true);
    expect(awaitsItsNoun('在县十八届人大常委会第十九次会议闭幕时的')).toBe(true);
    expect(awaitsItsNoun('我的')).toBe(true);
    expect(awaitsItsNoun('目的是什么，')).toBe(false);
    expect(awaitsItsNoun('急诊科里的十二小时')).toBe(false);
  });

  it.each([
    ['blank lines', '\n\n'],
    ['no blank lines', '\n'],
  ])('kicker 创新一线, title 一粒种子的“太空之旅” (%s)', (_, sep) => {
    const issue = parse(
      [head, '创新一线', '一粒种子的', '“太空之旅”', '本报澄州6月11日电（记者　钟一鸣）经过太空诱变育种和8年地面选育，水稻新品种“澄航稻9号”11日通过省级品种审定。'].join(sep),
    );
    expect(issue.articles.map((a) => [a.kicker, a.title, a.subtitles])).toEqual([['创新一线', '一粒种子的“太空之旅”', []]]);
  });
});

describe('a box label between a story’s paragraphs', () => {
  const story = (label: string) =>
    `${head}\n\n高温超导磁体助力“人造太阳”\n\n本报记者　苏砚秋\n\n在澄州市郊的聚变能源实验基地，一台高温超导磁体刚刚完成通电测试。\n\n` +
    `磁体是磁约束核聚变装置的“心脏”，它产生的强磁场能把等离子体“约束”在真空室内。\n\n${label}\n\n` +
    '核聚变是太阳发光发热的原理，因此磁约束核聚变装置又被称为“人造太阳”。\n\n庞景和表示，团队计划在今后三年内完成更大口径磁体的研制。\n';

  it.each(['背景', '链接', '■链接', '背景链接', '新闻链接', '延伸阅读'])('%s over running text is a cross-head of the story', (label) => {
    const issue = parse(story(label));
    expect(issue.articles.map((a) => [a.title, a.crossheads.map((c) => c.text), a.paragraphs.length])).toEqual([
      ['高温超导磁体助力“人造太阳”', [label], 5],
    ]);
  });

  it('链接 over a headline of its own is the box’s label: an item of its own', () => {
    const issue = parse(
      `${head}\n\n我省科研团队研制出新型叠层太阳能电池\n\n本报讯（记者　钟一鸣）6月11日，记者从澄川大学获悉，该校团队研制出一种新型叠层太阳能电池。\n\n` +
        '据悉，团队已与省内一家光伏企业开展合作。\n\n链接\n\n什么是叠层太阳能电池\n\n叠层太阳能电池是把两种电池“叠”在一起，从而更充分地利用太阳光谱。\n',
    );
    expect(issue.articles.map((a) => a.title)).toEqual(['我省科研团队研制出新型叠层太阳能电池', '什么是叠层太阳能电池']);
    expect(issue.furniture.filter((f) => f.kind === 'section').map((f) => f.text)).toEqual(['链接']);
  });
});

describe('a caption credited to who supplied the picture', () => {
  const caption = '冉秋池（右）与学生在实验室观察水稻幼苗。　受访者供图';
  const top =
    `${head}\n\n澄川大学团队揭示水稻耐盐“密码”\n\n本报讯（实习记者　程芷若　记者　钟一鸣）6月7日，澄川大学冉秋池教授团队在国际学术期刊上发表论文。\n\n` +
    '研究发现，该基因编码的蛋白能够在盐胁迫下将多余的钠离子“运出”细胞。\n\n';
  const rest = '冉秋池表示，培育耐盐水稻品种对保障粮食安全意义重大。';

  it('ends its paragraph as printed', () => {
    expect(endsStory(caption)).toBe(true);
    expect(endsStory('近日，学生自主设计的四足机器人吸引众多参观者驻足。（澄川理工大学供图）')).toBe(true);
    expect(endsStory('他说，这些资料图片')).toBe(false);
  });

  it('is not glued to the paragraph after it (blank lines)', () => {
    const issue = parse(`${top}${caption}\n\n${rest}\n`);
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].paragraphs.slice(-2)).toEqual([caption, rest]);
    expect(issue.articles[0].bylines).toEqual(['程芷若', '钟一鸣']);
  });

  it('a credit a hard wrap set on a line of its own opens no item', () => {
    const issue = parse(`${top}　　冉秋池（右）与学生在实验室观察水稻幼苗。\n　受访者供图\n　　${rest}\n`);
    expect(issue.articles.map((a) => a.title)).toEqual(['澄川大学团队揭示水稻耐盐“密码”']);
    expect(issue.articles[0].bylines).toEqual(['程芷若', '钟一鸣']);
  });

  it('a photo whose one caption ends with its credit in brackets is a photo item', () => {
    const issue = parse(
      `${head}\n\n科技图说\n\n学生自制机器人亮相科技节\n\n近日，澄川理工大学第十届科技节开幕，学生自主设计的四足机器人吸引众多参观者驻足。（澄川理工大学供图）\n\n·3·\n`,
    );
    expect(issue.articles.map((a) => [a.kind, a.kicker, a.title])).toEqual([['photo', null, '学生自制机器人亮相科技节']]);
  });
});

describe('column labels named by their genre', () => {
  it.each(['访谈', '科学辟谣', '科技图说'])('%s over an item is its column label, not its kicker', (label) => {
    const issue = parse(
      `${head}\n\n${label}\n\n隔夜菜一定不能吃？\n\n网上流传一种说法：隔夜菜会产生大量亚硝酸盐，必须全部倒掉。\n\n` +
        '事实上，只要及时冷藏，24小时内的增加量远低于安全限量。\n\n（澄川省疾病预防控制中心副主任医师　阎书朗）\n',
    );
    expect(issue.articles.map((a) => [a.kicker, a.title])).toEqual([[null, '隔夜菜一定不能吃？']]);
    expect(issue.furniture.filter((f) => f.kind === 'section').map((f) => f.text)).toEqual([label]);
  });
});

describe('a title as long as the column over its subtitle, hard-wrapped', () => {
  it('stays a title and a subtitle, not one headline', () => {
    const text = [
      head,
      '责任编辑：聂　舟　版式：郁　青',
      '我省科研团队研制出新型钙钛矿叠层太阳能电池',
      '光电转换效率达33.9%，刷新同类器件纪录',
      '　　本报讯（记者　钟一鸣　通讯员　阮佳禾）6',
      '月11日，记者从澄川大学获悉，该校新能源材料研',
      '究院滕致远院士团队研制出一种新型钙钛矿／晶硅',
      '叠层太阳能电池，经第三方权威机构认证，其光电',
      '转换效率达到33.9%，刷新了同类器件的世界纪录。',
    ].join('\n');
    const blocks = splitBlocks(normalize(text).lines).filter((b) => b.kind === 'text');
    expect(blocks.slice(0, 2).map((b) => b.text)).toEqual(['我省科研团队研制出新型钙钛矿叠层太阳能电池', '光电转换效率达33.9%，刷新同类器件纪录']);
    const issue = parse(text);
    expect(issue.articles.map((a) => [a.title, a.subtitles])).toEqual([['我省科研团队研制出新型钙钛矿叠层太阳能电池', ['光电转换效率达33.9%，刷新同类器件纪录']]]);
  });
});

describe('a page label of words joined by a middle dot', () => {
  it('is told by its form', () => {
    for (const t of ['军营·基层', '社会·生活', '科技·健康', '深度·访谈', '凤鸣副刊·诗页']) expect(isCompoundPageName(t), t).toBe(true);
    for (const t of ['七律·登凤鸣山', '军营', '一带一路·合作共赢新篇章', '科技·健康：夏季防暑']) expect(isCompoundPageName(t), t).toBe(false);
  });

  it.each(['社会·生活', '科技·健康', '军营·基层'])('%s right under the running head, no editor line, is page furniture', (label) => {
    const issue = parse(
      `${head}\n\n${label}\n\n雷达站里的“千里眼”\n\n——记某海防团雷达站站长刘卫东\n\n■本报特约记者　雷　鸣　通讯员　韩子墨\n\n` +
        '海拔800多米的鹰嘴山顶，一座白色雷达天线日夜转动。站长刘卫东已经在这里守了整整14年。\n',
    );
    expect(issue.articles.map((a) => [a.kicker, a.title])).toEqual([[null, '雷达站里的“千里眼”']]);
    expect(issue.furniture.map((f) => [f.kind, f.text])).toEqual([
      ['running-head', head],
      ['running-head', label],
    ]);
  });
});

describe('a two-headline stack of like lengths over a byline', () => {
  it('a catchword kicker over a title named by a noun phrase', () => {
    const issue = parse(
      [
        head,
        '走进制造业“单项冠军”',
        '一颗螺丝钉里的“硬核”技术',
        '澜江商报记者　卫　澜',
        '　　在澜江市高新区的澜固紧固件有限公司生产车间里，一台台冷镦机飞速运转。',
        '　　这些看似普通的螺丝钉，有的用在高铁转向架上，有的装进了风力发电机组。',
      ].join('\n'),
    );
    expect(issue.articles.map((a) => [a.kicker, a.title, a.subtitles])).toEqual([['走进制造业“单项冠军”', '一颗螺丝钉里的“硬核”技术', []]]);
  });
});
