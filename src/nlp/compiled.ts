/**
 * Compiled forms of the data a parse reads at start (issue 12): the tagger's model and jieba's
 * IDF table, decoded and hashed once by `npm run build` (scripts/build-models.mjs) into files of
 * typed arrays under dist/models/, which a process reads in a few milliseconds (each array read
 * into its own memory, no parsing; arrays a parse does not need read only on demand) instead of decoding the source for about 0.15 s (model) and 0.1 s
 * (IDF) of CPU. Each compiled file names the SHA-1 of the source it was made from and the source
 * file's identity on disk (checked instead of the SHA-1 while it holds); a missing, stale or
 * foreign file is ignored and the source is decoded as before, so a compiled file can change only
 * the time a parse takes, never its output.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The typed arrays a compiled file can hold. */
export type CompiledArray = Float64Array | Float32Array | Int32Array | Int16Array | Uint8Array;

/** What a compiled file holds: plain JSON facts and named typed arrays. */
export interface Compiled {
  meta: Record<string, unknown>;
  arrays: Record<string, CompiledArray>;
  /** Arrays not read yet (`readCompiled`'s `lazy`), each read when its function is called (null when it cannot be). */
  lazy?: Record<string, () => CompiledArray | null>;
}

/** The folder of the compiled files: dist/models/ of the package, whether running from dist/ or src/. */
export const COMPILED_DIR = fileURLToPath(new URL('../../dist/models/', import.meta.url));

/** First line of a compiled file. */
const MAGIC = 'bulletin-compiled 1';

const KINDS = { f64: Float64Array, f32: Float32Array, i32: Int32Array, i16: Int16Array, u8: Uint8Array } as const;
type Kind = keyof typeof KINDS;

