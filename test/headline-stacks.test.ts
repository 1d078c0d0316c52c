/**
 * Headline stacks the shipped model misread once fitted on every zoo paper (issue 7, refit7): a title
 * broken after a frame that waits for its clause (从“…”到“…” / a clause), a photo's headline right over a kicker that ends in its dash, a poem's title set flush
 * over its author's line after the indented lines of the poem above, a Q&A item's title over its
 * question. Invented text in the conventions of the zoo's papers (free to use).
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { pageUnits } from '../src/stages/structure/features.js';
import { splitBlocks } from '../src/stages/split-blocks.js';
import { normalize } from '../src/stages/normalize.js';

const HEAD = '青岚文摘　2023年6月2日　星期五　第3版';
const parse = (lines: string[]) => parseIssue(lines.join('\n'), { entities: false, issueDate: '2023-06-02' });
const unitsOf = (text: string) => pageUnits(splitBlocks(normalize(text).lines));

describe('a title broken after a line that waits for the rest', () => {
  it('reads the line under a from-to frame as the rest of the title, not its subtitle', () => {
    const issue = parse([
      HEAD,
      '乡村振兴看一线',
      '从“靠天吃饭”到“知天而作”',
      '石岭村建起智慧果园',
      '　　本报讯（记者　柯远山）5月30日，石岭村的智慧果园里，滴灌管正按手机上的指令给桃树浇水。',
      '　　村党支部书记说，果园去年亩产提高了三成，村集体收入第一次超过了五十万元。',
    ]);
    expect(issue.articles.map((a) => [a.kicker, a.title, a.subtitles])).toEqual([
      ['乡村振兴看一线', '从“靠天吃饭”到“知天而作”石岭村建起智慧果园', []],
    ]);
  });

  it('gives the features to a frame over a plain headline line, never to a whole line', () => {
    const frame = unitsOf('从“靠天吃饭”到“知天而作”\n\n石岭村建起智慧果园\n\n本报讯（记者　柯远山）5月30日，果园开园。');
    expect(frame[0].features).toContain('hl-pair:open-line');
    expect(frame[1].features).toContain('hl-pair:completing-line');
    // A frame with words of its own (从“小马过河”说到实事求是) is a whole title.
    for (const top of ['从“小马过河”说到实事求是', '从田间走向餐桌']) {
      const units = unitsOf(`${top}\n\n青年干部座谈会侧记\n\n本报讯（记者　柯远山）5月30日，座谈会召开。`);
      expect(units[1].features, top).not.toContain('hl-pair:completing-line');
    }
    // A subtitle longer than the frame and than a two-line title's line is no rest of it.
    const long = unitsOf('从“有没有”到“好不好”\n\n我市养老服务从保基本转向提质量的探索与实践\n\n本报讯（记者　柯远山）5月30日，会议召开。');
    expect(long[1].features).not.toContain('hl-pair:completing-line');
  });

  it('gives no feature to a from-to frame over running text (a whole cross-head)', () => {
    const units = unitsOf('　　起初来听课的只有十几位老人。\n\n从“要我学”到“我要学”\n\n　　如今，夜校的座位常常不够坐，年轻人也来了。');
    expect(units[1].features).not.toContain('hl-pair:open-line');
    expect(units[2].features).not.toContain('hl-pair:completing-line');
  });
});

describe('a headline right over a kicker that ends in its dash', () => {
  it('is the headline of an item of its own, not the first line of that kicker', () => {
    const issue = parse([
      '端午安康　粽香满城',
      '',
      '白鹭街道开展“微治理”行动，收集问题26条，全部办结——',
      '小切口撬动基层治理大变化',
      '　　“小区门口的路灯坏了好几天，今天一早就修好了。”6月1日，居民老周在微信群里说。',
      '　　白鹭街道今年以来把收集到的问题逐条交办，全部按期办结。',
    ]);
    expect(issue.articles.map((a) => [a.kicker, a.title])).toEqual([
      [null, '端午安康　粽香满城'],
      ['白鹭街道开展“微治理”行动，收集问题26条，全部办结——', '小切口撬动基层治理大变化'],
    ]);
  });
});

describe('poems set line by line, one under the other', () => {
  it('reads a flush line over the next author line, after the indented lines of a poem, as the next poem’s title', () => {
    const issue = parse([
      '青岚日报　2025年10月18日　星期六　第8版',
      '凤鸣副刊·诗页',
      '责任编辑：苏晚晴',
      '秋夜（组诗）',
      '◎沈墨白',
      '　　月光',
      '　　落在晒谷场上',
      '　　像一层薄薄的霜',
      '　　母亲说那是银子',
      '写给外婆',
      '◎程晓岚',
      '　　你的针线筐',
      '　　装过我整个童年',
      '　　如今线头还在',
      '　　等你把扣子钉完',
    ]);
    expect(issue.articles.map((a) => [a.title, a.bylines])).toEqual([
      ['秋夜（组诗）', ['沈墨白']],
      ['写给外婆', ['程晓岚']],
    ]);
    // The poem above does not run on into it: the title is no line of its verse (feature verse).
    const units = unitsOf(['秋夜（组诗）', '◎沈墨白', '　　月光', '　　落在晒谷场上', '　　像一层薄薄的霜', '　　母亲说那是银子', '写给外婆', '◎程晓岚', '　　你的针线筐', '　　装过我整个童年', '　　如今线头还在'].join('\n'));
    expect(units.filter((u) => u.features.includes('verse')).map((u) => u.block.text.trim())).toEqual(['月光', '落在晒谷场上', '像一层薄薄的霜', '母亲说那是银子', '你的针线筐', '装过我整个童年', '如今线头还在']);
  });
});
