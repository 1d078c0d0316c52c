/**
 * The windowed parse of large plain-text inputs (src/windowed.ts, issue 10: memory): where windows
 * are cut, and that the issue parsed window by window and written while it is parsed is the same
 * text, byte for byte, as the whole-document parse, on joined issues whose windows are cut between
 * stories, between pages that a jump ties together, and inside an issue.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HeldInput, parseIssue, type Issue, type ParseOptions } from '../src/index.js';
import { BLANK_RUN_CUT, collectStreamed, isCutLine, opensStory, parseIssueStreamed, windowStarts, WINDOWED_MIN_UNITS, type StreamState } from '../src/windowed.js';
import { issueJsonPieces } from '../src/output/json.js';
import { renderIssue, renderStreamed, type RenderSpec } from '../src/cli/render.js';
import type { StreamedIssue } from '../src/types.js';
import { FIXTURES_DIR } from './fixture-loader.js';

const read = (rel: string): string => readFileSync(path.join(FIXTURES_DIR, rel), 'utf8');
/** The bundled issue (no page heads: stories set apart by blank lines). */
const BUNDLED = read('000_038dc682623388e9/000_038dc682623388e9.txt');
/** A county paper of three pages whose page-1 and page-2 stories jump to page 3 (下转第3版 … 上接第1版). */
const COUNTY = read('zoo/county-paper/county-paper.blank.txt');

/** `n` copies of `text`, each followed by a blank line, as issues are joined into one file. */
const joined = (text: string, n: number): string => Array.from({ length: n }, () => `${text}\n\n`).join('');

/** 1-based line of the UTF-16 offset `at` of `text`. */
const lineAt = (text: string, at: number): number => text.slice(0, at).split('\n').length;

/** The windowed parse of `text` in windows of `window` units (whatever its size). */
function streamed(text: string, window: number, options: ParseOptions): { issue: StreamedIssue; state: StreamState } {
  const r = parseIssueStreamed(new HeldInput(Buffer.from(text, 'utf8')), options, {}, { min: 0, window });
  if (!r.streamed) throw new Error('not parsed window by window');
  return { issue: r.streamed, state: r.state };
}

const json = (issue: Issue | StreamedIssue): string => [...issueJsonPieces(issue)].join('');

describe('window cuts', () => {
  it('cuts at page heads and after a run of blank lines, never inside a story', () => {
    const head = '青岚县报　2023年6月9日　星期五　第2版';
    const story = ['', '全县秋粮病虫害统防统治全面铺开', '', '本报讯　8月14日，记者从县农业农村局获悉，我县秋粮病虫害统防统治工作已全面铺开。'];
    expect(isCutLine(1, head, story)).toBe(true);
    expect(isCutLine(0, head, story)).toBe(false);
    expect(isCutLine(2, '3', story)).toBe(true); // a folio between blank lines
    expect(isCutLine(2, '3', story.slice(1))).toBe(false);
    expect(isCutLine(2, story[1], story.slice(2))).toBe(false);
    expect(isCutLine(BLANK_RUN_CUT, story[1], story.slice(2))).toBe(true);
    // running text under the head: a story carried over the page turn, which the whole parse joins
    expect(isCutLine(1, head, story.slice(2))).toBe(false);
    expect(isCutLine(BLANK_RUN_CUT, story[3], [])).toBe(false);
    expect(opensStory(story[1])).toBe(true);
    expect(opensStory(story[3])).toBe(false);
    // the bundled issue (164 lines, opening with two blank lines) joined 3 times, 166 lines a copy:
    // each window starts at a story after three or more blank lines (line 76 of the issue, under
    // three; each copy's first story, under four)
    const text = joined(BUNDLED, 3);
    const starts = windowStarts(text, 2000);
    expect(starts.map((s) => lineAt(text, s))).toEqual([1, 76, 169, 76 + 166, 169 + 166, 76 + 2 * 166]);
    for (const s of starts.slice(1)) expect(text.slice(s - 3, s)).toBe('\n\n\n');
  });

  it('does not cut between a jump and its continuation', () => {
    const text = joined(COUNTY, 3);
    // one copy is 153 lines (4,158 units); its pages start at lines 1, 33 and 87 (unit 2,401), and
    // the stories of pages 1 and 2 jump to page 3: windows of 1,000 units start at the next copy's
    // first page, not at page 3
    expect(windowStarts(text, 1000).map((s) => lineAt(text, s))).toEqual([1, 154, 307]);
    // a window holding a jump stops waiting for its continuation at WINDOW_JUMP_WAIT × its size
    // (1,200 units): then page 3 starts one
    expect(windowStarts(text, 300).map((s) => lineAt(text, s))).toEqual([1, 87, 154, 240, 307, 393]);
  });

  it('keeps the whole-document parse below WINDOWED_MIN_UNITS', () => {
    const r = parseIssueStreamed(new HeldInput(Buffer.from(joined(BUNDLED, 2), 'utf8')), { entities: false });
    expect(r.streamed).toBeUndefined();
    expect(r.issue?.articles.length).toBe(18);
    expect(WINDOWED_MIN_UNITS).toBeGreaterThan(joined(BUNDLED, 20).length);
  });
});

