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
