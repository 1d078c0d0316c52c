/**
 * The proof sheet: one self-contained HTML page showing an issue as printed, line by line, each
 * line coloured by the role the parser gave it, lines grouped in a box per article (id, title,
 * date, entities), rejoined words and jumps marked on the lines where they happen, diagnostics
 * beside their lines, and a side list of the articles that scrolls to each; for hOCR/ALTO with
 * coordinates, a drawing of each page with every line's box in its role's colour, linked to the
 * line. For archivists who review a parse before an issue goes into the archive.
 *
 * Self-contained: inline CSS and a few lines of inline JS, no external asset, no network (a
 * Content-Security-Policy forbids every fetch); every piece of text from the input is
 * HTML-escaped.
 *
 * Line roles are the segmenter's (`parseIssueDetailed`): one per source line, with the article the
 * line went to.
 */
import { parseIssueDetailed } from '../index.js';
import { layoutMarkup, sniffFormat } from '../input/markup.js';
import { decode } from '../stages/decode.js';
import { normalize } from '../stages/normalize.js';
import type { Article, Diagnostic, Issue, LineRole, LineRoleEntry, ParseOptions, SourceLine } from '../types.js';

/** The role of one source line (the segmenter's `LineRole`). */
export type ProofRole = LineRole;

/** One line's role and the article it went to (null: furniture, unassigned, blank). */
export type ProofLineRole = LineRoleEntry;

/** What the page is drawn from. `lines` are the numbered lines of the laid-out, normalised text. */
export interface ProofInput {
  issue: Issue;
  lines: SourceLine[];
  roles: ProofLineRole[];
}

/**
 * The numbered lines of the laid-out, normalised text of `input`: what line numbers in the Issue
 * count (decode, HTML/hOCR/ALTO laid out as text, normalize), blank lines included; a line of
 * hOCR/ALTO with coordinates carries its `geometry` (page and box). Throws what `decode` and
 * `layoutMarkup` throw (`InputError`).
 */
export function sourceLines(input: Uint8Array | string, options: ParseOptions = {}): SourceLine[] {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/u, '') : decode(input, { encoding: options.encoding, force: options.forceEncoding }).text;
  const format = options.format ?? sniffFormat(text, options.path);
  const laid = layoutMarkup(text, format);
  const lines = normalize(laid.text).lines;
  for (const l of lines) {
    const g = laid.geometry[l.line - 1];
    if (g) l.geometry = g;
  }
  return lines;
}

/**
 * Parses `input` (with the validation rules, `ParseOptions.validate`: their findings are drawn beside
 * their lines) and gathers what the proof sheet draws: the Issue, the numbered source lines and
 * each line's role from the segmenter. Throws as `parseIssue` does.
 */
export function proofOf(input: Uint8Array | string, options: ParseOptions = {}): ProofInput {
  // parsed with the validation rules (README "Validation rules"), so that their findings, and the
  // lines the decode barely decided (validate/uncertain-boundary), stand beside their lines for review
  const { issue, lineRoles } = parseIssueDetailed(input, { ...options, validate: true });
  return { issue, lines: sourceLines(input, options), roles: lineRoles };
}

/** The colour group (and legend entry) of each role: the furniture kinds share one. */
export const ROLE_GROUP: Record<ProofRole, string> = {
  'running-head': 'furniture',
  folio: 'furniture',
  editor: 'furniture',
  section: 'furniture',
  jump: 'furniture',
  colophon: 'furniture',
  noise: 'noise',
  kicker: 'kicker',
  title: 'title',
  subtitle: 'subtitle',
  crosshead: 'crosshead',
  lead: 'lead',
  body: 'body',
  byline: 'credit',
  caption: 'caption',
  blank: 'blank',
  unassigned: 'unassigned',
};

/** Legend order and colours (background, accent) of the role groups. */
const GROUPS: [string, string, string][] = [
  ['furniture', '#eceff1', '#78909c'],
  ['kicker', '#f3e5f5', '#8e24aa'],
  ['title', '#ffe0b2', '#e65100'],
  ['subtitle', '#fff3e0', '#fb8c00'],
  ['crosshead', '#fff9c4', '#f9a825'],
  ['lead', '#e0f2f1', '#00897b'],
  ['body', '#ffffff', '#90a4ae'],
  ['credit', '#e3f2fd', '#1e88e5'],
  ['caption', '#e8f5e9', '#43a047'],
  ['noise', '#f5f5f5', '#bdbdbd'],
  ['unassigned', '#ffebee', '#e53935'],
  ['blank', '#ffffff', '#ffffff'],
];

