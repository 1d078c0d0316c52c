/**
 * An output never replaces an input: `parse x.txt -o x.txt`, a link to the input, `--out-dir`
 * landing on an input, `proof x.txt -o x.txt` are refused with exit 2 and the input is unchanged
 * (a fresh user's report: the OCR text was replaced by JSON and the run exited 0).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';
import { EXIT } from '../src/errors.js';

const ISSUE = '区里召开安全生产工作会议\n\n本报讯（记者 王立）5月25日上午，区里召开安全生产工作会议。会议要求各街道压实责任。\n';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulletin-same-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runInProcess(args, dir);

describe('an output never replaces an input', () => {
  it.each([
    [['parse', 'x.txt', '-o', 'x.txt'], 'bulletin: refusing to write over the input x.txt (-o x.txt)'],
    [['parse', 'a.txt', 'x.txt', '--format', 'csv', '-o', './x.txt'], 'bulletin: refusing to write over the input x.txt (-o ./x.txt)'],
    [['parse', 'x.txt', '-o', 'link.json'], 'bulletin: refusing to write over the input x.txt (-o link.json)'],
    [['proof', 'x.txt', '-o', 'x.txt'], 'bulletin: refusing to write over the input x.txt (-o x.txt)'],
    [['parse', 'o/x.json', '--out-dir', 'o'], "bulletin: refusing to write o/x.json's output over itself (--out-dir o)"],
    [['parse', 'o/b.txt', 'o/b.json', '--out-dir', 'o'], 'bulletin: o/b.txt would be written over the input o/b.json (--out-dir o)'],
  ])('%j', async (args, message) => {
    writeFileSync(path.join(dir, 'x.txt'), ISSUE);
    writeFileSync(path.join(dir, 'a.txt'), ISSUE);
    rmSync(path.join(dir, 'link.json'), { force: true });
    symlinkSync('x.txt', path.join(dir, 'link.json'));
    mkdirSync(path.join(dir, 'o'), { recursive: true });
    for (const f of ['x.json', 'b.txt', 'b.json']) writeFileSync(path.join(dir, 'o', f), ISSUE);
    const { code, stderr: err } = await run(args);
    expect(code).toBe(EXIT.USAGE);
    expect(err.split('\n')[0]).toBe(`${message} (see bulletin --help)`);
    expect(readFileSync(path.join(dir, 'x.txt'), 'utf8')).toBe(ISSUE);
    for (const f of ['x.json', 'b.txt', 'b.json']) expect(readFileSync(path.join(dir, 'o', f), 'utf8')).toBe(ISSUE);
  });

  it('a new output next to the input is still written', async () => {
    writeFileSync(path.join(dir, 'x.txt'), ISSUE);
    const { code } = await run(['parse', 'x.txt', '-o', 'x.json']);
    expect(code).toBe(EXIT.OK);
    expect(JSON.parse(readFileSync(path.join(dir, 'x.json'), 'utf8')).articles[0].title).toBe('区里召开安全生产工作会议');
  });
});
