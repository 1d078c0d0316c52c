/**
 * The worker thread of `prefetchModels` (prefetch.ts): runs the tagger model's job, then the IDF
 * table's (either may be absent), each answered on its own port; each job's flag is set once it
 * is answered or has failed (then with no message: the waiting thread reads the file itself).
 */
import { workerData } from 'node:worker_threads';
import { runIdfJob, type IdfJob } from './idf.js';
import { runNerJob, type NerJob } from './ner.js';

const { ner, idf } = workerData as { ner: NerJob | null; idf: IdfJob | null };

/** Runs one job; sets its flag whatever happens. */
function run<J extends { flag: Int32Array }>(job: J | null, work: (job: J) => void): void {
  if (!job) return;
  try {
    work(job);
  } catch {
    // no message: the thread that waits reads the file itself
  } finally {
    Atomics.store(job.flag, 0, 1);
    Atomics.notify(job.flag, 0);
  }
}

// the model first: the tagger needs it in the first article, keywords the table at its end
run(ner, runNerJob);
run(idf, runIdfJob);
