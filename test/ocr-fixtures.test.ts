/**
 * Real OCR output (fixtures/ocr/<run>/: Tesseract 5.3 chi_sim text, hOCR and ALTO of the harness's
 * renderings of the bundled issue and of the zoo's government bulletin, gzipped; see
 * fixtures/ocr/README.md), checked without
 * Tesseract: no noise line becomes a title, nothing Tesseract read is lost, titles are found by
 * nearest title at least as well as measured, and hOCR/ALTO do at least as well as plain text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseIssue, type InputFormat } from '../src/index.js';
import { noiseScore } from '../src/stages/markers.js';
import { cer, ocrMetrics, sameNames, type GoldArticle } from '../scripts/ocr/lib.mjs';

const root = path.join(import.meta.dirname, '../fixtures/ocr');
const read = (run: string, file: string) => gunzipSync(readFileSync(path.join(root, run, `${file}.gz`))).toString('utf8');

/**
 * Titles found (nearest title >= 0.75) per run and format, measured on these fixtures: the floor.
 * bulletin-1col-degraded hOCR 9 → 8 when the structure fit became a CRF (seg, issue 7): the last
 * character of a wrapped document title, alone on its line (…的通 / 知), reads as furniture.
 * issue-3col-degraded text 2 → 1 with the page-label feature (between-furniture, struct-news): the
 * feature fires nowhere in that file, but the refit reads its torn last headline, “市民观察团”用活群众
 * 监督 alone on the file's last line, as the tail of the story above (the fit moves with any prior).
 * bulletin-1col-degraded text 5 → 6 with the government bulletin cues (struct-doc): that lone last
 * character is the title's tail again, and a 文号 line continues no wrapped title.
 * Headlines wrapped in a narrow column kept whole in plain text (split-blocks: leavesQuoteOpen,
 * isWrapTail): issue-3col-degraded text 1 → 4, bulletin text 6 → 7. Bulletin hOCR/ALTO 8 → 10: a
 * page's label (县政府文件) continues no 目录 entry of the page before, ALTO lines deskewed by all
 * their Han words, a bracketed date whose characters' boxes outgrow its line stays apart from the
 * title above it (geometry.ts, markup.ts). Bulletin text 7 → 10: two headline lines that read as one
 * document title (关于…的 + 通知/决定, split-blocks wrapsDocumentTitle) are one block.
 * issue-1col-degraded text 8 → 9 with the fresh fit of 564dc73 (struct-fit), 9 → 8 with the refit of
 * struct-extra (verse, opening-credit, signing-date, dateline-sentence features, two new zoo papers):
 * 齐心浇灌城市“文明伦, its kicker left on the page before and a running head and another story's
 * byline between them, reads body 3.8 against title 2.4.
 * bulletin-1col-degraded text 10 → 9 with the zoo paper enterprise-weekly in the fit (struct-briefs,
 * measured): 云泽县人民政府关于调整县城市管理委员会组成人员的通 / 知 is read as a cross-head (the fit moves
 * with any new paper; a fit without it, or without any one of its layouts, kept the floor on main 564dc73).
 * bulletin-1col-degraded text 9 → 10 measured on main 03faadd (the bulletin structure of dace618 and
 * congress-bulletin's refit; the same with ocr3's features).
 * issue-1col-degraded text 8 → 7 with the zoo paper literary-supplement in the fit (lit4, measured):
 * 喜迎六一 快乐成长 is read as the kicker of the OCR line under it (…全部整改到位一, a kicker's dash
 * misread, itself a kicker); the fit moves hl&n:end:dash (title over kicker) 1.89 → 0.83. The same
 * code fitted without that paper keeps the floor (8).
 * issue-1col-degraded text 7 → 9 (ocr8, third pass): a line ending in a kicker's dash (…整改到位一)
 * right under 喜迎六一 快乐成长 is no title under a short kicker (no under-short-hl, features.ts),
 * though the line under it is a credit (Tesseract set the story before's ·张明明· there); the
 * feature's credit exception (82388ce) had made it the title and 喜迎六一 快乐成长 its kicker.
 * issue-3col-degraded text 4 → 8 (ocr8): a title wrapped over two short lines of one width is one
 * title whatever role the model gives its second line (区领导督查全区 / 防汛防台工作, assemble.ts), and a
 * headline's shorter tail or last character joins it across the blank line Tesseract sets between
 * them (筑牢坚固屏障 保障群众安 / 全, …系 / 列活动; split-blocks joinHeadlineWraps).
 */
