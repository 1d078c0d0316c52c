import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_STARTED, runTask, type WorkerTask } from '../src/cli/batch.js';

const FIXTURE = path.resolve(__dirname, '../fixtures/000_038dc682623388e9/000_038dc682623388e9.txt');

function task(stopFlag: Int32Array): WorkerTask {
  return { path: FIXTURE, abs: FIXTURE, shown: 'issue.txt', options: { entities: false }, maxBytes: 1 << 26, stopFlag };
}

describe('a stopped batch skips the tasks a worker has not begun', () => {
  it('a task whose batch was stopped is not begun: NOT_STARTED, nothing read', async () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(flag, 0, 1);
    expect(await runTask({ ...task(flag), path: '/nonexistent/never-read.txt' })).toBe(NOT_STARTED);
  });

  it('a task of a running batch is parsed as usual', async () => {
    const outcome = await runTask(task(new Int32Array(new SharedArrayBuffer(4))));
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && 'issue' in outcome ? outcome.issue.articles.length : -1).toBe(9);
    expect(outcome.ok && 'issue' in outcome ? outcome.issue.source.path : '').toBe('issue.txt');
  });
});
