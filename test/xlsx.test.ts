/**
 * Spreadsheets: the xlsx workbook read back with exceljs (sheets, header, frozen pane, typed date
 * cells, numbers, no formula cell ever, cells cut at 32,767 without splitting a surrogate pair), and
 * the CSV cell cap read back with csv-parse; the CLI warns for each cut cell and writes the BOM
 * where documented.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';
import { entityRows } from '../src/cli/commands/entities.js';
import { EXIT } from '../src/errors.js';
import { parseIssue } from '../src/index.js';
import { BOM, capCell, cellCutMessage, cellCuts, CSV_COLUMNS, issuesToCsv, MAX_CELL_CHARS } from '../src/output/csv.js';
import { issuesToXlsx } from '../src/output/xlsx.js';
import type { Issue } from '../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/bulletin.js');
const FIXTURE = path.join(root, 'fixtures/000_038dc682623388e9/000_038dc682623388e9.txt');
const ARTICLES = 9;
/** A character outside the BMP (two UTF-16 code units). */
const ASTRAL = '𠀀';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI in this process (the dictionary already loaded): exit code and stdout. */
const inProcess = (args: string[]) => runInProcess(args, root);

async function readWorkbook(bytes: Buffer | string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof bytes === 'string') await wb.xlsx.readFile(bytes);
  else await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Every cell of a workbook, with its sheet. */
function allCells(wb: ExcelJS.Workbook): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
  return cells;
}

let tmp: string;
let real: Issue;
beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli/main.js'))) execFileSync('npm', ['run', 'build'], { cwd: root });
  tmp = mkdtempSync(path.join(tmpdir(), 'bulletin-xlsx-'));
  real = parseIssue(readFileSync(FIXTURE), { path: 'issue.txt' });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('capCell', () => {
  it('keeps what fits, cuts at the limit, never between the halves of a surrogate pair', () => {
    expect(capCell('abc', 3)).toBe('abc');
    expect(capCell('abcd', 3)).toBe('abc');
    expect(capCell(`ab${ASTRAL}`, 3)).toBe('ab');
    expect(capCell(`a${ASTRAL}b`, 3)).toBe(`a${ASTRAL}`);
    const long = 'a'.repeat(MAX_CELL_CHARS - 1) + ASTRAL + 'b';
    expect(capCell(long)).toBe('a'.repeat(MAX_CELL_CHARS - 1));
  });
});

describe('xlsx', () => {
  it('articles and entities sheets: header frozen, typed dates and numbers, no formulas, long cells cut', async () => {
    const issue = structuredClone(real);
    issue.articles[0].title = '=HYPERLINK("http://example.invalid","点击")';
    issue.articles[1].kicker = '+1 -2 @3';
    issue.articles[2].date = { text: '2023年5月', iso: '2023-05-01', end: '2023-05-31', precision: 'month', inferred: [] };
    const body = 'a'.repeat(MAX_CELL_CHARS - 1) + ASTRAL + '尾'.repeat(100);
    issue.articles[3].paragraphs = [body];
    issue.articles[3].body = body;
    expect(cellCuts(issue, false)).toEqual([{ article: issue.articles[3].id, column: 'body', length: body.length, characters: body.length - 1 }]);

    const wb = await readWorkbook(await issuesToXlsx([issue]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['articles', 'entities']);
    const ws = wb.getWorksheet('articles')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.getWorksheet('entities')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).values).toEqual([undefined, ...CSV_COLUMNS]);
    expect(ws.rowCount).toBe(1 + ARTICLES);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]) + 1;

    // never a formula: text that looks like one is a string cell, kept as printed
    const title = ws.getRow(2).getCell(col('title'));
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe('=HYPERLINK("http://example.invalid","点击")');
    expect(ws.getRow(3).getCell(col('kicker')).value).toBe('+1 -2 @3');
    for (const cell of allCells(wb)) {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula).toBeUndefined();
    }

    // typed dates: day precision yyyy-mm-dd, month precision yyyy-mm
    const dated = real.articles.findIndex((a) => a.date?.iso && a.date.precision === 'day');
    const dayCell = ws.getRow(2 + dated).getCell(col('date'));
    expect(dayCell.type).toBe(ExcelJS.ValueType.Date);
    expect((dayCell.value as Date).toISOString().slice(0, 10)).toBe(real.articles[dated].date!.iso);
    expect(dayCell.numFmt).toBe('yyyy-mm-dd');
    const monthCell = ws.getRow(4).getCell(col('date'));
    expect(monthCell.type).toBe(ExcelJS.ValueType.Date);
    expect((monthCell.value as Date).toISOString()).toBe('2023-05-01T00:00:00.000Z');
    expect(monthCell.numFmt).toBe('yyyy-mm');
    expect(ws.getRow(2).getCell(col('characters')).type).toBe(ExcelJS.ValueType.Number);

    // the long body: cut before the astral character, whose halves are not split
    const cut = ws.getRow(5).getCell(col('body')).value as string;
    expect(cut).toBe('a'.repeat(MAX_CELL_CHARS - 1));

    // entities: one row per entity per article, mentions as numbers
    const es = wb.getWorksheet('entities')!;
    const rows = entityRows(issue);
    expect(rows.length).toBeGreaterThan(20);
    expect(es.rowCount).toBe(1 + rows.length);
    expect(es.getRow(2).getCell(7).value).toBe(rows[0].mentions);
    expect(es.getRow(2).getCell(5).value).toBe(rows[0].name);
  });

  it('CLI: -f xlsx -o writes the workbook; without -o or --out-dir it is a usage error', async () => {
    const out = path.join(tmp, 'issue.xlsx');
    const r = cli(['parse', FIXTURE, '-f', 'xlsx', '-o', out]);
    expect(r.code).toBe(EXIT.OK);
    expect(r.stderr).toBe('');
    const wb = await readWorkbook(out);
    expect(wb.getWorksheet('articles')!.rowCount).toBe(1 + ARTICLES);
    expect(wb.getWorksheet('articles')!.getRow(2).getCell(5).value).toBe(real.articles[0].title);
    const bad = cli(['parse', FIXTURE, '-f', 'xlsx']);
    expect(bad.code).toBe(EXIT.USAGE);
    expect(bad.stderr).toMatch(/^bulletin: --format xlsx writes a workbook: give -o FILE\.xlsx or --out-dir DIR/);
  });
});

