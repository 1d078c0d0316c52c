/**
 * Archive jobs pushed the way issue 10 pushed them, through the real CLI: a full disk (a 1 MB
 * tmpfs, mounted when the tests run as root; else a `ulimit -f` size limit), Ctrl-C in a parallel
 * run, a chaos run killed and resumed, the --out-dir lock, unreadable folders, symlink loops, file
 * names in GBK bytes and with control characters.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, ExitCodes } from '../src/errors.js';
import { formatDuration, progressText } from '../src/cli/progress.js';
import { bytesToDisplay, escapeControls } from '../src/cli/escape.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/bulletin.js');
const FIXTURE = path.join(root, 'fixtures/000_038dc682623388e9/000_038dc682623388e9.txt');
const SMALL = path.join(root, 'fixtures/big5-traditional/big5-traditional.txt');
const isRoot = process.getuid?.() === 0;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], opts: { cwd?: string; shell?: string; user?: boolean } = {}): Run {
  let cmd = process.execPath;
  let argv = [bin, ...args];
  if (opts.shell) {
    argv = ['-c', `${opts.shell}; exec "$0" "$@"`, process.execPath, bin, ...args];
    cmd = 'sh';
  }
  if (opts.user) {
    // Root reads everything through CAP_DAC_OVERRIDE: drop it (and CAP_DAC_READ_SEARCH) instead of
    // changing user, so the CLI still reads a checkout that only root may enter (a 0700 temp dir).
    const caps = '-dac_override,-dac_read_search';
    argv = ['--bounding-set', caps, '--inh-caps', caps, cmd, ...argv];
    cmd = 'setpriv';
  }
  const r = spawnSync(cmd, argv, {
    cwd: opts.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string): string[] => s.split('\n').filter(Boolean);
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

let tmp: string;
/** A 1 MB tmpfs when it can be mounted (root), else null. */
let tiny: string | null = null;
let whyNoTmpfs = '';
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'bulletin-archive-'));
  const dir = path.join(tmp, 'tiny');
  mkdirSync(dir);
  const m = isRoot
    ? spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { encoding: 'utf8' })
    : null;
  if (m && m.status === 0) tiny = dir;
  else whyNoTmpfs = isRoot ? `mount failed: ${m?.stderr.trim()}` : 'not root: cannot mount a tmpfs';
});
afterAll(() => {
  if (tiny) spawnSync('umount', [tiny]);
  rmSync(tmp, { recursive: true, force: true });
});

/** Fills the tmpfs so that about `freeKb` kB stay free. */
function fillTiny(freeKb: number): void {
  const filler = path.join(tiny!, 'filler');
  rmSync(filler, { force: true });
  const r = spawnSync('df', ['-k', '--output=avail', tiny!], { encoding: 'utf8' });
  const avail = Number(r.stdout.trim().split('\n').pop());
  writeFileSync(filler, Buffer.alloc(Math.max(0, avail - freeKb) * 1024));
}

