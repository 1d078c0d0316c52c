/**
 * The proof sheet: in-process checks of the page (every source line once, a box per article, the
 * side list, escaping, no external asset) for text, HTML, hOCR and ALTO inputs; then the page of
 * the bundled issue opened in headless Chromium (Debian's `chromium`; skipped with the reason
 * printed when there is none; .ci/run installs it): the DOM after its script ran, and a screenshot.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/errors.js';
import { escapeHtml, proofHtml, proofOf, sourceLines } from '../src/output/proof.js';
import type { SourceLine } from '../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/bulletin.js');
const FIXTURE = path.join(root, 'fixtures/000_038dc682623388e9/000_038dc682623388e9.txt');
const ARTICLES = 9;

/** The first Chromium found on PATH (Debian's package is `chromium`). */
const CHROMIUM = ['chromium', 'chromium-browser', 'google-chrome'].find((c) => spawnSync(c, ['--version']).status === 0) ?? null;
if (!CHROMIUM) console.warn('proof.test: no chromium on PATH (apt-get install -y chromium); the browser checks are skipped');

const HTML = `<!DOCTYPE html><html><body><h1>区领导调研防汛工作</h1><h2>筑牢坚固屏障</h2>
<p>6月1日，区长杨万平调研防汛工作。<br>他强调，要做好准备。</p><p>·金驰·</p></body></html>`;
const HOCR = `<html><body><div class='ocr_page'><div class='ocr_carea'>
<p class='ocr_par'><span class='ocr_line'><span class='ocrx_word'>区领导调研防汛工作</span></span></p>
<p class='ocr_par'><span class='ocr_line'><span class='ocrx_word'>6月1日，区长杨万平调研防汛工作，</span></span>
<span class='ocr_line'><span class='ocrx_word'>他强调，要做好准备。</span></span></p>
<p class='ocr_par'><span class='ocr_line'><span class='ocrx_word'>·金驰·</span></span></p></div></div></body></html>`;
const ALTO = `<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page><PrintSpace>
<TextBlock><TextLine><String CONTENT="区领导调研防汛工作"/></TextLine></TextBlock>
<TextBlock><TextLine><String CONTENT="6月1日，区长杨万平调研防汛工作，"/></TextLine>
<TextLine><String CONTENT="他强调，要做好准备。"/></TextLine></TextBlock>
<TextBlock><TextLine><String CONTENT="·金驰·"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>`;

/** hOCR with coordinates: a headline set large over a two-line paragraph and a credit. */
const HOCR_BOXES = `<html><body><div class='ocr_page' title='image "p.png"; bbox 0 0 1000 1400; ppageno 0'>
<div class='ocr_carea' title='bbox 100 100 900 600'>
<p class='ocr_par' title='bbox 100 100 900 180'><span class='ocr_line' title='bbox 100 100 900 180; x_size 80'><span class='ocrx_word' title='bbox 100 100 900 180; x_wconf 95'>区领导调研防汛工作</span></span></p>
<p class='ocr_par' title='bbox 100 220 900 330'><span class='ocr_line' title='bbox 100 220 900 270; x_size 40'><span class='ocrx_word' title='bbox 100 220 900 270; x_wconf 90'>6月1日，区长杨万平调研防汛工作，</span></span>
<span class='ocr_line' title='bbox 100 280 700 330; x_size 40'><span class='ocrx_word' title='bbox 100 280 700 330; x_wconf 90'>他强调，要做好准备。</span></span></p>
<p class='ocr_par' title='bbox 100 370 300 420'><span class='ocr_line' title='bbox 100 370 300 420; x_size 40'><span class='ocrx_word' title='bbox 100 370 300 420; x_wconf 90'>·金驰·</span></span></p>
</div></div></body></html>`;

