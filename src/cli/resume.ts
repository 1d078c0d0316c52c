/**
 * `--out-dir` bookkeeping: the resume journal (which outputs are complete and current), the lock
 * that keeps two runs out of one output directory, and the clean-up of temporary files a killed
 * run left behind.
 *
 * The journal `.bulletin-resume.ndjson` in the output directory is append-only NDJSON: one line per
 * output, appended and flushed (fdatasync) right after the output was renamed into place, so an
 * interrupted run (Ctrl-C, SIGKILL, a full disk) has recorded every output it finished. Each line is
 * `{"out": "<output path relative to the out-dir, / separated>", "input": sha256, "output": sha256,
 * "format", "entities", "issueDate", "encoding", "userDict", "source"}` (a name that is not UTF-8 is
 * keyed `"b64:<bytes>"`); `userDict` is the sha256 of the user-dictionary entries in effect (from
 * `bulletin.config.json` and `--user-dict`), absent when there were none; `source` is the absolute
 * path of the input the output was made from (`"b64:<bytes>"` for a name that is not UTF-8), so a
 * later run that would replace it from another input is refused (`--overwrite` allows it);
 * a later line for the same output replaces an earlier one. A last line cut off by a crash or a full
 * disk is ignored. When the journal holds many more lines than outputs it is rewritten compacted,
 * atomically, at the start of a run. The manifest `.bulletin-resume.json` of earlier versions is
 * read too (its entries count as recorded).
 *
 * `--resume` skips an input only when its entry matches the input's current sha256 and the run's
 * options, and the output on disk still has the recorded sha256 (so a truncated, emptied or
 * hand-edited output is parsed again); a JSON output must moreover parse, with the current
 * `schemaVersion` and `source.sha256` equal to the input's. Modification times are not used.
 * Anything missing or unreadable means "parse again", never "skip".
 *
 * The lock `.bulletin.lock` is created with O_EXCL and holds `pid host start`; a run that finds it
 * held by a live process on this host refuses the directory with one line (exit 5); a lock left
 * by a process that no longer runs is taken over. Why not proper-lockfile: its lock goes stale when
 * not refreshed for 10 s, and a long file parsed in-process blocks the event loop for longer, so a
 * second run could take a lock still in use; a process id does not go stale while it runs.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { openSync, writeSync, closeSync, readFileSync, unlinkSync } from 'node:fs';
import { SCHEMA_VERSION } from '../types.js';
import { AtomicFile, isTemporaryName, writeFully, type FsPath } from './atomic.js';
import { OutputError, reasonOf } from './write.js';
import { open, type FileHandle } from 'node:fs/promises';

/** File name of the journal, in the output directory. */
export const JOURNAL_NAME = '.bulletin-resume.ndjson';
/** File name of the manifest of earlier versions (read, never written). */
export const MANIFEST_NAME = '.bulletin-resume.json';
/** File name of the lock, in the output directory. */
export const LOCK_NAME = '.bulletin.lock';

/** Names in the output directory that no input may be written over. */
export const RESERVED_NAMES = [JOURNAL_NAME, MANIFEST_NAME, LOCK_NAME] as const;

/** The options that change an output; an entry is reused only when all are equal. */
export interface OutputOptions {
  format: string;
  entities: boolean;
  issueDate: string | null;
  encoding: string | null;
  /** --input-format, when given (absent in manifests written before the option existed). */
  inputFormat?: string | null;
  /**
   * sha256 of the user-dictionary entries in effect (config and --user-dict, see
   * {@link userDictFingerprint}); null or absent when there were none.
   */
  userDict?: string | null;
}

/**
 * The fingerprint of a run's user dictionaries, as recorded in the journal: the sha256 of the
 * entries in effect (word and tag, in order, after the config's and `--user-dict`'s files were
 * read), or null when there are none. An edited dictionary, another `--user-dict` or a
 * `bulletin.config.json` naming other dictionaries change it; a comment or a bad line skipped does not.
 */
export function userDictFingerprint(entries: readonly { word: string; tag: string }[] | undefined): string | null {
  if (!entries || entries.length === 0) return null;
  return sha256(JSON.stringify(entries.map((e) => [e.word, e.tag])));
}

/** How the journal names an input: its absolute path, or `b64:<bytes>` for a name that is not UTF-8. */
export function sourceKey(fsPath: FsPath): string {
  return typeof fsPath === 'string' ? fsPath : `b64:${fsPath.toString('base64')}`;
}

/** One output recorded in the journal. */
export interface ResumeEntry extends OutputOptions {
  /** sha256 (hex) of the input's raw bytes. */
  input: string;
  /** sha256 (hex) of the output's bytes as written. */
  output: string;
  /** The input it was made from ({@link sourceKey}); absent in lines written before it was recorded. */
  source?: string;
}

