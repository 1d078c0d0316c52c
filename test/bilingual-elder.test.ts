/**
 * A fresh user's two papers (tester8, Dec 2026; the zoo papers bilingual-daily and
 * elder-service-paper): lines in a national script are text, names of any shape stand in a
 * credit's positions, a slogan box at a page's foot is no item, and a story interrupted at a
 * paragraph's end gets its signed rest back. Before: Tibetan, Uyghur, Korean and Mongolian lines
 * were OCR noise (or glued to the Chinese paragraph under them), 旦增　罗明　摄 was a photo item
 * titled 旦增, （央金） stayed in the brief's body, the slogan was a photo item, and the rest of
 * 菜园日记 an item with no title.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssue, trainingPages } from '../src/index.js';
import { pageUnits } from '../src/stages/structure/features.js';
import { parseCreditLine, splitTrailingCredit } from '../src/extract/bylines.js';
import { noiseScore } from '../src/stages/markers.js';
import { NOISE_THRESHOLD } from '../src/heuristics.js';

const parse = (text: string) => parseIssue(text, { entities: false });

describe('lines in a national script', () => {
  const lines = [
    'འབྲོག་པ་ཁྱིམ་ཚང་སྟོང་ལྷག་ལ་ཉི་འོད་གློག་ཐོབ་པ།',
    'قەشقەر كونا شەھىرى ساياھەت مەۋسۇمىنى كۈتۈۋالدى',
    '연길시 조선족 농부절 개막',
    'Шилийн гол нутгийн наадам нээлтээ хийлээ',
    'མི་རིགས་མཐུན་སྒྲིལ།　民族团结一家亲',
  ];

  it('are text, not OCR noise', () => {
    for (const l of lines) expect(noiseScore(l), l).toBeLessThan(NOISE_THRESHOLD);
  });

  it('under a Chinese title: its subtitle, and the story under it its own', () => {
    const issue = parse(
      [
        '边疆日报　2026年9月8日　星期二　第1版',
        '州民族中学举行双语教学观摩活动',
        lines[0],
        '9月6日，州民族中学举行双语教学观摩活动。',
        '喀什老城迎来旅游旺季',
        lines[1],
        '9月6日，喀什老城景区接待游客三万人次。',
        '延吉举办朝鲜族农夫节',
        lines[2],
        '9月6日，延吉市举办第十届朝鲜族农夫节。',
        '锡林郭勒草原那达慕开幕',
        lines[3],
        '9月6日，锡林郭勒草原那达慕大会开幕。',
      ].join('\n\n'),
    );
    expect(issue.articles.map((a) => [a.title, a.subtitles])).toEqual([
      ['州民族中学举行双语教学观摩活动', [lines[0]]],
      ['喀什老城迎来旅游旺季', [lines[1]]],
      ['延吉举办朝鲜族农夫节', [lines[2]]],
      ['锡林郭勒草原那达慕开幕', [lines[3]]],
    ]);
    expect(issue.furniture.filter((f) => f.kind === 'noise')).toEqual([]);
  });
});

describe('names read by their place in a credit', () => {
  it('names set apart before a photographer’s role word or after a work role with its slash', () => {
    expect(parseCreditLine('旦增　罗明　摄')?.map((c) => c.name)).toEqual(['旦增', '罗明']);
    expect(parseCreditLine('文／图　丹珠')?.map((c) => c.name)).toEqual(['丹珠']);
    expect(parseCreditLine('本报记者　旦增　摄')?.map((c) => c.name)).toEqual(['旦增']);
    // no role word: a headline, not a credit
    expect(parseCreditLine('重阳登高　乐享秋光')).toBeNull();
    expect(parseCreditLine('县报新闻摄影')).toBeNull();
  });

  it('a brief closed by a name of any shape in brackets; a closing note is none', () => {
    expect(splitTrailingCredit('9月4日，城乡公交线路正式开通，票价十元。（央金）')?.credits.map((c) => c.name)).toEqual(['央金']);
    expect(splitTrailingCredit('9月3日，专家到拉曲县开展义诊。（次仁）')?.credits.map((c) => c.name)).toEqual(['次仁']);
    expect(splitTrailingCredit('他说，日子越过越好。（待续）')).toBeNull();
    expect(splitTrailingCredit('渠道全面通水。（代表工委）')?.credits).toEqual([]);
  });

  it('a photo item credited to two Tibetan names is one item with both bylines', () => {
    const issue = parse(
      [
        '岗嘉日报　2026年9月8日　星期二　第1版',
        '金秋时节青稞黄',
        '9月5日，扎西岭县德吉乡的农牧民正在抢收青稞。今年全县种植青稞三万二千亩，预计总产量达六千八百吨。',
        '旦增　罗明　摄',
      ].join('\n\n'),
    );
    expect(issue.articles.map((a) => [a.kind, a.title, a.bylines])).toEqual([
      ['photo', '金秋时节青稞黄', ['旦增', '罗明']],
    ]);
  });
});

describe('page and story ends', () => {
  it('a slogan box between the last item’s credit and the page’s editor line has the filler evidence', () => {
    // (The shipped weights are not refit with it yet: the evidence's weight is the prior's in every
    // fit, npm run eval; see README Accuracy.)
    const text = [
      '岗嘉日报　2026年9月8日　星期二　第1版',
      '金秋时节青稞黄',
      '9月5日，扎西岭县德吉乡的农牧民正在抢收青稞。',
      '旦增　罗明　摄',
      'མི་རིགས་མཐུན་སྒྲིལ།　民族团结一家亲',
      '责任编辑：尼玛拉姆　　校对：唐仲轩',
    ].join('\n\n');
    const issue = parse(text);
    expect(issue.articles[0].title).toBe('金秋时节青稞黄');
    const [page] = trainingPages([{ name: 'x', input: Buffer.from(text), roles: [] }]);
    const slogan = pageUnits(page.blocks).find((u) => u.block.text.startsWith('མི་རིགས'));
    expect(slogan?.features).toContain('filler-at-page-foot');
  });

  it('a story cut at a paragraph’s end by a signed brief gets its signed rest back', () => {
    const issue = parse(
      [
        '银龄生活报　2026年11月18日　星期三　第3版　读者之声',
        '法律信箱',
        '子女不尽赡养义务，老人怎么办？',
        '问：我今年七十三岁，请问我该怎么办？',
        '答：您可以先请社区或人民调解委员会调解。',
        '（江岚律师事务所律师　祁望舒）',
        '八旬老人的“菜园日记”',
        '在城郊的杨柳村，八十一岁的郭守田老人每天傍晚都会在一个硬皮本上记下当天菜园里的事。',
        '社区开设智能手机课堂',
        '本报讯　11月12日，金桥社区“银龄数字课堂”开课，二十名志愿者手把手教老人使用健康码。（汤颖）',
        '这样的日记，郭老已经写了整整十二年，攒下了二十三本。',
        '·聂小荷·',
      ].join('\n\n'),
    );
    expect(issue.articles.map((a) => [a.title, a.bylines, a.paragraphs.length])).toEqual([
      ['子女不尽赡养义务，老人怎么办？', ['祁望舒'], 2],
      ['八旬老人的“菜园日记”', ['聂小荷'], 2],
      ['社区开设智能手机课堂', ['汤颖'], 1],
    ]);
  });
});

describe('the two zoo papers as printed', () => {
  const zoo = (paper: string, layout: string) => {
    const file = path.join(__dirname, '..', 'fixtures', 'zoo', paper, `${paper}.${layout}.txt`);
    return parseIssue(readFileSync(file), { path: file, entities: false });
  };

  it('hard-wrapped: a headline printed with its 【】 label after a finished sentence is a headline, not the paragraph’s tail', () => {
    const a = zoo('bilingual-daily', 'wrap').articles.find((x) => x.title === '曲登村干部牧民“结对认亲”暖人心');
    expect(a?.kicker).toBe('【民族团结进步】');
    expect(a?.bylines).toEqual(['丹珠']);
  });

  it('hard-wrapped: a story resumed flush after a box set into it is not run into the box (…工作。 short of the column)', () => {
    const items = zoo('bilingual-daily', 'wrap').articles;
    const school = items.find((x) => x.title === '一座帐篷学校的十年');
    const forecast = items.find((x) => x.title === '岗嘉州气象台发布降温预报');
    expect(school?.paragraphs).toEqual([
      '9月1日清晨，夏季牧场上的帐篷学校升起了国旗。三十一个孩子站成两排，用藏语和汉语唱起了国歌。这所学校是牧民们十年前自发办起来的，随着牧群转场，学校也跟着搬家。',
      '十年间，先后有六位老师在这里任教，最年轻的一位是从内地师范大学毕业的汉族姑娘苏晓雯。她说：“孩子们在哪里，课堂就在哪里。”如今，帐篷学校已经培养出四十多名初中生和两名大学生。',
    ]);
    expect(forecast?.paragraphs).toEqual(['据州气象台9月7日消息，受冷空气影响，9日至11日全州将出现明显降温降雨天气，高海拔地区有雨夹雪，请广大农牧民做好防寒保畜工作。']);
  });

  it('a TV guide printed row by row is one article, its rows paragraphs (the last cell may be long)', () => {
    const issue = zoo('elder-service-paper', 'blank');
    const guide = issue.articles.find((x) => x.title === '本周电视节目导视');
    expect(guide?.paragraphs.length).toBe(8);
    expect(issue.articles.some((x) => /CCTV|电视台/u.test(x.title))).toBe(false);
  });
});

describe('hard-wrapped text whose indents the OCR dropped', () => {
  it('the points of a numbered list are paragraphs, each after the one before ends its sentence', () => {
    const issue = parse(
      [
        '岗嘉日报　2026年9月8日　星期二　第2版',
        '高原秋季防“高反”小贴士',
        '文／周启明',
        '入秋以后，来高原旅游的游客依然较多。州人民医',
        '院急诊科主任医师周启明提醒，初上高原的游客要',
        '注意以下几点：',
        '1.进入高原前一周保证充足睡眠，避免感冒。',
        '2.抵达后头两天不要洗澡，不要剧烈运动，走路要',
        '慢。',
        '3.多喝温开水，饮食以清淡易消化为主，不要饮',
        '酒。',
      ].join('\n'),
    );
    expect(issue.articles.map((a) => a.paragraphs.map((p) => p.slice(0, 2)))).toEqual([['入秋', '1.', '2.', '3.']]);
  });

  it('a Tibetan line under its Chinese title is not run into the lead under it', () => {
    const issue = parse(
      [
        '岗嘉日报　2026年9月8日　星期二　第1版',
        '州民族中学举行双语教学观摩活动',
        'མི་རིགས་སློབ་འབྲིང་དུ་སྐད་གཉིས་སློབ་ཁྲིད་ལྟ་སྐོར།',
        '本报讯（记者　格桑卓玛）9月6日，州民族中学举',
        '行2026年秋季双语教学观摩活动。',
      ].join('\n'),
    );
    expect(issue.articles.map((a) => [a.title, a.subtitles, a.bylines])).toEqual([
      ['州民族中学举行双语教学观摩活动', ['མི་རིགས་སློབ་འབྲིང་དུ་སྐད་གཉིས་སློབ་ཁྲིད་ལྟ་སྐོར།'], ['格桑卓玛']],
    ]);
  });

  it('a brief’s closing name alone in brackets on its line; a wire’s closing note is none', () => {
    expect(parseCreditLine('（央金）')?.map((c) => c.name)).toEqual(['央金']);
    expect(parseCreditLine('（新华社电）')).toBeNull();
    expect(parseCreditLine('（待续）')).toBeNull();
    expect(parseCreditLine('（社论）')).toBeNull();
  });
});

describe('a story cut at a paragraph’s end by an unsigned item', () => {
  it('the paragraph under the item that speaks of the story, not of the item, is the story’s rest', () => {
    const issue = parse(
      [
        '岗嘉日报　2026年9月8日　星期二　第3版　综合',
        '一座帐篷学校的十年',
        '本报记者　阿旺　刘静',
        '9月1日清晨，夏季牧场上的帐篷学校升起了国旗。这所学校是牧民们十年前自发办起来的。',
        '岗嘉州气象台发布降温预报',
        '据州气象台9月7日消息，受冷空气影响，9日至11日全州将出现明显降温降雨天气。',
        '十年间，先后有六位老师在这里任教。如今，帐篷学校已经培养出四十多名初中生。',
        '州图书馆新增藏文图书三千册',
        '9月2日，州图书馆新采购的三千余册藏文图书完成编目上架。',
      ].join('\n\n'),
    );
    expect(issue.articles.map((a) => [a.title, a.paragraphs.length])).toEqual([
      ['一座帐篷学校的十年', 2],
      ['岗嘉州气象台发布降温预报', 1],
      ['州图书馆新增藏文图书三千册', 1],
    ]);
  });
});