const FLOORS: Record<string, Record<'text' | 'hocr' | 'alto', number>> = {
  'issue-3col-degraded': { text: 8, hocr: 9, alto: 9 },
  'issue-1col-degraded': { text: 9, hocr: 9, alto: 9 },
  'issue-1col-clean': { text: 9, hocr: 9, alto: 9 },
  'bulletin-1col-degraded': { text: 10, hocr: 10, alto: 10 },
};
/**
 * Articles with the right bylines (`ocrMetrics`), measured on these fixtures: the floor. Of the 8
 * bylined articles Tesseract lost one byline of the 1-column render (`·金驰·` under the first story)
 * and misread a name of another (阮晓萍 → 阮晓菠 in some runs). One more is lost since the structure
 * fit became a CRF (seg, issue 7): the lead-in line whose dash OCR misread (…整改到位一) reads as a
 * kicker and splits 齐心浇灌城市“文明花” (its credits go to the second half). With the government
 * bulletin cues (struct-doc: 目录, 附件, enclosures, signatures) the refit loses `.鸳通 陈苏君` from the
 * clean plain text (8 → 7: the story's cross-head pair 架起服务群众“连心桥” / 用心用情倾听民声 shifts
 * with the fit) and finds 7 in the clean render's hOCR/ALTO (6 → 7). The cross-head whose closing
 * quote Tesseract read as a dash (架起服务群众“连心桥-) is described as printed (markers.ts
 * closingQuoteForm), no kicker: issue-1col-degraded hOCR 6 → 7. issue-3col-degraded text 0 → 1
 * with the wrapped headlines kept whole. issue-1col-degraded text 4 → 5: 架起服务群众“连心桥- leaves no
 * quotation open (its dash is the closing quote), so it is not joined to the line under it. With
 * the fresh fit of 564dc73 (struct-fit): issue-1col-degraded text 5 → 6, issue-1col-clean hOCR/ALTO
 * 7 → 8 (measured on these fixtures).
 * issue-1col-degraded text 6 → 5 with the refit of struct-extra: 齐心浇灌城市“文明伦 is read as body
 * (see FLOORS), so its credits .弛通 陈苏君 go to the story above it.
 * bulletin-1col-degraded text 1 → 0 with the refit of struct-extra: the speech's signature at the
 * file's end, misread 县长“郑明远, reads body against byline after the refit (main's fit: byline
 * ahead); the line is still read as a credit (feature credit), the context weights moved (col:short,
 * gapAfter:end lean to body). hOCR/ALTO still find it.
 * issue-1col-degraded text 5 → 4 with the zoo paper enterprise-weekly in the fit (struct-briefs,
 * measured): the same refit shift. 4 → 5 with `wrap:same-width` (ocr3): 优化营商环境 / 提振企业信心
 * (Tesseract set a blank line between them) is one subtitle, so .阮晓萍， goes to its story.
 * issue-3col-degraded hOCR/ALTO 2 → 4 (ocr3): a desk's short name with one dot-like mark left
 * (`崇组宣.`, markers.ts bylineLineScore) is a byline, and closes its story, so the story it had
 * interrupted gets its own `.爹驰.`; the other four bylines of that render Tesseract did not read.
 * issue-3col-degraded text 1 → 0 with the cross-head series and headline-stack features (news4,
 * measured): 为积极响应文明城市长效管理, the torn first line of a paragraph at the top of page 4 (its
 * rest, 的具体要求,…, a unit of its own), read cross-head before and title after the refit (title
 * 2.9 against cross-head 1.0: a lone headline-shaped line between running text now leans title, the
 * cross-heads of the fit's documents being explained by crosshead-series), so 王建春. closes that
 * split-off piece, not “市民观察团”用活群众监督.
 * issue-3col-degraded text 0 → 3 (ocr8, second pass): a title's wrapped line the model read as a
 * kicker no longer opens a new item with the deck under it (assemble.ts), a deck's short tail joins
 * it (提升, 品工程), and on a page whose indents the OCR dropped a paragraph's flush first line is
 * running text (split-blocks, rejoin), so 崇组宣. / .爹驰. / 王建春. close their own stories.
 */
