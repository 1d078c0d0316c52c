/**
 * Validation rules: checks over a parsed Issue that say when a parse is surely wrong, each with a
 * stable code and a fixed severity (README "Validation rules"). `bulletin validate` reports them
 * after the pipeline's own diagnostics; `parse` output does not carry them.
 *
 * Thresholds live in src/heuristics.ts (`MAX_TITLE_LENGTH`, `MAX_REPLACEMENT_SHARE`,
 * `MIN_REPLACEMENT_ERROR`), with what they were set on.
 */
import { CUT_STORY_MIN_LENGTH, MAX_REPLACEMENT_SHARE, MAX_TITLE_LENGTH, MERGED_TITLE_LINES, MIN_REPLACEMENT_ERROR, UNCERTAIN_BOUNDARY_MARGIN } from './heuristics.js';
import { endsSentence, endsWithKickerDash, isHeadlineShaped, visualLength } from './text.js';
import { parseCreditLine, parseLeadIn, splitTrailingCredit } from './extract/bylines.js';
import { PICTURE_COLON_ROLES } from './extract/credit-lexicon.js';
import { EDITOR_NOTE_RE, END_MARK_RE, PICTURE_SOURCE_LINE_RE, SOURCE_NOTE_RE } from './stages/structure/weights.js';
import type { Article, Diagnostic, Issue, Severity } from './types.js';
import type { UncertainBoundary } from './stages/structure/decode.js';

/** One validation rule: its stable code, its severity and what it checks (README table). */
export interface ValidationRule {
  code: string;
  severity: Severity;
  description: string;
}

/** Every rule `validateIssue` applies, in the order its findings are reported. */
export const VALIDATION_RULES = [
  {
    code: 'validate/no-articles',
    severity: 'error',
    description: 'no article was recognised; all text is in `unassigned` or `furniture`',
  },
  {
    code: 'validate/title-too-long',
    severity: 'error',
    description: `a title longer than any headline (over ${MAX_TITLE_LENGTH} visual characters): running text taken for a headline`,
  },
  { code: 'validate/empty-body', severity: 'error', description: 'an article (not a photo) with no body text' },
  {
    code: 'validate/unassigned-text',
    severity: 'error',
    description: 'letters or digits left in `unassigned`: text the parser could not place in any article',
  },
  {
    code: 'validate/jump-unpaired',
    severity: 'error',
    description: 'a jump marker (下转第3版, 上接第2版) whose other half should be in the file (its page is) but was not found',
  },
  {
    code: 'validate/replacement-chars',
    severity: 'error',
    description: `replacement characters (U+FFFD) over ${MAX_REPLACEMENT_SHARE * 100} % of the text (and at least ${MIN_REPLACEMENT_ERROR}): the input did not decode`,
  },
  {
    code: 'validate/merged-stories',
    severity: 'warning',
    description: `an article that reads as several stories run together: a lead-in (本报讯, 新华社…电, 【本報訊】) opening a paragraph after a finished one, an end credit or end mark ((记者 X), （完）, （新华社电）, a signing line) with running text after it, or ${MERGED_TITLE_LINES}+ headline-shaped paragraphs that are no cross-head; the message gives each line`,
  },
  {
    code: 'validate/untitled-article',
    severity: 'warning',
    description: 'an article (kind `article`) with no title that stands under no column label: text cut off the story it belongs to (an interrupted story\'s rest), or a story whose headline was not seen',
  },
  {
    code: 'validate/credit-as-title',
    severity: 'warning',
    description: 'an item whose title reads as a credit line (记者　X　摄, 某部列兵　X, 受访者供图, （…供图）, 来源：…): a credit or signature taken for a headline, which split the story it closes or credits',
  },
  {
    code: 'validate/label-as-title',
    severity: 'warning',
    description: "an item titled with a bracketed label alone (【基本案情】, 〔背景〕) or a parenthesised note alone (（文中当事人均为化名）): a cross-head, column label or note of a story taken for a headline, which split that story there",
  },
  {
    code: 'validate/cut-story',
    severity: 'warning',
    description: `an article whose last paragraph is prose (a comma or full stop in it, at least ${CUT_STORY_MIN_LENGTH} characters) that stops on a word, with no closing mark: the rest of the story (after a column or page break, or a jump) was not found`,
  },
  {
    code: 'validate/split-attachment',
    severity: 'warning',
    description: 'an item titled with the name of a document the item before it issues or attaches (印发…《X》, 附件：X): the attachment split from its document',
  },
  {
    code: 'validate/uncertain-boundary',
    severity: 'info',
    description: `a line where the page's evidence barely decides whether a story starts there (read as a headline, it nearly was running text or a cross-head, or the other way round: the decode's max-marginal gap under ${UNCERTAIN_BOUNDARY_MARGIN}); the message says both readings`,
  },
] as const satisfies readonly ValidationRule[];

