/**
 * Pages of Tesseract's output on the OCR harness's congress bulletin render (fixtures/ocr/
 * heldout-congress-excerpts, see its README), checked without Tesseract: credit marks read through
 * OCR confusions (a work role's slash read as 了, a brief's closing brackets as 〈…)), and a
 * headline Tesseract read twice over the same ink (two overlapping lines in hOCR and ALTO); and
 * Tesseract's plain text of the county paper's 3-column render (fixtures/ocr/heldout-county-excerpts):
 * a title's short tail under a line at the page's title wrap width.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { parseCreditLine, splitTrailingCredit } from '../src/extract/bylines.js';

const root = path.join(import.meta.dirname, '../fixtures/ocr/heldout-congress-excerpts');
const parse = (file: string, format: 'text' | 'hocr' | 'alto' = 'text') =>
  parseIssue(readFileSync(path.join(root, file), 'utf8'), { format, entities: false });

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

describe('a line Tesseract read twice (congress bulletin page 7, hOCR and ALTO)', () => {
  // Tesseract split the bold 84 px title 青岚县人民代表大会常务委员会公告 into two lines over the same
  // box (y 206-286 and 206-287), their words interleaved: 三世 、 ii和刀天号会公告 (mean word
  // confidence 0.48) and 表册县人民代表大会常务委员会公 (0.85). Before, both were one title.
  it.each([
    ['clean-p7.hocr', 'hocr'],
    ['clean-p7.xml', 'alto'],
  ] as const)('%s: the less confident reading is noise, the other the title', (file, format) => {
    const issue = parse(file, format);
    expect(issue.articles[0].title).toBe('表册县人民代表大 会常务委员会公');
    expect(issue.articles[0].subtitles).toEqual(['第12号']);
    expect(issue.furniture.filter((f) => f.kind === 'noise').map((f) => f.text)).toEqual([
      '三世 、 ii和刀天号会公告',
    ]);
  });
});

describe("a title's short tail in a narrow column (county paper, 3 columns, Tesseract plain text)", () => {
  const county = () =>
    parseIssue(
      readFileSync(
        path.join(import.meta.dirname, '../fixtures/ocr/heldout-county-excerpts/clean-ocr.txt'),
        'utf8',
      ),
      {
        format: 'text',
        entities: false,
      },
    );
  // 麦浪翻金　夏收正忙 wraps at the 7 cells the page's titles wrap at (split-blocks headlineWrapWidths);
  // its tail 正忙 (2 cells, at most HEADLINE_TAIL_MAX) was left to the model, which read the first
  // line as a photo column's label (furniture `section`) and 正忙 alone as the title.
  it('joins 正忙 to the line above it: one title, its photo credit kept', () => {
    const issue = county();
    const photo = issue.articles.find((a) => a.title.endsWith('正忙'));
    expect(photo?.title).toBe('麦浪翻金 ”夏收正忙');
    expect(photo?.bylines).toEqual(['王峰']);
    expect(issue.furniture.filter((f) => f.text.includes('麦浪翻金'))).toEqual([]);
  });
  // A kicker wrapped at the page's wider kicker width keeps its tail as before (joined by role).
  it('leaves the kicker 林海涛在调研安全生产工作时 / 强调: as it was', () => {
    const a = county().articles.find((x) => x.title === '守牢安全底线护航高质量发展');
    expect(a?.kicker).toBe('林海涛在调研安全生产工作时强调:');
  });
});
