import { describe, expect, it } from 'vitest';
import { MAX_JOBS_PER_CORE, PARALLEL_MIN_FILES, workerCount } from '../src/cli/batch.js';

describe('workerCount (--jobs)', () => {
  it('caps -j at the files and at MAX_JOBS_PER_CORE per core', () => {
    expect(MAX_JOBS_PER_CORE).toBe(4);
    expect(workerCount(12, 1000, 2)).toBe(8);
    expect(workerCount(5, 1000, 2)).toBe(5);
    expect(workerCount(1000, 1000, 16)).toBe(64);
    expect(workerCount(12, 3, 2)).toBe(3);
  });

  it('without -j: in-process below PARALLEL_MIN_FILES, else one worker per core', () => {
    expect(workerCount(PARALLEL_MIN_FILES - 1, undefined, 8)).toBe(1);
    expect(workerCount(PARALLEL_MIN_FILES, undefined, 8)).toBe(8);
  });
});
