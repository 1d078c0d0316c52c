/**
 * Entity noise fresh users found on invented papers (tester10's school weekly, tester11's 兵团 daily
 * and party-building paper, issue 9): one-character places from lists of names and pieces of words,
 * 现任 glued into the units of a 任前公示, a leader's name cut before a season character, ethnic
 * groups, headline phrases and figures of speech read as places, a date's unit glued into a keyword.
 * Each case is the kind of text, not the paper's own words only.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/index.js';
import { segmenter } from '../src/nlp/jieba.js';
import { withOffsets } from '../src/extract/leaders.js';
import { readFileSync } from 'node:fs';
import { cleanTaggerPlace, isNounCompound, nameListItemAt, splitGluedLevels, withoutAddressedSurname, withoutGluedStopChars } from '../src/extract/entities.js';
import { parseIssue } from '../src/index.js';

const placesOf = (text: string) => extractEntities(text).places.map((p) => p.name);
const orgsOf = (text: string) => extractEntities(text).organizations.map((o) => o.name);
const peopleOf = (text: string) => extractEntities(text).people.map((p) => p.name);

describe('one-character places', () => {
  it('a row of an award list gives names, not the place 韩 of 韩沐晴', () => {
    const text = '二等奖（8名）\n周子墨　吴梓涵　郑雨桐　冯启航\n贺子涵　蒋思远　韩沐晴　杨一诺';
    expect(placesOf(text)).toEqual([]);
    expect(peopleOf(text)).toContain('韩沐晴');
  });

  it('a list of names separated by 、 likewise (美 of 美琳 is no place)', () => {
    expect(nameListItemAt('获奖者：王小明、美琳娜、李华、张强', 9)).toBeNull();
    expect(nameListItemAt('王小明、韩冬、李华、张强', 4)).toEqual({ name: '韩冬', start: 4, end: 6 });
  });

  it.each([
    ['她先后获得县“优秀教师”、市“师德标兵”等称号。'],
    ['县人大常委会开展监督法专题学习。'],
    ['她每拉一针，都要把针在头发上蹭一蹭。'],
    ['市围棋公开赛报名开启。'],
  ])('no one-character place inside a word: %s', (text) => {
    expect(placesOf(text).filter((p) => p.length === 1)).toEqual([]);
  });

  it.each([
    ['座谈会19日在京召开。', ['京']],
    ['江淮流域常常出现持续阴雨。', ['江', '淮']],
    ['双方就中美关系交换意见，日、法、德等国代表出席。', ['日', '法', '德']],
    ['如果美方禁止有关公司。', ['美']],
  ])('short forms of places as the press prints them: %s', (text, want) => {
    for (const p of want) expect(placesOf(text)).toContain(p);
  });
});

describe('résumé entries of a 任前公示', () => {
  const text = [
    '1.　程立新，男，汉族，1979年5月生，大学学历，中共党员，现任青溪镇党委副书记、镇长，拟任青溪镇党委书记。',
    '2.　许若兰，女，汉族，1984年11月生，研究生学历，中共党员，现任县财政局副局长，拟任县审计局局长。',
    '3.　欧阳丹青，女，土家族，1986年8月生，中共党员，现任县委办公室副主任，拟任县委组织部副部长。',
  ].join('\n');
  it('places and organizations without 现任', () => {
    const e = extractEntities(text);
    expect(e.places.map((p) => p.name)).toEqual(['青溪镇']);
    const orgs = e.organizations.map((o) => o.name);
    for (const o of ['县财政局', '县委办公室', '县审计局']) expect(orgs).toContain(o);
    expect(orgs.filter((o) => o.startsWith('现任') || o.startsWith('拟任'))).toEqual([]);
  });
  it('no keyword glued from a birth month (月生 of 1979年5月生)', () => {
    const keywords = extractEntities(text, { keywords: true }).keywords;
    expect(keywords).not.toContain('月生');
    expect(keywords.filter((k) => /^[年月日]/u.test(k))).toEqual([]);
  });
  it('other posts of a résumé (曾任, 历任) likewise', () => {
    expect(orgsOf('王明，曾任县交通局副局长，历任县水利局局长。').filter((o) => /^[曾历]任/u.test(o))).toEqual([]);
  });
});

describe('leaders', () => {
  it('a name ending in a season character is whole (卢映秋, not 卢映)', () => {
    const e = extractEntities('县委常委、组织部部长卢映秋出席会议并讲话。卢映秋强调，要把干部队伍建设好。');
    expect(e.leaders.map((l) => l.name)).toEqual(['卢映秋']);
    expect(peopleOf('县委常委、组织部部长卢映秋出席会议并讲话。')).toEqual(['卢映秋']);
  });
  it('李晓春 after 局长, 王冬 stays two characters before a verb', () => {
    expect(extractEntities('县教育局局长李晓春出席。').leaders.map((l) => l.name)).toEqual(['李晓春']);
  });
});

describe('words that are no places', () => {
  it.each([
    ['7月12日，一八九团牧业连举办牧民运动会，哈萨克族牧民在赛马比赛中奋勇争先。'],
    ['戈壁新城换新颜'],
    ['编者按：村看村，户看户，群众看支部。'],
    ['扎根山村二十年的“数学妈妈”'],
    ['覃玉兰所教班级的数学成绩一直名列全乡前列。'],
  ])('%s', (text) => expect(placesOf(text)).toEqual([]));

  it('a figure of speech ending in a road is none; the village is', () => {
    expect(placesOf('云岭村走出致富新路')).toEqual(['云岭村']);
  });

  it('a country named by its people stays (朝鲜族: MSRA marks the country)', () => {
    expect(placesOf('朝鲜族群众载歌载舞。')).toContain('朝鲜');
  });

  it('a preposition read into a place is left out (从市体育中心获悉)', () => {
    const text = '记者从市体育中心获悉，冬季开放时间调整。';
    expect(placesOf(text)).not.toContain('从市体育中心');
  });

  it('cleanTaggerPlace trims words of the sentence and keeps a name word the tagger reads whole', () => {
    const tag = (text: string) => splitGluedLevels(withOffsets(text, segmenter.tag(text)));
    const text = '记者从市体育中心获悉';
    expect(cleanTaggerPlace({ kind: 'loc', start: 2, end: 8, text: '从市体育中心' }, tag(text), text)?.text).toBe('市体育中心');
    const airport = '位于比绍机场不远';
    expect(cleanTaggerPlace({ kind: 'loc', start: 2, end: 6, text: '比绍机场' }, tag(airport), airport)?.text).toBe('比绍机场');
    const village = '扎根山村二十年';
    expect(cleanTaggerPlace({ kind: 'loc', start: 0, end: 4, text: '扎根山村' }, tag(village), village)).toBeNull();
    // a piece of an ethnic group's name (哈萨 of 哈萨克族/nz) is none; a nation keeps its place (中华 of 中华民族)
    const herders = '哈萨克族牧民在赛马比赛中奋勇争先';
    expect(cleanTaggerPlace({ kind: 'loc', start: 0, end: 2, text: '哈萨' }, tag(herders), herders)).toBeNull();
    const nation = '中华民族的伟大复兴';
    expect(cleanTaggerPlace({ kind: 'loc', start: 0, end: 2, text: '中华' }, tag(nation), nation)?.text).toBe('中华');
  });
});

/**
 * Places of travel and city pages (CLUENER2020 train sentences' kinds, rewritten): words of the
 * sentence swept into a place by the suffix rules or the gazetteer, landmarks named before their kind.
 */
