/**
 * Running the parser over a list of inputs: in-process one after the other, or with `--jobs N`
 * on a piscina pool of worker threads. Outcomes are handed to the caller in input order whatever
 * order the workers finish in, so output is deterministic.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ParseOptions } from '../types.js';
import type { Input } from './inputs.js';
import { readAll, type Io } from './io.js';
import { errorFailure, MAX_INPUT_BYTES, parseBytes, parseFile, type Outcome } from './parse-input.js';
import type { Progress } from './progress.js';

/** How to run a batch. */
export interface BatchOptions {
  /** Worker threads; undefined: min(cores, files). 1 (or a single file) parses in-process. */
  jobs?: number;
  parse: ParseOptions;
  maxBytes?: number;
  progress: Progress;
}

/** The compiled worker next to the compiled CLI (absent when running from TypeScript sources in tests). */
function workerFile(): string | null {
  const file = fileURLToPath(new URL('../worker.js', import.meta.url));
  return existsSync(file) ? file : null;
}

/**
 * Fewest file inputs for which the default (no `--jobs`) uses worker threads. Each worker loads
 * its own copy of the segmenter's dictionary (0.8–1.3 s), while parsing one issue in-process takes
 * about 50 ms once it is loaded (bench/bench.js on the bundled issue, 2 shared cores): 40 copies
 * took 2.81 s with --jobs 1 and 2.61 s with --jobs 2, so threads only pay off for large batches.
 */
export const PARALLEL_MIN_FILES = 32;

/**
 * The number of workers used for `files` file inputs: `jobs` when given (never more than the
 * files), else min(cores, files) for batches of at least `PARALLEL_MIN_FILES`, else 1 (in-process).
 */
export function workerCount(files: number, jobs?: number): number {
  if (jobs === undefined && files < PARALLEL_MIN_FILES) return 1;
  return Math.max(1, Math.min(jobs ?? availableParallelism(), files));
}

/**
 * Parses every input and calls `handle(input, outcome)` for each, in input order. Never rejects
 * for bad input (those are failure outcomes); a crashed worker becomes an internal-error outcome.
 */
export async function runBatch(
  inputs: readonly Input[],
  io: Io,
  options: BatchOptions,
  handle: (input: Input, outcome: Outcome) => Promise<void>,
): Promise<void> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const parseOne = async (input: Input): Promise<Outcome> =>
    input.stdin ? parseBytes(await readAll(io.stdin), '-', options.parse) : parseFile(input.abs, options.parse, maxBytes);
  const files = inputs.filter((i) => !i.stdin).length;
  const threads = workerCount(files, options.jobs);
  const worker = threads > 1 ? workerFile() : null;

  if (!worker) {
    let done = 0;
    for (const input of inputs) {
      options.progress.update(done, input.path);
      const outcome = await parseOne(input);
      // the library sets source.path from the absolute path; show the path as the user gave it
      if (outcome.ok) outcome.issue.source.path = input.path;
      else outcome.failure.path = input.path;
      done += 1;
      await handle(input, outcome);
    }
    return;
  }

  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: worker, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  let done = 0;
  try {
    const pending = inputs.map((input) => {
      const p: Promise<Outcome> = input.stdin
        ? parseOne(input)
        : pool.run({ path: input.abs, options: options.parse, maxBytes }).then(
            (o: Outcome) => o,
            (err: unknown): Outcome => ({ ok: false, failure: errorFailure(input.path, err) }),
          );
      return p.then((o) => {
        done += 1;
        options.progress.update(done, input.path);
        return o;
      });
    });
    for (let i = 0; i < inputs.length; i += 1) {
      const outcome = await pending[i];
      if (outcome.ok) outcome.issue.source.path = inputs[i].path;
      else outcome.failure.path = inputs[i].path;
      await handle(inputs[i], outcome);
    }
  } finally {
    await pool.destroy();
  }
}
