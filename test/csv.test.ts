/**
 * CSV output: formula-injection neutralizing (OWASP), multi-valued cells, leaders, the handed case
 * `csv-formula-injection`, and a round trip through csv-parse.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleRow,
  countCharacters,
  CSV_COLUMNS,
  formatLeader,
  issuesToCsv,
  neutralizeCell,
  tableToCsv,
  unassignedRowsMessage,
} from '../src/output/csv.js';
import type { Article, Issue } from '../src/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const bin = path.join(root, 'bin/bulletin.js');

interface Case {
  id: string;
  area: string;
  input: { text: string };
  expect: { csvCellsInert: boolean; jsonTitle: string };
}
const cases = JSON.parse(readFileSync(path.resolve(here, '../fixtures/cases/cases.json'), 'utf8')) as Case[];

/** A cell a spreadsheet would run as a formula (OWASP: = + - @ tab CR first, also after whitespace). */
const isLive = (cell: string): boolean => /^\s*[=+\-@]/u.test(cell) || /^[\t\r]/.test(cell);

function article(over: Partial<Article> = {}): Article {
  return {
    id: 'a1',
    kind: 'article',
    kicker: null,
    title: '标题',
    subtitles: [],
    crossheads: [],
    dateline: null,
    bylines: [],
    credits: [],
    creditLines: [],
    date: null,
    leaders: [],
    people: [],
    places: [],
    organizations: [],
    keywords: [],
    paragraphs: ['正文。'],
    body: '正文。',
    lines: [1, 3],
    spans: [[1, 3]],
    joins: [],
    ...over,
  };
}

function issue(articles: Article[], file = 'x.txt'): Issue {
  return {
    schemaVersion: 1,
    source: { path: file, sha256: '0'.repeat(64), bytes: 1, encoding: 'utf-8', encodingConfidence: 1, format: 'text' },
    issue: { date: null, year: null, yearSource: null },
    articles,
    furniture: [],
    unassigned: [],
    diagnostics: [],
  };
}

describe('neutralizeCell', () => {
  it.each([
    ['=HYPERLINK("x")活动启动', `'=HYPERLINK("x")活动启动`],
    ['+86热线开通', `'+86热线开通`],
    ['-5℃低温', `'-5℃低温`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['\tplain', `'\tplain`],
    ['  =1+1', `'  =1+1`],
    ['\u3000=1+1', `'\u3000=1+1`],
    ['\u00a0+1', `'\u00a0+1`],
    ['区领导督查全区防汛防台工作', '区领导督查全区防汛防台工作'],
    ['5月25日 = 周四', '5月25日 = 周四'],
    ['', ''],
    ['＝全角等号', '＝全角等号'],
  ])('%j → %j', (cell, expected) => {
    expect(neutralizeCell(cell)).toBe(expected);
    expect(isLive(neutralizeCell(cell))).toBe(false);
  });
});

describe('article rows', () => {
  it("gives a notice's signature (issuing body and date line, in creditLines, no byline) its credit_lines cell", () => {
    // The notices-page zoo paper's 注销公告 (tester15 finding 4): the issuer was in JSON only.
    const a = article({ title: '注销公告', bylines: [], creditLines: ['滨江市鸿远物流有限公司清算组', '2023年6月19日'] });
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, articleRow('x.txt', a)[i]]));
    expect([row.bylines, row.credit_lines]).toEqual(['', '滨江市鸿远物流有限公司清算组；2023年6月19日']);
    expect(CSV_COLUMNS.indexOf('credit_lines')).toBe(CSV_COLUMNS.indexOf('bylines') + 1);
  });

  it('joins multi-valued cells with ；, leaders as name(title、title), counts paragraphs and characters', () => {
    const a = article({
      kicker: '引题',
      subtitles: ['副题一', '副题二'],
      date: { text: '5月25日上午', iso: '2023-05-25', end: null, precision: 'day', inferred: ['year'] },
      bylines: ['缪通', '陈苏君'],
      creditLines: ['·缪通　陈苏君·'],
      leaders: [
        { name: '谢小兵', titles: ['区委副书记', '常务副区长'], mentions: 2 },
        { name: '顾斌', titles: [], mentions: 1 },
      ],
      people: [
        { name: '谢小兵', roles: ['区委副书记'], mentions: 2 },
        { name: '张明明', roles: [], mentions: 1 },
      ],
      places: [
        { name: '城东街道', mentions: 1 },
        { name: '船闸西路', mentions: 2 },
      ],
      keywords: ['防汛', '防台'],
      paragraphs: ['第一段，共八个字。', '第二段'],
      body: '第一段，共八个字。\n第二段',
    });
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, articleRow('x.txt', a)[i]]));
    expect(row).toEqual({
      file: 'x.txt',
      id: 'a1',
      kind: 'article',
      kicker: '引题',
      title: '标题',
      subtitles: '副题一；副题二',
      date: '2023-05-25',
      date_text: '5月25日上午',
      bylines: '缪通；陈苏君',
      credit_lines: '·缪通　陈苏君·',
      leaders: '谢小兵(区委副书记、常务副区长)；顾斌',
      people: '谢小兵；张明明',
      places: '城东街道；船闸西路',
      keywords: '防汛；防台',
      paragraphs: '2',
      characters: '12',
      body: '第一段，共八个字。\n第二段',
    });
  });

  it.each([
    ['正文。', 3],
    ['两 段\n文字', 4],
    ['𠀀字', 2], // a supplementary-plane character counts once
  ])('countCharacters(%j) = %i', (text, n) => expect(countCharacters(text)).toBe(n));

  it.each([
    [{ name: '胡拥军', titles: ['区委书记'] }, '胡拥军(区委书记)'],
    [{ name: '胡拥军', titles: [] }, '胡拥军'],
  ])('formatLeader %#', (leader, expected) => expect(formatLeader(leader)).toBe(expected));
});

