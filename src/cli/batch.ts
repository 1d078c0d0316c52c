/**
 * Running the parser over a list of inputs: in-process one after the other, or with `--jobs N` on
 * a piscina pool of worker threads. Either way results stream out as they are ready and memory
 * stays flat whatever the number of inputs:
 *
 * - in-process, the next file is read while the current one is parsed (read-ahead of one file) and
 *   the handler's writes run while the next file is parsed (write-behind, at most
 *   {@link WRITE_BEHIND} pending);
 * - on the pool, each worker has one task running and one queued (no worker waits for the main
 *   thread), and at most `threads × ORDER_WINDOW` results wait for an earlier input to finish.
 *
 * `ordered` (default) hands outcomes to the handler in input order whatever order the workers
 * finish in, so a single output stream is deterministic; unordered hands each outcome over as soon
 * as it is ready (one file per input, where order does not matter). With a `render` spec the worker
 * also serializes the issue (render.ts), so only the output text crosses threads.
 *
 * `stop()` (Ctrl-C, SIGTERM, a closed output pipe) ends the batch early: nothing new is started;
 * the inputs being parsed (one in-process, one per worker on the pool) finish and are handed over,
 * so nothing half done is left. A task already queued for a worker but not begun is skipped by
 * the worker itself (it reads a shared stop flag before it starts: {@link NOT_STARTED}), never by
 * terminating the worker. The promise resolves once every handler call has settled.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { ParseOptions } from '../types.js';
import type { Input } from './inputs.js';
import { readAll, type Io } from './io.js';
import { WORKER_V8_FLAGS } from './v8-flags.js';
import { PARALLEL_MIN_FILES } from './invocation.js';
import {
  errorFailure,
  MAX_INPUT_BYTES,
  parseBytes,
  parseBytesStreamed,
  readInput,
  takeBytes,
  type Failure,
  type Outcome,
  type ReadResult,
} from './parse-input.js';
import type { Progress } from './progress.js';
import { renderIssue, renderStreamed, type Rendered, type RenderSpec } from './render.js';

/** The outcome of an input with a render spec: its rendered output, or the failure. */
export type RenderedOutcome = { ok: true; rendered: Rendered } | { ok: false; failure: Failure };

/** How to run a batch. */
export interface BatchOptions {
  /** Worker threads; undefined: min(cores, files) from PARALLEL_MIN_FILES files. 1 (or a single file) parses in-process. */
  jobs?: number;
  parse: ParseOptions;
  maxBytes?: number;
  progress: Progress;
  /** Render each issue in the worker (outcomes are then {@link RenderedOutcome}). */
  render?: RenderSpec;
  /** Hand outcomes over in input order (default true). */
  ordered?: boolean;
}

/** How a batch ended. */
export interface BatchEnd {
  /** Inputs never handed to the handler (not started) after `stop()`. */
  notDone: Input[];
  /** Of `notDone`, the named pipes whose read was under way and given up at `stop()` (no writer had closed them). */
  stoppedReads: Input[];
}

/** A batch being run: `done` resolves when it ends; `stop()` ends it early (module doc). */
export interface BatchRun {
  done: Promise<BatchEnd>;
  stop(): void;
}

/** The compiled worker next to the compiled CLI (absent when running from TypeScript sources in tests). */
function workerFile(): string | null {
  const file = fileURLToPath(new URL('../worker.js', import.meta.url));
  return existsSync(file) ? file : null;
}

/** Fewest file inputs for which the default uses worker threads (invocation.ts, where it is measured). */
export { PARALLEL_MIN_FILES } from './invocation.js';

/** Most handler calls (output writes) pending behind the parsing, in-process. */
export const WRITE_BEHIND = 2;

/** Results per worker that may wait for an earlier input in an ordered pool batch. */
export const ORDER_WINDOW = 4;

/**
 * Most workers per core `--jobs` may start. Each worker holds its own dictionary (about 30 MB more
 * peak resident per worker: 12 small files with `-j 12` 428 MB, `-j 8` 314 MB, measured on 2 cores),
 * and parsing is CPU-bound, so more than a few per core only costs memory.
 */
export const MAX_JOBS_PER_CORE = 4;

/**
 * The number of workers used for `files` file inputs: `jobs` when given, capped at the number of
 * files and at `MAX_JOBS_PER_CORE` × cores (`os.availableParallelism()`); else min(cores, files)
 * for batches of at least `PARALLEL_MIN_FILES`, else 1 (in-process).
 */
export function workerCount(files: number, jobs?: number, cores: number = availableParallelism()): number {
  if (jobs === undefined && files < PARALLEL_MIN_FILES) return 1;
  return Math.max(1, Math.min(jobs ?? cores, files, MAX_JOBS_PER_CORE * cores));
}

/** V8 flags set just before a pool's workers start (v8-flags.ts, where they are measured). */
export { WORKER_V8_FLAGS } from './v8-flags.js';

