import { describe, expect, it } from 'vitest';
import { openingCredit, parseCreditLine, parseCredits, parseLeadIn, splitTrailingCredit } from '../src/extract/bylines.js';

describe('parseCreditLine', () => {
  it.each([
    ['·金驰·', [{ name: '金驰', role: '' }]],
    ['·缪通 陈苏君·', [{ name: '缪通', role: '' }, { name: '陈苏君', role: '' }]],
    ['• 王建春 •', [{ name: '王建春', role: '' }]],
    ['（记者 王峰 通讯员 李娜）', [{ name: '王峰', role: '记者' }, { name: '李娜', role: '通讯员' }]],
    ['（本报记者　王峰）', [{ name: '王峰', role: '本报记者' }]],
    ['记者　杨阳　摄', [{ name: '杨阳', role: '记者 摄' }]],
    ['杨阳 摄', [{ name: '杨阳', role: '摄' }]],
    ['文/图 记者 王峰', [{ name: '王峰', role: '文/图 记者' }]],
    ['记者王峰 通讯员李娜', [{ name: '王峰', role: '记者' }, { name: '李娜', role: '通讯员' }]],
    ['·区融媒体中心·', [{ name: '区融媒体中心', role: '' }]],
    ['·本报记者 金驰·', [{ name: '金驰', role: '本报记者' }]],
    ['文/金驰 图/杨阳', [{ name: '金驰', role: '文' }, { name: '杨阳', role: '图' }]],
    ['（記者　林志明）', [{ name: '林志明', role: '記者' }]],
    ['记者 王峰 报道', [{ name: '王峰', role: '记者 报道' }]],
    ['本报记者 郑丹丹', [{ name: '郑丹丹', role: '本报记者' }]],
    ['（葛晓东）', [{ name: '葛晓东', role: '' }]],
    ['（王峰 李娜）', [{ name: '王峰', role: '' }, { name: '李娜', role: '' }]],
    // A page's credit scoped to it (a national daily's 本版制图 under the page's last story).
    ['本版制图：唐　咏', [{ name: '唐咏', role: '本版制图' }]],
    ['本文图片：王峰', [{ name: '王峰', role: '本文图片' }]],
    // A two-character name spaced to three (王　鹏) inside dots OCR read as 。 (tester5's army daily).
    ['。王　鹏。', [{ name: '王鹏', role: '' }]],
    ['·王　鹏·', [{ name: '王鹏', role: '' }]],
    ['. 李　明 张小红 。', [{ name: '李明', role: '' }, { name: '张小红', role: '' }]],
    // A space Tesseract read as a quote mark beside a space (held-out county paper, issue 8).
    ['记者 ”王峰 摄', [{ name: '王峰', role: '记者 摄' }]],
  ])('%s', (line, credits) => {
    expect(parseCreditLine(line)).toEqual(credits);
  });

  it.each([
    ['钟秀街道率先发布党建引领营商环境提升“和·钟”共济”品牌'],
    ['喜迎六一 快乐成长'],
    // An editor's line scoped to the page is furniture, not a credit.
    ['本版编辑：唐　咏'],
    ['优化营商环境'],
    ['（下转第3版）'],
    ['·这是一句很长的话，不是署名·'],
    ['乡镇新闻报道'],
    ['（上）'],
    ['（调研组）'],
    ['图片新闻'],
    ['县报新闻摄影'],
    // Spaced-out words in dots that OCR left: no surname, no name.
    ['。我　们。'],
    ['。区　委。'],
  ])('%s is not a credit line', (line) => {
    expect(parseCreditLine(line)).toBeNull();
  });
});

describe('parseCredits', () => {
  it('reads an office before a name as its role (a speech byline in a bulletin)', () => {
    expect(parseCreditLine('县长　郑明远')).toEqual([{ name: '郑明远', role: '县长' }]);
    expect(parseCreditLine('县长')).toBeNull();
    // Tesseract reads the ideographic space between them as a quote (the bulletin render of scripts/ocr).
    expect(parseCreditLine('县长”郑明远')).toEqual([{ name: '郑明远', role: '县长' }]);
    expect(parseCreditLine('“王明。”')).toBeNull();
    expect(parseCreditLine('县长　郑明远　副县长　唐卫国')).toEqual([
      { name: '郑明远', role: '县长' },
      { name: '唐卫国', role: '副县长' },
    ]);
  });
  it('rejects tokens that are not names', () => {
    expect(parseCredits('记者 从县交通局获悉')).toBeNull();
  });
});

