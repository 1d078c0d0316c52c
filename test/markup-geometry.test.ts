/**
 * hOCR and ALTO geometry (src/input/geometry.ts via markup.ts) on small hand-made documents in the
 * shape Tesseract 5 writes them, and the safety limits of markup input (deep nesting, truncation).
 */
import { describe, expect, it } from 'vitest';
import { altoLines, deskewedHeight, layoutMarkup, markupDepth, MAX_MARKUP_DEPTH, slopeOf } from '../src/input/markup.js';
import { parseIssue, InputError } from '../src/index.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { issueSchema } from '../src/output/schema.js';

/**
 * A line of a hand-made hOCR page: its text spread evenly over its box, or `runs` of it each spread
 * over its own x range (a line the OCR read across a gutter: its columns' parts with the blank between).
 */
type L = { text: string; bbox: [number, number, number, number]; size: number; conf?: number; wordHeight?: number; runs?: { text: string; x0: number; x1: number }[] };

/** An hOCR page of lines (each line its own paragraph, as Tesseract often writes headlines). */
function hocr(pages: L[][]): string {
  let id = 0;
  const body = pages
    .map(
      (lines, p) =>
        `<div class='ocr_page' id='page_${p + 1}' title='bbox 0 0 2480 3508'>` +
        lines
          .map((l) => {
            // Words as Tesseract cuts them: a Han character each, runs of Latin letters, digits and marks, a dash run.
            const words = (l.runs ?? [{ text: l.text, x0: l.bbox[0], x1: l.bbox[2] }])
              .map((r) => {
                const w = (r.x1 - r.x0) / r.text.length;
                return [...r.text.matchAll(/[A-Za-z0-9?<>]+|—+|\S/gu)]
                  .map((m) => {
                    const x = Math.round(r.x0 + m.index * w);
                    const esc = m[0].replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
                    const y1 = l.wordHeight ? l.bbox[1] + l.wordHeight : l.bbox[3];
                    return `<span class='ocrx_word' id='w${id++}' title='bbox ${x} ${l.bbox[1]} ${Math.round(x + m[0].length * w)} ${y1}; x_wconf ${l.conf ?? 90}'>${esc}</span>`;
                  })
                  .join('');
              })
              .join('');
            return `<div class='ocr_carea'><p class='ocr_par'><span class='ocr_line' title="bbox ${l.bbox.join(' ')}; x_size ${l.size}">${words}</span></p></div>`;
          })
          .join('') +
        '</div>',
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<html><head><meta name='ocr-system' content='tesseract 5.3.0'/></head><body>${body}</body></html>\n`;
}

/** Body lines of a column: 12 characters of 42 px from x, the first indented by two. */
function column(x: number, y: number, paragraphs: string[]): L[] {
  const out: L[] = [];
  for (const p of paragraphs) {
    const chars = [...p];
    let first = true;
    while (chars.length) {
      const n = first ? 10 : 12;
      const t = chars.splice(0, n).join('');
      const x0 = first ? x + 84 : x;
      out.push({ text: t, bbox: [x0, y, x0 + [...t].length * 42, y + 44], size: 52 });
      y += 60;
      first = false;
    }
  }
  return out;
}

describe('hOCR geometry', () => {
  const head: L = { text: '星河新闻2023年5月30日星期二第1版', bbox: [170, 90, 900, 136], size: 42 };
  const title1: L = { text: '区领导督查全区', bbox: [170, 200, 760, 290], size: 107 };
  const title2: L = { text: '防汛防台工作', bbox: [170, 320, 680, 410], size: 107 };
  const sub: L = { text: '筑牢坚固屏障', bbox: [170, 440, 600, 500], size: 75 };
  const col1 = column(170, 540, ['5月25日上午，区委书记胡拥军督查全区防汛防台工作。', '长江滨江公园段江岸水深坡陡，是我区沿江险工险段。调研要求相']);
  const noise: L = { text: '<  66 于 ??', bbox: [1000, 200, 1400, 240], size: 30, conf: 20 };
  const col2 = column(960, 300, ['关单位要密切关注流域汛情发展。']).map((l, i) => (i === 0 ? { ...l, bbox: [960, l.bbox[1], 960 + 12 * 42, l.bbox[3]] as L['bbox'] } : l));
  const byline: L = { text: '·金驰·', bbox: [1300, 500, 1460, 544], size: 52 };
  const doc = hocr([[head, title1, title2, sub, ...col1, noise, ...col2, byline]]);

  it('reads page → column → y, joins a wrapped title, rejoins a paragraph cut by the column end', () => {
    const laid = layoutMarkup(doc, 'hocr');
    expect(laid.text.split('\n\n').map((b) => b.trim())).toEqual([
      '星河新闻2023年5月30日星期二第1版',
      '区领导督查全区防汛防台工作',
      '筑牢坚固屏障',
      '5月25日上午，区委书记胡拥军督查全区防汛防台工作。',
      '长江滨江公园段江岸水深坡陡，是我区沿江险工险段。调研要求相关单位要密切关注流域汛情发展。',
      '< 66 于 ??',
      '·金驰·',
    ]);
    const lines = laid.text.split('\n');
    const title = laid.geometry[lines.indexOf('区领导督查全区防汛防台工作')];
    expect(title).toMatchObject({ page: 1, bbox: [170, 200, 760, 410] });
    expect(title!.size).toBeGreaterThan(1.8);
    expect(laid.geometry[lines.indexOf('·金驰·')]!.size).toBe(1);
  });

  it('gives paragraphs their page and box and the article its word confidence', () => {
    const issue = parseIssue(doc, { format: 'hocr', entities: false });
    expect(issue.articles.map((a) => [a.title, a.subtitles, a.bylines])).toEqual([[
      '区领导督查全区防汛防台工作',
      ['筑牢坚固屏障'],
      ['金驰'],
    ]]);
    const a = issue.articles[0];
    expect(a.paragraphLayout).toEqual([
      { page: 1, bbox: [170, 540, 674, 704] },
      { page: 1, bbox: [170, 720, 674, 884] },
    ]);
    expect(a.ocrConfidence).toBe(0.9);
    expect(issue.diagnostics.filter((d) => d.code === 'ocr/noise-line')).toHaveLength(1);
    expect(issue.furniture.map((f) => f.kind)).toEqual(['running-head', 'noise']);
    expect(issue.articles.some((x) => x.title.includes('66'))).toBe(false);
    const validate = new Ajv2020({ allErrors: true }).compile(issueSchema);
    expect(validate(JSON.parse(JSON.stringify(issue))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('flags a line that crosses a column gutter', () => {
    const wide: L = { text: '这一行横跨两栏的正文文字内容很长很长很长', bbox: [170, 1400, 1400, 1444], size: 52 };
    const laid = layoutMarkup(hocr([[...column(170, 100, ['一'.repeat(120)]), ...column(960, 100, ['二'.repeat(120)]), wide]]), 'hocr');
    expect(laid.diagnostics.map((d) => d.code)).toEqual(['markup/spanning-line']);
  });

  it('keeps the old block-and-line layout for hOCR without coordinates', () => {
    const plain = `<html><body><div class='ocr_page'><p class='ocr_par'><span class='ocr_line'>区领导</span><span class='ocr_line'>调研</span></p></div></body></html>`;
    expect(layoutMarkup(plain, 'hocr')).toEqual({ text: '区领导\n调研\n', geometry: [], diagnostics: [] });
  });
});

describe('a line the OCR read across a column gutter', () => {
  // Two columns of 12 characters (x 170-674 and 960-1464); Tesseract ran the first line of each
  // column's paragraph into one line across the page, as it did on the wire copy's first page.
  const a = '5月25日上午，区委书记胡拥军督查全区防汛防台工作，强调要压实责任。';
  const b = '长江滨江公园段江岸水深坡陡，是我区沿江险工险段，调研要求加强巡查。';
  const head: L = { text: '星河新闻2023年5月30日星期二第1版', bbox: [170, 40, 900, 84], size: 42 };
  const colA = column(170, 100, [a]);
  const colB = column(960, 100, [b]);
  const more = (x: number) => column(x, 400, ['其他段落的文字内容写在这里用来撑起这一栏的正文宽度和高度。'.repeat(3)]);
  const rest = (c: L[]) => c.slice(1).concat(more(c[1].bbox[0]));
  const across = (runs: { text: string; x0: number; x1: number }[]): L => ({ text: runs.map((r) => r.text).join(''), bbox: [runs[0].x0, 100, runs[runs.length - 1].x1, 144], size: 52, runs });
  const line = across([
    { text: colA[0].text, x0: 254, x1: 674 },
    { text: colB[0].text, x0: 1044, x1: 1464 },
  ]);

  it('cuts it at the gutter and reads each part in its own column', () => {
    const laid = layoutMarkup(hocr([[head, line, ...rest(colA), ...rest(colB)]]), 'hocr');
    const blocks = laid.text.split('\n\n').map((x) => x.trim());
    expect(blocks).toContain(a);
    expect(blocks).toContain(b);
    expect(blocks.indexOf(a)).toBeLessThan(blocks.indexOf(b));
    expect(laid.diagnostics.map((d) => d.code)).toEqual(['markup/cut-line', 'markup/cut-line']);
    const lines = laid.text.split('\n');
    expect(laid.geometry[lines.indexOf(b)]!.bbox[0]).toBe(960);
  });

  it('keeps a stop set right after the left column with it and sets marks alone in the gutter apart as noise', () => {
    const marked = across([
      { text: colA[0].text, x0: 254, x1: 674 },
      { text: '，', x0: 676, x1: 700 },
      { text: '”', x0: 800, x1: 830 },
      { text: colB[0].text, x0: 1044, x1: 1464 },
    ]);
    const doc = hocr([[head, marked, ...rest(colA), ...rest(colB)]]);
    const blocks = layoutMarkup(doc, 'hocr').text.split('\n\n').map((x) => x.trim());
    expect(blocks).toContain(`${colA[0].text}，${a.slice(colA[0].text.length)}`);
    expect(blocks).toContain(b);
    expect(parseIssue(doc, { format: 'hocr', entities: false }).furniture).toContainEqual(expect.objectContaining({ text: '”', kind: 'noise' }));
  });

  it('leaves a headline set across the columns whole (no blank at the gutter)', () => {
    const banner: L = { text: '区领导督查全区防汛防台工作', bbox: [170, 100, 1260, 190], size: 107 };
    const laid = layoutMarkup(hocr([[head, banner, ...rest(colA).map((l) => ({ ...l, bbox: [l.bbox[0], l.bbox[1] + 200, l.bbox[2], l.bbox[3] + 200] as L['bbox'] })), ...rest(colB)]]), 'hocr');
    expect(laid.text.split('\n\n').map((x) => x.trim())).toContain('区领导督查全区防汛防台工作');
    expect(laid.diagnostics.map((d) => d.code)).not.toContain('markup/cut-line');
  });

  it('joins the parts of one printed line the OCR gave side by side, never across a gutter', () => {
    // The running head cut at its wide blank: the paper's name alone had started the first column.
    const paper: L = { text: '星河新闻', bbox: [170, 40, 338, 84], size: 42 };
    const date: L = { text: '2023年5月30日星期二第1版', bbox: [380, 40, 900, 84], size: 42 };
    const doc = hocr([[paper, date, ...colA, ...more(170), ...colB, ...more(960)]]);
    expect(parseIssue(doc, { format: 'hocr', entities: false }).furniture[0]).toMatchObject({ text: '星河新闻 2023年5月30日星期二第1版', kind: 'running-head' });
    const blocks = layoutMarkup(doc, 'hocr').text.split('\n\n').map((x) => x.trim());
    expect(blocks.slice(0, 2)).toEqual(['星河新闻 2023年5月30日星期二第1版', a]);
    expect(blocks).toContain(b);
  });
});

describe('noise inside a headline', () => {
  it('keeps a headline whole when noise is read between its lines (the noise follows it)', () => {
    // As Tesseract read a 3-column render: the quotes of “四聚” as a line of their own, a rule as 一 一.
    const t1: L = { text: '千禧园社区坚持', bbox: [170, 200, 760, 280], size: 82 };
    const rule: L = { text: '一 一', bbox: [300, 200, 350, 224], size: 25 };
    const quotes: L = { text: '<到2?》', bbox: [170, 290, 600, 326], size: 28 };
    const t2: L = { text: '运用四聚工作法', bbox: [170, 300, 760, 377], size: 82 };
    const body = column(170, 420, ['“梅雨季节要到了，希望社区能够监督施工队赶紧把顶楼防水做好。”近日，学田街道千禧园社区收到一条微信。']);
    const head: L = { text: '星河新闻2023年5月30日星期二第2版', bbox: [170, 90, 900, 136], size: 42 };
    const foot = column(170, 1400, ['区委书记胡拥军调研环卫体制改革工作，要求各单位抓好落实。']);
    const laid = layoutMarkup(hocr([[head, t1, rule, quotes, t2, ...body, ...foot]]), 'hocr');
    const blocks = laid.text.split('\n\n').map((b) => b.trim());
    expect(blocks[1]).toBe('千禧园社区坚持运用四聚工作法');
    expect(blocks.slice(2, 4).sort()).toEqual(['<到2?》', '一 一'].sort());
  });

  it('reads a line of residue between two lines of one headline as noise, even when not noise by itself', () => {
    // Tesseract's hOCR of the clean 3-column render: the headline's bold quotes read as `全mm 66 99`
    // (noiseScore 0.49, under NOISE_THRESHOLD) between its two lines.
    const t1: L = { text: '和千禧园社区坚持', bbox: [170, 200, 830, 282], size: 82 };
    const rule: L = { text: '一 一', bbox: [300, 270, 350, 290], size: 20 };
    const quotes: L = { text: '全mm 66 99', bbox: [170, 290, 560, 330], size: 40 };
    const t2: L = { text: '运用四聚工作法', bbox: [170, 320, 760, 402], size: 82 };
    const body = column(170, 440, ['“梅雨季节要到了，希望社区能够监督施工队赶紧把顶楼防水做好。”近日，学田街道千禧园社区收到一条微信。']);
    const head: L = { text: '星河新闻2023年5月30日星期二第2版', bbox: [170, 90, 900, 136], size: 42 };
    const blocks = layoutMarkup(hocr([[head, t1, rule, quotes, t2, ...body]]), 'hocr').text.split('\n\n').map((b) => b.trim());
    expect(blocks[1]).toBe('和千禧园社区坚持运用四聚工作法');
    expect(blocks.slice(2, 4).sort()).toEqual(['一 一', '全mm 66 99'].sort());
    // Between a headline and running text, such a line stays where it is, as text.
    const alone = layoutMarkup(hocr([[head, t1, quotes, ...body]]), 'hocr').text.split('\n\n').map((b) => b.trim());
    expect(alone.slice(1, 3)).toEqual(['和千禧园社区坚持', '全mm 66 99']);
  });
});

describe('residue over a larger line', () => {
  const head: L = { text: '星河新闻2023年5月30日星期二第3版', bbox: [170, 90, 900, 136], size: 42 };
  const body = column(170, 600, ['5月29日，崇川区举办“我助企业攀新高”系列活动启动暨钟秀街道政企恳谈会。']);

  it('files a small line inside a headline line\'s box as noise, never a kicker (its text alone says little)', () => {
    // Tesseract's hOCR of the clean 3-column render: the title's bold quotes read as `下 66 人` (26 px),
    // its box inside that of the title line under it (80 px).
    const quotes: L = { text: '下 66 人', bbox: [426, 205, 666, 231], size: 30 };
    const t1: L = { text: '崇川启动“我助', bbox: [170, 206, 750, 286], size: 91 };
    const t2: L = { text: '企业攀新高”系列活动', bbox: [170, 327, 1000, 407], size: 90 };
    const laid = layoutMarkup(hocr([[head, quotes, t1, t2, ...body]]), 'hocr');
    const lines = laid.text.split('\n');
    expect(laid.geometry[lines.indexOf('下 66 人')]).toMatchObject({ residue: true });
    const issue = parseIssue(hocr([[head, quotes, t1, t2, ...body]]), { format: 'hocr', entities: false });
    expect(issue.articles.map((a) => [a.kicker, a.title])).toEqual([[null, '崇川启动“我助企业攀新高”系列活动']]);
    expect(issue.furniture).toContainEqual(expect.objectContaining({ kind: 'noise', text: '下 66 人' }));
    // Beside the headline (no overlap), or over a line of its own size, it is a line as read.
    const beside = layoutMarkup(hocr([[head, { ...quotes, bbox: [800, 150, 1040, 176] }, t1, t2, ...body]]), 'hocr');
    expect(beside.geometry[beside.text.split('\n').indexOf('下 66 人')]?.residue).toBeUndefined();
    const twin = layoutMarkup(hocr([[head, { ...quotes, bbox: [426, 205, 666, 280] }, t1, t2, ...body]]), 'hocr');
    expect(twin.geometry[twin.text.split('\n').indexOf('下 66 人')]?.residue).toBeUndefined();
  });

  it('runs a line indented by one character (its first character unread) on from a full line that ends no sentence', () => {
    // Tesseract's hOCR of the clean 3-column render: 农 of `农贸市场重获“新生”。` unread, the line 1 character in.
    // (three full lines: 10 characters after the indent, then 12 and 12)
    const lines = column(170, 200, ['城东街道多方筹措资金三百余万元，对市场外立面进行了全面提档升级的海港']);
    expect(lines).toHaveLength(3);
    const cut: L = { text: '贸市场重获“新生”。', bbox: [212, 200 + 60 * lines.length, 590, 244 + 60 * lines.length], size: 52 };
    const blocks = layoutMarkup(hocr([[head, ...lines, cut]]), 'hocr').text.split('\n\n').map((b) => b.trim());
    expect(blocks[1]).toBe('城东街道多方筹措资金三百余万元，对市场外立面进行了全面提档升级的海港贸市场重获“新生”。');
    // Indented by two (a paragraph's indent), it starts a paragraph.
    const para: L = { ...cut, bbox: [254, cut.bbox[1], 632, cut.bbox[3]] };
    expect(layoutMarkup(hocr([[head, ...lines, para]]), 'hocr').text.split('\n\n').map((b) => b.trim())).toContain('贸市场重获“新生”。');
  });
});

describe('wrapped headlines in a narrow column', () => {
  const head: L = { text: '星河新闻2023年5月30日星期二第3版', bbox: [170, 90, 900, 136], size: 42 };
  const body = column(170, 700, ['今年以来，狼山镇街道人大工委积极开展“大地美容”行动，组织代表走进小区察看问题。']);

  it('keeps the last character of a wrapped title, alone on its line, with its title', () => {
    // As render.py sets a 3-column title (84 px, 1.45 line spacing): 喜迎六一快乐成 / 长.
    const t1: L = { text: '喜迎六一快乐成', bbox: [170, 200, 758, 282], size: 82 };
    const t2: L = { text: '长', bbox: [172, 322, 252, 404], size: 82 };
    const blocks = layoutMarkup(hocr([[head, t1, t2, ...body]]), 'hocr').text.split('\n\n').map((b) => b.trim());
    expect(blocks[1]).toBe('喜迎六一快乐成长');
    expect(blocks).not.toContain('长');
  });

  it('leaves a lone character far below a title, or of body size, as a line of its own', () => {
    const t1: L = { text: '喜迎六一快乐成', bbox: [170, 200, 758, 282], size: 82 };
    const far: L = { text: '长', bbox: [172, 420, 252, 502], size: 82 };
    const small: L = { text: '长', bbox: [172, 300, 212, 340], size: 40 };
    for (const lone of [far, small]) {
      const blocks = layoutMarkup(hocr([[head, t1, lone, ...body]]), 'hocr').text.split('\n\n').map((b) => b.trim());
      expect(blocks[1]).toBe('喜迎六一快乐成');
      expect(blocks).toContain('长');
    }
  });

  it('keeps a title whole when residue stretches one line box, by the heights of its characters', () => {
    // As Tesseract read the degraded bulletin: line boxes 104 (skew taken off) and 89 px high (1.17), characters 81 and 82.
    const t1: L = { text: '云泽县人民政府关于表彰安全生产先ii', bbox: [160, 216, 1600, 320], size: 104, wordHeight: 81 };
    const t2: L = { text: '集体和先进个人的决定', bbox: [160, 328, 995, 417], size: 89, wordHeight: 82 };
    const num: L = { text: '云政发〔2023〕6号', bbox: [160, 460, 700, 520], size: 60, wordHeight: 56 };
    const blocks = layoutMarkup(hocr([[head, t1, t2, num, ...body]]), 'hocr').text.split('\n\n').map((b) => b.trim());
    expect(blocks[1]).toBe('云泽县人民政府关于表彰安全生产先ii集体和先进个人的决定');
    expect(blocks[2]).toBe('云政发〔2023〕6号');
    // Without the characters' heights (one box per line) the two lines stay apart.
    const bare = layoutMarkup(hocr([[head, { ...t1, wordHeight: undefined }, { ...t2, wordHeight: undefined }, ...body]]), 'hocr').text.split('\n\n');
    expect(bare[1].trim()).toBe('云泽县人民政府关于表彰安全生产先ii');
  });

  it('reads a kicker set a little above body size as one headline over its three lines', () => {
    // Box heights 50, 55 (quotes and a comma), 50 over 42-px body: 1.16, 1.28, 1.16.
    const k1: L = { text: '狼山镇街道人大工委开展“大', bbox: [170, 200, 820, 250], size: 50 };
    const k2: L = { text: '地美容”行动，反映问题19条，', bbox: [170, 272, 812, 327], size: 55 };
    const k3: L = { text: '全部整改到位——', bbox: [170, 344, 555, 394], size: 50 };
    const t: L = { text: '齐心浇灌城市“文明花”', bbox: [170, 467, 758, 549], size: 82 };
    const blocks = layoutMarkup(hocr([[head, k1, k2, k3, t, ...body]]), 'hocr').text.split('\n\n').map((b) => b.trim());
    expect(blocks.slice(1, 3)).toEqual(['狼山镇街道人大工委开展“大地美容”行动，反映问题19条，全部整改到位——', '齐心浇灌城市“文明花”']);
  });
});

describe('paragraphs, headings and labels of a bulletin page', () => {
  const head: L = { text: '云泽县人民政府公报2023年5月31日星期三第2版', bbox: [170, 90, 1000, 136], size: 42 };

  it('starts a heading set flush under a full line that ends a sentence or a bracket', () => {
    // As Tesseract's hOCR of the bulletin render holds them in one paragraph element: 22 characters
    // end on a full line, then a numbered cross-head (short, unpunctuated but for its number).
    const para = column(170, 200, ['坚持尽力而为、量力而行，办好一批民生实事。']);
    const cross: L = { text: '二、项目内容', bbox: [170, 320, 422, 364], size: 52 };
    const after = column(170, 380, ['新建城南小学，改扩建县第三中学教学楼（牵头单位：县教育局）']);
    const item: L = { text: '（一）教育提质项目', bbox: [170, 560, 548, 604], size: 52 };
    const last = column(170, 620, ['对全县22所农村中小学食堂进行改造提升。']);
    const blocks = layoutMarkup(hocr([[head, ...para, cross, ...after, item, ...last]]), 'hocr').text.split('\n\n').map((b) => b.trim());
    expect(blocks.slice(1)).toEqual([
      '坚持尽力而为、量力而行，办好一批民生实事。',
      '二、项目内容',
      '新建城南小学，改扩建县第三中学教学楼（牵头单位：县教育局）',
      '（一）教育提质项目',
      '对全县22所农村中小学食堂进行改造提升。',
    ]);
    // A paragraph's short last line, punctuated, stays in its paragraph.
    const tail: L = { text: '全面完成，按期验收。', bbox: [170, 320, 590, 364], size: 52 };
    const joined = layoutMarkup(hocr([[head, ...para, tail]]), 'hocr').text.split('\n\n').map((b) => b.trim());
    expect(joined[1]).toBe('坚持尽力而为、量力而行，办好一批民生实事。全面完成，按期验收。');
  });

  it('reads a short label at the top of a page as the start of the page, not the end of the last paragraph', () => {
    const entry = column(170, 3000, ['在全县优化营商环境工作推进大会上的讲话郑明远（11）']);
    const label: L = { text: '县政府文件', bbox: [170, 200, 380, 244], size: 52 };
    const title: L = { text: '云泽县人民政府关于做好防汛工作的通知', bbox: [170, 300, 1700, 384], size: 84 };
    const body = column(170, 440, ['各乡镇人民政府，县政府各部门：现将有关事项通知如下。']);
    const blocks = layoutMarkup(hocr([[head, ...entry], [{ ...head, text: '云泽县人民政府公报2023年5月31日星期三第3版' }, label, title, ...body]]), 'hocr')
      .text.split('\n\n')
      .map((b) => b.trim());
    expect(blocks).toContain('县政府文件');
    expect(blocks).toContain('在全县优化营商环境工作推进大会上的讲话郑明远（11）');
    // A paragraph cut by the page end still runs on into the next page.
    const cut = column(170, 3000, ['长江滨江公园段江岸水深坡陡，是我区沿江险工险段。调研要求相']);
    const rest: L = { text: '关单位要密切关注流域汛情发展。', bbox: [170, 200, 800, 244], size: 52 };
    const joined = layoutMarkup(hocr([[head, ...cut], [head, rest, ...body]]), 'hocr').text.split('\n\n').map((b) => b.trim());
    expect(joined).toContain('长江滨江公园段江岸水深坡陡，是我区沿江险工险段。调研要求相关单位要密切关注流域汛情发展。');
  });

  it('keeps a title apart from a bracketed date under it whose characters measure taller than its own line', () => {
    // Tesseract's ALTO of the degraded bulletin: title box 79 px (skew taken off), `(2023年5月6日)` box
    // 60 px with 年 月 日 boxes of 81 px: no measure of its type.
    const t: L = { text: '在全县优化营商环境工作推进大会上的讲话', bbox: [174, 200, 1766, 279], size: 79, wordHeight: 75 };
    const date: L = { text: '（2023年5月6日）', bbox: [211, 300, 631, 360], size: 60, wordHeight: 75 };
    const body = column(170, 440, ['同志们：今天召开全县优化营商环境工作推进大会。']);
    const blocks = layoutMarkup(hocr([[head, t, date, ...body]]), 'hocr').text.split('\n\n').map((b) => b.trim());
    expect(blocks.slice(1, 3)).toEqual(['在全县优化营商环境工作推进大会上的讲话', '（2023年5月6日）']);
  });
});

describe('line size on a skewed page', () => {
  it('takes the baseline slope times the width off a long line box (hOCR baseline, or ALTO character tops)', () => {
    // The bulletin render of scripts/ocr, degraded (0.5°): a headline's first line 2,123 px wide, box
    // 98 px, slope 0.009, against its second line 「通知」, 160 px wide, box 81 px.
    expect(deskewedHeight([162, 424, 2285, 522], 0.009)).toBeCloseTo(78.9, 1);
    expect(deskewedHeight([162, 562, 322, 643], 0.009)).toBe(81);
    // A drift under 12 % of the height is noise, not skew; never below half the box.
    expect(deskewedHeight([0, 0, 2000, 56], 0.002)).toBe(56);
    expect(deskewedHeight([0, 0, 2000, 56], 0.1)).toBe(28);
  });
  it('reads an ALTO line slope from words of several characters too (民政, 表彰: a top per character)', () => {
    // 20 characters in words of two, 100 px each, tops falling 0.01 px per px; box 80 px + the drift.
    const strings = Array.from({ length: 10 }, (_, k) => `<String CONTENT="民政" HPOS="${100 + 200 * k}" VPOS="${Math.round(500 + 0.01 * 200 * k)}" WIDTH="200" HEIGHT="80"/>`).join('');
    const xml = `<?xml version="1.0"?><alto><Layout><Page ID="p1"><PrintSpace><TextBlock ID="b1"><TextLine ID="l1" HPOS="100" VPOS="500" WIDTH="2000" HEIGHT="100">${strings}</TextLine></TextBlock></PrintSpace></Page></Layout></alto>`;
    const [line] = altoLines(xml);
    expect(line.size).toBeCloseTo(80, 0);
  });
  it('reads a slope from the tops of one-character boxes, by medians of the first and last thirds', () => {
    const tops = Array.from({ length: 30 }, (_, k) => ({ x: 100 + 60 * k, top: 500 + 0.009 * 60 * k + (k % 3 === 0 ? 6 : 0) }));
    expect(slopeOf(tops)).toBeCloseTo(0.009, 3);
    expect(slopeOf(tops.slice(0, 10))).toBe(0);
  });
});

describe('ALTO geometry', () => {
  it('reads font sizes from STYLEREFS and word confidence from WC', () => {
    const line = (id: string, y: number, text: string, style: string, x = 100) =>
      `<TextBlock ID="b${id}" HPOS="${x}" VPOS="${y}" WIDTH="1000" HEIGHT="60"><TextLine ID="l${id}" STYLEREFS="${style}" HPOS="${x}" VPOS="${y}" WIDTH="${text.length * 40}" HEIGHT="50">` +
      [...text].map((c, k) => `<String CONTENT="${c}" HPOS="${x + k * 40}" VPOS="${y}" WIDTH="40" HEIGHT="40" WC="0.8"/>`).join('') +
      '</TextLine></TextBlock>';
    const xml =
      `<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Styles><TextStyle ID="big" FONTSIZE="20"/><TextStyle ID="body" FONTSIZE="10"/></Styles><Layout><Page ID="p1"><PrintSpace>` +
      line('1', 100, '区领导调研', 'big') +
      line('2', 180, '防汛工作', 'big') +
      line('3', 300, '6月1日，区长杨万平调研防汛', 'body', 180) +
      line('4', 360, '工作，要求落实责任到人。', 'body') +
      `</PrintSpace></Page></Layout></alto>\n`;
    const laid = layoutMarkup(xml, 'alto');
    expect(laid.text).toBe('区领导调研防汛工作\n\n6月1日，区长杨万平调研防汛工作，要求落实责任到人。\n');
    expect(laid.geometry[0]).toMatchObject({ page: 1, size: 2, confidence: 0.8 });
  });
});

describe('markup safety', () => {
  it('measures nesting linearly, not counting void or implicitly closed elements', () => {
    expect(markupDepth('<html><body><p>a<p>b<br><img src=x><div><span>c</span></div></body></html>')).toBe(5);
    expect(markupDepth('<a>' + '<b/>'.repeat(10) + '</a>')).toBe(1);
  });

  it('refuses HTML nested 20,000 deep with one clear error, fast', () => {
    const n = 20000;
    const html = '<html><body>' + '<div>'.repeat(n) + '区领导调研' + '</div>'.repeat(n) + '</body></html>';
    const t = Date.now();
    let err: unknown;
    try {
      parseIssue(html, { format: 'html', entities: false });
    } catch (e) {
      err = e;
    }
    expect(Date.now() - t).toBeLessThan(2000);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('input/too-deep');
    expect((err as InputError).exitCode).toBe(4);
    expect((err as Error).message).toContain(String(MAX_MARKUP_DEPTH));
  });

  it('reads HTML nested within the limit without recursion', () => {
    const n = MAX_MARKUP_DEPTH - 5;
    const html = '<html><body>' + '<div>'.repeat(n) + '区领导调研防汛工作' + '</div>'.repeat(n) + '</body></html>';
    expect(layoutMarkup(html, 'html').text).toBe('区领导调研防汛工作\n');
  });

  it('reports truncated ALTO as truncated', () => {
    const full =
      '<?xml version="1.0"?><alto><Layout><Page><PrintSpace><TextBlock><TextLine><String CONTENT="区领导调研防汛工作"/></TextLine></TextBlock>' +
      '<TextBlock><TextLine><String CONTENT="6月1日，区长调研。"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>\n';
    const cut = full.slice(0, full.indexOf('<TextBlock><TextLine><String CONTENT="6月'));
    const laid = layoutMarkup(cut, 'alto');
    expect(laid.text).toBe('区领导调研防汛工作\n');
    expect(laid.diagnostics.map((d) => d.code)).toEqual(['markup/truncated']);
    expect(() => layoutMarkup(full.slice(0, 60), 'alto')).toThrow(/truncated ALTO XML/u);
    expect(layoutMarkup(full, 'alto').diagnostics).toEqual([]);
  });
});