/** One task for the worker (worker.ts). */
export interface WorkerTask {
  /** The file to read: a path, or the bytes of a name that is not UTF-8. */
  path: string | Uint8Array;
  /** Absolute path as text (what the library sees: file-name dates, format by extension). */
  abs: string;
  /** The path as shown (`source.path`, failure lines). */
  shown: string;
  options: ParseOptions;
  maxBytes: number;
  render?: RenderSpec;
  /**
   * The batch's stop flag (an `Int32Array` of one element on a SharedArrayBuffer, shared with the
   * main thread): 1 once `stop()` was called, and the task is then not begun ({@link NOT_STARTED}).
   */
  stopFlag?: Int32Array;
}

/** What a worker returns for a task it did not begin because the batch was stopped (`stoppedRead`: its named pipe's read was given up). */
export interface NotStarted {
  ok: false;
  notStarted: true;
  stoppedRead?: true;
}

/** The outcome of a task skipped after `stop()` (see {@link WorkerTask.stopFlag}). */
export const NOT_STARTED: NotStarted = { ok: false, notStarted: true };

function isNotStarted(outcome: unknown): boolean {
  return (outcome as Partial<NotStarted>).notStarted === true;
}

/**
 * Parses bytes already read and, with a render spec, renders them; paths set to `shown`. `lazy`
 * (in-process only: the result must not cross a thread): JSON and NDJSON rendered as pieces made
 * while they are written (render.ts), and a large plain-text input rendered as JSON, NDJSON or CSV
 * parsed window by window while it is written (src/windowed.ts, `Rendered.streamed`).
 */
export async function parseRead(
  read: ReadResult,
  task: Omit<WorkerTask, 'path' | 'maxBytes'>,
  lazy = false,
): Promise<Outcome | RenderedOutcome> {
  if (!read.ok) return { ok: false, failure: { ...read.failure, path: task.shown } };
  // the read's bytes are taken: they are let go of once decoded, not held through the parse; a
  // large plain-text input rendered here is parsed window by window while it is written
  const streams = lazy && task.render !== undefined && task.render.format !== 'xlsx';
  const outcome = streams
    ? parseBytesStreamed(takeBytes(read), task.abs || task.shown, task.options)
    : parseBytes(takeBytes(read), task.abs || task.shown, task.options);
  if (!outcome.ok) return { ok: false, failure: { ...outcome.failure, path: task.shown } };
  if ('streamed' in outcome) {
    outcome.streamed.source.path = task.shown;
    return { ok: true, rendered: renderStreamed(outcome.streamed, outcome.state, task.render!) };
  }
  outcome.issue.source.path = task.shown;
  if (!task.render) return outcome;
  try {
    return { ok: true, rendered: await renderIssue(outcome.issue, task.render, lazy) };
  } catch (err) {
    return { ok: false, failure: errorFailure(task.shown, err) };
  }
}

/**
 * Reads, parses and (with a render spec) renders one task; {@link NOT_STARTED} when the task's
 * batch was stopped before it began. Never throws.
 */
export async function runTask(task: WorkerTask): Promise<Outcome | RenderedOutcome | NotStarted> {
  const flag = task.stopFlag;
  if (flag && Atomics.load(flag, 0) === 1) return NOT_STARTED;
  const read = await readInput(task.path, task.shown, task.maxBytes, flag ? () => Atomics.load(flag, 0) === 1 : undefined);
  if (!read.ok && read.stopped) return { ...NOT_STARTED, stoppedRead: true };
  return parseRead(read, task);
}

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Parses every input and calls `handle(input, outcome)` for each (module doc). Never rejects for
 * bad input (those are failure outcomes); a crashed worker becomes an internal-error outcome; a
 * handler that rejects ends the batch with that error once the calls in flight settled.
 */
