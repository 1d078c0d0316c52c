import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseIssue } from '../src/index.js';
import { InputError } from '../src/errors.js';

// bulletin's own output given back to it by mistake (`bulletin validate issue.json`) is refused in
// one line instead of being read as an OCR page of hundreds of noise lines
const page = '滨江日报　2023年6月20日　星期二　第1版\n\n城南书市周末开张\n\n本报讯（记者　韩以宁）昨天，城南书市在老城区运河边开张，三十余家书店参加。\n';

describe('JSON given as an issue', () => {
  it("refuses bulletin's own JSON output, naming it", () => {
    const json = JSON.stringify(parseIssue(page, { entities: false }), null, 2);
    expect(() => parseIssue(json, {})).toThrow(InputError);
    expect(() => parseIssue(json, {})).toThrow("is bulletin's own JSON output, not the text of an issue");
  });

  it('refuses other JSON and JSON Lines with exit code 4', () => {
    let err: unknown;
    try {
      parseIssue('[{"a": 1}]', {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('input/json');
    expect((err as InputError).exitCode).toBe(4);
    expect(() => parseIssue('{"file":"a.txt","title":"一"}\n{"file":"a.txt","title":"二"}\n', {})).toThrow('is JSON Lines');
  });

  it('still reads text that opens with a brace or a bracket', () => {
    const issue = parseIssue(`{编者按}\n\n${page}`, { entities: false });
    expect(issue.articles.map((a) => a.title)).toContain('城南书市周末开张');
    expect(parseIssue(`[图片新闻]\n\n${page}`, { entities: false }).articles.map((a) => a.title)).toContain('城南书市周末开张');
  });

  it('the CLI names the file and exits 4 (validate and parse)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulletin-json-'));
    const file = join(dir, 'issue.json');
    writeFileSync(file, JSON.stringify(parseIssue(page, { entities: false }), null, 2));
    for (const cmd of ['validate', 'parse']) {
      let status = 0;
      let stderr = '';
      try {
        execFileSync(process.execPath, ['bin/bulletin.js', cmd, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        const x = e as { status: number; stderr: string };
        status = x.status;
        stderr = x.stderr;
      }
      expect(status).toBe(4);
      expect(stderr).toContain(`${file}: is bulletin's own JSON output, not the text of an issue`);
      expect(stderr.trim().split('\n').filter((l) => l.includes('issue.json')).length).toBe(1);
    }
  });
});

describe('a UTF-16 byte-order mark over one combining mark', () => {
  // found by test/roundtrip.property.test.ts (seed 1219767916): FF FE 00 03 was refused as a file
  // holding only a byte-order mark, since 00 03 read one byte a character is control bytes
  it('is not a file holding only the mark', async () => {
    const { decode } = await import('../src/stages/decode.js');
    let message = '';
    let text = '';
    try {
      const d = decode(Uint8Array.from([0xff, 0xfe, 0x00, 0x03]));
      text = d.text;
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).not.toBe('file holds only a byte-order mark');
    expect(message === '' ? text : message).toMatch(message === '' ? /\u0300|./u : /^UTF-16LE byte-order mark, but the text after it is not UTF-16LE \(/u);
    expect(() => decode(Uint8Array.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]))).toThrow('file holds only whitespace');
    expect(() => decode(Uint8Array.from([0xff, 0xfe, 0x0a]))).toThrow('file holds only a byte-order mark');
  });
});
