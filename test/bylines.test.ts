import { describe, expect, it } from 'vitest';
import { parseCreditLine, parseCredits, parseLeadIn, splitTrailingCredit } from '../src/extract/bylines.js';

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
  ])('%s', (line, credits) => {
    expect(parseCreditLine(line)).toEqual(credits);
  });

  it.each([
    ['钟秀街道率先发布党建引领营商环境提升“和·钟”共济”品牌'],
    ['喜迎六一 快乐成长'],
    ['优化营商环境'],
    ['（下转第3版）'],
    ['·这是一句很长的话，不是署名·'],
    ['乡镇新闻报道'],
    ['（上）'],
    ['（调研组）'],
    ['图片新闻'],
    ['县报新闻摄影'],
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
