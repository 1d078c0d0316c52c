/**
 * Reading and parsing one input, with every way it can fail turned into a `Failure` value (never a
 * thrown error), so that a batch goes on and a worker thread can hand the outcome back as data.
 */
import { constants, openSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { EXIT, InputError, UsageError } from '../errors.js';
import { HeldInput, parseIssue } from '../index.js';
import type { InputFormat, Issue, ParseOptions, StreamedIssue } from '../types.js';
import { parseIssueStreamed, type StreamState } from '../windowed.js';

/**
 * Largest input read, in bytes (256 MiB). A district-paper issue is 20–200 kB of text; the limit
 * only keeps a wrong file (a disk image, a whole archive concatenated) from exhausting memory:
 * the decoded text of 256 MiB of UTF-8 stays well under V8's string limit (about 512 M units).
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * The options every reading command (parse, entities, validate) takes for its inputs, as
 * commander hands them over: --issue-date YYYY-MM-DD, --encoding (an iconv-lite name), --force,
 * --input-format, --user-dict / the config's entries, -j/--jobs (worker threads), --quiet.
 */
export interface InputReadOptions {
  /** User-dictionary entries read from the config and --user-dict (src/cli/config.ts). */
  userDictEntries?: { word: string; tag: string }[];
  /** --issue-date: the issue's date, YYYY-MM-DD, when neither the running head nor the file name gives it. */
  issueDate?: string;
  /** --encoding: read every input in this encoding instead of detecting. */
  encoding?: string;
  /** --force: read with --encoding even when the text is implausible. */
  force?: boolean;
  /** --input-format: text, html, hocr or alto instead of detecting. */
  inputFormat?: InputFormat;
  /** -j/--jobs: worker threads for a batch. */
  jobs?: number;
  /** --quiet: no progress or summary on standard error. */
  quiet?: boolean;
}

/**
 * The parse options `opts` gives (the same for every command, so that `proof` shows the parse that
 * `parse` writes): issue date, encoding and --force, input format, user-dictionary entries.
 * A command adds its own (`entities`, `validate`).
 */
export function parseOptionsOf(opts: InputReadOptions): ParseOptions {
  return {
    issueDate: opts.issueDate ?? null,
    encoding: opts.encoding ?? null,
    forceEncoding: opts.force === true,
    format: opts.inputFormat ?? null,
    userDict: opts.userDictEntries,
  };
}

/** Why one input produced no output. `exitCode` is one of `EXIT`; `code` a stable `input/…` or `internal/…` code. */
export interface Failure {
  path: string;
  code: string;
  /** One line, no path prefix: `no such file or directory`. */
  message: string;
  exitCode: number;
  /** Stack of an internal error (printed only with BULLETIN_DEBUG=1). */
  stack?: string;
}

/** The outcome of one input: its issue, or the failure. */
export type Outcome = { ok: true; issue: Issue } | { ok: false; failure: Failure };

/** A message on one line (newlines in library messages would break `bulletin: path: message`). */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** A failure from a file-system error (ENOENT, EACCES, EISDIR, …). */
export function fsFailure(path: string, err: NodeJS.ErrnoException): Failure {
  switch (err.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { path, code: 'input/not-found', message: 'no such file or directory', exitCode: EXIT.NO_INPUT };
    case 'EACCES':
    case 'EPERM':
      return { path, code: 'input/unreadable', message: 'permission denied', exitCode: EXIT.NO_INPUT };
    case 'EISDIR':
      return {
        path,
        code: 'input/is-directory',
        message: 'is a directory, not a file',
        exitCode: EXIT.NO_INPUT,
      };
    default:
      return {
        path,
        code: 'input/unreadable',
        message: `cannot read: ${oneLine(err.message)}`,
        exitCode: EXIT.NO_INPUT,
      };
  }
}

/** Turns anything thrown by the pipeline into a failure: `InputError` as refused input, the rest as a bug. */
export function errorFailure(path: string, err: unknown): Failure {
  if (err instanceof InputError) {
    return { path, code: err.code, message: oneLine(err.message), exitCode: err.exitCode };
  }
  if (err instanceof UsageError) {
    return { path, code: 'usage/bad-option', message: oneLine(err.message), exitCode: EXIT.USAGE };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  return {
    path,
    code: 'internal/error',
    message: `internal error: ${oneLine(e.message)} (re-run with BULLETIN_DEBUG=1 for details)`,
    exitCode: EXIT.INTERNAL,
    stack: e.stack,
  };
}

/**
 * Size from which an input makes V8 favour memory over speed for the rest of the process
 * (`--optimize-for-size`, set once; 1 MB, five times the largest issue of the field, 20–200 kB).
 * The heap then grows in smaller steps over what is live: a 4 MB file's peak resident set 386 ->
 * 330 MiB (issue 10). Not for every input: on the bundled issue the flag triples garbage
 * collection (about 80 -> 250 ms of a 2 s run, CPU profiles of `bulletin parse`).
 */
export const MEMORY_FAVOURED_BYTES = 1_000_000;

let memoryFavoured = false;

/** Sets `--optimize-for-size` the first time an input of at least MEMORY_FAVOURED_BYTES is parsed. */
function favourMemoryFor(bytes: number): void {
  if (memoryFavoured || bytes < MEMORY_FAVOURED_BYTES) return;
  memoryFavoured = true;
  setFlagsFromString('--optimize-for-size');
}

/**
 * Takes the bytes out of a successful read (leaving it an empty buffer) into a holder the parse
 * lets go of once they are decoded, so that no frame of the CLI holds a large file's bytes through
 * its parse (issue 10). Read nothing else from `read` afterwards.
 */
export function takeBytes(read: { ok: true; bytes: Buffer }): HeldInput {
  const held = new HeldInput(read.bytes);
  read.bytes = Buffer.alloc(0);
  return held;
}

/**
 * Parses bytes already read (standard input, or a file read by `parseFile`); a {@link HeldInput}
 * of bytes (`takeBytes`) is let go of once decoded.
 * An input whose text holds nothing at all (only whitespace) is refused as `input/empty`, whatever
 * the decoder let through.
 */
export function parseBytes(bytes: Uint8Array | HeldInput, path: string, options: ParseOptions): Outcome {
  const size = bytes instanceof HeldInput ? bytes.peek().length : bytes.length;
  if (size === 0) {
    return {
      ok: false,
      failure: { path, code: 'input/empty', message: 'empty file (0 bytes)', exitCode: EXIT.BAD_INPUT },
    };
  }
  favourMemoryFor(size);
  let issue: Issue;
  try {
    issue = parseIssue(bytes, { ...options, path });
  } catch (err) {
    return { ok: false, failure: errorFailure(path, err) };
  }
  return checkedIssue(issue, path);
}

/** `issue` as an outcome, or `input/empty` when it holds no text at all. */
function checkedIssue(issue: Issue, path: string): Outcome {
  const hasText =
    issue.articles.length > 0 ||
    issue.furniture.length > 0 ||
    issue.unassigned.some((u) => u.text.trim() !== '');
  if (!hasText) {
    return {
      ok: false,
      failure: { path, code: 'input/empty', message: 'no text (only whitespace)', exitCode: EXIT.BAD_INPUT },
    };
  }
  return { ok: true, issue };
}

/** The outcome of one input parsed by `parseBytesStreamed`: an issue, a streamed issue, or the failure. */
export type StreamedOutcome = Outcome | { ok: true; streamed: StreamedIssue; state: StreamState };

/**
 * `parseBytes`, but a large plain-text input is parsed window by window while its output is
 * written (src/windowed.ts): its outcome is a {@link StreamedIssue}, whose articles are made as
 * they are taken. Only where the result is rendered in this thread (it cannot cross one). A
 * streamed input holding no text at all was refused by the decoder before (`input/empty`).
 */
export function parseBytesStreamed(bytes: HeldInput, path: string, options: ParseOptions): StreamedOutcome {
  if (bytes.peek().length === 0) return parseBytes(bytes, path, options);
  favourMemoryFor(bytes.peek().length);
  let result: ReturnType<typeof parseIssueStreamed>;
  try {
    result = parseIssueStreamed(bytes, { ...options, path });
  } catch (err) {
    return { ok: false, failure: errorFailure(path, err) };
  }
  if (result.streamed) return { ok: true, streamed: result.streamed, state: result.state };
  return checkedIssue(result.issue, path);
}

/**
 * The bytes of one input, or why they could not be read; `stopped`: the read of a named pipe was
 * given up because the run was stopped (Ctrl-C, SIGTERM) before a writer closed it: the input is not
 * done, no failure of its own.
 */
export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; failure: Failure; stopped?: true };

/**
 * How often a read of a named pipe asks whether the run was stopped, in ms. A pipe is read without
 * blocking (below), so only this poll stands between a signal and the read given up.
 */
export const PIPE_STOP_POLL_MS = 50;

/**
 * Reads a named pipe (a FIFO given by name) to its end, at most `maxBytes`. It is opened without
 * blocking (O_NONBLOCK: open(2) of a FIFO with no writer would block a thread of libuv's pool for
 * good, and Node cannot end a process while one is blocked: neither Ctrl-C nor SIGTERM nor
 * process.exit did) and read as a stream on the event loop, which waits for a writer as `cat` does.
 * `stopped()` is polled every PIPE_STOP_POLL_MS: once true the read is given up (`stopped`).
 */
async function readPipe(p: string | Buffer, shown: string, maxBytes: number, stopped?: () => boolean): Promise<ReadResult> {
  let fd: number;
  try {
    fd = openSync(p, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { ok: false, failure: fsFailure(shown, err as NodeJS.ErrnoException) };
  }
  const { Socket } = await import('node:net');
  return new Promise<ReadResult>((resolve) => {
    const pipe = new Socket({ fd, readable: true, writable: false });
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: ReadResult): void => {
      if (settled) return;
      settled = true;
      if (poll) clearInterval(poll);
      pipe.destroy();
      resolve(result);
    };
    const poll = stopped
      ? setInterval(() => {
          if (stopped())
            finish({
              ok: false,
              stopped: true,
              failure: {
                path: shown,
                code: 'input/not-read',
                message: `not read: a named pipe still open for writing when the run was stopped (${formatBytes(size)} read, given up)`,
                exitCode: EXIT.NO_INPUT,
              },
            });
        }, PIPE_STOP_POLL_MS)
      : null;
    pipe.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes)
        finish({
          ok: false,
          failure: { path: shown, code: 'input/too-large', message: `too large (over ${formatBytes(maxBytes)}, the limit)`, exitCode: EXIT.BAD_INPUT },
        });
      else chunks.push(chunk);
    });
    pipe.on('end', () => finish({ ok: true, bytes: Buffer.concat(chunks) }));
    pipe.on('error', (err: NodeJS.ErrnoException) => finish({ ok: false, failure: fsFailure(shown, err) }));
  });
}

