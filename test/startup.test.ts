import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileIdentity, readCompiled } from '../src/nlp/compiled.js';
import { compileIdf, idfPaths, readIdfTable } from '../src/nlp/idf.js';
import { toSimplified } from '../src/extract/script.js';
import { PARALLEL_MIN_FILES, PRELOAD_MAX_BYTES, preloadsSegmenter } from '../src/cli/invocation.js';
import { IN_PROCESS_V8_FLAGS, setInProcessFlags, WORKER_V8_FLAGS } from '../src/cli/v8-flags.js';
import { LARGE_INPUT_BUDGET, RELAUNCH_FLAGS } from '../src/cli/relaunch.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

describe('compiled files: the source told unchanged by its identity on disk (issue 12: start-up)', () => {
  it('records the identity, trusts it without hashing, and hashes again once the file was written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'compiled-'));
    const idf = path.join(dir, 'idf.utf8');
    writeFileSync(idf, '劳动防护 1.5\n岗上 2.0\n');
    const compiled = path.join(dir, 'idf.bin');
    compileIdf(idf, compiled);
    const head = JSON.parse(readFileSync(compiled, 'utf8').split('\n')[1]) as { sourceFile: string };
    expect(head.sourceFile).toBe(fileIdentity(idf));
    expect(head.sourceFile).toMatch(/^\d+:\d+:28:\d+$/u);
    // identity unchanged: the bytes handed over are not even hashed (these are not the file's)
    const wrong = Buffer.from('劳动防护 9.9\n岗上 9.9\n');
    expect(readCompiled(compiled, { path: idf, bytes: wrong })).not.toBeNull();
    expect(readCompiled(compiled, wrong)).toBeNull();
    const stopWords = idfPaths().stopWords;
    expect(readIdfTable(idf, stopWords, compiled).from).toBe('compiled');
    // the file written again (same size, another IDF): its identity changes, its SHA-1 no longer matches
    writeFileSync(idf, '劳动防护 1.6\n岗上 2.0\n');
    expect(fileIdentity(idf)).not.toBe(head.sourceFile);
    expect(readCompiled(compiled, { path: idf })).toBeNull();
    const got = readIdfTable(idf, stopWords, compiled);
    expect(got.from).toBe('source');
    expect(got.table.get('劳动防护')).toBe(1.6);
    expect(fileIdentity(path.join(dir, 'missing'))).toBeNull();
    expect(fileIdentity(dir)).toBeNull();
  });
});

describe('toSimplified: OpenCC built only for text it would change (issue 12: start-up)', () => {
  it('gives what the converter gives on every line of the traditional and the bundled fixtures', () => {
    const opencc = require('opencc-js/t2cn') as typeof import('opencc-js/t2cn');
    const convert = opencc.Converter({ from: 'tw', to: 'cn' });
    const files = [
      'fixtures/notices-traditional/county-notices.blank.txt',
      'fixtures/notices-traditional/hk-daily.blank.txt',
      'fixtures/000_038dc682623388e9/000_038dc682623388e9.txt',
    ];
    let lines = 0;
    let changed = 0;
    for (const f of files) {
      for (const line of readFileSync(path.join(root, f), 'utf8').split('\n')) {
        const want = convert(line);
        if (toSimplified(line) !== want) expect([f, line, toSimplified(line)]).toEqual([f, line, want]);
        lines += 1;
        if (want !== line) changed += 1;
      }
    }
    expect(lines).toBeGreaterThan(100);
    expect(changed).toBeGreaterThan(10);
    expect(toSimplified('縣委書記胡擁軍')).toBe('县委书记胡拥军');
    // none of these units starts a key of OpenCC's dictionaries: the same string back
    const plain = '区委书记';
    expect(toSimplified(plain)).toBe(plain);
    expect(toSimplified('')).toBe('');
  });
});

