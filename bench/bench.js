#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): the performance table of issue 12, each figure a ratio
 * to an anchor measured in the same run, so that the table means the same on any machine.
 *
 * 1. Builds a corpus in a temporary folder: 500 files, about 9 MB, from the fixtures' issues (the
 *    bundled real issue, the zoo papers, the hard-wrapped GB18030 issue), each file several
 *    issues joined to about 18 KB; every fifth file is written in GB18030.
 * 2. Runs every figure and its anchor as whole processes, interleaved, `--rounds` times:
 *      throughput   `bulletin parse corpus --out-dir … -j 1`   vs raw nodejieba `tag` of the same text
 *      one issue    `bulletin parse issue.txt -o …`            vs nodejieba `load()` alone
 *      -j 2 / -j 1  `-j 2` and `-j 1` walls                    vs raw `tag` in 2 threads and in 1
 *    and once each: peak memory of a `-j 2` batch of 500 and of 2,000 files, and of one 40 MB file
 *    in UTF-8 and one in GB18030 (less the memory of the dictionaries, bench/anchor.js dict) per
 *    byte of input; a run relaunched for its large input (src/cli/relaunch.ts) counts both of its
 *    processes (`peakOf`).
 * 3. Prints medians, spreads (min-max) and ratios (the median of the per-round ratios), and
 *    checks each goal as a ratio: PASS or FAIL per row. Exits 0 either way: timings are not tests.
 *    Beside each wall-clock figure it prints the CPU time of the same runs (user + system, all
 *    threads, bench/rss-hook.mjs) and its ratio: on a shared machine the wall ratio says mostly how
 *    busy the machine was, the CPU ratio what the code costs (the goals stay on wall time).
 *
 * Options: --rounds N (3), --files N (500), --mb N (9), --memory-files N (2000, 0 skips the row),
 * --big-mb N (40, 0 skips the row), --keep (leave the corpus folder), --quick (1 round, 100 files
 * of 1.8 MB, 400 files for memory, a 4 MB file: a smoke run). The full run parses about
 * 9 × (2 × rounds) + 36 + 2 × 40 MB: several minutes on an idle 2-core machine, far more on a busy one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, TextDecoder } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');
const bin = path.join(root, 'bin/bulletin.js');
const anchor = path.join(root, 'bench/anchor.js');
const hook = pathToFileURL(path.join(root, 'bench/rss-hook.mjs')).href;
const issueFile = path.join(root, 'fixtures/000_038dc682623388e9/000_038dc682623388e9.txt');

/** The options' one-line summary, printed by --help and after a mistyped option. */
const USAGE =
  'usage: npm run bench -- [--rounds N] [--files N] [--mb N] [--memory-files N] [--big-mb N] [--keep] [--quick]';
let parsed;
try {
  parsed = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      files: { type: 'string', default: '500' },
      mb: { type: 'string', default: '9' },
      'memory-files': { type: 'string', default: '2000' },
      'big-mb': { type: 'string', default: '40' },
      keep: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n${USAGE}\n`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n(see the comment at the top of bench/bench.js and README "Performance")\n`);
  process.exit(0);
}
if (values.quick)
  Object.assign(values, { rounds: '1', files: '100', mb: '1.8', 'memory-files': '400', 'big-mb': '4' });
const rounds = Number(values.rounds);
const nFiles = Number(values.files);
const corpusMb = Number(values.mb);
const memoryFiles = Number(values['memory-files']);
const bigMb = Number(values['big-mb']);

// ---- corpus -------------------------------------------------------------------------------------

/** A fixture input as text: UTF-8, or GB18030 when it is not valid UTF-8 (the hard-wrapped ones). */
function readText(file) {
  const bytes = readFileSync(file);
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return utf8.includes('\uFFFD') ? iconv.decode(bytes, 'gb18030') : utf8.replace(/^\uFEFF/u, '');
}

