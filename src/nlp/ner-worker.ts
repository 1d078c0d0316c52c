/**
 * The worker thread of `prefetchNerModel` (ner.ts): decodes the tagger's model file
 * (`readNerModelParts`), posts the parts on the port it was given (their buffers transferred, not
 * copied), then sets the shared flag to 1 and wakes the thread that waits for it (which takes the
 * message with `receiveMessageOnPort`). A failure posts nothing and sets the flag: the other
 * thread then reads the file itself.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { readNerModelParts } from './ner.js';

const { path, flag, port } = workerData as { path: string; flag: Int32Array; port: MessagePort };
try {
  const parts = readNerModelParts(path);
  const { table } = parts;
  port.postMessage(parts, [
    parts.trans.buffer as ArrayBuffer,
    parts.weights.buffer as ArrayBuffer,
    table.slots.buffer as ArrayBuffer,
  ]);
} finally {
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
