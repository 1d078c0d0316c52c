/**
 * Writing outputs: `-o FILE`, `--out-dir` files, the `--resume` manifest, and standard output.
 *
 * - A regular file (or a path that does not exist yet) is written atomically with
 *   write-file-atomic (temporary file next to it, then rename), after creating missing parent
 *   directories.
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
import { fstatSync } from 'node:fs';
import { mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Io } from './io.js';

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
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

function code(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException)?.code;
}

/**
 * Creates directory `dir` (absolute) and its missing parents, like `mkdir -p`, without looping.
 * @throws OutputError naming `target`: `cannot create directory D: <reason>` or `D is not a directory`.
 */
export async function makeDirectories(dir: string, target: string, cwd: string): Promise<void> {
  const missing: string[] = [];
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
      const parent = path.dirname(cur);
      if (parent === cur) break;
      cur = parent;
    }
  }
  for (const d of missing.reverse()) {
    try {
      await mkdir(d);
    } catch (err) {
      if (code(err) === 'EEXIST' && (await stat(d).catch(() => null))?.isDirectory()) continue;
      const reason = code(err) === 'EEXIST' ? 'a file of that name is in the way' : reasonOf(err);
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
export async function writeOutputFile(file: string, data: string | Uint8Array, target: string, io: Io): Promise<void> {
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
    const stream = standardStream(st, io);
    if (stream === 'stdout') {
      await writeStdout(io, typeof data === 'string' ? data : Buffer.from(data)).catch((err: unknown) => {
        throw err instanceof OutputError ? new OutputError(target, err.message, err.code) : err;
      });
      return;
    }
    // O_TRUNC and O_CREAT of 'w' do nothing to an existing device or FIFO
    let handle;
    try {
      handle = await open(file, 'w');
      await handle.writeFile(data, 'utf8');
    } catch (err) {
      throw new OutputError(target, reasonOf(err), code(err));
    } finally {
      await handle?.close().catch(() => undefined);
    }
    return;
  }
  if (!st) await makeDirectories(path.dirname(file), target, cwd);
  try {
    const { default: writeFileAtomic } = await import('write-file-atomic');
    await writeFileAtomic(file, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), { encoding: 'utf8' });
  } catch (err) {
    throw new OutputError(target, reasonOf(err), code(err));
  }
}

/** Writes `text` to standard output, resolving once it is handed to the system. */
export function writeStdout(io: Io, text: string | Uint8Array): Promise<void> {
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
