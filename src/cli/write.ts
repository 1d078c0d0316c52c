/**
 * Writing outputs: `-o FILE`, `--out-dir` files, the `--resume` manifest, and standard output.
 *
 * - A regular file (or a path that does not exist yet) is written atomically by atomic.ts
 *   (temporary file next to it, every byte written, fsync, size checked, then rename), after
 *   creating missing parent directories.
 * - An existing file that is not a regular file — a character device (`/dev/full`, `/dev/null`), a
 *   FIFO, a socket, `/dev/stdout` into a pipe — is written into directly: a rename would replace
 *   the device or FIFO with a regular file. The file standard output is open on (`-o /dev/stdout`
 *   into a pipe or socket) is written through the standard output stream.
 * - Missing parent directories are created one at a time (`mkdir -p` by hand), not with
 *   `fs.mkdir(…, { recursive: true })`: on procfs, `mkdir('/proc/nope')` fails with ENOENT while
 *   `/proc` exists, and Node 20's recursive mkdir then retries the parent and the child forever at
 *   full CPU (`-o /proc/nope/x.json` never returned). Walking up to the deepest existing ancestor
 *   and creating each missing directory once makes every failure final.
 *
 * Every failure is an {@link OutputError} whose message is one line naming the target as the user
 * gave it (never the temporary file): `cannot write: no space left on device`.
 */
import { fstatSync, writeSync } from 'node:fs';
import { mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { AtomicFile, dirnameOf, writeFully, type FsPath } from './atomic.js';
import { showPath } from './escape.js';
import type { Io } from './io.js';
import { UsageError } from '../errors.js';

/**
 * Checks the file name given to `-o` (after `-o -` was taken as standard output): refuses, as a
 * usage error (exit 2, one line), an empty name and a name that can only be a directory — one
 * ending in a path separator (`-o out/`, which once wrote a file named `out`) or whose last part is
 * `.` or `..`. `example` is a file name to suggest (issue.json); `dirOption`, when the command has
 * one, the option that writes into a directory (`--out-dir` for parse).
 */
export function checkOutputFileName(output: string | undefined, example: string, dirOption?: string): void {
  if (output === undefined) return;
  if (output === '') throw new UsageError('-o needs a file name');
  const sep = path.sep === '\\' ? /[\\/]/ : /\//;
  const last = output.split(sep).pop();
  if (!sep.test(output.slice(-1)) && last !== '.' && last !== '..') return;
  const instead = `-o ${path.join(output, example)}`;
  throw new UsageError(
    `-o ${output} names a directory, not a file: give a file name (${instead})${dirOption ? ` or ${dirOption} ${output} for one file per input` : ''}`,
  );
}

/** An output that could not be written (exit code `EXIT.OUTPUT`). */
export class OutputError extends Error {
  /** The target as shown to the user (`-o` value as given, `standard output`, …). */
  readonly target: string;
  /** The system error code (ENOSPC, EACCES, …) when there is one. */
  readonly code: string | undefined;
  constructor(target: string, message: string, code?: string) {
    super(message);
    this.name = 'OutputError';
    this.target = target;
    this.code = code;
  }
}

/** Standard output was closed by its reader (`| head`): stop writing, quietly. */
export class BrokenPipe extends Error {
  constructor() {
    super('broken pipe');
    this.name = 'BrokenPipe';
  }
}

/** Plain-words reasons for the file-system errors an output meets (the rest keep Node's wording). */
const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  ENOENT: 'no such file or directory',
  EEXIST: 'file already exists',
  ENXIO: 'no such device or address (a socket cannot be opened as a file)',
  EPIPE: 'broken pipe',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many levels of symbolic links',
};

/**
 * One-line reason for a file-system error, without the paths and system-call names Node puts in
 * its messages (so a temporary file name never shows): `no space left on device`.
 */
