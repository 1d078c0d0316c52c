/**
 * The piscina worker of `--jobs N`: parses one file in a worker thread and returns the outcome as
 * data (`{ ok: true, issue }` or `{ ok: false, failure }`), never a rejected promise for bad
 * input. The segmenter's dictionary is loaded once per worker, on its first file.
 */
import { parseFile, type Outcome } from './cli/parse-input.js';
import type { ParseOptions } from './types.js';

/** One task: the file path and the parse options. */
export interface WorkerTask {
  path: string;
  options: ParseOptions;
  maxBytes: number;
}

/** Parses `task.path`. */
export default function parseTask(task: WorkerTask): Promise<Outcome> {
  return parseFile(task.path, task.options, task.maxBytes);
}
