/**
 * A fresh user's party-building paper (tester11, Dec 2026; the zoo paper party-building-paper, a
 * county 组工通讯): running heads that print the bulletin's name, its issue number (第17期,
 * （总第236期）) and the page's label but no date are running heads; a column label of such a paper
 * (基层一线, 党课) is no kicker; a 学习心得 signed at its end by the writer's unit and name carries
 * that line as its byline. Before: the first running head was an empty photo item's title (blank
 * layout) or glued to the kicker under it, 基层一线 was the profile's kicker, the 党课 label and
 * the running head over it were the piece's title, and the signature was the next item's kicker.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { classifyFurniture, isLabelledIssueHead } from '../src/stages/furniture.js';
import { parseCreditLine } from '../src/extract/bylines.js';
import { LEXICAL_CUES } from '../src/stages/structure/weights.js';

const cue = (name: string) => LEXICAL_CUES.find(([n]) => n === name)![1];

describe('a periodical’s running head with its issue number and page label, no date', () => {
  it('is a running head with the label before or after the name', () => {
    expect(classifyFurniture('澄溪组工通讯　2023年第17期（总第236期）　要闻')).toBe('running-head');
    expect(classifyFurniture('澄溪组工通讯　第17期　学习园地')).toBe('running-head');
    expect(classifyFurniture('基层一线　澄溪组工通讯　第17期')).toBe('running-head');
    expect(isLabelledIssueHead('某县政务信息　2023年第5期　经验交流')).toBe(true);
  });

  it('is none without the name, without an issue number, or with a sentence', () => {
    expect(isLabelledIssueHead('全县举办第17期组工干部培训班')).toBe(false);
    expect(isLabelledIssueHead('澄溪组工通讯　学习园地')).toBe(false);
    expect(isLabelledIssueHead('第17期　学习园地　党课')).toBe(false);
    expect(isLabelledIssueHead('本报2023年第5期刊登的文章')).toBe(false);
    expect(isLabelledIssueHead('本报　第5期　要闻')).toBe(false);
    expect(classifyFurniture('第17期培训班在澄溪组工通讯编辑部开班，学员四十名')).toBeNull();
  });
});

describe('a party-building paper’s column labels', () => {
  it('are column labels, not kickers', () => {
    for (const label of ['基层一线', '党课', '学习心得', '他山之石']) expect(cue('column-label').test(label)).toBe(true);
    expect(cue('column-label').test('基层一线党员冲在前')).toBe(false);
  });
});

describe('a piece signed at its end by unit and name', () => {
  it('names the writer, the unit as the role', () => {
    expect(parseCreditLine('澄溪县审计局　邵明川')).toEqual([{ name: '邵明川', role: '澄溪县审计局' }]);
    expect(parseCreditLine('青石镇中心学校　景　岚')).toEqual([{ name: '景岚', role: '青石镇中心学校' }]);
  });

  it('is no credit when the words after the unit are no name', () => {
    expect(parseCreditLine('县审计局　开展专项审计')).toBeNull();
    expect(parseCreditLine('县审计局')).toBeNull();
  });
});

describe('the party-building page through the parser', () => {
  const issue = parseIssue(
    [
      '澄溪组工通讯　2023年第17期（总第236期）　要闻',
      '坚持新时代党的组织路线——',
      '全县组织工作推进会召开',
      '本报讯（记者　邵一帆）9月5日，全县组织工作推进会召开。县委常委、组织部部长卢映秋出席会议并讲话。',
      '会议指出，今年以来，全县组织系统围绕抓基层、强基础、固基本，持续推进村（社区）党组织星级评定。',
      '责任编辑：沈青禾',
      '·1·',
      '基层一线　澄溪组工通讯　第17期',
      '基层一线',
      '把群众的事当成自家的事',
      '——记石桥村党支部书记欧阳春生',
      '本报记者　邵一帆　通讯员　岳小满',
      '清晨六点，石桥村党支部书记欧阳春生已经骑着电动车在村里转了一圈。哪家的水管漏了，他的笔记本上记得清清楚楚。',
      '如今，石桥村集体经济年收入达到八十六万元，村里还建起了老年食堂。村民说：“有事找春生，准没错。”',
      '责任编辑：沈青禾',
      '·2·',
      '澄溪组工通讯　第17期　学习园地',
      '党课',
      '做到“三个务必”，关键在行动',
      '◎卢映秋',
      '党的二十大报告提出“三个务必”，这是对全党同志的谆谆告诫。作为党员干部，学习“三个务必”，关键要落实到行动上。',
      '务必不忘初心、牢记使命，就要在为民服务中体现宗旨。务必谦虚谨慎、艰苦奋斗，就要在工作生活中保持本色。',
      '学习心得',
      '在审计一线践行初心',
      '参加县直机关主题教育读书班以来，我认真学习了党的创新理论，对“为谁干、怎么干”有了更深的认识。',
      '审计工作是监督工作，更是服务工作。今后，我将把学习成果转化为推动审计工作高质量发展的实际行动。',
      '澄溪县审计局　邵明川',
      '中共澄溪县委关于程立新等同志任职的通知',
      '澄委〔2023〕88号',
      '各乡镇党委，县委各部委，县直各单位党组（党委）：',
      '经县委研究决定：程立新同志任青溪镇党委书记；许若兰同志任县审计局党组书记。',
      '中共澄溪县委',
      '2023年9月6日',
      '责任编辑：卢小禾',
      '·3·',
    ].join('\n\n'),
    { entities: false, issueDate: '2023-09-08' },
  );
  const heads = issue.articles.map((a) => ({ kicker: a.kicker, title: a.title, bylines: a.bylines }));

  it('gives the five items their own heads: no running head or column label among them', () => {
    expect(heads).toEqual([
      { kicker: '坚持新时代党的组织路线——', title: '全县组织工作推进会召开', bylines: ['邵一帆'] },
      { kicker: null, title: '把群众的事当成自家的事', bylines: ['邵一帆', '岳小满'] },
      { kicker: null, title: '做到“三个务必”，关键在行动', bylines: ['卢映秋'] },
      { kicker: null, title: '在审计一线践行初心', bylines: ['邵明川'] },
      { kicker: null, title: '中共澄溪县委关于程立新等同志任职的通知', bylines: [] },
    ]);
    expect(issue.articles.map((a) => a.kind)).toEqual(['article', 'article', 'article', 'article', 'article']);
  });
});

describe('a 任前公示’s entries', () => {
  it('name the person before the sex, after the entry’s number, a compound surname whole', async () => {
    const { findResumeEntries } = await import('../src/extract/people.js');
    const text = [
      '根据有关规定，经县委研究，拟提拔任用以下同志，现予以公示：',
      '1.　程立新，男，汉族，1979年5月生，大学学历，中共党员，现任青溪镇党委副书记、镇长，拟任青溪镇党委书记。',
      '【3】欧阳丹青，女，土家族，1986年8月生，在职研究生学历，中共党员，现任县委办公室副主任。',
      '4.　祝远航，男，汉族，1988年2月生，大学学历，中共党员，拟提名为青溪镇镇长候选人。',
      '公示时间：2023年9月4日至9月8日，男女职工均可反映。',
    ].join('\n');
    expect(findResumeEntries(text).map((m) => [m.name, text.slice(m.start, m.end)])).toEqual([
      ['程立新', '程立新'],
      ['欧阳丹青', '欧阳丹青'],
      ['祝远航', '祝远航'],
    ]);
  });
});

describe('a kicker over a title printed on two lines, the first ending in a joining conjunction', () => {
  it('gives one title over the two lines and keeps the subtitle under them', () => {
    const issue = parseIssue(
      [
        '塔格河垦区日报　2023年7月18日　星期二　第1版　要闻',
        '兵地融合发展走深走实',
        '第十六师一八八团与',
        '塔格河县共建棉花产业园',
        '首期投资三点二亿元　年内建成投产',
        '本报讯（记者　韩晓峰）7月16日，第十六师一八八团与塔格河县共建的棉花产业园开工建设，首期投资三点二亿元。',
        '产业园建成后每年可就地加工籽棉八万吨，带动周边两千余人就业。',
        '三连职工群众喜迎丰收',
        '本报讯（记者　周文涛）7月15日，一八六团三连的二千四百亩冬小麦全部收获，平均亩产五百八十公斤。',
      ].join('\n\n'),
      { entities: false, issueDate: '2023-07-18' },
    );
    expect(issue.articles.map((a) => [a.kicker, a.title, a.subtitles])).toEqual([
      ['兵地融合发展走深走实', '第十六师一八八团与塔格河县共建棉花产业园', ['首期投资三点二亿元　年内建成投产']],
      [null, '三连职工群众喜迎丰收', []],
    ]);
  });
});
