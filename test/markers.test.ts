import { describe, expect, it } from 'vitest';
import {
  bylineCanonicalForm,
  bylineDotScore,
  bylineFrameCredits,
  splitNameRun,
  bylineLineScore,
  closeUpDiagnostics,
  closingQuoteForm,
  dashEndingScore,
  markerForm,
  matchingForm,
  noiseScore,
  runningHeadParts,
  runningHeadScore,
} from '../src/stages/markers.js';
import { classifyFurniture, runningHeadDate } from '../src/stages/furniture.js';
import { parseIssue } from '../src/index.js';
import { COMMON_SURNAMES_RANKED, SURNAMES } from '../src/extract/lexicon.js';
import { SURNAME_NAME_COUNTS } from '../src/data/surnames.js';
import {
  BYLINE_DOT_THRESHOLD,
  BYLINE_LINE_THRESHOLD,
  KICKER_DASH_THRESHOLD,
  NOISE_THRESHOLD,
} from '../src/heuristics.js';

describe('matchingForm', () => {
  it('closes up spaces inside Han text and maps offsets back to the printed text', () => {
    const printed = '区委书记胡 拥军督查';
    const m = matchingForm(printed);
    expect(m.text).toBe('区委书记胡拥军督查');
    const at = m.text.indexOf('胡拥军');
    expect(printed.slice(m.toPrinted(at), m.toPrinted(at + 3))).toBe('胡 拥军');
    expect(m.toPrinted(at + 1)).toBe(printed.indexOf('拥'));
    expect(m.toPrinted(m.text.length)).toBe(printed.length);
    expect(m.changes).toEqual([{ at: 5, kind: 'space', printed: ' ', read: '' }]);
  });

  it('reads confusable letters as digits only in digit contexts', () => {
    expect(matchingForm('2O23年5 月l9日').text).toBe('2023年5月19日');
    expect(matchingForm('２０2〇年').text).toBe('2020年');
    expect(matchingForm('二〇二三年').text).toBe('二〇二三年');
    expect(matchingForm('GDP增长6.5%，Old Town').text).toBe('GDP增长6.5%，Old Town');
  });

  it('keeps spaces between Latin words', () => {
    expect(matchingForm('Nantong Daily 南通 日报').text).toBe('Nantong Daily 南通日报');
  });
});

describe('matchingForm on lettered pages (a paper printed in sections: A1, B3版)', () => {
  it('keeps a section letter over a page number as printed: no slip for 81 or 83', () => {
    for (const printed of ['澜海证券报　2026年6月30日　星期二　B1', '（下转B3版）', '（上接D12版）', 'B2']) {
      expect(matchingForm(printed).changes.filter((c) => c.kind === 'confusable')).toEqual([]);
    }
    expect(matchingForm('（下转B3版）').text).toBe('（下转B3版）');
  });
  it('still reads B as 8 inside a number, before a number suffix, or over three digits', () => {
    expect(matchingForm('2B日').text).toBe('28日');
    expect(matchingForm('B9条').text).toBe('89条');
    expect(matchingForm('共B123').text).toBe('共8123');
  });
});

describe('matchingForm on words of a digit and a letter (4S店, 3D打印)', () => {
  it('keeps the letter as printed before a Han word: no slip for 45 or 30', () => {
    for (const printed of ['记者从雁州众诚星航4S店借来一台新车', '6个品牌的4S店同步推出限时优惠', '3D打印', '2B铅笔']) {
      expect(matchingForm(printed).changes.filter((c) => c.kind === 'confusable')).toEqual([]);
    }
  });
  it('still reads the letter as a digit before a number suffix, a page word, inside a number, or for O', () => {
    expect(matchingForm('1S日').text).toBe('15日');
    expect(matchingForm('第1O版').text).toBe('第10版');
    expect(matchingForm('（下转1S版）').text).toBe('（下转15版）');
    expect(matchingForm('12S店').text).toBe('125店');
  });
});

