/**
 * `bulletin parse <inputs...>`: OCR text → articles as JSON, NDJSON or CSV, on standard output,
 * into one file (`-o`), or one file per input (`--out-dir`, written atomically; `--resume` skips
 * inputs whose output a manifest records as complete and current, see resume.ts). Files are
 * written by write.ts: devices and FIFOs directly, everything else atomically.
 *
 * Exit code: the highest of the inputs' codes (README "Exit codes"): 0 all parsed; 1 an input gave
 * no article (its output is still written, all text in `unassigned`); 3 an input could not be
 * read; 4 an input was refused; 5 output could not be written; 70 a bug. Every failed input
 * prints one line `bulletin: <path>: <what is wrong>` on standard error and the batch goes on.
 */
import path from 'node:path';
import { EXIT, UsageError } from '../../errors.js';
import { cellCutMessage, cellCuts, issuesToCsv } from '../../output/csv.js';
import { issuesToJson, issueToJson } from '../../output/json.js';
import { issueToNdjson } from '../../output/ndjson.js';
import type { Issue, ParseOptions } from '../../types.js';
import { runBatch } from '../batch.js';
import { commonBase, expandInputs, type Input } from '../inputs.js';
import { reportFailure, write, type Io } from '../io.js';
import { createProgress } from '../progress.js';
import { MANIFEST_NAME, outputIsCurrent, ResumeManifest, type OutputOptions } from '../resume.js';
import { displayPath, OutputError, writeOutputFile, writeStdout } from '../write.js';

/** Output formats of `parse`. */
export const PARSE_FORMATS = ['json', 'ndjson', 'csv', 'xlsx'] as const;
export type ParseFormat = (typeof PARSE_FORMATS)[number];

/** File extension written for each format in `--out-dir` mode. */
export const FORMAT_EXTENSION: Record<ParseFormat, string> = { json: '.json', ndjson: '.ndjson', csv: '.csv', xlsx: '.xlsx' };

/** The options of `parse`, as commander hands them over. */
export interface ParseCommandOptions {
  /** User-dictionary entries read from the config and --user-dict (src/cli/config.ts). */
  userDictEntries?: { word: string; tag: string }[];
  format: ParseFormat;
  output?: string;
  outDir?: string;
  resume?: boolean;
  issueDate?: string;
  encoding?: string;
  jobs?: number;
  entities: boolean;
  quiet?: boolean;
  /** CSV: write the UTF-8 byte-order mark on standard output too (files always get it). */
  bom?: boolean;
  /** Read NDJSON records from standard input, write one result line each (src/cli/records.ts). */
  records?: boolean;
}

/** `1 block`, `2 blocks`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The message for an input in which no article was recognised (exit 1; output still written). */
export function noArticleMessage(issue: Issue): string {
  return `no article recognised; all text kept in unassigned (${plural(issue.unassigned.length, 'block')})`;
}

/** Serializes one issue for a file of its own (`--out-dir`). CSV gets a BOM for Excel. */
export async function serializeOne(issue: Issue, format: ParseFormat): Promise<string | Uint8Array> {
  if (format === 'json') return issueToJson(issue);
  if (format === 'ndjson') return issueToNdjson(issue);
  if (format === 'xlsx') return (await import('../../output/xlsx.js')).issuesToXlsx([issue]);
  return issuesToCsv([issue], { bom: true });
}

/**
 * Output path of `input` in `--out-dir` mode: its path relative to `base`, extension replaced by
 * the format's (`scans/2021/a.txt` with base `scans` → `OUT/2021/a.json`); `stdin.json` for `-`.
 */
export function outputPathFor(input: Input, base: string, outDir: string, format: ParseFormat): string {
  if (input.stdin) return path.join(outDir, `stdin${FORMAT_EXTENSION[format]}`);
  const rel = path.relative(base, input.abs);
  const ext = path.extname(rel);
  return path.join(outDir, rel.slice(0, rel.length - ext.length) + FORMAT_EXTENSION[format]);
}