/** sha256 (hex) of bytes or of a string's UTF-8 bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function errCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException)?.code;
}

/**
 * The journal of one output directory: loaded once, appended to as outputs are written. `get` and
 * `size` tell what was recorded when it was loaded: appends go to the file only, so that a batch's
 * memory does not grow with the outputs it records (issue 10).
 */
export class ResumeJournal {
  private handle: FileHandle | null = null;
  private chain: Promise<void> = Promise.resolve();
  /** Set once an append failed: no more appends (a cut-off line must stay the last). */
  failed = false;
  private constructor(
    /** Absolute output directory. */
    readonly outDir: string,
    private readonly entries: Map<string, ResumeEntry>,
    private lines: number,
    private endsClean: boolean,
  ) {}

  /** Loads the journal (and an older manifest) of `outDir` (absolute); missing or unreadable ones are empty. */
  static async load(outDir: string): Promise<ResumeJournal> {
    const entries = new Map<string, ResumeEntry>();
    try {
      const data = JSON.parse(await readFile(path.join(outDir, MANIFEST_NAME), 'utf8')) as {
        version?: unknown;
        outputs?: unknown;
      };
      if (data.version === 1 && data.outputs && typeof data.outputs === 'object') {
        for (const [k, v] of Object.entries(data.outputs as Record<string, ResumeEntry>)) entries.set(k, v);
      }
    } catch {
      // none
    }
    let lines = 0;
    let endsClean = true;
    try {
      const text = await readFile(path.join(outDir, JOURNAL_NAME), 'utf8');
      endsClean = text === '' || text.endsWith('\n');
      for (const line of text.split('\n')) {
        if (!line) continue;
        lines += 1;
        try {
          const e = JSON.parse(line) as ResumeEntry & { out?: unknown };
          if (typeof e.out === 'string' && typeof e.input === 'string' && typeof e.output === 'string') {
            const { out, ...entry } = e;
            entries.set(out, entry);
          }
        } catch {
          // a line cut off by a crash: ignored
        }
      }
    } catch {
      // no journal yet
    }
    return new ResumeJournal(outDir, entries, lines, endsClean);
  }

  /** Key of an output file (absolute path inside the out-dir). */
  key(outFile: FsPath): string {
    if (typeof outFile === 'string') return path.relative(this.outDir, outFile).split(path.sep).join('/');
    const prefix = Buffer.from(this.outDir + path.sep);
    return `b64:${outFile.subarray(prefix.length).toString('base64')}`;
  }

  /** The entry for `outFile`, if any. */
  get(outFile: FsPath): ResumeEntry | undefined {
    const e = this.entries.get(this.key(outFile));
    return e && typeof e === 'object' ? e : undefined;
  }

  /** Number of outputs recorded. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Opens the journal for appending; rewrites it compacted (atomically) first when it holds more
   * than twice as many lines as outputs, or ends in a cut-off line.
   * @throws OutputError when the journal cannot be opened or rewritten.
   */
  async open(target: string): Promise<void> {
    const file = path.join(this.outDir, JOURNAL_NAME);
    try {
      if (!this.endsClean || this.lines > 2 * this.entries.size + 64) {
        const out = await AtomicFile.create(file, target);
        for (const [out_, entry] of this.entries)
          await out.write(`${JSON.stringify({ out: out_, ...entry })}\n`);
        await out.commit();
        this.lines = this.entries.size;
        this.endsClean = true;
      }
      this.handle = await open(file, 'a');
    } catch (err) {
      if (err instanceof OutputError) throw err;
      throw new OutputError(target, reasonOf(err), errCode(err));
    }
  }

  /**
   * Records that `outFile` now holds an output of sha256 `output` made from an input of sha256
   * `input` with `options`, from the input `source` ({@link sourceKey}): appends one line and flushes it to disk. Appends run one at a time.
   * @throws OutputError (named `target`) when the line cannot be written; later appends are skipped.
   */
  append(
    outFile: FsPath,
    input: string,
    output: string,
    options: OutputOptions,
    target: string,
    source?: string,
  ): Promise<void> {
    const key = this.key(outFile);
    const entry: ResumeEntry = {
      input,
      output,
      format: options.format,
      entities: options.entities,
      issueDate: options.issueDate,
      encoding: options.encoding,
      ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
      ...(options.userDict ? { userDict: options.userDict } : {}),
      ...(source !== undefined ? { source } : {}),
    };
    // not added to `entries` (what was on disk at load): a batch holds nothing per output it records
    const run = async (): Promise<void> => {
      if (this.failed || !this.handle) return;
      try {
        await writeFully(this.handle, `${JSON.stringify({ out: key, ...entry })}\n`);
        await this.handle.datasync();
        this.lines += 1;
      } catch (err) {
        this.failed = true;
        throw new OutputError(target, reasonOf(err), errCode(err));
      }
    };
    const p = this.chain.then(run);
    this.chain = p.catch(() => undefined);
    return p;
  }