describe('the windowed parse is the whole-document parse', () => {
  it('on the bundled issue joined 6 times, windows cut inside issues and between them', () => {
    const text = joined(BUNDLED, 6);
    const whole = json(parseIssue(text, { entities: false }));
    const { issue, state } = streamed(text, 2000, { entities: false });
    expect(json(issue)).toBe(whole);
    expect(state).toEqual({ articles: 54, windows: 12, done: true });
  });

  it('on a county paper joined 3 times, its jumps to page 3 joined in each window', () => {
    const text = joined(COUNTY, 3);
    const whole = parseIssue(text, { entities: false });
    const { issue, state } = streamed(text, 1000, { entities: false });
    expect(json(issue)).toBe(json(whole));
    expect(state.windows).toBe(3);
    // the stories of pages 1 and 2 and their continuations on page 3 are one article each, in every copy
    const jumped = (i: Issue) => i.articles.filter((a) => a.joins.some((j) => j.kind === 'jump')).map((a) => a.spans.map((s) => s[0]));
    expect(jumped(whole)).toEqual([
      [3, 93],
      [49, 103],
      [3 + 153, 93 + 153],
      [49 + 153, 103 + 153],
      [3 + 306, 93 + 306],
      [49 + 306, 103 + 306],
    ]);
    // windows cut at page 3 (a jump's wait over) part each jump from its continuation, which
    // becomes an article of its own under the jumped headline: not the whole-document parse
    const cut = collectStreamed(streamed(text, 300, { entities: false }).issue);
    expect(jumped(cut)).toEqual([]);
    expect(cut.articles.length).toBe(whole.articles.length + 6);
    expect(cut.articles.filter((a) => a.title === '县委常委会召开扩大会议').map((a) => a.spans[0][0])).toEqual([3, 89, 156, 242, 309, 395]);
  });

  it('on a bulletin whose documents run on over page turns, cut only where a document starts', () => {
    const text = read('zoo/congress-bulletin/congress-bulletin.blank.txt');
    // the decision of page 2 runs on under page 3's folio (— 3 —, line 107) and running head: no
    // window starts there, nor at page 8's folio (line 221: a speech carried over)
    expect(windowStarts(text, 600).map((s) => lineAt(text, s))).toEqual([1, 83, 117, 181, 233]);
    const whole = parseIssue(text, { entities: false });
    expect(json(streamed(text, 600, { entities: false }).issue)).toBe(json(whole));
    expect(whole.articles.find((a) => a.title.startsWith('青岚县人民代表大会常务委员会关于加强县级'))?.spans).toEqual([
      [97, 105],
      [111, 115],
    ]);
  });

  it('with entities: the leaders an issue knows by title are known in its window', () => {
    const text = joined(BUNDLED, 4);
    const whole = parseIssue(text, {});
    const { issue } = streamed(text, 7000, {});
    const out = json(issue);
    expect(out).toBe(json(whole));
    expect(whole.articles[0].leaders.map((l) => l.name)).toEqual(['胡拥军', '谢小兵', '胡永宁']);
  });

  it('renders JSON, NDJSON and CSV as the whole issue renders them, while it is parsed', async () => {
    const text = joined(BUNDLED, 3);
    const whole = parseIssue(text, { entities: false, path: 'joined.txt' });
    for (const spec of [
      { format: 'json', mode: 'single' },
      { format: 'json', mode: 'element' },
      { format: 'ndjson', mode: 'file' },
      { format: 'csv', mode: 'file' },
      { format: 'csv', mode: 'single' },
    ] as RenderSpec[]) {
      const want = await renderIssue(whole, spec);
      const { issue, state } = streamed(text, 3000, { entities: false, path: 'joined.txt' });
      const got = renderStreamed(issue, state, spec);
      expect(got.streamed).toBe(true);
      expect(got.articles).toBe(0); // nothing parsed before it is written
      const written = [...(got.text as Iterable<string>)].join('');
      expect(written).toBe(want.text);
      expect([got.articles, got.furniture, got.unassigned]).toEqual([want.articles, want.furniture, want.unassigned]);
      if (spec.mode === 'file') expect(got.textSha256).toBe(want.textSha256);
    }
  });
});
