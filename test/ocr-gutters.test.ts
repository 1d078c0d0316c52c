/**
 * Tesseract's output on pages whose columns it ran together (the OCR harness's wire copy in three
 * columns, fixtures/ocr/heldout-wire-3col-degraded and fixtures/ocr/heldout-wire-excerpts), and a
 * residue line over a bold title (fixtures/ocr/heldout-congress-excerpts), checked without
 * Tesseract: lines read across a gutter are cut there and read column by column (geometry.ts
 * `cutAtGutters`), the parts of one printed line that Tesseract gave side by side are one line
 * (`joinRowParts`), a wire lead-in's bracket and dateline are read through OCR slips, and residue
 * measured at headline size is never a subtitle.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseIssue, type InputFormat } from '../src/index.js';
import { parseLeadIn } from '../src/extract/bylines.js';
import { layoutMarkup } from '../src/input/markup.js';
import { noiseScore } from '../src/stages/markers.js';
import { ocrMetrics, type GoldArticle } from '../scripts/ocr/lib.mjs';

const root = path.join(import.meta.dirname, '../fixtures/ocr');
const gz = (dir: string, file: string) => gunzipSync(readFileSync(path.join(root, dir, file))).toString('utf8');
const plain = (dir: string, file: string) => readFileSync(path.join(root, dir, file), 'utf8');

describe('wire copy in three columns, degraded render (Tesseract ran columns together on pages 1 and 3)', () => {
  const run = 'heldout-wire-3col-degraded';
  const gold = JSON.parse(readFileSync(path.join(root, run, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
  const ocrText = gz(run, 'ocr.txt.gz');
  // Measured before the cut (main 384eb8e): hOCR titles 11/14, bylines 4/9; ALTO the same. 8 of 9
  // bylines after the cut; 9 since ocr19 read 新华社记者”郑雨桐白 泣 (two names run together) as its credit.
  it.each([
    ['hocr', 'ocr.hocr.gz'],
    ['alto', 'ocr.xml.gz'],
  ] as const)('%s: every title found, every byline, no noise title, nothing lost', (format: InputFormat, file) => {
    const issue = parseIssue(gz(run, file), { format, entities: false });
    const m = ocrMetrics(issue, gold, ocrText, noiseScore);
    expect(m.titles, `missing: ${m.missingTitles.join(', ')}`).toEqual([14, 14]);
    expect(m.bylines).toEqual([9, 9]);
    expect(m.noiseTitleTexts).toEqual([]);
    expect(m.kept).toBe(100);
    expect(issue.diagnostics.filter((d) => d.code === 'markup/cut-line').length).toBeGreaterThanOrEqual(10);
  });

  it('reads the columns of page 3 apart: the story, and beside it the correction and the page editor', () => {
    // Tesseract ran page 3's first two columns together over eight lines (`老街区焕发新活Sa<斌`,
    // `力点期限为三年”应为“试点期限为`); before the cut the story's title took the correction's text.
    const issue = parseIssue(gz(run, 'ocr.hocr.gz'), { format: 'hocr', entities: false });
    const story = issue.articles.find((a) => a.title.startsWith('城市更新如何让'));
    expect(story?.title).toBe('城市更新如何让老街区焕发新活');
    // (its deck over two lines, as read; the credit line under it is the credit, no third deck line)
    expect(story?.subtitles.join('')).toBe('一来自东川、河西两省的调查');
    expect(story?.paragraphs.join('')).not.toContain('特此更正');
    const correction = issue.articles.find((a) => a.title === '更正');
    expect(correction?.paragraphs.join('')).toContain('特此更正，并向读者致歉。');
    // its editor line, the blank after 责任编辑 lost, is the page's furniture, no title
    expect(issue.furniture).toContainEqual(expect.objectContaining({ text: '责任编辑罗清扬', kind: 'editor' }));
    expect(issue.articles.map((a) => a.title)).not.toContain('责任编辑罗清扬');
  });
});

describe('wire copy, clean render, page 1 (fixtures/ocr/heldout-wire-excerpts)', () => {
  const lines = (format: InputFormat, file: string) => layoutMarkup(gz('heldout-wire-excerpts', file), format).text.split('\n\n').map((x) => x.trim());

  it.each([
    ['hocr', 'clean-p1.hocr.gz'],
    ['alto', 'clean-p1.xml.gz'],
  ] as const)('%s: the two titles Tesseract ran into lines across the page are whole, each in its column', (format: InputFormat, file) => {
    const blocks = lines(format, file);
    expect(blocks).toContain('多部门部署迎峰度夏电力保供工作');
    expect(blocks).toContain('沅州港集装箱吞吐量同比增长一成半');
    // the gutter's blank read as marks: kept, on lines of their own
    expect(blocks).toContain('“');
    expect(blocks.indexOf('多部门部署迎峰度夏电力保供工作')).toBeLessThan(blocks.indexOf('沅州港集装箱吞吐量同比增长一成半'));
    const lead = blocks.find((b) => b.startsWith('新华社北京6月20日电〈记者张晓形'));
    expect(lead).toMatch(/^新华社北京6月20日电〈记者张晓形，刘嘉宁\) ?记者20日从有关部门获悉，为应对今夏可能出现的用电高峰/u);
  });

  it('joins a byline Tesseract gave as two lines side by side (新华社记者 ”一 | 凡 林 苇)', () => {
    expect(lines('hocr', 'clean-p1.hocr.gz')).toContain('新华社记者 ”一 凡 林 苇');
  });
});

describe('a wire lead-in read through OCR slips', () => {
  it('reads a full-width bracket read as two marks (《〈) and a dateline with a space in it', () => {
    // Tesseract's hOCR of the wire copy (OCR harness): 新华社曼谷6月20日电《〈记者陈了曦), 新华社内罗毕6 月19日电〈记者李沐阳).
    expect(parseLeadIn('新华社曼谷6月20日电《〈记者陈了曦) 第五届亚太港口合作论坛20日在泰国曼谷开幕。')).toMatchObject({
      dateline: '新华社曼谷6月20日电',
      creditLine: '《〈记者陈了曦)',
      credits: [{ name: '陈了曦', role: '记者' }],
    });
    expect(parseLeadIn('新华社内罗毕6 月19日电〈记者李沐阳) 受印度洋海温异常影响，')).toMatchObject({
      dateline: '新华社内罗毕6 月19日电',
      credits: [{ name: '李沐阳', role: '记者' }],
    });
    expect(parseLeadIn('新华社北京6月20日 电 〈记者宋佳音，马驱) 商务部20日发布数据显示')?.credits.map((c) => c.name)).toEqual(['宋佳音', '马驱']);
    // a book title after a lead-in is no credit's bracket
    expect(parseLeadIn('本报讯《〈人民日报》评论说')?.credits).toEqual([]);
  });

  it('closes up a name OCR cut after its surname (通讯员李 雅楠)', () => {
    // Tesseract --psm 4 on the county paper's columns (the OCR harness's column mode), three lead-ins.
    expect(parseLeadIn('本报讯 〈记者 ”王峰 通讯员李 雅楠) 6月8日上午，县委书记赵启明主持召开')).toMatchObject({
      creditLine: '〈记者 ”王峰 通讯员李 雅楠)',
      credits: [
        { name: '王峰', role: '记者' },
        { name: '李雅楠', role: '通讯员' },
      ],
    });
    expect(parseLeadIn('本报讯〈通讯员”李 雅楠”吴静) 6月8日，县总工会')?.credits.map((c) => c.name)).toEqual(['李雅楠', '吴静']);
    // a role's lone character is no surname cut off: nothing to close up
    expect(parseLeadIn('本报讯〈记者 王峰 通讯员 许佳) 6月8日')?.credits.map((c) => c.name)).toEqual(['王峰', '许佳']);
  });
});

describe('residue of a bold title measured at headline size (congress bulletin, degraded render, page 5)', () => {
  it.each([
    ['hocr', 'degraded-p5.hocr'],
    ['alto', 'degraded-p5.xml'],
  ] as const)('%s: `三和一 &- Ah AZ [一 用` over the title is noise furniture, never its subtitle', (format: InputFormat, file) => {
    const issue = parseIssue(plain('heldout-congress-excerpts', file), { format, entities: false });
    const a = issue.articles.find((x) => x.title === '青岚县人民代表大会常务委员会任免名单');
    expect(a?.subtitles).toEqual(['(2024年6月27日青岚县第十八届人民代表大会常务委员会第十九次会议通过)']);
    expect(issue.furniture).toContainEqual(expect.objectContaining({ text: '三和一 &- Ah AZ [一 用', kind: 'noise' }));
  });
});
