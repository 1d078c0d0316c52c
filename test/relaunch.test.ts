/**
 * The relaunch of `bulletin parse` for one large file (src/cli/relaunch.ts, issue 10): which runs
 * are relaunched, and that a relaunched run keeps the exit code, the standard output and error, and
 * ends as its child does. The real `node bin/bulletin.js` over dist/ (`npm test` builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAUNCH_GUARD, RELAUNCH_MIN_BYTES, relaunchTarget } from '../src/cli/relaunch.js';
import { EXIT } from '../src/errors.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/bulletin.js');
const FIXTURE = path.join(root, 'fixtures/000_038dc682623388e9/000_038dc682623388e9.txt');
const linux = process.platform === 'linux';

let dir: string;
let large: string; // the bundled issue, then a line of RELAUNCH_MIN_BYTES spaces: large, and quick to parse
let blank: string; // RELAUNCH_MIN_BYTES of blank lines: refused as empty (exit 4)
let small: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulletin-relaunch-'));
  large = path.join(dir, 'large.txt');
  writeFileSync(large, `${readFileSync(FIXTURE, 'utf8')}\n${' '.repeat(RELAUNCH_MIN_BYTES)}\n`);
  blank = path.join(dir, 'blank.txt');
  writeFileSync(blank, ' \n'.repeat(RELAUNCH_MIN_BYTES / 2));
  small = path.join(dir, 'small.txt');
  writeFileSync(small, readFileSync(FIXTURE));
  mkdirSync(path.join(dir, 'folder'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of `pid`'s first child as /proc lists it ('' if none appears within 5 s). Linux only. */
async function childPidOf(pid: number): Promise<string> {
  for (let i = 0; i < 200; i++) {
    await new Promise((r) => setTimeout(r, 25));
    try {
      const child = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
      if (child !== '') return child;
    } catch {
      // the process has not started or has ended: ask again
    }
  }
  return '';
}

describe('relaunchTarget', () => {
  const env = {};
  const target = (args: string[], e: NodeJS.ProcessEnv = env, execArgv: string[] = [], platform: NodeJS.Platform = 'linux') =>
    relaunchTarget(args, e, execArgv, platform);

  it('names the one large file of a parse, whatever the options around it', () => {
    expect(target(['parse', large])).toBe(large);
    expect(target(['parse', '-o', 'out.json', '--quiet', large, '--no-entities'])).toBe(large);
    expect(target(['parse', '--out-dir=out', '-j', '2', '-f', 'ndjson', '--issue-date', '2023-05-25', large])).toBe(large);
    expect(target(['parse', '--', large])).toBe(large);
  });

  it('keeps every other run in one process', () => {
    expect(target(['parse', small])).toBeNull(); // below RELAUNCH_MIN_BYTES
    expect(target(['parse', large, small])).toBeNull(); // a batch
    expect(target(['parse', path.join(dir, 'folder')])).toBeNull();
    expect(target(['parse', path.join(dir, 'missing.txt')])).toBeNull(); // reported by the parse itself
    expect(target(['parse', '-'])).toBeNull();
    expect(target(['parse', '--records'])).toBeNull();
    expect(target(['parse', '--frobnicate', large])).toBeNull(); // an option it does not know: the usage error is the CLI's
    expect(target(['parse', '-qo', 'out.json', large])).toBeNull();
    expect(target(['validate', large])).toBeNull();
    expect(target(['--help'])).toBeNull();
  });

  it('never relaunches twice, over the user\'s own pool size, or off Linux', () => {
    expect(target(['parse', large], { [RELAUNCH_GUARD]: '1' })).toBeNull();
    expect(target(['parse', large], {}, ['--v8-pool-size=2'])).toBeNull();
    expect(target(['parse', large], { NODE_OPTIONS: '--v8-pool-size=2' })).toBeNull();
    expect(target(['parse', large], {}, ['--max-semi-space-size=64'])).toBeNull();
    expect(target(['parse', large], {}, [], 'darwin')).toBeNull();
    expect(target(['parse', large], {}, [], 'win32')).toBeNull();
  });
});