export function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && REASONS[e.code]) return REASONS[e.code];
  const message = err instanceof Error ? err.message : String(err);
  return (
    message
      .replace(/^[A-Z][A-Z0-9_]+: /, '')
      .replace(/, \w+ '[^']*'( -> '[^']*')?$/, '')
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim() || 'unknown error'
  );
}

/**
 * A path for messages: relative to `cwd` when it lies below it, else absolute (never `../../x`).
 */
export function displayPath(abs: FsPath, cwd: string): string {
  if (typeof abs !== 'string') {
    const prefix = Buffer.from(cwd.endsWith(path.sep) ? cwd : cwd + path.sep);
    return showPath(abs.subarray(0, prefix.length).equals(prefix) ? abs.subarray(prefix.length) : abs);
  }
  const rel = path.relative(cwd, abs);
  return showPath(rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs);
}

function code(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException)?.code;
}

/**
 * Creates directory `dir` (absolute) and its missing parents, like `mkdir -p`, without looping.
 * @throws OutputError naming `target`: `cannot create directory D: <reason>` or `D is not a directory`.
 */
export async function makeDirectories(dir: FsPath, target: string, cwd: string): Promise<void> {
  const missing: FsPath[] = [];
  let cur = dir;
  for (;;) {
    try {
      const st = await stat(cur);
      if (!st.isDirectory())
        throw new OutputError(target, `${displayPath(cur, cwd)} is not a directory`, 'ENOTDIR');
      break;
    } catch (err) {
      if (err instanceof OutputError) throw err;
      // ENOTDIR: a component further up is a file; keep walking up to name it
      if (code(err) !== 'ENOENT' && code(err) !== 'ENOTDIR') {
        throw new OutputError(
          target,
          `cannot use directory ${displayPath(cur, cwd)}: ${reasonOf(err)}`,
          code(err),
        );
      }
      missing.push(cur);
      const parent = dirnameOf(cur);
      if (parent.length === cur.length) break;
      cur = parent;
    }
  }
  for (const d of missing.reverse()) {
    try {
      await mkdir(d);
    } catch (err) {
      if (code(err) === 'EEXIST' && (await stat(d).catch(() => null))?.isDirectory()) continue;
      // ENOENT with the parent there: a file system that allows no new entries (procfs, sysfs)
      const noNew = code(err) === 'ENOENT' && (await stat(dirnameOf(d)).catch(() => null))?.isDirectory();
      const reason =
        code(err) === 'EEXIST'
          ? 'a file of that name is in the way'
          : noNew
            ? 'its parent allows no new directories (a read-only or special file system, such as /proc)'
            : reasonOf(err);
      throw new OutputError(target, `cannot create directory ${displayPath(d, cwd)}: ${reason}`, code(err));
    }
  }
}

/**
 * 'stdout' when `st` is the file standard output of this process is open on (compared by device and
 * inode), else null.
 */
function standardStream(st: { dev: number; ino: number }, io: Io): 'stdout' | null {
  if (io.stdout !== process.stdout) return null;
  try {
    const out = fstatSync(1);
    return out.dev === st.dev && out.ino === st.ino ? 'stdout' : null;
  } catch {
    return null;
  }
}

/** Whether `st` is something to write into rather than replace: a device, FIFO or socket. */
function isSpecial(st: { isFile(): boolean; isDirectory(): boolean }): boolean {
  return !st.isFile() && !st.isDirectory();
}

/**
 * Writes `data` to `file` (absolute): into it directly when it is an existing device, FIFO or
 * socket, else atomically (parents created as needed). `target` is how messages name the file.
 * @throws OutputError with a one-line reason (`no space left on device`, `is a directory`, …).
 */
export async function writeOutputFile(
  file: FsPath,
  data: string | Uint8Array | Iterable<string>,
  target: string,
  io: Io,
): Promise<void> {
  const out = await openOutputFile(file, target, io);
  if (typeof data === 'string' || data instanceof Uint8Array) await out.write(data);
  else for (const piece of data) await out.write(piece);
  await out.commit();
}

