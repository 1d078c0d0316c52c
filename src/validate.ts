/**
 * Validation rules: checks over a parsed Issue that say when a parse is surely wrong, each with a
 * stable code and a fixed severity (README "Validation rules"). `bulletin validate` reports them
 * after the pipeline's own diagnostics; `parse` output does not carry them.
 *
 * Thresholds live in src/heuristics.ts (`MAX_TITLE_LENGTH`, `MAX_REPLACEMENT_SHARE`,
 * `MIN_REPLACEMENT_ERROR`), with what they were set on.
 */
import { MAX_REPLACEMENT_SHARE, MAX_TITLE_LENGTH, MIN_REPLACEMENT_ERROR } from './heuristics.js';
import { visualLength } from './text.js';
import type { Diagnostic, Issue, Severity } from './types.js';

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
] as const satisfies readonly ValidationRule[];

export type ValidationCode = (typeof VALIDATION_RULES)[number]['code'];

const SEVERITY = new Map<string, Severity>(VALIDATION_RULES.map((r) => [r.code, r.severity]));

function finding(code: ValidationCode, message: string, line: number | null, column: number | null = null): Diagnostic {
  return { severity: SEVERITY.get(code)!, code, message, line, column: line === null ? null : column };
}

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
 * Checks one parsed issue against `VALIDATION_RULES`. Pure; returns the findings as diagnostics
 * (1-based line of the article, block or marker concerned; null for whole-issue findings).
 */
export function validateIssue(issue: Issue): Diagnostic[] {
  const out: Diagnostic[] = [];
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
