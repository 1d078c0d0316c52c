/**
 * Pages of Tesseract's output on the OCR harness's congress bulletin render (fixtures/ocr/
 * heldout-congress-excerpts, see its README), checked without Tesseract: credit marks read through
 * OCR confusions (a work role's slash read as 了, a brief's closing brackets as 〈…)).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { parseCreditLine, splitTrailingCredit } from '../src/extract/bylines.js';

const root = path.join(import.meta.dirname, '../fixtures/ocr/heldout-congress-excerpts');
const parse = (file: string) =>
  parseIssue(readFileSync(path.join(root, file), 'utf8'), { format: 'text', entities: false });

describe('credit marks through OCR confusions (congress bulletin, Tesseract plain text)', () => {
  it('reads 文了黄一喝 as the work role 文 and a name: the slash read as 了', () => {
    const issue = parse('clean-p10-11.txt');
    const profile = issue.articles.find((a) => a.title === '把群众的“小事”放在心上');
    expect(profile?.bylines).toEqual(['黄一喝']);
    expect(profile?.creditLines).toEqual(['文了黄一喝']);
  });

  it('reads a brief closer whose brackets OCR misread (〈黄一 / 鸣), 〈代表工委))', () => {
    const degraded = parse('degraded-p10.txt');
    expect(degraded.articles.map((a) => [a.title, a.bylines, a.creditLines])).toEqual([
      ['县人大常委会开展监督法专题学习', ['黄一鸣'], ['〈黄一鸣)']],
      ['县人大常委会视察城乡供水一体化工程', [], ['〈代表工委)']],
      ['县人大常委会召开第三十一次主任会议', [], ['〈办公室)']],
    ]);
    // The closers left the body: its last paragraph ends with the brief's last sentence.
    for (const a of degraded.articles) expect(a.paragraphs[a.paragraphs.length - 1]).toMatch(/。$/u);
  });

  it('reads an OCR slash only on a whole line of a work role and names; never a book title as a closer', () => {
    expect(parseCreditLine('图丿王　鹏　李娜')).toEqual([
      { name: '王鹏', role: '图' },
      { name: '李娜', role: '图' },
    ]);
    expect(parseCreditLine('文了黄一喝等')).toBeNull();
    expect(parseCreditLine('文了')).toBeNull();
    expect(splitTrailingCredit('他们都参加了学习。《张三》')).toBeNull();
    expect(splitTrailingCredit('学习了新修改的监督法。〈县委宣传部〕')?.creditLine).toBe('〈县委宣传部〕');
  });
});
