/**
 * A fresh user's two papers (tester12, Dec 2026; the zoo papers county-media-centre, a county media
 * centre's print edition, and youth-paper, a provincial youth-league paper): new-media trailer lines
 * under a piece (来源：X融媒 / 记者：X　编辑：Y　审核：Z　终审：W) are its credits, every name a credit;
 * 融媒记者 is a press role; a three-character name spaced out character by character is one name; a
 * student signs a letter by school, class year and 学生; a weather box between items is furniture;
 * column labels in 〔〕 are read as those in 【】; 青春榜样, 青春对话, 便民信息 are column labels.
 * Before: the trailer became an article (or, in the wrap layout, the end of the body with the next
 * label glued on), 融媒记者 a subtitle or a name, 沈　嘉　禾 no credit, the signature a photo item,
 * the weather box an article dated by its 今天, 〔关注〕 part of the title.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { parseCreditLine } from '../src/extract/bylines.js';
import { classifyFurniture, isEditorLine } from '../src/stages/furniture.js';
import { creditsOf } from '../src/stages/structure/assemble.js';
import { LEXICAL_CUES, TITLE_LABEL_RE } from '../src/stages/structure/weights.js';

const cue = (name: string) => LEXICAL_CUES.find(([n]) => n === name)![1];

describe('new-media trailer lines', () => {
  it('name every person with the role printed before the colon', () => {
    expect(parseCreditLine('记者：章可欣　编辑：孟知秋　审核：钟　毓　终审：杜　衡')).toEqual([
      { name: '章可欣', role: '记者' },
      { name: '孟知秋', role: '编辑' },
      { name: '钟毓', role: '审核' },
      { name: '杜衡', role: '终审' },
    ]);
    expect(parseCreditLine('编辑：孟知秋　审核：钟　毓　终审：杜　衡')).toEqual([
      { name: '孟知秋', role: '编辑' },
      { name: '钟毓', role: '审核' },
      { name: '杜衡', role: '终审' },
    ]);
    expect(parseCreditLine('文/图：宁　晓　编辑：孟知秋')).toEqual([
      { name: '宁晓', role: '文/图' },
      { name: '孟知秋', role: '编辑' },
    ]);
  });

  it('a page’s editor line is no trailer, a trailer no editor line', () => {
    expect(parseCreditLine('责任编辑：孟知秋　　校对：林　溪')).toBeNull();
    expect(classifyFurniture('责任编辑：孟知秋　　校对：林　溪')).toBe('editor');
    expect(classifyFurniture('本版编辑：聂　清　美编：谷　宁　校对：甘　露')).toBe('editor');
    expect(classifyFurniture('编辑：孟知秋　审核：钟　毓　终审：杜　衡')).toBeNull();
    expect(isEditorLine('编辑：孟知秋　审核：钟　毓　终审：杜　衡')).toBe(false);
    expect(isEditorLine('责任编辑：孟知秋　审核：钟　毓')).toBe(true);
  });

  it('the source line names no one and is a source note', () => {
    expect(creditsOf('来源：岚溪融媒')).toEqual([]);
    expect(cue('source-note').test('来源：岚溪融媒')).toBe(true);
    expect(cue('source-note').test('（来源：泠州市司法局）')).toBe(true);
    expect(cue('source-note').test('来源：岚溪融媒。记者到现场看到，')).toBe(false);
  });
});

describe('press roles and padded names', () => {
  it('融媒记者 and a medium’s name before 记者 are a role, never a name; a word naming no medium is none', () => {
    expect(parseCreditLine('县广播电视台记者　王芳')).toEqual([{ name: '王芳', role: '县广播电视台记者' }]);
    expect(parseCreditLine('优秀记者　王芳')).toBeNull();
    expect(parseCreditLine('融媒记者　韦青禾')).toEqual([{ name: '韦青禾', role: '融媒记者' }]);
    expect(parseCreditLine('（融媒记者　宁　晓）')).toEqual([{ name: '宁晓', role: '融媒记者' }]);
    expect(parseCreditLine('岚溪融媒记者　王芳')).toEqual([{ name: '王芳', role: '岚溪融媒记者' }]);
  });

  it('a three-character name spaced out by U+3000 is one name; pairs stay two-character names', () => {
    expect(parseCreditLine('本报记者　沈　嘉　禾')).toEqual([{ name: '沈嘉禾', role: '本报记者' }]);
    expect(parseCreditLine('融媒记者　刘　思　远　　通讯员　严晓风')).toEqual([
      { name: '刘思远', role: '融媒记者' },
      { name: '严晓风', role: '通讯员' },
    ]);
    expect(parseCreditLine('（柏　舟　黎　川）')).toEqual([
      { name: '柏舟', role: '' },
      { name: '黎川', role: '' },
    ]);
  });

  it('a student signs a letter by school, class year and standing', () => {
    expect(parseCreditLine('澄江师范学院2021级学生　许知遥')).toEqual([{ name: '许知遥', role: '澄江师范学院2021级学生' }]);
    expect(parseCreditLine('澄州大学研究生　程一鸣')).toEqual([{ name: '程一鸣', role: '澄州大学研究生' }]);
  });
});

describe('column labels', () => {
  it('a label in 〔〕 at the head of a title’s line is the kicker; a 文号 year is not', () => {
    expect(TITLE_LABEL_RE.exec('〔关注〕麦收在即　农机手忙检修')?.slice(1)).toEqual(['〔关注〕', '麦收在即　农机手忙检修']);
    expect(TITLE_LABEL_RE.exec('〔2023〕5号文件解读')).toBeNull();
  });

  it('a label in 〔〕 on a line of its own is a column label', () => {
    expect(cue('lenticular-label').test('〔民生〕')).toBe(true);
    expect(cue('lenticular-label').test('〔2023〕5号')).toBe(false);
  });

  it('profile, interview and service columns are column labels', () => {
    for (const label of ['青春榜样', '身边榜样', '青春对话', '便民信息', '便民服务']) expect(cue('column-word').test(label)).toBe(true);
    expect(cue('column-word').test('纪念五四运动105周年')).toBe(false);
    expect(cue('column-word').test('一片叶子富了一方百姓')).toBe(false);
  });
});

describe('a weather box between items', () => {
  const page = [
    '今日岚溪　2024年5月17日　第1版　要闻',
    '茶园采摘正当时',
    '5月14日，岚溪县云雾镇高山茶园里，茶农抢抓晴好天气采摘夏茶。',
    '通讯员　严晓风　摄',
    '岚溪天气',
    '今天：多云转晴　18℃～27℃　偏南风2～3级',
    '明天：晴　19℃～29℃　南风1～2级',
    '城区部分路段临时停水通知',
    '因城区供水管网改造施工需要，5月19日8:00至20:00，城南片区将临时停止供水。',
    '岚溪县自来水有限公司',
  ];

  it.each([
    ['blank lines', page.join('\n\n')],
    ['no blank lines', page.join('\n')],
  ])('is furniture, its lines kept apart (%s)', (_, text) => {
    const issue = parseIssue(text, { entities: false, issueDate: '2024-05-17' });
    expect(issue.articles.map((a) => a.title)).toEqual(['茶园采摘正当时', '城区部分路段临时停水通知']);
    expect(issue.furniture.filter((f) => f.kind === 'masthead').map((f) => f.text)).toEqual(['岚溪天气', '今天：多云转晴　18℃～27℃　偏南风2～3级', '明天：晴　19℃～29℃　南风1～2级']);
  });

  it('a label alone, with no forecast under it, stays text', () => {
    const issue = parseIssue('天气与农事\n\n未来一周多阵雨　注意防范“烂场雨”\n\n本周全县以阴雨天气为主，请农户抢收已成熟的油菜。', { entities: false });
    expect(issue.furniture.filter((f) => f.kind === 'masthead')).toEqual([]);
  });
});

describe('a story closed by its trailer, through the parser', () => {
  const story = [
    '全县优化营商环境攻坚推进会召开',
    '岚溪融媒讯（记者　章可欣　通讯员　乐　安）5月16日上午，全县优化营商环境攻坚推进会在县行政中心召开。县委书记贺庭州出席会议并讲话。',
    '祁望川要求，要把会议精神迅速传达到每一个窗口、每一名干部，为全县高质量发展营造一流环境。',
    '来源：岚溪融媒',
    '记者：章可欣　编辑：孟知秋　审核：钟　毓　终审：杜　衡',
    '〔关注〕麦收在即　农机手忙检修',
    '融媒记者　韦青禾',
    '5月15日，记者走进岚溪县丰禾农机专业合作社，只见十几台联合收割机一字排开，现场一片忙碌。',
    '据了解，今年全县小麦种植面积达11.6万亩，预计投入联合收割机600余台。',
    '文/图：宁　晓　编辑：孟知秋',
  ];

  it.each([
    ['blank lines', story.join('\n\n')],
    ['no blank lines', story.join('\n')],
  ])('the trailer lines are the story’s credits, the label the next story’s kicker (%s)', (_, text) => {
    const issue = parseIssue(text, { entities: false, issueDate: '2024-05-17' });
    expect(issue.articles.map((a) => [a.kicker, a.title])).toEqual([
      [null, '全县优化营商环境攻坚推进会召开'],
      ['〔关注〕', '麦收在即　农机手忙检修'],
    ]);
    expect(issue.articles[0].creditLines.slice(1)).toEqual(['来源：岚溪融媒', '记者：章可欣　编辑：孟知秋　审核：钟　毓　终审：杜　衡']);
    expect(issue.articles[0].bylines).toEqual(['章可欣', '乐安', '孟知秋', '钟毓', '杜衡']);
    expect(issue.articles[1].bylines).toEqual(['韦青禾', '宁晓', '孟知秋']);
    // (Unindented lines with no blank line between them may be read as one paragraph; the trailer is none of it.)
    expect(issue.articles[1].paragraphs.at(-1)).toMatch(/据了解，今年全县小麦种植面积达11\.6万亩，预计投入联合收割机600余台。$/u);
    expect(issue.articles[1].creditLines).toEqual(['融媒记者　韦青禾', '文/图：宁　晓　编辑：孟知秋']);
  });
});
