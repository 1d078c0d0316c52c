/**
 * Expanding the command line's inputs (files, directories, globs, `-`) into a list of files, with
 * fast-glob. Directories are walked recursively for the input formats' extensions (hidden files
 * and folders skipped); the order is the arguments' order, each directory or glob sorted.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { EXIT } from '../errors.js';
import { fsFailure, type Failure } from './parse-input.js';

/** Extensions read when walking a directory (case-insensitive). */
export const INPUT_EXTENSIONS = ['txt', 'html', 'htm', 'xml', 'hocr'] as const;

/** One input to parse. */
export interface Input {
  /** The path as shown to the user and written in `source.path` (`-` for standard input). */
  path: string;
  /** Absolute path ('' for standard input). */
  abs: string;
  /** Absolute directory the input's output path is made relative to in `--out-dir` mode. */
  base: string;
  stdin: boolean;
}

/** The expanded inputs and the arguments that named nothing usable. */
export interface Expansion {
  inputs: Input[];
  failures: Failure[];
  /** True when the command line named exactly one file (or `-`): JSON output is then an object, not an array. */
  single: boolean;
}

/** The directory part of a glob before its first dynamic segment (`scans/2021/*.txt` → `scans/2021`). */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (part !== '' && fg.isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

/**
 * Expands `args` relative to `cwd`. Never throws: a missing path, a directory without inputs or a
 * glob without matches becomes a `Failure` (exit code `EXIT.NO_INPUT`).
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<Expansion> {
  const inputs: Input[] = [];
  const failures: Failure[] = [];
  const seen = new Set<string>();
  let plainFiles = 0;
  const add = (p: string, base: string): void => {
    const abs = path.resolve(cwd, p);
    if (seen.has(abs)) return;
    seen.add(abs);
    inputs.push({ path: p, abs, base, stdin: false });
  };
  const walkPattern = `**/*.{${INPUT_EXTENSIONS.join(',')}}`;

  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) inputs.push({ path: '-', abs: '', base: cwd, stdin: true });
      seen.add('-');
      plainFiles += 1;
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let isDir = false;
    let exists = false;
    try {
      isDir = (await stat(abs)).isDirectory();
      exists = true;
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code !== 'ENOENT' && e.code !== 'ENOTDIR') {
        failures.push(fsFailure(arg, e));
        continue;
      }
    }
    if (exists && !isDir) {
      add(arg, path.dirname(abs));
      plainFiles += 1;
    } else if (exists && isDir) {
      const found = await fg(walkPattern, { cwd: abs, onlyFiles: true, caseSensitiveMatch: false, dot: false });
      if (found.length === 0) {
        failures.push({
          path: arg,
          code: 'input/no-inputs',
          message: `no input files (${INPUT_EXTENSIONS.map((e) => `*.${e}`).join(', ')}) in this directory`,
          exitCode: EXIT.NO_INPUT,
        });
      }
      for (const rel of found.sort()) add(path.join(arg, rel), abs);
    } else if (fg.isDynamicPattern(arg)) {
      const found = await fg(arg, { cwd, onlyFiles: true, dot: false });
      if (found.length === 0) {
        failures.push({ path: arg, code: 'input/not-found', message: 'no file matches this pattern', exitCode: EXIT.NO_INPUT });
      }
      const base = path.resolve(cwd, globBase(arg));
      for (const p of found.sort()) add(p, base);
    } else {
      failures.push({ path: arg, code: 'input/not-found', message: 'no such file or directory', exitCode: EXIT.NO_INPUT });
      plainFiles += 1;
    }
  }
  return { inputs, failures, single: args.length === 1 && plainFiles === 1 };
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
