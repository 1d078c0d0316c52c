/**
 * Atomic output files: written to a temporary file next to the target, flushed (fsync), checked
 * complete (the bytes on disk are the bytes handed over), then renamed over the target. A failure
 * at any step removes the temporary file and leaves the previous target untouched.
 *
 * Why not write-file-atomic: it hands a string to one `fs.write` call and does not check how many
 * bytes were written; on a nearly full tmpfs that call writes part of the data and returns the
 * short count without an error, and the truncated temporary file was renamed over a good output
 * (issue 10: `-o` on a filesystem with 28 kB free exited 0 with a 28,672-byte JSON file). It also
 * takes the whole output as one value, where a large issue is better written in pieces. Here every
 * write loops until all bytes are written (a short write followed by ENOSPC is reported), and the
 * size on disk is compared with the count before the rename.
 *
 * Paths are strings or, for file names that are not UTF-8 (GBK names from Chinese Windows
 * archives), Buffers of the name's bytes; the temporary file is `.<name>.bulletin-<pid>-<n>.tmp` in
 * the same directory (so the rename stays on one filesystem). Temporary files still open are
 * listed in {@link liveTemporaryFiles} so a hard exit can remove them.
 */
import { closeSync, unlinkSync } from 'node:fs';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { OutputError, reasonOf } from './write.js';

/** A path as the file system takes it: a string, or the raw bytes of a name that is not UTF-8. */
export type FsPath = string | Buffer;

const SEP = 0x2f; // '/'

/** The directory part of `p` (like path.dirname, bytes kept for a Buffer). */
export function dirnameOf(p: FsPath): FsPath {
  if (typeof p === 'string') return path.dirname(p);
  const i = p.lastIndexOf(SEP);
  return i <= 0 ? Buffer.from(i === 0 ? '/' : '.') : p.subarray(0, i);
}

/** The last component of `p`. */
export function basenameOf(p: FsPath): FsPath {
  if (typeof p === 'string') return path.basename(p);
  const i = p.lastIndexOf(SEP);
  return i < 0 ? p : p.subarray(i + 1);
}

/** `dir` + `/` + `name`, staying a string when both are strings. */
export function joinPath(dir: FsPath, name: FsPath): FsPath {
  if (typeof dir === 'string' && typeof name === 'string') return path.join(dir, name);
  const d = typeof dir === 'string' ? Buffer.from(dir) : dir;
  const n = typeof name === 'string' ? Buffer.from(name) : name;
  return d.length && d[d.length - 1] === SEP
    ? Buffer.concat([d, n])
    : Buffer.concat([d, Buffer.from('/'), n]);
}

/** Prefix and suffix of the temporary files of this module (see the module doc). */
export const TEMP_MARK = '.bulletin-';
let counter = 0;
const live = new Map<number, { fd: number; path: FsPath }>();

/** Temporary files currently open, for a hard exit to remove (`removeTemporaryFilesSync`). */
export function liveTemporaryFiles(): FsPath[] {
  return [...live.values()].map((t) => t.path);
}

/** Closes and removes every temporary file still open (synchronous: for a second Ctrl-C or an exit handler). */
export function removeTemporaryFilesSync(): void {
  for (const [id, t] of live) {
    try {
      closeSync(t.fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(t.path);
    } catch {
      // already gone
    }
    live.delete(id);
  }
}

/** Whether `name` (one path component) is a temporary file of this module left by process `pid` (any pid when omitted). */
export function isTemporaryName(name: string, pid?: number): boolean {
  const m = /^\..*\.bulletin-(\d+)-\d+\.tmp$/su.exec(name);
  return m !== null && (pid === undefined || Number(m[1]) === pid);
}

function errCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException)?.code;
}

