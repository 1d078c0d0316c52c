import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { classifyFurniture, issueHeadName, markNamedPageHeads } from '../src/stages/furniture.js';
import { parseCreditLine } from '../src/extract/bylines.js';
import { CHRONICLE_ENTRY_RE, SIGNER_RE } from '../src/stages/structure/weights.js';
import type { FurnitureKind } from '../src/types.js';

// tester25's county 史志 bulletin (fixtures/zoo/county-shizhi) and its repros (/work/notes/tester25-repro,
// cut short here): a page head of a name with no 报/刊 and the issue number was read as a title and cut
// the story running over the page; a biography titled by its subject's bare name under a column label
// lost its title to the label and the name to the bylines; a column label over an editor's note printed
// above the title became a photo item; an oral history's 口述/整理 credit was a subtitle naming no one;
// a desk signing as 《刊名》编辑部 became a photo item; a 大事记's month entries raised OCR warnings.
// Every case failed before.
const opts = { entities: false, issueDate: '2023-06-30' } as const;

const COVER = '澄川史志\n2023年第2期（总第86期）\n';
const CHRONICLE =
  '大事记\n澄川县大事记（1958年）\n　　1958年1月6日　中共澄川县委召开第三次扩大会议，部署全县冬春农田水利建设。\n　　1月中旬　全县动员民工3.2万人，投入冬修水利，至3月底共修建山塘、水坝1400余处。\n·1·\n';
const CHRONICLE_REST = '　　7月1日　澄川县广播站建成开播，全县有线广播喇叭发展到860只。\n　　8月　县委决定撤区并乡，将全县6个区、42个乡合并为15个乡。\n';

describe('a periodical page head of its name and issue number (name with no 报/刊)', () => {
  it.each([
    ['澄川史志　2023年第2期（总第86期）', '澄川史志'],
    ['2023年第2期（总第86期）　澄川史志', '澄川史志'],
    ['澄川史志　2023年第2期', '澄川史志'],
    ['红岩春秋　总第86期', '红岩春秋'],
  ])('%s is a running head named %s', (line, name) => {
    expect(classifyFurniture(line)).toBe('running-head');
    expect(issueHeadName(line)).toBe(name);
  });

  it.each([['读书会　第3期'], ['本刊　2023年第2期'], ['澄川史志2023年第2期刊登了'], ['《澄川史志》2023年第2期']])('%s is no page head', (line) => {
    expect(issueHeadName(line)).toBeNull();
  });

  it.each([
    ['澄川史志　2023年第2期（总第86期）'],
    ['2023年第2期（总第86期）　澄川史志'],
    ['澄川史志　2023年6月30日'],
  ])('%s over a chronicle running on from the page before: furniture, the chronicle one article', (head) => {
    const issue = parseIssue(`${COVER}${CHRONICLE}${head}\n${CHRONICLE_REST}`, opts);
    expect(issue.articles.map((a) => [a.title, a.paragraphs.length, a.date?.iso])).toEqual([['澄川县大事记（1958年）', 4, '1958-01-06']]);
    expect(issue.furniture.filter((f) => f.text === head).map((f) => f.kind)).toEqual(['running-head']);
  });

  it('a name and a date is a page head only when the cover prints that name', () => {
    const kinds = (lines: string[]): (FurnitureKind | null)[] => {
      const ks = lines.map((t) => classifyFurniture(t));
      markNamedPageHeads(lines.map((text) => ({ text })), ks);
      return ks;
    };
    expect(kinds(['澄川史志', '2023年第2期（总第86期）', '正文。', '澄川史志　2023年6月30日'])[3]).toBe('running-head');
    // a notice's signer and date on one line, in a paper whose cover names another: a signature
    expect(kinds(['澄川史志', '2023年第2期（总第86期）', '正文。', '澄川县档案馆　2023年6月30日'])[3]).toBeNull();
  });
});

describe('a biography titled by its subject\'s bare name', () => {
  const BIO = '　　陈远山（1908—1942），原名陈德福，字静之，澄川县石桥乡下湾村人。1926年考入省立第三师范学校。\n　　1927年10月，受中共枫城中心县委派遣回到澄川，组建中共澄川特别支部，任书记。\n（执笔：林秋禾）\n';
  it.each([['人物\n陈远山\n'], ['陈远山\n']])('%j: the name is the title, the label a section, the writer the byline', (head) => {
    const issue = parseIssue(`${head}${BIO}`, opts);
    expect(issue.articles.map((a) => [a.title, a.bylines])).toEqual([['陈远山', ['林秋禾']]]);
    expect(issue.furniture.map((f) => [f.kind, f.text])).toEqual(head.startsWith('人物') ? [['section', '人物']] : []);
  });

  it('a poem\'s author under its title stays the author', () => {
    const issue = parseIssue('春归\n吴敬亭\n　　燕子衔泥到檐前，桃花开满小河边。\n', opts);
    expect(issue.articles.map((a) => [a.title, a.bylines])).toEqual([['春归', ['吴敬亭']]]);
  });
});

