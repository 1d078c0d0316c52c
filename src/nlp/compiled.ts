/**
 * Compiled forms of the data a parse reads at start (issue 12): the tagger's model and jieba's
 * IDF table, decoded and hashed once by `npm run build` (scripts/build-models.mjs) into files of
 * typed arrays under dist/models/, which a process reads in a few milliseconds (views over the
 * file's bytes, no parsing) instead of decoding the source for about 0.15 s (model) and 0.1 s
 * (IDF) of CPU. Each compiled file names the SHA-1 of the source it was made from; a missing,
 * stale or foreign file is ignored and the source is decoded as before, so a compiled file can
 * change only the time a parse takes, never its output.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The typed arrays a compiled file can hold. */
export type CompiledArray = Float64Array | Float32Array | Int32Array | Uint8Array;

/** What a compiled file holds: plain JSON facts and named typed arrays. */
export interface Compiled {
  meta: Record<string, unknown>;
  arrays: Record<string, CompiledArray>;
}

/** The folder of the compiled files: dist/models/ of the package, whether running from dist/ or src/. */
export const COMPILED_DIR = fileURLToPath(new URL('../../dist/models/', import.meta.url));

/** First line of a compiled file. */
const MAGIC = 'bulletin-compiled 1';

const KINDS = { f64: Float64Array, f32: Float32Array, i32: Int32Array, u8: Uint8Array } as const;
type Kind = keyof typeof KINDS;

function kindOf(a: CompiledArray): Kind {
  if (a instanceof Float64Array) return 'f64';
  if (a instanceof Float32Array) return 'f32';
  if (a instanceof Int32Array) return 'i32';
  return 'u8';
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** SHA-1 of `bytes`, hex: what a compiled file names its source by. */
export function sourceDigest(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * Writes `arrays` and `meta` as the compiled form of `source` (the bytes it was made from) to
 * `file`: a line `bulletin-compiled 1`, a JSON line (the source's SHA-1 and length, the byte order,
 * `meta`, each array's kind, offset and length), then the arrays' bytes, each at an offset that is
 * a multiple of 8. Written to a temporary file and renamed. Throws on a write error.
 */
export function writeCompiled(file: string, source: Uint8Array, meta: Record<string, unknown>, arrays: Record<string, CompiledArray>): void {
  const layout: Record<string, { kind: Kind; offset: number; length: number }> = {};
  let offset = 0;
  for (const [name, a] of Object.entries(arrays)) {
    layout[name] = { kind: kindOf(a), offset, length: a.length };
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  const headJson = JSON.stringify({
    source: sourceDigest(source),
    sourceBytes: source.length,
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

/**
 * Reads the compiled file `file` made from `source` (its bytes): the arrays are views over the
 * file's bytes (not copies). Null when the file is missing or unreadable, is not a compiled file,
 * was made from other bytes than `source`, or in the other byte order.
 */
export function readCompiled(file: string, source: Uint8Array): Compiled | null {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return null;
  }
  const nl1 = buf.indexOf(10);
  const nl2 = nl1 < 0 ? -1 : buf.indexOf(10, nl1 + 1);
  if (nl2 < 0 || buf.toString('latin1', 0, nl1) !== MAGIC) return null;
  let head: {
    source: string;
    sourceBytes: number;
    endian: string;
    meta: Record<string, unknown>;
    arrays: Record<string, { kind: Kind; offset: number; length: number }>;
  };
  try {
    head = JSON.parse(buf.toString('utf8', nl1 + 1, nl2)) as typeof head;
  } catch {
    return null;
  }
  if (head.sourceBytes !== source.length || head.endian !== (LITTLE_ENDIAN ? 'le' : 'be')) return null;
  if (head.source !== sourceDigest(source)) return null;
  const bodyAt = Math.ceil((nl2 + 1) / 8) * 8;
  // a view needs its offset aligned to its element size: readFileSync's buffer of a large file
  // starts at offset 0 of its own memory, a small one may lie in a shared pool (then copied)
  let bytes: Uint8Array = buf;
  if ((buf.byteOffset + bodyAt) % 8 !== 0) {
    bytes = new Uint8Array(buf.length);
    bytes.set(buf);
  }
  const arrays: Record<string, CompiledArray> = {};
  for (const [name, { kind, offset, length }] of Object.entries(head.arrays)) {
    const Type = KINDS[kind];
    if (!Type) return null;
    const at = bytes.byteOffset + bodyAt + offset;
    if (bodyAt + offset + length * Type.BYTES_PER_ELEMENT > bytes.length) return null;
    arrays[name] = new Type(bytes.buffer as ArrayBuffer, at, length);
  }
  return { meta: head.meta, arrays };
}