describe('places of travel and city pages', () => {
  it.each([
    ['现在居委和乌审旗共同进行关于城镇课题的研究。', '于城镇'],
    ['修正各类技术指标，使城镇人居环境评估指标体系更科学。', '使城镇'],
    ['不走回头路的话，推荐坐车先到凯里。', '走回头路'],
    ['以金贸中心为代表的高端城市综合体项目也依次亮相。', '以金贸中心'],
  ])('no place glued from a word of the sentence: %s', (text, not) => expect(placesOf(text)).not.toContain(not));

  it.each([
    ['在这个时候海渔广场正好抓住了商业的主题。', '海渔广场'],
    ['游玩罗斯小镇的同时，还可以去塔斯马尼亚。', '罗斯小镇'],
    ['游客从灵隐寺湖心岛返回。', '灵隐寺'],
    ['艾菲尔铁塔上悬挂着一幅巨型标语。', '艾菲尔铁塔'],
    ['游客在灵隐寺烧香，又去雷峰塔看夕阳。', '雷峰塔'],
  ])('the place without what was swept in, landmarks by their kind: %s', (text, want) => expect(placesOf(text)).toContain(want));

  it('a landmark named by its kind is no person (雷峰塔/nr)', () => {
    expect(peopleOf('游客在灵隐寺烧香，又去雷峰塔看夕阳。')).toEqual([]);
  });

  it.each([
    ['包括一座金字塔、一组宫殿和一个广场。', []],
    ['辖区内1.2万基杆塔的位置一目了然，点开任意一基杆塔即可。', []],
    ['芦花河口袋公园建成开放。', ['芦花河口袋公园']],
    ['溪南古镇的老字号恢复手工制茶。', ['溪南古镇']],
    ['中心主办的《二十世纪冰岛绘画展》日前开幕。', ['冰岛']],
  ])('a kind of landmark alone is none, a country ending like one is whole: %s', (text, want) => expect(placesOf(text)).toEqual(want));
});

