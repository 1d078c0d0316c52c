/**
 * Entity noise fresh users found on a 侨报 (tester13's overseas-qiaobao) and a county media centre's
 * paper and a youth paper (tester12's county-media-centre, youth-paper), issue 9: an office printed
 * after a name given to the next person, the surname 区, one-character places inside the words for
 * overseas Chinese, a level character read off the word it opens (乡 of 乡亲), a preposition read as a
 * surname (于金山), chairmen of associations counted as leaders, an organ cut before its last
 * character (县农业农村局已…), a service point, a weekday and pieces of words as entities or keywords.
 * Each case is the kind of text, in the papers' conventions (invented text, free to use).
 */
import { describe, expect, it } from 'vitest';
import { extractEntities, parseIssue } from '../src/index.js';

const entities = (text: string, options: Parameters<typeof extractEntities>[1] = {}) => extractEntities(text, options);
const leadersOf = (text: string) => entities(text).leaders.map((l) => [l.name, l.titles]);
const placesOf = (text: string) => entities(text).places.map((p) => p.name);
const peopleOf = (text: string) => entities(text).people.map((p) => p.name);
const orgsOf = (text: string) => entities(text).organizations.map((o) => o.name);
const keywordsOf = (text: string) => extractEntities(text, { keywords: true }).keywords;

describe('an office printed after a name (王伟明县长) is that name\'s, not the next person\'s', () => {
  it.each([
    ['本报讯（记者 何晓帆）6月14日，王伟明县长，县政协主席李德胜出席落成仪式。'],
    ['王伟明县长、县政协主席李德胜出席落成仪式。'],
  ])('%s', (text) => {
    expect(leadersOf(text)).toEqual([
      ['王伟明', ['县长']],
      ['李德胜', ['县政协主席']],
    ]);
  });

  it('an office chain before a name is still the name\'s (滨澜县委副书记、县长王伟明)', () => {
    expect(leadersOf('滨澜县委副书记、县长王伟明，县政协主席李德胜出席。')).toEqual([
      ['王伟明', ['县委副书记', '县长']],
      ['李德胜', ['县政协主席']],
    ]);
  });

  it('a place before an office is no name (马鞍山市委书记张三)', () => {
    expect(leadersOf('马鞍山市委书记张三强调，要抓好落实。').map(([n]) => n)).toEqual(['张三']);
  });
});

describe('the surname 区 (a 侨乡 surname) after an office', () => {
  it.each([
    ['滨澜县委副书记、县长区伟明，县政协主席李德胜出席。', [['区伟明', ['县委副书记', '县长']], ['李德胜', ['县政协主席']]]],
    ['县委书记区伟明，县长区志强出席会议。', [['区伟明', ['县委书记']], ['区志强', ['县长']]]],
  ])('%s', (text, want) => {
    expect(leadersOf(text)).toEqual(want);
  });

  it('区 as a level after an office is no surname (副县长区县两级)', () => {
    expect(leadersOf('会议由副市长区县两级负责同志参加。')).toEqual([]);
  });
});

describe('one-character places inside the words for overseas Chinese', () => {
  it.each([
    ['答：根据有关规定，华侨回国定居的，可以在户籍所在地参加城乡居民基本养老保险。'],
    ['希望更多年轻一代的华裔回到祖籍地看一看，华人社团也积极参与。'],
  ])('华 of 华侨/华裔/华人 is a people, no place: %s', (text) => {
    expect(placesOf(text)).not.toContain('华');
  });

  it.each([
    ['旅菲濱瀾同鄉總會於6月10日晚在馬尼拉皇家酒店隆重舉行第四十屆理監事就職典禮，新任理事長黃文彬率全體理監事宣誓就職。菲華各界社團代表及鄉親八百餘人出席。'],
    ['旅菲滨澜同乡总会于6月10日晚在马尼拉皇家酒店隆重举行第四十届理监事就职典礼，新任理事长黄文彬率全体理监事宣誓就职。菲华各界社团代表及乡亲八百余人出席。'],
  ])('菲華 (Filipino-Chinese) is no person: %s', (text) => {
    expect(peopleOf(text)).toEqual([expect.stringMatching(/^黄文彬|黃文彬$/u)]);
  });

  it('short forms the press prints as places stay (访华, 中美)', () => {
    expect(placesOf('代表团一行访华期间，中美两国代表交换意见。')).toEqual(expect.arrayContaining(['华', '中', '美']));
  });
});

describe('a level character read off the word it opens, and 侨乡', () => {
  it('五大洲乡亲齐聚侨乡: no place cut from 乡亲 or ending in 侨乡 (五大洲, the five continents, is the world list\'s)', () => {
    expect(placesOf('五大洲乡亲齐聚侨乡共叙乡情')).toEqual(['五大洲']);
  });

  it('著名侨乡 is a kind of place, no name', () => {
    expect(placesOf('滨澜是著名侨乡，一代又一代滨澜乡亲漂洋过海。')).toEqual([]);
  });

  it('a township named before its people stays (潮岭乡乡亲)', () => {
    expect(placesOf('潮岭乡乡亲捐资兴学。')).toEqual(['潮岭乡']);
  });
});

