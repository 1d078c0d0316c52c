/**
 * Excerpts of Tesseract's output on the OCR harness's held-out runs added by ocr16 (wire copy in
 * three columns, a city health paper in two; fixtures/ocr/heldout-wire-excerpts and
 * fixtures/ocr/heldout-health-excerpts, see their READMEs), checked without Tesseract: an end mark
 * and closing credits whose brackets OCR misread, an ideographic space read as one quote or as an
 * empty pair of quotes, and a headline's size on a line Tesseract ran across three columns (ALTO).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { parseCreditLine, splitTrailingCredit } from '../src/extract/bylines.js';
import { altoLines, estimatedTypeHeight, layoutMarkup } from '../src/input/markup.js';
import { loneQuotesAsSpaces } from '../src/stages/markers.js';
import { continuesHeadline } from '../src/stages/split-blocks.js';

const fixture = (dir: string, file: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/ocr', dir, file), 'utf8');
const parse = (dir: string, file: string) => parseIssue(fixture(dir, file), { format: 'text', entities: false });

describe('an end mark whose brackets OCR misread (wire copy, 3 columns, Tesseract plain text)', () => {
  // Tesseract read every （完） of the wire page as 〈完) (one as (完)): on a line of its own over the
  // next story's headline the model took 〈完) for that story's kicker (cue end-mark knew only round brackets).
  it('closes the story above: a credit line of that story, never the next one’s kicker', () => {
    const issue = parse('heldout-wire-excerpts', 'clean-p1-2.txt');
    expect(issue.articles.map((a) => [a.kicker, a.title, a.creditLines])).toEqual([
      [null, '亚太港口合作论坛在曼谷开萌', ['〈完)']],
      [null, '今年以来新开工重大水利工程超过二十项', ['(记者黄蕾)', '〈完)']],
      [null, '东川省推出十二条指施支持民营企业发展', ['〈完)']],
      [null, '两岸青年文化交流营在湖西开营', ['(完)']],
    ]);
  });
});

describe('a title wrapped in a narrow column, a number in its first line (wire copy, 3 columns, Tesseract plain text)', () => {
  // 今年前5个月我国 / 服务贸易稳步增 / 长: the pair of one width was no wrap evidence for its digit
  // (continuesHeadline took Han text and quotes only), and the model read a title over a subtitle.
  it('reads one title', () => {
    const a = parse('heldout-wire-excerpts', 'clean-p2-digits.txt').articles.find((x) => x.title.startsWith('今年前5个月'));
    expect(a?.title).toBe('今年前5个月我国服务贸易稳步增长');
    expect(a?.subtitles).toEqual([]);
    expect(a?.bylines).toEqual(['宋佳音', '马驱']);
  });

  it('takes a number counted in a headline phrase, never a date', () => {
    expect(continuesHeadline('今年前5个月我国', '服务贸易稳步增')).toBe(true);
    expect(continuesHeadline('县图书馆开通24', '小时自助借阅服')).toBe(true);
    expect(continuesHeadline('截至6月底全市', '新增岗位三千个')).toBe(false);
    expect(continuesHeadline('5个月我国服务', '贸易稳步增长了')).toBe(false);
  });
});

describe('closing credits in OCR brackets, a space read as quotes (health paper, 2 columns, Tesseract plain text)', () => {
  // Printed （岚川市第一人民医院消化内科主任医师　许文茵）, （…副主任医师　程安然）, …防滑垫。（阮　晓）.
  it('credits the expert signing a piece on a line of its own and the writer closing a brief', () => {
    const issue = parse('heldout-health-excerpts', 'clean-p2-3.txt');
    const byTitle = (t: string) => issue.articles.find((a) => a.title.startsWith(t));
    expect(byTitle('胃不好')?.bylines).toEqual(['许文芮']);
    expect(byTitle('胃不好')?.creditLines).toEqual(['〈岗川市第一人民医院消化内科主任医师“许文芮)']);
    expect(byTitle('孩子发烧')?.bylines).toEqual(['程安然']);
    // Before, 〈…程安然) was read as the kicker of the next story.
    expect(byTitle('社区“健康小屋')?.kicker).toBeNull();
    expect(byTitle('江湾街道')?.bylines).toEqual(['阮晓']);
    expect(byTitle('江湾街道')?.creditLines).toEqual(['〈阮”晓)']);
  });

  it('reads the pair of round brackets in OCR forms, but no pair of other brackets as printed', () => {
    expect(parseCreditLine('〈岗川市妇幼保健院儿科副主任医师“”程安然)')).toEqual([{ name: '程安然', role: '岗川市妇幼保健院儿科副主任医师' }]);
    expect(parseCreditLine('(记者 王峰〉')).toEqual([{ name: '王峰', role: '记者' }]);
    expect(parseCreditLine('【张明】')).toBeNull();
    expect(parseCreditLine('〈李四〉')).toBeNull();
    expect(splitTrailingCredit('并免费发放防滑垫。 〈阮”晓)')).toEqual({ rest: '并免费发放防滑垫。', creditLine: '〈阮”晓)', credits: [{ name: '阮晓', role: '' }] });
  });

  it('reads an empty pair of quotes between Han characters as the space it stands for, a quotation as printed', () => {
    expect(loneQuotesAsSpaces('副主任医师“”程安然')).toBe('副主任医师  程安然');
    expect(loneQuotesAsSpaces('医师” “程安然')).toBe('医师   程安然');
    expect(loneQuotesAsSpaces('开展“大地美容”行动')).toBe('开展“大地美容”行动');
    expect(loneQuotesAsSpaces('他说：“”')).toBe('他说：“”');
  });
});

describe('lines Tesseract ran across three columns (wire copy, page 1, hOCR and ALTO)', () => {
  // Tesseract's layout analysis joined the three columns' top lines into TextLines across the page
  // (`度夏电力保供工”吐量同比增长一 新华社记者 …`: a title's second line beside a deck and a byline, 80 px).
  // ALTO has no baseline; the slope read from such a line's characters' tops (three lines at three
  // heights) took it for a skewed line and halved it to 40 px, where hOCR's baseline (slope 0) kept
  // 80: headline lines became body lines and body lines headlines in ALTO only (35 against 53 exact
  // points on the run). The page's skew is now the median of its lines' slopes.
  const gz = (file: string) => gunzipSync(readFileSync(path.join(import.meta.dirname, '../fixtures/ocr/heldout-wire-excerpts', file))).toString('utf8');
  it('lays the ALTO page out as its hOCR', () => {
    const hocr = layoutMarkup(gz('clean-p1.hocr.gz'), 'hocr');
    const alto = layoutMarkup(gz('clean-p1.xml.gz'), 'alto');
    expect(alto.text).toBe(hocr.text);
    const merged = altoLines(gz('clean-p1.xml.gz')).find((l) => l.text.startsWith('度夏电力保供工”吐量'));
    expect(merged?.size).toBeGreaterThanOrEqual(79);
  });

  it('never measures a line below its characters, and still takes the skew off', () => {
    // A 2,000-pixel body line on a page skewed 0.5°: box 60 px, characters 42 px.
    expect(estimatedTypeHeight([0, 0, 2000, 60], 0.0087, [42, 42, 42, 43])).toBeCloseTo(42.6, 1);
    // A bogus slope would halve an 80-px line whose characters measure 79 (three words or more).
    expect(estimatedTypeHeight([0, 0, 2134, 80], 0.03, [79, 79, 80])).toBe(79);
    expect(estimatedTypeHeight([0, 0, 2134, 80], 0.03, [79, 80])).toBe(40);
    // Characters taller than the box were not measured (ALTO's 年 月 日 boxes): the deskewed box.
    expect(estimatedTypeHeight([0, 0, 2000, 60], 0.0087, [81, 81, 81])).toBeCloseTo(42.6, 1);
  });
});

describe("a short line's baseline is no measure of the page's skew (county paper, 3 columns, hOCR)", () => {
  // The deck 新增学位三千余个，预计 / 秋季学期投入使用 (58 px type): Tesseract gave its first line, twelve
  // marks, a baseline slope of -0.016 (the page is not skewed), which took 10 px off its 58-px box;
  // the line fell to body size and the deck broke in two. ALTO, whose slope is read from the
  // characters of lines of SLOPE_MIN_CHARS or more, kept it whole.
  it('keeps the deck whole, as ALTO does', () => {
    const issue = parseIssue(fixture('heldout-county-excerpts', 'clean-p2-deck.hocr'), { format: 'hocr', entities: false });
    expect(issue.articles[0].title).toBe('我县新建改扩建六所学校');
    expect(issue.articles[0].subtitles).toEqual(['新增学位三干余个 ，预计秋季学期投入使用']);
    expect(issue.articles[0].bylines).toEqual(['陈晓']);
  });
});

describe("a kicker's short tail under it (county paper, 3 columns, degraded, hOCR)", () => {
  // 林海涛在调研安全生产工作时 / 强调: (kicker type): the tail's box, two characters and a colon,
  // measured 1.09 of body size, under HEADLINE_NEAR_RATIO; the kicker became a title of its own with
  // 强调 as its byline, where ALTO and the plain text kept one kicker (hOCR 64 against 66 exact points).
  it('keeps the kicker whole over its title', () => {
    const page = gunzipSync(readFileSync(path.join(import.meta.dirname, '../fixtures/ocr/heldout-county-excerpts/degraded-p1.hocr.gz'))).toString('utf8');
    const issue = parseIssue(page, { format: 'hocr', entities: false });
    const a = issue.articles.find((x) => x.title === '守牢安全底线护航高质量发展');
    expect(a?.kicker).toBe('林海涛在调研安全生产工作时强调:');
    expect(a?.bylines).toEqual(['陈晓', '周婷']);
    expect(issue.articles.some((x) => x.title.startsWith('林海涛'))).toBe(false);
  });
});
