/** User dictionaries (jieba format) and the config: parsing, bad lines, and their use by the extractor. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, readConfig } from '../src/cli/config.js';
import { extractEntities, parseUserDict } from '../src/index.js';

describe('parseUserDict', () => {
  it('accepts a BOM, CRLF, a missing frequency or tag, and reports bad lines by number', () => {
    const { entries, errors } = parseUserDict('\uFEFF张三丰 nr\r\n长丰村 10 ns\r\n海通科技\r\n# comment\r\na b c d\r\n测试 abc nr\r\n');
    expect(entries).toEqual([
      { word: '张三丰', tag: 'nr' },
      { word: '长丰村', tag: 'ns' },
      { word: '海通科技', tag: '' },
    ]);
    expect(errors.map((e) => e.line)).toEqual([5, 6]);
  });
});

describe('extractEntities with a user dictionary', () => {
  it('reports the dictionary names the text holds', () => {
    const userDict = parseUserDict('张三丰 nr\n长丰村 ns\n海通科技 nt\n').entries;
    const e = extractEntities('张三丰在长丰村走访海通科技。', { userDict });
    expect(e.people.map((p) => p.name)).toContain('张三丰');
    expect(e.places.map((p) => p.name)).toContain('长丰村');
    expect(e.organizations.map((p) => p.name)).toContain('海通科技');
  });
});

describe('config', () => {
  it('is found upward and names dictionaries relative to itself; a bad one is a usage error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bulletin-config-'));
    writeFileSync(path.join(dir, 'bulletin.config.json'), JSON.stringify({ userDict: 'names.txt' }));
    const sub = path.join(dir, 'a', 'b');
    expect(findConfig(sub)).toBe(path.join(dir, 'bulletin.config.json'));
    expect(readConfig(path.join(dir, 'bulletin.config.json'))).toEqual([path.join(dir, 'names.txt')]);
    writeFileSync(path.join(dir, 'bad.json'), '{"userDict": 3}');
    expect(() => readConfig(path.join(dir, 'bad.json'))).toThrow(/invalid config/);
    writeFileSync(path.join(dir, 'unknown.json'), '{"colour": "red"}');
    expect(() => readConfig(path.join(dir, 'unknown.json'))).toThrow(/unknown key "colour"/);
  });
});

describe('the example config of the bundled paper', () => {
  it('reads, names a dictionary without bad lines, and its place is found', () => {
    const dir = path.resolve(import.meta.dirname, '../fixtures/000_038dc682623388e9');
    const [dict] = readConfig(path.join(dir, 'bulletin.config.json'));
    const { entries, errors } = parseUserDict(readFileSync(dict, 'utf8'));
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.word)).toEqual(['国际青创园', '崇川区城管局', '文峰街道']);
    const e = extractEntities('区人大代表、国际青创园董事长袁振艺在园区工作例会上强调。', { userDict: entries });
    expect(e.places.map((p) => p.name)).toContain('国际青创园');
  });
});
