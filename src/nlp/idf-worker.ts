/**
 * The worker thread of `prefetchIdf` (idf.ts): reads jieba's idf.utf8, indexes it, posts the text
 * and the index on the port it was given, then sets the shared flag to 1 and wakes the thread that
 * waits for it (which takes the message with `receiveMessageOnPort`). A failure posts nothing and
 * sets the flag: the other thread then reads the table itself.
 */
import { readFileSync } from 'node:fs';
import { workerData, type MessagePort } from 'node:worker_threads';
import { indexIdf } from './idf.js';

const { path, flag, port } = workerData as { path: string; flag: Int32Array; port: MessagePort };
try {
  const text = readFileSync(path, 'utf8');
  const index = indexIdf(text);
  port.postMessage({ text, index }, [index.slots.buffer as ArrayBuffer]);
} finally {
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