/**
 * The summary line of a `parse` run on standard error: what was parsed, what failed, what was
 * skipped, and where the output went or what could not be written. `outputs` counts the files
 * written and not written (`--out-dir`, or 1 for `-o`); `target` is the `-o` file or out-dir as
 * the user gave it.
 */
export function summaryLine(s: {
  total: number;
  parsed: number;
  skipped: number;
  written: number;
  notWritten: number;
  target: string | null;
  outDir: boolean;
}): string {
  const parts = [`parsed ${s.parsed} of ${plural(s.total, 'input')}`];
  const failed = s.total - s.parsed - s.skipped;
  if (failed > 0) parts.push(`${failed} failed`);
  if (s.skipped > 0) parts.push(`${s.skipped} skipped (output up to date)`);
  if (s.target === null || (!s.outDir && s.written + s.notWritten === 0)) return parts.join(', ');
  if (s.notWritten === 0) return `${parts.join(', ')} → ${s.target}`;
  if (s.outDir) parts.push(`${s.written} written to ${s.target}, ${s.notWritten} could not be written`);
  else parts.push(`nothing written (${s.target} could not be written)`);
  return parts.join(', ');
}

/** Runs `parse`; resolves to the exit code. */
export async function parseCommand(args: string[], opts: ParseCommandOptions, io: Io): Promise<number> {
  if (opts.output && opts.outDir) throw new UsageError('use either -o FILE or --out-dir DIR, not both');
  if (opts.resume && !opts.outDir) throw new UsageError('--resume needs --out-dir');
  if (opts.output === '' || opts.outDir === '') throw new UsageError(opts.output === '' ? '-o needs a file name' : '--out-dir needs a directory name');
  if (opts.records) return (await import('../records.js')).recordsCommand(args, opts, io);
  if (args.length === 0) throw new UsageError("missing required argument 'inputs'");
  if (opts.format === 'xlsx' && !opts.output && !opts.outDir) throw new UsageError('--format xlsx writes a workbook: give -o FILE.xlsx or --out-dir DIR');

  const codes: number[] = [];
  const { inputs, failures, single } = await expandInputs(args, io.cwd);
  for (const f of failures) {
    await reportFailure(io, f.path, f.message);
    codes.push(f.exitCode);
  }

  const parseOptions: ParseOptions = {
    issueDate: opts.issueDate ?? null,
    encoding: opts.encoding ?? null,
    entities: opts.entities,
    userDict: opts.userDictEntries,
  };
  const outputOptions: OutputOptions = {
    format: opts.format,
    entities: opts.entities,
    issueDate: opts.issueDate ?? null,
    encoding: opts.encoding ?? null,
  };

  // --out-dir: where each input goes, refusing two inputs that would overwrite one output
  const outDir = opts.outDir ? path.resolve(io.cwd, opts.outDir) : null;
  const manifest = outDir ? await ResumeManifest.load(outDir) : null;
  const outFiles = new Map<Input, string>();
  let todo = inputs;
  let skipped = 0;
  if (outDir) {
    const base = commonBase(inputs.filter((i) => !i.stdin).map((i) => i.base));
    const owner = new Map<string, Input>();
    for (const input of inputs) {
      const out = outputPathFor(input, base, outDir, opts.format);
      const other = owner.get(out);
      if (other) throw new UsageError(`${other.path} and ${input.path} would both be written to ${out}`);
      if (path.basename(out) === MANIFEST_NAME && path.dirname(out) === outDir) {
        throw new UsageError(`${input.path} would be written over the resume manifest ${MANIFEST_NAME}`);
      }
      owner.set(out, input);
      outFiles.set(input, out);
    }
    if (opts.resume && manifest) {
      const fresh: Input[] = [];
      for (const input of inputs) {
        if (!input.stdin && (await outputIsCurrent(input.abs, outFiles.get(input)!, manifest, outputOptions))) skipped += 1;
        else fresh.push(input);
      }
      todo = fresh;
    }
  }

  const progress = await createProgress(io, todo.length, opts.quiet ?? false);
  const issues: Issue[] = [];
  let parsed = 0;
  let written = 0;
  let notWritten = 0;
  let manifestFailed = false;
  let csvHeaderWritten = false;
  const toStdout = !outDir && !opts.output;

  /** Writes a file, reporting a failure as one line (`bulletin: <target>: cannot write: …`); true when written. */
  const writeFile = async (file: string, text: string | Uint8Array, target: string): Promise<boolean> => {
    try {
      await writeOutputFile(file, text, target, io);
      return true;
    } catch (err) {
      if (!(err instanceof OutputError)) throw err;
      await reportFailure(io, err.target, `cannot write: ${err.message}`);
      codes.push(EXIT.OUTPUT);
      return false;
    }
  };
  const flushManifest = async (force: boolean): Promise<void> => {
    if (!manifest || manifestFailed) return;
    await manifest.flush(async (file, text) => {
      if (!(await writeFile(file, text, displayPath(file, io.cwd)))) manifestFailed = true;
    }, force);
  };

  try {
    await runBatch(todo, io, { jobs: opts.jobs, parse: parseOptions, progress }, async (input, outcome) => {
      if (!outcome.ok) {
        await reportFailure(io, outcome.failure.path, outcome.failure.message);
        if (outcome.failure.stack && io.env.BULLETIN_DEBUG) await write(io.stderr, `${outcome.failure.stack}\n`);
        codes.push(outcome.failure.exitCode);
        return;
      }
      const { issue } = outcome;
      parsed += 1;
      if (opts.format === 'csv' || opts.format === 'xlsx') {
        for (const cut of cellCuts(issue, opts.format === 'csv')) await reportFailure(io, input.path, cellCutMessage(cut));
      }
      if (issue.articles.length === 0) {
        await reportFailure(io, input.path, noArticleMessage(issue));
        codes.push(EXIT.INVALID);
      }
      if (outDir) {
        const file = outFiles.get(input)!;
        const text = await serializeOne(issue, opts.format);
        if (await writeFile(file, text, displayPath(file, io.cwd))) {
          written += 1;
          if (!input.stdin) {
            manifest!.record(file, issue.source.sha256, text, outputOptions);
            await flushManifest(false);
          }
        } else {
          notWritten += 1;
        }
      } else if (toStdout && opts.format === 'ndjson') {
        await writeStdout(io, issueToNdjson(issue));
      } else if (toStdout && opts.format === 'csv') {
        await writeStdout(io, issuesToCsv([issue], { header: !csvHeaderWritten, bom: !csvHeaderWritten && opts.bom }));
        csvHeaderWritten = true;
      } else {
        issues.push(issue);
      }
    });
  } finally {
    progress.stop();
    await flushManifest(true);
  }

  if (!outDir && issues.length > 0) {
    let text: string | Uint8Array;
    if (opts.format === 'json') text = single ? issueToJson(issues[0]) : issuesToJson(issues);
    else if (opts.format === 'ndjson') text = issues.map(issueToNdjson).join('');
    else if (opts.format === 'xlsx') text = await (await import('../../output/xlsx.js')).issuesToXlsx(issues);
    else text = issuesToCsv(issues, { bom: !toStdout || opts.bom });
    if (toStdout) await writeStdout(io, text);
    else if (await writeFile(path.resolve(io.cwd, opts.output!), text, opts.output!)) written += 1;
    else notWritten += 1;
  }

  const total = inputs.length + failures.length;
  if (!opts.quiet && (total > 1 || outDir)) {
    const target = outDir ? opts.outDir! : (opts.output ?? null);
    const line = summaryLine({ total, parsed, skipped, written, notWritten, target, outDir: Boolean(outDir) });
    await write(io.stderr, `${line}\n`);
  }
  return Math.max(EXIT.OK, ...codes);
}