describe('matchingForm on text it leaves as printed', () => {
  it('gives the text itself, offsets unchanged, for lines with nothing to close up or read as a digit', () => {
    for (const printed of ['　　区委书记胡拥军督查防汛工作。', 'GDP增长5%，Old Town', 'Xinhua 新华社', '记者王峰 ']) {
      const m = matchingForm(printed);
      expect(m.text).toBe(printed);
      expect(m.changes).toEqual([]);
      expect([0, 3, printed.length, printed.length + 2].map((o) => m.toPrinted(o))).toEqual([0, 3, printed.length, printed.length]);
    }
  });
  it('still reads a confusable next to a digit and closes spaces between Han and digits', () => {
    expect(matchingForm('l9条').text).toBe('19条');
    expect(matchingForm('第 3 版').text).toBe('第3版');
    expect(matchingForm('２０２３年').text).toBe('2023年');
  });
});

describe('byline dots as OCR reads them', () => {
  it.each(['·金驰·', '. 金驰 .', '“金驰，', '* 缪通 陈苏君 。', '・崇组宣・', '‧金驰‧', '。金驰*'])(
    '%s is a byline',
    (l) => {
      expect(bylineDotScore(l)).toBeGreaterThanOrEqual(BYLINE_DOT_THRESHOLD);
      expect(markerForm(l).text.replace(/\s/gu, '')).toMatch(/^·\p{Script=Han}+·$/u);
    },
  );
  it.each(['“平改坡”', '区领导督查全区防汛防台工作', '金驰', '喜迎六一 快乐成长'])(
    '%s is no dotted byline',
    (l) => {
      expect(bylineDotScore(l)).toBeLessThan(BYLINE_DOT_THRESHOLD);
    },
  );
});

describe('kicker dashes as OCR reads them', () => {
  it.each(['一线观察——', '一线观察-一', '一线观察一一', '一线观察 ─', '一线观察--', '一线观察—'])(
    '%s ends in a kicker dash',
    (l) => {
      expect(dashEndingScore(l)).toBe(1);
      expect(markerForm(l).text.endsWith('——')).toBe(true);
    },
  );
  it('weighs the weaker forms', () => {
    expect(dashEndingScore('一线观察_')).toBeGreaterThanOrEqual(KICKER_DASH_THRESHOLD);
    expect(dashEndingScore('全市十大名镇之一')).toBe(0);
    expect(dashEndingScore('万众一心')).toBe(0);
    expect(dashEndingScore('推进老旧小区改造一')).toBe(0.5);
    // A lone dash-like mark after a quotation the line left open is its closing quote misread.
    expect(dashEndingScore('架起服务群众“连心桥-')).toBe(0);
    expect(dashEndingScore('开展“文明积分”评比-')).toBe(0.5);
    expect(closingQuoteForm('架起服务群众“连心桥-')).toBe('架起服务群众“连心桥”');
    expect(closingQuoteForm('开展“文明积分”评比-')).toBeNull();
    expect(closingQuoteForm('架起服务群众“连心桥——')).toBeNull();
  });
  it('reads brackets and colons in either width', () => {
    expect(markerForm('(记者 王峰):').text).toBe('（记者王峰）：');
  });
});

