/**
 * A provincial court newspaper (issue 7; tester16's findings H1, M1-M3, L1, Dec 2026; the court-paper
 * zoo paper). Before: a question headline of 17 or more characters (借条上没写利息，出借人能要利息吗？)
 * was read as body, and with no column label over it the whole signed Q&A went to unassigned; a
 * caption whose 通讯员 a hard wrap split (…咨询。通 / 讯员　蓝　屿　摄) left 讯员 as a credit name and,
 * the caption ending unfinished, took running text two pages on as its rest; a run of briefs under a
 * column label became articles when an ordinary story followed them; notices headed by a bare court
 * name under a 公告送达 label were one article with the other heads as cross-heads; 以案说法 over a
 * headline was a kicker or a column label by what stood above it.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { isHeadlineShaped, isQuestionHeadline } from '../src/text.js';
import { parseCreditLine } from '../src/extract/bylines.js';
import { pageUnits, textFeatures } from '../src/stages/structure/features.js';
import { splitBlocks } from '../src/stages/split-blocks.js';

const lines = (s: string) => s.split('\n').map((text, i) => ({ line: i + 1, text }));

const parse = (input: string) => parseIssue(input, { path: 'page.txt', entities: false, issueDate: '2023-09-12' });
const head = (page: number) => `澄川法院报　2023年9月12日　星期二　第${page}版`;

describe('a question headline of any title length is a headline', () => {
  it.each([
    ['借条上没写利息，出借人能要利息吗？', true],
    ['网购商品与宣传不符，消费者能要求赔偿吗？', true],
    ['房子租期没到房东就要收回，我该怎么办？', true],
    ['借条上没写利息，出借人能要回利息吗。', true],
    ['体检报告上有个“结节”，需要马上做手术吗？', true],
    // a speaker's turn of an interview or a Q&A is running text, however short
    ['记者：课后服务增加了，老师的负担会不会太重？', false],
    ['问：那逾期这段时间也不能要利息吗？', false],
    // two commas or a full stop inside: a sentence
    ['他说，这件事，我们还要再想想，对吗？', false],
    ['事情是这样的。你能帮帮我吗？', false],
    // an exclamation keeps its short limit
    ['如有知情者请与家属联系，必有重谢！', false],
  ])('%s: %s', (line, headline) => {
    expect(isHeadlineShaped(line)).toBe(headline);
  });

  it('the question form alone: one question, no speaker, at most one comma', () => {
    expect(isQuestionHeadline('冬天泡脚水温多少合适？')).toBe(true);
    expect(isQuestionHeadline('冬天泡脚水温多少合适')).toBe(false);
    expect(isQuestionHeadline('医生：冬天泡脚水温多少合适？')).toBe(false);
  });

  const QA = (title: string, label: string) =>
    `${head(3)}\n\n${label}${title}\n\n问：去年我借给朋友5万元，借条上只写了借款金额和还款日期，没有约定利息。现在朋友逾期不还，我能要求他支付利息吗？\n\n答：根据民法典的规定，借款合同对支付利息没有约定的，视为没有利息。因此，借期内的利息一般不能主张。\n\n（汀州市梅岭区人民法院法官　邵　岚）\n`;

  it.each([
    ['借条上没写利息，出借人能要利息吗？', '法律问答\n\n'],
    ['借条上没写利息，出借人能要利息吗？', ''],
    ['朋友借钱不还又没约定利息，我该怎么办？', '健康问答\n\n'],
    ['朋友借钱不还又没约定利息，我该怎么办？', ''],
  ])('a Q&A titled %s (label %j) is one signed article, nothing unassigned', (title, label) => {
    const issue = parse(QA(title, label));
    expect(issue.articles.map((a) => [a.kind, a.title, a.bylines])).toEqual([['article', title, ['邵岚']]]);
    expect(issue.articles[0].paragraphs[0].startsWith('问：去年我借给朋友')).toBe(true);
    expect(issue.unassigned).toEqual([]);
  });
});

describe('a credit whose role word a hard wrap split rejoins its caption', () => {
  const photo = (credit: [string, string]) =>
    `${head(1)}\n要闻\n图片新闻\n法官进工地　讲解讨薪路\n　　9月8日，汀州市梅岭区人民法院干警来到城东\n一处建筑工地，向农民工讲解劳动合同签订、工资\n支付等法律知识，并现场解答大家的法律咨询。${credit[0]}\n${credit[1]}\n庭审直播\n梅岭区法院直播审理一起非法集资案\n　　9月7日，汀州市梅岭区人民法院公开开庭审理\n被告人钱某某非法吸收公众存款一案，并通过中国\n庭审公开网全程直播，累计观看人数达3.2万人次。\n（严　可）\n`;

  it.each([
    [['通', '讯员　蓝　屿　摄']],
    [['特约通', '讯员　蓝　屿　摄']],
  ] as [[string, string]][])('…咨询。%j: credit 通讯员, name 蓝屿, the caption ends its sentence', (credit) => {
    const issue = parse(photo(credit));
    const [p] = issue.articles;
    expect([p.kind, p.bylines]).toEqual(['photo', ['蓝屿']]);
    expect(p.creditLines).toEqual([`${credit[0]}${credit[1]}`]);
    expect(p.paragraphs.at(-1)?.endsWith('法律咨询。')).toBe(true);
  });

  it('the tail of a role word is never a name', () => {
    expect(parseCreditLine('讯员　蓝　屿　摄')).toBeNull();
    expect(parseCreditLine('习生　蓝　屿')).toBeNull();
    expect(parseCreditLine('通讯员　蓝　屿　摄')).toEqual([{ name: '蓝屿', role: '通讯员 摄' }]);
  });
});

describe('running text is the rest of a story cut off mid-sentence only near it, with no jump line', () => {
  const story = (title: string, lastLine: string) => `${title}\n\n本报讯　9月8日，某区人民法院开展普法活动，向群众讲解法律知识。\n\n${lastLine}\n\n`;
  const brief = (title: string) => `${title}\n\n9月7日，某区人民法院公开审理一起案件，旁听群众达80余人。（严　可）\n\n`;
  const orphan = '问：去年我借给朋友5万元，借条上只写了借款金额，没有约定利息。现在朋友逾期不还，我能要求他支付利息吗？\n\n答：借款合同对支付利息没有约定的，视为没有利息。\n\n（某区人民法院法官　邵　岚）\n';

  it('not across two pages and the items between them: unassigned, with its diagnostic', () => {
    const text = `${head(1)}\n\n${story('法官进社区', '活动中，法官还结合身边案例，讲解了合同签订、借贷纠纷等方面的法律知识，并现场解答了群众')}${brief('一起案件公开审理')}${head(2)}\n\n${brief('另一起案件网上开庭')}${brief('巡回法庭走进乡村')}${head(3)}\n\n${orphan}`;
    const issue = parse(text);
    expect(issue.articles.map((a) => a.title)).toEqual(['法官进社区', '一起案件公开审理', '另一起案件网上开庭', '巡回法庭走进乡村']);
    expect(issue.articles[0].spans).toEqual([[3, 7]]);
    expect(issue.unassigned.map((u) => u.text.slice(0, 6))).toEqual(['问：去年我借', '答：借款合同']);
    expect(issue.diagnostics.some((d) => d.code === 'segment/orphan-fragment')).toBe(true);
  });

  it('at the head of the next page after the rest of the one item set after it: both go on (the bundled issue)', () => {
    const cut = (title: string, last: string) => `${title}\n\n本报讯　9月8日，某区人民法院开展普法活动，向群众讲解法律知识。\n\n${last}\n\n`;
    const text = `${head(1)}\n\n${cut('法官进社区', '活动中，法官还结合身边案例，讲解了合同签订、借贷纠纷等方面的法律知识，并现场解答了群众')}${cut('巡回法庭走进乡村', '庭审结束后，法官还结合案情，向旁听村民讲解了赡养义务等方面的法律规定，引导村民')}${head(2)}\n\n自觉履行赡养义务，弘扬孝老爱亲的传统美德。\n\n（严　可）\n\n关心的法律问题，并发放宣传资料200余份。\n\n（梅法宣）\n\n${brief('另一起案件网上开庭')}`;
    const issue = parse(text);
    expect(issue.articles.map((a) => [a.title, a.bylines])).toEqual([['法官进社区', ['梅法宣']], ['巡回法庭走进乡村', ['严可']], ['另一起案件网上开庭', ['严可']]]);
    expect(issue.articles[0].paragraphs.at(-1)?.endsWith('解答了群众关心的法律问题，并发放宣传资料200余份。')).toBe(true);
    expect(issue.unassigned).toEqual([]);
  });

  it('at the head of the next page, no item between: the story goes on there', () => {
    const text = `${head(1)}\n\n${brief('一起案件公开审理')}${story('法官进社区', '活动中，法官还结合身边案例，讲解了合同签订、借贷纠纷等方面的法律知识，并现场解答了群众')}${head(2)}\n\n关心的法律问题，并发放宣传资料200余份。\n\n${brief('另一起案件网上开庭')}`;
    const issue = parse(text);
    expect(issue.articles.map((a) => a.title)).toEqual(['一起案件公开审理', '法官进社区', '另一起案件网上开庭']);
    expect(issue.articles[1].paragraphs.at(-1)).toBe('活动中，法官还结合身边案例，讲解了合同签订、借贷纠纷等方面的法律知识，并现场解答了群众关心的法律问题，并发放宣传资料200余份。');
    expect(issue.unassigned).toEqual([]);
  });
});

describe('a run of briefs under a column label stays briefs when a story follows it', () => {
  const briefs = `${head(1)}\n\n要闻\n\n责任编辑：严书苇　校对：卜　宁\n\n图片新闻\n\n法官进工地　讲解讨薪路\n\n9月8日，汀州市梅岭区人民法院干警来到城东一处建筑工地，向农民工讲解劳动合同签订、工资支付等法律知识。通讯员　蓝　屿　摄\n\n庭审直播\n\n梅岭区法院直播审理一起非法集资案\n\n9月7日，汀州市梅岭区人民法院公开开庭审理被告人钱某某非法吸收公众存款一案，并通过中国庭审公开网全程直播。（严　可）\n\n一起物业服务合同纠纷案网上开庭\n\n9月8日，梅岭区人民法院通过“移动微法院”在线审理一起物业服务合同纠纷案，双方当庭达成调解协议。（梅法宣）\n\n青禾县法院巡回审理赡养纠纷\n\n近日，青禾县人民法院将庭审搬到白沙镇桥头村文化广场，巡回审理一起赡养纠纷案。（石　岚）\n\n`;
  const story = '青禾县检察院公益诉讼守护饮用水源地\n\n本报讯（通讯员　方可欣）9月6日，青禾县人民检察院联合县生态环境局、水利局对全县6处饮用水水源地开展“回头看”，督促整改问题点位11个。\n\n今年以来，该院围绕饮用水水源地保护立案办理公益诉讼案件9件，发出诉前检察建议7份，推动清理水源保护区内违规养殖场3家、排污口2个。\n';

  it.each([['alone', ''], ['with a story after them', story]])('%s: photo, brief, brief, brief (then article)', (_what, after) => {
    const issue = parse(briefs + after);
    expect(issue.articles.map((a) => a.kind)).toEqual(after ? ['photo', 'brief', 'brief', 'brief', 'article'] : ['photo', 'brief', 'brief', 'brief']);
  });

  it('a brief whose closing name a hard wrap set on its own line is a brief all the same', () => {
    const wrapped = `${head(1)}\n庭审直播\n梅岭区法院直播审理一起非法集资案\n　　9月7日，汀州市梅岭区人民法院公开开庭审理\n被告人钱某某非法吸收公众存款一案，累计观看人数\n达3.2万人次。\n（严　可）\n一起物业服务合同纠纷案网上开庭\n　　9月8日，梅岭区人民法院在线审理一起物业服务\n合同纠纷案，双方当庭达成调解协议。（梅法宣）\n青禾县法院巡回审理赡养纠纷\n　　近日，青禾县人民法院将庭审搬到白沙镇桥头村\n，巡回审理一起赡养纠纷案。（石　岚）\n`;
    const issue = parse(wrapped);
    expect(issue.articles.map((a) => [a.kind, a.bylines])).toEqual([['brief', ['严可']], ['brief', ['梅法宣']], ['brief', ['石岚']]]);
  });
});

describe("notices headed by a court's name are items of their own", () => {
  const notice = (court: string, party: string, caseNo: string) =>
    `${court}\n\n${party}：本院受理原告某某公司诉你借款合同纠纷一案，案号为${caseNo}。现依法向你公告送达起诉状副本、应诉通知书及开庭传票。自公告之日起经过30日即视为送达。\n\n`;

  it.each([['公告送达\n\n'], ['']])('under %j: three items, each titled with its court, its addressee in its text', (label) => {
    const text = `${head(3)}\n\n${label}${notice('汀州市梅岭区人民法院', '王建业', '（2023）澄0102民初1234号')}${notice('汀州市青禾县人民法院', '赵春燕', '（2023）澄0125民初876号')}${notice('汀州市中级人民法院', '汀州宏达建材贸易有限公司', '（2023）澄01民终2345号')}`;
    const issue = parse(text);
    expect(issue.articles.map((a) => [a.title, a.crossheads.length, a.bylines])).toEqual([
      ['汀州市梅岭区人民法院', 0, []],
      ['汀州市青禾县人民法院', 0, []],
      ['汀州市中级人民法院', 0, []],
    ]);
    expect(issue.articles.map((a) => a.paragraphs[0].slice(0, 4))).toEqual(['王建业：', '赵春燕：', '汀州宏达']);
  });
});

describe('a case column’s name over a headline is a column label, whatever closed the item above', () => {
  const page = (above: string, label: string) =>
    `${head(3)}\n\n上一篇文章的标题\n\n这是上一篇文章的正文，写了一些内容，讲了一些道理。\n\n${above}${label}\n\n彩礼返还，法院怎么判\n\n□ 尹慧敏\n\n小李与小王经人介绍相识，订婚时小李家给付彩礼18.8万元。双方共同生活不足一年即分手。小李起诉要求小王返还全部彩礼。\n\n（作者单位：汀州市青禾县人民法院）\n`;

  it.each([
    ['', '以案说法'],
    ['（文中当事人均为化名）\n\n', '以案说法'],
    ['（文中当事人均为化名）\n\n', '法官说案'],
    ['', '以案释法'],
  ])('after %j: %s is furniture of kind section, the item has no kicker', (above, label) => {
    const issue = parse(page(above, label));
    const item = issue.articles.find((a) => a.title === '彩礼返还，法院怎么判');
    expect(item?.kicker).toBeNull();
    expect(item?.bylines).toEqual(['尹慧敏']);
    expect(issue.furniture.filter((f) => f.kind === 'section').map((f) => f.text)).toEqual([label]);
  });
});

describe('evidence kept apart from its near kin (guards of the refit with the court paper)', () => {
  it('a bracketed clause naming no one is no credit: feature bracketed-clause', () => {
    const f = (t: string) => textFeatures(splitBlocks(lines(t))[0]);
    expect(f('（节目如有变动，以电视台播出为准）')).toContain('bracketed-clause');
    expect(f('（节目如有变动，以电视台播出为准）')).not.toContain('credit');
    expect(f('（记者　王　峰，通讯员　李　娜）')).not.toContain('bracketed-clause');
    expect(f('（文中当事人均为化名）')).not.toContain('bracketed-clause');
  });

  it("an organisation's name over its addressee's paragraph is a notice's head (notice-head); over a date line it signs", () => {
    const units = pageUnits(splitBlocks(lines('汀州市青禾县人民法院\n\n赵春燕：本院受理原告刘振海诉你离婚纠纷一案，现依法向你公告送达起诉状副本。\n\n汀州市青禾县人民法院\n\n2023年9月1日')));
    expect(units.map((u) => u.features.includes('notice-head'))).toEqual([true, false, false, false]);
    expect(units[2].features).toContain('signer-over-date');
  });
});
