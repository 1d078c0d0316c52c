/**
 * The 楼市·车市 consumer pages of a city evening paper (the zoo's property-auto-weekly, tester27's
 * repros in invented text of that paper's conventions): an advertorial page closed by its page credit
 * 本版文章由…提供, blocks of field lines (车型：/指导价：, 活动地址：/购车热线：) at an item's end, a caption
 * credited in brackets inside a story, a series kicker without ——, a QR code's caption, a reviewer's
 * 记者点评 cross-head, a photo credited 图片由…提供 on its own line, a headline with a colon a few cells
 * short of a hard-wrapped column.
 * Before (main 385ad35, shipped model): the page credit and the next page's column label became the
 * next item's title; the field lines and the dealer advertorial under them were one untitled item (a
 * "poem" of short lines); the caption became a byline naming 雁栖湖·云庭园林实景 or a new item's title.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue, parseIssueDetailed } from '../src/index.js';
import { classifyFurniture, isEditorLine } from '../src/stages/furniture.js';
import { parseCreditLine } from '../src/extract/bylines.js';
import { layoutBlocks } from '../src/stages/layout.js';
import { segmenter } from '../src/nlp/jieba.js';
import { pageUnits } from '../src/stages/structure/features.js';
import { FIELD_LINE_RE, FIELD_RUN, LABEL_CAPTION_CREDIT_RE, LEXICAL_CUES, SERIES_KICKER_RE } from '../src/stages/structure/weights.js';

const HEAD_A13 = '雁州晚报　2026年4月17日　星期五　楼市周刊·A13';
const HEAD_A14 = '雁州晚报　2026年4月17日　星期五　车市周刊·A14';
const EDITOR = '责任编辑：蒋若溪　美编：冯一禾　校对：白　露';
const page = (...lines: string[]) => lines.join('\n\n');
const OPTS = { entities: false, issueDate: '2026-04-17' } as const;
/** Whether cue `name` (any of its entries in LEXICAL_CUES) matches `text`. */
const cue = (name: string) => ({ test: (text: string) => LEXICAL_CUES.some(([n, re]) => n === name && re.test(text)) });

const TIANJIE = [
  '雁州置地·天街：家门口的“一站式”生活中心',
  '逛超市、看电影、带孩子上兴趣课，不用再跑到老城区。位于高铁新城核心区的雁州置地·天街，总建筑面积约12万平方米，引进品牌商家200余家。',
];
const REVIEW = [
  '家用SUV也能开出驾驶乐趣',
  '——试驾2026款星航ES5 1.5T四驱豪华版',
  '文／图　本报记者　彭子墨',
  '十几万元预算、一家三口、周末常带老人孩子出游——这是不少雁州读者买车时的真实需求。近日，记者借来一台2026款星航ES5，进行了为期三天的试驾。',
  '外观：线条更硬朗',
  '新款车型换上了贯穿式日间行车灯和加大尺寸的直瀑式进气格栅，整车看上去比老款更宽、更稳。',
  '记者点评',
  '星航ES5并不追求“炫技”，但在空间、油耗和配置上都比较均衡，适合把买车钱花在刀刃上的家庭用户。',
];
const SPEC_BOX = ['车型档案', '车型：2026款星航ES5 1.5T四驱豪华版', '指导价：15.98万元', '油耗：6.9升/百公里（WLTC综合工况）'];
const DEALER_AD = [
  '广告',
  '众诚汽车“五一”购车节提前开跑',
  '多款车型限时优惠　至高可享2万元置换补贴',
  '4月18日至5月5日，雁州众诚汽车城举办“五一”购车节，城内6个品牌的4S店同步推出限时优惠。',
  '活动地址：雁州众诚汽车城（高铁新城站前大道299号）',
  '购车热线：0000-6633210',
  '（本文由雁州众诚汽车销售服务有限公司提供）',
];
const NOTICE = [
  '消费提示',
  '买房购车签合同　这几处“坑”要当心',
  '近期，市市场监管局陆续接到消费者关于购房、购车合同纠纷的投诉，提醒广大消费者签订合同前要看清条款。',
  '（市市场监管局供稿）',
];