describe('noise lines', () => {
  it.each([
    '<    66   于 ??',
    '‹  一  加  [|  AN',
    '物',
    'AN',
    '| ~ >',
    '= =几 “于6 企  喜?”  :壬区',
    '一 一',
    '<到2?》',
    '‖ 一 、 .',
    '‖一、.',
    // the top of a bold title read as a line of its own (Tesseract, held-out congress bulletin): marks
    // scattered over wide blanks with a Latin fragment or a symbol among them (OCR_GAP_SPACES)
    'ms 5 和       几大本又      日二 aaa',
    '三世             、          ii和刀天号 会公告',
    '三 避          >      心计和包天己人',
    // …or as marks of one or two characters at uneven gaps of two spaces and more, a Latin fragment
    // among them (Tesseract, the held-out congress bulletin's degraded render: over 县人大常委会开展监督法专题学习)
    '人  区    咱入  必   日五 ma',
  ])(
    '%s is noise',
    (l) => {
      expect(noiseScore(l)).toBeGreaterThanOrEqual(NOISE_THRESHOLD);
      expect(classifyFurniture(l)).toBe('noise');
    },
  );
  it.each([
    '·金驰·',
    '. 金驰 .',
    '作。',
    '。',
    '一、聚焦',
    'GDP增长6.5%',
    '喜迎六一 快乐成长',
    '图片新闻',
    '5月25日上午,区委书记胡拥军督查',
    '我们的目标-一',
    '文/程　野',
    '记者　严　峻　摄',
    '通 知',
    '——',
    '2023 年',
    '1 9条',
    '向》。）',
    // a table row's wide gaps hold words and numbers
    '姓名      职务      单位',
    '2023年    1.2亿元    12.5%',
    // a headline letter-spaced at two spaces, a table's head row of short cells: no junk among them
    '县  人  大  常  委  会',
    '序号  姓名  职务  单位',
  ])('%s is not noise', (l) => {
    expect(noiseScore(l)).toBeLessThan(NOISE_THRESHOLD);
  });
  it('files noise as furniture with a diagnostic, never as a title', () => {
    const text =
      '区领导督查全区防汛防台工作\n\n<    66   于 ??\n\n5月25日上午，区委书记胡拥军督查全区防汛防台工作。\n\n物\n\n·金驰·\n';
    const issue = parseIssue(text, { entities: false });
    expect(issue.articles.map((a) => a.title)).toEqual(['区领导督查全区防汛防台工作']);
    expect(issue.furniture.filter((f) => f.kind === 'noise').map((f) => [f.line, f.text])).toEqual([
      [3, '<    66   于 ??'],
      [7, '物'],
    ]);
    expect(issue.diagnostics.filter((d) => d.code === 'ocr/noise-line').map((d) => d.line)).toEqual([3, 7]);
  });
});

describe('running heads by parts', () => {
  it.each([
    '崇川新闻 2023年5月30日”星期二 …第2版',
    '崇川新闻 2O23年5月30日 星期二',
    '滨海日报 , 第3版 ; 要闻'.replace(' ;', ''),
    '2023年5月30日 星期二 第2版 要闻',
  ])('%s is a running head', (l) => {
    expect(runningHeadScore(l)).toBeGreaterThanOrEqual(0.8);
    expect(classifyFurniture(l)).toBe('running-head');
  });
  it('finds the parts and reads the date through slips', () => {
    const p = runningHeadParts('崇川新闻 2O23年5月30日”星期二 …第2版');
    expect([p.paper, p.date, p.weekday, p.page]).toEqual(['崇川新闻', '2023年5月30日', '星期二', '第2版']);
    expect(runningHeadDate('崇川新闻 2O23年5月30日”星期二')).toBe('2023-05-30');
  });
  it.each(['2023年5月30日，区委召开会议。第2版', '崇川区召开2023年5月30日专题推进会'])('%s is not', (l) => {
    expect(runningHeadScore(l)).toBe(0);
  });
});

