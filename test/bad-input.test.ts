/**
 * Bad input (issue 4, item 7) through the real CLI: each kind prints exactly one line
 * `bulletin: <path>: <what is wrong>` on standard error (no stack trace), the other inputs of the
 * batch are still converted, and the exit code is the documented one (the highest of the batch).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/errors.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/bulletin.js');
const FIXTURE = path.join(root, 'fixtures/000_038dc682623388e9/000_038dc682623388e9.txt');
const isRoot = process.getuid?.() === 0;

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1', ...env },
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
let good: string;
const file = (name: string, content: string | Buffer): string => {
  const p = path.join(tmp, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli/main.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
  tmp = mkdtempSync(path.join(tmpdir(), 'bulletin-bad-'));
  good = path.join(tmp, 'good.txt');
  cpSync(FIXTURE, good);
  mkdirSync(path.join(tmp, 'no-inputs'));
  writeFileSync(path.join(tmp, 'no-inputs/readme.md'), 'not an input');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Escapes a string for use inside a RegExp. */
const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each([
  ['a missing path', () => path.join(tmp, 'missing.txt'), EXIT.NO_INPUT, /no such file or directory/],
  ['a directory with no inputs', () => path.join(tmp, 'no-inputs'), EXIT.NO_INPUT, /no input files/],
  ['a glob matching nothing', () => path.join(tmp, 'nothing-*.txt'), EXIT.NO_INPUT, /no file matches/],
  ['an empty file', () => file('empty.txt', ''), EXIT.BAD_INPUT, /empty/],
  ['a whitespace-only file', () => file('blank.txt', ' \n\u3000\r\n\t\n'), EXIT.BAD_INPUT, /whitespace|empty/],
  ['a binary file (NUL bytes)', () => file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0])), EXIT.BAD_INPUT, /binary|NUL/i],
  [
    'invalid bytes in no known encoding',
    () => file('garbage.txt', Buffer.from([0xe4, 0xb8, 0xad, 0x80, 0x81, 0xfe, 0x20, 0x74, 0x65, 0x78, 0x74, 0x0a])),
    EXIT.BAD_INPUT,
    /undecodable|encoding/,
  ],
])('%s', (_what, make, exitCode, message) => {
  it.each(['json', 'ndjson', 'csv'])('--out-dir -f %s: one line, the documented exit code, the good file still converted', (format) => {
    const bad = make();
    const outDir = path.join(tmp, `out-${path.basename(bad)}-${format}`);
    const r = cli(['parse', bad, good, '--out-dir', outDir, '-f', format, '--quiet']);
    expect(r.code).toBe(exitCode);
    expect(r.stderr).toMatch(new RegExp(`^bulletin: ${re(bad)}: .+\\n$`));
    expect(r.stderr).toMatch(message);
    expect(existsSync(path.join(outDir, `good.${format}`))).toBe(true);
  });

  it('to standard output: the good issue is written, the bad one reported', () => {
    const bad = make();
    const r = cli(['parse', good, bad, '-f', 'ndjson', '--quiet']);
    expect(r.code).toBe(exitCode);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(9);
  });
});

describe('mixed batch', () => {
  it('every failure gets its own line, in input order, and the exit code is the highest', () => {
    const missing = path.join(tmp, 'gone.txt');
    const empty = file('empty2.txt', '');
    const outDir = path.join(tmp, 'out-mixed');
    const r = cli(['parse', missing, good, empty, '--out-dir', outDir]);
    expect(r.code).toBe(Math.max(EXIT.NO_INPUT, EXIT.BAD_INPUT));
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`bulletin: ${missing}: no such file or directory`);
    expect(lines[1]).toMatch(new RegExp(`^bulletin: ${re(empty)}: `));
    expect(lines[2]).toMatch(/parsed 1 of 3 inputs, 2 failed/);
    expect(lines).toHaveLength(3);
    expect(JSON.parse(readFileSync(path.join(outDir, 'good.json'), 'utf8')).articles).toHaveLength(9);
  });

  it.skipIf(isRoot)('an unreadable file (chmod 000): exit 3', () => {
    const locked = file('locked.txt', '标题\n\n正文。\n');
    execFileSync('chmod', ['000', locked]);
    const r = cli(['parse', locked, good, '-f', 'ndjson']);
    expect(r.code).toBe(EXIT.NO_INPUT);
    expect(r.stderr).toBe(`bulletin: ${locked}: permission denied\n`);
  });
});