function kindOf(a: CompiledArray): Kind {
  if (a instanceof Float64Array) return 'f64';
  if (a instanceof Float32Array) return 'f32';
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Int16Array) return 'i16';
  return 'u8';
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** SHA-1 of `bytes`, hex: what a compiled file names its source by. */
export function sourceDigest(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * The identity of the file `file` on disk: device, inode, size and modification time in
 * nanoseconds, as one string; null when it cannot be read. A compiled file records its source's
 * (`writeCompiled`), so that a process can tell the source unchanged since without reading and
 * hashing it (issue 12: 8.6 MB hashed at every start, about 10 ms); any write to the file, or a
 * copy, a checkout or a move over it, changes the identity, and the SHA-1 is then checked as before.
 */
export function fileIdentity(file: string): string | null {
  try {
    const st = statSync(file, { bigint: true });
    return st.isFile() ? `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}` : null;
  } catch {
    return null;
  }
}

/**
 * Writes `arrays` and `meta` as the compiled form of `source` (the bytes it was made from) to
 * `file`: a line `bulletin-compiled 1`, a JSON line (the source's SHA-1 and length, the identity of
 * `sourceFile` when the bytes were read from it (`fileIdentity`), the byte order, `meta`, each
 * array's kind, offset and length), then the arrays' bytes, each at an offset that is a multiple of
 * 8. Written to a temporary file and renamed. Throws on a write error.
 */
export function writeCompiled(
  file: string,
  source: Uint8Array,
  meta: Record<string, unknown>,
  arrays: Record<string, CompiledArray>,
  sourceFile?: string,
): void {
  const layout: Record<string, { kind: Kind; offset: number; length: number }> = {};
  let offset = 0;
  for (const [name, a] of Object.entries(arrays)) {
    layout[name] = { kind: kindOf(a), offset, length: a.length };
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  const headJson = JSON.stringify({
    source: sourceDigest(source),
    sourceBytes: source.length,
    sourceFile: sourceFile === undefined ? null : fileIdentity(sourceFile),
    endian: LITTLE_ENDIAN ? 'le' : 'be',
    meta,
    arrays: layout,
  });
  let head = Buffer.from(`${MAGIC}\n${headJson}\n`, 'utf8');
  const padded = Math.ceil(head.length / 8) * 8;
  head = Buffer.concat([head, Buffer.alloc(padded - head.length, 0x20)]);
  const body = Buffer.alloc(offset);
  for (const [name, a] of Object.entries(arrays)) Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(body, layout[name].offset);
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([head, body]));
  renameSync(tmp, file);
}

/** A compiled file's source given by its path (`readCompiled`), with its bytes when the caller has read them already. */
export interface CompiledSource {
  path: string;
  bytes?: Uint8Array;
}

/** Bytes of a compiled file read to find its two head lines; a longer head is read whole. */
const HEAD_READ = 64 * 1024;

/**
 * Reads the compiled file `file` made from `source` (its bytes, or the file holding them): each array is read from the file into memory of its own, except those named in `lazy`,
 * which are read only when their `load` is called (a model's feature names, which a parse never
 * reads: 3 MB not held; issue 10). Null when the file is missing or unreadable, is not a compiled
 * file, was made from other bytes than `source`, or in the other byte order. A source given by its
 * path is read and hashed only when its identity on disk (`fileIdentity`) is not the one the
 * compiled file recorded. A lazy array whose file has gone or changed since loads as null.
 */
export function readCompiled(file: string, source: Uint8Array | CompiledSource, lazy: readonly string[] = []): Compiled | null {
  return withOpenFile(file, (fd) => {
    const size = fstatSync(fd).size;
    let headBuf = Buffer.alloc(Math.min(size, HEAD_READ));
    readSync(fd, headBuf, 0, headBuf.length, 0);
    let nl1 = headBuf.indexOf(10);
    let nl2 = nl1 < 0 ? -1 : headBuf.indexOf(10, nl1 + 1);
    if (nl2 < 0 && headBuf.length < size) {
      headBuf = Buffer.alloc(size);
      readSync(fd, headBuf, 0, size, 0);
      nl1 = headBuf.indexOf(10);
      nl2 = nl1 < 0 ? -1 : headBuf.indexOf(10, nl1 + 1);
    }
    if (nl2 < 0 || headBuf.toString('latin1', 0, nl1) !== MAGIC) return null;
    let head: {
      source: string;
      sourceBytes: number;
      sourceFile?: string | null;
      endian: string;
      meta: Record<string, unknown>;
      arrays: Record<string, { kind: Kind; offset: number; length: number }>;
    };
    try {
      head = JSON.parse(headBuf.toString('utf8', nl1 + 1, nl2)) as typeof head;
    } catch {
      return null;
    }
    if (head.endian !== (LITTLE_ENDIAN ? 'le' : 'be')) return null;
    const byPath = source instanceof Uint8Array ? null : source;
    if (!(byPath && typeof head.sourceFile === 'string' && head.sourceFile === fileIdentity(byPath.path))) {
      const bytes = byPath ? (byPath.bytes ?? readFileSync(byPath.path)) : (source as Uint8Array);
      if (head.sourceBytes !== bytes.length || head.source !== sourceDigest(bytes)) return null;
    }
    const bodyAt = Math.ceil((nl2 + 1) / 8) * 8;
    const arrays: Record<string, CompiledArray> = {};
    const later: Record<string, () => CompiledArray | null> = {};
    for (const [name, { kind, offset, length }] of Object.entries(head.arrays)) {
      const Type = KINDS[kind];
      if (!Type) return null;
      const bytes = length * Type.BYTES_PER_ELEMENT;
      if (bodyAt + offset + bytes > size) return null;
      if (lazy.includes(name)) {
        later[name] = () => readArrayAt(file, size, Type, bodyAt + offset, length);
        continue;
      }
      const a = new Type(length);
      if (readFully(fd, a, bodyAt + offset) !== bytes) return null;
      arrays[name] = a;
    }
    return { meta: head.meta, arrays, lazy: later };
  });
}

/** `read(fd)` on `file` opened for reading, the file closed after; null when it cannot be opened or `read` throws (a compiled file is a cache: any failure means "build it anew"). */
function withOpenFile<T>(file: string, read: (fd: number) => T | null): T | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    return read(fd);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Reads `a.byteLength` bytes of the open file `fd` from `position` into `a`; the bytes read. */
function readFully(fd: number, a: CompiledArray, position: number): number {
  const view = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let done = 0;
  while (done < view.length) {
    const n = readSync(fd, view, done, view.length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

/** An array of a compiled file read on demand (`readCompiled`'s lazy arrays); null when the file is gone or not the size it was. */
function readArrayAt(file: string, size: number, Type: (typeof KINDS)[Kind], position: number, length: number): CompiledArray | null {
  return withOpenFile(file, (fd) => {
    if (fstatSync(fd).size !== size) return null;
    const a = new Type(length);
    return readFully(fd, a, position) === a.byteLength ? a : null;
  });
}