describe('a preposition before a place is no surname', () => {
  it('于金山 (at 金山, San Francisco) is no one', () => {
    const text = '信封上写着“寄回台山县潮岭村　司徒门刘氏收”，落款是“儿　锦堂　民国廿六年秋于金山”。';
    expect(peopleOf(text)).not.toContain('于金山');
  });

  it('a person of the surname 于 stays (于金山同志)', () => {
    expect(peopleOf('退休教师于金山同志介绍，这些侨批都是珍贵文物。')).toContain('于金山');
  });
});

describe('chairmen of associations are people with roles, not leaders', () => {
  it('美国滨澜总会馆主席邝国华 is a person with the role, no leader; the party secretary is', () => {
    const e = entities('市委书记关振邦在致辞中说，滨澜是著名侨乡。旅美乡亲代表、美国滨澜总会馆主席邝国华在发言中表示，十分感慨。');
    expect(e.leaders.map((l) => l.name)).toEqual(['关振邦']);
    expect(e.people.find((p) => p.name === '邝国华')?.roles).toEqual(['主席']);
  });

  it.each([['滨澜同乡会主席伍振华致辞。'], ['县侨商联谊会主席黎国强出席。']])('%s', (text) => {
    expect(entities(text).leaders).toEqual([]);
  });

  it('the chairman of a CPPCC or a people\'s congress standing committee stays a leader', () => {
    expect(leadersOf('县政协主席李德胜、县人大常委会主任张立新出席。')).toEqual([
      ['李德胜', ['县政协主席']],
      ['张立新', ['县人大常委会主任']],
    ]);
  });
});

describe('organizations and places of a county media centre\'s paper', () => {
  it('县农业农村局 whole before 已 (no place 县农业农村)', () => {
    const text = '据了解，今年全县小麦种植面积达11.6万亩，县农业农村局已组织农机检修服务队深入各乡镇开展巡回检修。';
    expect(placesOf(text)).toEqual([]);
    expect(orgsOf(text)).toContain('县农业农村局');
  });

  it('a service point (电商服务站) is no place', () => {
    expect(placesOf('在村里的电商服务站，返乡青年肖晨正对着手机镜头冲泡新茶。')).toEqual([]);
  });

  it.each([
    ['方禾苗出生在沿海的一个小渔村，从小就见过大片滩涂。'],
    ['学校图书馆每天晚上9点半就闭馆。'],
    ['带着同学下乡去'],
  ])('a kind of place is no place: %s', (text) => {
    expect(placesOf(text)).toEqual([]);
  });

  it('a common noun of geography before a noun ends no place (岚溪县云雾镇, not 岚溪县云雾镇高山)', () => {
    expect(entities('岚溪县云雾镇高山茶园里，茶农抢抓晴好天气采摘夏茶。', { nerModel: null }).places.map((p) => p.name)).not.toContain('岚溪县云雾镇高山');
  });

  it.each([
    ['三年前，他回到家乡澄西县开起了一家农产品加工厂。'],
    ['全县组建了理论宣讲、农技服务、法律咨询等志愿服务队46支。'],
  ])('a kind of unit or a service is no organization: %s', (text) => {
    expect(orgsOf(text)).toEqual([]);
  });

  it('a weekday in brackets (星期日) is no organization', () => {
    expect(orgsOf('因城区供水管网改造施工需要，5月19日（星期日）8:00至20:00，城南片区将临时停止供水。')).toEqual([]);
  });
});

describe('keywords are whole words', () => {
  it.each([
    ['新时代的青年，生逢其时，重任在肩。青年生逢其时，青年奋斗正当时，青年担当。', '生逢其'],
    ['学校图书馆每天晚上9点半就闭馆，宿舍11点半才熄灯，同学们只能在走廊看书。', '点半'],
    ['将举办名家讲座、读书分享会、图书漂流等活动30余场，此前已举办讲座20余场。', '余场'],
  ])('%s: no %s', (text, piece) => {
    expect(keywordsOf(text)).not.toContain(piece);
  });

  it('the keywords of the youth paper\'s and county paper\'s items hold no such piece', () => {
    const text = [
      '澄江青年报　2024年5月4日　星期六　第1版',
      '',
      '让青春在奋斗中绽放光彩',
      '',
      '新时代的青年，生逢其时，重任在肩。在科研攻关的实验室里，在乡村振兴的田野上，处处都有青年奋斗的身影。青年生逢其时，更当奋斗。',
    ].join('\n');
    const [a] = parseIssue(text, { issueDate: '2024-05-04' }).articles;
    expect(a.keywords).not.toContain('生逢其');
  });
});
