/**
 * Helpers of the OCR harness (scripts/ocr/eval-ocr.mjs) and of test/ocr-fixtures.test.ts: reading
 * a layout-zoo source into items to render and a reference, the bundled issue's blocks into items,
 * and the OCR-tolerant measures (character error rate, nearest-title match). Types in lib.d.mts.
 */

/** NFKC without whitespace: how score.py compares text. */
export function norm(s) {
  return (s ?? '').normalize('NFKC').replace(/\s+/gu, '');
}

/** Levenshtein distance of two strings by code point (two rows; O(len a × len b)). */
export function editDistance(a, b) {
  const x = [...a];
  const y = [...b];
  if (!x.length) return y.length;
  if (!y.length) return x.length;
  let prev = new Int32Array(y.length + 1);
  let cur = new Int32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const sub = prev[j - 1] + (xi === y[j - 1] ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

/** 1 - edit distance / longer length, on the `norm` forms (1 for two empty strings). */
export function similarity(a, b) {
  const x = norm(a);
  const y = norm(b);
  const n = Math.max([...x].length, [...y].length);
  return n ? 1 - editDistance(x, y) / n : 1;
}

/** Character error rate of `ocr` against `truth` (whitespace ignored, NFKC): edits / truth length. */
export function cer(truth, ocr) {
  const t = norm(truth);
  return editDistance(t, norm(ocr)) / Math.max(1, [...t].length);
}

/** Nearest-title threshold: an OCR'd title this similar to a reference title is that title. */
export const TITLE_SIMILARITY = 0.75;

/**
 * True when two lists of byline names are the same up to OCR slips: as many names, each reference
 * name paired with its own output name at most NAME_SLIPS edits away (阮晓萍 ~ 阮晓菠, 缪通 ~ 鸳通),
 * in any order.
 */
export function sameNames(want, got) {
  const a = want.map(norm);
  const b = got.map(norm);
  if (a.length !== b.length) return false;
  const free = new Set(b.keys());
  // Greedy over the closest pairs first (a handful of names: exact enough, and cheap).
  const pairs = [];
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) pairs.push([editDistance(a[i], b[j]), i, j]);
  pairs.sort((x, y) => x[0] - y[0]);
  const done = new Set();
  for (const [d, i, j] of pairs) {
    if (d > NAME_SLIPS || done.has(i) || !free.has(j)) continue;
    done.add(i);
    free.delete(j);
  }
  return done.size === a.length;
}

/** Character slips OCR may make in one byline name that still count it as read (a name is 2-4 characters). */
export const NAME_SLIPS = 1;

/**
 * The OCR-tolerant measures of one parsed issue against a reference (`{articles: [{title,
 * bylines}]}`): `titles` [found, total], `bylines` [right, reference articles with bylines],
 * (`sameNames`: the names of the nearest-title article, each within NAME_SLIPS of a reference name),
 * `noiseTitles` (output titles that `noiseScore` calls noise, >= 0.6), `kept` (percent of the Han
 * characters of `sourceText` found in the output, each at most as often as in the source).
 */
export function ocrMetrics(issue, gold, sourceText, noiseScore) {
  let titles = 0;
  let bylines = 0;
  let withBylines = 0;
  const missing = [];
  for (const g of gold.articles) {
    let best = null;
    let bestSim = 0;
    for (const a of issue.articles) {
      const s = similarity(g.title, a.title);
      if (s > bestSim) [best, bestSim] = [a, s];
    }
    const found = best && bestSim >= TITLE_SIMILARITY;
    if (found) titles++;
    else missing.push(g.title);
    if ((g.bylines ?? []).length) {
      withBylines++;
      if (found && sameNames(g.bylines, best.bylines)) bylines++;
    }
  }
  const noiseTitles = issue.articles.filter((a) => noiseScore(a.title) >= 0.6).map((a) => a.title);
  const han = (s) => [...norm(s)].filter((c) => /\p{Script=Han}/u.test(c));
  const want = new Map();
  for (const c of han(sourceText)) want.set(c, (want.get(c) ?? 0) + 1);
  const outText = [
    ...issue.articles.flatMap((a) => [a.kicker, a.title, ...a.subtitles, a.dateline, ...a.paragraphs, ...a.creditLines]),
    ...issue.furniture.map((f) => f.text),
    ...issue.unassigned.map((u) => u.text),
  ].join('');
  const have = new Map();
  for (const c of han(outText)) have.set(c, (have.get(c) ?? 0) + 1);
  let total = 0;
  let kept = 0;
  for (const [c, n] of want) {
    total += n;
    kept += Math.min(n, have.get(c) ?? 0);
  }
  return {
    titles: [titles, gold.articles.length],
    bylines: [bylines, withBylines],
    noiseTitles: noiseTitles.length,
    noiseTitleTexts: noiseTitles,
    missingTitles: missing,
    kept: total ? (100 * kept) / total : 100,
  };
}

/**
 * Reads a layout-zoo source (fixtures/zoo/<name>/<name>.src.txt: `@key value` headers, `== page N`,
 * `=== article date=… bylines=a,b`, `[role] text` lines, `#` comments).
 */
export function parseZooSource(text) {
  const src = { paper: null, issueDate: null, lines: [] };
  let article = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/u, '');
    if (!line.trim() || line.startsWith('#')) continue;
    let m;
    if ((m = /^@(\w+)\s+(.*)$/u.exec(line))) {
      if (m[1] === 'paper') src.paper = m[2].trim();
      if (m[1] === 'issueDate') src.issueDate = m[2].trim();
    } else if ((m = /^== page (\d+)/u.exec(line))) {
      src.lines.push({ role: 'page', text: m[1], article: null });
      article = null;
    } else if ((m = /^=== (\w+)(.*)$/u.exec(line))) {
      const attrs = Object.fromEntries([...m[2].matchAll(/(\w+)=(\S*)/gu)].map((x) => [x[1], x[2]]));
      article = { kind: m[1], date: attrs.date && attrs.date !== 'none' ? attrs.date : null, bylines: attrs.bylines ? attrs.bylines.split(',').filter(Boolean) : [], roles: [] };
      src.lines.push({ role: 'article', text: '', article });
    } else if ((m = /^\[([\w-]+)\]\s?(.*)$/u.exec(line))) {
      src.lines.push({ role: m[1], text: m[2], article });
      if (article) article.roles.push({ role: m[1], text: m[2] });
    }
  }
  return src;
}

