/**
 * Finding a file whose name is not UTF-8 from a command-line argument (issue 10). Node decodes
 * `process.argv` as UTF-8, so a GBK name typed or globbed by the shell (`\xb9\xab\xb8\xe6.txt`)
 * arrives as `����.txt` (U+FFFD for each invalid byte) and cannot be opened as a string. Each
 * component holding U+FFFD is matched against its directory's entries read as bytes: an entry
 * matches when its name decoded as UTF-8 (invalid bytes → U+FFFD, as Node decodes argv) equals the
 * component. Several names can decode alike (a GBK and a Big5 name of the same length): every
 * match is returned and the caller decides (an argument naming two files is refused, a glob takes
 * both).
 */
import fs, { type Stats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isUtf8 } from './escape.js';

/** Whether `s` holds U+FFFD, the mark of bytes Node could not decode. */
export function hasReplacement(s: string): boolean {
  return s.includes('\ufffd');
}

/** At most this many candidate paths are followed (each ambiguous component multiplies them). */
const MAX_MATCHES = 64;

/**
 * The paths as bytes that `p` (a path relative to `cwd`, or absolute, holding U+FFFD) may stand
 * for, in the form it was given (relative stays relative): each component with U+FFFD replaced by
 * the bytes of every directory entry that decodes to it, other components kept. Sorted by bytes;
 * empty when nothing matches (or a directory on the way cannot be read). Never throws.
 */
export async function resolveReplaced(p: string, cwd: string): Promise<Buffer[]> {
  const absolute = path.isAbsolute(p);
  const parts = p.split('/');
  let prefixes: Buffer[][] = [[]];
  for (const part of parts) {
    const next: Buffer[][] = [];
    for (const prefix of prefixes) {
      if (!hasReplacement(part)) {
        next.push([...prefix, Buffer.from(part)]);
        continue;
      }
      const joined = Buffer.concat(prefix.flatMap((b, i) => (i ? [Buffer.from('/'), b] : [b])));
      const dir = absolute
        ? joined.length
          ? joined
          : Buffer.from('/')
        : joined.length
          ? Buffer.concat([Buffer.from(cwd), Buffer.from('/'), joined])
          : Buffer.from(cwd);
      let names: Buffer[];
      try {
        names = await readdir(dir, { encoding: 'buffer' });
      } catch {
        continue; // not a directory, gone, unreadable: no match on this branch
      }
      for (const name of names) {
        if (name.toString('utf8') === part) next.push([...prefix, name]);
      }
    }
    prefixes = next.slice(0, MAX_MATCHES);
    if (prefixes.length === 0) return [];
  }
  return prefixes
    .map((comps) => Buffer.concat(comps.flatMap((b, i) => (i ? [Buffer.from('/'), b] : [b]))))
    .sort(Buffer.compare);
}

/** `rel` (bytes, relative to `cwd` or absolute) as an absolute path of bytes, `.` and `..` resolved as path.resolve does. */
export function absoluteBytes(rel: Buffer, cwd: string): Buffer {
  // latin1 maps each byte to one character and back, so the bytes of the names are kept
  return Buffer.from(
    path.posix.resolve(Buffer.from(cwd).toString('latin1'), rel.toString('latin1')),
    'latin1',
  );
}

/**
 * For an absolute path of bytes `abs` inside directory `dir` (absolute bytes): the deepest
 * directory at or above `dir` whose path is UTF-8 (`base`, for `--out-dir` paths) and the path
 * from it to `abs` as bytes.
 */
export function utf8Base(dir: Buffer, abs: Buffer): { base: string; relBytes: Buffer } {
  let d = dir;
  while (!isUtf8(d)) {
    const i = d.lastIndexOf(0x2f);
    d = i <= 0 ? Buffer.from('/') : d.subarray(0, i);
  }
  const start = d.length === 1 && d[0] === 0x2f ? 1 : d.length + 1;
  return { base: path.normalize(d.toString('utf8')), relBytes: abs.subarray(start) };
}

type Callback<T> = (err: NodeJS.ErrnoException | null, value: T) => void;