  /** Waits for pending appends and closes the journal. Never throws. */
  async close(): Promise<void> {
    await this.chain;
    await this.handle?.close().catch(() => undefined);
    this.handle = null;
  }
}

/**
 * Whether the output `outFile` of the input at `inputFile` (journal name `source`, {@link sourceKey})
 * is complete and current (module doc).
 * Never throws: anything unreadable gives false.
 */
export async function outputIsCurrent(
  inputFile: FsPath,
  outFile: FsPath,
  journal: ResumeJournal,
  options: OutputOptions,
  source?: string,
): Promise<boolean> {
  const entry = journal.get(outFile);
  if (!entry) return false;
  // made from another input (allowed by --overwrite): this input's output is not there yet
  if (entry.source !== undefined && source !== undefined && entry.source !== source) return false;
  if (
    entry.format !== options.format ||
    entry.entities !== options.entities ||
    entry.issueDate !== options.issueDate ||
    entry.encoding !== options.encoding ||
    (entry.inputFormat ?? null) !== (options.inputFormat ?? null) ||
    (entry.userDict ?? null) !== (options.userDict ?? null)
  ) {
    return false;
  }
  let input: Buffer;
  let output: Buffer;
  try {
    [input, output] = await Promise.all([readFile(inputFile), readFile(outFile)]);
  } catch {
    return false;
  }
  const inputSha = sha256(input);
  if (entry.input !== inputSha || entry.output !== sha256(output)) return false;
  if (options.format === 'json') {
    try {
      const issue = JSON.parse(output.toString('utf8')) as {
        schemaVersion?: unknown;
        source?: { sha256?: unknown };
      };
      return issue.schemaVersion === SCHEMA_VERSION && issue.source?.sha256 === inputSha;
    } catch {
      return false;
    }
  }
  return true;
}

/** A held lock on an output directory; `release` removes it (also called on exit). */
export interface DirLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errCode(err) === 'EPERM';
  }
}

/**
 * Takes the lock of `outDir` (absolute, existing). A lock held by a live process on this host is
 * refused with an OutputError naming `target`: `in use by another bulletin run (pid N, since …)`.
 * A lock of a dead process, or an unreadable one older than a minute, is taken over.
 */
export function lockOutDir(outDir: string, target: string): DirLock {
  const file = path.join(outDir, LOCK_NAME);
  const host = hostname();
  const content = `${process.pid} ${host} ${new Date().toISOString()}\n`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      try {
        if (writeSync(fd, content) !== Buffer.byteLength(content))
          throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
      } catch (err) {
        closeSync(fd);
        unlinkSync(file);
        throw err;
      }
      closeSync(fd);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        try {
          if (readFileSync(file, 'utf8') === content) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return { release };
    } catch (err) {
      const code = errCode(err);
      // the lock is the first file written into the directory: a read-only one says so as such
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
        throw new OutputError(target, `directory not writable (${reasonOf(err)})`, code);
      if (code !== 'EEXIST') throw new OutputError(target, `cannot lock: ${reasonOf(err)}`, code);
    }
    let held = '';
    try {
      held = readFileSync(file, 'utf8');
    } catch {
      continue; // released meanwhile: try again
    }
    const [pidText, heldHost, since] = held.trim().split(' ');
    const pid = Number(pidText);
    if (Number.isInteger(pid) && pid > 0 && (heldHost !== host || alive(pid))) {
      throw new OutputError(
        target,
        `in use by another bulletin run (pid ${pid}${heldHost !== host ? ` on ${heldHost}` : ''}, since ${since}); wait for it to finish, or remove ${LOCK_NAME} if it is gone`,
        'EBUSY',
      );
    }
    // a dead process's lock: take it over
    try {
      unlinkSync(file);
    } catch {
      // someone else took it over first
    }
  }
  throw new OutputError(target, `cannot lock: ${LOCK_NAME} keeps changing (another run starting?)`, 'EBUSY');
}

/**
 * Removes temporary files (`.<name>.bulletin-<pid>-<n>.tmp`) that earlier runs left in `dir`
 * (a killed run cannot remove its own). Called under the lock, once per directory written into.
 * Never throws.
 */
export async function removeStaleTemporaryFiles(dir: FsPath): Promise<number> {
  let removed = 0;
  try {
    const names = await readdir(dir, { encoding: 'buffer' });
    for (const name of names) {
      if (!isTemporaryName(name.toString('latin1')) || isTemporaryName(name.toString('latin1'), process.pid))
        continue;
      const full =
        typeof dir === 'string'
          ? Buffer.concat([Buffer.from(dir + path.sep), name])
          : Buffer.concat([dir, Buffer.from(path.sep), name]);
      await unlink(full).then(
        () => (removed += 1),
        () => rm(full, { force: true }).catch(() => undefined),
      );
    }
  } catch {
    // a directory that does not exist yet or cannot be read
  }
  return removed;
}
