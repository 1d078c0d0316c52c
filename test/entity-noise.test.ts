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
import { cleanTaggerPlace, nameListItemAt, splitGluedLevels } from '../src/extract/entities.js';

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