describe('the page credit of an advertorial page (本版文章由…提供)', () => {
  it('is page furniture of kind editor, unbracketed; an item’s own （本文由…提供） is not', () => {
    expect(classifyFurniture('本版文章由雁州置地集团提供')).toBe('editor');
    expect(classifyFurniture('本版由市农业农村局协办')).toBe('editor');
    expect(isEditorLine('本版稿件均由县融媒体中心供稿')).toBe(true);
    expect(classifyFurniture('（本文由雁州众诚汽车销售服务有限公司提供）')).toBeNull();
    expect(classifyFurniture('本版文章由雁州置地集团提供的资料整理而成，仅供参考。')).toBeNull();
  });

  it('at the page foot is no headline of the next page’s first item, read across the page break', () => {
    const text = page(HEAD_A13, ...TIANJIE, '咨询电话：0000-6610088', '本版文章由雁州置地集团提供', 'A13', HEAD_A14, EDITOR, '试驾', ...REVIEW);
    const items = parseIssue(text, OPTS).articles;
    const review = items.find((a) => a.title === '家用SUV也能开出驾驶乐趣');
    expect(review).toBeDefined();
    expect(review!.kicker).toBeNull();
    expect(review!.kind).toBe('article');
    expect(items.some((a) => [a.title, a.kicker, ...a.subtitles].some((x) => x?.includes('本版文章由')))).toBe(false);
  });
});

describe('a block of field lines at an item’s end (FIELD_RUN)', () => {
  it('reads field labels up to eight characters, and no name with a · before a colon', () => {
    expect(FIELD_LINE_RE.test('营销中心地址：滨湖新区雁栖湖东路88号')).toBe(true);
    expect(FIELD_LINE_RE.test('长×宽×高：4680×1890×1685毫米')).toBe(true);
    expect(FIELD_LINE_RE.test('雁栖湖·云庭：一湖一城　湖居改善新标杆')).toBe(false);
  });

  it('marks the field lines field-run and ends the run of short lines (verse) at them', () => {
    const blocks = layoutBlocks(page(HEAD_A14, ...REVIEW, ...SPEC_BOX, ...DEALER_AD), {}, segmenter).blocks;
    const units = pageUnits(blocks);
    const of = (text: string) => units.find((u) => u.block.text === text)!.features!;
    expect(of('指导价：15.98万元')).toContain(FIELD_RUN);
    expect(of('购车热线：0000-6633210')).toContain(FIELD_RUN);
    expect(of('众诚汽车“五一”购车节提前开跑')).not.toContain('verse');
    expect(of('广告')).not.toContain('verse');
  });

  it('keeps a spec box in the review and the advertorial under it an item of its own', () => {
    const text = page(HEAD_A14, ...REVIEW, ...SPEC_BOX, ...DEALER_AD);
    const items = parseIssue(text, OPTS).articles;
    expect(items.map((a) => a.title)).toEqual(['家用SUV也能开出驾驶乐趣', '众诚汽车“五一”购车节提前开跑']);
    expect(items[0].paragraphs).toContain('指导价：15.98万元');
    expect(items[1].subtitles).toEqual(['多款车型限时优惠　至高可享2万元置换补贴']);
    expect(items[1].paragraphs).toContain('购车热线：0000-6633210');
  });

  it('an address and a hotline closing an item are its text, not the next item’s kicker and title', () => {
    const items = parseIssue(page(HEAD_A14, ...DEALER_AD.slice(1, 6), ...NOTICE.slice(1)), OPTS).articles;
    expect(items.map((a) => a.title)).toEqual(['众诚汽车“五一”购车节提前开跑', '买房购车签合同　这几处“坑”要当心']);
    expect(items[1].kicker).toBeNull();
    expect(items[0].paragraphs.slice(-2)).toEqual(['活动地址：雁州众诚汽车城（高铁新城站前大道299号）', '购车热线：0000-6633210']);
  });
});

describe('a caption credited in brackets inside a story', () => {
  const story = (caption: string) =>
    page(
      HEAD_A13,
      '雁栖湖·云庭：一湖一城　湖居改善新标杆',
      '在滨湖新区，提到湖居，很多人第一个想到的便是雁栖湖·云庭。项目自去年秋天首次开盘以来累计成交超过600套。',
      '二期组团规划6栋18层洋房，主力户型为建筑面积约128平方米至143平方米的四室两厅，南向面宽约13.8米。',
      caption,
      '项目周边规划有雁州实验学校滨湖校区和两所公办幼儿园，社区内自建约3000平方米的邻里中心。',
    );

  it('matches a noun-phrase caption with its picture credit, not a credit line', () => {
    expect(LABEL_CAPTION_CREDIT_RE.test('雁栖湖·云庭园林实景（图片由开发商提供）')).toBe(true);
    expect(LABEL_CAPTION_CREDIT_RE.test('样板间客厅（开发商供图）')).toBe(true);
    expect(LABEL_CAPTION_CREDIT_RE.test('新华社发（马克·贝内特摄）')).toBe(false);
    expect(LABEL_CAPTION_CREDIT_RE.test('秋韵（国画）')).toBe(false);
  });

  it.each(['雁栖湖·云庭园林实景（图片由开发商提供）', '雁栖湖·云庭园林实景（本报记者　严　骏　摄）'])('%s is a caption of the one story', (caption) => {
    const { issue, lineRoles } = parseIssueDetailed(story(caption), OPTS);
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].bylines).not.toContain('雁栖湖·云庭园林实景');
    expect(lineRoles.find((r) => r.line === 9)?.role).toBe('caption');
    expect(lineRoles.find((r) => r.line === 11)?.article).toBe(issue.articles[0].id);
  });
});