describe('CSV cell cap and BOM', () => {
  it('a cell over 32,767 characters is cut, a formula-like cell counts its quote', () => {
    const issue = structuredClone(real);
    const body = `=${'长'.repeat(MAX_CELL_CHARS + 10)}`;
    issue.articles[0].paragraphs = [body];
    issue.articles[0].body = body;
    expect(cellCuts(issue)).toEqual([{ article: 'a1', column: 'body', length: body.length + 1, characters: body.length + 1 }]);
    const rows = parseCsv(issuesToCsv([issue]), { columns: true }) as Record<string, string>[];
    expect(rows[0].body).toHaveLength(MAX_CELL_CHARS);
    expect(rows[0].body).toBe(`'=${'长'.repeat(MAX_CELL_CHARS - 2)}`);
    expect(rows[1].body).toBe(real.articles[1].body);
  });

  it('the warning counts characters as the characters column does when the text has characters outside the BMP', () => {
    const issue = structuredClone(real);
    const body = '𠮷'.repeat(20_000); // 20,000 characters, 40,000 UTF-16 units
    issue.articles[0].paragraphs = [body];
    issue.articles[0].body = body;
    const cuts = cellCuts(issue);
    expect(cuts).toEqual([{ article: 'a1', column: 'body', length: 40_000, characters: 20_000 }]);
    expect(cellCutMessage(cuts[0])).toBe(
      'warning: a1 body cell of 20,000 characters (40,000 UTF-16 units) cut to 32,767 units, white space included (the most a spreadsheet cell holds); the JSON output keeps it whole',
    );
  });

  it('CLI: a 40,000-character story is cut with one warning; BOM in files, on stdout only with --bom', async () => {
    const story = `${'区里召开防汛工作会议，部署全年任务。'.repeat(2300)}`;
    const input = path.join(tmp, 'long.txt');
    writeFileSync(input, `区领导督查全区防汛防台工作\n\n${story}\n`);
    const out = path.join(tmp, 'long.csv');
    const r = cli(['parse', input, '-f', 'csv', '-o', out, '--no-entities']);
    expect(r.code).toBe(EXIT.OK);
    expect(r.stderr).toBe(
      `bulletin: ${input}: warning: a1 body cell of ${story.length.toLocaleString('en-US')} characters cut to 32,767, white space included (the most a spreadsheet cell holds); the JSON output keeps it whole\n`,
    );
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseCsv(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows[0].body).toBe(story.slice(0, MAX_CELL_CHARS));
    expect(Number(rows[0].characters)).toBe(story.length); // the count is of the whole story

    const plain = await inProcess(['parse', FIXTURE, '-f', 'csv', '--no-entities']);
    expect(plain.stdout.startsWith('file,')).toBe(true);
    const withBom = await inProcess(['parse', FIXTURE, '-f', 'csv', '--no-entities', '--bom']);
    expect(withBom.stdout.startsWith(`${BOM}file,`)).toBe(true);
    expect(withBom.stdout.slice(1)).toBe(plain.stdout);
  });
});
