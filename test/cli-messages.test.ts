/**
 * One-line messages that say what is wrong: an output in a file system that allows no new files
 * (procfs), and the validate summary when inputs could not be read or were refused.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFile } from '../src/cli/atomic.js';
import { runInProcess } from './in-process.js';
import { EXIT } from '../src/errors.js';

describe('messages', () => {
  it.skipIf(!existsSync('/proc/version'))('-o /proc/version: not "no such file or directory"', async () => {
    const err = await AtomicFile.create('/proc/version', '/proc/version').then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toBe('its directory allows no new files (a read-only or special file system, such as /proc)');
  });

  it('validate counts inputs that could not be read or were refused apart from invalid ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bulletin-msg-'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    try {
      const { code, stderr } = await runInProcess(['validate', 'empty.txt', 'missing.txt'], dir);
      expect(code).toBe(EXIT.BAD_INPUT);
      expect(stderr.split('\n').at(-2)).toBe(
        '2 inputs checked, 2 could not be read or refused, 0 not valid: 0 errors, 0 warnings, 0 infos',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bin/bulletin.js without a build', () => {
  it('says in one line that dist/ is missing and to run npm run build, exit 70, no stack', async () => {
    const { spawnSync } = await import('node:child_process');
    const { copyFileSync, mkdirSync } = await import('node:fs');
    const dir = mkdtempSync(path.join(tmpdir(), 'bulletin-nodist-'));
    try {
      mkdirSync(path.join(dir, 'bin'));
      copyFileSync('bin/bulletin.js', path.join(dir, 'bin', 'bulletin.js'));
      writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
      const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'bulletin.js'), 'parse', 'x.txt'], { encoding: 'utf8' });
      expect(r.status).toBe(70);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^bulletin: the build in dist\/ is missing or out of date .*run `npm run build`/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
