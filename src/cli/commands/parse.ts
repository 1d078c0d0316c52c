/**
 * `bulletin parse <inputs...>`: OCR text → articles as JSON, NDJSON or CSV, on standard output,
 * into one file (`-o`), or one file per input (`--out-dir`, written atomically, `--resume`).
 *
 * Exit code: the highest of the inputs' codes (README "Exit codes"): 0 all parsed; 1 an input gave
 * no article (its output is still written, all text in `unassigned`); 3 an input could not be
 * read; 4 an input was refused; 5 output could not be written; 70 a bug. Every failed input
 * prints one line `bulletin: <path>: <what is wrong>` on standard error and the batch goes on.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { EXIT, UsageError } from '../../errors.js';
import { issuesToCsv } from '../../output/csv.js';
import { issuesToJson, issueToJson } from '../../output/json.js';
import { issueToNdjson } from '../../output/ndjson.js';
import type { Issue, ParseOptions } from '../../types.js';
import { runBatch } from '../batch.js';
import { commonBase, expandInputs, type Input } from '../inputs.js';
import { reportFailure, write, type Io } from '../io.js';
import { oneLine } from '../parse-input.js';
import { createProgress } from '../progress.js';

/** Output formats of `parse`. */
export const PARSE_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type ParseFormat = (typeof PARSE_FORMATS)[number];

/** File extension written for each format in `--out-dir` mode. */
export const FORMAT_EXTENSION: Record<ParseFormat, string> = { json: '.json', ndjson: '.ndjson', csv: '.csv' };

/** The options of `parse`, as commander hands them over. */
export interface ParseCommandOptions {
  format: ParseFormat;
  output?: string;
  outDir?: string;
  resume?: boolean;
  issueDate?: string;
  encoding?: string;
  jobs?: number;
  entities: boolean;
  quiet?: boolean;
}

/** The message for an input in which no article was recognised (exit 1; output still written). */
export function noArticleMessage(issue: Issue): string {
  return `no article recognised; all text kept in unassigned (${issue.unassigned.length} blocks)`;
}

/** Serializes one issue for a file of its own (`--out-dir`). CSV gets a BOM for Excel. */
export function serializeOne(issue: Issue, format: ParseFormat): string {
  if (format === 'json') return issueToJson(issue);
  if (format === 'ndjson') return issueToNdjson(issue);
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
 * `--resume`: the output of `input` is up to date when it exists and is at least as new as the
 * input, or (JSON) records the same source sha256 as the input's bytes.
 */
export async function upToDate(input: Input, outFile: string, format: ParseFormat): Promise<boolean> {
  if (input.stdin) return false;
  let outTime: number;
  let inTime: number;
  try {
    outTime = (await stat(outFile)).mtimeMs;
    inTime = (await stat(input.abs)).mtimeMs;
  } catch {
    return false;
  }
  if (outTime >= inTime) return true;
  if (format !== 'json') return false;
  try {
    const recorded = (JSON.parse(await readFile(outFile, 'utf8')) as Issue).source?.sha256;
    const actual = createHash('sha256').update(await readFile(input.abs)).digest('hex');
    return recorded === actual;
  } catch {
    return false;
  }
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, text, { encoding: 'utf8' });
}

/** Runs `parse`; resolves to the exit code. */
export async function parseCommand(args: string[], opts: ParseCommandOptions, io: Io): Promise<number> {
  if (opts.output && opts.outDir) throw new UsageError('use either -o FILE or --out-dir DIR, not both');
  if (opts.resume && !opts.outDir) throw new UsageError('--resume needs --out-dir');

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
  };

  // --out-dir: where each input goes, refusing two inputs that would overwrite one output
  const outDir = opts.outDir ? path.resolve(io.cwd, opts.outDir) : null;
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
      owner.set(out, input);
      outFiles.set(input, out);
    }
    if (opts.resume) {
      const fresh: Input[] = [];
      for (const input of inputs) {
        if (await upToDate(input, outFiles.get(input)!, opts.format)) skipped += 1;
        else fresh.push(input);
      }
      todo = fresh;
    }
  }

  const progress = await createProgress(io, todo.length, opts.quiet ?? false);
  const issues: Issue[] = [];
  let parsed = 0;
  let csvHeaderWritten = false;
  const toStdout = !outDir && !opts.output;

  await runBatch(todo, io, { jobs: opts.jobs, parse: parseOptions, progress }, async (input, outcome) => {
    if (!outcome.ok) {
      await reportFailure(io, outcome.failure.path, outcome.failure.message);
      if (outcome.failure.stack && io.env.BULLETIN_DEBUG) await write(io.stderr, `${outcome.failure.stack}\n`);
      codes.push(outcome.failure.exitCode);
      return;
    }
    const { issue } = outcome;
    parsed += 1;
    if (issue.articles.length === 0) {
      await reportFailure(io, input.path, noArticleMessage(issue));
      codes.push(EXIT.INVALID);
    }
    if (outDir) {
      const file = outFiles.get(input)!;
      try {
        await writeAtomic(file, serializeOne(issue, opts.format));
      } catch (err) {
        await reportFailure(io, path.relative(io.cwd, file) || file, `cannot write: ${oneLine((err as Error).message)}`);
        codes.push(EXIT.OUTPUT);
      }
    } else if (toStdout && opts.format === 'ndjson') {
      await write(io.stdout, issueToNdjson(issue));
    } else if (toStdout && opts.format === 'csv') {
      await write(io.stdout, issuesToCsv([issue], { header: !csvHeaderWritten }));
      csvHeaderWritten = true;
    } else {
      issues.push(issue);
    }
  });
  progress.stop();

  if (!outDir && issues.length > 0) {
    let text: string;
    if (opts.format === 'json') text = single ? issueToJson(issues[0]) : issuesToJson(issues);
    else if (opts.format === 'ndjson') text = issues.map(issueToNdjson).join('');
    else text = issuesToCsv(issues, { bom: !toStdout });
    if (toStdout) {
      await write(io.stdout, text);
    } else {
      try {
        await writeAtomic(path.resolve(io.cwd, opts.output!), text);
      } catch (err) {
        await reportFailure(io, opts.output!, `cannot write: ${oneLine((err as Error).message)}`);
        codes.push(EXIT.OUTPUT);
      }
    }
  }

  const total = inputs.length + failures.length;
  if (!opts.quiet && (total > 1 || outDir)) {
    const failed = total - parsed - skipped;
    const parts = [`parsed ${parsed} of ${total} inputs`];
    if (failed > 0) parts.push(`${failed} failed`);
    if (skipped > 0) parts.push(`${skipped} skipped (output up to date)`);
    await write(io.stderr, `${parts.join(', ')}${outDir ? ` → ${path.relative(io.cwd, outDir) || '.'}` : ''}\n`);
  }
  return Math.max(EXIT.OK, ...codes);
}