/** An output being written: pieces in order, then `commit` (atomic for regular files) or `discard`. */
export interface OutputSink {
  write(data: string | Uint8Array): Promise<void>;
  /** Makes the output final (renames a temporary file over the target). */
  commit(): Promise<void>;
  /** Gives the output up: a temporary file is removed and the target left as it was. */
  discard(): Promise<void>;
}

/**
 * Opens `file` (absolute) for writing: into it directly when it is an existing device, FIFO or
 * socket (or standard output's own file), else atomically (parents created as needed). `target`
 * is how messages name the file.
 * @throws OutputError with a one-line reason (`no space left on device`, `is a directory`, …).
 */
export async function openOutputFile(file: FsPath, target: string, io: Io): Promise<OutputSink> {
  const cwd = io.cwd;
  let st: Awaited<ReturnType<typeof stat>> | null = null;
  try {
    st = await stat(file);
  } catch (err) {
    if (code(err) !== 'ENOENT' && code(err) !== 'ENOTDIR')
      throw new OutputError(target, reasonOf(err), code(err));
  }
  if (st?.isDirectory()) throw new OutputError(target, 'is a directory', 'EISDIR');
  if (st && isSpecial(st)) {
    // `-o /dev/stdout` (or a path to the same pipe, socket or terminal): write through the stream,
    // since a socket cannot be opened by path and the stream keeps the order of everything written
    if (standardStream(st, io) === 'stdout') {
      return {
        write: (data) =>
          writeStdout(io, data).catch((err: unknown) => {
            throw err instanceof OutputError ? new OutputError(target, err.message, err.code) : err;
          }),
        commit: async () => undefined,
        discard: async () => undefined,
      };
    }
    // O_TRUNC and O_CREAT of 'w' do nothing to an existing device or FIFO
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(file, 'w');
    } catch (err) {
      throw new OutputError(target, reasonOf(err), code(err));
    }
    return {
      async write(data) {
        try {
          await writeFully(handle, data);
        } catch (err) {
          await handle.close().catch(() => undefined);
          throw new OutputError(target, reasonOf(err), code(err));
        }
      },
      async commit() {
        await handle.close().catch(() => undefined);
      },
      async discard() {
        await handle.close().catch(() => undefined);
      },
    };
  }
  if (!st) await makeDirectories(dirnameOf(file), target, cwd);
  return AtomicFile.create(file, target);
}

/** Whether standard output of this process is a regular file (`> out.json`), checked once. */
let stdoutIsFile: boolean | null = null;
function stdoutFile(io: Io): boolean {
  if (io.stdout !== process.stdout) return false;
  if (stdoutIsFile === null) {
    try {
      stdoutIsFile = fstatSync(1).isFile();
    } catch {
      stdoutIsFile = false;
    }
  }
  return stdoutIsFile;
}

/**
 * Writes `text` to standard output, resolving once it is handed to the system. When standard
 * output is a regular file (`> out.json`) the bytes go straight to descriptor 1 in a loop that
 * checks every count: Node's stream makes one `write` call per chunk and drops the rest of a
 * short write (a nearly full disk), which left a cut-off file and exit 0.
 * @throws OutputError (`standard output: no space left on device`) or BrokenPipe.
 */
export function writeStdout(io: Io, text: string | Uint8Array): Promise<void> {
  if (text.length > 0 && stdoutFile(io)) {
    try {
      const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      let off = 0;
      while (off < buf.length) {
        const n = writeSync(1, buf, off, buf.length - off);
        if (n <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        off += n;
      }
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(new OutputError('standard output', reasonOf(err), code(err)));
    }
  }
  return new Promise((resolve, reject) => {
    if (text.length === 0) {
      resolve();
      return;
    }
    const fail = (err: unknown): void => {
      if (code(err) === 'EPIPE') reject(new BrokenPipe());
      else reject(new OutputError('standard output', reasonOf(err), code(err)));
    };
    try {
      io.stdout.write(text, (err?: Error | null) => (err ? fail(err) : resolve()));
    } catch (err) {
      fail(err);
    }
  });
}