/** `node [--import <hook>] bin/bulletin.js args…`; the hook appends each process's `execArgv` to `log`. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}, log?: string) {
  const hook = `data:text/javascript,${encodeURIComponent(
    `import { appendFileSync } from 'node:fs'; appendFileSync(${JSON.stringify(log ?? '')}, JSON.stringify(process.execArgv.filter((a) => a.startsWith('--v8') || a.startsWith('--max-semi'))) + '\\n');`,
  )}`;
  const pre = log ? ['--import', hook] : [];
  const { [RELAUNCH_GUARD]: _guard, ...base } = process.env;
  const r = spawnSync(process.execPath, [...pre, bin, ...args], { cwd: dir, env: { ...base, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(linux)('a relaunched run', () => {
  it('parses in a child with one pool thread, and writes what one process writes (standard output, exit 0)', () => {
    const log = path.join(dir, 'argv-1.log');
    const relaunched = cli(['parse', large, '-f', 'ndjson', '--no-entities'], {}, log);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['[]', '["--v8-pool-size=1","--max-semi-space-size=1"]']);
    const alone = cli(['parse', large, '-f', 'ndjson', '--no-entities'], { [RELAUNCH_GUARD]: '1' });
    expect(relaunched.code).toBe(EXIT.OK);
    expect(relaunched.stdout.split('\n').length).toBeGreaterThan(5);
    expect(relaunched.stdout).toBe(alone.stdout);
    expect(relaunched.stderr).toBe(alone.stderr);
  }, 60_000);

  it('keeps the guard: with it set, one process', () => {
    const log = path.join(dir, 'argv-2.log');
    cli(['parse', blank, '--quiet'], { [RELAUNCH_GUARD]: '1' }, log);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['[]']);
  }, 60_000);

  it("exits with the child's code and prints its one line", () => {
    const r = cli(['parse', blank, '-o', 'out.json']);
    expect(r.code).toBe(EXIT.BAD_INPUT);
    expect(r.stderr).toBe(`bulletin: ${blank}: file holds only whitespace\n`);
    const bad = cli(['parse', large, '--issue-date', '2023-02-30']);
    expect(bad.code).toBe(EXIT.USAGE);
    expect(bad.stderr).toMatch(/^bulletin: error: option '--issue-date <YYYY-MM-DD>' argument '2023-02-30' is invalid\./u);
  }, 60_000);

  it('passes SIGTERM on to the child and ends as it does', async () => {
    const { [RELAUNCH_GUARD]: _guard, ...env } = process.env;
    const p = spawn(process.execPath, [bin, 'parse', large, '-o', path.join(dir, 'term.json')], { cwd: dir, env, stdio: 'ignore' });
    // the child is up once /proc lists it under the first process
    expect(await childPidOf(p.pid!)).toMatch(/^\d+$/u);
    p.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => p.once('exit', (c, s) => resolve([c, s])));
    // the parse's own handler exits 143; a child still starting dies of the signal, and so does the first process
    expect(code === EXIT.TERMINATED || signal === 'SIGTERM').toBe(true);
  }, 60_000);

  it('takes Ctrl-C (SIGINT to the process group) once: the child stops as a parse does, not "at once"', async () => {
    const { [RELAUNCH_GUARD]: _guard, ...env } = process.env;
    const p = spawn(process.execPath, [bin, 'parse', large, '-o', path.join(dir, 'int.json')], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    p.stderr!.on('data', (d) => (stderr += String(d)));
    await childPidOf(p.pid!);
    await new Promise((r) => setTimeout(r, 500));
    process.kill(-p.pid!, 'SIGINT');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => p.once('close', (c, s) => resolve([c, s])));
    expect(code === EXIT.INTERRUPTED || signal === 'SIGINT').toBe(true);
    expect(stderr).not.toMatch(/interrupted again/u);
  }, 60_000);

  it('dies of the signal that killed the child', async () => {
    const { [RELAUNCH_GUARD]: _guard, ...env } = process.env;
    const p = spawn(process.execPath, [bin, 'parse', large, '-o', path.join(dir, 'kill.json')], { cwd: dir, env, stdio: 'ignore' });
    const child = await childPidOf(p.pid!);
    process.kill(Number(child), 'SIGKILL');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => p.once('exit', (c, s) => resolve([c, s])));
    expect([code, signal]).toEqual([null, 'SIGKILL']);
  }, 60_000);
});