describe('a wrong --encoding (tester7, Dec 2026: GB18030 read as Big5 gave mojibake with 2 warnings)', () => {
  const gbPage = path.join(root, 'fixtures/notices-traditional/county-notices.wrapped.gb18030.txt');
  it('is refused in one line, exit 4, naming what detection reads; --force reads it so with a warning', () => {
    const r = cli(['parse', gbPage, '--encoding', 'big5']);
    expect(r.code).toBe(EXIT.BAD_INPUT);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `bulletin: ${gbPage}: --encoding big5 gives implausible text: 43 % of its 1196 non-ASCII characters are common Chinese characters or punctuation, 34 (3 %) did not decode (U+FFFD); detection reads the bytes as gb18030: leave --encoding out or name the right one (--force reads it as big5 anyway)\n`,
    );
    const forced = cli(['parse', gbPage, '--encoding', 'big5', '--force']);
    expect(forced.code).toBe(EXIT.OK);
    const issue = JSON.parse(forced.stdout) as { source: { encoding: string }; diagnostics: { code: string }[] };
    expect(issue.source.encoding).toBe('big5');
    expect(issue.diagnostics.filter((d) => d.code === 'decode/implausible-encoding')).toHaveLength(1);
    expect(cli(['parse', gbPage, '--encoding', 'gb18030']).code).toBe(EXIT.OK);
  });
});

describe('inputs that parse but hold no article', () => {
  it('a 1 MB line with no break: one line, exit 1, all text kept in unassigned', () => {
    const long = file('long-line.txt', '这是一段没有换行的文字，'.repeat(Math.ceil(1_000_000 / 36)));
    const r = cli(['parse', long]);
    expect(r.code).toBe(EXIT.INVALID);
    expect(r.stderr).toBe(`bulletin: ${long}: no article recognised; all text kept in unassigned (1 block)\n`);
    const issue = JSON.parse(r.stdout);
    expect(issue.articles).toEqual([]);
    expect(issue.unassigned.map((u: { text: string }) => u.text).join('')).toBe(readFileSync(long, 'utf8').trim());
    expect(issue.diagnostics.length).toBeGreaterThan(0);
  });

  it('prose with no headline: output written, one line, exit 1, a diagnostic', () => {
    const prose = file('prose.txt', '今天天气很好，我们一起去公园散步，看到了很多人在锻炼身体。\n\n他说这样的生活很好，大家都很开心。\n');
    const outDir = path.join(tmp, 'out-prose');
    const r = cli(['parse', prose, good, '--out-dir', outDir, '--quiet']);
    expect(r.code).toBe(EXIT.INVALID);
    expect(r.stderr).toMatch(new RegExp(`^bulletin: ${re(prose)}: no article recognised; all text kept in unassigned \\(2 blocks\\)\\n$`));
    const issue = JSON.parse(readFileSync(path.join(outDir, 'prose.json'), 'utf8'));
    expect(issue.unassigned).toHaveLength(2);
    expect(issue.diagnostics.map((d: { code: string }) => d.code)).toContain('segment/no-articles');
    expect(existsSync(path.join(outDir, 'good.json'))).toBe(true);
  });
});

describe('a 50 MB file', () => {
  it('is parsed (time linear in size; see bench) without failing', () => {
    const one = readFileSync(FIXTURE);
    const copies = Math.ceil(50e6 / (one.length + 2));
    const big = file('big.txt', Buffer.concat(Array.from({ length: copies }, () => Buffer.concat([one, Buffer.from('\n\n')]))));
    const out = path.join(tmp, 'big.ndjson');
    // --no-entities keeps this test's time to the pipeline's own work; bench/bench.js times the full parse
    const r = cli(['parse', big, '-f', 'ndjson', '-o', out, '--no-entities', '--quiet']);
    expect(r).toMatchObject({ code: EXIT.OK, stderr: '' });
    let lines = 0;
    const text = readFileSync(out, 'utf8');
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
    expect(lines).toBe(copies * 9);
  }, 180_000);
});

describe('internal errors', () => {
  it('become one line with the BULLETIN_DEBUG hint and exit 70', async () => {
    const { errorFailure } = await import('../src/cli/parse-input.js');
    const f = errorFailure('x.txt', new TypeError("Cannot read properties of undefined (reading 'title')\n    at segment"));
    expect(f).toMatchObject({ path: 'x.txt', code: 'internal/error', exitCode: EXIT.INTERNAL });
    expect(f.message).toBe(
      "internal error: Cannot read properties of undefined (reading 'title') at segment (re-run with BULLETIN_DEBUG=1 for details)",
    );
    expect(f.stack).toMatch(/TypeError/);
  });
});
