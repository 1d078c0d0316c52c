/**
 * Quote boxes, spaced pen names and attribution spaces (issue 7; tester17's 两会特刊 findings 1, 5
 * and 7, Dec 2026). Before: a 声音 box (a label, then “quote” / ——who said it, repeated) set after a
 * story was read as that story's text, or as one untitled item of all its quotes; a pen name spaced
 * out behind an author's mark (■　湘　言) whose first character is no surname was dropped as OCR
 * noise; and a clean attribution (…副院长　郝德顺, U+3000 between office and name) warned
 * `ocr/closed-up`.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { closeUpDiagnostics } from '../src/stages/markers.js';

const parse = (text: string) => parseIssue(text, { entities: false, issueDate: '2024-01-18' });

const story = ['桂香社区的“幸福食堂”', '', '本报记者　魏子航', '', '社区食堂开业以来，每天为一百多位老人提供午餐。社区党委书记说：“我们要把好事办好。”', ''];
const quotes = [
  '“养老服务要向农村延伸。建议在每个乡镇建设一所综合养老服务中心，让农村老人也能就近养老。”',
  '——市人大代表、青禾县中心敬老院院长　郝德顺',
  '“托育服务要普惠可及。建议加大对社区托育点的补贴力度，减轻年轻家庭负担。”',
  '——市人大代表、城西街道妇联主席　苗书瑶',
  '“让老人吃得好、吃得放心，是我们最大的心愿。”',
  '——市人大代表、东湖社区党委书记　甘立群',
];
const next = ['文化惠民演出走进乡村', '', '本报讯（记者　严可欣）1月16日，“文化进万家”惠民演出走进青禾县柳塘村，为村民送上精彩节目。', ''];
const blank = (lines: string[]) => lines.flatMap((l) => [l, '']);
/** The items of the page with the box read right: the story, one brief per quote, the next story. */
const boxedItems = [
  ['article', '桂香社区的“幸福食堂”', 1],
  ['brief', '', 2],
  ['brief', '', 2],
  ['brief', '', 2],
  ['article', '文化惠民演出走进乡村', 1],
];

describe('a quote box after a story', () => {
  it('is its label over one untitled brief per quote, each closed by its attribution', () => {
    const issue = parse([...story, '代表心声', '', ...blank(quotes), ...next].join('\n'));
    expect(issue.articles.map((a) => [a.kind, a.title, a.paragraphs.length])).toEqual(boxedItems);
    expect(issue.articles.slice(1, 4).map((a) => a.paragraphs)).toEqual([quotes.slice(0, 2), quotes.slice(2, 4), quotes.slice(4, 6)]);
    // the speakers are quoted, not writers: no bylines
    expect(issue.articles.slice(1, 4).flatMap((a) => a.bylines)).toEqual([]);
    expect(issue.furniture.filter((f) => f.kind === 'section').map((f) => f.text)).toEqual(['代表心声']);
    // the story above ends with its own paragraph, finished: no "ends mid-sentence"
    expect(issue.articles[0].body).not.toContain('代表心声');
    expect(issue.diagnostics.filter((d) => d.code === 'segment/interrupted-article')).toEqual([]);
  });

  it('reads a box printed without blank lines (paragraphs indented) the same way', () => {
    const indent = (l: string) => (l.startsWith('“') || l.startsWith('——') || l.startsWith('本报') || l.startsWith('社区') ? `　　${l}` : l);
    const lines = [...story, '代表心声', ...quotes, ...next].filter(Boolean).map(indent);
    const issue = parse(lines.join('\n'));
    expect(issue.articles.map((a) => [a.kind, a.title, a.paragraphs.length])).toEqual(boxedItems);
  });

  it('leaves a quotation and its attribution inside a story where they stand in running text', () => {
    const inStory = [
      '柳塘村的新图书室',
      '',
      '本报讯（记者　严可欣）1月16日，柳塘村新建的图书室正式开放，首批藏书三千余册。',
      '',
      '“孩子们放学后终于有地方看书了。”',
      '',
      '——村民　郝桂兰',
      '',
      '据了解，图书室由村委会和县图书馆共建，每周开放六天。',
      '',
    ].join('\n');
    const issue = parse(inStory);
    expect(issue.articles.map((a) => [a.kind, a.title, a.paragraphs.length])).toEqual([['article', '柳塘村的新图书室', 4]]);
  });
});

describe('a pen name spaced out behind an author mark', () => {
  it.each(['■　湘　言', '□　沅　川', '■　任　平'])('%s signs the commentary, whatever its first character', (line) => {
    const issue = parse(['让好建议落地生根', '', line, '', '一份份提案，凝结着代表们的心血，也承载着群众的期盼。', ''].join('\n'));
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].bylines).toEqual([line.replace(/[■□\s\u3000]/gu, '')]);
    expect(issue.furniture.filter((f) => f.kind === 'noise')).toEqual([]);
    expect(issue.diagnostics.filter((d) => d.code === 'ocr/noise-line')).toEqual([]);
  });
});

describe('ocr/closed-up and the space between an office and a name', () => {
  const at = (text: string) => closeUpDiagnostics([{ line: 1, text }]).map((d) => d.message);

  it('keeps quiet on the ideographic space a typesetter sets between an office or role and a name', () => {
    expect(at('——市人大代表、青禾县中心敬老院院长　郝德顺')).toEqual([]);
    expect(at('市第一人民医院副院长　苗书瑶说，要完善远程会诊网络。')).toEqual([]);
    // a name wrapped after its surname in a narrow column
    expect(at('——市人大代表、青禾县中心敬老院院长　郝')).toEqual([]);
  });

  it('still warns of a space inside a name, and of an ASCII space after an office', () => {
    expect(at('区委书记胡 拥军在会上强调，要压实责任。')).toEqual(['matched through OCR slips: 书记胡 拥军在 (space closed up)']);
    expect(at('县委书记 周建国在会上强调，要压实责任。')).toHaveLength(1);
    // an ideographic space inside a name, after no office
    expect(at('会上，胡　拥军强调，要压实责任。')).toHaveLength(1);
  });

  it('gives a clean quote box no warning', () => {
    const issue = parse(['代表心声', '', ...blank(quotes)].join('\n'));
    expect(issue.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
