/**
 * Loads the golden fixtures: every `fixtures/<name>/` folder with an `expected.json` and one input
 * file (the single file that is neither `.json`, `.mjs`, `.md` nor `.dict` (a user dictionary); `.mjs` files are the generators that
 * show the source text of byte-encoded fixtures in UTF-8, `.md` files note provenance).
 *
 * `expected.json` is the reviewed output a careful reader of the page would write: a subset of the
 * Issue fields (see `ExpectedIssue`). Line numbers are 1-based lines of the decoded text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** One expected article: the fields that matter, as a reader would write them. */
export interface ExpectedArticle {
  kind: 'article' | 'photo' | 'brief';
  kicker: string | null;
  title: string;
  subtitles: string[];
  /** Cross-head texts and the index of the paragraph that prints each. */
  crossheads: { text: string; paragraph: number }[];
  dateline: string | null;
  bylines: string[];
  /** Roles as printed; compared with runs of whitespace (U+3000 included) folded to one space. */
  credits: { name: string; role: string }[];
  creditLines: string[];
  /** `date.iso` of the article, or null. */
  date: string | null;
  /** Paragraphs as printed after rejoining (no indent). */
  paragraphs: string[];
}

/** The reviewed expected output of one fixture. */
export interface ExpectedIssue {
  /** File name of the input inside the fixture folder. */
  input: string;
  about: string;
  /** `source.encoding` expected. */
  encoding: string;
  issue: { date: string | null; year: number | null };
  articles: ExpectedArticle[];
  furniture: { text: string; kind: string; line: number }[];
  unassigned: string[];
  /** Every warning/error code the output should carry (info codes are not checked). */
  diagnostics: string[];
}

/** A fixture on disk. */
export interface Fixture {
  name: string;
  dir: string;
  inputPath: string;
  bytes: Buffer;
  expected: ExpectedIssue;
}

/** All fixtures with an expected.json, sorted by folder name. Throws when a folder's input is ambiguous. */
export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const name of readdirSync(FIXTURES_DIR).sort()) {
    const dir = path.join(FIXTURES_DIR, name);
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      continue;
    }
    if (!files.includes('expected.json')) continue;
    const inputs = files.filter((f) => !f.endsWith('.json') && !f.endsWith('.mjs') && !f.endsWith('.md') && !f.endsWith('.dict'));
    if (inputs.length !== 1) throw new Error(`fixture ${name}: expected one input file, found ${JSON.stringify(inputs)}`);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as ExpectedIssue;
    if (expected.input !== inputs[0]) throw new Error(`fixture ${name}: expected.json names ${expected.input}, folder holds ${inputs[0]}`);
    const inputPath = path.join(dir, inputs[0]);
    out.push({ name, dir, inputPath, bytes: readFileSync(inputPath), expected });
  }
  return out;
}

/** Folds runs of whitespace (U+3000 included) to one ASCII space and trims. */
export function foldSpaces(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** The Han characters of a text, counted. */
export function hanCounts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of text) if (/\p{Script=Han}/u.test(ch)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/**
 * Differences between two Han counts: characters missing from `got` (lost) and extra in it
 * (duplicated or invented), as `字×n` strings. Empty arrays when they match.
 */
export function hanDiff(want: Map<string, number>, got: Map<string, number>): { lost: string[]; extra: string[] } {
  const lost: string[] = [];
  const extra: string[] = [];
  for (const [ch, n] of want) {
    const g = got.get(ch) ?? 0;
    if (g < n) lost.push(`${ch}×${n - g}`);
  }
  for (const [ch, n] of got) {
    const w = want.get(ch) ?? 0;
    if (n > w) extra.push(`${ch}×${n - w}`);
  }
  return { lost, extra };
}
