/**
 * What a `bulletin parse` command line asks for, read from its arguments before the CLI's modules
 * load (bin/bulletin.js): whether it is relaunched for a large input (relaunch.ts) and whether
 * this thread will parse small inputs, so that the segmenter's dictionary can start loading at once
 * (jieba.ts `preloadSegmenter`). Only node:fs and node:path: it must cost nothing to load.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * Fewest file inputs for which the default (no `--jobs`) uses worker threads. Each worker loads
 * its own copy of the segmenter's dictionary (0.8–1.3 s), while parsing one issue in-process takes
 * about 50 ms once it is loaded (bench/bench.js on the bundled issue, 2 shared cores): 40 copies
 * took 2.81 s with --jobs 1 and 2.61 s with --jobs 2, so threads only pay off for large batches.
 */
export const PARALLEL_MIN_FILES = 32;

/** `bulletin parse` options followed by a value (`--out-dir DIR`, or `--out-dir=DIR`), as main.ts declares them. */
const VALUE_OPTIONS = new Set([
  '--issue-date',
  '--encoding',
  '--input-format',
  '-j',
  '--jobs',
  '--config',
  '--user-dict',
  '-f',
  '--format',
  '-o',
  '--output',
  '--out-dir',
]);

/** `bulletin parse` options that take no value (`--records` reads standard input: left to main.ts). */
const FLAG_OPTIONS = new Set(['--force', '-q', '--quiet', '--bom', '--resume', '--no-entities']);

/**
 * The inputs of `args` (the CLI's arguments, without `node` and the script) and the value of its
 * `--jobs` when it is `parse` with options main.ts declares (VALUE_OPTIONS, FLAG_OPTIONS); null for
 * another command or an option not read here (main.ts then reports what is wrong).
 */
export function parseInvocation(args: readonly string[]): { inputs: string[]; jobs: string | undefined } | null {
  if (args[0] !== 'parse') return null;
  const inputs: string[] = [];
  let jobs: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      inputs.push(...args.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) inputs.push(a);
    else if (VALUE_OPTIONS.has(a)) {
      if (a === '-j' || a === '--jobs') jobs = args[i + 1];
      i++;
    } else if (a.startsWith('--') && a.includes('=') && VALUE_OPTIONS.has(a.slice(0, a.indexOf('=')))) {
      if (a.startsWith('--jobs=')) jobs = a.slice('--jobs='.length);
    } else if (!FLAG_OPTIONS.has(a)) return null;
  }
  return { inputs, jobs };
}

/**
 * Most bytes of input files for which the dictionary is loaded in the background
 * (`preloadsSegmenter`). The loading thread's malloc arena keeps what the load allocated and freed,
 * which a parse on the main thread does not reuse: on a 4 MB GB18030 file (relaunched, one run
 * each, load 8) peak 288 MiB without the preload, 310 MiB with it, for nothing a parse of 15-30 s
 * would notice. One issue (20–200 kB) and a few dozen of them stay far below.
 */
export const PRELOAD_MAX_BYTES = 2_000_000;

/**
 * Whether `bulletin parse` with `args` will parse small inputs on this thread, so that loading the
 * dictionary in the background pays (jieba.ts `preloadSegmenter`): files (or standard input) of
 * fewer than PRELOAD_MAX_BYTES in all, and no pool (batch.ts `workerCount`): one input, `--jobs 1`,
 * or no `--jobs` and fewer than PARALLEL_MIN_FILES. False for a folder or a glob (which may hold
 * any number of files), a missing input, anything else, or when unsure.
 */
export function preloadsSegmenter(args: readonly string[], cwd: string = process.cwd()): boolean {
  const got = parseInvocation(args);
  if (!got) return false;
  const { inputs, jobs } = got;
  if (inputs.length === 0) return false;
  if (inputs.length > 1 && !(jobs !== undefined ? Number(jobs) === 1 : inputs.length < PARALLEL_MIN_FILES)) return false;
  let bytes = 0;
  for (const p of inputs) {
    if (p === '-') continue;
    try {
      const st = statSync(path.resolve(cwd, p));
      if (!st.isFile()) return false;
      bytes += st.size;
    } catch {
      return false;
    }
  }
  return bytes < PRELOAD_MAX_BYTES;
}
