import { describe, expect, it } from 'vitest';
import { extractKeywords, isKeyword, KEYWORDS_PER_ARTICLE } from '../src/extract/keywords.js';
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
