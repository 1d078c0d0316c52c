/**
 * The piscina worker of `--jobs N`: reads, parses and (when the task asks) renders one file in a
 * worker thread, and returns the outcome as data (`{ ok: true, issue }`, `{ ok: true, rendered }`
 * or `{ ok: false, failure }`), never a rejected promise for bad input. The segmenter's dictionary
 * is loaded once per worker, in the background while the worker's modules load (preload.ts).
 */
import './preload.js';
import { runTask, type WorkerTask } from './cli/batch.js';

export type { WorkerTask } from './cli/batch.js';

/** Runs one task (batch.ts `runTask`). */
export default function parseTask(task: WorkerTask): ReturnType<typeof runTask> {
  return runTask(task);
}
