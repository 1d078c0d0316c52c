import { describe, expect, it } from 'vitest';
import { classifyFurniture, findJumpMarkers, runningHeadDate } from '../src/stages/furniture.js';

describe('classifyFurniture', () => {
  it.each([
    ['－３－', 'folio'],
    ['- 12 -', 'folio'],
    ['一3一', 'folio'],
    ['第3版', 'folio'],
    ['第二版 要闻', 'folio'],
    ['滨海日报　２０２２年３月４日　星期五', 'running-head'],
    ['某某日报 2021年11月4日 星期四 第2版 要闻', 'running-head'],
    ['2021年11月4日 第2版', 'running-head'],
    ['责任编辑：张三　版式：李四', 'editor'],
    ['滨海日报　第2版　要闻', 'running-head'],
    ['第3版 综合', 'folio'],
    ['校对 王五', 'editor'],
    ['（下转第3版）', 'jump'],
    ['图片新闻', 'section'],
    ['【简讯】', 'section'],
    ['(上接第2版)', 'jump'],
    ['下转2版', 'jump'],
    // Government bulletins: the running head names the periodical and its issue number, the cover
    // prints the issue line and the publisher line; folios between middle dots.
    ['云泽县人民政府公报　2023年第5期', 'running-head'],
    ['某市政报 2023年第12期', 'running-head'],
    ['2023年第5期（总第86期）', 'masthead'],
    ['云泽县人民政府办公室主办　2023年5月31日出版', 'masthead'],
    ['澄岭县人民政府办公室编印　2023年9月30日', 'masthead'],
    ['·1·', 'folio'],
    // 人大常委会 bulletins number their issues with 号 and spell out the body's name in full (issue 7,
    // tester2's repro/running-head-*.txt).
    ['青岚县人民政府公报　2024年第3号', 'running-head'],
    ['云泽县人民代表大会常务委员会公报　2023年第5期', 'running-head'],
    ['青岚县人民代表大会常务委员会公报　2024年第3号', 'running-head'],
    ['某县人大常委会会刊　第3号', 'running-head'],
    ['2024年第3号（总第47号）', 'masthead'],
    // A daily's masthead: the party paper's status and publisher, the registration number, the weather box.
    ['中共潮澜市委机关报　潮澜报社出版', 'masthead'],
    ['国内统一连续出版物号　CN 32-0000', 'masthead'],
    ['国内统一刊号：CN11-0001　邮发代号：1-1', 'masthead'],
    ['天气预报　今天：多云转阵雨　26℃～33℃　东南风3～4级', 'masthead'],
    // tester5's army daily: the sponsor and the registration number on one line; a box label spaced
    // out (导　读); the box's teasers pointing to the pages of their stories (kind jump, no pairing).
    ['东疆军区政治工作部主办　　　　　国内统一连续出版物号 CN 65-0208', 'masthead'],
    ['导　读', 'section'],
    ['简　讯', 'section'],
    ['◆坚守在海拔5380米的“生命禁区”　　　　　见第2版', 'jump'],
    ['● 新兵下连第一课（详见第3版）', 'jump'],
    ['“枫林一2024”演习落幕　　　　见第4版', 'jump'],
    // tester5's 简报: its name spaced out over the masthead, its page head (name and issue number),
    // and a rule's residue at a page top, strokes read as 丨 and 一 among marks.
    ['政　务　信　息', 'masthead'],
    ['政务信息　　　　　　　　　　　　　　第17期', 'running-head'],
    ['工作简报　2024年第3期', 'running-head'],
    ['丨 ‘ 、 . 一', 'noise'],
    ['■丨l一°。', 'noise'],
  ])('%s → %s', (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    ['5月25日上午,区委书记胡拥军督查全区防汛防台工作。'],
    ['市民观察团成立于2021年9月,15名观察团团员中有党员居民骨干。'],
    ['喜迎六一 快乐成长'],
    ['2023年全县经济工作会议召开'],
    ['图片新闻里的春天'],
    // A document's 版记 print line and a 政府令's number are the document's, not the page's.
    ['澄岭县人民政府办公室　　2023年9月18日印发'],
    ['第3号'],
    ['第12号'],
    ['青岚县人民代表大会常务委员会公告（第12号）'],
    ['本报2023年第5期刊登的文章'],
    ['天气预报显示，今天最高气温33℃。'],
    ['天气预报员的一天'],
    // A page pointer inside running text, or with no gap or bullet before it, is no 导读 teaser.
    ['具体情况详见第2版'],
    ['会议要求，各地要认真落实，详见第2版'],
    // A spaced-out short line that is no column label.
    ['大　家　好'],
    // Numerals that look like strokes: a cross-head's number, a list's.
    ['（一）'],
    ['一、加强组织领导'],
    ['一、'],
  ])('%s is story text', (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe('findJumpMarkers', () => {
  it('finds a marker at the end of a paragraph', () => {
    expect(findJumpMarkers('确保各项工作落到实处。（下转第3版）')).toEqual([
      { text: '（下转第3版）', direction: 'out', page: 3, index: 11 },
    ]);
  });
  it('reads Chinese page numbers', () => {
    expect(findJumpMarkers('（上接第十二版）')[0]).toMatchObject({ direction: 'in', page: 12 });
  });
  it('ignores page talk inside a sentence', () => {
    expect(findJumpMarkers('报道转第3版刊发后引起反响，读者纷纷来电。')).toEqual([]);
  });
});

describe('runningHeadDate', () => {
  it.each([
    ['滨海日报　２０２２年３月４日　星期五', '2022-03-04'],
    ['2021年11月4日 星期四', '2021-11-04'],
    ['2021年2月30日 星期四', null],
  ])('%s → %s', (line, iso) => {
    expect(runningHeadDate(line)).toBe(iso);
  });
});