/**
 * Reads one file (a string path, or the bytes of a name that is not UTF-8), refusing directories
 * and files over `maxBytes`; a named pipe is read without blocking a thread and given up once
 * `stopped()` is true (readPipe). `shown` names it in failures. Never throws.
 */
export async function readInput(
  file: string | Uint8Array,
  shown: string,
  maxBytes = MAX_INPUT_BYTES,
  stopped?: () => boolean,
): Promise<ReadResult> {
  const p = typeof file === 'string' ? file : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  try {
    const st = await stat(p);
    if (st.isDirectory())
      return { ok: false, failure: fsFailure(shown, Object.assign(new Error(''), { code: 'EISDIR' })) };
    if (st.isFIFO()) return await readPipe(p, shown, maxBytes, stopped);
    if (st.size > maxBytes) {
      return {
        ok: false,
        failure: {
          path: shown,
          code: 'input/too-large',
          message: `too large (${formatBytes(st.size)}; the limit is ${formatBytes(maxBytes)})`,
          exitCode: EXIT.BAD_INPUT,
        },
      };
    }
    return { ok: true, bytes: await readFile(p) };
  } catch (err) {
    return { ok: false, failure: fsFailure(shown, err as NodeJS.ErrnoException) };
  }
}

/** Reads and parses one file. Never throws: every problem is a `Failure`. */
export async function parseFile(
  path: string | Uint8Array,
  options: ParseOptions,
  maxBytes = MAX_INPUT_BYTES,
  shown?: string,
): Promise<Outcome> {
  const name = shown ?? (typeof path === 'string' ? path : Buffer.from(path).toString('latin1'));
  const read = await readInput(path, name, maxBytes);
  if (!read.ok) return read;
  return parseBytes(takeBytes(read), name, options);
}

/** `1.5 MB`-style size (decimal megabytes), for messages. */
export function formatBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} bytes`;
}