/** fast-glob's `fs` option. */
type GlobFileSystem = NonNullable<import('fast-glob').Options['fs']>;

/** An ENOENT error for `p`, as fs gives. */
const notFound = (syscall: string, p: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`ENOENT: no such file or directory, ${syscall} '${p}'`), {
    code: 'ENOENT',
    syscall,
  });

/**
 * File-system functions for fast-glob (its `fs` option) that can enter a folder whose name is not
 * UTF-8: fast-glob reads names as strings, so such a folder's path holds U+FFFD and plain `fs`
 * cannot open it. A path holding U+FFFD is resolved with {@link resolveReplaced} first; a folder
 * path standing for several folders (names decoding alike) lists the entries of all of them, and
 * a stat takes the first. Paths without U+FFFD go straight to `fs`.
 */
export function globFileSystem(cwd: string): GlobFileSystem {
  const stat1 =
    (fn: typeof fs.stat) =>
    (p: string, cb: Callback<Stats>): void => {
      if (!hasReplacement(p)) return void fn(p, cb);
      void resolveReplaced(p, cwd).then((m) => {
        if (m.length === 0) cb(notFound('stat', p), undefined as unknown as Stats);
        else fn(absoluteBytes(m[0], cwd), cb);
      });
    };
  const readdir = (p: string, ...rest: unknown[]): void => {
    const cb = rest.pop() as Callback<unknown[]>;
    const opts = (rest[0] ?? {}) as { withFileTypes?: boolean };
    if (!hasReplacement(p)) return void fs.readdir(p, opts as { withFileTypes: true }, cb);
    void resolveReplaced(p, cwd).then(async (m) => {
      if (m.length === 0) return cb(notFound('scandir', p), []);
      const byName = new Map<string, unknown>();
      let firstErr: NodeJS.ErrnoException | null = null;
      for (const dir of m) {
        try {
          const entries = await fs.promises.readdir(absoluteBytes(dir, cwd), { withFileTypes: true });
          for (const e of entries)
            if (!byName.has(e.name)) byName.set(e.name, opts.withFileTypes ? e : e.name);
        } catch (err) {
          firstErr ??= err as NodeJS.ErrnoException;
        }
      }
      if (byName.size === 0 && firstErr) cb(firstErr, []);
      else cb(null, [...byName.values()]);
    });
  };
  const stat = stat1(fs.stat);
  // A folder symlink back into the folders above it (arch/2023/up -> ..) is a loop fast-glob would
  // follow ~40 levels deep, and two such links make the walk never end: its stat fails with ELOOP,
  // which fast-glob takes as a broken link and skips, as the directory walk (inputs.ts) does.
  const loopSafeStat = (p: string, cb: Callback<Stats>): void =>
    stat(p, (err, st) => {
      if (err || !st.isDirectory() || hasReplacement(p)) return cb(err, st);
      void loopsBack(path.resolve(cwd, p)).then((loop) => (loop ? cb(symlinkLoop(p), undefined as unknown as Stats) : cb(null, st)));
    });
  return { readdir: readdir as GlobFileSystem['readdir'], stat: loopSafeStat, lstat: stat1(fs.lstat) };
}

/** An ELOOP error for `p` (a folder link back into its own ancestors). */
const symlinkLoop = (p: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`ELOOP: too many symbolic links encountered, stat '${p}'`), { code: 'ELOOP', syscall: 'stat' });

/**
 * Whether the folder at absolute path `abs` is, on disk, one of the folders its path passes through
 * or above one of them: entering it would walk those folders again, without end. False when a path
 * cannot be resolved (the walk reports that itself).
 */
async function loopsBack(abs: string): Promise<boolean> {
  try {
    const real = await fs.promises.realpath(abs);
    for (let dir = path.dirname(abs); ; dir = path.dirname(dir)) {
      const up = await fs.promises.realpath(dir);
      if (up === real || up.startsWith(real.endsWith(path.sep) ? real : real + path.sep)) return true;
      if (path.dirname(dir) === dir) return false;
    }
  } catch {
    return false;
  }
}