const BYLINE_FLOORS: Record<string, Record<'text' | 'hocr' | 'alto', number>> = {
  'issue-3col-degraded': { text: 3, hocr: 4, alto: 4 },
  // hocr 7 → 6 when nd7's caption-in-pictured-item, kick7's named-in-head and ocr8's headline joins
  // were fitted together (main, 2026-12-03): one byline of Tesseract's hOCR lost; alto keeps 7.
  'issue-1col-degraded': { text: 5, hocr: 6, alto: 7 },
  'issue-1col-clean': { text: 7, hocr: 8, alto: 8 },
  'bulletin-1col-degraded': { text: 0, hocr: 1, alto: 1 },
};
/**
 * Runs where hOCR/ALTO find fewer bylines than the plain text (a known gap, README "OCR harness").
 * Empty since issue-1col-clean's `.鸳通陈苏君` (hOCR words carry no space between Han words) reads
 * as two names (markers.ts `splitNameRun`): hOCR/ALTO 6 → 8 there, as many as the plain text.
 * A run listed here fails once fixed, so that the list is kept true.
 */
const BYLINES_BELOW_TEXT = new Set<string>([]);

describe.each(Object.keys(FLOORS))('OCR fixture %s', (run) => {
  const gold = JSON.parse(readFileSync(path.join(root, run, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
  const ocrText = read(run, 'ocr.txt');
  const results = new Map<string, ReturnType<typeof ocrMetrics>>();
  const measure = (format: InputFormat, file: string) => {
    let m = results.get(format);
    if (!m) {
      const issue = parseIssue(read(run, file), { format, entities: false });
      m = ocrMetrics(issue, gold, ocrText, noiseScore);
      results.set(format, m);
    }
    return m;
  };

  it('is real OCR: Tesseract misread a few percent of the characters', () => {
    const rate = cer(read(run, 'truth.txt'), ocrText);
    expect(rate).toBeGreaterThan(0.005);
    expect(rate).toBeLessThan(0.1);
  });

  it.each([
    ['text', 'ocr.txt'],
    ['hocr', 'ocr.hocr'],
    ['alto', 'ocr.xml'],
  ] as const)('%s: no noise title, nothing lost, titles at the floor', (format, file) => {
    const m = measure(format, file);
    expect(m.noiseTitleTexts).toEqual([]);
    expect(m.kept).toBe(100);
    expect(m.titles[0], `missing: ${m.missingTitles.join(', ')}`).toBeGreaterThanOrEqual(FLOORS[run][format]);
    expect(m.bylines[0]).toBeGreaterThanOrEqual(BYLINE_FLOORS[run][format]);
  });

  it('hOCR and ALTO find at least the titles and bylines plain text finds', () => {
    const text = measure('text', 'ocr.txt');
    for (const [format, file] of [['hocr', 'ocr.hocr'], ['alto', 'ocr.xml']] as const) {
      expect(measure(format, file).titles[0]).toBeGreaterThanOrEqual(text.titles[0]);
      if (BYLINES_BELOW_TEXT.has(run)) expect(measure(format, file).bylines[0]).toBeLessThan(text.bylines[0]);
      else expect(measure(format, file).bylines[0]).toBeGreaterThanOrEqual(text.bylines[0]);
    }
  });
});

/**
 * The same pages without OCR error: render.py's noise-free hOCR and ALTO (`truth.hocr`, `truth.xml`,
 * written from its own layout with the text as drawn) against the text as drawn (`truth.txt`).
 * The geometry must lose nothing the plain text keeps: every title and byline of the reference
 * (measured at the OCR helper's landing, issue 8: 9/9 and 8/8 on the bundled issue in 1 and 3
 * columns, 10/10 and 1/1 on the bulletin), where the plain text of 3 columns finds 2 titles.
 */
describe.each(Object.keys(FLOORS))('noise-free hOCR/ALTO of %s', (run) => {
  const gold = JSON.parse(readFileSync(path.join(root, run, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
  const truth = read(run, 'truth.txt');
  const text = ocrMetrics(parseIssue(truth, { format: 'text', entities: false }), gold, truth, noiseScore);
  it.each([
    ['hocr', 'truth.hocr'],
    ['alto', 'truth.xml'],
  ] as const)('%s finds every title and byline, and at least what the plain text finds', (format, file) => {
    const m = ocrMetrics(parseIssue(read(run, file), { format, entities: false }), gold, truth, noiseScore);
    expect(m.noiseTitleTexts).toEqual([]);
    expect(m.kept).toBe(100);
    expect(m.titles[0], `missing: ${m.missingTitles.join(', ')}`).toBe(gold.articles.length);
    expect(m.bylines[0]).toBe(m.bylines[1]);
    expect(m.titles[0]).toBeGreaterThanOrEqual(text.titles[0]);
    expect(m.bylines[0]).toBeGreaterThanOrEqual(text.bylines[0]);
  });
});

/**
 * The text as drawn (`truth.txt`: a perfect transcript hard-wrapped at the render's column width,
 * paragraphs indented) parsed as plain text: what the parser loses without any OCR error, floors
 * as measured (titles, bylines, articles). issue-1col 165 → 176/177 (score.py) when a deck set as
 * two phrases of one width (优化营商环境 / 提振企业信心) is read as one subtitle over two lines
 * (`wrap:same-width`, split-blocks continuesHeadline), not a second item, whatever the indented
 * paragraph under it says. Three columns: an article count since ocr8's second pass (headlines
 * wrapped in a narrow column had split into several, README "OCR harness"). issue-3col-degraded titles 4 → 8, bylines 1 → 5 when a
 * title wrapped over two lines of one width stays one title and a headline's shorter last line
 * (进会, 作法, 列活动) joins it (ocr8, on 3b00154); bylines 4 with the refit of nd7's features
 * (main 6ff8626: the deck 筑牢坚固屏障 保障群众安全 under the first title read as a title, its story's
 * byline going to it).
 */
const TRUTH_TEXT_FLOORS: Record<string, { titles: number; bylines: number; articles: number | null }> = {
  'issue-1col-clean': { titles: 9, bylines: 8, articles: 9 },
  'issue-1col-degraded': { titles: 9, bylines: 8, articles: 9 },
  // bylines 4 → 6 (ocr8, second pass): the deck under a two-line title read as a kicker and a title
  // is the title's subtitle, not a new item that took the story's byline (assemble.ts); 6 → 7 when a
  // flush line filling the column at a page's top (期实地考察和专题调研的形式督促) is a paragraph's line
  // run on from the page before, not a title (split-blocks headlineBeforeBody).
  // titles 8 → 9, bylines 7 → 8, articles 9: a "kicker" over a title line of its width is that
  // title's first line (崇川区召开老旧 / 小区改造专题推 / 进会, assemble.ts).
  'issue-3col-degraded': { titles: 9, bylines: 8, articles: 9 },
  'bulletin-1col-degraded': { titles: 10, bylines: 1, articles: 10 },
};

describe.each(Object.keys(TRUTH_TEXT_FLOORS))('perfect transcript of %s as plain text', (run) => {
  it('finds titles and bylines at the floor, no extra item on one column', () => {
    const gold = JSON.parse(readFileSync(path.join(root, run, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
    const truth = read(run, 'truth.txt');
    const issue = parseIssue(truth, { format: 'text', entities: false });
    const m = ocrMetrics(issue, gold, truth, noiseScore);
    const floor = TRUTH_TEXT_FLOORS[run];
    expect(m.noiseTitleTexts).toEqual([]);
    expect(m.titles[0], `missing: ${m.missingTitles.join(', ')}`).toBeGreaterThanOrEqual(floor.titles);
    expect(m.bylines[0]).toBeGreaterThanOrEqual(floor.bylines);
    if (floor.articles !== null) expect(issue.articles.map((a) => a.title)).toHaveLength(floor.articles);
  });
});

describe('a title wrapped in a narrow column, read by Tesseract as text', () => {
  it('keeps the two lines of one width one title, over the blank line between them', () => {
    // The head of page 1 of Tesseract's plain text of the degraded 3-column render (this folder):
    // 区领导督查全区 / 防汛防台工作 (7 and 6 cells), a blank line between, the model calling the second
    // line a kicker over the deck under it.
    const page = read('issue-3col-degraded', 'ocr.txt').split('\n').slice(0, 30).join('\n');
    expect(page).toContain('区领导督查全区\n\n防汛防台工作\n');
    const issue = parseIssue(page, { format: 'text', entities: false });
    expect(issue.articles[0].title).toBe('区领导督查全区防汛防台工作');
    expect(issue.articles[0].kicker).toBeNull();
  });
});

describe('byline names up to OCR slips (sameNames)', () => {
  it('pairs names in any order, each within one slip', () => {
    expect(sameNames(['缪通', '陈苏君'], ['鸳通', '陈苏君'])).toBe(true);
    expect(sameNames(['阮晓萍'], ['阮晓菠'])).toBe(true);
    expect(sameNames(['缪通', '陈苏君'], ['陈苏君', '缪通'])).toBe(true);
  });
  it('needs as many names, none further than one slip', () => {
    expect(sameNames(['缪通', '陈苏君'], ['陈苏君'])).toBe(false);
    expect(sameNames(['阮晓萍'], ['王建春'])).toBe(false);
    expect(sameNames(['金驰'], [])).toBe(false);
    expect(sameNames(['陈苏君', '陈苏君'], ['陈苏君', '张明'])).toBe(false);
  });
});

describe("Tesseract's plain text of the degraded 3-column render: headlines wrapped in a narrow column", () => {
  const issue = parseIssue(read('issue-3col-degraded', 'ocr.txt'), { format: 'text', entities: false });
  const heads = issue.articles.map((a) => [a.title, a.subtitles]);
  it('keeps a deck under a title wrapped over two lines as its subtitle, with the deck\'s short tail', () => {
    // 区领导督查全区 / 防汛防台工作 (read title, kicker) / 筑牢坚固屏障 保障群众安 / 全 (read title)
    expect(heads).toContainEqual(['区领导督查全区防汛防台工作', ['筑牢坚固屏障 保障群众安全']]);
    // …推动城市品质治理能力双 / 提升: a 2-cell tail read as a title joins the deck
    expect(heads).toContainEqual(['区领导调研环卫体制改革工作', ['推动城市品质治理能力双提升']]);
    // …“市民观察团”用活群众监督 / 机制 (read as a kicker) / 助力文明城市长效管理
    expect(heads).toContainEqual(['“市民观察团”用活群众监督机制', ['助力文明城市长效管理']]);
  });
  it('reads a paragraph\'s first line whose indent Tesseract dropped as body, not a title', () => {
    const titles = issue.articles.map((a) => a.title);
    for (const line of ['城东街道森大带小区正在进行', '会议指出,要进一步增强贯彻“', '动提质增效,引导党员干部强化', '百花河道公园位于孩儿埠北路']) expect(titles).not.toContain(line);
  });
});
