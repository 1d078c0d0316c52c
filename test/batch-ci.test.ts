/**
 * Batch, spreadsheet and CI use through the real CLI, as tester28 (Dec 2026) used it: control
 * characters of the input in validate's messages, a named pipe given by name and a signal, a glob
 * over broken links and pipes, a backslash in a file name, a PDF saved as .txt, progress on a
 * terminal of 0 columns, SIGTERM on a one-file `-o` run. Each test failed before the fix it names.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/errors.js';
import { bytesToDisplay, escapeControls, escapeName, showPath } from '../src/cli/escape.js';
import { binarySignature } from '../src/stages/decode.js';
import { DEFAULT_COLUMNS, terminalColumns } from '../src/cli/progress.js';
import { PassThrough } from 'node:stream';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/bulletin.js');
const SMALL = path.join(root, 'fixtures/big5-traditional/big5-traditional.txt');
const STORY = '标题\n\n本报讯 正文内容在这里，区委召开会议研究工作。\n';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, env: Record<string, string | undefined> = { CI: '1' }): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
    killSignal: 'SIGKILL',
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Starts the CLI in `cwd`; once `ready(stdout)` holds (polled), sends `signal`; a run still alive
 * `killAfterMs` after that is killed (SIGKILL: code null, signal SIGKILL) instead of hanging the suite.
 */
