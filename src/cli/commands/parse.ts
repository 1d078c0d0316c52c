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
import { writeSync } from 'node:fs';
import path from 'node:path';
import { EXIT, ExitCodes, UsageError } from '../../errors.js';
import { noArticleText } from '../../validate.js';
import type { Issue, ParseOptions } from '../../types.js';
import { dirnameOf, joinPath, removeTemporaryFilesSync, type FsPath } from '../atomic.js';
import { inputIdentities } from '../same-file.js';
import { startBatch, type RenderedOutcome } from '../batch.js';
import { parseOptionsOf, type InputReadOptions, type Outcome } from '../parse-input.js';
import { commonBase, expandInputs, failuresInOrder, type Input } from '../inputs.js';
import { reportFailure, write, type Io } from '../io.js';
import { createProgress, NO_PROGRESS, type Progress } from '../progress.js';
import { csvHeader, PARSE_FORMATS, tableWarnings, type ParseFormat, type RenderSpec } from '../render.js';
import {
  JOURNAL_NAME,
  lockOutDir,
  outputIsCurrent,
  removeStaleTemporaryFiles,
  RESERVED_NAMES,
  ResumeJournal,
  sourceKey,
  userDictFingerprint,
  type DirLock,
  type OutputOptions,
} from '../resume.js';
import {
  BrokenPipe,
  checkOutputFileName,
  displayPath,
  makeDirectories,
  openOutputFile,
  OutputError,
  writeOutputFile,
  writeStdout,
  type OutputSink,
} from '../write.js';

export { PARSE_FORMATS, serializeOne, type ParseFormat } from '../render.js';

/** File extension written for each format in `--out-dir` mode. */
export const FORMAT_EXTENSION: Record<ParseFormat, string> = {
  json: '.json',
  ndjson: '.ndjson',
  csv: '.csv',
  xlsx: '.xlsx',
};

/**
 * A signal of the kind that interrupted the run arriving within this many ms of it is the same
 * request delivered twice, not a second one (which stops at once): timeout(1) sends its signal to the
 * command and then to the command's process group, and a terminal's Ctrl-C reaches every process of
 * the foreground group. A person's second Ctrl-C comes later than this.
 */
export const SAME_SIGNAL_MS = 100;

/** Exit code of a run ended by SIGINT (Ctrl-C) and by SIGTERM: 128 + the signal number. */
export const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = {
  SIGINT: EXIT.INTERRUPTED,
  SIGTERM: EXIT.TERMINATED,
};

/** The options of `parse`, as commander hands them over. */
export interface ParseCommandOptions extends InputReadOptions {
  format: ParseFormat;
  output?: string;
  outDir?: string;
  resume?: boolean;
  /** --out-dir: replace outputs an earlier run made from other inputs (refused otherwise, exit 5). */
  overwrite?: boolean;
  entities: boolean;
  /** CSV: write the UTF-8 byte-order mark on standard output too (files always get it). */
  bom?: boolean;
  /** Read NDJSON records from standard input, write one result line each (src/cli/records.ts). */
  records?: boolean;
}

/** `1 block`, `2 blocks`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The message for an input in which no article was recognised (exit 1; output still written),
 * saying where the text went (`noArticleText` in src/validate.ts): the issue, or its counts of
 * unassigned blocks and furniture lines.
 */
export function noArticleMessage(
  issue: Pick<Issue, 'unassigned' | 'furniture'> | { unassigned: number; furniture: number },
): string {
  const n = typeof issue.unassigned === 'number' ? issue.unassigned : issue.unassigned.length;
  const f = typeof issue.furniture === 'number' ? issue.furniture : issue.furniture.length;
  return noArticleText(n, f);
}

/**
 * Output path of `input` in `--out-dir` mode: its path relative to `base`, extension replaced by
 * the format's (`scans/2021/a.txt` with base `scans` → `OUT/2021/a.json`); `stdin.json` for `-`.
 * A name that is not UTF-8 gives a path of bytes (the same bytes, new extension).
 */