describe('closeUpDiagnostics', () => {
  it('names the places matched through spaces and confusables', () => {
    const d = closeUpDiagnostics([
      { line: 4, text: '　　5月25日上午，区委书记胡 拥军督查，2O23年' },
      { line: 5, text: '会议落实“攻坚有我 双先双为”活动。' },
      { line: 6, text: '筑牢坚固屏障 保障群众安全' },
    ]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'warning', code: 'ocr/closed-up', line: 4, column: 16 });
    expect(d[0].message).toContain('胡 拥军');
    expect(d[0].message).toContain('O read as 0');
  });

  it('keeps quiet on spaces of printed layout: lead-ins and credits after a caption', () => {
    const d = closeUpDiagnostics([
      { line: 1, text: '　　本报讯　11月3日上午，县委书记周建国主持召开会议。' },
      { line: 2, text: '　　图为会议现场。　杭一帆　摄' },
      { line: 3, text: '　　图为会议现场。本报记者 苏明远 摄' },
      { line: 4, text: '　　会议现场。记者 钱　程 张 华 报道' },
      { line: 5, text: '　　图为会议现场。记者 苏明 远 摄' },
      { line: 6, text: '　　县委书记周 建国指出，要加强值守。' },
    ]);
    expect(d.map((x) => [x.line, x.column])).toEqual([
      [5, 12],
      [6, 8],
    ]);
    expect(d[0].message).toContain('苏明 远');
  });

  it('keeps quiet on the space after a label run into its paragraph, not on a slip after other words', () => {
    const d = closeUpDiagnostics([
      { line: 1, text: '编者按　近日，区委召开全会，对下半年工作作出部署。' },
      { line: 2, text: '　　【编者的话】 本版摘登部分代表发言，以飨读者。' },
      { line: 3, text: '记者手记　这是一次难忘的采访，记者深受感动。' },
      { line: 4, text: '链接　该系统可同时服务二十名读者。' },
      { line: 5, text: '区委书记胡 拥军在会上强调，要抓好落实。' },
      { line: 6, text: '编者按近日 区委召开全会，对下半年工作作出部署。' },
    ]);
    expect(d.map((x) => x.line)).toEqual([5, 6]);
  });

  it('keeps quiet on the space between two fields of a contact line (tester13 finding 13)', () => {
    const d = closeUpDiagnostics([
      { line: 1, text: '　　知情者请与本报侨务部联系。联系人：伍小姐　电话：0750－3216688' },
      { line: 2, text: '　　报名请联系：县文化馆　地址：人民路8号，联系人：陈老师　电话：5566778' },
      // a speaker's name before a colon, no field before it: a slip all the same
      { line: 3, text: '　　会上，区委书记胡 拥军：要抓好落实。' },
    ]);
    expect(d.map((x) => x.line)).toEqual([3]);
  });

  it('keeps quiet on a space inside a quotation the line did not open (tester13 finding 13)', () => {
    // Hard-wrapped: the line opens inside the quotation of the line above (…潮岭村 / 　司徒门刘氏收”),
    // then opens one of its own; and a line inside a quotation closed only further on.
    const d = closeUpDiagnostics([
      { line: 1, text: '　司徒门刘氏收”，落款是“儿　锦堂　民国廿' },
      { line: 2, text: '儿　锦堂　民国廿六年秋于金山”。' },
      { line: 3, text: '信上说“家中一切安好”，县委书记胡 拥军指出，要抓好落实。' },
    ]);
    expect(d.map((x) => x.line)).toEqual([3]);
  });
});