describe('parseLeadIn', () => {
  it.each([
    [
      '本报讯（记者　陆雯　通讯员　顾晓峰）记者从县交通局获悉，人民中路改造进入收尾阶段。',
      '本报讯',
      '（记者　陆雯　通讯员　顾晓峰）',
      [{ name: '陆雯', role: '记者' }, { name: '顾晓峰', role: '通讯员' }],
      '记者从县交通局获悉，人民中路改造进入收尾阶段。',
    ],
    ['本报南通6月7日电（记者 王峰）6月7日，全市召开会议。', '本报南通6月7日电', '（记者 王峰）', [{ name: '王峰', role: '记者' }], '6月7日，全市召开会议。'],
    [
      '新华社北京6月7日电（记者 李明 张华）国务院……',
      '新华社北京6月7日电',
      '（记者 李明 张华）',
      [{ name: '李明', role: '记者' }, { name: '张华', role: '记者' }],
      '国务院……',
    ],
    ['本报讯 近日，全县召开会议。', '本报讯', null, [], '近日，全县召开会议。'],
    ['本报讯（特约评论员）近日，全县召开会议。', '本报讯（特约评论员）', null, [], '近日，全县召开会议。'],
    // The paper's own 讯 with a place and/or a date before it (a fresh-user health paper, legal-paper zoo).
    [
      '本报江澄3月14日讯（记者　葛明远）昨日，市医院开展义诊。',
      '本报江澄3月14日讯',
      '（记者　葛明远）',
      [{ name: '葛明远', role: '记者' }],
      '昨日，市医院开展义诊。',
    ],
    ['本报6月7日讯　今天，全县召开会议。', '本报6月7日讯', null, [], '今天，全县召开会议。'],
    ['本报北京讯（记者 王峰）全市召开会议。', '本报北京讯', '（记者 王峰）', [{ name: '王峰', role: '记者' }], '全市召开会议。'],
    // The bracket as Tesseract read it on the held-out county paper (issue 8): 〈 or 《 for （, ) for
    // ）, the ideographic spaces as ” or ，, the opening mark lost, the credit run on without a space.
    [
      '本报讯〈记者”王峰 通讯员李雅楠) 6月8日上午，县委召开会议。',
      '本报讯',
      '〈记者”王峰 通讯员李雅楠)',
      [{ name: '王峰', role: '记者' }, { name: '李雅楠', role: '通讯员' }],
      '6月8日上午，县委召开会议。',
    ],
    ['本报讯 〈记者，陈晓 ”通讯员周婷) 6月7日', '本报讯', '〈记者，陈晓 ”通讯员周婷)', [{ name: '陈晓', role: '记者' }, { name: '周婷', role: '通讯员' }], '6月7日'],
    ['本报讯《通讯员 ”李雅楠”吴静) 6月8日', '本报讯', '《通讯员 ”李雅楠”吴静)', [{ name: '李雅楠', role: '通讯员' }, { name: '吴静', role: '通讯员' }], '6月8日'],
    ['本报讯 通讯员 ”李雅楠) 6月8日', '本报讯', '通讯员 ”李雅楠)', [{ name: '李雅楠', role: '通讯员' }], '6月8日'],
    ['本报讯通讯员胡敬) 6月7日清晨', '本报讯', '通讯员胡敬)', [{ name: '胡敬', role: '通讯员' }], '6月7日清晨'],
    ['本报讯（记者”王峰）6月', '本报讯', '（记者”王峰）', [{ name: '王峰', role: '记者' }], '6月'],
    // A book title after the lead-in is no credit in a misread bracket; nor a date with a bracket after it.
    ['本报讯《人民日报》报道，全县召开会议。', '本报讯', null, [], '《人民日报》报道，全县召开会议。'],
    ['本报讯 6月7日，县图书馆(24小时)开放', '本报讯', null, [], '6月7日，县图书馆(24小时)开放'],
  ])('%s', (para, dateline, creditLine, credits, rest) => {
    expect(parseLeadIn(para)).toEqual({ dateline, creditLine, credits, rest });
  });

  it.each([
    ['通讯员队伍建设（一）不断加强。'],
    ['5月25日上午，区委书记胡拥军督查全区防汛防台工作。'],
    ['本报通讯员　王　力'],
    ['本报通讯员（王力）报道，全县召开会议。'],
  ])(
    '%s has no lead-in',
    (para) => {
      expect(parseLeadIn(para)).toBeNull();
    },
  );
});

