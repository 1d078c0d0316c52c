import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { idfLoaded, loadIdf, tfidf } from '../src/nlp/idf.js';
import { segmenter } from '../src/nlp/jieba.js';
import { parseIssue } from '../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TEXT =
  '5月26日上午,区委书记胡拥军调研环卫体制改革工作。调研强调,要平稳有序推进环卫体制改革,全面提升环卫工作精细化、规范化、科学化水平。' +
  '来到公司在建办公点,胡拥军实地查看项目建设情况,并勉励公司上下,要不断加强业务培训,优化运营管理,提升服务能力。胡拥军还实地检查了东华塔陵园消防安全工作。';

describe('IDF table: read only when keywords are asked for (issue 12)', () => {
  it('parsing without entities, and cutting and tagging, never read it', () => {
    parseIssue('区领导调研\n\n5月26日上午，区委书记胡拥军调研环卫工作。\n\n·金驰·\n', { entities: false });
    segmenter.tag(TEXT);
    expect(idfLoaded()).toBe(false);
    segmenter.extract(TEXT, 5);
    expect(idfLoaded()).toBe(true);
  });

  it('has jieba idf.utf8: every line a word and its IDF, the mean over all lines', () => {
    const t = loadIdf();
    expect(t.size).toBe(258_826);
    expect(t.get('劳动防护')).toBe(13.900677652);
    expect(t.get('岗上')).toBe(11.5027823792);
    expect(t.get('劳动')).toBeGreaterThan(0);
    expect(t.get('不在表里的词语')).toBeUndefined();
    expect(t.average).toBeGreaterThan(5);
    expect(t.average).toBeLessThan(15);
    expect(t.stopWords.has('的')).toBe(true);
  });
});

describe('IDF table read ahead in a worker thread (prefetchIdf)', () => {
  it('gives the same table as reading it in this thread', async () => {
    // the worker is the compiled one (dist/, built by `npm test` before vitest runs)
    const built = (await import(pathToFileURL(path.join(root, 'dist/nlp/idf.js')).href)) as typeof import('../src/nlp/idf.js');
    expect(built.idfLoaded()).toBe(false);
    built.prefetchIdf();
    const t = built.loadIdf();
    expect(built.idfReadBy()).toBe('worker');
    const here = loadIdf();
    expect(t.size).toBe(here.size);
    expect(t.average).toBe(here.average);
    for (const w of ['劳动防护', '岗上', '防汛', '不在表里的词语']) expect(t.get(w)).toBe(here.get(w));
    expect(t.stopWords.size).toBe(here.stopWords.size);
  });
});

describe('tfidf over a tagging = nodejieba extract (which segments a second time)', () => {
  it('same words, weights and order, equal weights included, on a real story', () => {
    const require = createRequire(import.meta.url);
    const jieba = require('nodejieba') as typeof import('nodejieba');
    // The stock load reads the full IDF table into nodejieba, so its extract is the reference.
    jieba.load();
    const want = jieba.extract(TEXT, 40);
    const got = tfidf(jieba.tag(TEXT), 40);
    expect(got).toEqual(want.map(({ word, weight }) => ({ word, weight })));
    expect(new Set(want.map((w) => w.weight)).size).toBeLessThan(want.length); // the text has ties
  });

  it('skips one-character words and stop words, counts repeats, unknown words get the mean IDF', () => {
    const t = loadIdf();
    const got = tfidf(
      [
        { word: '的' },
        { word: '区' },
        { word: '防汛' },
        { word: '防汛' },
        { word: '嗯嗯嗯嗯' },
        { word: '而且' },
      ],
      10,
    );
    expect(got.map((w) => w.word).sort()).toEqual(['嗯嗯嗯嗯', '防汛']);
    expect(got.find((w) => w.word === '防汛')?.weight).toBe(2 * (t.get('防汛') ?? NaN));
    expect(got.find((w) => w.word === '嗯嗯嗯嗯')?.weight).toBe(t.average);
    expect(tfidf([], 5)).toEqual([]);
  });
});