function runAndSignal(
  args: string[],
  cwd: string,
  ready: (stdout: string) => boolean,
  signal: NodeJS.Signals,
  killAfterMs = 20_000,
  env: Record<string, string> = {},
): Promise<Run & { afterSignalMs: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, CI: '1', ...env } });
    let stdout = '';
    let stderr = '';
    let sentAt = 0;
    let killer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      if (!ready(stdout)) return;
      clearInterval(poll);
      sentAt = Date.now();
      child.kill(signal);
      killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    }, 20);
    child.on('close', (code, sig) => {
      clearInterval(poll);
      if (killer) clearTimeout(killer);
      resolve({ code, signal: sig, stdout, stderr, afterSignalMs: Date.now() - sentAt });
    });
  });
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'bulletin-batch-ci-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder under the run's temporary folder. */
function folder(name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('control characters of the input in validate messages (tester28 fault 3)', () => {
  const text = '\u001b[8m区委召开常委会\u001b[0m\n\n本报讯 5月25日，区委召开常委会议，研究部署近期工作，要求各单位\u001b[2J\u001b[31m认真落实\n\u001b]0;pwned\u0007\n';

  it.each(['text', 'github'])('--format %s: ESC and BEL shown as \\x1b and \\x07, never raw', (format) => {
    const dir = folder(`esc-${format}`);
    writeFileSync(path.join(dir, 'esc.txt'), text);
    const r = cli(['validate', 'esc.txt', '--format', format], dir);
    expect(r.code).toBe(EXIT.OK);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
    expect(r.stdout).toContain('\\x1b[8m区委召开常委会\\x1b[0m');
    expect(r.stdout).toContain('\\x1b]0;pwned\\x07');
  });

  it('escapeControls leaves a backslash (a name already shown passes unchanged); escapeName doubles it', () => {
    expect(escapeControls('a\\nb\u001b')).toBe('a\\nb\\x1b');
    expect(escapeName('a\\nb\u001b')).toBe('a\\\\nb\\x1b');
    expect(escapeControls(showPath('x\\y\n'))).toBe('x\\\\y\\n');
  });
});

describe('a named pipe given by name (tester28 fault 4)', () => {
  it('SIGTERM while it waits for a writer ends the run at once: the pipe named, counted not done, exit 143', async () => {
    const dir = folder('fifo-term');
    writeFileSync(path.join(dir, 'a.txt'), STORY);
    expect(spawnSync('mkfifo', [path.join(dir, 'c.txt')]).status).toBe(0);
    // before: the open(2) of the pipe blocked a libuv thread, and neither SIGINT, SIGTERM nor process.exit ended the process
    const r = await runAndSignal(['parse', 'a.txt', 'c.txt', '--format', 'csv'], dir, (out) => out.includes('a.txt,a1'), 'SIGTERM');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(EXIT.TERMINATED);
    expect(r.afterSignalMs).toBeLessThan(10_000);
    expect(r.stderr).toBe(
      'bulletin: c.txt: not read: a named pipe no writer had closed when SIGTERM came (reading given up)\n' +
        'interrupted by SIGTERM: parsed 1 of 2 inputs, 1 not done\n',
    );
  }, 60_000);

  it('with -j 2 the first SIGINT ends it too (the worker polls the stop flag), exit 130', async () => {
    const dir = folder('fifo-pool');
    writeFileSync(path.join(dir, 'a.txt'), STORY);
    expect(spawnSync('mkfifo', [path.join(dir, 'c.txt')]).status).toBe(0);
    const out = path.join(dir, 'out');
    const r = await runAndSignal(['parse', 'c.txt', 'a.txt', '-j', '2', '--out-dir', out], dir, () => existsSync(path.join(out, 'a.json')), 'SIGINT');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(EXIT.INTERRUPTED);
    expect(r.stderr).toBe(
      'bulletin: c.txt: not read: a named pipe no writer had closed when SIGINT came (reading given up)\n' +
        `interrupted by SIGINT: parsed 1 of 2 inputs, 1 not done (run again with --resume to finish) → ${out}\n`,
    );
  }, 60_000);

  it('a writer that comes later is waited for and its text parsed, as cat reads a pipe', async () => {
    const dir = folder('fifo-writer');
    writeFileSync(path.join(dir, 'a.txt'), STORY);
    const fifo = path.join(dir, 'c.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const run = new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, [bin, 'parse', 'a.txt', 'c.txt', '--format', 'csv', '-q'], { cwd: dir, env: { ...process.env, CI: '1' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
    await new Promise((r) => setTimeout(r, 500));
    writeFileSync(fifo, STORY); // opens the pipe for writing, blocking until the reader is there
    const r = await run;
    expect(r.code).toBe(EXIT.OK);
    expect(r.stdout.split('\n').filter((l) => /^[ac]\.txt,a1,/u.test(l))).toHaveLength(2);
  }, 60_000);
});

describe('a glob reports what the directory walk reports (tester28 fault 6)', () => {
  it('a broken link and a named pipe: the same lines, the same exit code 3', () => {
    const dir = folder('glob-walk');
    mkdirSync(path.join(dir, 'arch'));
    writeFileSync(path.join(dir, 'arch', 'a.txt'), STORY);
    symlinkSync('/nonexistent/b.txt', path.join(dir, 'arch', 'b.txt'));
    expect(spawnSync('mkfifo', [path.join(dir, 'arch', 'c.txt')]).status).toBe(0);
    const walk = cli(['parse', 'arch', '--format', 'csv'], dir);
    const glob = cli(['parse', 'arch/*.txt', '--format', 'csv'], dir);
    const expected =
      'bulletin: arch/b.txt: no such file or directory\n' +
      'bulletin: arch/c.txt: not a regular file (a named pipe): skipped (give it by name to read it)\n' +
      'parsed 1 of 3 inputs, 2 failed\n';
    expect(walk.stderr).toBe(expected);
    expect(glob.stderr).toBe(expected); // before: nothing, exit 0
    expect(walk.code).toBe(EXIT.NO_INPUT);
    expect(glob.code).toBe(EXIT.NO_INPUT);
    expect(glob.stdout).toBe(walk.stdout);
  });
});

describe('a backslash in a file name is shown as \\\\ (tester28 fault 7)', () => {
  it('a<LF>b.txt and a\\nb.txt, a GBK name and its \\xb9\\xab spelling: four distinct file values', () => {
    const dir = folder('backslash');
    mkdirSync(path.join(dir, 'nl'));
    writeFileSync(path.join(dir, 'nl', 'a\nb.txt'), STORY);
    writeFileSync(path.join(dir, 'nl', 'a\\nb.txt'), STORY);
    writeFileSync(Buffer.from(`${dir}/nl/\xb9\xab.txt`, 'latin1'), STORY);
    writeFileSync(path.join(dir, 'nl', '\\xb9\\xab.txt'), STORY);
    const r = cli(['parse', 'nl', '--format', 'ndjson'], dir);
    expect(r.code).toBe(EXIT.OK);
    const files = [...new Set(r.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { file: string }).file))];
    expect(files.sort()).toEqual(['nl/\\\\xb9\\\\xab.txt', 'nl/\\xb9\\xab.txt', 'nl/a\\\\nb.txt', 'nl/a\\nb.txt']);
    // a glob and a file named by argument show it alike
    const one = cli(['parse', 'nl/a\\nb.txt', '-q'], dir);
    expect((JSON.parse(one.stdout) as { source: { path: string } }).source.path).toBe('nl/a\\\\nb.txt');
  });

  it('the escaper: backslash, control characters and bytes that are not UTF-8', () => {
    expect(bytesToDisplay(Buffer.from([0x5c, 0x78, 0x62, 0x39, 0xb9, 0x0a]))).toBe('\\\\xb9\\xb9\\n');
    expect(showPath('C:\\dir\\a.txt')).toBe('C:\\\\dir\\\\a.txt');
  });
});