describe('closeUpDiagnostics: typography of regulations, lists, tables and headlines (tester28 fault 5)', () => {
  const lines = (...texts: string[]) => closeUpDiagnostics(texts.map((text, k) => ({ line: k + 1, text })));

  it('a provision\'s number and the ideographic space after it (第N条/章/节/款/项/编), not a slip inside its text', () => {
    const d = lines(
      '第一条　为规范本县物业管理活动，维护业主和物业服务企业的合法权益，制定本办法。',
      '　　第十二条　本办法自发布之日起施行。',
      '第3章　物业服务，第二节　收费标准。', // the number opens the line; mid-line, after a comma, it is no provision's head
      '第五款　业主大会的决定对业主具有约束力。',
      '第一条 为规范本县物业管理活动，维护业主的合法 权益。', // the label's space is layout, 合法 权益 a slip
      '第一百条之外　县委书记胡 拥军强调，要抓好落实。',
    );
    expect(d.map((x) => [x.line, x.column])).toEqual([
      [3, 13],
      [5, 24],
      [6, 7],
    ]);
  });

  it('a list of people, each name with its post, and a padded label; a hard wrap cutting a post', () => {
    const d = lines(
      '成　员：蒙志刚　县政府办公室副主任；刘湘云　县城管局局长；黄宇航　县住房城乡建设局局长；杨帆　云城街道党工委书记',
      '　　成　员：蒙志刚　县政府办公室副主任；刘湘云　县城',
      '管局局长；黄宇航　县住房城乡建设局局长；覃丽萍　县自',
      '组　长：陈国栋　镇党委书记',
      // not a post: a name, a space and a verb phrase; and a name split by OCR
      '会上，蒙志刚　强调要抓好落实，刘湘云 指出。',
    );
    expect(d.map((x) => x.line)).toEqual([5]);
  });

  it('the columns of a table row, a subtitle\'s two phrases, a slogan in straight quotes', () => {
    const d = lines(
      '3　实验小学东门外缺少斑马线　市教育局、市公安局交警支队　已办结',
      '6月21日　8:00—12:00　10千伏柳岸线　柳岸小区1至9栋、柳岸农贸市场',
      '王立新出席会议并讲话　强调要把党的领导贯穿基层治理全过程各方面，不断提升基层服务群众的能力和水平',
      '3月4日,镇党委召开专题会议,部署开展"学雷锋 树新风"志愿服务月活动.',
      // running text ending a sentence is no headline; a quote closed before the space is no quote
      '王立新出席会议并讲话　强调要把党的领导贯穿基层治理全过程各方面。',
      '开展"学雷锋"活动,村民 田守义捡到钱包.',
    );
    expect(d.map((x) => x.line)).toEqual([5, 6]);
  });

  it('an identifier of letters and digits keeps its letters (统一社会信用代码); a misread number still warns', () => {
    const d = lines('云岭县鑫达建材经营部遗失营业执照副本，统一社会信用代码：92530722MA6N4B2X3K，声明作废。', '统一社会信用代码：92530722MA6N4B', '全县2O23年完成，电话l38OO1234S6。');
    expect(d.map((x) => x.line)).toEqual([3]);
    expect(matchingForm('代码92530722MA6N4B2X3K').text).toBe('代码92530722MA6N4B2X3K');
  });

  it('a whole name a clerk set off with spaces after an office or role; a space splitting a name still warns', () => {
    const d = lines(
      '3月5日上午,镇党委书记陈国栋出席会议并讲话,镇长 许文斌 主持会议.',
      '村党支部书记 周德顺 表示,新一届村"两委"将认真履职.',
      '村干部通过派出所联系上了失主——邻村石门坎村的 鲁春生.',
      // slips: a lone character on one side (胡 拥军, 苏明 远); a word after 的 or no role is no name set off
      '会上,区委书记胡 拥军强调,要抓好落实.',
      '图为会议现场,记者 苏明 远 摄影报道.',
      '要维护业主的合法 权益,保障安全.',
      '要采取有效的 方法,确保安全.',
    );
    expect(d.map((x) => x.line)).toEqual([4, 5, 6, 7]);
  });

  it('a lead-in a hard wrap carried onto the next line: the space after the cut name is layout', () => {
    const d = lines('　　本报讯　记者　周子涵　通讯员　程嘉', '禾　昨天上午，随着最后一段盾构机在桐荫', '　　会议指出，县委书记胡 拥军强调，要抓好落实。', '禾　昨天上午，记者从区委获悉，');
    expect(d.map((x) => x.line)).toEqual([3, 4]);
  });
});

describe('byline credits through misread dots (parseCreditLine)', () => {
  it.each([
    ['`金驰.', ['金驰']],
    ['* 缪通 陈苏君 。', ['缪通', '陈苏君']],
    ['.阮晓菠.', ['阮晓菠']],
  ])('%s names %j', async (line, names) => {
    const { parseCreditLine } = await import('../src/extract/bylines.js');
    expect(parseCreditLine(line)?.map((c) => c.name)).toEqual(names);
  });
  it.each(['“王明。”', '“攻坚有我。”', '“文化味”。', "'崇组宣.", '杨阳，'])(
    '%s is no credit line',
    async (line) => {
      const { parseCreditLine } = await import('../src/extract/bylines.js');
      expect(parseCreditLine(line)).toBeNull();
    },
  );
});