// tester21's weekend in-depth edition (fixtures/zoo/weekend-indepth) and CLUENER train sentences (ner17):
// noun compounds and verb phrases read as names, a facility kind cut off its place, derbies read as countries.
describe('compounds and phrases that are no names', () => {
  it('a noun compound opening with no surname is no person (藤梯, a rattan ladder)', () => {
    const text = '二十年前，青崖村的孩子上学要攀着藤梯爬下四百米的绝壁。';
    expect(peopleOf(text)).toEqual([]);
    expect(placesOf(text)).toEqual(['青崖村']);
    expect(isNounCompound('藤梯', segmenter)).toBe(true);
    // a surname opens a name (成钢, 苗苗), and a transliteration is a foreign name
    expect(isNounCompound('成钢', segmenter)).toBe(false);
    expect(isNounCompound('苗苗', segmenter)).toBe(false);
  });

  it('a verb of going and a kind of place ends no place (背一袋化肥上山); 上海 stays', () => {
    expect(placesOf('“那时候下山赶一趟集，来回要走七八个小时，背一袋化肥上山，得歇上十几回。”今年61岁的老支书龙德顺说。')).toEqual([]);
    expect(placesOf('他下海经商，后来到了上海。游客登岛游览。')).toEqual(['上海']);
  });

  it('the weekend edition names 龙德顺 and 青崖村, no 藤梯 and no 化肥上山', () => {
    const file = 'fixtures/zoo/weekend-indepth/weekend-indepth.blank.txt';
    const issue = parseIssue(readFileSync(file), { path: file, issueDate: '2025-12-06' });
    const people = issue.articles.flatMap((a) => a.people.map((p) => p.name));
    const places = issue.articles.flatMap((a) => (a.places ?? []).map((p) => p.name));
    expect(people).toContain('龙德顺');
    expect(people).not.toContain('藤梯');
    expect(places).toContain('青崖村');
    expect(places).not.toContain('化肥上山');
  });

  it('a facility kind after its place is one name with it (长沙黄兴路步行街, 中关村科技园)', () => {
    expect(placesOf('长沙黄兴路步行街的人流')).toEqual(['长沙黄兴路步行街']);
    expect(placesOf('分布着中关村科技园、大望京商务区')).toContain('中关村科技园');
  });

  it('a derby is no pair of countries (曼城德比), 中日韩 is', () => {
    expect(placesOf('周末又是曼城德比，马克·休斯无论如何也得悠着点。')).toEqual([]);
    expect(placesOf('中日韩合作')).toEqual(['中', '日', '韩']);
  });

  it('the date of an agency dispatch is no place (中新社七月十六日电)', () => {
    expect(placesOf('中新社七月十六日电台北消息：台湾“金管会”十五日发布修正办法')).not.toContain('七月十六日');
    expect(placesOf('新华社北京3月5日电 今天开会')).toEqual(['北京']);
  });
});

describe('names read into the words after them (CLUENER train kinds, ner17)', () => {
  it('a name run into the form of address after it (王诚王总) is the name; an office after it is no such form', () => {
    expect(withoutAddressedSurname({ kind: 'per', start: 0, end: 3, text: '王诚王' }, '王诚王总，有请！').text).toBe('王诚');
    expect(withoutAddressedSurname({ kind: 'per', start: 0, end: 3, text: '若斯潘' }, '若斯潘总理说').text).toBe('若斯潘');
  });

  it('a name with a particle glued to it is the name the article prints without it (黄春以 → 黄春)', () => {
    // (the shipped tagger reads 黄春 here; a fit held out of CLUENER's train sentences read 黄春以)
    const people = [
      { name: '黄春', role: '', start: 13, end: 15 },
      { name: '黄春以', role: '', start: 23, end: 26 },
      { name: '王诚以', role: '', start: 40, end: 43 },
    ];
    withoutGluedStopChars(people);
    expect(people.map((m) => m.name)).toEqual(['黄春', '黄春', '王诚以']);
    expect(people[1].end).toBe(25);
  });
});
