/**
 * The scripts behind npm run eval, eval:entities, eval:ocr, bench and bench:linear: `--help` prints
 * the usage line on standard output and exits 0 (tester12: `npm run eval -- --help` said "unknown
 * argument --help"); a mistyped option is one line and the usage line on standard error, exit 2.
 * Only the arguments are read here: nothing is evaluated or timed.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (script: string, args: string[]) => {
  const r = spawnSync(process.execPath, [path.join(root, script), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe.each([
  ['scripts/eval.mjs', 'usage: npm run eval -- ', 'eval: unknown argument --bogus'],
  ['scripts/eval-entities.mjs', 'usage: npm run eval:entities -- ', "eval:entities: Unknown option '--bogus'"],
  ['scripts/ocr/eval-ocr.mjs', 'usage: npm run eval:ocr -- ', "eval:ocr: Unknown option '--bogus'"],
  ['bench/bench.js', 'usage: npm run bench -- ', "bench: Unknown option '--bogus'"],
  ['bench/linear.mjs', 'usage: npm run bench:linear -- ', "bench:linear: Unknown option '--bogus'"],
])('%s', (script, usage, unknown) => {
  it('--help and -h: the usage on standard output, exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = run(script, [flag]);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout.startsWith(usage)).toBe(true);
    }
  });

  it('a mistyped option: what is wrong and the usage on standard error, exit 2', () => {
    const r = run(script, ['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].startsWith(unknown)).toBe(true);
    expect(lines[1].startsWith(usage)).toBe(true);
  });
});