describe('bylines with one mark lost or misread (bylineLineScore)', () => {
  // Lines Tesseract 5 chi_sim read where the renderings of scripts/ocr print ·name· (build/ocr).
  it.each([
    ['王建春.', ['王建春']],
    ['杨阳，', ['杨阳']],
    ['张明明:', ['张明明']],
    ["'张明明", ['张明明']],
    ['.鸳通 陈苏君', ['鸳通', '陈苏君']],
    ["'崇组宣.", ['崇组宣']],
    // a desk's short name with one dot-like mark left (the 3-column degraded render)
    ['崇组宣.', ['崇组宣']],
  ])('%s scores a byline and names %j', (line, names) => {
    expect(bylineLineScore(line)).toBeGreaterThanOrEqual(BYLINE_LINE_THRESHOLD);
    expect(bylineFrameCredits(line)?.map((c) => c.name)).toEqual(names);
    expect(bylineCanonicalForm(line)).toBe(`·${names.join(' ')}·`);
  });
  // A paragraph's last line, a quotation, a desk-like word with one mark, running text.
  it.each([
    '有序。',
    '万元。',
    '程诊断。”',
    '王明”',
    '“平改坡”',
    '工作法:',
    '“王明',
    '改革工作',
    '区委书记胡拥军调研。',
    // a place with a colon frames a kicker or a label, a place ending a sentence is running text
    '观音山街道：',
    '城东社区。',
  ])('%s is no byline', (line) => {
    expect(bylineLineScore(line)).toBeLessThan(BYLINE_LINE_THRESHOLD);
  });
  it('reads a kicker dash OCR misread as the printed dash, for the segmenter (kickerCanonicalForm)', async () => {
    const { kickerCanonicalForm } = await import('../src/stages/markers.js');
    expect(kickerCanonicalForm('反映问题19条,全部整改到位一')).toBe('反映问题19条,全部整改到位——');
    expect(kickerCanonicalForm('全部整改到位-一')).toBe('全部整改到位——');
    expect(kickerCanonicalForm('开展“大地美容”行动——')).toBeNull();
    expect(kickerCanonicalForm('坚持全国一盘棋,全国统一')).toBeNull();
  });
  it('reads a lone quote between Han characters as the space OCR misread (loneQuotesAsSpaces)', async () => {
    const { loneQuotesAsSpaces } = await import('../src/stages/markers.js');
    expect(loneQuotesAsSpaces('县长”郑明远')).toBe('县长 郑明远');
    expect(loneQuotesAsSpaces('开展“大地美容”行动')).toBe('开展“大地美容”行动');
    expect(loneQuotesAsSpaces('“金驰，')).toBe('“金驰，');
  });
  it('gives no frame to a line without marks', () => {
    expect(bylineFrameCredits('杨阳')).toBeNull();
    expect(bylineCanonicalForm('记者 杨阳 摄')).toBeNull();
  });
});