describe('the segmenter loaded in the background (preloadSegmenter)', () => {
  it('cuts and tags as when loaded on first use', () => {
    const text = '5月26日上午，区委书记胡拥军调研环卫体制改革工作。南京市长江大桥';
    const run = (preload: boolean) => {
      const script =
        `import { preloadSegmenter, segmenter } from ${JSON.stringify(path.join(root, 'dist/nlp/jieba.js'))};` +
        `${preload ? 'preloadSegmenter(); preloadSegmenter();' : ''}` +
        `console.log(JSON.stringify([segmenter.cut(${JSON.stringify(text)}), segmenter.tag(${JSON.stringify(text)})]));`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout) as [string[], { word: string; tag: string }[]];
    };
    const first = run(false);
    expect(first[0]).toContain('区委书记');
    expect(first[1]).toContainEqual({ word: '南京市', tag: 'ns' });
    expect(run(true)).toEqual(first);
  });

  it('is offered by the patched nodejieba, and refused while one is pending or once loaded', () => {
    // the repository ships it: the patch adds it to nodejieba's wrapper and to its native code
    const patch = readFileSync(path.join(root, 'patches/nodejieba+3.5.8.patch'), 'utf8');
    expect(patch).toMatch(/^\+\s+loadInBackground: function \(dictJson\) \{$/mu);
    expect(patch).toMatch(/^\+Napi::Value NodeJieba::loadInBackground\(const Napi::CallbackInfo& info\) \{$/mu);
    // what is installed: a build without the patch (postinstall.mjs leaves the stock one when the
    // patch or the compile fails) loads on first use, and the parse is the same (the test above)
    const script =
      `const j = require('nodejieba');` +
      `const native = typeof require('nodejieba/build/Release/nodejieba.node').loadInBackground === 'function';` +
      `const wrapper = typeof j.loadInBackground === 'function';` +
      `const a = wrapper && j.loadInBackground(); const b = wrapper && j.loadInBackground(); j.load(); const c = wrapper && j.loadInBackground();` +
      `console.log(JSON.stringify([native, wrapper, a, b, c, j.cut('区委书记胡拥军')]));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: root });
    expect(r.stderr).toBe('');
    const [native, wrapper, a, b, c, words] = JSON.parse(r.stdout) as [boolean, boolean, boolean, boolean, boolean, string[]];
    if (native) expect(wrapper).toBe(true);
    expect([a, b, c]).toEqual([native, false, false]);
    expect(words.join('')).toBe('区委书记胡拥军');
    expect(words[0]).toBe('区委书记');
  });
});

describe('preloadsSegmenter: whether the command line parses small inputs on this thread (bin/bulletin.js preloads then)', () => {
  const issue = 'fixtures/000_038dc682623388e9/000_038dc682623388e9.txt';
  it('one file, a few files, --jobs 1 over files, or standard input: yes', () => {
    expect(preloadsSegmenter(['parse', issue], root)).toBe(true);
    expect(preloadsSegmenter(['parse', issue, '-j', '2'], root)).toBe(true); // one input: no pool
    expect(preloadsSegmenter(['parse', issue, issue, '-o', 'x.json', '--no-entities'], root)).toBe(true);
    expect(preloadsSegmenter(['parse', issue, issue, '--jobs=1'], root)).toBe(true);
    expect(preloadsSegmenter(['parse', ...Array.from({ length: PARALLEL_MIN_FILES - 1 }, () => issue)], root)).toBe(true);
    expect(preloadsSegmenter(['parse', '-'], root)).toBe(true);
  });

  it('a folder, a pool, PRELOAD_MAX_BYTES of input, a missing file, another command or an unread option: no', () => {
    expect(preloadsSegmenter(['parse', 'fixtures'], root)).toBe(false);
    expect(preloadsSegmenter(['parse', 'fixtures', '-j', '1'], root)).toBe(false);
    expect(preloadsSegmenter(['parse', issue, issue, '-j', '2'], root)).toBe(false);
    expect(preloadsSegmenter(['parse', ...Array.from({ length: PARALLEL_MIN_FILES }, () => issue)], root)).toBe(false);
    const dir = mkdtempSync(path.join(tmpdir(), 'preload-'));
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(PRELOAD_MAX_BYTES, 0x41));
    expect(preloadsSegmenter(['parse', big], root)).toBe(false);
    writeFileSync(big, Buffer.alloc(PRELOAD_MAX_BYTES - 1, 0x41));
    expect(preloadsSegmenter(['parse', big], root)).toBe(true);
    expect(preloadsSegmenter(['parse', 'missing.txt'], root)).toBe(false);
    expect(preloadsSegmenter(['validate', issue], root)).toBe(false);
    expect(preloadsSegmenter(['parse', '--records'], root)).toBe(false);
    expect(preloadsSegmenter(['parse'], root)).toBe(false);
  });
});

describe("V8's tier-up budget (src/cli/v8-flags.ts)", () => {
  it('is set on the CLI thread unless Node was started with one (a child relaunched for a large input is)', () => {
    expect(IN_PROCESS_V8_FLAGS).toBe('--interrupt-budget=270336');
    expect(WORKER_V8_FLAGS.split(' ')).toEqual(['--no-concurrent-recompilation', '--interrupt-budget=540672']);
    expect(RELAUNCH_FLAGS).toContain(LARGE_INPUT_BUDGET);
    expect(setInProcessFlags(['--interrupt-budget=1081344'])).toBe(false);
    expect(setInProcessFlags([...RELAUNCH_FLAGS])).toBe(false);
    expect(setInProcessFlags([])).toBe(true);
  });
});
