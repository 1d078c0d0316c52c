/**
 * Preloaded by `npm run bench` (node --import ./bench/rss-hook.mjs …): on exit, appends to the file
 * named by BENCH_RSS_FILE one line for this process: its peak resident set size in KiB (all
 * threads: `process.resourceUsage().maxRSS`) and the memory that is its own (not shared with
 * another process: Private_Clean + Private_Dirty of /proc/self/smaps_rollup, KiB; null elsewhere).
 * A CLI run relaunched for a large input (src/cli/relaunch.ts) is two processes, each preloading
 * this (the child gets the same execArgv): two lines, which the benchmark adds up (`peakOf`).
 * Each line also gives the process's CPU time (user + system, all threads, milliseconds): a figure
 * that a busy machine's load moves far less than wall time.
 */
import { appendFileSync, readFileSync } from 'node:fs';

/** This process's own memory in KiB, or null where /proc/self/smaps_rollup cannot be read. */
function privateKiB() {
  try {
    const text = readFileSync('/proc/self/smaps_rollup', 'utf8');
    let kib = 0;
    for (const m of text.matchAll(/^Private_(?:Clean|Dirty):\s+(\d+) kB$/gmu)) kib += Number(m[1]);
    return kib;
  } catch {
    return null;
  }
}

if (process.env.BENCH_RSS_FILE) {
  const file = process.env.BENCH_RSS_FILE;
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
      const line = { pid: process.pid, maxRSS: usage.maxRSS, private: privateKiB(), cpuMs };
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    } catch {
      // Nothing to report to: the benchmark reads the file and says when it is missing.
    }
  });
}
