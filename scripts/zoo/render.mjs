#!/usr/bin/env node
/**
 * The layout zoo renderer (`npm run zoo`). Reads every `fixtures/zoo/<paper>/<paper>.src.txt`
 * (the authored source: one printed unit per line, tagged with its role; the syntax is described
 * in fixtures/zoo/README.md), validates it, and writes next to it, for each layout the paper asks
 * for (`blank`, `indent`, `wrap`; default all three):
 *   - `<paper>.<layout>.txt`: the page as a reader of that layout's OCR would get it;
 *   - `expected.<layout>.json`: the reviewed reference (a superset of the shared gold format that
 *     shared/tools/score.py reads) with the source line ranges of every item and a role per line.
 * Output is deterministic: the same source always gives the same bytes. Files of layouts a paper no
 * longer asks for are removed.
 *
 * Usage: node scripts/zoo/render.mjs [--check] [--root DIR] [paper-id ...]
 *   --check     write nothing; exit 1 when a committed file differs from what the source renders to.
 *   --root DIR  the zoo folder (default fixtures/zoo).
 * Exit codes: 0 all rendered (or all up to date); 1 a source has an error (one line
 * `zoo: <file>:<line>: <what>` each; the other papers are still rendered) or, with --check, a file
 * is stale.
 *
 * The renderer knows nothing of the parser: it reads the roles the author wrote, never guesses them.
 */
import { existsSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

export const ZOO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/zoo');

/**
 * Roles of page furniture: never part of an item's text or line ranges. `colophon` is a line of the
 * 版记 that closes a 简报 or 政务信息 issue after its items (报送：/抄送：/报：/送：/发： lines, the …印发
 * line, the print run 共印N份 and the 编辑/签发 line that carries it): the issue's, not its last item's.
 */
export const FURNITURE_ROLES = ['running-head', 'folio', 'editor', 'section', 'jump', 'colophon', 'noise'];
/** Roles of headline lines. */
export const HEADLINE_ROLES = ['kicker', 'title', 'subtitle', 'crosshead'];
/** Roles of running text (indented and wrapped in the indent and wrap layouts). */
export const TEXT_ROLES = ['lead', 'body', 'caption'];
/** Every role a source line may carry (`body+` is written in sources only: see PARAGRAPH_CONTINUED). */
export const ROLES = [...FURNITURE_ROLES, ...HEADLINE_ROLES, 'byline', ...TEXT_ROLES];
/**
 * `[body+] text`: the rest of the previous paragraph of the same item, printed after a page or
 * column break (or after a jump) as a line of its own; not indented; role `body`; the expected
 * paragraphs join it to the paragraph it continues, with nothing between.
 */
export const PARAGRAPH_CONTINUED = 'body+';
export const LAYOUTS = ['blank', 'indent', 'wrap'];
export const ITEM_KINDS = ['article', 'photo', 'brief'];
/** Two U+3000: the indent of a paragraph's first line. */
const INDENT = '\u3000\u3000';
/** Punctuation a typesetter never puts at the start of a line (it hangs past the width instead). */
const NO_LINE_START = new Set('，。、；：！？）》」』”’…%,.;:!?)');
/** Punctuation a typesetter never leaves at the end of a line (it moves to the next line). */
const NO_LINE_END = new Set('（《「『“‘(');

/** A source error, with the file and the 1-based line it is on. */
export class ZooSourceError extends Error {
  constructor(file, line, message) {
    super(`${file}:${line}: ${message}`);
    this.file = file;
    this.line = line;
  }
}

/**
 * Letters of the scripts printed beside Chinese in China's bilingual papers (Tibetan, Uyghur's
 * Arabic script, Mongolian, Cyrillic Mongolian) and Greek: narrow, like ASCII (Unicode East Asian
 * Width N), half a cell.
 */
const NARROW_SCRIPT_RE = /[\p{Script=Tibetan}\p{Script=Arabic}\p{Script=Mongolian}\p{Script=Cyrillic}\p{Script=Greek}]/u;
/** A combining mark (Tibetan subjoined letters and vowel signs, Arabic harakat): no width of its own. */
const MARK_RE = /\p{M}/u;

/**
 * Visual width of a text in cells: an ASCII character or a letter of a narrow script
 * (NARROW_SCRIPT_RE) is half a cell, a combining mark none, everything else one.
 */
export function cells(text) {
  let n = 0;
  for (const ch of text) {
    if (MARK_RE.test(ch)) continue;
    n += ch.codePointAt(0) < 0x80 || NARROW_SCRIPT_RE.test(ch) ? 0.5 : 1;
  }
  return n;
}

/**
 * Hard-wraps `text` into lines of at most `width` cells (a first line starting with `indent`).
 * Closing punctuation hangs at the end of a line rather than start one; opening punctuation moves
 * to the next line. Latin words and numbers may be split, as the OCR of a narrow column splits them.
 * Returns the printed lines; joined without separator they give indent + text.
 */
export function wrapText(text, width, indent = '') {
  const out = [];
  let line = indent;
  let used = cells(indent);
  for (const ch of text) {
    const w = cells(ch);
    // A combining mark stays with the letter it sits on.
    if (used + w > width && line.length > indent.length && !NO_LINE_START.has(ch) && !MARK_RE.test(ch)) {
      let carry = '';
      while (line.length > 1 && NO_LINE_END.has(line[line.length - 1])) {
        carry = line[line.length - 1] + carry;
        line = line.slice(0, -1);
      }
      out.push(line);
      line = carry;
      used = cells(carry);
      indent = '';
    }
    line += ch;
    used += w;
  }
  if (line) out.push(line);
  return out;
}

const ID_RE = /^[A-Za-z0-9_-]+$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks `YYYY-MM-DD` names a real day. */
function realDate(s) {
  if (!DATE_RE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Parses and validates one source text.
 * Returns { meta: {paper, conventions, issueDate, wrap, layouts}, units, items } where units are
 * the printed lines in order ({srcLine, role, text, item (index into items or null), continued}) and
 * items are {kind, date, bylines, id, srcLine}. Throws ZooSourceError on the first bad line.
 */
export function parseSource(text, file = 'source') {
  const meta = { paper: null, conventions: '', issueDate: null, wrap: 22, layouts: [...LAYOUTS] };
  const units = [];
  const items = [];
  const byId = new Map();
  let current = null; // index of the item lines go to; null: page furniture
  let seenBody = false;
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  lines.forEach((raw, i) => {
    const no = i + 1;
    const fail = (msg) => {
      throw new ZooSourceError(file, no, msg);
    };
    // Trailing spaces matter on headline lines (a title printed over two lines joined by a space).
    const line = raw.startsWith('[') ? raw : raw.trimEnd();
    if (line.trim() === '' || line.startsWith('#')) return;
    if (line.startsWith('@')) {
      if (seenBody) fail('a @ setting after the first page or item');
      const m = /^@([a-zA-Z]+)\s*(.*)$/u.exec(line.trim());
      const [, key, value] = m;
      if (key === 'paper') meta.paper = value || fail('@paper needs a name');
      else if (key === 'conventions') meta.conventions = value;
      else if (key === 'issueDate') {
        if (!realDate(value)) fail(`@issueDate must be a real date as YYYY-MM-DD, got "${value}"`);
        meta.issueDate = value;
      } else if (key === 'wrap') {
        const w = Number(value);
        if (!Number.isInteger(w) || w < 18 || w > 26)
          fail(`@wrap must be a whole number from 18 to 26, got "${value}"`);
        meta.wrap = w;
      } else if (key === 'layouts') {
        const ls = value.split(/\s+/u).filter(Boolean);
        const bad = ls.find((l) => !LAYOUTS.includes(l));
        if (bad || ls.length === 0) fail(`@layouts takes some of ${LAYOUTS.join(' ')}, got "${value}"`);
        meta.layouts = LAYOUTS.filter((l) => ls.includes(l));
      } else fail(`unknown setting @${key} (known: @paper @conventions @issueDate @wrap @layouts)`);
      return;
    }
    seenBody = true;
    if (/^==\s/u.test(line)) {
      if (!/^==\s+page\s+\d+\s*$/u.test(line)) fail(`a page break is "== page N", got "${line}"`);
      current = null;
      return;
    }
    if (/^===\s/u.test(line)) {
      const words = line.slice(3).trim().split(/\s+/u);
      const kind = words.shift();
      if (kind === 'continue') {
        const id = words.shift();
        if (!id || words.length) fail('"=== continue ID" takes one item id and nothing else');
        if (!byId.has(id)) fail(`"=== continue ${id}": no earlier item has id=${id}`);
        current = byId.get(id);
        return;
      }
      if (!ITEM_KINDS.includes(kind))
        fail(`unknown item kind "${kind}" (known: ${ITEM_KINDS.join(', ')}, continue)`);
      const item = { kind, date: undefined, bylines: [], id: null, srcLine: no };
      for (const w of words) {
        const m = /^(date|bylines|id)=(.*)$/u.exec(w);
        if (!m)
          fail(`bad item attribute "${w}" (known: date=YYYY-MM-DD|none, bylines=A,B, id=NAME; no spaces)`);
        const [, k, v] = m;
        if (k === 'date') {
          if (v !== 'none' && !realDate(v)) fail(`date= must be a real YYYY-MM-DD or none, got "${v}"`);
          item.date = v === 'none' ? null : v;
        } else if (k === 'bylines') {
          const names = v === '' ? [] : v.split(',');
          if (names.some((n) => n === '')) fail(`bylines= takes names separated by commas, got "${v}"`);
          item.bylines = names;
        } else {
          if (!ID_RE.test(v)) fail(`id= takes letters, digits, - and _, got "${v}"`);
          if (byId.has(v)) fail(`id=${v} is already used at line ${items[byId.get(v)].srcLine}`);
          item.id = v;
        }
      }
      if (item.date === undefined) fail('an item needs date=YYYY-MM-DD or date=none');
      items.push(item);
      current = items.length - 1;
      if (item.id) byId.set(item.id, current);
      return;
    }
    const m = /^\[([a-z+-]+)\] (.*)$/u.exec(line);
    if (!m)
      fail(
        `expected "[role] text", "=== item", "== page N", "@setting" or "# comment", got "${line.slice(0, 40)}"`,
      );
    const [, tag, body] = m;
    if (!ROLES.includes(tag) && tag !== PARAGRAPH_CONTINUED)
      fail(`unknown role [${tag}] (known: ${ROLES.join(', ')}, ${PARAGRAPH_CONTINUED})`);
    if (body.trim() === '') fail(`[${tag}] line with no text`);
    if (/^[\s\u3000]/u.test(body)) fail(`[${tag}] text starts with a space; the renderer adds indents`);
    const role = tag === PARAGRAPH_CONTINUED ? 'body' : tag;
    const furniture = FURNITURE_ROLES.includes(role);
    if (!furniture && current === null)
      fail(
        `[${tag}] outside an item: only ${FURNITURE_ROLES.join(', ')} may stand between a page break and the next ===`,
      );
    const unit = {
      srcLine: no,
      role,
      text: furniture || HEADLINE_ROLES.includes(role) ? body : body.trimEnd(),
      item: furniture ? null : current,
      continued: tag === PARAGRAPH_CONTINUED,
    };
    if (unit.continued) {
      const prev = [...units].reverse().find((u) => u.item === current);
      if (!prev || !TEXT_ROLES.includes(prev.role))
        fail(
          "[body+] continues a paragraph: the item's previous line must be [lead], [body], [caption] or [body+]",
        );
    }
    units.push(unit);
  });
  if (!meta.paper) throw new ZooSourceError(file, 1, 'missing @paper');
  if (!meta.issueDate) throw new ZooSourceError(file, 1, 'missing @issueDate');
  // Each item: one title (possibly over several lines), kicker lines right before it, subtitles
  // right after it, and no headline in a continued part other than cross-heads.
  items.forEach((item, k) => {
    const own = units.filter((u) => u.item === k);
    const fail = (u, msg) => {
      throw new ZooSourceError(file, u ? u.srcLine : item.srcLine, msg);
    };
    const titleAt = own.map((u, j) => (u.role === 'title' ? j : -1)).filter((j) => j >= 0);
    // A brief of a column printed with no headline (a one-liner of a 遗失声明 column, a ▲ item of a
    // 简讯 strip) has none: reference title ''. It has no kicker or subtitle either.
    if (titleAt.length === 0 && item.kind !== 'brief') fail(null, `item at line ${item.srcLine} has no [title]`);
    if (titleAt.length === 0 && own.some((u) => u.role === 'kicker' || u.role === 'subtitle'))
      fail(null, `item at line ${item.srcLine} has a [kicker] or [subtitle] but no [title]`);
    if (titleAt.some((j, n) => n > 0 && j !== titleAt[n - 1] + 1))
      fail(own[titleAt[1]], "an item's [title] lines must follow each other (one title)");
    const first = titleAt[0];
    const last = titleAt[titleAt.length - 1];
    own.forEach((u, j) => {
      if (u.role === 'kicker') {
        const between = own.slice(j + 1, first);
        if (j > first || between.some((x) => x.role !== 'kicker'))
          fail(u, '[kicker] lines must come right before the [title]');
      }
      if (u.role === 'subtitle') {
        const between = own.slice(last + 1, j);
        if (j < last || between.some((x) => x.role !== 'subtitle'))
          fail(u, '[subtitle] lines must come right after the [title]');
      }
    });
    if (own.filter((u) => TEXT_ROLES.includes(u.role)).length === 0 && item.kind !== 'photo')
      fail(
        null,
        `item at line ${item.srcLine} (${item.kind}) has no running text; only a photo may be a bare headline`,
      );
  });
  return { meta, units, items };
}

/** Title-like text of consecutive headline lines: joined with nothing, or one space if a line ends with one. */
function joinHeadline(lines) {
  return lines
    .map((t, i) => (i < lines.length - 1 && /\s$/u.test(t) ? `${t.trimEnd()} ` : t.trim()))
    .join('');
}

/**
 * Prints the units in one layout. Returns { lines: [{text, role, unit}] } where a wrapped unit
 * gives several lines; in the blank layout every unit is followed by a blank line (not listed).
 */
function printLayout(src, layout) {
  const out = [];
  for (const [k, u] of src.units.entries()) {
    const isText = TEXT_ROLES.includes(u.role);
    const indent = isText && !u.continued && layout !== 'blank' ? INDENT : '';
    let printed;
    if (layout === 'wrap' && (isText || HEADLINE_ROLES.includes(u.role)))
      printed = wrapText(u.text, src.meta.wrap, indent);
    else printed = [indent + u.text.trimEnd()];
    printed.forEach((text, j) =>
      out.push({ text, role: u.role === 'lead' && j > 0 ? 'body' : u.role, unit: k }),
    );
  }
  return out;
}

/** Where a paragraph's wrapped lines break (offsets into the text), at the paper's width. */
function wrapOffsets(text, width, indented) {
  const lines = wrapText(text, width, indented ? INDENT : '');
  const offsets = [];
  let at = indented ? -INDENT.length : 0;
  for (const l of lines.slice(0, -1)) {
    at += l.length;
    offsets.push(at);
  }
  return offsets;
}

/** A space as printed between the parts of a lead-in: ASCII or U+3000. */
const SP = '[\\s\\u3000]';
/** A credit's role word (记者, 本报记者, 特约通讯员, 实习生, …). */
const CREDIT_ROLE =
  '(?:(?:本[报報]|新[华華]社)?(?:特约|特約|见习|見習|首席|摄影|攝影)?(?:记者|記者|通讯员|通訊員)|实习生|實習生)';
/** A person's name in a credit: 2–4 Han characters, or a two-character name padded by a space (王　俊). */
const CREDIT_NAME = `(?!${CREDIT_ROLE})(?:\\p{Script=Han}${SP}\\p{Script=Han}|(?:(?!报道|報導|報道)\\p{Script=Han}){2,4})(?=${SP}|、|报道|報導|報道)`;
/** One role and its names: `记者　周子涵`, `通讯员　李雅楠　吴静`, `记者张晓彤报道`. */
const CREDIT_RUN = `${CREDIT_ROLE}${SP}*${CREDIT_NAME}(?:${SP}+${CREDIT_NAME})*`;
/** Between two credits of a run-in lead-in: a space, or 、 (特约记者蒋立川、通讯员邵文斌报道：). */
const CREDIT_SEP = `(?:${SP}*、${SP}*|${SP}+)`;
/** The closing 报道 of run-in credits, with its colon. */
const CREDIT_CLOSE = `${SP}*(?:报道|報導|報道)[：:]?`;
/** An ornament printed before a lead-in or a credit (■本报记者 …). */
const LEAD_ORNAMENT = /^[■□●◆▲◎★][\s\u3000]*/u;
/** The dateline of a lead-in: 本报讯, 本报沅州6月19日电, 新华社北京6月20日电, 据新华社…电, 某某网…讯, 本報訊, a county media centre's 岚溪融媒讯, a periodical's or station's own 本刊讯 / 本台讯 (the own-medium sources of src/extract/credit-lexicon.ts OWN_MEDIUM_SOURCE). */
const LEAD_DATELINE =
  /^据?(?:本[报報刊台网網]|新[华華]社|中新社|中央社|\p{Script=Han}{1,6}(?:社|网|網|台|融媒体中心|融媒))[\p{Script=Han}\d]{0,14}?[电讯電訊]/u;
/** Credits run in without brackets, one role after the other, then an optional 报道 and colon. */
const LEAD_CREDITS = new RegExp(
  `^${SP}*${CREDIT_RUN}(?:${CREDIT_SEP}${CREDIT_RUN})*(?:${CREDIT_CLOSE})?`,
  'u',
);
/**
 * Run-in credits where a writer is named without a role word, as a paper prints its staff
 * (本报讯　庞　毅、谭振宇报道：…; 本报讯　韦嘉宁、特约通讯员冯　岩报道：…): only with the closing
 * 报道, which tells the names from the news.
 */
const LEAD_NAMED_CREDITS = new RegExp(
  `^${SP}*(?:${CREDIT_RUN}|${CREDIT_NAME})(?:${CREDIT_SEP}(?:${CREDIT_RUN}|${CREDIT_NAME}))*${CREDIT_CLOSE}`,
  'u',
);
/**
 * Bracketed credits after the dateline or opening the paragraph: （记者　陈晓　通讯员　胡蓉）, with or
 * without a space before; 〔記者陳冠廷／翠灣報導〕; 【本報訊】; （中央社記者王子豪翠灣20日電）.
 */
const LEAD_BRACKET = /^[\s\u3000]*(?:[（(][^）)]{0,40}[）)]|〔[^〕]{0,40}〕|【[^】]{0,40}】)/u;

/**
 * Where a lead paragraph's lead-in ends: the offset (in UTF-16 units) of the first character of
 * the news itself, after the dateline and the credits, or 0 when the paragraph opens with neither.
 * Handles the conventions of the field:
 *   本报讯（记者　陈晓　通讯员　胡蓉）6月7日… ; 本报讯 （记者 陈晓）… ; 本报讯　6月7日… ;
 *   本报讯　记者　周子涵　通讯员　程嘉禾　昨天上午… (credits run in, names padded: 记者　王　俊　昨天…);
 *   本报讯　特约记者蒋立川、通讯员邵文斌报道：… (credits joined by 、); 本报讯　庞　毅、谭振宇报道：… (staff
 *   named without a role word, only before 报道);
 *   本报沅州6月19日电　… ; 新华社北京6月20日电（记者张晓彤　刘洋）… ;
 *   新华社北京6月20日电 记者张晓彤报道：… ; ■本报记者　林　森　通讯员　叶青　9月5日… ;
 *   in traditional characters too: 〔記者陳冠廷／翠灣報導〕… ; （中央社記者王子豪翠灣20日電）… ; 本報訊　記者　X　… .
 * A word after 记者 that is not followed by a space (记者20日从…, 记者昨天从…) is news, not a credit.
 */
export function leadInEnd(text) {
  let at = 0;
  const take = (re) => {
    const m = re.exec(text.slice(at));
    if (m) at += m[0].length;
    return Boolean(m);
  };
  take(LEAD_ORNAMENT);
  const dated = take(LEAD_DATELINE);
  const credited = take(LEAD_BRACKET) || take(LEAD_NAMED_CREDITS) || take(LEAD_CREDITS);
  if (!dated && !credited) return 0;
  while (at < text.length && /[\s\u3000]/u.test(text[at])) at++;
  return at;
}

/** The article's paragraphs (running text only) with where they were joined and wrapped. */
function paragraphsOf(src, k) {
  const paras = [];
  for (const u of src.units) {
    if (u.item !== k || !TEXT_ROLES.includes(u.role)) continue;
    if (u.continued) {
      const p = paras[paras.length - 1];
      p.joins.push(p.text.length);
      p.wraps.push(...wrapOffsets(u.text, src.meta.wrap, false).map((o) => o + p.text.length));
      p.text += u.text;
      continue;
    }
    paras.push({ text: u.text, role: u.role, joins: [], wraps: wrapOffsets(u.text, src.meta.wrap, true) });
  }
  return paras;
}

/**
 * A caption's photo credit run in at its end in brackets (…热烈交流。（全媒体记者　X　Y　摄）): the
 * item's credit, which the parser files as its credit line, not body text.
 */
const CAPTION_CREDIT_END_RE = /[（(][^（）()]{0,30}摄[）)]$/u;

/** Three short substrings of the body, one across a join or wrap point (see ZOO-FORMAT). */
function bodyContains(paras) {
  if (paras.length === 0) return [];
  const out = [];
  const safeStart = (p) => (p.role === 'lead' ? leadInEnd(p.text) : 0);
  // Where a paragraph's text ends: a caption's run-in credit in brackets left out (fix17: the credit
  // is the item's, so no substring may reach into it).
  const textEnd = (p) => (p.role === 'caption' ? p.text.replace(CAPTION_CREDIT_END_RE, '').length : p.text.length);
  // 1: across a join (a paragraph continued after a break), else across a wrap point near the
  // middle of the longest paragraph that has one clear of its lead-in and its last characters.
  const joined = paras.find((p) => p.joins.some((o) => o >= 6 && o <= p.text.length - 6));
  if (joined) {
    const o = joined.joins.find((x) => x >= 6 && x <= joined.text.length - 6);
    out.push(joined.text.slice(o - 6, o + 6));
  } else {
    const ranked = [...paras].sort(
      (a, b) => b.text.length - a.text.length || paras.indexOf(a) - paras.indexOf(b),
    );
    for (const p of ranked) {
      const ok = p.wraps.filter((o) => o >= safeStart(p) + 6 && o <= p.text.length - 8);
      if (ok.length === 0) continue;
      let o = ok[Math.floor((ok.length - 1) / 2)];
      if (o + 6 > textEnd(p)) {
        const clear = ok.filter((x) => x + 6 <= textEnd(p));
        if (clear.length === 0) continue;
        o = clear[clear.length - 1];
      }
      out.push(p.text.slice(o - 6, o + 6));
      break;
    }
  }
  // 2: the start of the first paragraph after the lead-in; 3: the middle of the last paragraph.
  const p0 = paras[0];
  let s0 = safeStart(p0);
  while (/\s/u.test(p0.text[s0] ?? '')) s0++;
  out.push(p0.text.slice(s0, s0 + 10));
  const pl = paras[paras.length - 1];
  let mid = Math.max(safeStart(pl), Math.floor(pl.text.length / 2) - 5);
  if (mid + 10 > textEnd(pl)) mid = Math.max(safeStart(pl), textEnd(pl) - 10);
  out.push(pl.text.slice(mid, mid + 10));
  return [...new Set(out.filter((s) => s.trim().length >= 4))];
}

/** [end of paragraph k, start of paragraph k+1] for consecutive body paragraphs (not captions or leads). */
function paragraphBreaks(paras) {
  const out = [];
  for (let i = 0; i + 1 < paras.length; i++) {
    const a = paras[i];
    const b = paras[i + 1];
    if (a.role === 'caption' || b.role !== 'body') continue;
    out.push([[...a.text].slice(-12).join(''), [...b.text].slice(0, 12).join('')]);
  }
  return out;
}

/** Ranges of printed line numbers: consecutive lines (blank lines between do not break a range). */
function rangesOf(lineNos, step) {
  const out = [];
  for (const n of lineNos) {
    const last = out[out.length - 1];
    if (last && n === last[1] + step) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/**
 * A photo item's title with the credit run in at its end taken off (an artwork's caption on one
 * line: `秋韵（国画）　　陈砚秋　作` → `秋韵（国画）`): when the title ends with spaces, one of the item's
 * `bylines=` names (padding allowed) and a role word (作 绘 画 书 刻 篆刻 摄), the reference title is
 * the part before; the credit is the item's credit line. Other titles are returned as printed.
 */
function withoutRunInCredit(title, item) {
  if (item.kind !== 'photo') return title;
  for (const name of item.bylines) {
    const padded = [...name].join('[\\s\\u3000]?');
    const m = new RegExp(`^(.+?)[\\s\\u3000]+${padded}[\\s\\u3000]*(?:篆刻|作|绘|画|书|刻|摄)$`, 'u').exec(title);
    if (m) return m[1];
  }
  return title;
}

/**
 * A column label printed at the head of a title's line (`【民族团结进步】曲登村干部…`, `〔关注〕麦收在即…`):
 * when the item has no `[kicker]` and its title opens with a label of 1–10 characters in 【】, 〔〕,
 * 〖〗 or ［］, the reference kicker is the label as printed and the title the rest. Returns
 * { kicker, title }.
 */
function withRunInLabel(title, kicker) {
  if (kicker !== null) return { kicker, title };
  const m = /^(【[^【】]{1,10}】|〔[^〔〕]{1,10}〕|〖[^〖〗]{1,10}〗|［[^［］]{1,10}］)[\s\u3000]*(\S.*)$/u.exec(title);
  return m ? { kicker: m[1], title: m[2] } : { kicker, title };
}

/**
 * Renders one parsed source in one layout. Returns { text (the file's text), bytes (Buffer in the
 * layout's encoding), expected (the object written to expected.<layout>.json) }.
 */
export function renderLayout(src, paperId, layout) {
  const printed = printLayout(src, layout);
  const step = layout === 'blank' ? 2 : 1;
  const lineNo = (i) => i * step + 1;
  const eol = layout === 'wrap' ? '\r\n' : '\n';
  const sep = layout === 'blank' ? eol + eol : eol;
  const text = printed.map((l) => l.text).join(sep) + eol;
  const bytes = layout === 'wrap' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8');

  const articles = [];
  src.items.forEach((item, k) => {
    const own = src.units.filter((u) => u.item === k);
    const of = (role) => own.filter((u) => u.role === role).map((u) => u.text);
    const paras = paragraphsOf(src, k);
    // An item's line ranges: runs of its printed lines not broken by furniture or another item.
    const mine = printed
      .map((l, i) => (src.units[l.unit].item === k ? lineNo(i) : null))
      .filter((n) => n !== null);
    const head = withRunInLabel(
      withoutRunInCredit(joinHeadline(of('title')), item),
      of('kicker').length ? joinHeadline(of('kicker')) : null,
    );
    const a = {
      kind: item.kind,
      title: head.title,
      subtitles: of('subtitle').map((t) => t.trim()),
      kicker: head.kicker,
      bylines: item.bylines,
      date: item.date,
    };
    if (of('crosshead').length) a.crossheads = of('crosshead').map((t) => t.trim());
    Object.assign(a, {
      leaders: { required: {}, optional: [] },
      people: { required: [], forbidden: [] },
      places: { required: [], forbidden: [] },
      bodyContains: bodyContains(paras),
      paragraphBreaks: paragraphBreaks(paras),
      lines: rangesOf(mine, step),
    });
    // (an untitled brief is placed by its first line)
    const titleUnit = own.find((u) => u.role === 'title') ?? own[0];
    articles.push({ order: src.units.indexOf(titleUnit), a });
  });
  articles.sort((x, y) => x.order - y.order);
  const layoutAbout = {
    blank: 'UTF-8, LF, every printed unit a blank-line paragraph',
    indent: 'UTF-8, LF, no blank lines, paragraphs indented with two U+3000',
    wrap: `GB18030, CRLF, no blank lines, paragraphs indented and hard-wrapped at ${src.meta.wrap} cells`,
  }[layout];
  const expected = {
    file: `${paperId}.${layout}.txt`,
    about: `Layout zoo paper ${paperId} (${src.meta.paper}, invented), ${layout} layout (${layoutAbout}). Conventions: ${src.meta.conventions || 'n/a'}. Rendered by scripts/zoo/render.mjs from ${paperId}.src.txt; do not edit by hand.`,
    issueYear: Number(src.meta.issueDate.slice(0, 4)),
    issueDate: src.meta.issueDate,
    paper: paperId,
    layout,
    encoding: layout === 'wrap' ? 'gb18030' : 'utf-8',
    articles: articles.map((x) => x.a),
    roles: printed.map((l, i) => [lineNo(i), l.role]),
  };
  return { text, bytes, expected };
}

/**
 * JSON with arrays of plain values (and short arrays of those) on one line, everything else
 * indented by two spaces; ends with a newline.
 */
export function formatJson(value) {
  const flat = (v) => v === null || typeof v !== 'object';
  const fmt = (v, ind) => {
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (v.every(flat)) return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
      if (v.every((x) => Array.isArray(x) && x.every(flat))) {
        const one = `[${v.map((x) => fmt(x, ind)).join(', ')}]`;
        if (one.length <= 100) return one;
      }
      return `[\n${v.map((x) => `${ind}  ${fmt(x, `${ind}  `)}`).join(',\n')}\n${ind}]`;
    }
    if (v && typeof v === 'object') {
      const keys = Object.keys(v);
      if (keys.length === 0) return '{}';
      const simple = keys.every(
        (k) =>
          flat(v[k]) ||
          (Array.isArray(v[k]) && v[k].every(flat)) ||
          (typeof v[k] === 'object' && Object.keys(v[k]).length === 0),
      );
      if (simple) {
        const one = `{${keys.map((k) => `${JSON.stringify(k)}: ${fmt(v[k], ind)}`).join(', ')}}`;
        if (one.length <= 100) return one;
      }
      return `{\n${keys.map((k) => `${ind}  ${JSON.stringify(k)}: ${fmt(v[k], `${ind}  `)}`).join(',\n')}\n${ind}}`;
    }
    return JSON.stringify(v);
  };
  return `${fmt(value, '')}\n`;
}

/**
 * Renders one paper folder in memory. Returns a Map of file name → Buffer (layout files and
 * expected files). Throws ZooSourceError for a bad source.
 */
export function renderPaper(dir) {
  const paperId = path.basename(dir);
  const srcPath = path.join(dir, `${paperId}.src.txt`);
  const rel = path.relative(process.cwd(), srcPath) || srcPath;
  const src = parseSource(readFileSync(srcPath, 'utf8'), rel);
  const files = new Map();
  for (const layout of src.meta.layouts) {
    const r = renderLayout(src, paperId, layout);
    files.set(`${paperId}.${layout}.txt`, r.bytes);
    files.set(`expected.${layout}.json`, Buffer.from(formatJson(r.expected), 'utf8'));
  }
  return files;
}

/** The paper folders of the zoo: fixtures/zoo/<id>/ holding <id>.src.txt, sorted. */
export function zooPapers(root = ZOO_DIR) {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, `${d.name}.src.txt`)))
    .map((d) => path.join(root, d.name))
    .sort();
}