/** Writes all of `data` at the handle's position, looping over short writes; resolves to the bytes written. */
export async function writeFully(handle: FileHandle, data: string | Uint8Array): Promise<number> {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  while (off < buf.length) {
    const { bytesWritten } = await handle.write(buf, off, buf.length - off);
    // a write that makes no progress and no error would loop forever: report it as a full device
    if (bytesWritten <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    off += bytesWritten;
  }
  return buf.length;
}

/**
 * One output being written atomically. `create` opens the temporary file; `write` appends pieces;
 * `commit` flushes, checks and renames; `discard` removes the temporary file. Every failure is an
 * {@link OutputError} naming `target` (never the temporary file), and leaves the target as it was.
 */
export class AtomicFile {
  private bytes = 0;
  private closed = false;
  /** Writes and the commit run one after the other, in call order. */
  private chain: Promise<unknown> = Promise.resolve();
  private constructor(
    /** Final path. */
    readonly file: FsPath,
    /** The file as shown in messages. */
    readonly target: string,
    private readonly temp: FsPath,
    private readonly handle: FileHandle,
    private readonly id: number,
  ) {}

  /**
   * Opens a temporary file next to `file` (whose directory must exist). The temporary file gets the
   * existing target's permission bits, or 0666 less the umask for a new one.
   */
  static async create(file: FsPath, target: string): Promise<AtomicFile> {
    const id = (counter += 1);
    const base = basenameOf(file);
    const tempName =
      typeof base === 'string'
        ? `.${base}${TEMP_MARK}${process.pid}-${id}.tmp`
        : Buffer.concat([Buffer.from('.'), base, Buffer.from(`${TEMP_MARK}${process.pid}-${id}.tmp`)]);
    const temp = joinPath(dirnameOf(file), tempName);
    let mode = 0o666;
    try {
      mode = (await stat(file)).mode & 0o7777;
    } catch {
      // a new file
    }
    let handle: FileHandle;
    try {
      handle = await open(temp, 'wx', mode);
    } catch (err) {
      // ENOENT for a file in a directory that exists: a file system that allows no new files (procfs, sysfs)
      if (errCode(err) === 'ENOENT' && (await stat(dirnameOf(file)).then((d) => d.isDirectory(), () => false)))
        throw new OutputError(target, 'its directory allows no new files (a read-only or special file system, such as /proc)', 'EROFS');
      throw new OutputError(target, reasonOf(err), errCode(err));
    }
    live.set(id, { fd: handle.fd, path: temp });
    return new AtomicFile(file, target, temp, handle, id);
  }

  /** Appends `data` (UTF-8 for a string). On failure the temporary file is removed and the error thrown. */
  write(data: string | Uint8Array): Promise<void> {
    const p = this.chain.then(() => this.writeNow(data));
    this.chain = p.catch(() => undefined);
    return p;
  }

  private async writeNow(data: string | Uint8Array): Promise<void> {
    if (data.length === 0) return;
    if (this.closed) throw new OutputError(this.target, 'output already closed');
    try {
      const n = await writeFully(this.handle, data);
      this.bytes += n;
    } catch (err) {
      await this.discard();
      throw new OutputError(this.target, reasonOf(err), errCode(err));
    }
  }

  /** Flushes the data to disk, checks that the file holds every byte written, and renames it over the target. */
  async commit(): Promise<void> {
    await this.chain;
    if (this.closed) throw new OutputError(this.target, 'output already closed');
    try {
      await this.handle.sync();
      const size = (await this.handle.stat()).size;
      if (size !== this.bytes) {
        throw new Error(`incomplete write (${size} of ${this.bytes} bytes on disk)`);
      }
      await this.handle.close();
      this.closed = true;
      await rename(this.temp, this.file);
      live.delete(this.id);
    } catch (err) {
      await this.discard();
      throw new OutputError(this.target, reasonOf(err), errCode(err));
    }
    // make the rename itself durable; a directory that cannot be opened or synced is not an error
    try {
      const dir = await open(dirnameOf(this.file), 'r');
      await dir.sync().catch(() => undefined);
      await dir.close();
    } catch {
      // e.g. a directory without read permission
    }
  }

  /** Closes and removes the temporary file (the target is untouched). Never throws. */
  async discard(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      await this.handle.close().catch(() => undefined);
    }
    await unlink(this.temp).catch(() => undefined);
    live.delete(this.id);
  }
}

/** Writes `data` to `file` atomically (see {@link AtomicFile}). */
export async function writeAtomic(
  file: FsPath,
  data: string | Uint8Array | Iterable<string>,
  target: string,
): Promise<void> {
  const out = await AtomicFile.create(file, target);
  if (typeof data === 'string' || data instanceof Uint8Array) await out.write(data);
  else for (const piece of data) await out.write(piece);
  await out.commit();
}
