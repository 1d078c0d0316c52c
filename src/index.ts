/**
 * The library API: `parseIssue(bytes | text, options) → Issue`.
 *
 * bytes ─decode─▶ text ─normalize─▶ lines ─splitBlocks─▶ blocks ─rejoin─▶ blocks ─segment─▶
 * articles ─dates, entities─▶ articles. Every stage is pure and synchronous; only the CLI touches
 * files and terminals.
 */
import { createHash } from 'node:crypto';
import { validateIssue } from './validate.js';
import path from 'node:path';
import { DecodedInput, HeldInput, layoutBlocks, type Layout } from './stages/layout.js';
import { pageUnits } from './stages/structure/features.js';
import { scoreUnitInto } from './stages/structure/roles.js';
import { ViterbiRun, maxMarginals, roleMargins, uncertainBoundaries, type UncertainBoundary } from './stages/structure/decode.js';
import { assemble, assembleHeld, RoleTable, type BlockRole, type Segmented } from './stages/structure/assemble.js';
import { DECODE_ROLES, EDITOR_NOTE_RE, REPRINT_SOURCE_RE, type StructureWeights } from './stages/structure/weights.js';
import { FITTED } from './stages/structure/fitted.js';
import { runningHeadDate, runningHeadYear } from './stages/furniture.js';
import { closeUpDiagnostics } from './stages/markers.js';
import type { Block, Furniture, InputFormat, SourceInfo } from './types.js';
import { DAY_HEAD_RE } from './text.js';
import { DATELINE_WINDOW, adoptionNoteDate, dateOnlyLine, findArticleDate, findYearMentions, referenceDate, type DateContext } from './extract/dates.js';
import { extractArticleEntities } from './extract/entities.js';
import { segmenter as defaultSegmenter, type Segmenter } from './nlp/jieba.js';
import { UsageError } from './errors.js';
import {
  SCHEMA_VERSION,
  type Article,
  type ArticleDate,
  type LineGeometry,
  type Diagnostic,
  type Issue,
  type IssueInfo,
  type LineRole,
  type LineRoleEntry,
  type ParseOptions,
  type SourceLine,
} from './types.js';

export * from './types.js';
export { InputError, UsageError, EXIT } from './errors.js';
export { DecodedInput, HeldInput } from './stages/layout.js';
export { extractEntities, type EntityOptions, type TextEntities } from './extract/entities.js';
export { parseUserDict, type UserDictEntry, type UserDictError } from './extract/user-dict.js';
export { fitPages, fitWeights, trainingPages, type FitOptions, type FitPage, type TrainingDoc } from './stages/structure/train.js';
export type { StructureWeights } from './stages/structure/weights.js';
export { findDates, type FindDatesOptions, type FoundDate } from './extract/dates.js';