describe('a full disk: exit 5, one line, the previous file untouched, no truncated file', () => {
  it('-o, standard output and --out-dir on a tmpfs with 24 kB free', (ctx) => {
    // the ulimit test below covers the same path where a tmpfs cannot be mounted
    if (!tiny) return ctx.skip(`no tmpfs: ${whyNoTmpfs}`);
    const good = path.join(tiny!, 'o.json');
    expect(cli(['parse', FIXTURE, '-o', good]).code).toBe(EXIT.OK);
    const before = readFileSync(good);
    fillTiny(24);
    const o = cli(['parse', FIXTURE, SMALL, '-o', good, '-q']);
    expect(o.code).toBe(EXIT.OUTPUT);
    expect(lines(o.stderr)).toEqual([`bulletin: ${good}: cannot write: no space left on device`]);
    expect(readFileSync(good).equals(before)).toBe(true);

    const sh = cli(['parse', FIXTURE], { shell: `exec >${path.join(tiny!, 'stdout.json')}` });
    expect(sh.code).toBe(EXIT.OUTPUT);
    expect(lines(sh.stderr)).toEqual(['bulletin: standard output: no space left on device']);

    rmSync(path.join(tiny!, 'stdout.json'));
    fillTiny(40); // room for the small output, not the large one
    const out = path.join(tiny!, 'out');
    const d = cli(['parse', FIXTURE, SMALL, '--out-dir', out]);
    expect(d.code).toBe(EXIT.OUTPUT);
    expect(d.stderr).toMatch(/cannot write: no space left on device/);
    for (const name of readdirSync(out)) {
      expect(name).not.toMatch(/\.tmp$/);
      if (name.endsWith('.json'))
        expect(() => JSON.parse(readFileSync(path.join(out, name), 'utf8'))).not.toThrow();
    }
    rmSync(out, { recursive: true });

    // a full disk stops the batch: the inputs not yet started are left for --resume, not failed one by one
    fillTiny(24); // room for the lock and the resume record, not for an output
    const five = corpus('five', 5, () => FIXTURE);
    const full = cli(['parse', five, '--out-dir', out, '-j', '1', '--no-entities']);
    expect(full.code).toBe(EXIT.OUTPUT);
    const cannot = lines(full.stderr).filter((l) => l.includes('cannot write: no space left on device'));
    expect(cannot.length).toBeGreaterThanOrEqual(1);
    expect(cannot.length).toBeLessThan(5);
    expect(lines(full.stderr).pop()).toBe(
      `parsed ${cannot.length} of 5 inputs, ${5 - cannot.length} not done (run again with --resume to finish), 0 written to ${out}, ${cannot.length} could not be written`,
    );
    rmSync(out, { recursive: true });
    rmSync(path.join(tiny!, 'filler'));
  });

  it('a size limit (ulimit -f): -o fails with one line and exit 5, the old file kept', () => {
    const good = path.join(tmp, 'limited.json');
    expect(cli(['parse', SMALL, '-o', good]).code).toBe(EXIT.OK);
    const before = readFileSync(good);
    // 20 blocks of 512 bytes: far less than the bundled issue's output; SIGXFSZ ignored so the write fails with EFBIG
    const r = cli(['parse', FIXTURE, '-o', good], { shell: "trap '' XFSZ; ulimit -f 20" });
    expect(r.code).toBe(EXIT.OUTPUT);
    expect(lines(r.stderr)).toEqual([`bulletin: ${good}: cannot write: file too large`]);
    expect(readFileSync(good).equals(before)).toBe(true);
    expect(readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

/** `n` copies of the small fixture in a new folder. */
function corpus(name: string, n: number, source: (i: number) => string = () => SMALL): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i += 1) cpSync(source(i), path.join(dir, `${String(i).padStart(3, '0')}.txt`));
  return dir;
}

function journalLines(out: string): { out: string }[] {
  const file = path.join(out, '.bulletin-resume.ndjson');
  if (!existsSync(file)) return [];
  return lines(readFileSync(file, 'utf8')).map((l) => JSON.parse(l) as { out: string });
}

/**
 * Starts the CLI; resolves when `ready()` holds (polled), then sends `signal` (and again after
 * `againAfterMs`, when given) and resolves to the run.
 */
function runAndSignal(
  args: string[],
  ready: () => boolean,
  signal: NodeJS.Signals,
  opts: { shell?: string; againAfterMs?: number } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const argv = opts.shell
      ? ['-c', `${opts.shell}; exec "$0" "$@"`, process.execPath, bin, ...args]
      : [bin, ...args];
    const child = spawn(opts.shell ? 'sh' : process.execPath, argv, {
      cwd: root,
      env: { ...process.env, CI: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setInterval(() => {
      if (ready()) {
        clearInterval(timer);
        child.kill(signal);
        if (opts.againAfterMs !== undefined) setTimeout(() => child.kill(signal), opts.againAfterMs);
      }
    }, 20);
    child.on('close', (code, sig) => {
      clearInterval(timer);
      resolve({ code: code ?? (sig === 'SIGKILL' ? 137 : null), stdout, stderr });
    });
  });
}

describe('Ctrl-C in a parallel run', () => {
  it('SIGINT with -j 2: finished outputs on disk and recorded, summary, exit 130; --resume does only the rest', async () => {
    const src = corpus('sigint', 40);
    const out = path.join(tmp, 'sigint-out');
    const r = await runAndSignal(
      ['parse', src, '--out-dir', out, '-j', '2'],
      () => journalLines(out).length >= 4,
      'SIGINT',
    );
    expect(r.code).toBe(EXIT.INTERRUPTED);
    const recorded = journalLines(out).length;
    const onDisk = readdirSync(out).filter((n) => n.endsWith('.json'));
    expect(onDisk.length).toBe(recorded);
    expect(onDisk.length).toBeLessThan(40);
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(lines(r.stderr).pop()).toBe(
      `interrupted by SIGINT: parsed ${recorded} of 40 inputs, ${40 - recorded} not done (run again with --resume to finish) → ${out}`,
    );
    const again = cli(['parse', src, '--out-dir', out, '-j', '2', '--resume']);
    expect(again.code).toBe(EXIT.OK);
    expect(lines(again.stderr).pop()).toBe(
      `parsed ${40 - recorded} of 40 inputs, ${recorded} skipped (output up to date) → ${out}`,
    );
    expect(new Set(journalLines(out).map((e) => e.out)).size).toBe(40);
    expect(journalLines(out).length).toBe(40);
  }, 60_000);
});

describe('a second Ctrl-C', () => {
  it('stops at once and says what is on disk: no temporary file, exit 130, --resume finishes', async () => {
    // the first input is small; the others are large (seconds each), so both signals land while they are parsed
    const dir = path.join(tmp, 'twice');
    mkdirSync(dir, { recursive: true });
    cpSync(SMALL, path.join(dir, '000.txt'));
    const story = readFileSync(SMALL);
    for (let i = 1; i <= 4; i += 1) writeFileSync(path.join(dir, `00${i}.txt`), Buffer.concat(Array(200).fill(story)));
    const out = path.join(tmp, 'twice-out');
    const r = await runAndSignal(
      ['parse', dir, '--out-dir', out, '-j', '2', '--no-entities'],
      () => journalLines(out).length >= 1,
      'SIGINT',
      { againAfterMs: 150 },
    );
    expect(r.code).toBe(EXIT.INTERRUPTED);
    const recorded = journalLines(out).length;
    expect(recorded).toBeLessThan(5);
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(lines(r.stderr).pop()).toBe(
      `interrupted again by SIGINT: stopped at once; parsed ${recorded} of 5 inputs, ${recorded} output${recorded === 1 ? '' : 's'} written to ${out}, the rest not (run again with --resume to finish)`,
    );
    const again = cli(['parse', dir, '--out-dir', out, '-j', '2', '--no-entities', '--resume']);
    expect(again.code).toBe(EXIT.OK);
    expect(journalLines(out).length).toBe(5);
  }, 120_000);
});

describe('chaos: a batch into a tiny disk, killed mid-run, resumed', () => {
  it('every input accounted for, no truncated output under a final name, nothing done twice', async () => {
    const n = 30;
    // small issues (4 kB of output) and every third the bundled real one (53 kB)
    const source = (i: number): string => (i % 3 === 2 ? FIXTURE : SMALL);
    const src = corpus('chaos', n, source);
    const out = tiny ? path.join(tiny, 'chaos') : path.join(tmp, 'chaos-out');
    if (tiny) fillTiny(150); // room for part of the batch only
    // without a tmpfs: files limited to 40 blocks by ulimit -f, so the large outputs fail (EFBIG)
    const limit = tiny ? undefined : "trap '' XFSZ; ulimit -f 40";
    const killed = await runAndSignal(
      ['parse', src, '--out-dir', out, '-j', '1'],
      () => journalLines(out).length >= 3,
      'SIGKILL',
      { shell: limit },
    );
    expect(killed.code).toBe(137);
    const afterKill = journalLines(out).length;
    expect(afterKill).toBeGreaterThanOrEqual(3);

    // resumed on the still-full disk: some outputs cannot be written (exit 5), none is left truncated
    const full = cli(['parse', src, '--out-dir', out, '-j', '1', '--resume'], { shell: limit });
    expect([EXIT.OK, EXIT.OUTPUT]).toContain(full.code);
    const summary = lines(full.stderr).pop()!;
    expect(summary).toContain(`${afterKill} skipped (output up to date)`);
    const afterFull = journalLines(out).length;

    // room again: the rest is done, and only the rest
    if (tiny) rmSync(path.join(tiny, 'filler'));
    const done = cli(['parse', src, '--out-dir', out, '-j', '1', '--resume']);
    expect(done.code).toBe(EXIT.OK);
    expect(lines(done.stderr).pop()).toBe(
      `parsed ${n - afterFull} of ${n} inputs, ${afterFull} skipped (output up to date) → ${out}`,
    );

    const entries = journalLines(out);
    expect(entries.length).toBe(n); // one line per input: nothing recorded twice
    expect(new Set(entries.map((e) => e.out)).size).toBe(n);
    const names = readdirSync(out);
    expect(names.filter((x) => x.endsWith('.tmp'))).toEqual([]);
    for (let i = 0; i < n; i += 1) {
      const issue = JSON.parse(
        readFileSync(path.join(out, `${String(i).padStart(3, '0')}.json`), 'utf8'),
      ) as { source: { sha256: string } };
      expect(issue.source.sha256).toBe(sha(readFileSync(source(i))));
    }
    rmSync(out, { recursive: true });
  }, 60_000);
});

describe('one --out-dir, one run at a time', () => {
  it('a directory locked by a live run is refused with one line (exit 5); a dead run’s lock is taken over', () => {
    const out = path.join(tmp, 'locked-out');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      path.join(out, '.bulletin.lock'),
      `${process.pid} ${hostname()} 2026-01-01T00:00:00.000Z\n`,
    );
    const r = cli(['parse', SMALL, '--out-dir', out]);
    expect(r.code).toBe(EXIT.OUTPUT);
    expect(lines(r.stderr)).toEqual([
      `bulletin: ${out}: in use by another bulletin run (pid ${process.pid}, since 2026-01-01T00:00:00.000Z); wait for it to finish, or remove .bulletin.lock if it is gone`,
    ]);
    // a pid that does not run
    writeFileSync(path.join(out, '.bulletin.lock'), `2147483646 ${hostname()} 2026-01-01T00:00:00.000Z\n`);
    expect(cli(['parse', SMALL, '--out-dir', out]).code).toBe(EXIT.OK);
    expect(existsSync(path.join(out, '.bulletin.lock'))).toBe(false);
  });

  it('two runs with different inputs into one directory: --resume keeps both runs’ outputs', () => {
    const a = corpus('two-a', 2);
    const b = path.join(tmp, 'two-b');
    mkdirSync(b);
    cpSync(SMALL, path.join(b, 'other.txt'));
    const out = path.join(tmp, 'two-out');
    expect(cli(['parse', path.join(a, '000.txt'), path.join(a, '001.txt'), '--out-dir', out]).code).toBe(
      EXIT.OK,
    );
    expect(cli(['parse', path.join(b, 'other.txt'), '--out-dir', out]).code).toBe(EXIT.OK);
    const r = cli(['parse', path.join(a, '000.txt'), path.join(a, '001.txt'), '--out-dir', out, '--resume']);
    expect(lines(r.stderr).pop()).toBe(`parsed 0 of 2 inputs, 2 skipped (output up to date) → ${out}`);
  });

  it('a journal line cut off by a crash is ignored, and the journal is repaired', () => {
    const src = corpus('cut', 2);
    const out = path.join(tmp, 'cut-out');
    expect(cli(['parse', src, '--out-dir', out]).code).toBe(EXIT.OK);
    const file = path.join(out, '.bulletin-resume.ndjson');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.length - 20)); // the second line cut
    const r = cli(['parse', src, '--out-dir', out, '--resume']);
    expect(lines(r.stderr).pop()).toBe(`parsed 1 of 2 inputs, 1 skipped (output up to date) → ${out}`);
    expect(
      lines(readFileSync(file, 'utf8'))
        .map((l) => (JSON.parse(l) as { out: string }).out)
        .sort(),
    ).toEqual(['000.json', '001.json']);
  });
});

describe('folder walks', () => {
  const gbk = Buffer.from([0xb9, 0xab, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74]); // 公告.txt in GBK
  let arch: string;
  beforeAll(() => {
    arch = path.join(tmp, 'arch');
    mkdirSync(path.join(arch, 'sub'), { recursive: true });
    mkdirSync(path.join(arch, 'loop'));
    cpSync(SMALL, path.join(arch, 'a.txt'));
    cpSync(SMALL, path.join(arch, 'sub', 'b.txt'));
    symlinkSync('..', path.join(arch, 'loop', 'up'));
    symlinkSync('../sub', path.join(arch, 'loop', 'again'));
    writeFileSync(Buffer.concat([Buffer.from(`${arch}/`), gbk]), readFileSync(SMALL));
    cpSync(SMALL, path.join(arch, 'new\nline\u001b[31m.txt'));
  });

  it('a symlink loop is not followed: each real file once; GBK and control-character names parsed and shown escaped', () => {
    const r = cli(['parse', 'arch', '-f', 'ndjson'], { cwd: tmp });
    expect(r.code).toBe(EXIT.OK);
    const files = [...new Set(lines(r.stdout).map((l) => (JSON.parse(l) as { file: string }).file))];
    expect(files.sort()).toEqual([
      'arch/\\xb9\\xab\\xb8\\xe6.txt',
      'arch/a.txt',
      'arch/new\\nline\\x1b[31m.txt',
      'arch/sub/b.txt',
    ]);
    expect(r.stderr).toBe('parsed 4 of 4 inputs\n');
  });

  it('a ** glob does not follow a folder link back into its own ancestors; other folder links are followed', () => {
    // found by tester28: with arch/loop/up -> .. the glob 'arch/**/*.txt' reported a.txt ~40 levels
    // deep (arch/loop/up/loop/up/…), and with two such links it never ended
    const root = path.join(tmp, 'globloop');
    mkdirSync(path.join(root, 'arch', 'sub'), { recursive: true });
    mkdirSync(path.join(root, 'arch', 'loop'));
    mkdirSync(path.join(root, 'outside'));
    cpSync(SMALL, path.join(root, 'arch', 'a.txt'));
    cpSync(SMALL, path.join(root, 'outside', 'c.txt'));
    symlinkSync('..', path.join(root, 'arch', 'loop', 'up'));
    symlinkSync('..', path.join(root, 'arch', 'loop', 'up2'));
    symlinkSync('../../arch', path.join(root, 'arch', 'sub', 'back'));
    symlinkSync('../outside', path.join(root, 'arch', 'ext'));
    const r = spawnSync(process.execPath, [bin, 'parse', 'arch/**/*.txt', '-f', 'ndjson'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
      timeout: 120_000, // a regression never ends: fail instead of blocking the suite
      killSignal: 'SIGKILL',
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(EXIT.OK);
    const files = [...new Set(lines(r.stdout).map((l) => (JSON.parse(l) as { file: string }).file))];
    expect(files.sort()).toEqual(['arch/a.txt', 'arch/ext/c.txt']);
  });

  it('a named pipe with an input name in a walked folder is named and skipped (exit 3), never read', () => {
    // found by tester4: `mkfifo arch/fifo.txt; bulletin parse arch` blocked for good reading the
    // pipe, and neither SIGTERM nor a second Ctrl-C ended the process
    const dir = path.join(tmp, 'with-fifo');
    mkdirSync(dir);
    cpSync(SMALL, path.join(dir, 'a.txt'));
    expect(spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]).status).toBe(0);
    const r = spawnSync(process.execPath, [bin, 'parse', 'with-fifo', '-f', 'ndjson'], {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
      timeout: 60_000, // a regression hangs (SIGTERM is not enough): fail instead of blocking the suite
      killSignal: 'SIGKILL',
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(EXIT.NO_INPUT);
    expect(r.stderr).toBe(
      'bulletin: with-fifo/pipe.txt: not a regular file (a named pipe): skipped (give it by name to read it)\n' +
        'parsed 1 of 2 inputs, 1 failed\n',
    );
    const files = [...new Set(lines(r.stdout).map((l) => (JSON.parse(l) as { file: string }).file))];
    expect(files).toEqual(['with-fifo/a.txt']);
  });

  it('--out-dir keeps a GBK name’s bytes', () => {
    const out = path.join(tmp, 'arch-out');
    expect(cli(['parse', 'arch', '--out-dir', out], { cwd: tmp }).code).toBe(EXIT.OK);
    const names = readdirSync(out, { encoding: 'buffer' }).map((n) => n.toString('hex'));
    expect(names).toContain(Buffer.concat([gbk.subarray(0, 4), Buffer.from('.json')]).toString('hex'));
    expect(cli(['parse', 'arch', '--out-dir', out, '--resume'], { cwd: tmp }).stderr).toBe(
      `parsed 0 of 4 inputs, 4 skipped (output up to date) → ${out}\n`,
    );
  });

  const canDropRoot = isRoot && spawnSync('setpriv', ['--version']).status === 0;
  it.skipIf(isRoot && !canDropRoot)(
    'an unreadable subfolder: one line, exit 3, the other files written',
    () => {
      const dir = path.join(tmp, 'perm');
      mkdirSync(path.join(dir, 'locked'), { recursive: true });
      cpSync(SMALL, path.join(dir, 'a.txt'));
      cpSync(SMALL, path.join(dir, 'locked', 'c.txt'));
      const out = path.join(tmp, 'perm-out');
      mkdirSync(out);
      chmodSync(tmp, 0o755);
      chmodSync(dir, 0o755);
      chmodSync(path.join(dir, 'a.txt'), 0o644);
      chmodSync(out, 0o777);
      chmodSync(path.join(dir, 'locked'), 0o000);
      const r = cli(['parse', 'perm', '--out-dir', out], { cwd: tmp, user: isRoot });
      chmodSync(path.join(dir, 'locked'), 0o755);
      expect(r.code).toBe(EXIT.NO_INPUT);
      expect(lines(r.stderr)).toEqual([
        'bulletin: perm/locked: cannot read directory: permission denied',
        `parsed 1 of 2 inputs, 1 failed → ${out}`,
      ]);
      expect(readdirSync(out).filter((n) => n.endsWith('.json'))).toEqual(['a.json']);
    },
  );
});

describe('names that are not UTF-8 on the command line (Node decodes argv with U+FFFD)', () => {
  // 公告.txt and 公告 in GBK; the shell passes these bytes, as a user's shell in a GBK archive does
  const gbk = Buffer.from([0xb9, 0xab, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74]);
  const gbkDir = Buffer.from([0xb9, 0xab, 0xb8, 0xe6]);
  const GBK_NAME = String.raw`\271\253\270\346.txt`; // the same bytes for printf (octal: POSIX sh)
  let dir: string;
  /** Runs the CLI in `dir` through sh: `script` is the rest of the command line, after `bulletin`. */
  const sh = (script: string): Run => {
    const r = spawnSync('sh', ['-c', `exec "$0" "$1" ${script}`, process.execPath, bin], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const files = (r: Run): string[] => [
    ...new Set(lines(r.stdout).map((l) => (JSON.parse(l) as { file: string }).file)),
  ];
  beforeAll(() => {
    dir = path.join(tmp, 'argv');
    mkdirSync(dir);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), gbk]), readFileSync(SMALL));
    cpSync(SMALL, path.join(dir, 'a.txt'));
    mkdirSync(Buffer.concat([Buffer.from(`${dir}/`), gbkDir]));
    writeFileSync(
      Buffer.concat([Buffer.from(`${dir}/`), gbkDir, Buffer.from('/b.txt')]),
      readFileSync(SMALL),
    );
  });

  it('a GBK file name given as an argument is parsed and shown with its bytes escaped', () => {
    const r = sh(`parse "$(printf '${GBK_NAME}')" -f ndjson`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.OK);
    expect(files(r)).toEqual(['\\xb9\\xab\\xb8\\xe6.txt']);
    const title = (JSON.parse(lines(r.stdout)[0]) as { title: string }).title;
    expect(title).toBe(
      (
        JSON.parse(lines(cli(['parse', 'a.txt', '-f', 'ndjson'], { cwd: dir }).stdout)[0]) as {
          title: string;
        }
      ).title,
    );
  });

  it('proof opens a GBK file name as parse does, and names it escaped', () => {
    const r = sh(`proof "$(printf '${GBK_NAME}')" -o proof.html`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.OK);
    const html = readFileSync(path.join(dir, 'proof.html'), 'utf8');
    expect(html).toContain('\\xb9\\xab\\xb8\\xe6.txt');
    // a missing name: the one line parse gives
    const missing = sh(`proof "$(printf '\\271\\253\\270\\346')/nope.txt"`);
    expect(missing.code).toBe(EXIT.NO_INPUT);
    expect(lines(missing.stderr)).toEqual(['bulletin: \\xb9\\xab\\xb8\\xe6/nope.txt: no such file or directory']);
  });

  it('a glob matches GBK names as the directory walk does; a GBK folder and a file in it as arguments', () => {
    expect(files(sh(`parse '*.txt' -f ndjson`))).toEqual(['\\xb9\\xab\\xb8\\xe6.txt', 'a.txt']);
    // fast-glob enters a GBK folder too (its path, read as a string, holds U+FFFD)
    expect(files(sh(`parse '*/*.txt' -f ndjson`))).toEqual(['\\xb9\\xab\\xb8\\xe6/b.txt']);
    expect(files(sh(`parse '**/*.txt' -f ndjson`))).toEqual([
      '\\xb9\\xab\\xb8\\xe6.txt',
      '\\xb9\\xab\\xb8\\xe6/b.txt',
      'a.txt',
    ]);
    const r = sh(
      `parse "$(printf '\\271\\253\\270\\346')" "$(printf '\\271\\253\\270\\346')/b.txt" -f ndjson`,
    );
    expect(r.code).toBe(EXIT.OK);
    expect(files(r)).toEqual(['\\xb9\\xab\\xb8\\xe6/b.txt']);
    expect(r.stderr).toBe('');
    const out = path.join(tmp, 'argv-out');
    expect(sh(`parse '*.txt' "$(printf '\\271\\253\\270\\346')" --out-dir ${out}`).code).toBe(EXIT.OK);
    const names = readdirSync(out, { encoding: 'buffer' }).map((n) => n.toString('latin1'));
    expect(names.sort()).toEqual(
      ['.bulletin-resume.ndjson', 'a.json', '\xb9\xab\xb8\xe6', '\xb9\xab\xb8\xe6.json'].sort(),
    );
  });

  it('a missing name is one line with its known bytes escaped; two names decoding alike are refused in one line', () => {
    const missing = sh(`parse "$(printf '\\271\\253\\270\\346')/nope.txt"`);
    expect(missing.code).toBe(EXIT.NO_INPUT);
    expect(missing.stderr).toMatch(
      /^bulletin: \\xb9\\xab\\xb8\\xe6\/nope\.txt: no such file or directory\n/u,
    );
    const twin = path.join(tmp, 'argv-twin');
    mkdirSync(twin);
    writeFileSync(Buffer.concat([Buffer.from(`${twin}/`), gbk]), readFileSync(SMALL));
    writeFileSync(
      Buffer.concat([Buffer.from(`${twin}/`), Buffer.from([0xc0]), gbk.subarray(1)]),
      readFileSync(SMALL),
    );
    const r = sh(`parse "argv-twin/$(printf '${GBK_NAME}')"`.replace('argv-twin', '../argv-twin'));
    expect(r.code).toBe(EXIT.NO_INPUT);
    expect(lines(r.stderr)[0]).toBe(
      'bulletin: ../argv-twin/\ufffd\ufffd\ufffd\ufffd.txt: names 2 files whose names are not UTF-8 (../argv-twin/\\xb9\\xab\\xb8\\xe6.txt, ../argv-twin/\\xc0\\xab\\xb8\\xe6.txt): give their directory or a glob instead',
    );
    expect(r.stdout).toBe('');
  });
});

describe('escaping and progress text', () => {
  it('control characters and non-UTF-8 bytes become visible escapes', () => {
    expect(escapeControls('a\nb\u001b[31mc\td\u202e')).toBe('a\\nb\\x1b[31mc\\td\\u202e');
    expect(bytesToDisplay(Buffer.from([0xb9, 0xab, 0x61, 0xe5, 0x85, 0xac]))).toBe('\\xb9\\xaba公');
  });

  it('progress: count, rate, ETA, failures and the files being parsed', () => {
    expect(
      progressText({
        verb: 'parsed',
        done: 136,
        total: 500,
        rate: 12.34,
        failed: 1,
        running: ['a.txt', 'b\n.txt'],
      }),
    ).toBe('parsed 136/500 · 12 files/s · ETA 0:29 · 1 failed · a.txt, b\\n.txt');
    expect(
      progressText({ verb: 'parsed', done: 0, total: 5, rate: null, failed: 0, running: ['a.txt'] }),
    ).toBe('parsed 0/5 · a.txt');
    expect(progressText({ verb: 'parsed', done: 3, total: 500, rate: 2.5, failed: 0, running: [] })).toBe(
      'parsed 3/500 · 2.5 files/s · ETA 3:19',
    );
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});

describe('a batch keeps one exit code, not one per input', () => {
  it('the highest code pushed, for any number of inputs', () => {
    const codes = new ExitCodes();
    expect(codes.value).toBe(EXIT.OK);
    // 300,000 inputs with no article and one unreadable: a spread list of codes overflows the stack here
    for (let i = 0; i < 300_000; i += 1) codes.push(i === 123_456 ? EXIT.NO_INPUT : EXIT.INVALID);
    codes.push(EXIT.OK);
    expect(codes.value).toBe(EXIT.NO_INPUT);
    const written = new ExitCodes();
    written.push(EXIT.OUTPUT);
    written.push(EXIT.INVALID);
    expect(written.value).toBe(EXIT.OUTPUT);
  });
});
