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
