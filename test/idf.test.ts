import { createRequire } from 'node:module';
import path from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { compileIdf, idfLoaded, idfPaths, loadIdf, readIdfTable, tfidf } from '../src/nlp/idf.js';
import { segmenter } from '../src/nlp/jieba.js';
import { parseIssue } from '../src/index.js';

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

describe('IDF table from its compiled form (compileIdf, npm run build)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'idf-'));
  const { idf, stopWords } = idfPaths();

  it('gives every word of idf.utf8 the IDF of its first line, as read from the text, and the same mean', () => {
    const compiled = path.join(dir, 'idf.bin');
    compileIdf(idf, compiled);
    const a = readIdfTable(idf, stopWords, compiled);
    const b = readIdfTable(idf, stopWords, path.join(dir, 'missing.bin'));
    expect([a.from, b.from]).toEqual(['compiled', 'source']);
    // the reference: the text split into lines, the first line of a word wins
    const text = readFileSync(idf, 'utf8');
    expect(text.includes('\uFFFD')).toBe(false);
    const want = new Map<string, number>();
    let sum = 0;
    let lines = 0;
    for (const line of text.replace(/\n$/u, '').split('\n')) {
      lines += 1;
      const f = line.split(' ');
      if (f.length !== 2 || !f[0] || !f[1]) continue;
      sum += Number.parseFloat(f[1]);
      if (!want.has(f[0])) want.set(f[0], Number.parseFloat(f[1]));
    }
    expect(want.size).toBeGreaterThan(250_000);
    let checked = 0;
    for (const [word, v] of want) {
      if (a.table.get(word) !== v || b.table.get(word) !== v) expect([word, a.table.get(word), b.table.get(word)]).toEqual([word, v, v]);
      checked += 1;
    }
    expect(checked).toBe(want.size);
    for (const w of ['不在表里的词语', '劳动防护护', '劳动防', '', 'a', '\uD800', '😀防汛']) {
      expect(a.table.get(w)).toBeUndefined();
      expect(b.table.get(w)).toBeUndefined();
    }
    expect(a.table.average).toBe(b.table.average);
    expect(a.table.average).toBe(sum / lines);
    expect(a.table.size).toBe(b.table.size);
  });

  it('ignores a compiled form made from other bytes (the table is built from the file)', () => {
    const other = path.join(dir, 'other.utf8');
    writeFileSync(other, '劳动防护 1.5\n岗上 2\n');
    const compiled = path.join(dir, 'other.bin');
    compileIdf(other, compiled);
    expect(readIdfTable(other, stopWords, compiled).from).toBe('compiled');
    expect(readIdfTable(other, stopWords, compiled).table.get('岗上')).toBe(2);
    const got = readIdfTable(idf, stopWords, compiled);
    expect(got.from).toBe('source');
    expect(got.table.get('劳动防护')).toBe(13.900677652);
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