describe('an oral history: a column label over the editor\'s note above the title, and its 口述/整理 credit', () => {
  const PIECE = (credit: string) =>
    `口述历史\n　　编者按：1950年冬至1952年春，澄川县分三批完成土地改革。本刊特约请当年土改工作队队员周德昌老人讲述亲身经历，以飨读者。\n我在石桥区搞土改\n——原土改工作队队员周德昌口述\n${credit}\n　　1950年冬天，我刚满十九岁，从县干部训练班①结业，被分到石桥区②第三工作组。\n注释：\n　　①县干部训练班：1949年11月由中共澄川县委开办，先后举办4期。\n　　②石桥区：1949年至1958年澄川县辖区之一，今属石桥镇。\n`;
  it.each([['周德昌　口述　　方晓岚　整理'], ['口述：周德昌　　整理：方晓岚']])('%s', (credit) => {
    const issue = parseIssue(PIECE(credit), opts);
    expect(issue.articles.map((a) => [a.kind, a.title, a.subtitles, a.bylines, a.creditLines])).toEqual([
      ['article', '我在石桥区搞土改', ['——原土改工作队队员周德昌口述'], ['周德昌', '方晓岚'], [credit]],
    ]);
    expect(issue.furniture.map((f) => [f.kind, f.text])).toEqual([['section', '口述历史']]);
    // the notes' head is a cross-head of the piece (kept in its text, as cross-heads are), each note a
    // paragraph, none run into the text above
    expect(issue.articles[0].crossheads).toEqual([{ text: '注释：', paragraph: 2 }]);
    expect(issue.articles[0].paragraphs.map((p) => p.slice(0, 4))).toEqual(['编者按：', '1950', '注释：', '①县干部', '②石桥区']);
  });

  it.each([
    ['周德昌　口述', [{ name: '周德昌', role: '口述' }]],
    ['周德昌　口述　　方晓岚　整理', [{ name: '周德昌', role: '口述' }, { name: '方晓岚', role: '整理' }]],
    ['口述：周德昌　　整理：方晓岚', [{ name: '周德昌', role: '口述' }, { name: '方晓岚', role: '整理' }]],
    ['亲历者口述', null],
    ['老兵讲述', null],
  ])('credit line %s', (line, credits) => {
    expect(parseCreditLine(line)).toEqual(credits);
  });
});

describe('a notice signed by a periodical\'s desk named in book-title marks', () => {
  it('《澄川史志》编辑部 over its date signs and dates the 征稿启事', () => {
    const issue = parseIssue(
      '征稿启事\n　　《澄川史志》是中共澄川县委党史研究室、澄川县地方志办公室编印的内部交流资料，每年出版4期。\n　　一、征稿范围：党史人物、重要事件、革命遗址、口述史料。\n《澄川史志》编辑部\n2023年6月25日\n',
      opts,
    );
    expect(issue.articles.map((a) => [a.kind, a.title, a.date?.iso, a.creditLines])).toEqual([['article', '征稿启事', '2023-06-25', ['《澄川史志》编辑部', '2023年6月25日']]]);
  });

  it.each([['《澄川史志》编辑部', true], ['《某某》杂志社', true], ['澄川史志编辑部', true], ['《澄川史志》', false], ['《》编辑部', false]])('SIGNER_RE %s', (line, ok) => {
    expect(SIGNER_RE.test(line)).toBe(ok);
  });
});

describe('a chronicle of a year with no month heads', () => {
  it.each([['2月　县人民委员会发出通知'], ['是月　县第一中学增设高中部'], ['10月上旬　县委抽调劳力'], ['1月中旬　全县动员民工'], ['5月底　全县完成'], ['3月8日　全县第一座中型水库']])('%s is an entry', (line) => {
    expect(CHRONICLE_ENTRY_RE.test(line)).toBe(true);
  });

  it.each([['2月，县人民委员会发出通知'], ['3月份'], ['2月']])('%s is none', (line) => {
    expect(CHRONICLE_ENTRY_RE.test(line)).toBe(false);
  });

  it('its entries raise no ocr/closed-up warning', () => {
    const issue = parseIssue(
      '澄川县大事记（1958年）\n　　1958年1月6日　中共澄川县委召开第三次扩大会议，部署全县冬春农田水利建设。\n　　2月　县人民委员会发出通知，在全县开展扫除文盲运动。\n　　是月　县第一中学增设高中部，招收新生两个班96人。\n　　10月上旬　县委抽调劳力1.1万人，在石桥、枫林一带建土高炉。\n',
      opts,
    );
    expect(issue.diagnostics.filter((d) => d.code === 'ocr/closed-up')).toEqual([]);
  });
});
