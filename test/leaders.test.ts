import { describe, expect, it } from 'vitest';
import { cleanTitle, findLeaderMentions, readName } from '../src/extract/leaders.js';
import { segmenter } from '../src/nlp/jieba.js';

const found = (text: string, known: string[] = []) =>
  findLeaderMentions(text, segmenter, new Set(known)).map((m) => [m.name, m.titles]);

describe('findLeaderMentions', () => {
  it.each([
    ['5月25日上午,区委书记胡拥军督查全区防汛防台工作。', [['胡拥军', ['区委书记']]]],
    ['区委副书记、常务副区长谢小兵,副区长胡永宁参加活动。', [['谢小兵', ['区委副书记', '常务副区长']], ['胡永宁', ['副区长']]]],
    ['区委副书记、组织部部长、统战部部长张明星,区区政府副区长张文锦等出席会议。', [['张明星', ['区委副书记', '组织部部长', '统战部部长']], ['张文锦', ['区政府副区长']]]],
    ['区常委、常务副区长谢小兵参加调研。', [['谢小兵', ['区常委', '常务副区长']]]],
    ['5月24日,区委副书记、区长杨万平调研2023年重点民生实事项目。', [['杨万平', ['区委副书记', '区长']]]],
    ['3月8日上午，镇党委书记胡拥军、县长闵成与村民代表座谈。', [['胡拥军', ['镇党委书记']], ['闵成', ['县长']]]],
    ['今天下午县委召开专题会议，县委书记邵振华主持。', [['邵振华', ['县委书记']]]],
    ['4月2日，镇长邵振华到柳树镇石门坎村调研。', [['邵振华', ['镇长']]]],
    ['区长王强调研时指出', [['王强', ['区长']]]],
    ['县人大常委会副主任欧阳明华出席', [['欧阳明华', ['县人大常委会副主任']]]],
    ['市政协副主席李军在会上讲话', [['李军', ['市政协副主席']]]],
    ['区住建局局长陈立新介绍情况', [['陈立新', ['区住建局局长']]]],
    ['街道党工委书记周红说', [['周红', ['街道党工委书记']]]],
    ['区委书记全面部署', []],
    ['区委书记强调，要坚持人民至上', []],
    ['副区长等参加活动', []],
    ['县委召开常委会', []],
  ])('%s', (text, want) => expect(found(text)).toEqual(want));

  it.each([
    ['6月3日，县委副书记、代县长钱建华带队督查。', [['钱建华', ['县委副书记', '代县长']]]],
    ['市委副书记、代市长李明出席', [['李明', ['市委副书记', '代市长']]]],
    ['区委副书记、代区长王强主持会议', [['王强', ['区委副书记', '代区长']]]],
    ['县委常委、代理县长周建国讲话', [['周建国', ['县委常委', '代理县长']]]],
    ['县委常委、常务副县长刘洋参加', [['刘洋', ['县委常委', '常务副县长']]]],
    ['市委常委、常务副部长陈立新介绍', [['陈立新', ['市委常委', '常务副部长']]]],
    ['县委常委、挂职副县长沈丽华陪同', [['沈丽华', ['县委常委', '挂职副县长']]]],
    ['县政府党组书记、县长何志明讲话', [['何志明', ['县政府党组书记', '县长']]]],
    ['县政府党组成员、副县长吴敏出席', [['吴敏', ['县政府党组成员', '副县长']]]],
    ['县人大常委会一级巡视员马俊参加', [['马俊', ['县人大常委会一级巡视员']]]],
    ['县政协二级调研员许德明参加', [['许德明', ['县政协二级调研员']]]],
    ['柳湾村党总支书记许德明介绍', [['许德明', ['村党总支书记']]]],
    ['村委会主任林海涛说', [['林海涛', ['村委会主任']]]],
  ])('acting, executive, seconded and party-group offices, as printed: %s', (text, want) => expect(found(text)).toEqual(want));

  it.each([
    ['——记海西镇宋桥村党支部书记李四', [['李四', ['村党支部书记']]]],
    ['镇宋桥村党支部副书记王芳', [['王芳', ['村党支部副书记']]]],
  ])('a party branch is no department (镇…支部 is no 镇…部): %s', (text, want) => expect(found(text)).toEqual(want));

  it.each([
    ['区领导谢小兵、顾斌、张文动环境质量持续改善', [['谢小兵', []], ['顾斌', []], ['张文', []]]],
    ['县领导王芳、刘洋参加。', [['王芳', []], ['刘洋', []]]],
  ])('list after a 领导 head: %s', (text, want) => expect(found(text)).toEqual(want));

  it('a name known from the issue decides the length', () => {
    expect(found('副区长张文锦等出席', ['张文锦'])).toEqual([['张文锦', ['副区长']]]);
  });
});