export function outputPathFor(input: Input, base: string, outDir: string, format: ParseFormat): FsPath {
  if (input.stdin) return path.join(outDir, `stdin${FORMAT_EXTENSION[format]}`);
  if (input.relBytes) {
    const prefix = path.relative(base, input.base);
    const rel = prefix ? Buffer.concat([Buffer.from(prefix + path.sep), input.relBytes]) : input.relBytes;
    const slash = rel.lastIndexOf(0x2f);
    const dot = rel.lastIndexOf(0x2e);
    const stem = dot > slash + 1 ? rel.subarray(0, dot) : rel;
    return joinPath(outDir, Buffer.concat([stem, Buffer.from(FORMAT_EXTENSION[format])]));
  }
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
  /** Inputs not parsed because the run was interrupted (with `signal`). */
  notDone?: number;
  signal?: string | null;
}): string {
  const parts = [
    `${s.signal ? `interrupted by ${s.signal}: ` : ''}parsed ${s.parsed} of ${plural(s.total, 'input')}`,
  ];
  const notDone = s.notDone ?? 0;
  const failed = s.total - s.parsed - s.skipped - notDone;
  if (failed > 0) parts.push(`${failed} failed`);
  if (notDone > 0) parts.push(`${notDone} not done${s.outDir ? ' (run again with --resume to finish)' : ''}`);
  if (s.skipped > 0) parts.push(`${s.skipped} skipped (output up to date)`);
  if (s.target === null || (!s.outDir && s.written + s.notWritten === 0)) return parts.join(', ');
  if (s.notWritten === 0) return `${parts.join(', ')} → ${s.target}`;
  if (s.outDir) parts.push(`${s.written} written to ${s.target}, ${s.notWritten} could not be written`);
  else if (s.signal) parts.push(`nothing written (${s.target} left as it was)`);
  else parts.push(`nothing written (${s.target} could not be written)`);
  return parts.join(', ');
}

/**
 * Where the outputs of a stream run go (standard output or `-o FILE`): pieces written in input
 * order as each input is parsed, the JSON array's brackets and commas and the CSV header added
 * here. `-o` is opened (atomically) at the first parsed input and committed at the end.
 */
class StreamOutput {
  private sink: Promise<OutputSink> | null = null;
  private count = 0;
  /** Pieces are written one after the other, in the order `add` was called. */
  private chain: Promise<void> = Promise.resolve();
  /** The first write error; later pieces are dropped. */
  error: OutputError | BrokenPipe | null = null;
  constructor(
    private readonly io: Io,
    private readonly format: ParseFormat,
    private readonly single: boolean,
    /** `-o` file (absolute) and its name as given, or null for standard output. */
    private readonly file: { abs: string; shown: string } | null,
    /** CSV on standard output: start with the byte-order mark too (`--bom`). */
    private readonly bom = false,
  ) {}

  /** Pieces written so far. */
  get pieces(): number {
    return this.count;
  }

  private async put(text: string | Uint8Array): Promise<void> {
    if (this.file) {
      this.sink ??= openOutputFile(this.file.abs, this.file.shown, this.io);
      await (await this.sink).write(text);
    } else await writeStdout(this.io, text);
  }

  private async discardSink(): Promise<void> {
    await (await this.sink?.catch(() => null))?.discard();
  }

  /**
   * Writes one rendered issue (a string, a workbook, or pieces made as they are written), after the
   * issues added before it. Errors are kept in `error` (and rethrown).
   */
  add(text: string | Uint8Array | Iterable<string>): Promise<void> {
    // a Uint8Array is a whole workbook (xlsx): the only piece, written as is
    let prefix = '';
    if (!(text instanceof Uint8Array)) {
      if (this.format === 'json' && !this.single) prefix = this.count === 0 ? '[\n' : ',\n';
      else if (this.format === 'csv' && this.count === 0) prefix = csvHeader(this.file !== null || this.bom);
    }
    this.count += 1;
    const p = this.chain.then(async () => {
      if (this.error) return;
      try {
        if (typeof text === 'string' || text instanceof Uint8Array) await this.put(prefix ? prefix + (text as string) : text);
        else {
          if (prefix) await this.put(prefix);
          for (const piece of text) await this.put(piece);
        }
      } catch (err) {
        if (err instanceof OutputError || err instanceof BrokenPipe) this.error = err;
        await this.discardSink();
        throw err;
      }
    });
    this.chain = p.catch(() => undefined);
    return p;
  }

