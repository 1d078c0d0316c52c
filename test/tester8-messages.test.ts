/**
 * A fresh user's findings on messages and batch behaviour (tester8, Dec 2026, findings 3, 11-15; see
 * /work/notes/tester8/findings.md at the time): credits of a traditional-script copy, "ends
 * mid-sentence" on items that end as printed, a closed-up space warning on a listing, validate
 * silent on a title-less article, one text+HTML pair refusing a whole --out-dir batch, and a lock
 * named where a directory is not writable. Each test failed before its fix.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/errors.js';
import { parseIssue } from '../src/index.js';
import { closeUpDiagnostics } from '../src/stages/markers.js';
import { validateIssue } from '../src/validate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/bulletin.js');
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const parse = (text: string) => parseIssue(text, { path: 'page.txt', entities: false });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'bulletin-t8-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('finding 3: a page in traditional script gets the credits of its simplified copy', () => {
  it('names with traditional surnames closing a brief, a lawyer\'s unit and name', () => {
    const issue = parse(
      [
        '濱海晚報　2026年11月18日　星期三　第2版',
        '',
        '銀齡快訊',
        '',
        '江濱公園新增健身器材',
        '',
        '11月14日，江濱公園新安裝的器材投入使用。（盧衛東）',
        '',
      ].join('\n'),
    );
    const letter = parse(
      [
        '子女不盡贍養義務，老人怎麼辦？',
        '',
        '　　問：我今年七十八歲，兒子一直不肯給生活費，我該怎麼辦？',
        '',
        '　　答：子女對父母有贍養的義務，老人可以向法院起訴要求支付贍養費。',
        '',
        '（江嵐律師事務所律師　祁望舒）',
        '',
      ].join('\n'),
    );
    expect([...issue.articles, ...letter.articles].map((a) => [a.title, a.credits])).toEqual([
      ['江濱公園新增健身器材', [{ name: '盧衛東', role: '' }]],
      ['子女不盡贍養義務，老人怎麼辦？', [{ name: '祁望舒', role: '江嵐律師事務所律師' }]],
    ]);
    expect(issue.articles[0].paragraphs).toEqual(['11月14日，江濱公園新安裝的器材投入使用。']);
  });
});

describe('finding 11: no "ends mid-sentence" for an item that ends as printed', () => {
  // each item is followed by another: an item is judged when the next one starts
  const next = ['', '乡里召开会议', '', '　　本报讯　12月2日，乡里召开会议。', ''];
  const interrupted = (text: string) => parse(text + '\n' + next.join('\n')).diagnostics.filter((d) => d.code === 'segment/interrupted-article').map((d) => d.line);
  it('a brief closed by a name the lexicons do not read, a listing\'s last row, a contact line', () => {
    expect(interrupted(['拉曲县开通首条城乡公交线路', '', '　　本报讯　11月15日，拉曲县首条城乡公交线路开通，票价十元。（央金）', ''].join('\n'))).toEqual([]);
    expect(interrupted(['本周电视节目导视', '', '市电视台一套　19:00　银龄健康大讲堂', '', '市电视台二套　20:00　电视剧《老街坊》', ''].join('\n'))).toEqual([]);
    expect(interrupted(['寻人启事', '', '　　孙德贵，男，七十二岁，于11月30日走失。有知情者请与其家属联系。', '', '联系人：孙建国　电话：13909981234', ''].join('\n'))).toEqual([]);
    // a story cut mid-sentence still says so
    expect(interrupted(['县里召开会议', '', '　　本报讯　12月2日，县里召开会议，部署今冬明春农田水利', ''].join('\n'))).toEqual([1]);
  });
});

describe('finding 12: ocr/closed-up only for a space between two Han characters', () => {
  it('a listing\'s columns (a name, a time, a programme) are printed layout', () => {
    const at = (text: string) => closeUpDiagnostics([{ line: 1, text }]).map((d) => d.message);
    expect(at('市电视台二套　20:00　电视剧《老街坊》（第12、13集）')).toEqual([]);
    expect(at('区委书记胡 拥军在会上强调，要压实责任。')).toEqual(['matched through OCR slips: 书记胡 拥军在 (space closed up)']);
  });
});

describe('finding 13: validate/untitled-article', () => {
  it('warns of a title-less article under no column label, not of an item of a column', () => {
    const issue = parse(
      ['县里召开会议', '', '　　本报讯　12月2日，县里召开会议。', '', '乡里召开会议', '', '　　本报讯　12月2日，乡里召开会议。', ''].join('\n'),
    );
    expect(validateIssue(issue).filter((d) => d.code === 'validate/untitled-article')).toEqual([]);
    // its headline lost (the rest of an interrupted story reads so: tester8's 菜园日记, lines 115-117)
    const lost = structuredClone(issue);
    lost.articles[1].title = '';
    expect(validateIssue(lost).filter((d) => d.code === 'validate/untitled-article')).toEqual([
      {
        severity: 'warning',
        code: 'validate/untitled-article',
        message: `a2 (lines 5-7) has no title and stands under no column label: «12月2日，乡里召开会议。» (the rest of an interrupted story, or a story whose headline was not seen)`,
        line: 5,
        column: 1,
      },
    ]);
    // under a column label (简讯) it is an item of the column; a brief or a notice is not judged
    const column = structuredClone(lost);
    column.furniture.push({ text: '简讯', line: 4, kind: 'section' });
    expect(validateIssue(column).filter((d) => d.code === 'validate/untitled-article')).toEqual([]);
    lost.articles[1].kind = 'brief';
    expect(validateIssue(lost).filter((d) => d.code === 'validate/untitled-article')).toEqual([]);
  });
});

describe('finding 14: --out-dir with issue.txt and issue.html side by side', () => {
  it('the later one fails alone (one line, exit 5); the others are parsed', () => {
    const dir = path.join(tmp, 'pair');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'issue.txt'), '县里召开会议\n\n　　本报讯　12月2日，县里召开会议。\n');
    writeFileSync(path.join(dir, 'issue.html'), '<html><body><h1>县里召开会议</h1><p>本报讯　12月2日，县里召开会议。</p></body></html>');
    writeFileSync(path.join(dir, 'other.txt'), '乡里召开会议\n\n　　本报讯　12月2日，乡里召开会议。\n');
    const out = path.join(tmp, 'pair-out');
    const r = cli(['parse', dir, '--out-dir', out, '-q']);
    expect(r.code).toBe(EXIT.OUTPUT);
    expect(r.stderr).toBe(
      `bulletin: ${path.join(dir, 'issue.txt')}: not parsed: its output ${path.join(out, 'issue.json')} is ${path.join(dir, 'issue.html')}'s too (parse one of them into another --out-dir)\n`,
    );
    expect(existsSync(path.join(out, 'other.json'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(out, 'issue.json'), 'utf8')).source.format).toBe('html');
  });
});

describe('finding 15: an --out-dir that cannot be written', () => {
  // /sys is mounted read-only in containers and refuses new files even to root
  const sysReadOnly = (() => {
    try {
      writeFileSync('/sys/.bulletin-probe', '');
      return false;
    } catch {
      return existsSync('/sys');
    }
  })();
  it.skipIf(!sysReadOnly)('says the directory is not writable, not that a lock failed', () => {
    const input = path.join(tmp, 'one.txt');
    writeFileSync(input, '县里召开会议\n\n　　本报讯　12月2日，县里召开会议。\n');
    const r = cli(['parse', input, '--out-dir', '/sys']);
    expect(r.code).toBe(EXIT.OUTPUT);
    expect(r.stderr).toMatch(/^bulletin: \/sys: cannot write: directory not writable \((?:permission denied|read-only file system)\)\n$/u);
  });
});