/** The issues the corpus is made of, as text: the bundled issue, every zoo paper, the GB18030 issue. */
function sources() {
  const out = [readText(issueFile)];
  const zoo = path.join(root, 'fixtures/zoo');
  for (const paper of readdirSync(zoo, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const f of readdirSync(path.join(zoo, paper))
      .filter((f) => f.endsWith('.txt'))
      .sort())
      out.push(readText(path.join(zoo, paper, f)));
  }
  out.push(readText(path.join(root, 'fixtures/hardwrap-gb18030/hardwrap-gb18030.txt')));
  return out;
}

/**
 * Writes `n` files of about `bytesPerFile` bytes into `dir` (issues joined by blank lines, each file
 * starting at a different issue); every fifth in GB18030. Returns the manifest and total bytes.
 */
function buildCorpus(dir, n, bytesPerFile, texts) {
  mkdirSync(dir, { recursive: true });
  const manifest = [];
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const parts = [];
    let size = 0;
    for (let k = i; size < bytesPerFile; k += 1) {
      const t = texts[k % texts.length];
      parts.push(t);
      size += Buffer.byteLength(t) + 2;
    }
    // Cut at the last blank line before the target size (a story may end mid-issue).
    let text = parts.join('\n\n');
    const cut = text.lastIndexOf('\n\n', Math.round(text.length * (bytesPerFile / Buffer.byteLength(text))));
    if (cut > 0) text = text.slice(0, cut + 1);
    const encoding = i % 5 === 4 ? 'gb18030' : 'utf-8';
    const bytes = encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'gb18030');
    const file = path.join(dir, `issue-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, bytes);
    manifest.push({ file, encoding });
    total += bytes.length;
  }
  writeFileSync(`${dir}.manifest.json`, JSON.stringify(manifest));
  return { manifest: `${dir}.manifest.json`, bytes: total };
}

// ---- running ------------------------------------------------------------------------------------

/**
 * Runs `node args…` as a whole process; returns wall milliseconds, peak RSS in MiB and CPU
 * milliseconds (user + system of every thread, summed over the processes of a relaunched run).
 */
function run(args, tmp) {
  const rssFile = path.join(tmp, 'rss.txt');
  rmSync(rssFile, { force: true });
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', hook, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 400)}`);
  let rss = Number.NaN;
  let cpu = Number.NaN;
  try {
    const text = readFileSync(rssFile, 'utf8');
    rss = peakOf(text) / 1024;
    cpu = cpuOf(text);
  } catch {
    // reported as NaN
  }
  return { ms, rss, cpu };
}

/** CPU milliseconds of a run from its lines of bench/rss-hook.mjs: the sum over its processes. */
function cpuOf(text) {
  return text
    .trim()
    .split('\n')
    .reduce((sum, l) => sum + (JSON.parse(l).cpuMs ?? Number.NaN), 0);
}

/**
 * Peak memory in KiB of a run from its lines of bench/rss-hook.mjs: the one process's peak, or, for
 * a CLI run relaunched for a large input (a first process waiting for the child that parses,
 * src/cli/relaunch.ts), the largest peak plus the memory of its own of every other process (the
 * Node binary's pages both map are counted once; a process that cannot say counts its peak whole).
 */
function peakOf(text) {
  const procs = text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const top = procs.reduce((a, b) => (b.maxRSS > a.maxRSS ? b : a));
  return procs.reduce((sum, p) => (p === top ? sum : sum + (p.private ?? p.maxRSS)), top.maxRSS);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs) => `${fmtS(Math.min(...xs))}–${fmtS(Math.max(...xs))}`;
/**
 * The CPU side of a wall-clock row: CPU medians (user + system, all threads) of the figure and its
 * anchor and their ratio taken as the row's ratio is. On a shared machine wall time moves with the
 * other processes' load; CPU time much less, so this says what the code costs when the wall-clock
 * ratio cannot.
 */
const cpuNote = (figure, anchorCpu, ratio) =>
  `CPU ${fmtS(median(figure))} vs ${fmtS(median(anchorCpu))}, ratio ${ratio.toFixed(2)}`;