/** A date in a file name: 2023-05-30, 2023_05_30, 20230530 (not inside a longer run of digits). */
const FILENAME_DATE_RE = /(?<!\d)(19\d{2}|20\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/;
/** A date written in Chinese in a file name: 2023年5月30日. */
const FILENAME_CN_DATE_RE = /(19\d{2}|20\d{2})年(\d{1,2})月(\d{1,2})日/u;

/** A paragraph opening with a month and day: 7月20日, ２０２３年７月２０日, 七月二十日. */
const MONTH_DAY_START_RE = /^(?:[0-9０-９〇零一二三四五六七八九]{4}年)?[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}[日号]/u;
/** Words that say the story names no day (近日): then no later paragraph is read for one. */
const VAGUE_DATELINE_RE = /近日|日前|近期|近来|前不久|不久前/u;

/** Checks a `YYYY-MM-DD` string names a real day. */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The issue date named by a file name (`2023-05-30.txt`, `nt20230530.txt`), or null. */
export function dateFromFilename(file: string | null | undefined): string | null {
  if (!file) return null;
  const base = path.basename(file);
  const m = FILENAME_DATE_RE.exec(base) ?? FILENAME_CN_DATE_RE.exec(base);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** An info diagnostic `ocr/noise-line` for every line filed as OCR noise (kept in `furniture`, never a title). */
function noiseDiagnostics(furniture: Issue['furniture']): Diagnostic[] {
  return furniture
    .filter((f) => f.kind === 'noise')
    .map((f) => ({
      severity: 'info' as const,
      code: 'ocr/noise-line',
      message: `line "${f.text.slice(0, 40)}" is OCR noise (symbols, Latin fragments or isolated characters): kept as furniture`,
      line: f.line,
      column: 1,
    }));
}

/**
 * Page and box of each paragraph (from the geometry of its first line) and the mean word
 * confidence of the article's lines, for hOCR/ALTO input with coordinates.
 */
function articleLayout(
  a: Article,
  paragraphLines: number[],
  geometry: (LineGeometry | null)[],
): Pick<Article, 'paragraphLayout' | 'ocrConfidence'> {
  const paragraphLayout = a.paragraphs.map((_, p) => {
    const g = geometry[(paragraphLines[p] ?? 0) - 1];
    return g ? { page: g.page, bbox: g.bbox } : null;
  });
  let sum = 0;
  let chars = 0;
  for (const [first, last] of a.spans) {
    for (let l = first; l <= last; l++) {
      const g = geometry[l - 1];
      if (g?.confidence != null) {
        sum += g.confidence * g.confidenceChars;
        chars += g.confidenceChars;
      }
    }
  }
  const out: Pick<Article, 'paragraphLayout' | 'ocrConfidence'> = { paragraphLayout };
  if (chars) out.ocrConfidence = Math.round((sum / chars) * 1000) / 1000;
  return out;
}

/** Extra options for tests and embedding: a segmenter other than nodejieba. */
export interface ParseInternals {
  segmenter?: Segmenter;
  /** Weights for the structure step (default: the shipped fitted weights, src/stages/structure/fitted.ts). */
  weights?: StructureWeights;
  /**
   * When given, receives one entry per structure unit of the parse: the decoded role, the best
   * other role and their max-marginal gap in model score units (`roleMargins`; `line` is the
   * unit's first source line). For scripts/margins.mjs, which lists the near-ties a refit may flip.
   */
  margins?: UncertainBoundary[];
}

/**
 * The roles structure step: features per unit, scores, Viterbi over the page, assembly.
 * `withBlockRoles` false leaves the result's `blockRoles` empty.
 */
export function segmentByRoles(blocks: Block[], weights: StructureWeights = FITTED, withBlockRoles = true): Segmented {
  return assemble(blocks, decodeRoles(blocks, weights), withBlockRoles);
}

/**
 * The role of every non-furniture block (by block index), decoded over the page, in a byte per
 * block. Its own function so that the units are garbage before `assemble` builds the articles (on
 * a large input they would otherwise be held through assembly, at the parse's peak of memory).
 */
function decodeRoles(blocks: Block[], weights: StructureWeights, uncertain?: UncertainBoundary[], margins?: UncertainBoundary[]): RoleTable {
  // each unit scored as soon as its features are known, and its scores taken by the Viterbi at
  // once: neither the feature strings nor a table of all units' scores are held (issue 10) — but
  // for `uncertain` (validate) and `margins`, whose max-marginals need the whole table
  const R = DECODE_ROLES.length;
  const row = new Float64Array(R);
  const all = uncertain || margins ? new Float64Array(blocks.length * R) : null;
  const run = new ViterbiRun(blocks.length, weights.trans);
  const units = pageUnits(blocks, (k, features) => {
    scoreUnitInto(features, weights, row, 0);
    run.push(row);
    all?.set(row, k * R);
  });
  const best = run.best();
  const roles = new RoleTable(blocks.length);
  for (let k = 0; k < units.length; k++) roles.set(units[k].index, best[k]);
  if (all) {
    const mm = maxMarginals(all.subarray(0, units.length * R), weights.trans);
    const at = (u: UncertainBoundary): UncertainBoundary => ({ ...u, line: blocks[units[u.unit].index].lines[0] });
    if (uncertain) for (const u of uncertainBoundaries(mm, best)) uncertain.push(at(u));
    if (margins) for (const u of roleMargins(mm, best)) margins.push(at(u));
  }
  return roles;
}

/**
 * Parses one issue of a newspaper from raw bytes (any supported encoding) or already decoded text.
 *
 * A {@link HeldInput} is let go of once decoded (for a caller that holds the bytes only to parse
 * them: the CLI). Returns the Issue (schema version 1). Throws `InputError` for input that is not usable text
 * (empty, binary, undecodable) and `UsageError` for a malformed `issueDate`; everything else
 * that is wrong with the input becomes a diagnostic in the result.
 */
export function parseIssue(input: Uint8Array | string | HeldInput, options: ParseOptions = {}, internals: ParseInternals = {}): Issue {
  return parseWith(input instanceof HeldInput ? input : new HeldInput(input), options, internals, false).issue;
}

/** `parseIssue` with the role the segmenter gave every source line (for proof sheets and evaluation). */
export interface DetailedParse {
  issue: Issue;
  /** One entry per line of the decoded text (blank lines included), in order. */
  lineRoles: LineRoleEntry[];
}

/**
 * Parses like `parseIssue` and also returns each source line's role (`LineRole`) and the id of the
 * article it went to. A paragraph's lines all carry its role, except that a paragraph opening with
 * a lead-in has `lead` on its first printed line only (the zoo fixtures' convention). Throws as
 * `parseIssue` does.
 */
export function parseIssueDetailed(
  input: Uint8Array | string,
  options: ParseOptions = {},
  internals: ParseInternals = {},
): DetailedParse {
  return parseWith(new HeldInput(input), options, internals, true);
}

/** What the layout and structure steps leave for the rest of the parse (lines and blocks dropped). */
export interface Structured {
  decoded: { encoding: string; confidence: number };
  format: Layout['format'];
  geometry: Layout['geometry'];
  seg1: Omit<Segmented, 'blockRoles'>;
  /**
   * Diagnostics by group, in the order the parse lists them before sorting by line: decoding,
   * markup, normalizing, structure, noise lines, close-ups over the lines.
   */
  groups: Diagnostic[][];
  /** The role of every line (`detailed` only, else empty). */
  lineRoles: LineRoleEntry[];
  /** Units whose item boundary the decode barely decided (`options.validate` only, else empty). */
  uncertain: UncertainBoundary[];
}

/**
 * Layout and structure of one input. Only what the later steps read is returned, so that the
 * lines, blocks and structure units of a large input can be collected before dates and entities.
 * `firstLine`: the number of its first line (a window of a larger plain text, src/windowed.ts).
 */
export function structured(
  input: HeldInput | DecodedInput,
  options: ParseOptions,
  internals: ParseInternals,
  seg: Segmenter,
  detailed: boolean,
  firstLine = 1,
): Structured {
  const layout: Partial<Layout> & Omit<Layout, 'lines' | 'blocks'> = layoutBlocks(input, options, seg, firstLine);
  const { decoded, format, normDiagnostics, geometry, markupDiagnostics } = layout;
  // The lines are read before the structure step, and held through it only for the line roles:
  // on a large input the structure step is the parse's peak of memory.
  const closeUps = closeUpDiagnostics(layout.lines!);
  const lines = detailed ? layout.lines! : null;
  delete layout.lines;
  const uncertain: UncertainBoundary[] = [];
  const { blockRoles, ...seg1 } = structureOf(layout, internals, detailed, options.validate ? uncertain : undefined);
  return {
    decoded: { encoding: decoded.encoding, confidence: decoded.confidence },
    format,
    geometry,
    seg1,
    groups: [decoded.diagnostics, markupDiagnostics, normDiagnostics, seg1.diagnostics, noiseDiagnostics(seg1.furniture), closeUps],
    lineRoles: lines ? lineRolesOf(lines, blockRoles) : [],
    uncertain,
  };
}

/**
 * The structure step over the blocks `layout` holds, which it takes out of it: no frame holds
 * them but the step's own, so that they are garbage once read (`assembleHeld`).
 */
function structureOf(layout: { blocks?: Block[] }, internals: ParseInternals, detailed: boolean, uncertain?: UncertainBoundary[]): Segmented {
  return assembleHeld(layout, rolesOf(layout, internals.weights ?? FITTED, uncertain, internals.margins), detailed);
}

/** `decodeRoles` over the blocks `layout` holds (read here, so that no caller's frame holds them). */
function rolesOf(layout: { blocks?: Block[] }, weights: StructureWeights, uncertain?: UncertainBoundary[], margins?: UncertainBoundary[]): RoleTable {
  return decodeRoles(layout.blocks ?? [], weights, uncertain, margins);
}

/** The size and sha256 of an input's bytes (of its UTF-8 for text), read before it is decoded. */
export function sourceFacts(held: HeldInput): { sha256: string; bytes: number } {
  const input = held.peek();
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

/** The `source` of an issue's output: the path as given (null for in-memory input), the facts of its bytes (`sourceFacts`) and how they were decoded. */
export function sourceInfo(
  path: string | null | undefined,
  facts: { sha256: string; bytes: number },
  decoded: { encoding: string; confidence: number },
  format: InputFormat,
): SourceInfo {
  return { path: path ?? null, sha256: facts.sha256, bytes: facts.bytes, encoding: decoded.encoding, encodingConfidence: decoded.confidence, format };
}

/** A year the running heads and mastheads print for the issue: how many heads print it, the line of the first. */
export interface HeadYear {
  year: number;
  count: number;
  line: number | null;
}

/**
 * Adds the years the running heads and mastheads of `furniture` print for the issue
 * (`runningHeadYear`) to `by` (year → how many heads print it and the line of its first), in the
 * order of `furniture`: called on the furniture of successive windows, the same map as on all of it.
 */
export function addHeadYears(furniture: readonly Furniture[], by: Map<number, HeadYear>): Map<number, HeadYear> {
  for (const f of furniture) {
    if (f.kind !== 'running-head' && f.kind !== 'masthead') continue;
    const year = runningHeadYear(f.text);
    if (year === null) continue;
    const e = by.get(year) ?? { year, count: 0, line: f.line };
    e.count++;
    by.set(year, e);
  }
  return by;
}

/**
 * What the issue's date and year are read from, besides the options: the first date a running
 * head or masthead prints (and its line), the years the heads print (`addHeadYears`), and the
 * latest year the articles' text names (asked for only when nothing else gives a year).
 */
export interface IssueEvidence {
  mastheadDate: string | null;
  /** The line of the first head printing `mastheadDate`. */
  mastheadLine: number | null;
  headYears: Map<number, HeadYear>;
  textYear: () => number | null;
}

/**
 * The latest year the articles' titles and paragraphs name (`findYearMentions`), or null; a year
 * printed as a plan's target (到一九九〇年, 到2029年底) only when the text names no other year.
 */
export function latestTextYear(articles: readonly Article[]): number | null {
  let best: number | null = null;
  let bestTarget: number | null = null;
  for (const a of articles)
    for (const { year, target } of findYearMentions([a.title, ...a.paragraphs].join('\n'))) {
      if (target) bestTarget = bestTarget === null || year > bestTarget ? year : bestTarget;
      else best = best === null || year > best ? year : best;
    }
  return best ?? bestTarget;
}

/** A Republic-era year's name (date-grammar.ts ROC_ERA): 民國, 中華民國, simplified too. */
const ROC_ERA_RE = /民國|民国/u;

/**
 * Warnings `issue/era-conflict` when the heads (masthead lines, running heads) print the issue's date
 * both in the Republic-era calendar (中華民國115年12月5日, a Taiwan masthead) and in the western one
 * (A1　要聞　2026年12月5日, its page heads) and the two name different days: one of them is misprinted
 * or OCR misread a digit, and the issue's date (the first head's) may be wrong. One warning, at the
 * first head that disagrees with the first head of the other calendar.
 */
export function eraDateConflicts(furniture: readonly Furniture[]): Diagnostic[] {
  let roc: { date: string; line: number | null; text: string } | null = null;
  let western: { date: string; line: number | null; text: string } | null = null;
  for (const f of furniture) {
    const date = runningHeadDate(f.text);
    if (date === null) continue;
    const here = { date, line: f.line, text: f.text.trim() };
    const era = ROC_ERA_RE.test(f.text);
    if (era) roc ??= here;
    else western ??= here;
    const other = era ? western : roc;
    if (other && other.date !== date)
      return [
        {
          severity: 'warning',
          code: 'issue/era-conflict',
          message: `the heads print the issue's date in the Republic-era calendar as ${(era ? here : other).date} («${(era ? here : other).text}») and in the western one as ${(era ? other : here).date} («${(era ? other : here).text}»); one is misprinted (pass --issue-date to set it)`,
          line: f.line,
          column: f.line === null ? null : 1,
        },
      ];
  }
  return [];
}

/** The first date a running head or masthead of `furniture` prints, and the line of that head; nulls when none does. */
export function firstHeadDate(furniture: readonly Furniture[]): { date: string | null; line: number | null } {
  for (const f of furniture) {
    const date = runningHeadDate(f.text);
    if (date !== null) return { date, line: f.line };
  }
  return { date: null, line: null };
}

/**
 * The issue's date and year: `--issue-date` > the date the masthead or a running head prints > a
 * date in the file name > the year the heads print > the latest year in the text. The user's option
 * is strong evidence; a file name is weak (an archive's or a scan's date, a copy renamed), so the
 * printed date outweighs it (2023-01-01.txt holding an issue printed 2024年5月4日 is of 4 May 2024).
 * A file name that agrees with the print keeps `yearSource` 'filename'. Pushes the issue-level
 * diagnostics (`issue/year-conflict`, `issue/year-from-text`, `issue/date-conflict`) onto `diagnostics`.
 */
export function issueInfoOf(evidence: IssueEvidence, options: ParseOptions, diagnostics: Diagnostic[]): IssueInfo {
  const fromName = dateFromFilename(options.path);
  const { mastheadDate } = evidence;
  // The years the running heads and masthead print for the issue (青川省人民政府公报　2026年第12期 on
  // every page), most printed first.
  const heads = [...evidence.headYears.values()].sort((a, b) => b.count - a.count || b.year - a.year);
  // A file name's date whose year no head prints, where the heads print one (2003-01-12.txt holding
  // 澄溪组工通讯　2023年第17期): the printed year outweighs the name, as a printed date does.
  const nameYearPrinted = !fromName || heads.length === 0 || heads.some((h) => h.year === Number(fromName.slice(0, 4)));
  let issue: IssueInfo;
  if (options.issueDate) issue = { date: options.issueDate, year: Number(options.issueDate.slice(0, 4)), yearSource: 'option' };
  else if (fromName && nameYearPrinted && (!mastheadDate || mastheadDate === fromName)) issue = { date: fromName, year: Number(fromName.slice(0, 4)), yearSource: 'filename' };
  else if (mastheadDate) issue = { date: mastheadDate, year: Number(mastheadDate.slice(0, 4)), yearSource: 'masthead' };
  else {
    // No head prints a day. The year the heads print outweighs any year of the running text, which
    // names plan targets and past years (到2027年底): the year most heads print; failing that, the
    // latest year the text names, said in an info (a guess).
    const textYear = evidence.textYear();
    if (heads.length) {
      issue = { date: null, year: heads[0].year, yearSource: 'masthead' };
      if (heads.length > 1) {
        diagnostics.push({
          severity: 'warning',
          code: 'issue/year-conflict',
          message: `the running heads print different years (${heads.map((h) => `${h.year} ${h.count}×`).join(', ')}); using ${heads[0].year}`,
          line: heads[1].line,
          column: 1,
        });
      }
    } else {
      issue = { date: null, year: textYear, yearSource: textYear === null ? null : 'text' };
      if (textYear !== null) {
        diagnostics.push({
          severity: 'info',
          code: 'issue/year-from-text',
          message: `no running head or masthead prints the issue's year; using ${textYear}, the latest year the text names (pass --issue-date to set it)`,
          line: null,
          column: null,
        });
      }
    }
  }
  if (mastheadDate && issue.date && issue.date !== mastheadDate) {
    diagnostics.push({
      severity: 'warning',
      code: 'issue/date-conflict',
      message: `the --issue-date says ${issue.date}, the running head ${mastheadDate}; using ${issue.date}`,
      line: evidence.mastheadLine,
      column: evidence.mastheadLine === null ? null : 1,
    });
  } else if (fromName && !mastheadDate && !nameYearPrinted && !options.issueDate) {
    diagnostics.push({
      severity: 'warning',
      code: 'issue/date-conflict',
      message: `the file name says ${fromName}, the running heads print the year ${heads[0].year}; using ${heads[0].year}, the printed year, and no issue date (pass --issue-date to set it)`,
      line: heads[0].line,
      column: heads[0].line === null ? null : 1,
    });
  } else if (mastheadDate && fromName && fromName !== mastheadDate && issue.yearSource === 'masthead') {
    diagnostics.push({
      severity: 'warning',
      code: 'issue/date-conflict',
      message: `the file name says ${fromName}, the running head ${mastheadDate}; using ${mastheadDate}, the printed date (pass --issue-date to set it)`,
      line: evidence.mastheadLine,
      column: evidence.mastheadLine === null ? null : 1,
    });
  }
  return issue;
}

/**
 * Each article of `seg1` with its date (dateline, first paragraphs, signing date, title; see the
 * comments), read in the issue's date context `ctx`; the dates' diagnostics are pushed onto
 * `diagnostics` in article order. An article without a date is returned as it is.
 */
export function datedArticles(seg1: Pick<Segmented, 'articles' | 'paragraphLines'>, issue: IssueInfo, ctx: DateContext, diagnostics: Diagnostic[]): Article[] {
  return seg1.articles.map((a, k) => {
    // The dateline: in a lead-in (本报滨海11月3日电) or at the start of the first paragraph.
    // An editor's note opening the story (【编者按】…) is not its dateline: the paragraph after it is.
    const first = a.paragraphs.findIndex((t, p) => !a.crossheads.some((c) => c.paragraph === p) && !EDITOR_NOTE_RE.test(t));
    const line = first < 0 ? (a.spans[0]?.[0] ?? null) : (seg1.paragraphLines[k][first] ?? null);
    // A second paragraph that opens with a date (7月20日，记者从…获悉) when the first (a quote, a
    // scene) names none; a date inside it (成立于2021年9月) is no dateline.
    const second = a.paragraphs.findIndex((_, p) => p > first && !a.crossheads.some((c) => c.paragraph === p));
    const vague = first >= 0 && VAGUE_DATELINE_RE.test(a.paragraphs[first].slice(0, DATELINE_WINDOW));
    const opening = second > 0 && !vague && MONTH_DAY_START_RE.test(a.paragraphs[second]) ? a.paragraphs[second] : null;
    const candidates: [string | null, number | null][] = [
      [a.dateline, line],
      [first < 0 ? null : a.paragraphs[first], line],
      [opening, opening ? (seg1.paragraphLines[k][second] ?? null) : null],
    ];
    // A meeting's schedule opening with a day heading (6月26日（星期三）, a cross-head) and no date in
    // its text before it: the schedule's first day.
    const dayHead = a.crossheads.find((c) => c.paragraph === 0 && DAY_HEAD_RE.test(c.text.trim()));
    if (dayHead) candidates.push([dayHead.text, line]);
    // A document signed at its end (issuing body over a line that is only a date: 2023年4月28日)
    // is dated by that signing date, before any date its text names (已经2023年8月28日…审议通过);
    // else a speech or report dated in brackets under its title (（2023年5月6日）), or a resolution,
    // decision or list of appointments by its adoption note (（2024年6月27日…会议通过）).
    if (!a.dateline) {
      const signed = [...a.creditLines].reverse().map((c) => dateOnlyLine(c, ctx)).find((r) => r !== null);
      const under =
        signed ??
        a.subtitles.map((s) => dateOnlyLine(s, ctx)).find((r) => r !== null) ??
        a.subtitles.map((s) => adoptionNoteDate(s, ctx)).find((r) => r !== null);
      if (under) {
        diagnostics.push(...under.diagnostics);
        return { ...a, date: under.date };
      }
    }
    // The first date passed over for being after the issue's: said in an info when the article ends undated.
    let later: { date: ArticleDate; line: number | null } | null = null;
    for (const [text, at] of candidates) {
      if (!text) continue;
      const found = findArticleDate(text, ctx, at);
      // A date after the issue's own (据气象台预报，5月26日至6月1日…, in the issue of 25 May) is what
      // the text announces or forecasts, never the day the story reports on: no dateline.
      if (found.date?.iso && issue.date && found.date.iso > issue.date) {
        later ??= { date: found.date, line: at };
        continue;
      }
      diagnostics.push(...found.diagnostics);
      if (found.date || found.diagnostics.length) return { ...a, date: found.date };
    }
    // No date in its text: a reprint is dated by its source note's date of the original printing
    // (（摘自《南屏日报》2023年6月3日　作者　X）, （摘自6月3日《…》）: the day the story was reported, as a
    // dateline's; a note with no date, （原载《江城晚报》，有删节）, dates nothing).
    for (const c of a.creditLines) {
      if (!REPRINT_SOURCE_RE.test(c.trim())) continue;
      const found = findArticleDate(c, ctx, a.spans[0]?.[0] ?? null);
      if (found.date?.iso && !(issue.date && found.date.iso > issue.date)) {
        diagnostics.push(...found.diagnostics);
        return { ...a, date: found.date };
      }
    }
    // No date in its text: an item titled by its day (10月25日…部分蔬菜价格, a price list or a
    // table printed as an item of its own) is dated by its title.
    if (a.title && MONTH_DAY_START_RE.test(a.title)) {
      const found = findArticleDate(a.title, ctx, a.spans[0]?.[0] ?? null);
      if (found.date?.iso && !(issue.date && found.date.iso > issue.date)) {
        diagnostics.push(...found.diagnostics);
        return { ...a, date: found.date };
      }
    }
    if (later && issue.date) diagnostics.push(afterIssueDateInfo(later.date, later.line, issue));
    return a;
  });
}

/** Where the issue's date came from, as a diagnostic says it. */
const ISSUE_DATE_SOURCE: Record<NonNullable<IssueInfo['yearSource']>, string> = {
  option: '--issue-date',
  filename: 'the file name',
  masthead: 'the running head',
  text: 'the text',
};

/**
 * The info `dates/after-issue-date` of an article left undated because its dateline names a day
 * after the issue's: what the item announces (a notice of a coming day), or a misprint, or an issue
 * date that is wrong (a mistyped `--issue-date`). Says the date passed over and where the issue's came from.
 */
function afterIssueDateInfo(date: ArticleDate, line: number | null, issue: IssueInfo): Diagnostic {
  const from = issue.yearSource ? ` (from ${ISSUE_DATE_SOURCE[issue.yearSource]})` : '';
  return {
    severity: 'info',
    code: 'dates/after-issue-date',
    message: `date left null: its dateline ${date.text} (${date.iso}) is after the issue date ${issue.date}${from}, read as a day the item announces${issue.yearSource === 'option' ? ' (or --issue-date is wrong)' : ' (or the issue date is: pass --issue-date)'}`,
    line,
    column: line === null ? null : 1,
  };
}

/**
 * `parseIssueDetailed`, with the line roles computed only when `detailed`. `facts`: the size and
 * sha256 of the input, when they were read before (a {@link DecodedInput} no longer has its bytes).
 */
export function parseWith(
  input: HeldInput | DecodedInput,
  options: ParseOptions,
  internals: ParseInternals,
  detailed: boolean,
  facts?: { sha256: string; bytes: number },
): DetailedParse {
  const seg = internals.segmenter ?? defaultSegmenter;
  if (options.issueDate && !isValidIsoDate(options.issueDate)) {
    throw new UsageError(`--issue-date must be a real date as YYYY-MM-DD, got "${options.issueDate}"`);
  }
  // read before the input is decoded: then the holder lets go of it (layoutBlocks)
  const source = facts ?? sourceFacts(input as HeldInput);
  const { decoded, format, geometry, seg1, groups, lineRoles, uncertain } = structured(input, options, internals, seg, detailed);
  const diagnostics: Diagnostic[] = [];
  // one at a time: a large input has more diagnostics than a call takes arguments
  for (const list of groups) for (const d of list) diagnostics.push(d);

  const head = firstHeadDate(seg1.furniture);
  for (const d of eraDateConflicts(seg1.furniture)) diagnostics.push(d);
  const issue = issueInfoOf(
    { mastheadDate: head.date, mastheadLine: head.line, headYears: addHeadYears(seg1.furniture, new Map()), textYear: () => latestTextYear(seg1.articles) },
    options,
    diagnostics,
  );
  const layouts = geometry.length ? seg1.articles.map((a, k) => articleLayout(a, seg1.paragraphLines[k], geometry)) : null;
  const ctx: DateContext = { issueDate: issue.date, year: issue.year };
  if (!issue.date) ctx.referenceDate = referenceDate(seg1.articles.map((a) => a.paragraphs[0] ?? ''), ctx);
  let articles = datedArticles(seg1, issue, ctx, diagnostics);
  if (options.entities !== false && articles.length) {
    const ent = extractArticleEntities(articles, { segmenter: seg, userDict: options.userDict });
    articles = ent.articles;
    for (const d of ent.diagnostics) diagnostics.push(d);
  }
  if (layouts) articles = articles.map((a, k) => ({ ...a, ...layouts[k] }));
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  const result: Issue = {
    schemaVersion: SCHEMA_VERSION,
    source: sourceInfo(options.path, source, decoded, format),
    issue,
    articles,
    furniture: seg1.furniture,
    unassigned: seg1.unassigned,
    diagnostics,
  };
  if (options.validate) {
    for (const d of validateIssue(result, seg1.paragraphLines, uncertain)) diagnostics.push(d);
    diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
  return { issue: result, lineRoles };
}

/** Expands block roles to one role per source line; lines no block holds are blank (or unassigned). */
function lineRolesOf(lines: SourceLine[], blockRoles: BlockRole[]): LineRoleEntry[] {
  const byLine = new Map<number, { role: LineRole; article: string | null }>();
  for (const r of blockRoles) {
    const article = r.article === null ? null : `a${r.article + 1}`;
    r.block.rawLines.forEach((l, k) => {
      const role: LineRole = r.role === 'lead' && k > 0 ? 'body' : r.role;
      const had = byLine.get(l.line);
      // A line split into text and a jump marker (…（下转第3版）) takes the text's role.
      if (had && had.article !== null) return;
      byLine.set(l.line, { role, article });
    });
  }
  return lines.map((l) => {
    const r = byLine.get(l.line);
    if (r) return { line: l.line, ...r };
    return { line: l.line, role: l.text.trim() ? 'unassigned' : 'blank', article: null };
  });
}
