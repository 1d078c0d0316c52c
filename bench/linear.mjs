#!/usr/bin/env node
/**
 * `npm run bench:linear` (after `npm run build`): linear time on hostile inputs, as ratios.
 *
 * For each kind of run that once made a pass quadratic or could (spaces, tabs, U+3000, a mix of the
 * three, runs of punctuation, one repeated Han character, one repeated Latin letter, an opening
 * bracket followed by spaces, spaces after a full stop), parses in-process one line holding the run at SMALL and at LARGE
 * characters (100 kB and 1 MB by default: --small, --large) and prints both times and their ratio.
 * Linear time gives a ratio near LARGE/SMALL (10); the row PASSes when the ratio stays under twice
 * that (quadratic time gives about 100). The median of --rounds runs (3) is used for each size.
 * Exits 0 either way: timings are not tests (test/linear-time.property.test.ts checks the output).
 * A line of 60,000 spaces took 25 s before the jump-marker pattern was fixed (issue 10); its
 * time is printed last.
 * A second table parses with entities on (the first has them off): a repeated two-character word
 * (正文×60000, 360 kB, took 36 s: the dotted-name pattern was tried from every position of a Han
 * run), varied Han text with no punctuation, and a paragraph of dotted names (阿不都·热合曼说…).
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parseIssue } from '../dist/index.js';

/** The options' one-line summary, printed by --help (exit 0) and after a mistake in the arguments (exit 2). */
const USAGE = 'usage: npm run bench:linear -- [--small N] [--large N] [--rounds N]';
let parsed;
try {
  parsed = parseArgs({
    options: {
      small: { type: 'string', default: '100000' },
      large: { type: 'string', default: '1000000' },
      rounds: { type: 'string', default: '3' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  process.stderr.write(`bench:linear: ${error.message}\n${USAGE}\n`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n(see the comment at the top of bench/linear.mjs and README "Limits")\n`);
  process.exit(0);
}
const small = Number(values.small);
const large = Number(values.large);
const rounds = Number(values.rounds);

const RUNS = {
  spaces: ' ',
  tabs: '\t',
  'U+3000': '\u3000',
  'mixed whitespace': ' \t\u3000',
  '。 repeated': '。',
  '， repeated': '，',
  '— repeated': '—',
  '字 repeated': '字',
  'a repeated': 'a',
  '（ then spaces': '（ ',
  '。 then spaces': ' ',
};
/** Text printed before a run: after a full stop a run of spaces is kept, not closed up (matchingForm once rescanned it per space). */
const LEAD = { '。 then spaces': '。' };

const line = (unit, n, lead = '') => `标题\n\n正文${lead}${unit.repeat(Math.ceil(n / unit.length))}结束。\n`;
/** Runs parsed with entities on: each unit repeated. */
const ENTITY_RUNS = {
  '正文 repeated': '正文',
  'varied Han, no punctuation': '一代代中国青年把个人理想融入国家和民族的事业在革命建设改革的各个时期留下了奋斗的足迹',
  'dotted names': '阿不都·热合曼说',
};
function seconds(text, entities = false) {
  const times = [];
  for (let r = 0; r < rounds; r += 1) {
    const t = performance.now();
    parseIssue(Buffer.from(text), { entities });
    times.push((performance.now() - t) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

parseIssue(Buffer.from(line('。', 10)), { entities: false }); // load the dictionary first
const limit = (2 * large) / small;
console.log(`| run | ${small / 1000} kB (s) | ${large / 1000} kB (s) | ratio | linear goal < ${limit} |`);
console.log('| --- | --- | --- | --- | --- |');
for (const [name, unit] of Object.entries(RUNS)) {
  const a = seconds(line(unit, small, LEAD[name]));
  const b = seconds(line(unit, large, LEAD[name]));
  const ratio = b / Math.max(a, 1e-6);
  console.log(`| ${name} | ${a.toFixed(3)} | ${b.toFixed(3)} | ${ratio.toFixed(1)} | ${ratio < limit ? 'PASS' : 'FAIL'} |`);
}
console.log(`\n60,000 spaces in one line: ${seconds(line(' ', 60000)).toFixed(3)} s (was 25 s); after a full stop: ${seconds(line(' ', 60000, '。')).toFixed(3)} s (was 70 s)`);

console.log(`\nWith entities on:\n| run | ${small / 1000} kB (s) | ${large / 1000} kB (s) | ratio | linear goal < ${limit} |`);
console.log('| --- | --- | --- | --- | --- |');
for (const [name, unit] of Object.entries(ENTITY_RUNS)) {
  const a = seconds(line(unit, small), true);
  const b = seconds(line(unit, large), true);
  const ratio = b / Math.max(a, 1e-6);
  console.log(`| ${name} | ${a.toFixed(3)} | ${b.toFixed(3)} | ${ratio.toFixed(1)} | ${ratio < limit ? 'PASS' : 'FAIL'} |`);
}
console.log(`\n正文×60000 in one line, entities on: ${seconds(line('正文', 120000), true).toFixed(3)} s (was 36 s)`);