describe('headline stacks and labels of consumer pages', () => {
  it('a series name with its instalment number over a title is the kicker', () => {
    expect(SERIES_KICKER_RE.test('雁州晚报看房团第12期')).toBe(true);
    expect(SERIES_KICKER_RE.test('系列报道之三')).toBe(true);
    expect(SERIES_KICKER_RE.test('参与学生比例达百分之九十三')).toBe(false);
    const text = page(
      '雁州晚报　2026年4月17日　星期五　楼市周刊·A12',
      '雁州晚报看房团第12期',
      '本周六　带您走进滨湖新区四大热盘',
      '想买房却不知从何看起？雁州晚报楼市周刊联合市房地产业协会组织第12期看房团，带读者实地探访滨湖新区四个在售楼盘。',
      '报名热线：0000-6668899（工作日9:00—17:30）',
      '扫码报名',
      'A12',
    );
    const items = parseIssue(text, OPTS).articles;
    expect(items).toHaveLength(1);
    expect(items[0].kicker).toBe('雁州晚报看房团第12期');
    expect(items[0].title).toBe('本周六　带您走进滨湖新区四大热盘');
    expect(items[0].bylines).toEqual([]);
  });

  it('a QR code’s caption is a caption cue; 试驾 and 消费提示 are column words', () => {
    expect(cue('qr-caption').test('扫码报名')).toBe(true);
    expect(cue('qr-caption').test('（扫描二维码报名）')).toBe(true);
    expect(parseCreditLine('（扫码报名）')).toBeNull();
    expect(parseCreditLine('（央金）')).toEqual([{ name: '央金', role: '' }]);
    expect(cue('column-word').test('试驾')).toBe(true);
    expect(cue('column-word').test('消费提示')).toBe(true);
    expect(cue('column-word').test('今日提示')).toBe(false);
    expect(cue('box-label').test('记者点评')).toBe(true);
    expect(cue('box-label').test('车型档案')).toBe(true);
  });

  it('a column label after an item closed by its credit is no kicker; 记者点评 does not cut the review', () => {
    const items = parseIssue(page(HEAD_A14, EDITOR, '试驾', ...REVIEW, ...NOTICE), OPTS).articles;
    expect(items.map((a) => a.title)).toEqual(['家用SUV也能开出驾驶乐趣', '买房购车签合同　这几处“坑”要当心']);
    expect(items.map((a) => a.kicker)).toEqual([null, null]);
    expect(items[0].crossheads.map((c) => c.text)).toContain('记者点评');
  });

  it('a photo credited 图片由…提供 on its own line is a photo', () => {
    const text = page(HEAD_A13, '云庭样板间', '雁栖湖·云庭二期143平方米户型样板间客厅，南向面宽约4.5米。', '图片由开发商提供', 'A13');
    const items = parseIssue(text, OPTS).articles;
    expect(items).toHaveLength(1);
    expect(items[0].kind).toBe('photo');
  });

  it('wrap: a headline with a colon a few cells short of the column is not run on into its subtitle', () => {
    const text = [
      HEAD_A13,
      '雁栖湖·云庭：一湖一城　湖居改善新标杆',
      '二期“湖景臻藏”组团即将加推',
      '　　在滨湖新区，提到湖居，很多人第一个想到',
      '的便是雁栖湖·云庭。作为雁州置地集团深耕滨湖',
      '新区的第三个作品，项目自去年秋天首次开盘以来',
      '累计成交超过600套。',
    ].join('\n');
    const items = parseIssue(text, OPTS).articles;
    expect(items).toHaveLength(1);
    expect(items[0].title).toBe('雁栖湖·云庭：一湖一城　湖居改善新标杆');
    expect(items[0].subtitles).toEqual(['二期“湖景臻藏”组团即将加推']);
  });
});