describe('CSV text', () => {
  it('round-trips through csv-parse: quotes, commas, line breaks, one row per article', () => {
    const arts = [
      article({ id: 'a1', title: '含"引号",和逗号', body: '第一行\n第二行' }),
      article({ id: 'a2', title: '=1+1', kind: 'photo', paragraphs: [], body: '' }),
    ];
    const text = issuesToCsv([issue(arts, 'a.txt'), issue([article({ id: 'a1' })], 'b.txt')]);
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.file, r.id])).toEqual([
      ['a.txt', 'a1'],
      ['a.txt', 'a2'],
      ['b.txt', 'a1'],
    ]);
    expect(rows[0].title).toBe('含"引号",和逗号');
    expect(rows[0].body).toBe('第一行\n第二行');
    expect(rows[1].title).toBe(`'=1+1`);
  });

  it('writes a BOM only when asked, and the header only once', () => {
    expect(tableToCsv(['a'], [['1']], { bom: true })).toBe('\uFEFFa\n1\n');
    expect(tableToCsv(['a'], [['1']])).toBe('a\n1\n');
    expect(tableToCsv(['a'], [['1']], { header: false })).toBe('1\n');
  });

  it('neutralizes every cell, the file name too', () => {
    const text = issuesToCsv([issue([article({ kicker: '@引题', subtitles: ['-副题'], bylines: ['+记者'] })], '=evil.txt')]);
    const [row] = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(Object.values(row).filter(isLive)).toEqual([]);
    expect(row.file).toBe(`'=evil.txt`);
    expect(row.kicker).toBe(`'@引题`);
  });
});

describe('handed case csv-formula-injection', () => {
  const c = cases.find((x) => x.id === 'csv-formula-injection')!;
  let tmp: string;
  let input: string;
  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist/cli/main.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
    tmp = mkdtempSync(path.join(tmpdir(), 'bulletin-csv-'));
    input = path.join(tmp, 'case.txt');
    writeFileSync(input, c.input.text);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const run = (args: string[]) => spawnSync(process.execPath, [bin, 'parse', input, ...args], { encoding: 'utf8' });

  it('CSV: no cell can run as a formula, and the title is the printed one behind the quote', () => {
    const r = run(['-f', 'csv']);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(c.expect.csvCellsInert).toBe(true);
    for (const row of rows) expect(Object.values(row).filter(isLive)).toEqual([]);
    expect(rows[0].title).toBe(`'${c.expect.jsonTitle}`);
  });

  it('JSON and NDJSON keep the text as printed', () => {
    const json = JSON.parse(run(['-f', 'json']).stdout) as Issue;
    expect(json.articles[0].title).toBe(c.expect.jsonTitle);
    const first = JSON.parse(run(['-f', 'ndjson']).stdout.split('\n')[0]);
    expect(first.title).toBe(c.expect.jsonTitle);
  });
});

describe('text no article claimed, which no row of a table holds', () => {
  const unassigned = [
    { text: '证券代码：600123　证券简称：澜海股份', lines: [3, 3] as [number, number] },
    { text: '公告编号：2026-031', lines: [19, 20] as [number, number] },
  ];

  it('is named in one warning: blocks, characters without white space, first lines', () => {
    expect(unassignedRowsMessage(4, unassigned)).toBe(
      'warning: 2 unassigned blocks (33 characters, lines 3, 19) are in no row: text no article claimed; --format json lists it under "unassigned", bulletin proof shows where it stands',
    );
    const many = Array.from({ length: 7 }, (_, k) => ({ text: '甲', lines: [k * 2 + 1, k * 2 + 1] as [number, number] }));
    expect(unassignedRowsMessage(1, many)).toMatch(/^warning: 7 unassigned blocks \(7 characters, lines 1, 3, 5, 7, 9, …\)/u);
  });

  it('is no warning when nothing is unassigned, or when no article was found (the no-article message says it)', () => {
    expect(unassignedRowsMessage(4, [])).toBeNull();
    expect(unassignedRowsMessage(0, unassigned)).toBeNull();
  });

  it('is printed on standard error by parse for CSV and xlsx, not for JSON (which lists the text)', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'bulletin-csv-lost-'));
    try {
      const input = path.join(tmp, 'notices.txt');
      writeFileSync(
        input,
        '全县召开会议\n\n11月3日，全县召开会议。（记者 王峰）\n\n这是一段没有标题的文字，不属于任何文章。\n',
      );
      const run = (args: string[]) => spawnSync(process.execPath, [bin, 'parse', input, ...args], { encoding: 'utf8', cwd: tmp });
      const want = 'warning: 1 unassigned block (20 characters, line 5) is in no row';
      const csv = run(['-f', 'csv']);
      expect(csv.status).toBe(0);
      expect(csv.stderr).toContain(`${input}: ${want}`);
      expect(run(['-f', 'xlsx', '-o', 'out.xlsx']).stderr).toContain(want);
      const json = run(['-f', 'json']);
      expect(json.stderr).not.toContain('unassigned');
      expect(JSON.parse(json.stdout).unassigned.map((u: { text: string }) => u.text)).toEqual(['这是一段没有标题的文字，不属于任何文章。']);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
