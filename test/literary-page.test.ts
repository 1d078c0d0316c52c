/**
 * A literary supplement (副刊) page through the parser: poems printed line by line, a poem's
 * one-character title, a classical poem over its author's bare name, an artwork's caption with its
 * credit run in, an essay closing with where and when it was written, the supplement's name under
 * the running head. Inputs are the shortest reproducers a tester (tester3, Dec 2026) wrote for the
 * project (invented text, free to use); the whole page is the zoo paper literary-supplement.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { artworkCredit } from '../src/extract/bylines.js';

const HEAD = '青岚日报　2025年10月18日　星期六　第7版\n\n';
const parse = (text: string) => parseIssue(HEAD + text, { entities: false });
const codes = (issue: ReturnType<typeof parse>) => issue.diagnostics.map((d) => d.code);

describe('artworkCredit', () => {
  it('reads the work, the artist and the role of a one-line artwork caption', () => {
    expect(artworkCredit('秋韵（国画）　　陈砚秋　作')).toEqual({ work: '秋韵（国画）', credit: { name: '陈砚秋', role: '作' } });
    expect(artworkCredit('行书条幅　郑一鸣　书')).toEqual({ work: '行书条幅', credit: { name: '郑一鸣', role: '书' } });
  });
  it('reads no press credit line and no headline ending in 作 as one', () => {
    expect(artworkCredit('记者　沈涛　摄')).toBeNull();
    expect(artworkCredit('通讯员　苏晓　摄')).toBeNull();
    expect(artworkCredit('精心打造民生工作')).toBeNull();
  });
});

describe('a literary supplement page', () => {
  it('keeps a four-line poem under its title and author in one article', () => {
    const issue = parse('江边夜坐\n\n□韩立川\n\n　　江水不说话\n　　灯火替它说\n　　一条船从上游来\n　　把月亮运到了下游\n');
    expect(issue.articles.map((a) => a.title)).toEqual(['江边夜坐']);
    expect(issue.articles[0].bylines).toEqual(['韩立川']);
    expect(issue.articles[0].paragraphs).toEqual(['江水不说话', '灯火替它说', '一条船从上游来', '把月亮运到了下游']);
    // A poem ends no sentence, and waits for no continuation.
    expect(codes(issue)).not.toContain('segment/interrupted-article');
  });

  it("keeps a second poem's one-character title between two stanzas in the article", () => {
    const issue = parse(
      '故乡的桥（外一首）\n\n◎沈墨白\n\n　　一座石桥\n　　把村庄的两岸\n　　缝在了一起\n\n　　灯\n\n　　父亲点亮的那盏煤油灯\n　　在老屋的窗台上\n　　亮了三十年\n',
    );
    expect(issue.articles).toHaveLength(1);
    const a = issue.articles[0];
    expect(a.kind).toBe('article');
    expect([...a.paragraphs, ...a.crossheads.map((c) => c.text)]).toContain('灯');
    expect(a.paragraphs).toContain('父亲点亮的那盏煤油灯');
    expect(issue.furniture.map((f) => f.text)).not.toContain('灯');
    expect(codes(issue)).not.toContain('ocr/noise-line');
  });

  it("reads a classical poem's title over the poet's bare name", () => {
    const issue = parse(
      '七律·登凤鸣山\n\n吴敬亭\n\n　　秋深木叶下重峦，策杖登临意未阑。\n　　云外钟声催客远，岭头枫色照人寒。\n　　千年古寺留诗壁，一脉清溪绕石栏。\n　　极目家山归路好，夕阳犹在万松间。\n',
    );
    expect(issue.articles.map((a) => [a.title, a.bylines])).toEqual([['七律·登凤鸣山', ['吴敬亭']]]);
    expect(issue.articles[0].paragraphs).toHaveLength(4);
  });

  it("reads an artwork's caption as a picture item with its credit, and the next headline as the next item", () => {
    const issue = parse(
      '秋韵（国画）　　陈砚秋　作\n\n灯下读书\n\n□杜若\n\n　　我喜欢在夜里读书。白天的事情太多，心总是浮着的；到了夜里，家人睡下，四下安静。\n　　灯是母亲留下的，一盏老式的绿罩台灯，灯罩边缘已经磕掉了一小块漆。\n　　2025年9月22日夜于青岚\n',
    );
    expect(issue.articles.map((a) => [a.kind, a.title, a.bylines])).toEqual([
      ['photo', '秋韵（国画）', ['陈砚秋']],
      ['article', '灯下读书', ['杜若']],
    ]);
    expect(issue.articles[0].credits).toEqual([{ name: '陈砚秋', role: '作' }]);
    expect(issue.articles[0].creditLines).toEqual(['陈砚秋　作']);
    expect(issue.articles[1].subtitles).toEqual([]);
    // The note of where and when the essay was written stays its last paragraph.
    expect(issue.articles[1].paragraphs.at(-1)).toBe('2025年9月22日夜于青岚');
    expect(issue.furniture.map((f) => f.text)).not.toContain('2025年9月22日夜于青岚');
  });

  it("files the supplement's name under the running head as page furniture, not OCR noise", () => {
    const issue = parse('凤鸣副刊·诗页\n\n责任编辑：苏晚晴\n\n江边夜坐\n\n□韩立川\n\n　　江水不说话\n　　灯火替它说\n　　一条船从上游来\n　　把月亮运到了下游\n');
    expect(issue.furniture.find((f) => f.text === '凤鸣副刊·诗页')?.kind).toBe('running-head');
    expect(codes(issue)).not.toContain('ocr/noise-line');
  });

  it('still files a lone character between paragraphs of running text as OCR noise', () => {
    const issue = parse(
      '县里修缮古桥\n\n　　本报讯　近日，县交通运输局组织施工队对白沙河上的古石桥进行修缮，预计年底完工。\n\n灯\n\n　　据了解，该桥始建于清代，是县级文物保护单位，修缮工程按照修旧如旧的原则进行。\n',
    );
    expect(issue.furniture.map((f) => [f.kind, f.text])).toContainEqual(['noise', '灯']);
  });
});