describe('a PDF or another binary format saved as .txt is refused (tester28 fault 8)', () => {
  it('a PDF whose first bytes hold no NUL: exit 4 and one line, for parse and validate', () => {
    const dir = folder('pdf');
    writeFileSync(path.join(dir, 'scan.txt'), Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'));
    const parse = cli(['parse', 'scan.txt', '--format', 'csv'], dir);
    expect(parse.code).toBe(EXIT.BAD_INPUT); // before: exit 0, a photo item titled %忏嫌
    expect(parse.stderr).toBe("bulletin: scan.txt: binary file: a PDF document (its first bytes are that format's signature), not text\n");
    expect(parse.stdout).toBe('');
    expect(cli(['validate', 'scan.txt'], dir).code).toBe(EXIT.BAD_INPUT);
  });

  it('the signatures: formats named, text of any encoding and every fixture input not', () => {
    const b = (...x: number[]) => Uint8Array.from(x);
    expect(binarySignature(Buffer.from('%PDF-1.7'))).toBe('a PDF document');
    expect(binarySignature(b(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00))).toMatch(/^a ZIP archive/u);
    expect(binarySignature(b(0xff, 0xd8, 0xff, 0xe0))).toBe('a JPEG image');
    expect(binarySignature(Buffer.from('GIF89a'))).toBe('a GIF image');
    expect(binarySignature(Buffer.from('%PDF'))).toBeNull(); // the header needs its dash
    for (const text of ['BM 2023', 'MZ 区委', 'ID3 区委', 'PK 区委']) expect(binarySignature(Buffer.from(text))).toBeNull();
    const fixtures = spawnSync('find', [path.join(root, 'fixtures'), '-type', 'f', '(', '-name', '*.txt', '-o', '-name', '*.html', '-o', '-name', '*.xml', '-o', '-name', '*.hocr', ')'], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean);
    expect(fixtures.length).toBeGreaterThan(200);
    expect(fixtures.filter((f) => binarySignature(readFileSync(f).subarray(0, 16)) !== null)).toEqual([]);
  });
});

describe('progress on a terminal of 0 columns (tester28 fault 9)', () => {
  it('the width falls back to 80', () => {
    expect(terminalColumns(Object.assign(new PassThrough(), { columns: 0 }))).toBe(DEFAULT_COLUMNS);
    expect(terminalColumns(Object.assign(new PassThrough(), { columns: 132 }))).toBe(132);
    expect(DEFAULT_COLUMNS).toBe(80);
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('under script(1) with no size: frames drawn, output bounded', () => {
    const dir = folder('progress');
    mkdirSync(path.join(dir, 'in'));
    for (let i = 0; i < 6; i += 1) cpSync(SMALL, path.join(dir, 'in', `${i}.txt`));
    const env = { ...process.env };
    delete env.CI;
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} parse in --out-dir out -j 1`;
    const r = spawnSync('script', ['-q', '-c', cmd, '/dev/null'], { cwd: dir, encoding: 'utf8', env, timeout: 120_000, killSignal: 'SIGKILL' });
    expect(r.status).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).filter((n) => n.endsWith('.json'))).toHaveLength(6);
    // before: no frame at all on a 0-column pty
    expect((r.stdout.match(/parsed \d+\/6/gu) ?? []).length).toBeGreaterThanOrEqual(6);
    expect(r.stdout.length).toBeLessThan(100_000);
  }, 120_000);
});

describe('SIGTERM on a one-file -o run (tester28 fault 10)', () => {
  it('a parse under way when the signal comes is finished and written (atomically), exit 143', async () => {
    const dir = folder('term-o');
    // over WINDOWED_MIN_UNITS (1M): written window by window, so the temporary file is there while it parses
    const story = readFileSync(SMALL);
    writeFileSync(path.join(dir, 'huge.txt'), Buffer.concat(Array(3200).fill(story)));
    const tempThere = (): boolean => readdirSync(dir).some((n) => n.endsWith('.tmp'));
    const r = await runAndSignal(['parse', 'huge.txt', '-o', 'huge.json', '--no-entities'], dir, tempThere, 'SIGTERM', 120_000, {
      BULLETIN_RELAUNCHED: '1',
    });
    expect(r.code).toBe(EXIT.TERMINATED);
    expect(r.stderr).toBe('interrupted by SIGTERM: parsed 1 of 1 input → huge.json\n');
    // before: "nothing written (huge.json left as it was)" and no file
    expect(existsSync(path.join(dir, 'huge.json'))).toBe(true);
    const issue = JSON.parse(readFileSync(path.join(dir, 'huge.json'), 'utf8')) as { articles: unknown[] };
    expect(issue.articles.length).toBeGreaterThan(1000);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 180_000);
});
