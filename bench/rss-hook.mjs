/**
 * Preloaded by `npm run bench` (node --import ./bench/rss-hook.mjs …): on exit, writes the process's
 * peak resident set size in KiB (all threads: `process.resourceUsage().maxRSS`) to the file named
 * by BENCH_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';

if (process.env.BENCH_RSS_FILE) {
  const file = process.env.BENCH_RSS_FILE;
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // Nothing to report to: the benchmark reads the file and says when it is missing.
    }
  });
}