/** Checks a page against its source lines: every line once, in order, with its text; returns the DOM. */
function checkPage(html: string, lines: SourceLine[]): cheerio.CheerioAPI {
  const $ = cheerio.load(html);
  const shown = $('div.ln')
    .toArray()
    .map((el) => [Number($(el).attr('data-line')), $(el).find('.tx').text()]);
  expect(shown).toEqual(lines.map((l) => [l.line, l.text]));
  // self-contained: no external script, style, image, frame or link, and a CSP that forbids fetching
  expect($('script[src], link, img, iframe, object, embed').length).toBe(0);
  expect($('script').length).toBe(1);
  expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toMatch(/^default-src 'none'/);
  expect(html).not.toMatch(/https?:\/\//);
  // the side list points at the article boxes
  const targets = $('nav a[href^="#"]')
    .toArray()
    .map((a) => $(a).attr('href')!.slice(1));
  expect(targets).toEqual($('section.article').toArray().map((s) => $(s).attr('id')));
  return $;
}

let tmp: string;
beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli/main.js'))) execFileSync('npm', ['run', 'build'], { cwd: root });
  tmp = mkdtempSync(path.join(tmpdir(), 'bulletin-proof-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('proof sheet', () => {
  it('the bundled issue: every line once, nine article boxes with id, title, date and entities', () => {
    const bytes = readFileSync(FIXTURE);
    const proof = proofOf(bytes, { path: 'issue.txt' });
    const $ = checkPage(proofHtml(proof), proof.lines);
    expect(proof.lines.length).toBe(readFileSync(FIXTURE, 'utf8').replace(/\n$/, '').split('\n').length);
    expect($('section.article').length).toBe(ARTICLES);
    const first = $('section.article').first();
    expect(first.attr('id')).toBe('art-a1');
    expect(first.find('header h2').text()).toBe(proof.issue.articles[0].title);
    expect(first.find('header .date').text()).toContain(proof.issue.articles[0].date!.iso!);
    expect(first.find('.ents').text()).toContain(proof.issue.articles[0].leaders[0].name);
    // each article box holds its title line, coloured as a title
    for (const a of proof.issue.articles) {
      const box = $(`section[data-article="${a.id}"]`);
      expect(box.find('div.ln[data-role="title"] .tx').text().replace(/\s/g, '')).toContain(a.title.replace(/\s/g, '').slice(0, 4));
    }
    // rejoined words are marked on their lines
    const words = proof.issue.articles.flatMap((a) => a.joins.filter((j) => j.kind === 'word').map((j) => j.line));
    expect(words.length).toBeGreaterThan(0);
    for (const line of words) expect($(`div.ln[data-line="${line}"] .mark.word`).length).toBe(1);
  });

  it.each([
    ['html', 'page.html', HTML],
    ['hocr', 'page.hocr', HOCR],
    ['alto', 'page.xml', ALTO],
  ])('%s input: the laid-out lines, one article box', (format, name, text) => {
    const proof = proofOf(text, { path: name, entities: false });
    expect(proof.issue.source.format).toBe(format);
    const $ = checkPage(proofHtml(proof), sourceLines(text, { path: name }));
    expect($('div.ln .tx').first().text()).toBe('区领导调研防汛工作');
    expect($('section.article').length).toBe(1);
    // the page shows the segmenter's role for every line; the first is a headline
    for (const r of proof.roles) expect($(`div.ln[data-line="${r.line}"]`).attr('data-role')).toBe(r.role);
    expect(['kicker', 'title', 'subtitle']).toContain($('div.ln[data-line="1"]').attr('data-role'));
  });

  it('hOCR with coordinates: a drawing of the page, a box per line linked to it', () => {
    const proof = proofOf(HOCR_BOXES, { path: 'page.hocr', entities: false });
    const $ = checkPage(proofHtml(proof), sourceLines(HOCR_BOXES, { path: 'page.hocr' }));
    const withBox = proof.lines.filter((l) => l.geometry);
    // The layout gives the headline, the paragraph (its lines run together) and the credit under it
    // (a short headline-shaped line after a sentence's end: geometry.ts isHeadingAfter) a line each.
    expect(withBox.length).toBe(3);
    expect($('figure.page').length).toBe(1);
    const links = $('figure.page svg a').toArray();
    expect(links.map((a) => $(a).attr('href'))).toEqual(withBox.map((l) => `#L${l.line}`));
    for (const l of withBox) expect($(`div.ln#L${l.line} .tx`).text()).toBe(l.text);
    const first = $('figure.page rect').first();
    expect([first.attr('x'), first.attr('y'), first.attr('width'), first.attr('height')]).toEqual(['100', '100', '800', '80']);
    expect(first.attr('class')).toBe('g-title');
    // a text input has no drawing
    expect(cheerio.load(proofHtml(proofOf(HTML, { path: 'page.html', entities: false })))('figure.page').length).toBe(0);
  });

  it('escapes everything the input holds; diagnostics beside their lines, jumps and unassigned text marked', () => {
    const text = [
      '<script>alert("x")</script>开头的文字没有标题。',
      '',
      '区领导调研"防汛"&工作<b>',
      '',
      "6月1日，区长杨万平调研防汛工作，他强调，要做好准备。' onload='x",
      '',
      '下转第2版',
      '',
    ].join('\n');
    const proof = proofOf(text, { path: 'x<y>.txt', entities: false });
    const html = proofHtml(proof);
    const $ = checkPage(html, sourceLines(text));
    expect($('b').toArray().every((b) => $(b).closest('header, .diag, .ents').length > 0)).toBe(true);
    expect($('div.ln[data-line="1"] .tx').text()).toBe('<script>alert("x")</script>开头的文字没有标题。');
    expect($('div.ln[data-line="1"]').attr('data-role')).toBe('unassigned');
    expect($('div.ln[data-line="1"] .diag').text()).toContain('segment/orphan-fragment');
    expect($('div.ln[data-line="7"] .mark.jump').length).toBe(1);
    expect($('title').text()).toBe('proof: x<y>.txt');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('the validation findings stand beside their lines, for review (a story cut off mid-sentence)', () => {
    const text = ['县里召开安全生产会议', '', '本报讯　12月1日，县里召开安全生产工作会议，部署今冬明春安全生产工作。今年安全月以“人人讲安全，个个会应急”为主题，各单位要', ''].join('\n');
    const $ = checkPage(proofHtml(proofOf(text, { path: 'cut.txt', entities: false })), sourceLines(text));
    expect($('div.ln[data-line="3"] .diag').text()).toContain('validate/cut-story');
    expect($('div.ln[data-line="1"] .diag').length).toBe(0);
  });

  it('CLI: proof -o writes the page, exit 0; a missing input is one line, exit 3', () => {
    const out = path.join(tmp, 'issue.html');
    const r = spawnSync(process.execPath, [bin, 'proof', FIXTURE, '-o', out], { encoding: 'utf8' });
    expect(r.status).toBe(EXIT.OK);
    expect(r.stderr).toBe('');
    expect(cheerio.load(readFileSync(out, 'utf8'))('section.article').length).toBe(ARTICLES);
    const missing = spawnSync(process.execPath, [bin, 'proof', path.join(tmp, 'nope.txt')], { encoding: 'utf8' });
    expect(missing.status).toBe(EXIT.NO_INPUT);
    expect(missing.stderr).toBe(`bulletin: ${path.join(tmp, 'nope.txt')}: no such file or directory\n`);
    expect(missing.stdout).toBe('');
  });
});

describe.skipIf(!CHROMIUM)('proof sheet in headless Chromium', () => {
  const flags = (profile: string) => [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
  ];

  it('the DOM after the page ran has every source line once and nine article boxes; a screenshot is drawn', () => {
    const page = path.join(tmp, 'browser.html');
    const bytes = readFileSync(FIXTURE);
    const proof = proofOf(bytes, { path: 'issue.txt' });
    writeFileSync(page, proofHtml(proof));

    const dom = spawnSync(CHROMIUM!, [...flags(mkdtempSync(path.join(tmp, 'profile-'))), '--dump-dom', `file://${page}`], {
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(dom.status).toBe(0);
    const $ = cheerio.load(dom.stdout);
    expect($('html').attr('data-ready')).toBe('1'); // the inline script ran under the page's CSP
    const lines = $('div.ln').toArray();
    expect(lines.map((el) => Number($(el).attr('data-line')))).toEqual(proof.lines.map((l) => l.line));
    expect(lines.map((el) => $(el).find('.tx').text())).toEqual(proof.lines.map((l) => l.text));
    expect($('section.article').length).toBe(ARTICLES);

    const png = path.join(tmp, 'proof.png');
    const shot = spawnSync(
      CHROMIUM!,
      [...flags(mkdtempSync(path.join(tmp, 'profile-'))), `--screenshot=${png}`, '--window-size=1280,1600', '--hide-scrollbars', `file://${page}`],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(shot.status).toBe(0);
    const head = readFileSync(png);
    expect(head.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([head.readUInt32BE(16), head.readUInt32BE(20)]).toEqual([1280, 1600]); // IHDR width, height
    expect(statSync(png).size).toBeGreaterThan(50_000); // a drawn page, not a blank one
  });
});
