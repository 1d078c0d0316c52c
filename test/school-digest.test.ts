/**
 * A fresh user's two papers (tester10, Dec 2026; the zoo papers school-weekly and digest-weekly):
 * a composition's signature (school, grade and class, then the pupil; 指导教师 and the teacher) is
 * its byline, a unit's correspondent in a 本报讯 lead-in is a credit, an award list's rows of names
 * stay running text under their prize heads, a reader's letter under a cartoon is its own item, a
 * run of short items under a column label is a briefs column, and a brief closed by a reprint's
 * source note ends as printed. Before: the signature under a title was its subtitle and the one at
 * the end a photo item's title, the correspondent's bylines were empty, a row of names became a
 * title (and the next a subtitle), the letter's title a paragraph of the story above, and the
 * digest's briefs were articles reported as ending mid-sentence.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue, trainingPages } from '../src/index.js';
import { isNameRow, pageUnits } from '../src/stages/structure/features.js';
import { parseCreditLine, parseLeadIn, splitTrailingCredit } from '../src/extract/bylines.js';
import { COUNT_HEAD_RE, LEXICAL_CUES } from '../src/stages/structure/weights.js';

const parse = (text: string, issueDate?: string) => parseIssue(text, { entities: false, ...(issueDate ? { issueDate } : {}) });
const cue = (name: string) => LEXICAL_CUES.find(([n]) => n === name)![1];

describe('a composition’s signature', () => {
  it('names the pupil after school, grade and class, and the teacher after 指导教师', () => {
    expect(parseCreditLine('沅湄县实验中学初二（3）班　林晓棠')).toEqual([{ name: '林晓棠', role: '沅湄县实验中学初二（3）班' }]);
    expect(parseCreditLine('城关第一小学五（2）班　贺子涵')).toEqual([{ name: '贺子涵', role: '城关第一小学五（2）班' }]);
    expect(parseCreditLine('（指导教师　祝明远）')).toEqual([{ name: '祝明远', role: '指导教师' }]);
    expect(parseCreditLine('指导教师：钟雨禾')).toEqual([{ name: '钟雨禾', role: '指导教师' }]);
    expect(parseCreditLine('城关第一小学五（2）班 贺子涵 指导教师 祝明远')).toEqual([
      { name: '贺子涵', role: '城关第一小学五（2）班' },
      { name: '祝明远', role: '指导教师' },
    ]);
  });

  it('is no credit without a grade and class (a headline that ends in 班 is none)', () => {
    expect(parseCreditLine('全县举办青年干部培训班')).toBeNull();
    expect(parseCreditLine('实验小学兴趣班　开课')).toBeNull();
  });

  it('is the cue class-signature, alone or with the teacher', () => {
    expect(cue('class-signature').test('沅湄县实验中学初二（3）班　林晓棠')).toBe(true);
    expect(cue('class-signature').test('五（2）班　贺子涵　指导教师　祝明远')).toBe(true);
    expect(cue('class-signature').test('初二（3）班的同学们走进敬老院')).toBe(false);
  });

  it('under the title and at the end: the composition’s bylines, no subtitle and no photo item', () => {
    const issue = parse(
      [
        '沅湄教育报　2023年6月14日　星期三　第3版　学生园地',
        '学生习作',
        '外婆的菜园',
        '沅湄县实验中学初二（3）班　林晓棠',
        '外婆家的屋后有一片小小的菜园，那是我童年最喜欢的地方。',
        '如今外婆老了，菜园却一直没有荒。每次回去，她都会塞给我一大袋青菜。',
        '（指导教师　钟雨禾）',
        '那一次，我学会了坚持',
        '去年秋天，学校举行跳绳比赛，我报了名，可是练了几天，一分钟还跳不到八十个。',
        '那一次，我明白了：很多事情，只要坚持下去，就会有不一样的结果。',
        '城关第一小学五（2）班　贺子涵',
        '（指导教师　祝明远）',
      ].join('\n\n'),
      '2023-06-14',
    );
    expect(issue.articles.map((a) => [a.kind, a.title, a.subtitles, a.bylines])).toEqual([
      ['article', '外婆的菜园', [], ['林晓棠', '钟雨禾']],
      ['article', '那一次，我学会了坚持', [], ['贺子涵', '祝明远']],
    ]);
  });
});

describe('a unit’s correspondent in a lead-in', () => {
  it('is the credit, the unit printed in the role', () => {
    const lead = parseLeadIn('本报讯（沅湄县实验小学通讯员　祁佳禾）6月9日，县实验小学第十二届科技节开幕。');
    expect(lead?.credits).toEqual([{ name: '祁佳禾', role: '沅湄县实验小学通讯员' }]);
    expect(parseCreditLine('县公安局通讯员　韩立')).toEqual([{ name: '韩立', role: '县公安局通讯员' }]);
    // a word before 通讯员 that names no unit is none
    expect(parseCreditLine('优秀通讯员　韩立')).toBeNull();
  });
});

describe('an award list', () => {
  it('a row of four or more names is a name row; a byline’s one to three are not', () => {
    expect(isNameRow('林晓棠　陈思语　王若溪　赵一鸣　孙嘉禾')).toBe(true);
    expect(isNameRow('周子墨 吴梓涵 郑雨桐 冯启航')).toBe(true);
    expect(isNameRow('纪海澄　毛一舟')).toBe(false);
    expect(isNameRow('县实验小学　县第二中学　城关第一小学　青石镇中心学校')).toBe(false);
  });

  it('a prize head with its count is a count head', () => {
    expect(COUNT_HEAD_RE.test('一等奖（5名）')).toBe(true);
    expect(COUNT_HEAD_RE.test('二、先进个人（30名）')).toBe(true);
    expect(COUNT_HEAD_RE.test('先进集体（15个）')).toBe(true);
    expect(COUNT_HEAD_RE.test('全县评出一等奖（5名）。')).toBe(false);
  });

  it('hard-wrapped: a row that fills the column does not run on into the next prize head', () => {
    const text = [
      '沅湄教育报　2023年6月14日　星期三　第1版　要闻',
      '全县中小学生作文大赛获奖名单揭晓',
      '　　本报讯（记者　纪海澄）6月10日，“我的家乡”全县中小学',
      '生作文大赛评审结束，评出一等奖5名、二等奖8名。获奖名单',
      '如下：',
      '一等奖（5名）',
      '　　林晓棠　陈思语　王若溪　赵一鸣　孙嘉禾',
      '二等奖（8名）',
      '　　周子墨　吴梓涵　郑雨桐　冯启航',
      '　　贺子涵　蒋思远　韩沐晴　杨一诺',
      '　　县教育局将把部分获奖作品结集出版，并在本报“学生习作”',
      '栏目陆续刊登。',
    ].join('\n');
    const [page] = trainingPages([{ name: 'x', input: Buffer.from(text), roles: [] }]);
    const texts = pageUnits(page.blocks).map((u) => u.block.text);
    expect(texts).toContain('林晓棠　陈思语　王若溪　赵一鸣　孙嘉禾');
    expect(texts).toContain('二等奖（8名）');
    const issue = parse(text, '2023-06-14');
    expect(issue.articles).toHaveLength(1);
    const [a] = issue.articles;
    expect(a.title).toBe('全县中小学生作文大赛获奖名单揭晓');
    expect(a.subtitles).toEqual([]);
    expect(a.bylines).toEqual(['纪海澄']);
    expect(a.paragraphs).toContain('周子墨　吴梓涵　郑雨桐　冯启航');
    expect(a.crossheads.map((c) => c.text)).toEqual(['一等奖（5名）', '二等奖（8名）']);
  });
});

describe('a digest page', () => {
  const page = [
    '晴川文摘报　2023年6月9日　星期五　第2版　文化·生活',
    '夏季防溺水，这几点要记牢',
    '进入夏季，溺水事故进入高发期。专家提醒，预防溺水要做到“六不”，不私自下水游泳。',
    '一旦发现有人溺水，应立即大声呼救并拨打急救电话，切勿贸然下水。',
    '（摘自《健康生活报》　作者　洪晓岚）',
    '漫画',
    '“低头族”　　葛小川　作',
    '（选自《江城晚报》）',
    '读者来信',
    '公交站台能否加个遮阳棚',
    '编辑同志：',
    '我家住在城东区青松路，每天到路口的公交站乘车上班。这个站台没有遮阳棚，也没有座椅。',
    '希望有关部门能考虑在这里加装遮阳棚和座椅，给候车的市民行个方便。',
    '读者　莫川平（晴川市城东区）',
  ].join('\n\n');

  it('a reader’s letter under a cartoon is an item of its own, signed by the reader; 漫画 is a column label', () => {
    const issue = parse(page, '2023-06-09');
    expect(issue.articles.map((a) => [a.kind, a.kicker, a.title, a.bylines])).toEqual([
      ['article', null, '夏季防溺水，这几点要记牢', ['洪晓岚']],
      ['photo', null, '“低头族”', ['葛小川']],
      ['article', null, '公交站台能否加个遮阳棚', ['莫川平']],
    ]);
    expect(issue.articles[2].paragraphs[0]).toBe('编辑同志：');
  });

  it('a salutation is the cue salutation', () => {
    expect(cue('salutation').test('编辑同志：')).toBe(true);
    expect(cue('salutation').test('尊敬的县长：')).toBe(true);
    expect(cue('salutation').test('会议指出：')).toBe(false);
  });

  it('a reader’s signature with a note on the reader in brackets names the reader', () => {
    expect(parseCreditLine('读者　莫川平（晴川市城东区）')).toEqual([{ name: '莫川平', role: '读者' }]);
    expect(parseCreditLine('记者　王峰（实习）')).toBeNull();
  });

  it('a source note or a writer’s unit run in after a brief’s or caption’s last sentence is its credit line', () => {
    expect(splitTrailingCredit('5月30日，溪南古镇百年茶号恢复传统手工炒茶工艺。（摘自《溪南商报》　沈佳音）')).toEqual({
      rest: '5月30日，溪南古镇百年茶号恢复传统手工炒茶工艺。',
      creditLine: '（摘自《溪南商报》　沈佳音）',
      credits: [{ name: '沈佳音', role: '' }],
    });
    expect(splitTrailingCredit('学校还为十名“阅读之星”颁发了证书。（青石镇中心学校　景岚）')?.credits).toEqual([{ name: '景岚', role: '青石镇中心学校' }]);
    expect(splitTrailingCredit('该县四十二万亩小麦已收获过半。（选自《槐安报》　邵远航　摄）')?.credits).toEqual([{ name: '邵远航', role: '摄' }]);
    // a note naming only the source, or a closing note after it, names no one
    expect(splitTrailingCredit('六十块菜地由社区居民认领耕种。（摘自《江城晚报》）')).toBeNull();
    expect(parseCreditLine('（摘自《溪南商报》　有删节）')).toBeNull();
    // on a line of its own, the name alone after the source is the author (as 作者　X or X／文 are)
    expect(parseCreditLine('（摘自《晚晴》　郑秋生）')).toEqual([{ name: '郑秋生', role: '' }]);
  });

  const briefs = (label: string) =>
    [
      '晴川文摘报　2023年6月9日　星期五　第1版　时事·社会',
      label,
      '城南“共享菜园”开园',
      '6月1日，城南街道利用一块闲置空地改建的“共享菜园”开园，六十块菜地由社区居民认领耕种。（摘自《江城晚报》）',
      '全省首家“无障碍书屋”揭牌',
      '近日，全省首家“无障碍书屋”在省城图书馆揭牌，书屋配有盲文图书两千余册。',
      '古镇老字号恢复手工制茶',
      '5月30日，溪南古镇百年茶号“德昌茶庄”恢复传统手工炒茶工艺。（摘自《溪南商报》　沈佳音）',
    ].join('\n\n');

  it('short items under a briefs label (文摘快递) are briefs, and a brief closed by a source note ends as printed', () => {
    const issue = parse(briefs('文摘快递'), '2023-06-09');
    expect(issue.articles.map((a) => a.kind)).toEqual(['brief', 'brief', 'brief']);
    expect(issue.diagnostics.filter((d) => d.code === 'segment/interrupted-article')).toEqual([]);
  });

  it('a run of three short items under any column label is a briefs column', () => {
    const issue = parse(briefs('本周看点'), '2023-06-09');
    expect(issue.articles.map((a) => [a.kind, a.title])).toEqual([
      ['brief', '城南“共享菜园”开园'],
      ['brief', '全省首家“无障碍书屋”揭牌'],
      ['brief', '古镇老字号恢复手工制茶'],
    ]);
  });

  it('a reprint with no date in its text is dated by its source note', () => {
    const issue = parse(
      [
        '晴川文摘报　2023年6月9日　星期五　第2版　文化·生活',
        '夏季防溺水，这几点要记牢',
        '进入夏季，溺水事故进入高发期。专家提醒，预防溺水要做到“六不”，不私自下水游泳。',
        '（摘自6月1日《健康生活报》　作者　洪晓岚）',
        '老旧小区加装电梯“加”出邻里和气',
        '今年以来，江城市已有八十七部老旧小区加装电梯投入使用。',
        '（原载《江城晚报》，有删节）',
      ].join('\n\n'),
      '2023-06-09',
    );
    expect(issue.articles.map((a) => [a.title, a.date?.iso ?? null])).toEqual([
      ['夏季防溺水，这几点要记牢', '2023-06-01'],
      ['老旧小区加装电梯“加”出邻里和气', null],
    ]);
  });
});
