/**
 * Read-ahead of what a parse with entities reads besides the segmenter: the tagger's model
 * (ner.ts) and jieba's IDF table (idf.ts), decoded in one worker thread while this thread loads
 * the segmenter's dictionary and lays the text out (issue 12). One worker for both, not one each:
 * a worker's own start (a Node.js environment, its module graph) costs about as much CPU as the
 * smaller of the two jobs, which on a busy machine is time taken from the parse; on an idle one
 * the two jobs (about 0.15 s and 0.1 s of CPU) still end before the dictionary is loaded.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { idfPrefetchJob } from './idf.js';
import { nerPrefetchJob } from './ner.js';

/**
 * Starts reading the tagger's model and the IDF table in one worker thread (prefetch-worker.js);
 * `nerModel` and `loadIdf` then wait for its answers. Does nothing for what is read or being read
 * already, nor where the compiled worker is not next to this module (running from TypeScript
 * sources); a worker that fails or cannot start leaves each file to be read by the thread that
 * needs it.
 */
export function prefetchModels(): void {
  const file = fileURLToPath(new URL('./prefetch-worker.js', import.meta.url));
  if (!file.endsWith('.js') || !existsSync(file)) return;
  const ner = nerPrefetchJob();
  const idf = idfPrefetchJob();
  if (!ner && !idf) return;
  /** Sets every job's flag, so that no thread waits for an answer that will not come. */
  const release = () => {
    for (const job of [ner, idf]) {
      if (!job) continue;
      Atomics.store(job.flag, 0, 1);
      Atomics.notify(job.flag, 0);
    }
  };
  try {
    const ports = [ner?.port, idf?.port].filter((p) => p !== undefined);
    const worker = new Worker(file, { workerData: { ner, idf }, transferList: ports });
    worker.unref();
    // an error in the worker (its start, a module that will not load) leaves the rest to this thread
    worker.on('error', release);
  } catch {
    release();
  }
}