export function startBatch<R = Outcome>(
  inputs: readonly Input[],
  io: Io,
  options: BatchOptions,
  handle: (input: Input, outcome: R) => Promise<void>,
): BatchRun {
  let stopped = false;
  let onStop: () => void = () => undefined;
  const stopFlag = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const done = (async (): Promise<BatchEnd> => {
    const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
    const task = (input: Input): WorkerTask => ({
      path: input.fsPath,
      abs: input.abs,
      shown: input.path,
      options: options.parse,
      maxBytes,
      render: options.render,
      stopFlag,
    });
    const read = async (input: Input): Promise<ReadResult> =>
      input.stdin
        ? { ok: true, bytes: await readAll(io.stdin) }
        : readInput(input.fsPath, input.path, maxBytes, () => stopped);
    const files = inputs.filter((i) => !i.stdin).length;
    const threads = workerCount(files, options.jobs);
    const worker = threads > 1 ? workerFile() : null;
    const { progress } = options;

    if (!worker) {
      // in-process: read-ahead of one file, write-behind of WRITE_BEHIND handler calls
      const pending: Promise<void>[] = [];
      let failure: unknown = null;
      let next: Promise<ReadResult> | null = inputs.length ? read(inputs[0]) : null;
      let i = 0;
      const stoppedReads: Input[] = [];
      for (; i < inputs.length && !stopped && failure === null; i += 1) {
        const input = inputs[i];
        const bytes = await next!;
        if (!bytes.ok && bytes.stopped) {
          // a named pipe no writer had closed when the batch was stopped: not done
          stoppedReads.push(input);
          next = null;
          break;
        }
        next = i + 1 < inputs.length ? read(inputs[i + 1]) : null;
        progress.started(input.path);
        const outcome = (await parseRead(bytes, task(input), true)) as R;
        progress.finished(input.path, (outcome as { ok: boolean }).ok);
        pending.push(
          handle(input, outcome).catch((err: unknown) => {
            failure ??= err;
          }),
        );
        while (pending.length > WRITE_BEHIND) await pending.shift();
        await yieldToLoop(); // let writes, reads and signal handlers run between two parses
      }
      await Promise.all(pending);
      const ahead = await next?.catch(() => null);
      if (ahead && !ahead.ok && ahead.stopped) stoppedReads.push(inputs[i]);
      if (failure !== null) throw failure;
      return { notDone: inputs.slice(i), stoppedReads };
    }

    const { Piscina } = await import('piscina');
    setFlagsFromString(WORKER_V8_FLAGS);
    const pool = new Piscina({
      filename: worker,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 1000,
    });
    const ordered = options.ordered ?? true;
    const results = new Map<number, R>();
    const handled = new Set<number>();
    const stoppedReads: Input[] = [];
    const inFlight: number[] = [];
    const handlers = new Set<Promise<void>>();
    let nextDispatch = 0;
    let nextEmit = 0;
    let failure: unknown = null;
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));

    const emit = (i: number, outcome: R): void => {
      handled.add(i);
      const h: Promise<void> = handle(inputs[i], outcome)
        .catch((err: unknown) => {
          failure ??= err;
          stopped = true;
        })
        .finally(() => {
          handlers.delete(h);
          pump();
        });
      handlers.add(h);
    };
    const settle = (i: number, outcome: R): void => {
      inFlight.splice(inFlight.indexOf(i), 1);
      // skipped after stop(): never handed over (an ordered batch emits nothing past it), so it
      // and every later result stay in `notDone`
      if (isNotStarted(outcome)) {
        if ((outcome as Partial<NotStarted>).stoppedRead) stoppedReads.push(inputs[i]);
        return;
      }
      progress.finished(inputs[i].path, (outcome as { ok: boolean }).ok, runningPaths());
      if (!ordered) emit(i, outcome);
      else {
        results.set(i, outcome);
        while (results.has(nextEmit)) {
          const o = results.get(nextEmit)!;
          results.delete(nextEmit);
          emit(nextEmit, o);
          nextEmit += 1;
        }
      }
    };
    // the workers take queued tasks in order, so the oldest `threads` in flight are the ones running
    const runningPaths = (): string[] => inFlight.slice(0, threads).map((j) => inputs[j].path);
    const pump = (): void => {
      while (
        !stopped &&
        nextDispatch < inputs.length &&
        inFlight.length < threads * 2 &&
        handlers.size < threads * ORDER_WINDOW &&
        (!ordered || nextDispatch - nextEmit < threads * ORDER_WINDOW)
      ) {
        const i = nextDispatch;
        nextDispatch += 1;
        inFlight.push(i);
        const input = inputs[i];
        const run: Promise<R> = input.stdin
          ? read(input).then(async (r) => (await parseRead(r, task(input))) as R)
          : (pool.run(task(input)) as Promise<R>).catch(
              (err: unknown) => ({ ok: false, failure: errorFailure(input.path, err) }) as R,
            );
        progress.started(input.path, runningPaths());
        void run.then((o) => {
          settle(i, o);
          pump();
        });
      }
      if (inFlight.length === 0 && handlers.size === 0 && (stopped || nextDispatch >= inputs.length))
        finish();
    };
    // on stop(), the task each worker is running finishes and is handed over, and the queued ones
    // return NOT_STARTED at once: terminating a worker inside the segmenter's native code aborts
    // the whole process (Napi::Error), so no task is ever aborted from outside
    onStop = pump;
    pump();
    await finished;
    await pool.destroy().catch(() => undefined);
    if (failure !== null) throw failure;
    return { notDone: inputs.filter((_, i) => !handled.has(i)), stoppedReads };
  })();
  return {
    done,
    stop() {
      if (stopped) return;
      stopped = true;
      Atomics.store(stopFlag, 0, 1);
      onStop();
    },
  };
}

/**
 * Parses every input and calls `handle(input, outcome)` for each, in input order (see
 * {@link startBatch}); resolves when all are handled.
 */
export async function runBatch<R = Outcome>(
  inputs: readonly Input[],
  io: Io,
  options: BatchOptions,
  handle: (input: Input, outcome: R) => Promise<void>,
): Promise<void> {
  await startBatch(inputs, io, options, handle).done;
}