export type ValidationCode = (typeof VALIDATION_RULES)[number]['code'];

const SEVERITY = new Map<string, Severity>(VALIDATION_RULES.map((r) => [r.code, r.severity]));

function finding(code: ValidationCode, message: string, line: number | null, column: number | null = null): Diagnostic {
  return { severity: SEVERITY.get(code)!, code, message, line, column: line === null ? null : column };
}

/** A title that reads as a credit line (`validate/credit-as-title`): a byline, a picture's or a trailer's source. */
function isCreditTitle(t: string): boolean {
  return parseCreditLine(t) !== null || PICTURE_SOURCE_LINE_RE.test(t) || SOURCE_NOTE_RE.test(t);
}

/** A bracketed label alone (【基本案情】, 〔背景〕, ［链接］) or a parenthesised note alone (（文中当事人均为化名）). */
const LABEL_ALONE_RE = /^(?:【[^【】]{1,12}】|〔[^〔〕]{1,12}〕|［[^［］]{1,12}］|〖[^〖〗]{1,12}〗|[（(][^（）()]{2,30}[）)])$/u;

/**
 * The last paragraph of article `a` when it stops mid-sentence (`validate/cut-story`): prose (it
 * holds a comma, full stop or semicolon, no ideographic space between fields) of at least
 * CUT_STORY_MIN_LENGTH characters whose last character is a Han character. A list of names
 * (张三、李四), a table row (时间　地点) or a poem's line has no such punctuation or is shorter.
 * Null otherwise (and for photo items and briefs, whose captions and one-liners may stop so).
 */
function cutParagraph(a: Article): string | null {
  if (a.kind !== 'article') return null;
  const cross = new Set(a.crossheads.map((c) => c.paragraph));
  let p = a.paragraphs.length - 1;
  while (p >= 0 && (cross.has(p) || a.paragraphs[p].trim() === '')) p--;
  if (p < 0) return null;
  const last = a.paragraphs[p].trim();
  if ([...last].length < CUT_STORY_MIN_LENGTH || /\u3000/u.test(last) || !/[，。；,;]/u.test(last)) return null;
  return /\p{Script=Han}$/u.test(last) ? last : null;
}

/**
 * True when article `a` issues or attaches a document titled `title` (`validate/split-attachment`):
 * its text names it in 《》 next to an issuing verb (印发, 转发, 发布, 公布, 批转, 附件), or a paragraph of
 * its is the attachment line (附件：X, 1. X). Titles under 6 characters are not compared.
 */
function issuesDocument(a: Article, title: string): boolean {
  const t = title.trim();
  if ([...t].length < 6) return false;
  const named = `《${t}》`;
  return a.paragraphs.some((p) => {
    const at = p.indexOf(named);
    if (at >= 0 && /印发|转发|发布|公布|批转|附件|附后/u.test(p.slice(Math.max(0, at - 12), at + named.length + 12))) return true;
    return p.trim().replace(/^(?:附件[:：]?)?\s*(?:\d{1,2}[.．、])?\s*/u, '') === t && /^(?:附件|\d{1,2}[.．、])/u.test(p.trim());
  });
}

/** The decode's roles as a message names them. */
const ROLE_WORDS: Record<UncertainBoundary['role'], string> = {
  kicker: 'a kicker',
  title: 'a title',
  subtitle: 'a subtitle',
  crosshead: 'a cross-head',
  lead: 'a lead-in',
  body: 'running text',
  byline: 'a credit',
  caption: 'a caption',
  section: 'a column label',
  noise: 'noise',
};