/** Items to render from a zoo source: every tagged line in order, `page` where the source turns one. */
export function itemsFromZoo(src) {
  let pages = 0;
  const items = [];
  for (const l of src.lines) {
    if (l.role === 'article') continue;
    if (l.role === 'page') {
      if (pages++ > 0) items.push({ role: 'page', text: '' });
      continue;
    }
    items.push({ role: l.role, text: l.text });
  }
  return items;
}

/** A reference for score.py and `ocrMetrics` from a zoo source's article tags. */
export function goldFromZoo(src) {
  const seen = new Set();
  const articles = [];
  for (const l of src.lines) {
    const a = l.article;
    if (!a || seen.has(a)) continue;
    seen.add(a);
    const titles = a.roles.filter((r) => r.role === 'title').map((r) => r.text);
    if (!titles.length) continue;
    articles.push({
      title: titles.join(''),
      subtitles: a.roles.filter((r) => r.role === 'subtitle').map((r) => r.text),
      kicker: a.roles.filter((r) => r.role === 'kicker').map((r) => r.text).join('') || null,
      bylines: a.bylines,
      date: a.date,
      kind: a.kind === 'photo' ? 'photo' : 'article',
      leaders: { required: {}, optional: [] },
      people: { required: [], forbidden: [] },
      places: { required: [], forbidden: [] },
    });
  }
  return { about: 'written by scripts/ocr from the zoo source tags', articles };
}

/**
 * Items to render from the bundled issue (blank-line blocks) and its gold: a block equal to a
 * gold title, subtitle, kicker or cross-head is set as one, a `·name·` block as a byline, the rest
 * as body paragraphs.
 */
export function itemsFromGold(text, gold) {
  const roles = new Map();
  for (const a of gold.articles) {
    roles.set(norm(a.title), 'title');
    for (const s of a.subtitles ?? []) roles.set(norm(s), 'subtitle');
    if (a.kicker) roles.set(norm(a.kicker), 'kicker');
    for (const c of a.crossheads ?? []) roles.set(norm(c), 'crosshead');
  }
  return text
    .split(/\n\s*\n/u)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => ({ role: roles.get(norm(b)) ?? (/^·.*·$/u.test(b) ? 'byline' : 'body'), text: b }));
}

/**
 * The column mode's OCR put back together page by page (scripts/ocr/columns.py wrote one image per
 * column of a page, each the whole page with the other columns painted white, so every box is in
 * page coordinates): Tesseract's outputs of the column images, in the list's order, merged so that
 * each page is one page again, its columns in order. `meta`: columns.json, one entry per image.
 * Plain text: the columns' texts one after another, a form feed between pages (as Tesseract writes
 * pages); hOCR: one `ocr_page` per page holding the columns' areas; ALTO: one `Page` whose
 * `PrintSpace` holds the columns' blocks.
 */
export function mergeColumnPages(meta, txt, hocr, alto) {
  const groups = [];
  meta.forEach((m, i) => {
    if (m.column === 1) groups.push([]);
    groups[groups.length - 1].push(i);
  });
  const texts = txt.split('\f');
  const text = groups.map((g) => g.map((i) => (texts[i] ?? '').replace(/\n+$/u, '')).join('\n\n') + '\n').join('\f');

  const pageDivs = (s) => {
    const at = [...s.matchAll(/^[ \t]*<div class='ocr_page'/gmu)].map((m) => m.index);
    const end = s.lastIndexOf('</body>');
    return { head: s.slice(0, at[0]), tail: s.slice(end), parts: at.map((a, i) => s.slice(a, i + 1 < at.length ? at[i + 1] : end)) };
  };
  const h = pageDivs(hocr);
  const inner = (div) => div.slice(div.indexOf('>') + 1, div.lastIndexOf('</div>'));
  const hocrOut =
    h.head +
    groups
      .map((g) => {
        const first = h.parts[g[0]];
        return first.slice(0, first.indexOf('>') + 1) + g.map((i) => inner(h.parts[i])).join('') + '</div>\n';
      })
      .join('') +
    h.tail;

  const pages = [...alto.matchAll(/<Page [\s\S]*?<\/Page>/gu)].map((m) => m[0]);
  const firstPage = alto.indexOf('<Page ');
  const lastPage = alto.lastIndexOf('</Page>') + '</Page>'.length;
  const space = (page) => page.slice(page.indexOf('>', page.indexOf('<PrintSpace')) + 1, page.lastIndexOf('</PrintSpace>'));
  const altoOut =
    alto.slice(0, firstPage) +
    groups
      .map((g) => {
        const first = pages[g[0]];
        const close = first.lastIndexOf('</PrintSpace>');
        return first.slice(0, close) + g.slice(1).map((i) => space(pages[i])).join('') + first.slice(close);
      })
      .join('\n\t\t') +
    alto.slice(lastPage);
  return { text, hocr: hocrOut, alto: altoOut };
}