const fmtS = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);

// ---- main ---------------------------------------------------------------------------------------

const tmp = mkdtempSync(path.join(tmpdir(), 'bulletin-bench-'));
const started = Date.now();
const rows = [];
const notes = [];
try {
  const texts = sources();
  const corpusDir = path.join(tmp, 'corpus');
  const corpus = buildCorpus(corpusDir, nFiles, Math.round((corpusMb * 1e6) / nFiles), texts);
  console.log(
    `corpus: ${nFiles} files, ${(corpus.bytes / 1e6).toFixed(1)} MB (every fifth in GB18030); ${cpus().length} cores ` +
      `(${availableParallelism()} available), load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} at start; ` +
      `node ${process.version}; ${rounds} rounds`,
  );

  // Throughput and -j 2 / -j 1, interleaved with their anchors, the order rotated each round.
  // wall and CPU milliseconds of each step, per round
  const t = { j1: [], j2: [], tag1: [], tag2: [] };
  const c = { j1: [], j2: [], tag1: [], tag2: [] };
  const steps = {
    j1: () =>
      run([bin, 'parse', corpusDir, '--out-dir', path.join(tmp, 'out-j1'), '-j', '1', '--quiet'], tmp),
    tag1: () => run([anchor, 'tag', corpus.manifest, '1'], tmp),
    j2: () =>
      run([bin, 'parse', corpusDir, '--out-dir', path.join(tmp, 'out-j2'), '-j', '2', '--quiet'], tmp),
    tag2: () => run([anchor, 'tag', corpus.manifest, '2'], tmp),
  };
  const order = ['j1', 'tag1', 'j2', 'tag2'];
  for (let r = 0; r < rounds; r += 1) {
    for (let k = 0; k < order.length; k += 1) {
      const name = order[(k + r) % order.length];
      const got = steps[name]();
      t[name].push(got.ms);
      c[name].push(got.cpu);
    }
    process.stderr.write(
      `round ${r + 1}/${rounds}: -j 1 ${fmtS(t.j1[r])}, tag ${fmtS(t.tag1[r])}, -j 2 ${fmtS(t.j2[r])}, tag ×2 ${fmtS(t.tag2[r])}\n`,
    );
  }
  const per = (a, b) => median(a.map((x, i) => x / b[i]));
  const throughput = per(t.tag1, t.j1);
  rows.push({
    figure: 'pipeline throughput ÷ raw nodejieba `tag` over the same text (1 worker)',
    measured: `${fmtS(median(t.j1))} (${spread(t.j1)}) vs ${fmtS(median(t.tag1))} (${spread(t.tag1)}); ${cpuNote(c.j1, c.tag1, per(c.tag1, c.j1))}`,
    ratio: throughput,
    goal: '≥ 0.8',
    pass: throughput >= 0.8,
  });

  // One issue, whole CLI, against nodejieba load() alone.
  const one = { cli: [], load: [] };
  const oneCpu = { cli: [], load: [] };
  for (let r = 0; r < Math.max(rounds, 5); r += 1) {
    const pair = [
      () => {
        const got = run([bin, 'parse', issueFile, '-o', path.join(tmp, 'one.json'), '--quiet'], tmp);
        one.cli.push(got.ms);
        oneCpu.cli.push(got.cpu);
      },
      () => {
        const got = run([anchor, 'load'], tmp);
        one.load.push(got.ms);
        oneCpu.load.push(got.cpu);
      },
    ];
    if (r % 2) pair.reverse();
    for (const f of pair) f();
  }
  const oneRatio = per(one.cli, one.load);
  rows.push({
    figure: 'one issue, whole CLI ÷ nodejieba `load()` alone',
    measured: `${fmtS(median(one.cli))} (${spread(one.cli)}) vs ${fmtS(median(one.load))} (${spread(one.load)}); ${cpuNote(oneCpu.cli, oneCpu.load, per(oneCpu.cli, oneCpu.load))}`,
    ratio: oneRatio,
    goal: '≤ 1.15',
    pass: oneRatio <= 1.15,
  });

  const speedup = per(t.j1, t.j2);
  const anchorSpeedup = per(t.tag1, t.tag2);
  rows.push({
    figure: '`-j 2` ÷ `-j 1` wall on 2 cores (speed-up; anchor: raw `tag` in 2 threads ÷ 1)',
    measured: `${fmtS(median(t.j2))} (${spread(t.j2)}) vs ${fmtS(median(t.j1))}; anchor ${anchorSpeedup.toFixed(2)}; CPU -j 2 ÷ -j 1 ${per(c.j2, c.j1).toFixed(2)} (what the second worker costs)`,
    ratio: speedup,
    goal: '≥ 1.7 (idle machine)',
    pass: speedup >= 1.7,
  });

  // Memory: -j 2 batches of two sizes; one big file against the dictionaries' own memory.
  if (memoryFiles > 0) {
    const small = run(
      [bin, 'parse', corpusDir, '--out-dir', path.join(tmp, 'mem-500'), '-j', '2', '--quiet'],
      tmp,
    ).rss;
    const bigDir = path.join(tmp, 'corpus-large');
    buildCorpus(bigDir, memoryFiles, Math.round((corpusMb * 1e6) / nFiles), texts);
    const large = run(
      [bin, 'parse', bigDir, '--out-dir', path.join(tmp, 'mem-large'), '-j', '2', '--quiet'],
      tmp,
    ).rss;
    rmSync(bigDir, { recursive: true, force: true });
    rows.push({
      figure: `peak memory, \`-j 2\` batch, ${nFiles} → ${memoryFiles} files`,
      measured: `${small.toFixed(0)} → ${large.toFixed(0)} MiB (one run each)`,
      ratio: large / small,
      goal: '≤ 1.1 (flat)',
      pass: large / small <= 1.1,
    });
  }
  if (bigMb > 0) {
    // The same papers joined to bigMb MB, in UTF-8 and in GB18030 (two bytes a character: more
    // text per byte of input).
    const dict = run([anchor, 'dict'], tmp).rss;
    for (const encoding of ['utf-8', 'gb18030']) {
      const file = path.join(tmp, 'big.txt');
      const chunks = [];
      let size = 0;
      for (let k = 0; size < bigMb * 1e6; k += 1) {
        const t = `${texts[k % texts.length]}\n\n`;
        const b = encoding === 'utf-8' ? Buffer.from(t, 'utf8') : iconv.encode(t, 'gb18030');
        chunks.push(b);
        size += b.length;
      }
      writeFileSync(file, Buffer.concat(chunks));
      const big = run([bin, 'parse', file, '-o', path.join(tmp, 'big.json'), '--quiet'], tmp);
      rmSync(path.join(tmp, 'big.json'), { force: true });
      rmSync(file, { force: true });
      const perByte = (big.rss - dict) / (size / 1048576);
      rows.push({
        figure: `a single ${bigMb} MB file, ${encoding === 'utf-8' ? 'UTF-8' : 'GB18030'}: (peak − dictionaries) ÷ input`,
        measured: `${big.rss.toFixed(0)} MiB peak, dictionaries ${dict.toFixed(0)} MiB, ${fmtS(big.ms)}`,
        ratio: perByte,
        goal: '≤ 5',
        pass: perByte <= 5,
      });
    }
  }
} finally {
  if (values.keep) notes.push(`corpus kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

const header = ['figure', 'measured: median (min–max)', 'ratio', 'goal', ''];
const table = rows.map((r) => [r.figure, r.measured, r.ratio.toFixed(2), r.goal, r.pass ? 'PASS' : 'FAIL']);
console.log(`\n| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const r of table) console.log(`| ${r.join(' | ')} |`);
console.log(
  `\nload average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} at the end; ${((Date.now() - started) / 1000).toFixed(0)} s in all`,
);
for (const n of notes) console.log(n);