describe('splitTrailingCredit', () => {
  it('finds a run-on photo credit at the end of a long caption (searched in the tail) and keeps all before it', () => {
    const caption = '图为村民在田间抢收晚稻。'.repeat(400) + '记者　杨阳　摄';
    const got = splitTrailingCredit(caption);
    expect(got?.creditLine).toBe('记者　杨阳　摄');
    expect(got?.rest).toBe('图为村民在田间抢收晚稻。'.repeat(400));
    expect(got?.credits).toEqual([{ name: '杨阳', role: '记者 摄' }]);
  });
  it('a paragraph ending in a long run of spaces after a full stop has no run-on credit', () => {
    expect(splitTrailingCredit('工作。' + ' '.repeat(60000) + '完')).toBeNull();
  });
  it('splits a bracketed credit off the last paragraph', () => {
    expect(splitTrailingCredit('全县共完成改造任务120户。（记者 王峰）')).toEqual({
      rest: '全县共完成改造任务120户。',
      creditLine: '（记者 王峰）',
      credits: [{ name: '王峰', role: '记者' }],
    });
  });
  it('splits a photo credit run on after the caption', () => {
    expect(splitTrailingCredit('农户驾驶收割机抢收晚稻。记者　杨阳　摄')).toEqual({
      rest: '农户驾驶收割机抢收晚稻。',
      creditLine: '记者　杨阳　摄',
      credits: [{ name: '杨阳', role: '记者 摄' }],
    });
  });
  it('splits a ·byline· run on after the last sentence', () => {
    expect(splitTrailingCredit('坚决做到守土尽责。·金驰·')).toEqual({
      rest: '坚决做到守土尽责。',
      creditLine: '·金驰·',
      credits: [{ name: '金驰', role: '' }],
    });
  });
  it('leaves a sentence that ends in 摄 alone', () => {
    expect(splitTrailingCredit('他说：“这张照片是我亲自拍摄')).toBeNull();
  });
  it('leaves a bracket that is not a credit', () => {
    expect(splitTrailingCredit('会议由县长主持（县委书记出席）')).toBeNull();
  });
});