/** What each join kind means, for the marks. `wrap` (an ordinary hard-wrapped line) is not marked. */
const JOIN_LABEL: Record<string, string> = {
  word: 'word rejoined across a break',
  page: 'sentence rejoined across a break',
  jump: 'jump: the story continues here',
  continuation: 'continuation of an interrupted story',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One run of consecutive lines that went to the same article (or to none). */
interface Group {
  article: string | null;
  lines: SourceLine[];
}

/**
 * Consecutive lines by article. A blank line between two lines of the same article stays in its
 * box, so a story's paragraphs are one box until another story, furniture or unassigned text
 * interrupts it.
 */
function groupLines(lines: readonly SourceLine[], roles: Map<number, ProofLineRole>): Group[] {
  const owner = lines.map((l) => roles.get(l.line)?.article ?? null);
  const blank = lines.map((l) => (roles.get(l.line)?.role ?? 'blank') === 'blank' || l.text.trim() === '');
  for (let i = 0; i < lines.length; i++) {
    if (!blank[i] || owner[i] !== null) continue;
    let j = i;
    while (j < lines.length && blank[j] && owner[j] === null) j++;
    const before = i > 0 ? owner[i - 1] : null;
    const after = j < lines.length ? owner[j] : null;
    if (before !== null && before === after) for (let k = i; k < j; k++) owner[k] = before;
    i = j - 1;
  }
  const groups: Group[] = [];
  lines.forEach((l, i) => {
    const last = groups[groups.length - 1];
    if (last && last.article === owner[i]) last.lines.push(l);
    else groups.push({ article: owner[i], lines: [l] });
  });
  return groups;
}

/** `胡拥军(区委书记、区长)`-style lists of an article's entities, as HTML. */
function entitiesHtml(a: Article): string {
  const rows: [string, string[]][] = [
    ['leaders', a.leaders.map((l) => (l.titles.length ? `${l.name}(${l.titles.join('、')})` : l.name))],
    ['people', a.people.map((p) => p.name)],
    ['places', a.places.map((p) => p.name)],
    ['organizations', a.organizations.map((o) => o.name)],
  ];
  const items = rows
    .filter(([, v]) => v.length)
    .map(([k, v]) => `<li><b>${k}</b> ${v.map(escapeHtml).join('；')}</li>`)
    .join('');
  return items ? `<ul class="ents">${items}</ul>` : '';
}

function dateHtml(a: Article): string {
  if (!a.date) return '<span class="date none">no date</span>';
  const iso = a.date.iso ?? 'no day';
  return `<span class="date">${escapeHtml(iso)} <small>${escapeHtml(a.date.text)}</small></span>`;
}

function diagHtml(d: Diagnostic): string {
  return `<span class="diag sev-${escapeHtml(d.severity)}" title="${escapeHtml(d.code)}"><b>${escapeHtml(d.severity)} ${escapeHtml(d.code)}</b> ${escapeHtml(d.message)}</span>`;
}

/**
 * For hOCR/ALTO with coordinates: one small drawing per page, a box per line where it was printed,
 * coloured by its role and linked to the line. Empty when no line has geometry.
 */
function pagesHtml(lines: readonly SourceLine[], roles: Map<number, ProofLineRole>): string {
  const pages = new Map<number, SourceLine[]>();
  for (const l of lines) if (l.geometry) pages.set(l.geometry.page, [...(pages.get(l.geometry.page) ?? []), l]);
  if (pages.size === 0) return '';
  const figures = [...pages.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([page, ls]) => {
      const width = Math.max(1, ...ls.map((l) => l.geometry!.bbox[2]));
      const height = Math.max(1, ...ls.map((l) => l.geometry!.bbox[3]));
      const boxes = ls
        .map((l) => {
          const [x0, y0, x1, y1] = l.geometry!.bbox;
          const role = roles.get(l.line)?.role ?? 'unassigned';
          return (
            `<a href="#L${l.line}"><rect class="g-${ROLE_GROUP[role] ?? 'unassigned'}" x="${x0}" y="${y0}" width="${Math.max(1, x1 - x0)}" height="${Math.max(1, y1 - y0)}">` +
            `<title>${l.line} ${escapeHtml(role)}: ${escapeHtml(l.text)}</title></rect></a>`
          );
        })
        .join('');
      return `<figure class="page" data-page="${page}"><figcaption>page ${page}</figcaption><svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet">${boxes}</svg></figure>`;
    })
    .join('');
  return `<div class="pages">${figures}</div>`;
}

const CSS = `
*{box-sizing:border-box}
html{scroll-behavior:smooth}
body{margin:0;font:14px/1.5 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#212121;background:#fafafa}
nav{position:fixed;top:0;left:0;bottom:0;width:260px;overflow:auto;padding:12px;background:#263238;color:#eceff1}
nav h1{font-size:14px;margin:0 0 8px;word-break:break-all}
nav ol{padding-left:0;margin:0 0 12px;list-style:none}
nav li a{display:block;padding:3px 6px;border-radius:3px;color:#eceff1;text-decoration:none}
nav li a:hover,nav li a.current{background:#455a64}
nav .aid,.aid{font-family:monospace;color:#ffcc80;margin-right:4px}
.legend{display:flex;flex-wrap:wrap;gap:4px}
.legend span{padding:1px 6px;border-radius:3px;color:#212121;font-size:12px}
main{margin-left:260px;padding:12px 16px}
.meta{margin:0 0 12px;color:#546e7a}
.issue-diags{margin-bottom:12px}
section.article,section.article-cont,div.outside{margin:8px 0;border-radius:6px}
section.article,section.article-cont{border:2px solid #5c6bc0;background:#fff}
section.article-cont{border-style:dashed}
section.article.current{box-shadow:0 0 0 4px #ffca28}
section>header{padding:6px 10px;background:#e8eaf6;border-radius:4px 4px 0 0}
section>header h2{display:inline;font-size:16px;margin:0 8px 0 0}
.date{color:#3949ab}.date.none{color:#9e9e9e}
.ents{margin:4px 0 0;padding:0;list-style:none;font-size:12px;color:#37474f}
.ents b{font-weight:600;color:#5c6bc0;margin-right:4px}
div.outside{border:1px dotted #b0bec5}
div.outside.blank{border:0;margin:0;opacity:.6}
.ln{display:grid;grid-template-columns:3.5em 7em minmax(0,1fr) minmax(0,22em);gap:6px;padding:0 8px;border-left:5px solid transparent}
.ln .no{color:#9e9e9e;text-align:right;font-family:monospace}
.ln .role{font-size:11px;color:#616161;font-family:monospace}
.ln .tx{white-space:pre-wrap;word-break:break-all}
.ln .notes{font-size:12px}
.mark{display:inline-block;margin-right:4px;padding:0 4px;border-radius:3px;background:#ede7f6;color:#4527a0;font-size:11px}
.mark.jump,.mark.continuation{background:#fce4ec;color:#ad1457}
.diag{display:block;padding:0 4px;border-radius:3px}
.diag.sev-error{background:#ffcdd2;color:#b71c1c}.diag.sev-warning{background:#fff8e1;color:#e65100}.diag.sev-info{background:#eceff1;color:#455a64}
${GROUPS.map(([g, bg, accent]) => `.g-${g}{background:${bg};border-left-color:${accent}}`).join('\n')}
.g-title .tx{font-weight:700;font-size:16px}.g-subtitle .tx,.g-kicker .tx,.g-crosshead .tx{font-weight:600}
.g-unassigned .tx{text-decoration:underline wavy #e53935}
.pages{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:12px}
figure.page{margin:0;width:320px;background:#fff;border:1px solid #b0bec5;padding:4px}
figure.page figcaption{font-size:12px;color:#546e7a}
figure.page svg{width:100%;height:auto;display:block}
figure.page rect{stroke-width:2;vector-effect:non-scaling-stroke}
${GROUPS.map(([g, bg, accent]) => `figure.page rect.g-${g}{fill:${g === 'body' || g === 'blank' ? '#cfd8dc' : bg};stroke:${accent}}`).join('\n')}
`;

const JS = `
(function(){
  var links=document.querySelectorAll('nav a[data-article]');
  function mark(){
    var id=decodeURIComponent(location.hash.slice(1));
    document.querySelectorAll('.current').forEach(function(e){e.classList.remove('current')});
    var box=document.getElementById(id);
    if(box){box.classList.add('current');}
    links.forEach(function(a){if(a.getAttribute('href')==='#'+id)a.classList.add('current')});
  }
  window.addEventListener('hashchange',mark);mark();
  document.documentElement.setAttribute('data-ready','1');
})();
`;

/**
 * The proof sheet of one parsed issue as a complete HTML document (a string). Pure.
 * Every line of `lines` appears exactly once, as `div.ln[data-line]`; every article has exactly
 * one `section.article` (its first run of lines) and a `section.article-cont` for each later run.
 */
export function proofHtml(input: ProofInput): string {
  const { issue, lines } = input;
  const roles = new Map(input.roles.map((r) => [r.line, r]));
  const articles = new Map(issue.articles.map((a) => [a.id, a]));
  const diags = new Map<number, Diagnostic[]>();
  const fileDiags: Diagnostic[] = [];
  for (const d of issue.diagnostics) {
    if (d.line === null) fileDiags.push(d);
    else diags.set(d.line, [...(diags.get(d.line) ?? []), d]);
  }
  const marks = new Map<number, string[]>();
  const addMark = (line: number, html: string) => marks.set(line, [...(marks.get(line) ?? []), html]);
  for (const a of issue.articles) {
    for (const j of a.joins) {
      if (j.kind === 'wrap') continue;
      addMark(j.line, `<span class="mark ${escapeHtml(j.kind)}" title="${escapeHtml(JOIN_LABEL[j.kind] ?? j.kind)}">⤷ ${escapeHtml(j.kind)}</span>`);
    }
  }
  for (const f of issue.furniture) {
    if (f.kind === 'jump') addMark(f.line, '<span class="mark jump" title="jump marker">⇄ jump marker</span>');
  }

  const lineHtml = (l: SourceLine): string => {
    const r = roles.get(l.line);
    const role: ProofRole = r?.role ?? (l.text.trim() ? 'unassigned' : 'blank');
    const notes = [...(marks.get(l.line) ?? []), ...(diags.get(l.line) ?? []).map(diagHtml)].join('');
    return (
      `<div class="ln g-${ROLE_GROUP[role] ?? 'unassigned'}" id="L${l.line}" data-line="${l.line}" data-role="${escapeHtml(role)}">` +
      `<span class="no">${l.line}</span><span class="role">${role === 'blank' ? '' : escapeHtml(role)}</span>` +
      `<span class="tx">${escapeHtml(l.text)}</span><span class="notes">${notes}</span></div>`
    );
  };

  const seen = new Set<string>();
  const body = groupLines(lines, roles)
    .map((g) => {
      const inner = g.lines.map(lineHtml).join('\n');
      if (g.article === null) {
        const blank = g.lines.every((l) => (roles.get(l.line)?.role ?? 'blank') === 'blank' || l.text.trim() === '');
        return `<div class="outside${blank ? ' blank' : ''}">\n${inner}\n</div>`;
      }
      const a = articles.get(g.article);
      const id = escapeHtml(g.article);
      const title = escapeHtml(a?.title ?? '');
      if (seen.has(g.article)) {
        return `<section class="article-cont" data-article="${id}"><header><span class="aid">${id}</span> continued: ${title}</header>\n${inner}\n</section>`;
      }
      seen.add(g.article);
      const kind = a && a.kind !== 'article' ? ` <small>(${escapeHtml(a.kind)})</small>` : '';
      const head = a ? `<h2>${title}</h2>${kind} ${dateHtml(a)}${entitiesHtml(a)}` : '';
      return `<section class="article" id="art-${id}" data-article="${id}"><header><span class="aid">${id}</span> ${head}</header>\n${inner}\n</section>`;
    })
    .join('\n');

  const nav = issue.articles
    .map((a) => `<li><a href="#art-${escapeHtml(a.id)}" data-article="${escapeHtml(a.id)}"><span class="aid">${escapeHtml(a.id)}</span>${escapeHtml(a.title)}</a></li>`)
    .join('');
  const legend = GROUPS.filter(([g]) => g !== 'blank')
    .map(([g, bg, accent]) => `<span style="background:${bg};border-left:4px solid ${accent}">${g}</span>`)
    .join('');
  const src = issue.source;
  const name = src.path === null || src.path === '-' ? 'standard input' : src.path;
  const meta =
    `${escapeHtml(src.format)}, ${escapeHtml(src.encoding)}, ${src.bytes} bytes; issue date ${escapeHtml(issue.issue.date ?? 'unknown')}; ` +
    `${issue.articles.length} articles, ${issue.furniture.length} furniture lines, ${issue.unassigned.length} unassigned blocks, ${issue.diagnostics.length} diagnostics`;
  return `<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>proof: ${escapeHtml(name)}</title>
<style>${CSS}</style>
</head>
<body>
<nav><h1>${escapeHtml(name)}</h1><ol>${nav}</ol><div class="legend">${legend}</div></nav>
<main>
<p class="meta">${meta}</p>
${pagesHtml(lines, roles)}
${fileDiags.length ? `<div class="issue-diags">${fileDiags.map(diagHtml).join('')}</div>` : ''}
${body}
</main>
<script>${JS}</script>
</body>
</html>
`;
}