/** A page named in furniture: 第3版, 第 ３ 版, 第三版 → 3; null when none. */
export function pageNumber(text: string): number | null {
  const m = /第\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版/u.exec(text);
  if (!m) return null;
  const digits = m[1].replace(/[０-９]/gu, (c) => String(c.charCodeAt(0) - 0xff10));
  if (/^\d+$/.test(digits)) return Number(digits);
  const cn = '一二三四五六七八九';
  const [a, b, c] = [...m[1]];
  if (m[1].length === 1) return cn.indexOf(a) + 1 || 10;
  if (a === '十') return 10 + cn.indexOf(b) + 1;
  return (cn.indexOf(a) + 1) * 10 + (c ? cn.indexOf(c) + 1 : 0);
}

/** A short quote of `text` for a message: its first characters, on one line. */
function quote(text: string, max = 20): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : flat;
}

/** Every character of the issue's text, wherever it went (articles, furniture, unassigned). */
function allText(issue: Issue): string[] {
  const parts: string[] = [];
  for (const a of issue.articles) {
    parts.push(a.kicker ?? '', a.title, ...a.subtitles, a.dateline ?? '', ...a.creditLines, ...a.paragraphs);
  }
  for (const f of issue.furniture) parts.push(f.text);
  for (const u of issue.unassigned) parts.push(u.text);
  return parts;
}

/**
 * The message for an issue in which no article was recognised, saying where its text went:
 * `unassigned` blocks and `furniture` lines (counts; furniture is one line per entry, noise
 * lines included). `no article recognised; all text kept in unassigned (2 blocks)` when there is
 * no furniture, `… all text kept as furniture (3 lines)` when nothing is unassigned, else both.
 */
export function noArticleText(unassigned: number, furniture: number): string {
  const blocks = `${unassigned} block${unassigned === 1 ? '' : 's'}`;
  const lines = `${furniture} line${furniture === 1 ? '' : 's'}`;
  if (furniture === 0) return `no article recognised; all text kept in unassigned (${blocks})`;
  if (unassigned === 0) return `no article recognised; all text kept as furniture (${lines})`;
  return `no article recognised; text kept in unassigned (${blocks}) and as furniture (${lines})`;
}

/**
 * A paragraph that looks like a story's title: headline-shaped (isHeadlineShaped), not a lead-in
 * line inside a story (春——, ending in a dash), not a numbered section or list entry (一、, （一）,
 * 1.), no table-of-contents entry (dot leaders).
 */
function isTitleLine(t: string): boolean {
  return isHeadlineShaped(t) && !endsWithKickerDash(t) && !NUMBERED_START_RE.test(t) && !/[…·.．]{3,}/u.test(t);
}

const NUMBERED_START_RE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]{1,3}[章条节部分])/u;

