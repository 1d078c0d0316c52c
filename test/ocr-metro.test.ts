/**
 * Tesseract's output on the OCR harness's held-out run `heldout-metro-4col` (fixtures/ocr/
 * heldout-metro-excerpts, see its README): the zoo's metro evening paper set in four narrow columns,
 * its credits run in after 本报讯 without brackets and set as 文/记者 X　图/记者 Y lines. Checked
 * without Tesseract: credits read through the blanks OCR lost or misread (a quote mark or a comma
 * for a space, a lead-in glued to its press role), a credit line wrapped at the column's edge, a
 * photo credit run on after the caption with its blank read as a quote; and, from other runs, two
 * names OCR ran together after a press role (the wire copy's degraded hOCR,
 * fixtures/ocr/heldout-wire-3col-degraded) and a lead-in Tesseract gave as two words (本报 讯: the
 * health paper's degraded hOCR, fixtures/ocr/heldout-health-excerpts).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import type { Article } from '../src/types.js';

const root = path.join(import.meta.dirname, '../fixtures/ocr');
const read = (file: string) => {
  const bytes = readFileSync(path.join(root, file));
  return file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
};
const parse = (file: string, format: 'text' | 'hocr' = 'text') => parseIssue(read(file), { format, entities: false });
/** The article whose credit lines hold `name` (as OCR read it). */
const credited = (articles: Article[], name: string) => articles.find((a) => a.creditLines.some((c) => c.includes(name)));

describe('a lead-in and its run-in credit through lost and misread blanks', () => {
  it('reads 本报讯记者 周子涵 ”通讯员 程嘉未 (hOCR: the lead-in glued to the role, a blank read as a quote)', () => {
    const issue = parse('heldout-metro-excerpts/clean-p1.hocr.gz', 'hocr');
    const a = credited(issue.articles, '周子涵');
    expect(a?.title).toBe('地铁3号线二期 明年通车');
    expect(a?.dateline).toBe('本报讯');
    expect(a?.bylines).toEqual(['周子涵', '程嘉未']);
    expect(a?.creditLines).toEqual(['记者 周子涵 ”通讯员 程嘉未']);
    expect(a?.paragraphs[0]).toMatch(/^昨天上午，随着最后一段盾构机/u);
  });

  it('reads 本报讯 “记者 周子 / 洒 ”通讯员 程嘉禾”上昨 (the column mode: the blank after the lead-in and after the names read as quotes)', () => {
    const issue = parse('heldout-metro-excerpts/clean-cols.txt');
    const a = credited(issue.articles, '程嘉禾');
    expect(a?.bylines).toEqual(['周子洒', '程嘉禾']);
    // the quote read for the blank stays with the credit line, as printed; the text opens after it
    expect(a?.creditLines).toEqual(['“记者 周子洒 ”通讯员 程嘉禾”']);
    expect(a?.paragraphs[0]).toMatch(/^上昨天上午，随着/u);
    expect(credited(issue.articles, '许安然')?.bylines).toEqual(['许安然', '顾晨']);
  });

  it('reads 本报讯，记者 王 / 俊，昨天清晨6点 (the blanks read as commas)', () => {
    const issue = parse('heldout-metro-excerpts/degraded-ocr.txt');
    const a = credited(issue.articles, '王俊');
    expect(a?.dateline).toBe('本报讯');
    expect(a?.bylines).toEqual(['王俊']);
    expect(a?.creditLines).toEqual(['，记者 王俊，']);
    expect(a?.paragraphs[0]).toMatch(/^昨天清晨6点/u);
  });
});

describe('a lead-in Tesseract cut in two (the health paper, degraded hOCR page 1: fixtures/ocr/heldout-health-excerpts)', () => {
  it('reads 本报 讯记者“苏明澈“通讯员 宁，雨) as the lead-in 本报 讯 and its credit, its opening bracket lost', () => {
    const issue = parse('heldout-health-excerpts/degraded-p1.hocr.gz', 'hocr');
    const a = issue.articles.find((x) => x.title === '市卫健委组织百名专家下沉社区开展义诊');
    expect(a?.dateline).toBe('本报 讯');
    expect(a?.bylines).toEqual(['苏明澈', '宁雨']);
    expect(a?.paragraphs[0]).toMatch(/^10月15目上午，/u);
  });
});

describe('credit lines of a narrow column', () => {
  it('joins 文/记者 ” 卢晓婷 图/记 / 者 分 川, a credit line wrapped inside its second role, into one credit line', () => {
    for (const [file, format] of [
      ['heldout-metro-excerpts/clean-ocr.txt', 'text'],
      ['heldout-metro-excerpts/clean-p1.hocr.gz', 'hocr'],
    ] as const) {
      const a = credited(parse(file, format).articles, '卢晓婷');
      expect(a?.bylines).toEqual(['卢晓婷', '分川']);
      expect(a?.creditLines.map((c) => c.replace(/\s/gu, ''))).toEqual(['文/记者”卢晓婷图/记者分川']);
    }
  });

  it('reads a photo credit run on after the caption with its blank read as a quote: …七 / 成。通讯员 黄晓靶”摄', () => {
    const a = credited(parse('heldout-metro-excerpts/clean-ocr.txt').articles, '黄晓靶');
    expect(a?.bylines).toEqual(['黄晓靶']);
    expect(a?.creditLines).toEqual(['通讯员 黄晓靶”摄']);
    expect(a?.paragraphs[a.paragraphs.length - 1]).toMatch(/七成。$/u);
  });

  it('cuts two names OCR ran together after a press role: 新华社记者”郑雨桐白 泣 (the wire copy, degraded hOCR)', () => {
    const issue = parse('heldout-wire-3col-degraded/ocr.hocr.gz', 'hocr');
    const a = credited(issue.articles, '郑雨桐');
    expect(a?.title).toBe('城市更新如何让老街区焕发新活');
    expect(a?.bylines).toEqual(['郑雨桐', '白泣']);
    // the credit line is no longer read as the deck's third line
    expect(a?.subtitles).toEqual(['一来自东川、河西两省', '的调查']);
    expect(a?.creditLines).toEqual(['新华社记者”郑雨桐白 泣', '〈完)']);
  });
});