describe('a byline standing alone in plain OCR text', () => {
  const page = (byline: string, tail = '') =>
    [
      '区领导调研重点民生实事项目',
      '',
      '5月24日,区委副书记调研重点民生实事项目,实地察看项目推进情况。',
      '把好事办实。' + tail,
      '',
      byline,
      '',
      '崇川启动系列活动',
      '',
      '5月29日,崇川区举办系列活动启动仪式,推动企业发展。',
      '',
    ].join('\n');
  it.each(['杨阳，', '张明明:', '王建春.', "'崇组宣."])('%s closes the story before it', (byline) => {
    const issue = parseIssue(page(byline), { entities: false });
    expect(issue.articles.map((a) => a.title)).toEqual(['区领导调研重点民生实事项目', '崇川启动系列活动']);
    expect(issue.articles[0].creditLines).toEqual([byline]);
    expect(issue.articles[0].bylines).toEqual([byline.replace(/[^\p{Script=Han}]/gu, '')]);
    expect(issue.articles[1].bylines).toEqual([]);
  });
  it('a byline that kept both marks may run straight into the next paragraph', () => {
    const text = [
      '区领导调研重点民生实事项目',
      '',
      '5月24日,区委副书记调研重点民生实事项目,实地察看项目推进情况。',
      '',
      "'崇组宣.",
      '动环境质量持续改善,推动企业发展。',
      '',
    ].join('\n');
    const issue = parseIssue(text, { entities: false });
    expect(issue.articles[0].creditLines).toEqual(["'崇组宣."]);
    expect(issue.articles[0].bylines).toEqual(['崇组宣']);
  });
  it('a short last line inside its paragraph is body text', () => {
    const text = [
      '区领导调研重点民生实事项目',
      '',
      '5月24日,区委副书记调研重点民生实事项目,实地察看项目推进情况和',
      '杨阳，',
      '',
      '崇川启动系列活动',
      '',
    ].join('\n');
    const issue = parseIssue(text, { entities: false });
    expect(issue.articles[0].bylines).toEqual([]);
  });
});

describe('two names closed up between byline marks (splitNameRun)', () => {
  it('cuts where the second name opens with a surname, the more common surname winning a tie of shapes', () => {
    expect(splitNameRun('缪通陈苏君')).toEqual(['缪通', '陈苏君']); // not 缪通陈 苏君: 陈 ranks above 苏
    expect(splitNameRun('鸳通陈苏君')).toEqual(['鸳通', '陈苏君']); // the first surname misread (缪 → 鸳)
    expect(splitNameRun('张明明王建春')).toEqual(['张明明', '王建春']);
    expect(splitNameRun('欧阳明明李华')).toEqual(['欧阳明明', '李华']);
  });
  it('ranks surnames by the people of the tagger corpora (src/data/surnames.ts, scripts/build-surnames.mjs)', () => {
    const ranked = [...COMMON_SURNAMES_RANKED];
    const counts = SURNAME_NAME_COUNTS.split('|').map((x) => x.split(':'));
    expect(ranked).toHaveLength(100);
    expect(new Set(ranked).size).toBe(100);
    expect(ranked.every((c) => SURNAMES.has(c))).toBe(true);
    expect(counts.map(([c]) => c)).toEqual(ranked);
    const n = counts.map(([, k]) => Number(k));
    expect(n.every((k, i) => i === 0 || k <= n[i - 1])).toBe(true);
    expect(ranked.indexOf('陈')).toBeLessThan(ranked.indexOf('苏'));
  });
  it('keeps one name, a desk or office, and runs with no second surname whole', () => {
    expect(splitNameRun('王建春')).toBeNull();
    expect(splitNameRun('崇组宣')).toBeNull();
    expect(splitNameRun('区委宣传部')).toBeNull();
    expect(splitNameRun('区融媒体中心')).toBeNull();
    expect(splitNameRun('坚持人民至上')).toBeNull();
    expect(splitNameRun('观音山街道')).toBeNull();
    expect(splitNameRun('城东新社区')).toBeNull();
  });
  it('gives a closed-up byline its names and its byline shape', () => {
    expect(bylineFrameCredits('.鸳通陈苏君')?.map((c) => c.name)).toEqual(['鸳通', '陈苏君']);
    expect(bylineLineScore('.鸳通陈苏君')).toBeGreaterThanOrEqual(BYLINE_LINE_THRESHOLD);
    expect(bylineLineScore('有序。')).toBeLessThan(BYLINE_LINE_THRESHOLD);
    // A colon frames a kicker or label, not names closed up.
    expect(bylineFrameCredits('张明明王建春:')?.map((c) => c.name)).toEqual(['张明明王建春']);
  });
});