describe('findLeaderMentions: shared titles, 政协/人大/纪委/监委 and development-zone offices', () => {
  it.each([
    // One title before a list of names: every name holds it.
    ['副主任韩春燕、冯国庆出席会议', [['韩春燕', ['副主任']], ['冯国庆', ['副主任']]]],
    ['副区长钱佳、黄伟参加活动', [['钱佳', ['副区长']], ['黄伟', ['副区长']]]],
    ['区人大常委会副主任李红、王芳、周强等出席', [['李红', ['区人大常委会副主任']], ['王芳', ['区人大常委会副主任']], ['周强', ['区人大常委会副主任']]]],
    // A new office after 、 starts a new chain.
    ['区委书记王振华、区长李志强调研', [['王振华', ['区委书记']], ['李志强', ['区长']]]],
    ['副区长周建国、全体干部参加', [['周建国', ['副区长']]]],
    // 政协, 人大, 纪委, 监委 offices bind, a name the segmenter cuts 赵/nr 立新/d included.
    ['区政协主席赵立新，区领导钱佳、黄伟出席会议。', [['赵立新', ['区政协主席']], ['钱佳', []], ['黄伟', []]]],
    ['县政协副主席王一鸣讲话', [['王一鸣', ['县政协副主席']]]],
    ['市人大常委会主任孙立新出席', [['孙立新', ['市人大常委会主任']]]],
    ['县纪委书记、县监委主任刘刚作报告', [['刘刚', ['县纪委书记', '县监委主任']]]],
    // Development zones and parks as printed.
    ['开发区党工委书记高志远主持会议', [['高志远', ['开发区党工委书记']]]],
    ['洋口港经济开发区党工委书记高志远', [['高志远', ['经济开发区党工委书记']]]],
    ['高新区管委会主任张强介绍', [['张强', ['高新区管委会主任']]]],
    ['工业园区党工委副书记陈刚', [['陈刚', ['工业园区党工委副书记']]]],
  ])('%s', (text, want) => expect(found(text)).toEqual(want));
});

describe('findLeaderMentions: offices of units that are no organ (README "Leaders")', () => {
  it.each([
    // A bare office heading a hospital department, a hospital, a research centre: the unit's head.
    ['市第一人民医院急诊科主任庞明说', [['庞明', true]]],
    ['市第一人民医院院长王建国说', [['王建国', true]]],
    ['哈佛大学费正清东亚研究中心主任傅高义主持', [['傅高义', true]]],
    // An organ before the office, or none at all: a leader as before.
    ['县人民法院院长王建国说', [['王建国', false]]],
    ['区人大常委会主任王建国说', [['王建国', false]]],
    ['市卫健委主任王建国说', [['王建国', false]]],
    ['会上，主任王建国说', [['王建国', false]]],
  ])('%s', (text, want) =>
    expect(findLeaderMentions(text, segmenter).map((m) => [m.name, m.headsUnit === true])).toEqual(want),
  );
});

describe('findLeaderMentions: a word of the language after an office is no name', () => {
  it.each([
    ['美国总统宣布将最惠国待遇延长一年', []],
    ['英国的首相和大主教接踵出来表态', []],
    ['江泽民主席相识多年', [['江泽民', ['主席']]]],
    // A name that the segmenter reads as a word of another kind stays (高峰/nr, 宋平/x).
    ['区长高峰出席', [['高峰', ['区长']]]],
    // A one-character adverb and verb (都/d 遭/v) is no name; 常明 (常明/x) is one.
    ['俱乐部主席都遭到希腊人暴力袭击', []],
    ['主席还说', []],
    ['区长常明出席', [['常明', ['区长']]]],
  ])('%s', (text, want) => expect(found(text)).toEqual(want));
});

describe('readName', () => {
  it.each([
    ['胡拥军督查', '胡拥军'],
    ['闵成与村民', '闵成'],
    ['谢小兵参加', '谢小兵'],
    ['顾斌、', '顾斌'],
    ['黄燕拍下了', '黄燕'],
    ['司马光明主持会议', '司马光明'],
    ['李明。', '李明'],
    ['全面部署', null],
    ['密切联系群众', null],
    ['和交警指挥', null],
    ['胡，', null],
  ])('%s → %s', (text, want) => expect(readName(text, 0, segmenter)).toBe(want));
});

describe('cleanTitle', () => {
  it.each([
    ['区区政府副区长', '区政府副区长'],
    ['县县委书记', '县委书记'],
    ['区委副书记', '区委副书记'],
  ])('%s → %s', (t, want) => expect(cleanTitle(t)).toBe(want));
});
