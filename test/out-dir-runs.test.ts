/**
 * Batch use over an archive, run after run (tester32 faults 1–3): `--resume` and the user
 * dictionaries in effect, a folder named twice, and two runs whose inputs make the same
 * `--out-dir` output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/errors.js';

const bin = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), 'bin/bulletin.js');
const ROAD = '白沙村通组道路硬化工程开工\n\n2024-03-04 上午,白沙村通组道路硬化工程正式开工.该工程全长2.8公里,总投资约96万元,预计5月底完工.\n';
const FLOOD = '区领导调研防汛工作\n\n本报讯（记者 张三）5月25日上午，区委书记胡拥军调研防汛工作。\n';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'bulletin-outdir-runs-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI in `cwd` (no bulletin.config.json above a fresh temp folder). */
function cli(cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder under the test's temp folder with `files` (relative path → text) in it. */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const organizations = (file: string): string[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as { articles: { organizations: { name: string }[] }[] }).articles[0].organizations.map(
    (o) => o.name,
  );

describe('--resume and the user dictionaries in effect', () => {
  it('a new, edited or dropped --user-dict or config dictionary parses again; the same entries skip', () => {
    const dir = folder('dict', { 'in/a.txt': ROAD, 'my.dict': '白沙村通组道路硬化工程 100 nt\n' });
    const summary = (...extra: string[]): string => {
      const r = cli(dir, 'parse', 'in', '--out-dir', 'out', '--resume', ...extra);
      expect(r.code).toBe(EXIT.OK);
      return r.stderr.trim();
    };
    expect(summary()).toBe('parsed 1 of 1 input → out');
    expect(organizations(path.join(dir, 'out/a.json'))).not.toContain('白沙村通组道路硬化工程');
    // the dictionary added: parsed again (was "1 skipped (output up to date)")
    expect(summary('--user-dict', 'my.dict')).toBe('parsed 1 of 1 input → out');
    expect(organizations(path.join(dir, 'out/a.json'))).toContain('白沙村通组道路硬化工程');
    expect(summary('--user-dict', 'my.dict')).toBe('parsed 0 of 1 input, 1 skipped (output up to date) → out');
    // the same entries through the config: the output is current
    writeFileSync(path.join(dir, 'bulletin.config.json'), '{"userDict": "my.dict"}');
    expect(summary()).toBe('parsed 0 of 1 input, 1 skipped (output up to date) → out');
    // the dictionary edited: parsed again
    writeFileSync(path.join(dir, 'my.dict'), '白沙村通组道路硬化工程 100 nt\n白沙村 10 ns\n');
    expect(summary()).toBe('parsed 1 of 1 input → out');
    // the config gone, no dictionary: parsed again, without the entry
    rmSync(path.join(dir, 'bulletin.config.json'));
    expect(summary()).toBe('parsed 1 of 1 input → out');
    expect(organizations(path.join(dir, 'out/a.json'))).not.toContain('白沙村通组道路硬化工程');
  });
});

describe('a folder named twice, or a folder and a subfolder of it', () => {
  const dir = (): string => folder('twice', { 'arch/2023/05/a.txt': ROAD });
  it.each([
    [['parse', 'arch', 'arch', '-f', 'ndjson']],
    [['parse', 'arch', 'arch/2023', '-f', 'ndjson']],
    [['parse', 'arch/2023', 'arch', '-f', 'ndjson']],
  ])('%j: each file parsed once, exit 0', (args) => {
    const r = cli(dir(), ...args);
    expect(r.stderr).not.toContain('no input files');
    expect(r.code).toBe(EXIT.OK);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([
      'arch/2023/05/a.txt',
    ]);
  });
  it('validate arch ./arch/: one input, exit 0', () => {
    const r = cli(dir(), 'validate', 'arch', './arch/');
    expect(r.code).toBe(EXIT.OK);
    expect(r.stderr).toContain('1 input checked, 0 not valid');
  });
  it('an empty folder is still "no input files", exit 3', () => {
    const d = folder('twice-empty', { 'arch/a.txt': ROAD });
    mkdirSync(path.join(d, 'empty'));
    const r = cli(d, 'parse', 'arch', 'empty', 'arch', '-f', 'ndjson');
    expect(r.code).toBe(EXIT.NO_INPUT);
    expect(r.stderr).toContain('bulletin: empty: no input files');
  });
});

describe('two runs into one --out-dir whose inputs make the same output', () => {
  it('the later input is refused in one line (exit 5), the rest of its batch parsed; --overwrite replaces', () => {
    const dir = folder('papers', {
      'archive/renmin/2023/05/30.txt': ROAD,
      'archive/xinhua/2023/05/30.txt': FLOOD,
      'archive/xinhua/2023/05/31.txt': FLOOD,
    });
    const source = (): string =>
      (JSON.parse(readFileSync(path.join(dir, 'out/2023/05/30.json'), 'utf8')) as { source: { path: string } }).source.path;
    expect(cli(dir, 'parse', 'archive/renmin', '--out-dir', 'out', '-q').code).toBe(EXIT.OK);
    expect(source()).toBe('archive/renmin/2023/05/30.txt');
    const r = cli(dir, 'parse', 'archive/xinhua', '--out-dir', 'out', '-q');
    expect(r.code).toBe(EXIT.OUTPUT);
    expect(r.stderr).toBe(
      'bulletin: archive/xinhua/2023/05/30.txt: not parsed: its output out/2023/05/30.json was made from archive/renmin/2023/05/30.txt by an earlier run (give --overwrite to replace it, or parse into another --out-dir)\n',
    );
    expect(source()).toBe('archive/renmin/2023/05/30.txt'); // was replaced by xinhua's, exit 0
    expect(JSON.parse(readFileSync(path.join(dir, 'out/2023/05/31.json'), 'utf8')).source.path).toBe(
      'archive/xinhua/2023/05/31.txt',
    );
    // the same input again is no conflict
    const again = cli(dir, 'parse', 'archive/renmin', '--out-dir', 'out');
    expect(again.code).toBe(EXIT.OK);
    expect(again.stderr.trim()).toBe('parsed 1 of 1 input → out');
    // --overwrite: replaced, and from then on it is xinhua's
    expect(cli(dir, 'parse', 'archive/xinhua', '--out-dir', 'out', '--overwrite', '-q').code).toBe(EXIT.OK);
    expect(source()).toBe('archive/xinhua/2023/05/30.txt');
    expect(cli(dir, 'parse', 'archive/xinhua', '--out-dir', 'out', '--resume', '-q').code).toBe(EXIT.OK);
    expect(cli(dir, 'parse', 'archive/renmin', '--out-dir', 'out', '-q').code).toBe(EXIT.OUTPUT);
  });
  it('--overwrite without --out-dir is a usage error', () => {
    const r = cli(tmp, 'parse', '-', '--overwrite');
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.stderr).toContain('--overwrite needs --out-dir');
  });
});