  /** Ends the output: closes the JSON array and commits `-o`, or (`discard`) leaves `-o` as it was. */
  async end(discard: boolean): Promise<void> {
    await this.chain;
    if (this.error || this.count === 0) return;
    try {
      if (discard && this.file) {
        await this.discardSink();
        return;
      }
      if (this.format === 'json' && !this.single) await this.put('\n]\n');
      await (await this.sink)?.commit();
    } catch (err) {
      if (err instanceof OutputError || err instanceof BrokenPipe) this.error = err;
      await this.discardSink();
      throw err;
    }
  }
}

/** Runs `parse`; resolves to the exit code. */
export async function parseCommand(args: string[], opts: ParseCommandOptions, io: Io): Promise<number> {
  // `-o -` is standard output, as `-` is standard input (a file named - is ./-).
  if (opts.output === '-') opts = { ...opts, output: undefined };
  if (opts.output && opts.outDir) throw new UsageError('use either -o FILE or --out-dir DIR, not both');
  if (opts.resume && !opts.outDir) throw new UsageError('--resume needs --out-dir');
  if (opts.overwrite && !opts.outDir) throw new UsageError('--overwrite needs --out-dir');
  checkOutputFileName(opts.output, `issue.${opts.format}`, '--out-dir');
  if (opts.outDir === '') throw new UsageError('--out-dir needs a directory name');
  // a format's own option with another format is refused, as --resume without --out-dir is
  if (opts.bom && opts.format !== 'csv')
    throw new UsageError(`--bom applies to --format csv only, not ${opts.format}${opts.records ? ' (--records writes NDJSON)' : ''}`);
  if (opts.records) return (await import('../records.js')).recordsCommand(args, opts, io);
  if (args.length === 0)
    // Standard input is read only when asked for (-): a batch job with no input attached must not
    // wait on a terminal or an open pipe.
    throw new UsageError("missing required argument 'inputs': give files, directories or globs, or - to read standard input");
  if (opts.format === 'xlsx' && !opts.output && !opts.outDir)
    throw new UsageError('--format xlsx writes a workbook: give -o FILE.xlsx or --out-dir DIR');
  if (!PARSE_FORMATS.includes(opts.format)) throw new UsageError(`unknown format ${opts.format}`);

  const codes = new ExitCodes();
  const expansion = await expandInputs(args, io.cwd);
  const { failures, single } = expansion;
  let inputs = expansion.inputs;
  const failed = failuresInOrder(expansion, async (f) => {
    await reportFailure(io, f.path, f.message);
    codes.push(f.exitCode);
  });

  const parseOptions: ParseOptions = { ...parseOptionsOf(opts), entities: opts.entities };
  const outputOptions: OutputOptions = {
    format: opts.format,
    entities: opts.entities,
    issueDate: opts.issueDate ?? null,
    encoding: opts.encoding ?? null,
    inputFormat: opts.inputFormat ?? null,
    userDict: userDictFingerprint(opts.userDictEntries),
  };

  // an output must never replace an input (`parse x.txt -o x.txt`)
  const identities = inputIdentities(inputs);
  if (opts.output) {
    const hit = identities.overwrites(path.resolve(io.cwd, opts.output));
    if (hit) throw new UsageError(`refusing to write over the input ${hit.path} (-o ${opts.output})`);
  }

  // --out-dir: where each input goes, refusing two inputs that would overwrite one output
  const outDir = opts.outDir ? path.resolve(io.cwd, opts.outDir) : null;
  const outFiles = new Map<Input, FsPath>();
  let journal: ResumeJournal | null = null;
  let lock: DirLock | null = null;
  let todo = inputs;
  let skipped = 0;
  /** Fails `input` alone before it is parsed, in one line (exit 5), reported in input order. */
  const refuse = (input: Input, code: string, message: string): void => {
    const at = expansion.inputs.indexOf(input);
    let k = failures.length;
    while (k > 0 && failures[k - 1].at > at) k -= 1;
    failures.splice(k, 0, { at, path: input.path, code, message, exitCode: EXIT.OUTPUT });
  };
  if (outDir) {
    const base = commonBase(inputs.filter((i) => !i.stdin).map((i) => i.base));
    const owner = new Map<string, Input>();
    const collided = new Set<Input>();
    for (const input of inputs) {
      const out = outputPathFor(input, base, outDir, opts.format);
      const key = typeof out === 'string' ? out : `b64:${out.toString('base64')}`;
      const other = owner.get(key);
      if (other) {
        // Two inputs named alike (issue.txt and issue.html): the later one fails alone, in one line
        // (exit 5), and the rest of the batch is parsed.
        collided.add(input);
        refuse(
          input,
          'output/collision',
          `not parsed: its output ${displayPath(out, io.cwd)} is ${other.path}'s too (parse one of them into another --out-dir)`,
        );
        continue;
      }
      if (
        typeof out === 'string' &&
        path.dirname(out) === outDir &&
        (RESERVED_NAMES as readonly string[]).includes(path.basename(out))
      ) {
        throw new UsageError(
          `${input.path} would be written over ${path.basename(out)}, which --out-dir keeps for itself`,
        );
      }
      const replaced = identities.overwrites(out);
      if (replaced)
        throw new UsageError(
          replaced === input
            ? `refusing to write ${input.path}'s output over itself (--out-dir ${opts.outDir})`
            : `${input.path} would be written over the input ${replaced.path} (--out-dir ${opts.outDir})`,
        );
      owner.set(key, input);
      outFiles.set(input, out);
    }
    if (collided.size) todo = inputs = inputs.filter((i) => !collided.has(i));
    // the directory and its lock first: a directory that cannot be used is one line, before any parsing
    try {
      await makeDirectories(outDir, opts.outDir!, io.cwd);
      lock = lockOutDir(outDir, opts.outDir!);
    } catch (err) {
      if (!(err instanceof OutputError)) throw err;
      await failed.rest();
      await reportFailure(
        io,
        err.target,
        err.code === 'EBUSY' ? err.message : `cannot write: ${err.message}`,
      );
      return EXIT.OUTPUT;
    }
  }
  const onSignal = (signal: NodeJS.Signals): void => {
    // the same request delivered twice (timeout(1) signals the command, then its process group) is one
    if (interrupted === signal && Date.now() - interruptedAt < SAME_SIGNAL_MS) return;
    if (interrupted) {
      // a second Ctrl-C: stop now, leaving no temporary file behind, and say what is on disk
      removeTemporaryFilesSync();
      lock?.release();
      const done = outDir
        ? `${plural(written, 'output')} written to ${opts.outDir}, the rest not (run again with --resume to finish)`
        : opts.output
          ? `${opts.output} not written`
          : 'output cut short';
      const line = `interrupted again by ${signal}${signal === interrupted ? '' : ` (after ${interrupted})`}: stopped at once; parsed ${parsed} of ${plural(inputs.length + failures.length, 'input')}, ${done}\n`;
      if (io.stderr === process.stderr) writeSync(2, line);
      else io.stderr.write(line);
      process.exit(SIGNAL_EXIT[signal as 'SIGINT' | 'SIGTERM'] ?? EXIT.INTERRUPTED);
    }
    interrupted = signal;
    interruptedAt = Date.now();
    batch?.stop();
  };
  let interrupted: NodeJS.Signals | null = null;
  let interruptedAt = 0;
  let batch: ReturnType<typeof startBatch<RenderedOutcome | Outcome>> | null = null;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let parsed = 0;
  let written = 0;
  let notWritten = 0;
  let notDone = 0;
  const stream = outDir
    ? null
    : new StreamOutput(
        io,
        opts.format,
        single,
        opts.output ? { abs: path.resolve(io.cwd, opts.output), shown: opts.output } : null,
        opts.bom,
      );
  // xlsx into one file: one workbook of every issue, made at the end (a workbook cannot be streamed)
  const workbookIssues: Issue[] = [];
  const workbook = !outDir && opts.format === 'xlsx';
  let progress: Progress = NO_PROGRESS;
  try {
    if (outDir) {
      journal = await ResumeJournal.load(outDir);
      // An output an earlier run made from another input (another paper's 2023/05/30.txt into the
      // same out-dir) is not replaced unless --overwrite says so: that input fails alone (exit 5).
      if (!opts.overwrite) {
        const others = new Set<Input>();
        for (const input of inputs) {
          if (input.stdin) continue;
          const out = outFiles.get(input)!;
          const made = journal.get(out)?.source;
          if (made === undefined || made === sourceKey(input.fsPath)) continue;
          others.add(input);
          const from = made.startsWith('b64:') ? Buffer.from(made.slice(4), 'base64') : made;
          refuse(
            input,
            'output/other-input',
            `not parsed: its output ${displayPath(out, io.cwd)} was made from ${displayPath(from, io.cwd)} by an earlier run (give --overwrite to replace it, or parse into another --out-dir)`,
          );
        }
        if (others.size) todo = inputs = inputs.filter((i) => !others.has(i));
      }
      if (opts.resume) {
        const fresh: Input[] = [];
        for (const input of inputs) {
          if (
            !input.stdin &&
            (await outputIsCurrent(input.fsPath, outFiles.get(input)!, journal, outputOptions, sourceKey(input.fsPath)))
          )
            skipped += 1;
          else fresh.push(input);
        }
        todo = fresh;
      }
      await journal.open(displayPath(path.join(outDir, JOURNAL_NAME), io.cwd));
    }
    progress = await createProgress(io, todo.length, opts.quiet ?? false);

    const readyDirs = new Map<string, Promise<void>>();
    /** Creates an output's directory once per run and clears temporary files a killed run left there. */
    const prepareDir = (file: FsPath, target: string): Promise<void> => {
      const dir = dirnameOf(file);
      const key = typeof dir === 'string' ? dir : dir.toString('latin1');
      let ready = readyDirs.get(key);
      if (!ready) {
        ready = makeDirectories(dir, target, io.cwd).then(
          async () => void (await removeStaleTemporaryFiles(dir)),
        );
        readyDirs.set(key, ready);
      }
      return ready;
    };

    /**
     * A full disk or quota (ENOSPC, EDQUOT) does not go away by itself: parsing the rest would only
     * fail each output in turn. The batch stops starting inputs (those in flight finish) and the
     * summary counts the rest as not done, for `--resume` once there is room.
     */
    let stoppedFull = false;
    const stopWhenFull = (err: OutputError): void => {
      if (stoppedFull || (err.code !== 'ENOSPC' && err.code !== 'EDQUOT')) return;
      stoppedFull = true;
      batch?.stop();
    };

    const render: RenderSpec | undefined = workbook
      ? undefined
      : { format: opts.format, mode: outDir ? 'file' : single ? 'single' : 'element' };
    batch = startBatch<RenderedOutcome | Outcome>(
      todo,
      io,
      { jobs: opts.jobs, parse: parseOptions, progress, render, ordered: !outDir },
      async (input, o) => {
        await failed.before(input);
        let outcome: RenderedOutcome;
        if (o.ok && 'issue' in o) {
          workbookIssues.push(o.issue);
          const cuts = tableWarnings(o.issue, false);
          outcome = {
            ok: true,
            rendered: {
              text: '',
              warnings: cuts,
              textSha256: '',
              inputSha256: o.issue.source.sha256,
              articles: o.issue.articles.length,
              unassigned: o.issue.unassigned.length,
              furniture: o.issue.furniture.length,
            },
          };
        } else outcome = o as RenderedOutcome;
        if (!outcome.ok) {
          await reportFailure(io, outcome.failure.path, outcome.failure.message);
          if (outcome.failure.stack && io.env.BULLETIN_DEBUG)
            await write(io.stderr, `${outcome.failure.stack}\n`);
          codes.push(outcome.failure.exitCode);
          return;
        }
        const r = outcome.rendered;
        parsed += 1;
        /** The output's warnings and the no-article message: known after writing for a streamed issue. */
        const report = async (): Promise<void> => {
          for (const warning of r.warnings) await reportFailure(io, input.path, warning);
          if (r.articles === 0) {
            await reportFailure(io, input.path, noArticleMessage({ unassigned: r.unassigned, furniture: r.furniture }));
            codes.push(EXIT.INVALID);
          }
        };
        if (!r.streamed) await report();
        if (outDir) {
          const file = outFiles.get(input)!;
          const target = displayPath(file, io.cwd);
          try {
            await prepareDir(file, target);
            await writeOutputFile(file, r.text, target, io);
          } catch (err) {
            if (!(err instanceof OutputError)) throw err;
            await reportFailure(io, err.target, `cannot write: ${err.message}`);
            codes.push(EXIT.OUTPUT);
            notWritten += 1;
            stopWhenFull(err);
            return;
          }
          if (r.streamed) await report();
          written += 1;
          if (!input.stdin && journal && !journal.failed) {
            try {
              await journal.append(
                file,
                r.inputSha256,
                r.textSha256,
                outputOptions,
                displayPath(path.join(outDir, JOURNAL_NAME), io.cwd),
                sourceKey(input.fsPath),
              );
            } catch (err) {
              if (!(err instanceof OutputError)) throw err;
              await reportFailure(
                io,
                err.target,
                `cannot write: ${err.message} (outputs written from now on are not recorded for --resume)`,
              );
              codes.push(EXIT.OUTPUT);
              stopWhenFull(err);
            }
          }
          return;
        }
        if (workbook) return;
        try {
          await stream!.add(r.text);
        } catch (err) {
          if (!(err instanceof OutputError) && !(err instanceof BrokenPipe)) throw err;
          // nowhere left to write: stop parsing (the failure is reported once, below)
          batch!.stop();
          return;
        }
        if (r.streamed) await report();
      },
    );
    const end = await batch.done;
    await failed.rest();
    notDone = end.notDone.length;
    // a named pipe being read when the run was stopped: say so, by name (it is counted as not done)
    for (const input of end.stoppedReads)
      await reportFailure(io, input.path, `not read: a named pipe no writer had closed when ${interrupted ?? 'the stop'} came (reading given up)`);
    // An interrupted run whose every input was parsed (the signal came during the last parse, which
    // is finished as any in flight) lost nothing: its -o file is complete and is written (atomically)
    // before the exit code 130 or 143; one that left inputs not done keeps the earlier file.
    const cutShort = interrupted !== null && notDone > 0;
    if (workbook && workbookIssues.length > 0 && !cutShort) {
      const book = await (await import('../../output/xlsx.js')).issuesToXlsx(workbookIssues);
      await stream!.add(book).catch(() => undefined); // a failure is kept in stream.error
    }
    if (stream) {
      try {
        await stream.end(cutShort && stream.error === null);
      } catch {
        // kept in stream.error
      }
      if (stream.error instanceof OutputError) {
        await reportFailure(
          io,
          stream.error.target,
          opts.output ? `cannot write: ${stream.error.message}` : stream.error.message,
        );
        codes.push(EXIT.OUTPUT);
        if (opts.output) notWritten = 1;
      } else if (opts.output && stream.pieces > 0) {
        if (cutShort) notWritten = 1;
        else written = 1;
      }
    }
  } finally {
    progress.stop();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await journal?.close();
    lock?.release();
  }

  const total = inputs.length + failures.length;
  if (interrupted || (!opts.quiet && (total > 1 || outDir) && !(stream?.error instanceof BrokenPipe))) {
    const target = outDir ? opts.outDir! : (opts.output ?? null);
    const line = summaryLine({
      total,
      parsed,
      skipped,
      written,
      notWritten,
      target,
      outDir: Boolean(outDir),
      notDone,
      signal: interrupted,
    });
    await write(io.stderr, `${line}\n`);
  }
  if (interrupted) return SIGNAL_EXIT[interrupted as 'SIGINT' | 'SIGTERM'] ?? EXIT.INTERRUPTED;
  return codes.value;
}
