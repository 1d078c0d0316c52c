/**
 * Expanding the command line's inputs (files, directories, globs, `-`) into a list of files.
 * Directories are walked recursively for the input formats' extensions (hidden files and folders
 * skipped); the order is the arguments' order, each directory or glob sorted. Globs use fast-glob.
 *
 * The directory walk is our own (readdir with Buffer names) rather than fast-glob's, because an
 * archive walk must (issue 10): report an unreadable folder as one line and go on (fast-glob
 * either throws, which ended the run, or with `suppressErrors` drops the folder silently); follow
 * a folder symlink without following a loop (fast-glob followed one 40 levels deep, parsing the
 * same file 41 times): each real directory is entered once and each real file (device + inode)
 * listed once; and read file names that are not UTF-8 (GBK names from Chinese Windows archives),
 * which a string path turns into U+FFFD and then cannot open. Such a file keeps its name's bytes
 * (`fsPath` is a Buffer) and is shown with the bytes escaped (`\xb9\xab\xb8\xe6.txt`).
 *
 * Such a name given as an argument, or matched by a glob (fast-glob reads names as strings), reaches
 * us with U+FFFD for its invalid bytes; it is found again by matching its directory's entries read
 * as bytes (./byte-paths.ts), so `bulletin parse 公告.txt` typed in a GBK shell, or `'*.txt'`,
 * opens the same file the directory walk does.
 */
import { readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { EXIT } from '../errors.js';
import { joinPath, type FsPath } from './atomic.js';
import { absoluteBytes, globFileSystem, hasReplacement, resolveReplaced, utf8Base } from './byte-paths.js';
import { bytesToDisplay, isUtf8, showPath } from './escape.js';
import { fsFailure, type Failure } from './parse-input.js';

/** Extensions read when walking a directory (case-insensitive). */
export const INPUT_EXTENSIONS = ['txt', 'html', 'htm', 'xml', 'hocr'] as const;

/** One input to parse. */
export interface Input {
  /** The path as shown to the user and written in `source.path` (`-` for standard input), control characters and non-UTF-8 bytes escaped. */
  path: string;
  /** Absolute path ('' for standard input); for a name that is not UTF-8, its escaped form (use `fsPath` to open it). */
  abs: string;
  /** The path to open: `abs`, or the absolute path's bytes for a name that is not UTF-8. */
  fsPath: FsPath;
  /** Absolute directory the input's output path is made relative to in `--out-dir` mode. */
  base: string;
  /** For a name that is not UTF-8: its path relative to `base`, as bytes. */
  relBytes?: Buffer;
  stdin: boolean;
}

/** The expanded inputs and the arguments that named nothing usable. */
export interface Expansion {
  inputs: Input[];
  /** In command-line order; `at`: the number of inputs expanded before it (report it before `inputs[at]`). */
  failures: (Failure & { at: number })[];
  /**
   * True when every argument names a file (or `-`) and between them they name one input (`- -`, or
   * one file given twice, is one input, parsed once): JSON output is then an object, not an array.
   */
  single: boolean;
}

const EXT_RE = new RegExp(`\\.(?:${INPUT_EXTENSIONS.join('|')})$`, 'i');

/** What a file that is not a regular file is, for messages: `a named pipe`, `a socket`, `a device`. */
function specialKind(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

/**
 * What a glob's match at `p` (shown as `shown`) is: a regular file to read, a directory (a glob's
 * folders are not inputs), or the failure the directory walk gives the same entry (walkDirectory):
 * a broken link `no such file or directory`, a named pipe, socket or device `not a regular file (…):
 * skipped (give it by name to read it)`, each exit 3.
 */
async function entryKind(p: FsPath, shown: string): Promise<'file' | 'directory' | Failure> {
  let st: Stats;
  try {
    st = await stat(p);
  } catch (err) {
    return fsFailure(shown, err as NodeJS.ErrnoException);
  }
  if (st.isDirectory()) return 'directory';
  if (st.isFile()) return 'file';
  return notRegular(shown, st);
}

/** The failure of an entry that is no regular file (a named pipe, socket or device), met in a walk or a glob. */
function notRegular(shown: string, st: Stats): Failure {
  return {
    path: shown,
    code: 'input/not-regular',
    message: `not a regular file (${specialKind(st)}): skipped (give it by name to read it)`,
    exitCode: EXIT.NO_INPUT,
  };
}

/** One file found by {@link walkDirectory}: its path relative to the walked directory. */
interface Found {
  /** Relative path as bytes. */
  rel: Buffer;
  /** Relative path as text (escaped bytes when not UTF-8), for sorting and display. */
  shown: string;
  utf8: boolean;
}

/**
 * Walks `root` (absolute) for input files: symlinks followed, each real directory entered once
 * and each real file listed once (`seenFiles` holds `dev:ino` across the whole expansion), hidden
 * entries skipped. Unreadable directories, broken links and entries with an input extension
 * that are not regular files (a named pipe, socket or device: reading a FIFO with no writer
 * would block the run for good) become failures (exit 3) named `display/<rel>`; the walk goes on.
 * `already` counts the input files found that an earlier argument had listed (a folder named twice,
 * or a folder and a subfolder of it): they are inputs of this directory, listed once.
 */
async function walkDirectory(
  root: FsPath,
  display: FsPath,
  seenFiles: Set<string>,
  failures: Failure[],
): Promise<{ found: Found[]; already: number }> {
  const found: Found[] = [];
  let already = 0;
  const seenDirs = new Set<string>();
  const rootSt = await stat(root);
  seenDirs.add(`${rootSt.dev}:${rootSt.ino}`);
  const stack: Buffer[] = [Buffer.alloc(0)];
  const show = (rel: Buffer): string => showJoined(display, rel);
  while (stack.length) {
    const rel = stack.pop()!;
    const dir = rel.length ? joinPath(Buffer.from(root), rel) : root;
    let names: Buffer[];
    try {
      names = await readdir(dir, { encoding: 'buffer' });
    } catch (err) {
      failures.push({
        ...fsFailure(show(rel), err as NodeJS.ErrnoException),
        message: `cannot read directory: ${fsFailure('', err as NodeJS.ErrnoException).message}`,
      });
      continue;
    }
    const subdirs: Buffer[] = [];
    for (const name of names) {
      if (name[0] === 0x2e) continue; // hidden
      const childRel = rel.length ? Buffer.concat([rel, Buffer.from('/'), name]) : name;
      const full = joinPath(Buffer.from(root), childRel);
      let st;
      try {
        st = await stat(full);
      } catch (err) {
        if (EXT_RE.test(name.toString('latin1')))
          failures.push(fsFailure(show(childRel), err as NodeJS.ErrnoException));
        continue;
      }
      const id = `${st.dev}:${st.ino}`;
      if (st.isDirectory()) {
        if (seenDirs.has(id)) continue; // a loop, or a second way into a directory already walked
        seenDirs.add(id);
        subdirs.push(childRel);
      } else if (EXT_RE.test(name.toString('latin1'))) {
        if (!st.isFile()) {
          // a named pipe, socket or device under an input name: reading it could block forever (a
          // FIFO with no writer), so it is named and skipped, exit 3; given by name it is read
          failures.push(notRegular(show(childRel), st));
          continue;
        }
        if (seenFiles.has(id)) {
          already += 1;
          continue;
        }
        seenFiles.add(id);
        const utf8 = isUtf8(childRel);
        found.push({
          rel: childRel,
          shown: utf8 ? childRel.toString('utf8') : bytesToDisplay(childRel),
          utf8,
        });
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i -= 1) stack.push(subdirs[i]);
  }
  return { found: found.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0)), already };
}

/**
 * `arg` (a path as given, text or bytes) and `rel` below it, joined as path.join does and shown
 * once with escape.ts's escaper ({@link showPath}: a backslash as `\\`, control characters and bytes
 * that are not UTF-8 escaped).
 */
function showJoined(arg: FsPath, rel: Buffer): string {
  const a = typeof arg === 'string' ? Buffer.from(arg) : arg;
  // latin1 keeps one character per byte: path.join sees only '/' and '.', and the bytes come back as they were
  return showPath(Buffer.from(path.posix.join(a.toString('latin1'), rel.toString('latin1')), 'latin1'));
}

/** fast-glob, imported the first time an argument may be a pattern (a one-file run never loads its ~80 modules). */
let fastGlob: typeof import('fast-glob') | null = null;

/** Characters without which fast-glob sees no pattern (`*`, `?`, `[…]`, `{a,b}`, `(a|b)`, `!(…)`, `@(…)`, `+(…)`, a backslash escape). */
const GLOB_CHARS_RE = /[*?[\]{}()!+@|\\]/u;

/** Whether `arg` is a glob pattern (fast-glob's `isDynamicPattern`), loading fast-glob only when it may be one. */
async function isPattern(arg: string): Promise<boolean> {
  if (!GLOB_CHARS_RE.test(arg)) return false;
  fastGlob ??= (await import('fast-glob')).default;
  return fastGlob.isDynamicPattern(arg);
}

/** The directory part of a glob before its first dynamic segment (`scans/2021/*.txt` → `scans/2021`). */
export async function globBase(pattern: string): Promise<string> {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (part !== '' && (await isPattern(part))) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

/**
 * Expands `args` relative to `cwd`. Never throws: a missing path, an unreadable directory, a
 * directory without inputs or a glob without matches becomes a `Failure` (exit code `EXIT.NO_INPUT`).
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<Expansion> {
  const inputs: Input[] = [];
  const failures: (Failure & { at?: number })[] = [];
  let marked = 0;
  let argStart = 0;
  /** Places the failures of the last argument before the inputs it expanded to. */
  const place = (): void => {
    for (; marked < failures.length; marked += 1) failures[marked].at = argStart;
  };
  const seen = new Set<string>();
  const seenFiles = new Set<string>();
  let plainFiles = 0;
  const add = async (p: string, base: string): Promise<void> => {
    const abs = path.resolve(cwd, p);
    if (seen.has(abs)) return;
    seen.add(abs);
    try {
      const st = await stat(abs);
      const id = `${st.dev}:${st.ino}`;
      if (seenFiles.has(id)) return;
      seenFiles.add(id);
    } catch {
      // reported when it is read
    }
    inputs.push({ path: showPath(p), abs, fsPath: abs, base, stdin: false });
  };
  /** Adds the file at `rel` (bytes as given: relative to `cwd` or absolute; a name that is not UTF-8); `baseHint`: its `--out-dir` base when that is a directory above it (a glob's). */
  const addBytes = async (rel: Buffer, baseHint?: string): Promise<void> => {
    const fsPath = absoluteBytes(rel, cwd);
    const abs = path.resolve(cwd, bytesToDisplay(rel));
    // keyed by the bytes: the escaped form `abs` may spell a name typed in ASCII (\xb9\xab.txt)
    const key = `bytes:${fsPath.toString('latin1')}`;
    if (seen.has(key)) return;
    seen.add(key);
    try {
      const st = await stat(fsPath);
      const id = `${st.dev}:${st.ino}`;
      if (seenFiles.has(id)) return;
      seenFiles.add(id);
    } catch {
      // reported when it is read
    }
    const dirEnd = fsPath.lastIndexOf(0x2f);
    const hint =
      baseHint === undefined ? null : Buffer.from(baseHint.endsWith('/') ? baseHint : `${baseHint}/`);
    const { base, relBytes } =
      hint && fsPath.subarray(0, hint.length).equals(hint)
        ? { base: baseHint!, relBytes: fsPath.subarray(hint.length) }
        : utf8Base(dirEnd <= 0 ? Buffer.from('/') : fsPath.subarray(0, dirEnd), fsPath);
    inputs.push({ path: showPath(rel), abs, fsPath, base, relBytes, stdin: false });
  };
  /** The inputs under a directory found by {@link walkDirectory}, added in order. */
  const addFound = (found: Found[], arg: FsPath, root: FsPath): void => {
    const rootAbs = typeof root === 'string' ? root : null;
    for (const f of found) {
      const display = showJoined(arg, f.rel);
      if (f.utf8 && rootAbs !== null) {
        const fileAbs = path.join(rootAbs, f.rel.toString('utf8'));
        if (seen.has(fileAbs)) continue;
        seen.add(fileAbs);
        inputs.push({ path: display, abs: fileAbs, fsPath: fileAbs, base: rootAbs, stdin: false });
      } else if (rootAbs !== null) {
        inputs.push({
          path: display,
          abs: path.join(rootAbs, f.shown),
          fsPath: joinPath(Buffer.from(rootAbs), f.rel),
          base: rootAbs,
          relBytes: f.rel,
          stdin: false,
        });
      } else {
        const fsPath = joinPath(root, f.rel) as Buffer;
        inputs.push({
          path: display,
          abs: path.resolve(cwd, typeof arg === 'string' ? arg : bytesToDisplay(arg), f.shown),
          fsPath,
          ...utf8Base(root as Buffer, fsPath),
          stdin: false,
        });
      }
    }
  };
  /** Walks the directory `root` named by argument `arg` (as given: text, or the bytes of a name that is not UTF-8; `display`: the argument as shown). */
  const addDirectory = async (root: FsPath, arg: FsPath, display: string): Promise<void> => {
    const before = failures.length;
    let found: Found[] = [];
    let already = 0;
    try {
      ({ found, already } = await walkDirectory(root, arg, seenFiles, failures));
    } catch (err) {
      failures.push(fsFailure(display, err as NodeJS.ErrnoException));
      return;
    }
    // a folder whose every input an earlier argument listed (named twice, or under a folder named
    // before) has inputs: they are parsed once, under the first argument that named them
    if (found.length === 0 && already === 0 && failures.length === before) {
      failures.push({
        path: display,
        code: 'input/no-inputs',
        message: `no input files (${INPUT_EXTENSIONS.map((e) => `*.${e}`).join(', ')}) in this directory`,
        exitCode: EXIT.NO_INPUT,
      });
    }
    addFound(found, arg, root);
  };

  for (const arg of args) {
    place();
    argStart = inputs.length;
    if (arg === '-') {
      if (!seen.has('-')) inputs.push({ path: '-', abs: '', fsPath: '', base: cwd, stdin: true });
      seen.add('-');
      plainFiles += 1;
      continue;
    }
    const shown = showPath(arg);
    const abs = path.resolve(cwd, arg);
    let isDir = false;
    let exists = false;
    let matches: Buffer[] = [];
    try {
      isDir = (await stat(abs)).isDirectory();
      exists = true;
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code !== 'ENOENT' && e.code !== 'ENOTDIR') {
        failures.push(fsFailure(shown, e));
        continue;
      }
    }
    if (exists && !isDir) {
      await add(arg, path.dirname(abs));
      plainFiles += 1;
    } else if (exists && isDir) {
      await addDirectory(abs, arg, shown);
    } else if (hasReplacement(arg) && (matches = await resolveReplaced(arg, cwd)).length > 0) {
      // a name that is not UTF-8, decoded by Node with U+FFFD: found again among its directory's entries
      if (matches.length > 1) {
        failures.push({
          path: shown,
          code: 'input/ambiguous',
          message: `names ${matches.length} files whose names are not UTF-8 (${matches.map((m) => showPath(m)).join(', ')}): give their directory or a glob instead`,
          exitCode: EXIT.NO_INPUT,
        });
        plainFiles += 1;
        continue;
      }
      const rel = matches[0];
      const shownBytes = showPath(rel);
      let st;
      try {
        st = await stat(absoluteBytes(rel, cwd));
      } catch (err) {
        failures.push(fsFailure(shownBytes, err as NodeJS.ErrnoException));
        continue;
      }
      if (st.isDirectory()) {
        await addDirectory(absoluteBytes(rel, cwd), rel, shownBytes);
      } else {
        await addBytes(rel);
        plainFiles += 1;
      }
    } else if (await isPattern(arg)) {
      let found: string[] = [];
      try {
        // every entry the pattern names, not only regular files: a broken link or a named pipe it
        // matches is reported below (entryKind), as the directory walk reports it, never dropped
        found = await fastGlob!(arg, { cwd, onlyFiles: false, dot: false, fs: globFileSystem(cwd) });
      } catch (err) {
        failures.push({
          ...fsFailure(shown, err as NodeJS.ErrnoException),
          message: `cannot expand this pattern: ${fsFailure('', err as NodeJS.ErrnoException).message}`,
        });
        continue;
      }
      const base = path.resolve(cwd, await globBase(arg));
      // fast-glob reads names as strings: a name that is not UTF-8 comes back with U+FFFD, and
      // stands for every entry of its directory decoding to it (all of which the pattern matched)
      const files: { shown: string; text?: string; bytes?: Buffer }[] = [];
      for (const p of new Set(found)) {
        if (!hasReplacement(p)) files.push({ shown: p, text: p });
        else {
          const byteNames = await resolveReplaced(p, cwd);
          if (byteNames.length === 0) files.push({ shown: p, text: p }); // reported when it is read
          for (const b of byteNames) {
            if (isUtf8(b)) files.push({ shown: b.toString('utf8'), text: b.toString('utf8') });
            else files.push({ shown: bytesToDisplay(b), bytes: b });
          }
        }
      }
      files.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
      let named = 0;
      for (const f of files) {
        // what the directory walk reports, a glob reports alike: a broken link, a named pipe
        const entry = await entryKind(f.bytes ? absoluteBytes(f.bytes, cwd) : path.resolve(cwd, f.text!), f.bytes ? showPath(f.bytes) : showPath(f.text!));
        if (entry === 'directory') continue;
        named += 1;
        if (entry !== 'file') {
          failures.push(entry);
          continue;
        }
        if (f.bytes) await addBytes(f.bytes, base);
        else await add(f.text!, base);
      }
      if (named === 0) {
        // nothing but folders (a glob's folders are not inputs), or nothing at all
        failures.push({
          path: shown,
          code: 'input/not-found',
          message: 'no file matches this pattern',
          exitCode: EXIT.NO_INPUT,
        });
      }
    } else {
      failures.push({
        path: shown,
        code: 'input/not-found',
        message: 'no such file or directory',
        exitCode: EXIT.NO_INPUT,
      });
      plainFiles += 1;
    }
  }
  place();
  return {
    inputs,
    failures: failures as (Failure & { at: number })[],
    single: args.length > 0 && plainFiles === args.length && inputs.length + failures.length === 1,
  };
}

/**
 * Reports the failures of an expansion in input order, interleaved with the inputs' own reports:
 * `before(input)` reports those placed before that input (call it as each input is handled),
 * `rest()` the ones not reported yet. `report` is called once per failure, in order.
 */
export function failuresInOrder(
  expansion: Pick<Expansion, 'inputs' | 'failures'>,
  report: (f: Failure) => Promise<void>,
): { before(input: Input): Promise<void>; rest(): Promise<void> } {
  const position = new Map(expansion.inputs.map((input, k) => [input, k]));
  let next = 0;
  const upTo = async (n: number): Promise<void> => {
    while (next < expansion.failures.length && expansion.failures[next].at <= n)
      await report(expansion.failures[next++]);
  };
  return { before: (input) => upTo(position.get(input) ?? Infinity), rest: () => upTo(Infinity) };
}

/** The deepest directory containing every one of `dirs` (absolute paths). */
export function commonBase(dirs: readonly string[]): string {
  if (dirs.length === 0) return '.';
  let parts = dirs[0].split(path.sep);
  for (const d of dirs.slice(1)) {
    const other = d.split(path.sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i += 1;
    parts = parts.slice(0, i);
  }
  return parts.join(path.sep) || path.sep;
}