describe('credit conventions of the field (credit-lexicon.ts)', () => {
  it.each([
    // Correspondents abroad and other papers' reporters: the press and post are part of the role.
    ['本报驻东京记者　蒋　岚', [{ name: '蒋岚', role: '本报驻东京记者' }]],
    ['澜江商报记者　卫　澜', [{ name: '卫澜', role: '澜江商报记者' }]],
    ['新华社记者　韩　雪　赵一鸣　吴　桐', [{ name: '韩雪', role: '新华社记者' }, { name: '赵一鸣', role: '新华社记者' }, { name: '吴桐', role: '新华社记者' }]],
    ['本报学生记者　蔡知远', [{ name: '蔡知远', role: '本报学生记者' }]],
    ['本报通讯员　姚　远　本报记者　包　蕾', [{ name: '姚远', role: '本报通讯员' }, { name: '包蕾', role: '本报记者' }]],
    // Author marks before a name, with or without a space, with or without a role.
    ['□ 孟　杨', [{ name: '孟杨', role: '' }]],
    ['■本报通讯员　薄　溪', [{ name: '薄溪', role: '本报通讯员' }]],
    ['◇ 叶汀', [{ name: '叶汀', role: '' }]],
    ['□ 通讯员　蓝　岚', [{ name: '蓝岚', role: '通讯员' }]],
    // Photo credits: the photographer after the agency, a foreign name with a middle dot.
    ['新华社记者　李　洵　摄', [{ name: '李洵', role: '新华社记者 摄' }]],
    ['新华社发（马克·贝内特摄）', [{ name: '马克·贝内特', role: '新华社发 摄' }]],
    ['摄影／学生记者　晏　舟', [{ name: '晏舟', role: '摄影 学生记者' }]],
    // Work roles with a slash and a padded name.
    ['文／温　言', [{ name: '温言', role: '文' }]],
    ['文／石　磊　图／柏　川', [{ name: '石磊', role: '文' }, { name: '柏川', role: '图' }]],
    ['·江　帆·', [{ name: '江帆', role: '' }]],
    // Trailing roles after the names: 整理 is the role, never a name.
    ['（本报记者　包　蕾　整理）', [{ name: '包蕾', role: '本报记者 整理' }]],
    // A reader's letter; an expert's signature under an answer (unit and title are the role).
    ['读者　邹立新', [{ name: '邹立新', role: '读者' }]],
    ['（省农业科学院植物保护研究所研究员　阮清和）', [{ name: '阮清和', role: '省农业科学院植物保护研究所研究员' }]],
    ['（岩口县畜牧兽医站兽医师　骆　红）', [{ name: '骆红', role: '岩口县畜牧兽医站兽医师' }]],
    // A role and a colon.
    ['执笔：贺秋实　方　圆', [{ name: '贺秋实', role: '执笔' }, { name: '方圆', role: '执笔' }]],
    ['（吴　晴）', [{ name: '吴晴', role: '' }]],
    // A reprint's source note with its author after the source (a digest paper's items).
    ['（摘自3月11日《澄江农民报》　文／周立群）', [{ name: '周立群', role: '文' }]],
    ['（摘自3月8日《云岭日报》　作者：孙敏）', [{ name: '孙敏', role: '作者' }]],
    ['（转载自《桐江晚报》2024年第2期　文/石　磊）', [{ name: '石磊', role: '文' }]],
  ])('%s', (line, credits) => {
    expect(parseCreditLine(line)).toEqual(credits);
  });

  it.each([
    // Credits that name no person.
    ['（澜江农产品批发市场供稿）'],
    ['（综合新华社、本报驻外记者报道）'],
    ['（新华社电）'],
    ['（作者为东陵大学国际关系学院教授）'],
    ['（作者单位：衡江大学历史文化学院）'],
    ['（文中当事人均为化名）'],
    ['（本报东京7月17日电）'],
    // A reprint's source note naming only the source (a name alone after it is the author: school-digest.test.ts).
    ['（据《天气知识》）'],
    ['（摘自《文史漫谈》2024年第2期）'],
    ['（据《南岭日报》报道）'],
    ['（摘自《晚晴》　有删节）'],
    // A reader's signature in brackets closes the question they asked, in the body.
    ['（桂水县读者　邵长根）'],
    // An office or title alone is a role, not a name; a section's name with a middle dot is no foreign name.
    ['研究员'],
    ['本报通讯员'],
    ['科技·服务'],
    ['□ 图片新闻'],
    // A column label after a role word is no name (文章 would pass for one: 文 is a surname).
    ['评论员文章'],
    ['记者手记'],
  ])('%s names nobody', (line) => {
    expect(parseCreditLine(line)).toBeNull();
  });
});

describe('lead-ins and openings with credits', () => {
  it.each([
    [
      '据新华社柏林7月17日电（记者　乔晓帆）欧洲多国近日持续遭遇高温天气。',
      '据新华社柏林7月17日电',
      '（记者　乔晓帆）',
      [{ name: '乔晓帆', role: '记者' }],
      '欧洲多国近日持续遭遇高温天气。',
    ],
    [
      '本报开罗7月17日电　记者沈默报道：第十九届亚历山大国际书展17日开幕。',
      '本报开罗7月17日电',
      '记者沈默报道：',
      [{ name: '沈默', role: '记者 报道' }],
      '第十九届亚历山大国际书展17日开幕。',
    ],
    [
      '本报讯　记者　许安然　实习生　顾　晨　前天，记者走访了我市城区多所中小学。',
      '本报讯',
      '记者　许安然　实习生　顾　晨',
      [{ name: '许安然', role: '记者' }, { name: '顾晨', role: '实习生' }],
      '前天，记者走访了我市城区多所中小学。',
    ],
    // A stringer's pen name right after the role; the reporter's next word (记者昨日…) is text.
    [
      '本报讯　记者　王　俊　通讯员　铁　宣　记者昨日从铁路部门获悉，车票今起开售。',
      '本报讯',
      '记者　王　俊　通讯员　铁　宣',
      [{ name: '王俊', role: '记者' }, { name: '铁宣', role: '通讯员' }],
      '记者昨日从铁路部门获悉，车票今起开售。',
    ],
    ['本报北京6月19日电（记者韩　笑）会议19日在京召开。', '本报北京6月19日电', '（记者韩　笑）', [{ name: '韩笑', role: '记者' }], '会议19日在京召开。'],
    // A lead-in with no credit: the first words are text (近日 is no name).
    ['本报讯　近日，全县召开会议。', '本报讯', null, [], '近日，全县召开会议。'],
  ])('%s', (para, dateline, creditLine, credits, rest) => {
    expect(parseLeadIn(para)).toEqual({ dateline, creditLine, credits, rest });
  });

  it('reads a credit opening the first paragraph only when it ends in 报道', () => {
    expect(openingCredit('本报记者　樊　越　报道　昨晚，中甲联赛第28轮打响。', true)).toEqual({
      creditLine: '本报记者　樊　越　报道',
      credits: [{ name: '樊越', role: '本报记者 报道' }],
      rest: '昨晚，中甲联赛第28轮打响。',
    });
    expect(openingCredit('本报记者　樊　越　昨晚，中甲联赛第28轮打响。', true)).toBeNull();
    // 本报通讯员 alone is no lead.
    expect(openingCredit('本报通讯员　王　力', false)).toBeNull();
    expect(parseLeadIn('本报通讯员　王　力')).toBeNull();
  });
});

