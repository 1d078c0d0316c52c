/**
 * Tesseract's plain text of 3-column pages (issue 8, ocr11): the held-out county paper read clean
 * and degraded (fixtures/ocr/heldout-county-excerpts, see its README) and the bundled issue's
 * degraded render (fixtures/ocr/issue-3col-degraded). Checked without Tesseract, each against what
 * the page printed (the zoo source fixtures/zoo/county-paper, the bundled issue's gold):
 * - a title wrapped over three lines of a narrow column stays one title (split-blocks);
 * - a jump marker read through an OCR slip (（上接第1]版）) still joins the story's halves, and the
 *   headline repeated over the far half is the story's title (assemble.ts);
 * - a deck set right over the lead-in line, and a photographer's credit Tesseract read into the next
 *   story, go where the page put them;
 * - the rest of a story cut mid-sentence goes to it, not to the story above whose credit OCR lost;
 *   cross-heads stay cross-heads under a paragraph whose full stop OCR lost.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { findJumpMarkers, classifyFurniture } from '../src/stages/furniture.js';
import { textSimilarity } from '../src/text.js';

const county = (file: string) =>
  parseIssue(
    readFileSync(path.join(import.meta.dirname, '../fixtures/ocr/heldout-county-excerpts', file), 'utf8'),
    { format: 'text', entities: false },
  );
const byTitle = (issue: ReturnType<typeof county>, start: string) =>
  issue.articles.find((a) => a.title.startsWith(start));

describe('the county paper in 3 columns, clean render (Tesseract plain text)', () => {
  const issue = county('clean-ocr.txt');
  it('keeps a title wrapped over two lines of one width and a last character alone one title', () => {
    // 县图书馆开通24 / 小时自助借阅服 / (blank) / 务: was title 县图书馆开通24, subtitle 小时自助借阅服务
    const a = byTitle(issue, '县图书馆');
    expect(a?.title).toBe('县图书馆开通24小时自助借阅服务');
    expect(a?.subtitles).toEqual([]);
  });
  it('keeps a title wrapped over two full lines and a tail one cell shorter one title', () => {
    // 偿产镇“共享菜 / 园 ”让闲置地变 / 身“笠和福园 (桃源镇“共享菜园”让闲置地变身“幸福园”, OCR slips as read)
    const a = issue.articles.find((x) => x.title.includes('共享菜'));
    expect(a?.title).toBe('偿产镇“共享菜园 ”让闲置地变身“笠和福园');
    expect(a?.subtitles).toEqual([]);
  });
  it("reads (上接第1]版) as the jump marker, and the repeated head as the story's title", () => {
    expect(issue.furniture.filter((f) => f.kind === 'jump').map((f) => f.text)).toContain('(上接第1]版)');
    // 县委单委会召开 / 人 / 扩大会议 read as kicker 县委单委会召开人 over title 扩大会议; the head
    // 县委常委会召开扩大会议 repeated over the far half says they are one title.
    const a = issue.articles[0];
    expect([a.kicker, a.title, a.subtitles]).toEqual([
      null,
      '县委单委会召开人扩大会议',
      ['研究部署二季度重点工作'],
    ]);
    expect(a.bylines).toEqual(['王峰', '李雅楠']);
    expect(a.paragraphs.some((p) => p.includes('会议要求，各级党员干部'))).toBe(true);
    // the far half is no story of its own, and the other jumped story keeps its own far half
    expect(issue.articles.filter((x) => x.title.includes('扩大会议'))).toHaveLength(1);
    expect(byTitle(issue, '我县新建')?.paragraphs.some((p) => p.includes('县教育局相关负责人表示'))).toBe(
      true,
    );
  });
});

describe('the county paper in 3 columns, degraded render (Tesseract plain text)', () => {
  const issue = county('degraded-ocr.txt');
  it("reads a deck set right over the lead-in line as a deck, and the lead-in's credit", () => {
    // 研究部署二季度重点工作 / 本报讯 (记者”王峰 通讯员 / 李雅楠) 6月8日上午，… (no blank line between)
    const a = issue.articles[0];
    expect([a.title, a.subtitles, a.bylines]).toEqual([
      '县委常委会召开扩大会议',
      ['研究部署二季度重点工作'],
      ['王峰', '李雅楠'],
    ]);
  });
  it("gives a photographer's credit read into the next story to the photo item before it", () => {
    // 非遗进校园 (a picture and its caption) … 青山县举办…: 本报讯 通讯员 ”李雅楠) 6月…。 / 许佳 “摄 / 对接会现场，…
    expect(byTitle(issue, '非遗进校园')?.bylines).toEqual(['许佳']);
    expect(byTitle(issue, '青山县举办')?.bylines).toEqual(['李雅楠']);
  });
  it('reads the head repeated over the far half as the title the model read as a kicker', () => {
    // 我县新建改扩建 / 六所学校 (the title's type) over the deck 新增学位三千余个，预计 / 秋季学期投入使用
    const a = byTitle(issue, '我县新建');
    expect([a?.kicker, a?.title, a?.subtitles]).toEqual([
      null,
      '我县新建改扩建六所学校',
      ['新增学位三千余个，预计', '秋季学期投入使用'],
    ]);
  });
  it('keeps a title wrapped over two full lines and a tail one cell shorter one title', () => {
    expect(byTitle(issue, '桃源镇“共享')?.title).toBe('桃源镇“共享菜园”让闲置地变身 “去福园”');
  });
});

describe("the bundled issue's degraded 3-column render (Tesseract plain text)", () => {
  const text = gunzipSync(
    readFileSync(path.join(import.meta.dirname, '../fixtures/ocr/issue-3col-degraded/ocr.txt.gz')),
  ).toString('utf8');
  const issue = parseIssue(text, { format: 'text', entities: false });
  it('gives the rest of a story cut mid-sentence to it, not to the unsigned story above', () => {
    // ·金驰· under the first story Tesseract did not read; the second story, cut at 斌、张文, goes on
    // after 崇组宣. with 动环境质量持续改善。… and is signed .爹驰.
    const first = byTitle(issue, '区领导督查全区');
    const second = byTitle(issue, '区领导调研环卫');
    expect(second?.bylines).toEqual(['爹驰']);
    expect(second?.paragraphs.some((p) => p.includes('动环境质量持续改善'))).toBe(true);
    expect(first?.bylines).toEqual([]);
    expect(first?.paragraphs.some((p) => p.includes('动环境质量持续改善'))).toBe(false);
  });
  it('keeps cross-heads under a paragraph ending in a quoted word as cross-heads', () => {
    // …的“人大标杆” (its 。 lost) / 一2一 (a folio amid the paragraph) / 激活长效管理“动力源” / 用力用功严格监督
    const titles = issue.articles.map((a) => a.title);
    for (const head of [
      '激活长效管理“动力源”',
      '用力用功严格监督',
      '竖好担当作为“风向标”',
      '用智用诚笃行实干',
    ])
      expect(titles).not.toContain(head);
  });
});

describe('page numbers through OCR slips', () => {
  it("reads a jump marker whose page number carries a stroke's residue or is a mark", () => {
    expect(findJumpMarkers('(上接第1]版)')).toEqual([
      { text: '(上接第1]版)', direction: 'in', page: 1, index: 0 },
    ]);
    expect(findJumpMarkers('（下转第|版）')[0]).toMatchObject({ direction: 'out', page: null });
    expect(classifyFurniture('(上接第1]版)')).toBe('jump');
    expect(classifyFurniture('第]版')).toBe('folio');
    // a page named in a sentence is no marker
    expect(findJumpMarkers('本版稿件转第3版刊登后')).toEqual([]);
  });
  it('measures text through OCR slips, marks and spaces aside', () => {
    expect(textSimilarity('县委常委会召开扩大会议', '县委单委会召开人扩大会议')).toBeCloseTo(10 / 12, 5);
    expect(textSimilarity('“一站式”服务中心', '一站式 服务中心')).toBe(1);
    expect(textSimilarity('非遗进校园', '县总工会为一线职工送清凉')).toBeLessThan(0.2);
  });
});