/** Files in a paper folder that the renderer made (and may replace or remove). */
function renderedFiles(dir) {
  const id = path.basename(dir);
  return readdirSync(dir).filter(
    (f) =>
      /^expected\.[a-z]+\.json$/u.test(f) ||
      (f.startsWith(`${id}.`) && f.endsWith('.txt') && f !== `${id}.src.txt`),
  );
}

function main(argv) {
  const check = argv.includes('--check');
  const rootAt = argv.indexOf('--root');
  const root = rootAt >= 0 ? path.resolve(argv[rootAt + 1] ?? '') : ZOO_DIR;
  const only = argv.filter((a, i) => !a.startsWith('--') && (rootAt < 0 || i !== rootAt + 1));
  let status = 0;
  const dirs = zooPapers(root).filter((d) => only.length === 0 || only.includes(path.basename(d)));
  for (const dir of dirs) {
    let files;
    try {
      files = renderPaper(dir);
    } catch (e) {
      if (!(e instanceof ZooSourceError)) throw e;
      console.error(`zoo: ${e.message}`);
      status = 1;
      continue;
    }
    const stale = renderedFiles(dir).filter((f) => !files.has(f));
    const changed = [...files]
      .filter(([f, b]) => !existsSync(path.join(dir, f)) || !readFileSync(path.join(dir, f)).equals(b))
      .map(([f]) => f);
    if (check) {
      for (const f of [...changed, ...stale])
        console.error(
          `zoo: ${path.join(path.relative(process.cwd(), dir), f)}: not what the source renders to (run npm run zoo)`,
        );
      if (changed.length || stale.length) status = 1;
      continue;
    }
    for (const f of changed) writeFileSync(path.join(dir, f), files.get(f));
    for (const f of stale) unlinkSync(path.join(dir, f));
    console.log(
      `${path.basename(dir)}: ${files.size} files, ${changed.length} written, ${stale.length} removed`,
    );
  }
  if (dirs.length === 0) console.error('zoo: no papers found (fixtures/zoo/<id>/<id>.src.txt)');
  return status;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