describe('credits closing a paragraph', () => {
  it.each([
    ['…今年预计产量可达150万斤。（通讯员　鄢　青　摄）', '（通讯员　鄢　青　摄）', [{ name: '鄢青', role: '通讯员 摄' }]],
    ['…进球后与队友庆祝。（记者　柏　川　摄）', '（记者　柏　川　摄）', [{ name: '柏川', role: '记者 摄' }]],
    ['…守好“钱袋子”。本报通讯员　车　骋　摄', '本报通讯员　车　骋　摄', [{ name: '车骋', role: '本报通讯员 摄' }]],
    // A brief's closing names alone after its last sentence.
    ['…共进行比赛300余场。（樊越）', '（樊越）', [{ name: '樊越', role: '' }]],
    ['…力争30日内审结。（吴　晴）', '（吴　晴）', [{ name: '吴晴', role: '' }]],
    ['…电压偏低的问题。（甘　露　韦　航）', '（甘　露　韦　航）', [{ name: '甘露', role: '' }, { name: '韦航', role: '' }]],
  ])('%s', (para, creditLine, credits) => {
    expect(splitTrailingCredit(para)).toEqual({ rest: para.slice(0, para.length - creditLine.length), creditLine, credits });
  });

  it.each([
    // A reader's signature under a question stays in the body.
    ['问：该怎么防治？（桂水县读者　邵长根）'],
    // Names in brackets not after a sentence's end are text (a photo's position, a person in a list).
    ['卢家豪（中）'],
    ['会议由副县长（王峰）主持'],
    ['（新华社电）'],
    ['…统计局发布数据。（澜江农产品批发市场供稿）'],
  ])('%s keeps its bracket', (para) => {
    expect(splitTrailingCredit(para)).toBeNull();
  });
});

describe('the place a report was filed from (发自X) in a credit', () => {
  // 发自利马, 发自纽约 belong to the credit clause (the correspondent's dateline) and name no one
  // (tester13's 侨报, finding 5).
  it('is part of a lead-in credit in brackets, not a byline', () => {
    expect(parseLeadIn('本报讯（特约通讯员　陈少峰　发自利马）当地时间6月11日，侨胞举办端午文化节。')).toEqual({
      dateline: '本报讯',
      creditLine: '（特约通讯员　陈少峰　发自利马）',
      credits: [{ name: '陈少峰', role: '特约通讯员' }],
      rest: '当地时间6月11日，侨胞举办端午文化节。',
    });
  });

  it.each([
    ['本报特约记者　梅　杰　发自纽约', [{ name: '梅杰', role: '本报特约记者' }]],
    ['本報特約記者　梅　傑　發自紐約', [{ name: '梅傑', role: '本報特約記者' }]],
    ['（记者　王　峰　发自布宜诺斯艾利斯）', [{ name: '王峰', role: '记者' }]],
    ['本报记者　沈　默　发自开罗　报道', [{ name: '沈默', role: '本报记者 报道' }]],
  ])('%s', (line, credits) => {
    expect(parseCreditLine(line)).toEqual(credits);
  });

  it.each([['发自利马'], ['（发自纽约）'], ['记者　发自纽约']])('%s names nobody', (line) => {
    expect(parseCreditLine(line)).toBeNull();
  });
});