/** A column label in 【】 and a headline (no sentence punctuation) after a paragraph's last sentence. */
const RUN_ON_HEAD_RE = /[。！？!?][”’」』"]?【[^【】]{2,10}】[^，。；！？,;!?]{4,40}$/u;

/** An end mark run on after a story's last sentence: …确保工程质量。（完） */
const RUN_IN_END_MARK_RE = /[。！？!?…][”’」』"]?\s*[（(]\s*(?:完|全文完)\s*[）)]$/u;

/**
 * A speaker's label opening a paragraph (问：, 答：, 记者：, 广电报：, a name and a colon: 1-6 Han
 * characters), the turns of an interview or a Q&A as papers print them (答记者问, 访谈, 法律问答).
 */
const SPEAKER_LABEL_RE = /^(\p{Script=Han}{1,6})[：:]/u;
/** A speaker's label opening at least this many paragraphs of an item marks its turns (one such paragraph may be a headline: 东南亚：…). */
const MIN_SPEAKER_TURNS = 2;

/** An end credit printed as a paragraph of its own: a wire's （新华社电）, an end dateline （本报…电）. */
const END_CREDIT_LINE_RE = /^[（(][^（）()]{0,24}[电電][）)]$/u;

/** A credit whose role names a picture's maker (摄, 摄影, 图, 供图: credit-lexicon.ts PICTURE_COLON_ROLES; 本报记者 摄, 图 记者). */
function pictureCredit(c: { role: string }): boolean {
  return c.role.split(/\s+/u).some((w) => PICTURE_COLON_ROLES.includes(w));
}

/**
 * The evidence that article `a` is several stories run together (`validate/merged-stories`): for
 * each kind, the 1-based source lines of the paragraphs that show it (`lines[p]` is the line of
 * paragraph p, as the segmenter records it; null when unknown). Lead-ins: a paragraph after a
 * finished sentence that opens with a lead-in (parseLeadIn). End credits: a paragraph that is a
 * credit line, an end mark or an end dateline, or that ends with a run-in credit, with running
 * text after it. Title lines: headline-shaped paragraphs that are no cross-head and have running
 * text after them. Empty lists: no evidence.
 */
export function mergedStoryEvidence(
  a: Article,
  lines: (number | null)[] = [],
): { leadIns: (number | null)[]; endCredits: (number | null)[]; titleLines: (number | null)[]; runOnHeads: (number | null)[] } {
  const out = { leadIns: [] as (number | null)[], endCredits: [] as (number | null)[], titleLines: [] as (number | null)[], runOnHeads: [] as (number | null)[] };
  if (a.kind === 'photo') return out;
  const cross = new Set(a.crossheads.map((c) => c.paragraph));
  const text = a.paragraphs.map((t) => t.trim());
  // the story proper starts at its first paragraph that is no editor's note
  let start = 0;
  while (start < text.length && EDITOR_NOTE_RE.test(text[start])) start++;
  // A paragraph opening with a speaker's label that opens other paragraphs of the item too (问：/答：,
  // 记者：/X：, 广电报：…) is a turn of an interview or Q&A, running text however short, never a headline.
  const speakers = new Map<string, number>();
  const speakerOf = (t: string) => SPEAKER_LABEL_RE.exec(t)?.[1] ?? null;
  for (const t of text) {
    const who = speakerOf(t);
    if (who !== null) speakers.set(who, (speakers.get(who) ?? 0) + 1);
  }
  const turn = (p: number) => (speakers.get(speakerOf(text[p]) ?? '') ?? 0) >= MIN_SPEAKER_TURNS;
  const running = (p: number) => !cross.has(p) && text[p] !== '' && (turn(p) || !isHeadlineShaped(text[p]));
  const after = (p: number) => text.some((_, q) => q > p && running(q));
  const endCredit = text.map((t, p) => {
    if (cross.has(p) || t === '') return false;
    if (END_MARK_RE.test(t) || END_CREDIT_LINE_RE.test(t) || RUN_IN_END_MARK_RE.test(t)) return true;
    // a credit naming only who took or drew a picture (…走出山外。（本报记者　谭　雪　摄）) closes a
    // caption set into the story, not the story: the writer's credit closes that
    const credits = visualLength(t) <= 24 ? parseCreditLine(t) : null;
    if (credits?.length) return !credits.every(pictureCredit);
    const tail = endsSentence(t.replace(/[（(][^（）()]*[）)]$/u, '')) ? splitTrailingCredit(t) : null;
    return !!tail?.rest && !tail.credits.every(pictureCredit);
  });
  /** Paragraph p-1 closes a story: it ends a sentence, or it is an end credit. */
  const closed = (p: number) => p - 1 >= start && !cross.has(p - 1) && ((running(p - 1) && endsSentence(text[p - 1].replace(/[（(][^（）()]*[）)]$/u, ''))) || endCredit[p - 1]);
  const title = text.map((t, p) => p > start && !cross.has(p) && !turn(p) && isTitleLine(t) && closed(p) && p + 1 < text.length && (running(p + 1) || !!parseLeadIn(text[p + 1])));
  for (let p = start; p < text.length; p++) {
    if (cross.has(p) || !text[p]) continue;
    if (p > start && parseLeadIn(text[p]) && (closed(p) || title[p - 1])) out.leadIns.push(lines[p] ?? null);
    else if (endCredit[p] && after(p)) out.endCredits.push(lines[p] ?? null);
    else if (title[p]) out.titleLines.push(lines[p] ?? null);
    // the next story's labelled headline run on after the paragraph's last sentence (a hard wrap
    // joined them: …两名大学生。【民族团结进步】曲登村干部牧民“结对认亲”暖人心, tester8 Dec 2026)
    if (RUN_ON_HEAD_RE.test(text[p])) out.runOnHeads.push(lines[p] ?? null);
  }
  return out;
}

/**
 * Checks one parsed issue against `VALIDATION_RULES`. Pure; returns the findings as diagnostics
 * (1-based line of the article, block or marker concerned; null for whole-issue findings).
 * `paragraphLines[k][p]`: the source line of paragraph p of article k (the pipeline passes it when
 * `ParseOptions.validate` is set), for the lines `validate/merged-stories` names; without it, that
 * rule names the article's first line only.
 */
export function validateIssue(issue: Issue, paragraphLines: (number | null)[][] = [], uncertain: readonly UncertainBoundary[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const u of uncertain) {
    const opens = u.role === 'title' || u.role === 'kicker';
    out.push(
      finding(
        'validate/uncertain-boundary',
        `line ${u.line}: read as ${ROLE_WORDS[u.role]}, ${opens ? 'opening a new item' : 'inside the item above'}; ${ROLE_WORDS[u.alternative]} ${opens ? 'inside the item above' : 'opening a new item'} scored within ${u.margin.toFixed(2)}`,
        u.line,
        1,
      ),
    );
  }
  if (issue.articles.length === 0) {
    out.push(finding('validate/no-articles', noArticleText(issue.unassigned.length, issue.furniture.length), null));
  }
  for (const a of issue.articles) {
    const len = visualLength(a.title);
    if (len > MAX_TITLE_LENGTH) {
      out.push(
        finding('validate/title-too-long', `${a.id}: title of ${len} characters (at most ${MAX_TITLE_LENGTH} for a headline): «${quote(a.title)}»`, a.lines[0], 1),
      );
    }
    if (a.kind !== 'photo' && a.paragraphs.every((p) => p.trim() === '')) {
      out.push(finding('validate/empty-body', `${a.id} «${quote(a.title)}» has no body text`, a.lines[0], 1));
    }
  }
  // A title-less article is an item of a column (▲ briefs, a strip of captions) only under a label.
  const labels = issue.furniture.filter((f) => f.kind === 'section').map((f) => f.line);
  issue.articles.forEach((a) => {
    if (a.kind !== 'article' || a.title !== '') return;
    const label = labels.filter((l) => l < a.lines[0]).pop();
    const titledSince = issue.articles.some((o) => o.title !== '' && o.lines[0] < a.lines[0] && (label === undefined || o.lines[0] > label));
    if (label !== undefined && !titledSince) return;
    out.push(
      finding(
        'validate/untitled-article',
        `${a.id} (lines ${a.lines[0]}-${a.lines[1]}) has no title and stands under no column label: «${quote(a.paragraphs[0] ?? '')}» (the rest of an interrupted story, or a story whose headline was not seen)`,
        a.lines[0],
        1,
      ),
    );
  });
  // A headline never reads as a credit: an item titled with one is a credit line (a signature, a
  // picture's credit a hard wrap set on a line of its own) that the parser took for a headline.
  for (const a of issue.articles) {
    const t = a.title.trim();
    // (A trailer's source line, 来源：岚溪融媒, names no one but is no headline either: tester12, Dec 2026.)
    if (!t || !isCreditTitle(t)) continue;
    out.push(
      finding(
        'validate/credit-as-title',
        `${a.id} (lines ${a.lines[0]}-${a.lines[1]}) is titled with a credit line: «${quote(t)}» (a signature or picture credit taken for a headline; the story it closes or credits is split there)`,
        a.lines[0],
        1,
      ),
    );
  }
  for (const a of issue.articles) {
    if (!LABEL_ALONE_RE.test(a.title.trim()) || isCreditTitle(a.title.trim())) continue;
    out.push(
      finding(
        'validate/label-as-title',
        `${a.id} (lines ${a.lines[0]}-${a.lines[1]}) is titled with a label or note alone: «${quote(a.title.trim())}» (a cross-head or note of the story above taken for a headline; the story is split there)`,
        a.lines[0],
        1,
      ),
    );
  }
  for (const a of issue.articles) {
    const last = cutParagraph(a);
    if (last === null) continue;
    out.push(
      finding(
        'validate/cut-story',
        `${a.id} «${quote(a.title)}» (lines ${a.lines[0]}-${a.lines[1]}) stops mid-sentence: «…${[...last].slice(-12).join('')}» (its rest, after a column or page break or a jump, was not found)`,
        a.lines[1],
        1,
      ),
    );
  }
  issue.articles.forEach((b, k) => {
    const a = issue.articles[k - 1];
    if (!a || !issuesDocument(a, b.title)) return;
    out.push(
      finding(
        'validate/split-attachment',
        `${b.id} «${quote(b.title)}» (lines ${b.lines[0]}-${b.lines[1]}) is the document ${a.id} «${quote(a.title)}» issues or attaches: the attachment is split from it`,
        b.lines[0],
        1,
      ),
    );
  });
  issue.articles.forEach((a, k) => {
    const ev = mergedStoryEvidence(a, paragraphLines[k] ?? []);
    if (!ev.leadIns.length && !ev.endCredits.length && !ev.runOnHeads.length && ev.titleLines.length < MERGED_TITLE_LINES) return;
    const at = (ls: (number | null)[]) => (ls.every((l) => l !== null) ? `${ls.length > 1 ? 'lines' : 'line'} ${ls.join(', ')}` : `${ls.length}×`);
    const parts: string[] = [];
    if (ev.leadIns.length) parts.push(`a lead-in after a finished paragraph at ${at(ev.leadIns)}`);
    if (ev.endCredits.length) parts.push(`an end credit with running text after it at ${at(ev.endCredits)}`);
    if (ev.titleLines.length >= MERGED_TITLE_LINES) parts.push(`headline-shaped paragraphs that are no cross-head at ${at(ev.titleLines)}`);
    if (ev.runOnHeads.length) parts.push(`a labelled headline run on after the last sentence of the paragraph at ${at(ev.runOnHeads)}`);
    const first = [...ev.leadIns, ...ev.endCredits, ...ev.titleLines, ...ev.runOnHeads].filter((l): l is number => l !== null).sort((x, y) => x - y)[0];
    out.push(
      finding(
        'validate/merged-stories',
        `${a.id} «${quote(a.title)}» (lines ${a.lines[0]}-${a.lines[1]}) reads as several stories run together: ${parts.join('; ')}`,
        first ?? a.lines[0],
        1,
      ),
    );
  });
  if (issue.articles.length > 0) {
    for (const u of issue.unassigned) {
      const n = [...u.text].filter((ch) => /[\p{L}\p{N}]/u.test(ch)).length;
      if (n === 0) continue;
      out.push(
        finding('validate/unassigned-text', `${n} characters at lines ${u.lines[0]}-${u.lines[1]} belong to no article: «${quote(u.text)}»`, u.lines[0], 1),
      );
    }
  }
  // Jumps: a marker the pipeline could not pair (jump/unmatched on its line) whose page is printed here.
  const pages = new Set(
    issue.furniture.filter((f) => f.kind === 'folio' || f.kind === 'running-head').map((f) => pageNumber(f.text)).filter((p) => p !== null),
  );
  const unmatched = new Set(issue.diagnostics.filter((d) => d.code === 'jump/unmatched' && d.line !== null).map((d) => d.line));
  for (const f of issue.furniture) {
    if (f.kind !== 'jump' || !unmatched.has(f.line)) continue;
    const page = pageNumber(f.text);
    if (page === null || !pages.has(page)) continue;
    out.push(finding('validate/jump-unpaired', `jump marker «${quote(f.text)}» names page ${page}, which is in this file, but its other half was not found`, f.line, 1));
  }
  // Replacement characters over the threshold.
  let replacement = 0;
  let total = 0;
  for (const part of allText(issue)) {
    for (const ch of part) {
      if (ch === '\uFFFD') replacement += 1;
      if (!/\s/u.test(ch)) total += 1;
    }
  }
  if (replacement >= MIN_REPLACEMENT_ERROR && replacement > total * MAX_REPLACEMENT_SHARE) {
    const pct = ((100 * replacement) / Math.max(1, total)).toFixed(1);
    out.push(
      finding('validate/replacement-chars', `${replacement} replacement characters (U+FFFD), ${pct} % of the text: the input did not decode (try --encoding)`, null),
    );
  }
  return out;
}
