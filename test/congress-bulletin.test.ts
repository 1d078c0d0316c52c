/**
 * A county people's congress standing-committee bulletin (人大常委会公报) through the shipped model:
 * tester2's reproducers of issue 7 (invented text, written by a tester for the project; the whole
 * paper is the zoo paper fixtures/zoo/congress-bulletin). Running heads with an issue number 第N号
 * and a long paper name, a line repeated at page tops, documents dated by their adoption note, a
 * meeting schedule as one item, a title wrapped after a page break, briefs closed by an office.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { splitBlocks } from '../src/stages/split-blocks.js';
import { normalize } from '../src/stages/normalize.js';
import { splitTrailingCredit } from '../src/extract/bylines.js';

const para = (...lines: string[]) => lines.join('\n\n');

/** tester2's repro/running-head-*.txt: a decision interrupted by a page break, then a notice. */
const interrupted = (head: string) =>
  para(
    '关于加强县级预算审查监督的决定',
    '县人民政府应当在每年县人民代表大会会议举行的四十五日前，将县级预算草案的初步方案提交审查。',
    '— 3 —',
    head,
    '县审计局应当依法开展预算执行审计，县人民政府应当在每年12月报告整改情况。',
    '本决定自2024年7月1日起施行。',
    '关于调整会议议程的通知',
    '经主任会议研究，决定调整本次会议议程。现将有关事项通知如下。',
  );

describe('running heads of bulletins', () => {
  it.each([['青岚县人民政府公报　2024年第3号'], ['云泽县人民代表大会常务委员会公报　2023年第5期']])('%s is a running head', (head) => {
    const issue = parseIssue(interrupted(head), { entities: false, issueDate: '2024-06-28' });
    expect(issue.articles.map((a) => [a.title, a.paragraphs.length])).toEqual([
      ['关于加强县级预算审查监督的决定', 3],
      ['关于调整会议议程的通知', 1],
    ]);
    expect(issue.furniture.map((f) => [f.text, f.kind])).toContainEqual([head, 'running-head']);
  });

  it('reads a line printed beside the folio at three page breaks as a running head, whatever its words', () => {
    const page = (n: number, body: string) => [`　　${body}`, `－${n}－`, '青岚通讯　内部交流　注意保存'];
    const lines = [
      '青岚通讯　内部交流　注意保存',
      ...page(1, '县人大常委会召开主任会议，研究确定会议议程。'),
      ...page(2, '县人大常委会组织代表视察城乡供水一体化工程。'),
      ...page(3, '县人大常委会开展监督法专题学习。'),
      '　　代表风采栏目介绍一位村党支部书记。',
    ].join('\n');
    const blocks = splitBlocks(normalize(lines).lines);
    const heads = blocks.filter((b) => b.kind === 'furniture' && b.furnitureKind === 'running-head').map((b) => b.lines[0]);
    expect(heads).toEqual([1, 4, 7, 10]);
    // Printed twice only (a jumped story's headline over both halves): no evidence.
    const twice = splitBlocks(normalize(lines.split('\n').slice(0, 7).join('\n')).lines);
    expect(twice.some((b) => b.kind === 'furniture' && b.text.startsWith('青岚通讯'))).toBe(false);
  });
});

