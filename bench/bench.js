#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): timings of the bundled real issue, printed as a table.
 * Not a test: numbers depend on the machine. Measures
 *   1. loading the segmenter's dictionary (first jieba call), separately from parsing;
 *   2. parseIssue of the bundled issue in-process, N times after warm-up (median, min, max);
 *   3. the CLI on a batch of copies with --jobs 1 and --jobs <cores> (wall time, one process each);
 *   4. the CLI on one big generated file (copies of the issue) at two sizes, to show time is linear.
 * Usage: node bench/bench.js [--runs N] [--copies N] [--big-mb N]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = path.join(root, 'fixtures/000_038dc682623388e9/000_038dc682623388e9.txt');
const bin = path.join(root, 'bin/bulletin.js');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, copies: { type: 'string', default: '40' }, 'big-mb': { type: 'string', default: '10' } },
});
const runs = Number(values.runs);
const copies = Number(values.copies);
const bigMb = Number(values['big-mb']);

const rows = [];
const ms = (t) => `${t.toFixed(1)} ms`;
const now = () => performance.now();

// 1. dictionary load
const t0 = now();
const { segmenter } = await import(path.join(root, 'dist/nlp/jieba.js'));
segmenter.cut('区委书记');
rows.push(['segmenter load (jieba dictionaries)', '1', ms(now() - t0), '']);

// 2. in-process parse
const { parseIssue } = await import(path.join(root, 'dist/index.js'));
const bytes = readFileSync(fixture);
for (let i = 0; i < 3; i += 1) parseIssue(bytes, { path: fixture });
const times = [];
let articles = 0;
for (let i = 0; i < runs; i += 1) {
  const t = now();
  articles = parseIssue(bytes, { path: fixture }).articles.length;
  times.push(now() - t);
}
times.sort((a, b) => a - b);
rows.push([
  `parseIssue, bundled issue (${(bytes.length / 1000).toFixed(1)} kB, ${articles} articles)`,
  String(runs),
  ms(times[Math.floor(times.length / 2)]),
  `min ${ms(times[0])}, max ${ms(times[times.length - 1])}`,
]);

// 3. CLI batches
const tmp = mkdtempSync(path.join(tmpdir(), 'bulletin-bench-'));
try {
  const cli = (args) => {
    const t = now();
    execFileSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    return now() - t;
  };
  rows.push(['CLI parse, one issue → /dev/null (whole process)', '1', ms(cli(['parse', fixture, '-o', path.join(tmp, 'one.json')])), '']);
  const dir = path.join(tmp, 'batch');
  mkdirSync(dir);
  for (let i = 0; i < copies; i += 1) writeFileSync(path.join(dir, `issue-${String(i).padStart(3, '0')}.txt`), bytes);
  const jobsList = [...new Set([1, availableParallelism()])];
  for (const jobs of jobsList) {
    const t = cli(['parse', dir, '--out-dir', path.join(tmp, `out-${jobs}`), '--jobs', String(jobs), '--quiet']);
    rows.push([`CLI parse --out-dir, ${copies} copies, --jobs ${jobs}`, '1', ms(t), `${ms(t / copies)} per file`]);
  }

  // 4. big single files: linear time
  for (const mb of [bigMb / 2, bigMb]) {
    const file = path.join(tmp, `big-${mb}.txt`);
    const n = Math.ceil((mb * 1e6) / bytes.length);
    writeFileSync(file, Buffer.concat(Array.from({ length: n }, () => Buffer.concat([bytes, Buffer.from('\n\n')]))));
    const t = cli(['parse', file, '-o', path.join(tmp, `big-${mb}.json`), '--quiet']);
    rows.push([`CLI parse, one ${mb} MB file (${n} issues concatenated)`, '1', ms(t), `${ms(t / mb)} per MB`]);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), ['what', 'runs', 'time', 'notes'][c].length));
const line = (r) => r.map((cell, c) => (c === 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
console.log(line(['what', 'runs', 'time', 'notes']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
