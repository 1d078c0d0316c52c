import { describe, expect, it } from 'vitest';
import { extractKeywords, isContentWord, isKeyword, isNamePlusOne, KEYWORDS_PER_ARTICLE, tagIndex } from '../src/extract/keywords.js';
import type { Segmenter } from '../src/nlp/jieba.js';
import { segmenter } from '../src/nlp/jieba.js';

describe('isKeyword', () => {
  it.each([
    ['防汛防台', true], ['老旧小区', true], ['工作', false], ['进一步', false], ['2023', false], ['区', false],
    ['三十', false], ['5月', false], ['，', false],
  ])('%s → %s', (w, want) => expect(isKeyword(w)).toBe(want));
});

describe('extractKeywords', () => {
  it('filters the extractor output and keeps its order, at most n', () => {
    const words = ['工作', '防汛', '2023', '防汛', '王峰', '长江', '堤防', '区', '汛情', '水闸', '泵站', '闸口', '值守', '演练'];
    const fake: Segmenter = {
      cut: () => [], tag: () => [], insertWord: () => undefined,
      extract: (_t, n) => words.slice(0, n).map((word, i) => ({ word, weight: 10 - i })),
    };
    expect(extractKeywords('x', fake, 8, new Set(['王峰']))).toEqual(['防汛', '长江', '堤防', '汛情', '水闸', '泵站', '闸口', '值守']);
    expect(extractKeywords('   ', fake)).toEqual([]);
  });

  it('uses jieba TF-IDF on real text', () => {
    const text = '区委书记胡拥军督查全区防汛防台工作。要坚持人民至上、生命至上,以临战状态严阵以待,坚决筑牢防汛防台坚固屏障。长江堤防万无一失,泵站运行、闸口排水。';
    const got = extractKeywords(text, segmenter);
    expect(got).toContain('防汛防台');
    expect(got.length).toBeLessThanOrEqual(KEYWORDS_PER_ARTICLE);
    for (const w of got) expect(isKeyword(w)).toBe(true);
  });
});

describe('isContentWord: a whole word of the article with a content tag', () => {
  const tags = tagIndex([
    { word: '托育', tag: 'x' }, { word: '千禧园', tag: 'x' }, { word: '筑牢', tag: 'x' }, { word: '上要', tag: 'x' },
    { word: '地说', tag: 'x' }, { word: '李四到', tag: 'x' }, { word: '个村', tag: 'x' }, { word: '防汛防台', tag: 'n' },
    { word: '丰收在望', tag: 'i' }, { word: '体制改革', tag: 'l' }, { word: '环卫', tag: 'j' }, { word: '民营', tag: 'b' },
    { word: '至上', tag: 'd' }, { word: '万亩', tag: 'm' }, { word: '冬季', tag: 't' }, { word: '该镇', tag: 'r' },
    { word: '村里', tag: 's' }, { word: '能', tag: 'v' }, { word: '收好', tag: 'v' },
  ]);
  it.each([
    ['托育', true], ['千禧园', true], ['筑牢', true], ['防汛防台', true], ['丰收在望', true], ['体制改革', true], ['环卫', true],
    ['民营', true], ['上要', false], ['地说', false], ['李四到', false], ['个村', false], ['至上', false], ['万亩', false],
    ['冬季', false], ['该镇', false], ['村里', false], ['能收', false], ['力抓', false],
  ])('%s → %s', (w, want) => expect(isContentWord(w, tags)).toBe(want));
});

describe('isNamePlusOne', () => {
  const names = new Set(['李四', '王五', '胡拥军']);
  it.each([
    ['李四到', true], ['王五到', true], ['胡拥军说', true], ['李四', false], ['四到', false], ['防汛防台', false],
  ])('%s → %s', (w, want) => expect(isNamePlusOne(w, names)).toBe(want));
});

describe('extractKeywords with the article tagging', () => {
  it.each([
    ['李四到村里查看麦情，王五到田间指导收割。他高兴地说，今年小麦能收好。各乡镇要全力抓好夏收夏种，工作上要抓实。', ['李四到', '王五到', '地说', '能收', '力抓', '上要']],
  ])('drops fragments: %s', (text, junk) => {
    const got = extractKeywords(text, segmenter, KEYWORDS_PER_ARTICLE, new Set(['李四', '王五']), segmenter.tag(text));
    expect(got.length).toBeGreaterThan(0);
    for (const w of junk) expect(got).not.toContain(w);
    const tags = tagIndex(segmenter.tag(text));
    for (const w of got) expect(isContentWord(w, tags)).toBe(true);
  });
});