describe('documents of a 人大常委会', () => {
  it('keeps a meeting schedule as one item: day lines cross-heads, time and chair lines its text (repro/schedule-time-lines.txt)', () => {
    const text = para(
      '青岚县第十八届人民代表大会常务委员会第十九次会议日程',
      '6月26日（星期三）',
      '上午8:30　第一次全体会议',
      '地点：县行政中心四楼常委会会议室',
      '主持人：县人大常委会主任林振邦',
      '1.听取县人民政府关于2023年县级财政决算草案的报告；',
      '2.听取县人民政府关于2023年度国有资产管理情况的综合报告。',
      '下午2:30　分组审议',
      '第一组：县行政中心四楼第一会议室　召集人：陈雪梅',
      '6月27日（星期四）',
      '上午8:30　第二次全体会议',
      '主持人：县人大常委会主任林振邦',
      '1.表决有关决议、决定草案；',
      '2.县人大常委会主任林振邦讲话。',
    );
    const issue = parseIssue(text, { entities: false, issueDate: '2024-06-28' });
    expect(issue.articles).toHaveLength(1);
    const [a] = issue.articles;
    expect([a.title, a.kind, a.creditLines]).toEqual(['青岚县第十八届人民代表大会常务委员会第十九次会议日程', 'article', []]);
    expect(a.crossheads.map((c) => c.text)).toEqual(['6月26日（星期三）', '6月27日（星期四）']);
    expect(a.paragraphs).toContain('上午8:30　第一次全体会议');
    // dated by its first day (the day heading opening it)
    expect(a.date?.iso).toBe('2024-06-26');
  });

  it('splits two documents at a page break when the title fills the column and its adoption note wraps (repro/wrap-title-after-page-break)', () => {
    const text = [
      '青岚县人民代表大会常务委员会关于加强县级',
      '预算审查监督的决定',
      '（2024年6月27日青岚县第十八届人民',
      '代表大会常务委员会第十九次会议通过）',
      '　　一、县人民政府应当在每年县人民代表大',
      '会会议举行的四十五日前，将县级预算草案的',
      '初步方案提交县人大常委会预算工作委员会进',
      '行初步审查。',
      '　　本决定自2024年7月1日起施行。',
      '— 4 —',
      '青岚县人大常委会公报　2024年第3期',
      '青岚县人民代表大会常务委员会任免名单',
      '（2024年6月27日青岚县第十八届人民',
      '代表大会常务委员会第十九次会议通过）',
      '一、决定任命：',
      '　　宋立华为青岚县人民政府副县长；',
      '　　邱明远为青岚县人民政府教育体育局局长',
      '。',
      '二、免去：',
      '　　周德胜的青岚县人民政府副县长职务。',
    ].join('\r\n');
    const issue = parseIssue(text, { entities: false, issueDate: '2024-06-28' });
    expect(issue.articles.map((a) => [a.title, a.date?.iso])).toEqual([
      ['青岚县人民代表大会常务委员会关于加强县级预算审查监督的决定', '2024-06-27'],
      ['青岚县人民代表大会常务委员会任免名单', '2024-06-27'],
    ]);
    expect(issue.articles[1].subtitles).toEqual(['（2024年6月27日青岚县第十八届人民代表大会常务委员会第十九次会议通过）']);
  });

  it('joins a speech title wrapped before its last word, over its date in brackets', () => {
    const text = [
      '在县十八届人大常委会第十九次会议闭幕时的',
      '讲话',
      '（2024年6月27日）',
      '林振邦',
      '　　各位副主任、秘书长，各位委员，同志们：',
      '　　县十八届人大常委会第十九次会议，在全',
      '体组成人员的共同努力下，圆满完成了各项议',
      '程，就要闭幕了。',
    ].join('\n');
    const issue = parseIssue(text, { entities: false, issueDate: '2024-06-28' });
    expect(issue.articles.map((a) => [a.title, a.subtitles, a.date?.iso])).toEqual([
      ['在县十八届人大常委会第十九次会议闭幕时的讲话', ['（2024年6月27日）'], '2024-06-27'],
    ]);
  });
});

describe('briefs closed by an office', () => {
  it.each([
    ['确保年内全面通水。（代表工委）', '确保年内全面通水。', '（代表工委）'],
    ['研究确定会议议程草案。（办公室）', '研究确定会议议程草案。', '（办公室）'],
  ])('%s → credit %s', (paragraph, rest, creditLine) => {
    expect(splitTrailingCredit(paragraph)).toEqual({ rest, creditLine, credits: [] });
  });
  it.each([['会议审议了报告（草案）'], ['会议由县人大常委会办公室（办公室）']])('%s closes with no credit', (paragraph) => {
    expect(splitTrailingCredit(paragraph)).toBeNull();
  });
});
